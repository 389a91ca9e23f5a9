"""Server: requests per second of one uvicorn worker (``compliance-client serve`` pinned to
CPU 0) for ``GET /api/v1/health`` and for ``GET /api/v1/tokens/self`` with a token holding
1,000 IP entries and every endpoint pattern the catalogue allows, the load generator (wrk,
else a Python generator) pinned to CPU 1; the two alternate in the same run.
Goal: tokens/self rps / health rps >= 0.6.

Then the cost of a device proof (DESIGN §9, issue 16): ``tokens.self`` for the same token
signed by a registered device (a fresh DPoP proof on every request, as the client sends)
against unsigned, alternating in the same run. Goal: signed rps / unsigned rps >= 0.6 (a
proof costs at most 40 % of the unsigned throughput). Both sides use the Python generator
(wrk cannot sign): the proofs are made before each timed window, so the figure is the
server's work (check, replay cache, the device look-up), not the client's signing.

And in-process: one access decision (``Policy.decide``) for that token, against one for an
unrestricted token. Goal: <= 20 µs.

The catalogue has 15 ids, 4 groups and ``*``: 20 distinct patterns in all, and an entry may
not stand in both lists, so 50 valid distinct patterns cannot exist; the token holds all 20.

Usage: ``python bench/server.py [--runs N] [--seconds S]``.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ServerProcess, alternate, issue_admin, median, result

from compliance_client.domain.dpop import DeviceKey

RPS_GOAL = 0.6
PROOF_GOAL = 0.6
DECISION_GOAL_US = 20.0
CONNECTIONS = 8


def heavy_fields() -> dict[str, list[str]]:
    """1,000 IP entries (500 allowed, 500 blocked) and the 20 catalogue patterns."""
    from compliance_client.domain.catalogue import ENDPOINT_IDS, GROUPS

    allowed_ips = ["127.0.0.0/8", *(f"10.{i // 256}.{i % 256}.0/24" for i in range(499))]
    blocked_ips = [f"192.168.{i // 256}.{i % 256}" for i in range(500)]
    allowed_ep = [*(i for i in ENDPOINT_IDS if i != "audit.read"),
                  *(f"{g}.*" for g in GROUPS if g != "audit"), "*"]
    blocked_ep = ["audit.read", "audit.*"]
    return {"allowed_ips": allowed_ips, "blocked_ips": blocked_ips,
            "allowed_endpoints": allowed_ep, "blocked_endpoints": blocked_ep}


def insert_heavy_token(db_url: str) -> str:
    """Insert the token through the domain's validation, straight into the database (the
    API would refuse: the admin's reach check is not what is measured here)."""
    from compliance_client.domain.keys import generate_key, hash_key, key_prefix
    from compliance_client.domain.tokens import validate_token_fields
    from compliance_client.server.db import Database
    from compliance_client.server.models import TokenRow

    now = datetime.now(UTC)
    fields = validate_token_fields({"organization_name": "Heavy", "organization_id": "heavy",
                                    **heavy_fields()}, now=now, check_expiry=True)
    key = generate_key()
    db = Database(db_url)
    try:
        with db.write() as session:
            session.add(TokenRow(**fields, key_hash=hash_key(key), key_prefix=key_prefix(key),
                                 created_at=now, updated_at=now, version=1))
    finally:
        db.dispose()
    return key


# ---- load generators ---------------------------------------------------------------------


def wrk_rps(url: str, seconds: float, headers: dict[str, str], cpu: str | None) -> float:
    command = ["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{max(1, round(seconds))}s"]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    command.append(url)
    if cpu is not None:
        command = ["taskset", "-c", cpu, *command]
    out = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 30,
                         check=True).stdout
    if "Non-2xx" in out:
        raise RuntimeError(f"wrk saw error responses for {url}:\n{out}")
    match = re.search(r"Requests/sec:\s+([\d.]+)", out)
    if match is None:
        raise RuntimeError(f"wrk printed no rate:\n{out}")
    return float(match.group(1))


