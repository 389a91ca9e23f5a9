"""Hostile input (ARCHITECTURE §7): what a large but legal body and an oversized one cost.

1. In-process: ``validate_token_fields`` and the reach check (``check_reach`` of the
   candidate's ``Policy`` against the caller's, compiled beforehand as the server caches it)
   for a tokens.create body with 5,000 allowed and 5,000 blocked IP entries (IPv4 and
   IPv6), against the same for a tiny body; for an unrestricted caller, one restricted to
   two networks, and one holding the same 10,000 entries (the widest reach comparison).
   Goal: under 100 ms on a 2-core machine.
2. Through the server (``compliance-client serve`` on CPU 0 when there are two): the whole
   tokens.create request with that body, against one with the tiny body, alternating.
3. A 12 MB devices.register body (a million unknown fields: the costliest kind to refuse
   late) from an organization token that may only register devices, sent with a
   Content-Length and chunked: the answer and its time, ``/api/v1/health`` latency meanwhile
   (new connection each time, every 20 ms), and the server's peak RSS (VmHWM) before and
   after. Goal: health within 1 s.

Usage: ``python bench/hostile_input.py [--runs N]``.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ServerProcess, alternate, issue_admin, median, ms, result, spread

VALIDATION_GOAL_S = 0.100
HEALTH_GOAL_S = 1.0
BIG_BODY = 12 * 1024 * 1024
IPV6_SHARE = 1000  # of each list's 5,000 entries


def heavy_body() -> dict[str, Any]:
    """5,000 allowed networks and 5,000 blocked addresses inside them; 1,000 of each IPv6."""
    v4 = 5000 - IPV6_SHARE
    allowed = [f"10.{i // 256}.{i % 256}.0/24" for i in range(v4)]
    allowed += [f"2001:db8:{i:x}::/48" for i in range(IPV6_SHARE)]
    blocked = [f"10.{i // 256}.{i % 256}.7" for i in range(v4)]
    blocked += [f"2001:db8:{i:x}::1" for i in range(IPV6_SHARE)]
    return {"organization_name": "Hostile", "organization_id": "hostile",
            "allowed_ips": allowed, "blocked_ips": blocked}


def tiny_body() -> dict[str, Any]:
    """One entry in each list, inside every caller's reach below."""
    return {"organization_name": "Tiny", "organization_id": "tiny",
            "allowed_ips": ["10.0.0.0/25"], "blocked_ips": ["10.0.0.7"]}


# ---- 1. in-process ------------------------------------------------------------------------


def validation_times(runs: int) -> dict[str, tuple[list[float], list[float]]]:
    """Per caller kind: (tiny body times, heavy body times), seconds per validate + reach."""
    from compliance_client.domain.policy import Policy, check_reach
    from compliance_client.domain.tokens import validate_token_fields

    heavy, tiny = heavy_body(), tiny_body()
    callers = {
        "unrestricted caller": Policy(),
        "caller limited to 2 networks": Policy(allowed_ips=["10.0.0.0/8", "2001:db8::/32"]),
        "caller holding the same 10,000 entries": Policy(allowed_ips=heavy["allowed_ips"],
                                                         blocked_ips=heavy["blocked_ips"]),
    }

    def once(body: dict[str, Any], caller: Policy) -> float:
        start = time.perf_counter()
        fields = validate_token_fields(body, now=datetime.now(UTC), check_expiry=True)
        candidate = Policy(allowed_endpoints=fields["allowed_endpoints"],
                           blocked_endpoints=fields["blocked_endpoints"],
                           allowed_ips=fields["allowed_ips"], blocked_ips=fields["blocked_ips"])
        decision = check_reach(caller, candidate)
        elapsed = time.perf_counter() - start
        assert decision.allowed, decision.message
        return elapsed

    times: dict[str, tuple[list[float], list[float]]] = {}
    for name, caller in callers.items():
        def baseline(c: Policy = caller) -> float:
            return once(tiny, c)

        def subject(c: Policy = caller) -> float:
            return once(heavy, c)

        times[name] = alternate(baseline, subject, runs)
    return times


# ---- 2. through the server ----------------------------------------------------------------


def request_times(url: str, admin_key: str, runs: int) -> tuple[list[float], list[float]]:
    import requests

    session = requests.Session()
    headers = {"Authorization": f"Bearer {admin_key}"}
    heavy, tiny = heavy_body(), tiny_body()

    def create(body: dict[str, Any]) -> float:
        start = time.perf_counter()
        r = session.post(f"{url}/api/v1/tokens", json=body, headers=headers, timeout=60)
        elapsed = time.perf_counter() - start
        if r.status_code != 201:
            raise RuntimeError(f"tokens.create answered {r.status_code}: {r.text[:300]}")
        return elapsed

    return alternate(lambda: create(tiny), lambda: create(heavy), runs)


# ---- 3. a 12 MB body ----------------------------------------------------------------------


def hostile_body(size: int = BIG_BODY) -> bytes:
    parts = [b'{"device_id":"pc-1","hostname":"h","profile_name":"p"']
    total, i = len(parts[0]), 0
    while total < size - 16:
        item = b',"k%d":0' % i
        parts.append(item)
        total += len(item)
        i += 1
    parts.append(b"}")
    return b"".join(parts)


