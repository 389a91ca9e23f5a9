"""Server: requests per second of one ``compliance-client serve`` worker against the floor of
its own stack, and the cost of one access decision.

The floor is a bare FastAPI app answering ``{"ok": true}`` (bench/floor_server.py), served
with ``serve``'s own logging, socket and uvicorn settings (``embedded.uvicorn_config``), so
a ratio to it is what our code costs on top of the framework and the server. Measured in
the same run, in rotating order (``_common.rotate``: every round measures each case once,
the order turned by one each round), each as a ratio to the floor's median:

- ``GET /api/v1/health`` (no authentication): goal >= 0.8;
- ``GET /api/v1/tokens/self`` with an ordinary token: >= 0.6;
- the same with a token holding 1,000 IP entries (500 allowed, 500 blocked) and every
  endpoint pattern the catalogue allows: >= 0.6;
- ``GET /api/v1/tokens?limit=50`` with an admin key, over 1,000 tokens in SQLite (the first
  page: the admin's token and 49 ordinary ones): >= 0.3;
- ``tokens/self`` signed by a registered device, a fresh DPoP proof on every request
  (DESIGN §9): >= 0.45. wrk sends proofs made before each window from a Lua script
  (bench/dpop_proofs.lua), one per request, so the signed case has the same load generator
  as the floor and its figure is the server's work (the check, the replay cache, the device
  look-up), not the client's signing.

Each server runs in its own process pinned to one CPU (taskset), the load generator (wrk:
one thread, 8 keep-alive connections; else Python threads) pinned to the other; the
servers' output goes to /dev/null. Medians of the rounds, with min and max, and the spread
of the per-round ratios (case / floor of the same round).

And in-process: one access decision (``Policy.decide``) for the 1,000-IP token against one
for an unrestricted token. Goal: <= 20 µs.

The heavy token's endpoint lists: the catalogue's ids, each group's ``group.*`` and ``*``
are every distinct pattern there is (29 today: 22 ids, 6 groups and ``*``); an entry may not
stand in both lists, so the token allows all of them but audit's and blocks ``audit.read``
and ``audit.*``.

Usage: ``python bench/server.py [--runs N] [--seconds S]``; ``--flame CASE`` instead records
a flame graph of the server under that case's load with py-spy (bench/README.md).
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
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ServerProcess, issue_admin, median, result, rotate

from compliance_client.domain.dpop import DeviceKey

HERE = Path(__file__).resolve().parent
DECISION_GOAL_US = 20.0
CONNECTIONS = 8
TOKENS = 1000  # in the database, the admin and the heavy token included
FLOOR = "floor"


@dataclass
class Case:
    """One measured request: its path, its headers, and its goal as a ratio to the floor."""

    name: str
    label: str
    path: str
    goal: float
    headers: dict[str, str] = field(default_factory=dict)
    signed: bool = False


# ---- the database ------------------------------------------------------------------------


def heavy_fields() -> dict[str, list[str]]:
    """1,000 IP entries (500 allowed, 500 blocked) and every catalogue pattern."""
    from compliance_client.domain.catalogue import ENDPOINT_IDS, GROUPS

    allowed_ips = ["127.0.0.0/8", *(f"10.{i // 256}.{i % 256}.0/24" for i in range(499))]
    blocked_ips = [f"192.168.{i // 256}.{i % 256}" for i in range(500)]
    allowed_ep = [*(i for i in ENDPOINT_IDS if i != "audit.read"),
                  *(f"{g}.*" for g in GROUPS if g != "audit"), "*"]
    blocked_ep = ["audit.read", "audit.*"]
    return {"allowed_ips": allowed_ips, "blocked_ips": blocked_ips,
            "allowed_endpoints": allowed_ep, "blocked_endpoints": blocked_ep}


def insert_tokens(db_url: str, ordinary: int) -> tuple[str, str]:
    """``ordinary`` ordinary tokens (a few endpoints, a third with two IP ranges, 50
    organizations) and the heavy one, through the domain's validation, straight into the database
    (the API would refuse the heavy one: the admin's reach check is not what is measured
    here). Returns the keys of the heavy token and of the first ordinary one."""
    from compliance_client.domain.keys import generate_key, hash_key, key_prefix
    from compliance_client.domain.tokens import validate_token_fields
    from compliance_client.server.db import Database
    from compliance_client.server.models import TokenRow

    now = datetime.now(UTC)
    keys: list[str] = []

    def row(values: dict[str, object]) -> TokenRow:
        fields = validate_token_fields(values, now=now, check_expiry=True)
        key = generate_key()
        keys.append(key)
        return TokenRow(**fields, key_hash=hash_key(key), key_prefix=key_prefix(key),
                        created_at=now, updated_at=now, version=1)

    db = Database(db_url)
    try:
        with db.write() as session:
            session.add_all(row({
                "organization_name": f"Organization {n % 50:02}",
                "organization_id": f"org-{n % 50:02}",
                "name": f"Sync agent {n}", "owner": f"person{n}@example.com",
                "allowed_endpoints": ["tokens.self", "devices.*"],
                "allowed_ips": [] if n % 3 else ["127.0.0.0/8", "10.20.0.0/16"],
            }) for n in range(ordinary))
            # Last, so that tokens.list's first page is 50 ordinary tokens: the heavy one
            # is tokens.self's case, not a list's.
            session.add(row({"organization_name": "Heavy", "organization_id": "heavy",
                             **heavy_fields()}))
    finally:
        db.dispose()
    return keys[-1], keys[0]


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


# ---- load generators ---------------------------------------------------------------------


def wrk_rps(url: str, seconds: float, headers: dict[str, str], cpu: str | None,
            proofs: list[str] | None = None) -> float:
    """wrk's rate; with ``proofs``, each request carries the next one (dpop_proofs.lua)."""
    command = ["wrk", "-t1", f"-c{CONNECTIONS}", f"-d{max(1, round(seconds))}s"]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    env = dict(os.environ)
    with tempfile.TemporaryDirectory(prefix="cc-bench-proofs-") as tmp:
        if proofs is not None:
            listed = Path(tmp) / "proofs.txt"
            listed.write_text("\n".join(proofs) + "\n")
            env["BENCH_PROOFS"] = str(listed)
            command += ["-s", str(HERE / "dpop_proofs.lua")]
        command.append(url)
        if cpu is not None:
            command = ["taskset", "-c", cpu, *command]
        out = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 30,
                             check=True, env=env).stdout
    if "Non-2xx" in out or "Socket errors" in out:
        raise RuntimeError(f"wrk saw errors for {url}:\n{out}")
    match = re.search(r"Requests/sec:\s+([\d.]+)", out)
    if match is None:
        raise RuntimeError(f"wrk printed no rate:\n{out}")
    return float(match.group(1))


