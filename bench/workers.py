"""Workers: ``GET /api/v1/tokens/self`` requests per second of ``serve --workers 2`` against
``serve --workers 1`` (issue 20, item 3). Goal: 2 workers >= 1.7x one worker on 2 cores.

Both servers run side by side on one SQLite database (WAL) with the same token (bench/
server.py's: 1,000 IP entries and the 20 endpoint patterns, so each request is real work);
the load generator measures one, then the other, alternating, the order swapped every other
pair (_common.alternate), after a warm-up pair. The idle one costs nothing meanwhile.

Pinning, since the load generator needs CPU too (the issue: "load generator included"):
one worker is pinned to CPU 0 (``taskset -c 0``), the two workers to CPUs 0-1 (``taskset
-c 0,1``, the kernel places them), and the load generator (wrk, one thread, 8 keep-alive
connections; else bench/server.py's Python generator) to CPU 1 in both. So one worker has a
core to itself, and two workers share the second core with the load generator: the ratio
counts the generator's cost against the second worker, as on a 2-core machine that serves
its own load. With fewer than 2 CPUs (or no taskset), or ``--unpinned``, nothing is
pinned and it says so. A ratio above 2 cannot come from two cores: it means CPU 0 was busy
with something else (another pinned process) while one worker ran there; run again, or
``--unpinned``. Each 2-worker window also prints how its connections were split between
the workers (from /proc, halfway through): they share one listening socket and take turns
to accept (server/workers.py), so a burst of wrk's 8 connections usually splits 4/4 or 5/3
but can land on one worker.

Usage: ``python bench/workers.py [--runs N] [--seconds S]``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import alternate, cli_path, free_port, issue_admin, median, result
from server import CONNECTIONS, heavy_fields, python_rps, wrk_rps

GOAL = 1.7


def insert_heavy_token(db_url: str) -> str:
    """bench/server.py's heavy token, through the domain's validation, straight into the
    database (the API would refuse it: the admin's reach check is not what is measured)."""
    from datetime import UTC, datetime

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


class WorkersServer:
    """``serve --workers N`` in a subprocess, ready once it printed "serving on" (it does
    when every worker serves; one worker may answer /health before the others started).
    Its own class, not _common.ServerProcess: that one runs plain ``serve``."""

    def __init__(self, db_url: str, workers: int, *, cpus: str | None, out: Path) -> None:
        self.workers = workers
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.out = out
        command = [*cli_path(), "serve", "--host", "127.0.0.1", "--port", str(self.port),
                   "--db", db_url, "--workers", str(workers)]
        if cpus is not None:
            command = ["taskset", "-c", cpus, *command]
        # stdout (two lines) to a file; stderr, the access log, to nowhere: an unread pipe
        # would fill and stall the server.
        with out.open("w") as stdout:
            self.proc = subprocess.Popen(command, stdout=stdout, stderr=subprocess.DEVNULL,
                                         text=True)

    def __enter__(self) -> WorkersServer:
        deadline = time.monotonic() + 60
        while "serving on " not in self.out.read_text():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.__exit__()
                raise RuntimeError(f"serve --workers {self.workers} did not start "
                                   f"(status {self.proc.returncode})")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()  # SIGTERM: graceful, like a service manager
            try:
                self.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)