def peak_rss_kib(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc/<pid>/status")


def big_body_attack(db_url: str, admin_key: str, chunked: bool,
                    cpu: str | None) -> dict[str, Any]:
    import requests

    body = hostile_body()
    with ServerProcess(db_url, cpus=cpu) as server:
        r = requests.post(f"{server.url}/api/v1/tokens", timeout=30,
                          headers={"Authorization": f"Bearer {admin_key}"},
                          json={"organization_name": "Acme", "organization_id": "acme",
                                "allowed_endpoints": ["devices.register"]})
        r.raise_for_status()
        key = r.json()["key"]
        requests.get(f"{server.url}/api/v1/health", timeout=10)
        before = peak_rss_kib(server.proc.pid)
        outcome: dict[str, Any] = {}

        def pieces() -> Iterator[bytes]:
            for start in range(0, len(body), 65536):
                yield body[start:start + 65536]

        def attack() -> None:
            start = time.perf_counter()
            try:
                reply = requests.post(
                    f"{server.url}/api/v1/devices", data=pieces() if chunked else body,
                    headers={"Authorization": f"Bearer {key}",
                             "Content-Type": "application/json"}, timeout=120)
                outcome["answer"] = f"{reply.status_code} {reply.text[:40]}"
            except requests.RequestException as exc:
                outcome["answer"] = type(exc).__name__
            outcome["seconds"] = time.perf_counter() - start

        thread = threading.Thread(target=attack)
        thread.start()
        latencies: list[float] = []
        while thread.is_alive() or len(latencies) < 3:
            start = time.perf_counter()
            with contextlib.suppress(requests.RequestException):  # its time still counts
                requests.get(f"{server.url}/api/v1/health", timeout=60)
            latencies.append(time.perf_counter() - start)
            time.sleep(0.02)
        thread.join()
        after = peak_rss_kib(server.proc.pid)
    return {**outcome, "health": latencies, "rss_before": before, "rss_after": after}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    server_cpu = str(cpus[0]) if len(cpus) >= 2 and shutil.which("taskset") else None

    body_kib = len(json.dumps(heavy_body())) / 1024
    print(f"body: 5,000 allowed + 5,000 blocked IP entries ({IPV6_SHARE} IPv6 in each), "
          f"{body_kib:.0f} KiB of JSON")
    worst = 0.0
    for name, (tiny, heavy) in validation_times(max(args.runs, 5)).items():
        worst = max(worst, median(heavy))
        print(f"validate + reach, {name}: {spread(heavy)}; tiny body {ms(median(tiny))} "
              f"(ratio {median(heavy) / median(tiny):.0f}x)")

    with tempfile.TemporaryDirectory(prefix="cc-bench-hostile-") as tmp:
        db_url = f"sqlite:///{Path(tmp) / 'server.db'}"
        admin_key = issue_admin(db_url)
        with ServerProcess(db_url, cpus=server_cpu) as server:
            tiny_req, heavy_req = request_times(server.url, admin_key, max(args.runs // 2, 3))
        print(f"tokens.create through the server (CPU {server_cpu}): 10,000 entries "
              f"{spread(heavy_req)}; tiny body {ms(median(tiny_req))} "
              f"(ratio {median(heavy_req) / median(tiny_req):.1f}x)")

        attacks = {}
        for chunked in (False, True):
            label = "chunked" if chunked else "Content-Length"
            a = big_body_attack(db_url, admin_key, chunked, server_cpu)
            attacks[label] = a
            print(f"12 MB devices.register body ({label}): answer {a['answer']!r} after "
                  f"{ms(a['seconds'])}; health meanwhile max {ms(max(a['health']))}, median "
                  f"{ms(median(a['health']))} (n={len(a['health'])}); server peak RSS "
                  f"{a['rss_before'] / 1024:.0f} MiB before, {a['rss_after'] / 1024:.0f} MiB "
                  f"after")

    result("hostile validation", f"{worst * 1000:.1f} ms (5,000 + 5,000 IPs, worst caller)",
           f"< {VALIDATION_GOAL_S * 1000:.0f} ms", worst < VALIDATION_GOAL_S)
    result("hostile request", f"{median(heavy_req) * 1000:.0f} ms (tokens.create, 10,000 IPs; "
           f"{median(heavy_req) / median(tiny_req):.1f}x a tiny body)",
           f"< {HEALTH_GOAL_S * 1000:.0f} ms", median(heavy_req) < HEALTH_GOAL_S)
    health = max(max(a["health"]) for a in attacks.values())
    growth = max(a["rss_after"] - a["rss_before"] for a in attacks.values()) / 1024
    result("hostile body", f"health {health * 1000:.0f} ms max during a 12 MB body; peak RSS "
           f"+{growth:.0f} MiB", f"< {HEALTH_GOAL_S * 1000:.0f} ms", health < HEALTH_GOAL_S)
    return 0


if __name__ == "__main__":
    sys.exit(main())