def python_rps(url: str, seconds: float, headers: dict[str, str], cpu: str | None,
               proofs: list[str] | None = None) -> float:
    """Keep-alive connections in threads, pinned to ``cpu`` like wrk would be. With
    ``proofs`` (made beforehand), each request carries the next one as its DPoP header;
    running out is an error, not a silent slow-down."""
    import http.client
    from urllib.parse import urlsplit

    if cpu is not None and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {int(cpu)})
    parts = urlsplit(url)
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    deadline = time.monotonic() + seconds
    counts = [0] * CONNECTIONS
    errors: list[str] = []
    shares = ([proofs[n::CONNECTIONS] for n in range(CONNECTIONS)] if proofs is not None
              else None)

    def worker(n: int) -> None:
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
        mine = shares[n] if shares is not None else None
        try:
            while time.monotonic() < deadline:
                if mine is not None:
                    if not mine:
                        raise RuntimeError("a connection ran out of proofs made beforehand")
                    conn.request("GET", target, headers={**headers, "DPoP": mine.pop()})
                else:
                    conn.request("GET", target, headers=headers)
                reply = conn.getresponse()
                reply.read()
                if reply.status != 200:
                    raise RuntimeError(f"{url} answered {reply.status}")
                counts[n] += 1
        except Exception as exc:
            errors.append(str(exc))
        finally:
            conn.close()

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(CONNECTIONS)]
    start = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 30)
    if errors:
        raise RuntimeError(errors[0])
    return sum(counts) / (time.monotonic() - start)


Generator = Callable[..., float]