def connection_split(server_pid: int, port: int) -> list[int]:
    """How many of the server's open connections each of its worker processes holds, most
    first (Linux: /proc); [] where that cannot be read."""
    tables = [Path("/proc/net/tcp"), Path("/proc/net/tcp6")]
    if not tables[0].exists():
        return []
    established: set[int] = set()
    for table in tables:
        for line in table.read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "01" and int(fields[1].rsplit(":", 1)[1], 16) == port:
                established.add(int(fields[9]))
    counts = []
    for entry in Path("/proc").iterdir():
        try:
            if not entry.name.isdigit() or int(
                    (entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) != server_pid:
                continue
            held = 0
            for fd in (entry / "fd").iterdir():
                target = os.readlink(fd)
                if target.startswith("socket:[") and int(target[8:-1]) in established:
                    held += 1
        except OSError:
            continue  # ended meanwhile
        if held:
            counts.append(held)
    return sorted(counts, reverse=True)


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) of ``pid`` and its children so far (Linux: /proc)."""
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(entry.name) == pid or int(fields[1]) == pid:
            total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / tick if total else None


def measured(generator: Callable[..., float], server: WorkersServer, seconds: float,
             auth: dict[str, str], cpu: str | None, splits: list[list[int]] | None,
             cost: list[tuple[float, float]]) -> float:
    """One window of the load generator. The server's CPU time per request and the cores
    it kept busy go to ``cost``; with ``splits``, halfway through, which worker holds how
    many of its connections (a burst of connections can land on one worker)."""
    timer = None
    if splits is not None:
        timer = threading.Timer(seconds / 2, lambda: splits.append(
            connection_split(server.proc.pid, server.port)))
        timer.start()
    before = cpu_seconds(server.proc.pid)
    started = time.monotonic()
    try:
        rps = generator(f"{server.url}/api/v1/tokens/self", seconds, auth, cpu)
    finally:
        if timer is not None:
            timer.join()
    after = cpu_seconds(server.proc.pid)
    if before is not None and after is not None:
        elapsed = time.monotonic() - started
        cost.append(((after - before) / (rps * elapsed), (after - before) / elapsed))
    return rps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--unpinned", action="store_true",
                        help="pin nothing: on a machine others share, a pinned worker may "
                             "sit on their busy CPU while an unpinned one moves away")
    args = parser.parse_args()

    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    pinned = len(cpus) >= 2 and shutil.which("taskset") is not None and not args.unpinned
    one_cpu, two_cpus, load_cpu = ((str(cpus[0]), f"{cpus[0]},{cpus[1]}", str(cpus[1]))
                                   if pinned else (None, None, None))
    generator = wrk_rps if shutil.which("wrk") else python_rps
    name = "wrk, 1 thread" if generator is wrk_rps else "Python threads"
    print(f"load generator: {name}, {CONNECTIONS} keep-alive connections, on CPU {load_cpu}; "
          f"1 worker on CPU {one_cpu}, 2 workers on CPUs {two_cpus}"
          + ("" if pinned else " (--unpinned, fewer than 2 CPUs or no taskset: nothing "
                                 "pinned)"))

    with tempfile.TemporaryDirectory(prefix="cc-bench-workers-") as tmp:
        db_url = f"sqlite:///{Path(tmp) / 'server.db'}"
        issue_admin(db_url)  # migrates; a non-empty database makes serve print no key
        key = insert_heavy_token(db_url)
        auth = {"Authorization": f"Bearer {key}"}
        with WorkersServer(db_url, 1, cpus=one_cpu, out=Path(tmp) / "one.out") as one, \
                WorkersServer(db_url, 2, cpus=two_cpus, out=Path(tmp) / "two.out") as two:
            splits: list[list[int]] = []
            one_cost: list[tuple[float, float]] = []
            two_cost: list[tuple[float, float]] = []
            one_rps, two_rps = alternate(
                lambda: measured(generator, one, args.seconds, auth, load_cpu, None,
                                 one_cost),
                lambda: measured(generator, two, args.seconds, auth, load_cpu, splits,
                                 two_cost),
                args.runs)
    # Per pair too: noise that hits one pair hits both of its sides.
    pairs = sorted(t / o for o, t in zip(one_rps, two_rps, strict=True))
    ratio = median(two_rps) / median(one_rps)
    for label, values in (("1 worker: ", one_rps), ("2 workers:", two_rps)):
        print(f"GET /api/v1/tokens/self, {label} median {median(values):7.0f} req/s "
              f"(min {min(values):.0f}, max {max(values):.0f}, n={len(values)})")
    print(f"ratio of the medians: {ratio:.2f} (goal >= {GOAL}); per pair: median "
          f"{median(pairs):.2f}, min {pairs[0]:.2f}, max {pairs[-1]:.2f}")
    for label, cost in (("1 worker: ", one_cost), ("2 workers:", two_cost)):
        if cost:
            # What a request costs is noise-proof, unlike the rates; the cores a server
            # kept busy show how much of its CPUs others left it.
            print(f"server CPU, {label} median {median([c[0] for c in cost]) * 1e6:4.0f} µs "
                  f"a request, {median([c[1] for c in cost]):.2f} cores busy")
    if any(splits):
        # The first window is the warm-up pair's.
        shown = ", ".join("/".join(map(str, split)) or "?" for split in splits[1:])
        print(f"connections per worker, 2 workers, each timed window: {shown}")
    result("serve workers", f"{ratio:.2f}x ({median(two_rps):.0f} vs {median(one_rps):.0f} "
           f"req/s; load generator pinned to CPU {load_cpu})", f">= {GOAL}x", ratio >= GOAL)
    return 0


if __name__ == "__main__":
    sys.exit(main())