def python_rps(url: str, seconds: float, headers: dict[str, str], cpu: str | None,
               proofs: list[list[str]] | None = None) -> float:
    """Keep-alive connections in threads; pinned to ``cpu`` like wrk would be. With
    ``proofs`` (one list per connection, made beforehand), each request carries the next one
    as its DPoP header; running out is an error, not a silent slow-down."""
    import http.client
    from urllib.parse import urlsplit

    if cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {int(cpu)})
    parts = urlsplit(url)
    deadline = time.monotonic() + seconds
    counts = [0] * CONNECTIONS

    def worker(n: int) -> None:
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        mine = proofs[n] if proofs is not None else None
        while time.monotonic() < deadline:
            if mine is not None:
                if not mine:
                    raise RuntimeError("the connection ran out of proofs made beforehand")
                conn.request("GET", parts.path, headers={**headers, "DPoP": mine.pop()})
            else:
                conn.request("GET", parts.path, headers=headers)
            reply = conn.getresponse()
            reply.read()
            if reply.status != 200:
                raise RuntimeError(f"{url} answered {reply.status}")
            counts[n] += 1
        conn.close()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(CONNECTIONS)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 30)
    return sum(counts) / (time.monotonic() - start)


# ---- signed requests ----------------------------------------------------------------------


def register_device(url: str, key: str) -> DeviceKey:
    """A device of the token's organization with a new key, registered over the API."""
    import http.client
    import json
    from urllib.parse import urlsplit

    device_key = DeviceKey.generate()
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    body = json.dumps({"device_id": "bench-pc", "hostname": "bench",
                       "public_key": device_key.public_jwk})
    conn.request("POST", "/api/v1/devices", body=body, headers={
        "Authorization": f"Bearer {key}", "Content-Type": "application/json"})
    reply = conn.getresponse()
    reply.read()
    conn.close()
    if reply.status != 201:
        raise RuntimeError(f"registering the bench device answered {reply.status}")
    return device_key


class SignedLoad:
    """tokens.self signed and unsigned with the Python generator, for ``alternate``. Each
    signed window gets fresh proofs made before it starts, sized from the last unsigned
    rate (a signed request is never faster), with a margin."""

    def __init__(self, url: str, key: str, device_key: DeviceKey, seconds: float,
                 cpu: str | None) -> None:
        self.url, self.key, self.device_key = url, key, device_key
        self.seconds, self.cpu = seconds, cpu
        self.last_unsigned = 3000.0
        self.signing_s: list[float] = []

    def unsigned(self) -> float:
        self.last_unsigned = python_rps(self.url, self.seconds,
                                        {"Authorization": f"Bearer {self.key}"}, self.cpu)
        return self.last_unsigned

    def signed(self) -> float:
        per_connection = int(self.last_unsigned * self.seconds * 1.5 / CONNECTIONS) + 200
        started = time.perf_counter()
        now = time.time()
        proofs = [[self.device_key.proof("GET", self.url, self.key, now=now)
                   for _ in range(per_connection)] for _ in range(CONNECTIONS)]
        self.signing_s.append((time.perf_counter() - started) / (per_connection * CONNECTIONS))
        return python_rps(self.url, self.seconds, {"Authorization": f"Bearer {self.key}"},
                          self.cpu, proofs)


# ---- in-process decision -----------------------------------------------------------------