class Load:
    """The callables ``rotate`` measures: one per case, each a window of ``seconds``. A
    signed window gets fresh proofs made just before it starts (outside the timed window),
    twice as many as the fastest unsigned tokens.self window so far would need."""

    def __init__(self, generator: Generator, seconds: float, cpu: str | None,
                 device_key: DeviceKey | None, key: str) -> None:
        self.generator, self.seconds, self.cpu = generator, seconds, cpu
        self.device_key, self.key = device_key, key
        self.fastest_self = 3000.0
        self.signing_s: list[float] = []
        self.cpu_us: dict[str, list[float]] = {}

    def window(self, url: str, case: Case, pid: int | None = None) -> Callable[[], float]:
        """The window's callable; with ``pid`` (the server's) it also notes the server's CPU
        time per request in ``cpu_us[case.name]``."""
        def run() -> float:
            proofs = None
            if case.signed:
                assert self.device_key is not None
                count = int(self.fastest_self * max(1, round(self.seconds)) * 2) + 1000
                started = time.perf_counter()
                now = time.time()
                proofs = [self.device_key.proof("GET", url, self.key, now=now)
                          for _ in range(count)]
                self.signing_s.append((time.perf_counter() - started) / count)
            cpu = cpu_seconds(pid)
            began = time.monotonic()
            rate = self.generator(url, self.seconds, case.headers, self.cpu, proofs)
            took = time.monotonic() - began
            spent = cpu_seconds(pid)
            if cpu is not None and spent is not None and rate > 0:
                # wrk's own start-up is inside ``took``, so this leans high a little.
                per_request = (spent - cpu) / (rate * took) * 1e6
                self.cpu_us.setdefault(case.name, []).append(per_request)
            if case.name == "tokens.self":
                self.fastest_self = max(self.fastest_self, rate)
            return rate
        return run


def cpu_seconds(pid: int | None) -> float | None:
    """User + system CPU time of process ``pid`` (all its threads), Linux only."""
    if pid is None:
        return None
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


# ---- in-process decision -----------------------------------------------------------------


def decision_times(runs: int, loops: int = 20000) -> tuple[list[float], list[float]]:
    from _common import alternate

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


# ---- flame graph -------------------------------------------------------------------------