def decision_times(runs: int, loops: int = 20000) -> tuple[list[float], list[float]]:
    from compliance_client.domain.policy import Policy

    heavy = Policy(**heavy_fields())
    plain = Policy()
    now = datetime.now(UTC)
    for policy in (heavy, plain):
        assert policy.decide("127.0.0.1", "tokens.list", now).allowed

    def per_call(policy: Policy) -> float:
        decide = policy.decide
        start = time.perf_counter()
        for _ in range(loops):
            decide("127.0.0.1", "tokens.list", now)
        return (time.perf_counter() - start) / loops

    return alternate(lambda: per_call(plain), lambda: per_call(heavy), runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=2.0)
    args = parser.parse_args()

    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    pinned = len(cpus) >= 2 and shutil.which("taskset") is not None
    server_cpu, load_cpu = (str(cpus[0]), str(cpus[1])) if pinned else (None, None)
    generator = wrk_rps if shutil.which("wrk") else python_rps
    print(f"load generator: {'wrk' if generator is wrk_rps else 'Python threads'}, "
          f"{CONNECTIONS} connections; server on CPU {server_cpu}, load on CPU {load_cpu}"
          + ("" if pinned else " (fewer than 2 CPUs: not pinned)"))

    with tempfile.TemporaryDirectory(prefix="cc-bench-server-") as tmp:
        db_url = f"sqlite:///{Path(tmp) / 'server.db'}"
        issue_admin(db_url)  # migrates; a non-empty database makes serve print no key
        key = insert_heavy_token(db_url)
        with ServerProcess(db_url, cpus=server_cpu) as server:
            health = f"{server.url}/api/v1/health"
            self_url = f"{server.url}/api/v1/tokens/self"
            auth = {"Authorization": f"Bearer {key}"}
            base, subj = alternate(
                lambda: generator(health, args.seconds, {}, load_cpu),
                lambda: generator(self_url, args.seconds, auth, load_cpu),
                args.runs)
            load = SignedLoad(self_url, key, register_device(server.url, key), args.seconds,
                              load_cpu)
            unsigned, signed = alternate(load.unsigned, load.signed, args.runs)
    rps_ratio = median(subj) / median(base)
    print(f"GET /api/v1/health:       median {median(base):8.0f} req/s "
          f"(min {min(base):.0f}, max {max(base):.0f}, n={len(base)})")
    print(f"GET /api/v1/tokens/self:  median {median(subj):8.0f} req/s "
          f"(min {min(subj):.0f}, max {max(subj):.0f}, n={len(subj)})")
    print(f"ratio: {rps_ratio:.2f} (goal >= {RPS_GOAL})")
    proof_ratio = median(signed) / median(unsigned)
    print("tokens/self with and without a device proof (Python generator for both):")
    print(f"  unsigned:  median {median(unsigned):8.0f} req/s "
          f"(min {min(unsigned):.0f}, max {max(unsigned):.0f}, n={len(unsigned)})")
    print(f"  signed:    median {median(signed):8.0f} req/s "
          f"(min {min(signed):.0f}, max {max(signed):.0f}, n={len(signed)})")
    print(f"  ratio: {proof_ratio:.2f} (goal >= {PROOF_GOAL}: a proof costs at most 40 %); "
          f"making a proof on the client: median {median(load.signing_s) * 1e6:.0f} µs, "
          "outside the timed windows")

    plain, heavy = decision_times(max(args.runs, 10))
    heavy_us = median(heavy) * 1e6
    print(f"decision, unrestricted token: median {median(plain) * 1e6:.2f} µs")
    print(f"decision, 1,000 IPs + 20 patterns: median {heavy_us:.2f} µs "
          f"(ratio {median(heavy) / median(plain):.2f}; goal <= {DECISION_GOAL_US:.0f} µs)")
    result("server rps", f"{rps_ratio:.2f} ({median(subj):.0f} vs {median(base):.0f} req/s)",
           f">= {RPS_GOAL}", rps_ratio >= RPS_GOAL)
    result("server signed rps", f"{proof_ratio:.2f} ({median(signed):.0f} vs "
           f"{median(unsigned):.0f} req/s)", f">= {PROOF_GOAL}", proof_ratio >= PROOF_GOAL)
    result("server decision", f"{heavy_us:.1f} µs ({median(heavy) / median(plain):.2f}x an "
           f"unrestricted token)", f"<= {DECISION_GOAL_US:.0f} µs",
           heavy_us <= DECISION_GOAL_US)
    return 0


if __name__ == "__main__":
    sys.exit(main())