def flame(pid: int, url: str, case: Case, load: Load, seconds: float, native: bool,
          out: Path) -> None:
    """py-spy records the server (``pid``) while ``case``'s load runs for ``seconds``."""
    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    # --gil: only the thread holding the GIL, i.e. what the one CPU of the server is busy
    # with; the threads waiting for it would otherwise show where they wait.
    command = [spy, "record", "--gil", "-o", str(out), "-r", "200",
               "-d", str(round(seconds) + 1),
               "--pid", str(pid), *(["--native"] if native else []),
               # A .txt name: collapsed stacks (one line per stack and its count) to read
               # or diff, instead of the SVG.
               *(["-f", "raw"] if out.suffix == ".txt" else [])]
    recorder = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    time.sleep(0.5)  # py-spy attaches
    load.seconds = seconds
    rate = load.window(url, case)()
    recorder.wait(timeout=seconds + 60)
    print(f"{case.label}: {rate:.0f} req/s while recording (sampling slows the server); "
          f"flame graph: {out}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seconds", type=float, default=2.0)
    parser.add_argument("--flame", metavar="CASE",
                        help="record a flame graph under one case's load instead (floor, "
                             "health, tokens.self, tokens.self.heavy, tokens.list, "
                             "tokens.self.signed)")
    parser.add_argument("--native", action="store_true", help="with --flame: native frames")
    parser.add_argument("--out", type=Path, help="with --flame: the SVG (default "
                        "flame-CASE.svg here), or collapsed stacks if it ends in .txt")
    args = parser.parse_args()

    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    pinned = len(cpus) >= 2 and shutil.which("taskset") is not None
    server_cpu, load_cpu = (str(cpus[0]), str(cpus[1])) if pinned else (None, None)
    generator: Generator = wrk_rps if shutil.which("wrk") else python_rps
    print(f"load generator: {'wrk' if generator is wrk_rps else 'Python threads'}, "
          f"{CONNECTIONS} connections; servers on CPU {server_cpu}, load on CPU {load_cpu}"
          + ("" if pinned else " (fewer than 2 CPUs: not pinned)"))

    with tempfile.TemporaryDirectory(prefix="cc-bench-server-") as tmp:
        db_url = f"sqlite:///{Path(tmp) / 'server.db'}"
        admin = issue_admin(db_url)  # migrates; a non-empty database makes serve print no key
        heavy_key, plain_key = insert_tokens(db_url, TOKENS - 2)
        floor_command = [sys.executable, str(HERE / "floor_server.py")]
        with ServerProcess(db_url, cpus=server_cpu) as server, \
                ServerProcess(db_url, cpus=server_cpu, command=floor_command,
                              ready_path="/") as floor:
            device_key = register_device(server.url, plain_key)
            cases = [
                Case(FLOOR, "floor: bare FastAPI {\"ok\": true}", "/", 1.0),
                Case("health", "GET /api/v1/health", "/api/v1/health", 0.8),
                Case("tokens.self", "GET /api/v1/tokens/self", "/api/v1/tokens/self", 0.6,
                     {"Authorization": f"Bearer {plain_key}"}),
                Case("tokens.self.heavy", "tokens/self, 1,000 IPs", "/api/v1/tokens/self",
                     0.6, {"Authorization": f"Bearer {heavy_key}"}),
                Case("tokens.list", "GET /api/v1/tokens?limit=50",
                     "/api/v1/tokens?limit=50", 0.3, {"Authorization": f"Bearer {admin}"}),
                Case("tokens.self.signed", "tokens/self, DPoP-signed", "/api/v1/tokens/self",
                     0.45, {"Authorization": f"Bearer {plain_key}"}, signed=True),
            ]
            load = Load(generator, args.seconds, load_cpu, device_key, plain_key)

            def url_of(case: Case) -> str:
                return (floor.url if case.name == FLOOR else server.url) + case.path

            def pid_of(case: Case) -> int:
                return (floor if case.name == FLOOR else server).proc.pid

            if args.flame:
                chosen = next((c for c in cases if c.name == args.flame), None)
                if chosen is None:
                    parser.error(f"--flame: no case {args.flame}")
                owner = floor if chosen.name == FLOOR else server
                flame(owner.proc.pid, url_of(chosen), chosen, load, max(args.seconds, 5.0),
                      args.native, args.out or HERE / f"flame-{chosen.name}.svg")
                return 0
            figures = rotate({c.name: load.window(url_of(c), c, pid_of(c)) for c in cases},
                             args.runs)

    floor_rps = figures[FLOOR]
    floor_median = median(floor_rps)
    width = max(len(c.label) for c in cases)
    print(f"{cases[0].label:{width}}  median {floor_median:6.0f} req/s "
          f"(min {min(floor_rps):.0f}, max {max(floor_rps):.0f}, n={len(floor_rps)})")
    for case in cases[1:]:
        rps = figures[case.name]
        ratio = median(rps) / floor_median
        per_round = [s / f for s, f in zip(rps, floor_rps, strict=True)]
        print(f"{case.label:{width}}  median {median(rps):6.0f} req/s "
              f"(min {min(rps):.0f}, max {max(rps):.0f}); ratio {ratio:.2f} "
              f"(rounds {min(per_round):.2f}-{max(per_round):.2f}; goal >= {case.goal})")
    if load.cpu_us:
        # Less sensitive to other programs on the machine than the rates: what one request
        # costs the server's CPU, whoever else was running.
        floor_us = median(load.cpu_us[FLOOR])
        print("server CPU time per request (median; floor / case, the ratio a CPU-bound "
              "server would reach):")
        for case in cases:
            us = median(load.cpu_us[case.name])
            print(f"  {case.label:{width}}  {us:6.0f} µs  ({floor_us / us:.2f})")
    if load.signing_s:
        print(f"making a proof on the client: median {median(load.signing_s) * 1e6:.0f} µs, "
              "outside the timed windows")

    plain, heavy = decision_times(max(args.runs, 10))
    heavy_us = median(heavy) * 1e6
    print(f"decision, unrestricted token: median {median(plain) * 1e6:.2f} µs")
    print(f"decision, 1,000 IPs + {len(heavy_fields()['allowed_endpoints']) + 2} patterns: "
          f"median {heavy_us:.2f} µs (ratio {median(heavy) / median(plain):.2f}; "
          f"goal <= {DECISION_GOAL_US:.0f} µs)")
    for case in cases[1:]:
        ratio = median(figures[case.name]) / floor_median
        result(f"server {case.name}", f"{ratio:.2f} of the floor ({median(figures[case.name]):.0f}"
               f" vs {floor_median:.0f} req/s)", f">= {case.goal}", ratio >= case.goal)
    result("server decision", f"{heavy_us:.1f} µs ({median(heavy) / median(plain):.2f}x an "
           f"unrestricted token)", f"<= {DECISION_GOAL_US:.0f} µs",
           heavy_us <= DECISION_GOAL_US)
    return 0


if __name__ == "__main__":
    sys.exit(main())
