"""Filters and usage counters (DESIGN §11, issue 18) on a token server (a subprocess).

1. tokens.list's filters over 100,000 tokens inserted in bulk: each filter (and ``q`` over
   the name) through the HTTP API, first page of 50 with its total, median of ``--runs``
   GETs, against the unfiltered first page in the same run. Goal: each <= 150 ms. On SQLite,
   and on PostgreSQL too when COMPLIANCE_BENCH_PG_URL (or COMPLIANCE_TEST_PG_URL) names a
   server where a database may be created (ANALYZEd after the insert, as autovacuum would).
   The query plan of each filter is printed, and any full scan of the table named.
2. What the usage counters cost: ``tokens.self`` requests per second of one server counting
   (the default) against one that does not (``count_usage=False``), each on its own SQLite
   database, alternating in the same run, the load generator of bench/server.py (wrk, else
   Python threads) on another CPU. Goal: counting costs <= 10 % (ratio >= 0.90).

Usage: ``python bench/filters.py [--tokens N] [--runs N] [--seconds S]``.
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import os
import random
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, alternate, issue_admin, median, ms, result, spread

QUERY_GOAL_S = 0.150
COUNTERS_GOAL = 0.90
PG_ENVS = ("COMPLIANCE_BENCH_PG_URL", "COMPLIANCE_TEST_PG_URL")

# (label, query): every filter of tokens.list, and q over the name.
FILTERS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("status=active", {"status": "active"}),
    ("status=suspended", {"status": "suspended"}),
    ("status=expired", {"status": "expired"}),
    ("status=expiring", {"status": "expiring"}),
    ("expiring within 60 days", {"status": "expiring", "expiring_within_days": 60}),
    ("unused_days=90", {"unused_days": 90}),
    ("unrestricted=true", {"unrestricted": "true"}),
    ("unrestricted=false", {"unrestricted": "false"}),
    ("organization_id", {"organization_id": "org-042"}),
    ("bound_device", {"bound_device": "pc-7"}),
    ("q over name", {"q": "backup 42"}),
    ("expired, unused, q, sorted", {"status": "expired", "unused_days": 90, "q": "nightly",
                                    "sort": "-expires_at"}),
)
# The WHERE of the plan check: what the filters of token_search.filter_terms pick.
PLANNED = ("status=active", "status=suspended", "status=expired", "status=expiring",
           "unused_days=90", "unrestricted=true")
NAMES = ("Nightly backup", "Deploy bot", "Billing export", "Monitoring", "CI runner",
         "Reporting", "Sync agent", "Support desk")


def seed(db_url: str, count: int) -> None:
    """``count`` tokens in one transaction, spread over what the filters pick: 5 % suspended,
    10 % expired, 3 % expiring within 14 days, 40 % later, the rest never; 30 % never used,
    20 % not for 90+ days; 10 % unrestricted; 100 organizations; 1 % bound to pc-7."""
    from sqlalchemy import insert

    from compliance_client.server.db import Database
    from compliance_client.server.models import TokenRow

    rng = random.Random(18)
    now = datetime.now(UTC)
    db = Database(db_url)
    try:
        with db.write() as session:
            for start in range(0, count, 10000):
                rows = []
                for n in range(start, min(count, start + 10000)):
                    roll = rng.random()
                    expires = (now - timedelta(days=rng.randrange(1, 400)) if roll < 0.10 else
                               now + timedelta(hours=rng.randrange(1, 14 * 24)) if roll < 0.13
                               else now + timedelta(days=rng.randrange(30, 800)) if roll < 0.53
                               else None)
                    use = rng.random()
                    used = (None if use < 0.3 else
                            now - timedelta(days=rng.randrange(90, 700)) if use < 0.5 else
                            now - timedelta(minutes=rng.randrange(1, 80 * 24 * 60)))
                    open_ended = n % 10 == 0
                    rows.append({
                        "organization_name": f"Org {n % 100:03}",
                        "organization_id": f"org-{n % 100:03}",
                        "key_hash": hashlib.sha256(secrets.token_bytes(16)).hexdigest(),
                        "key_prefix": "cct_" + secrets.token_hex(4),
                        "allowed_endpoints": [] if open_ended else ["tokens.self"],
                        "blocked_endpoints": [],
                        "allowed_ips": [] if open_ended or n % 3 else ["10.0.0.0/8"],
                        "blocked_ips": [],
                        "expires_at": expires,
                        "created_at": now, "updated_at": now,
                        "last_used_at": used,
                        "last_used_ip": "10.1.2.3" if used else None,
                        "version": 1,
                        "name": f"{rng.choice(NAMES)} {n}",
                        "owner": f"person{n % 997}@example.com",
                        "status": "suspended" if rng.random() < 0.05 else "active",
                        "bound_devices": ["pc-7"] if n % 100 == 7 else [],
                    })
                session.execute(insert(TokenRow), rows)
        if db.is_postgres:
            with db.engine.connect() as conn:
                conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
                    "ANALYZE tokens")
    finally:
        db.dispose()


def plans(db_url: str) -> dict[str, list[str]]:
    """The plan of each indexed filter's page query and count, as the database gives it."""
    from sqlalchemy import func, select

    from compliance_client.domain.filters import TokenFilter
    from compliance_client.server.db import Database
    from compliance_client.server.models import TokenRow
    from compliance_client.server.token_search import filter_terms

    db = Database(db_url)
    now = datetime.now(UTC)
    out: dict[str, list[str]] = {}
    try:
        with db.engine.connect() as conn:
            for label, query in FILTERS:
                if label not in PLANNED:
                    continue
                terms = filter_terms(db, TokenFilter(**{k: (v == "true" if k == "unrestricted"
                                                             else v)
                                                         for k, v in query.items()}), now, 14)
                lines: list[str] = []
                for stmt in (select(TokenRow.id).where(*terms).order_by(TokenRow.id).limit(50),
                             select(func.count()).select_from(TokenRow).where(*terms)):
                    compiled = stmt.compile(db.engine, compile_kwargs={"literal_binds": False})
                    if db.is_sqlite:
                        params: Any = tuple(
                            v.replace(tzinfo=None).isoformat(sep=" ")
                            if isinstance(v, datetime) else v
                            for v in (compiled.params[k] for k in compiled.positiontup or ()))
                        rows = conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}", params)
                        lines += [str(r[-1]) for r in rows]
                    else:
                        rows = conn.exec_driver_sql(f"EXPLAIN {compiled}", compiled.params)
                        lines += [str(r[0]).strip() for r in rows]
                out[label] = lines
    finally:
        db.dispose()
    return out


def full_scans(found: dict[str, list[str]]) -> list[str]:
    def scans(line: str) -> bool:
        return ((line.startswith("SCAN tokens") and "INDEX" not in line)
                or "Seq Scan on tokens" in line)

    return [label for label, lines in found.items() if any(scans(x) for x in lines)]


class Client:
    """Keep-alive GETs to one server."""

    def __init__(self, url: str, key: str) -> None:
        host, port = url.removeprefix("http://").split(":")
        self.conn = http.client.HTTPConnection(host, int(port), timeout=30)
        self.headers = {"Authorization": f"Bearer {key}"}

    def get(self, path: str, query: dict[str, Any]) -> tuple[float, int]:
        """Seconds for one GET (status 200 checked) and the answer's total."""
        import json

        started = time.perf_counter()
        self.conn.request("GET", f"{path}?{urlencode(query)}", headers=self.headers)
        reply = self.conn.getresponse()
        body = reply.read()
        elapsed = time.perf_counter() - started
        if reply.status != 200:
            raise RuntimeError(f"{path} {query} answered {reply.status}: {body[:200]!r}")
        return elapsed, int(json.loads(body).get("total", -1))


def filter_times(db_url: str, runs: int) -> dict[str, tuple[list[float], list[float], int]]:
    """label -> (unfiltered first pages, filtered first pages, the filter's total)."""
    from _common import ServerProcess

    key = issue_admin(db_url)
    out: dict[str, tuple[list[float], list[float], int]] = {}
    with ServerProcess(db_url) as server:
        client = Client(server.url, key)
        for label, query in FILTERS:
            out[label] = time_query(client, query, runs)
    return out


def time_query(client: Client, query: dict[str, Any], runs: int
               ) -> tuple[list[float], list[float], int]:
    """The first page of 50 with ``query``, alternating with the unfiltered one: (unfiltered
    times, filtered times, the filtered total)."""
    totals: list[int] = []

    def plain() -> float:
        return client.get("/api/v1/tokens", {"limit": 50})[0]

    def filtered() -> float:
        seconds, total = client.get("/api/v1/tokens", {"limit": 50, **query})
        totals.append(total)
        return seconds

    base, subj = alternate(plain, filtered, runs)
    return base, subj, totals[-1]


# ---- the counters' cost ------------------------------------------------------------------


def serve(db_url: str, port: int, count_usage: bool) -> None:
    """The hidden ``--serve`` mode: the server app in this process, counting or not."""
    import uvicorn

    from compliance_client.server.app import create_app
    from compliance_client.server.embedded import bind_socket, uvicorn_config

    app = create_app(db_url, count_usage=count_usage)
    sock = bind_socket("127.0.0.1", port)
    uvicorn.Server(uvicorn_config(app, log_config=None, access_log=False)).run(sockets=[sock])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def served(db_url: str, count_usage: bool, cpu: str | None) -> Iterator[str]:
    port = free_port()
    command = [sys.executable, __file__, "--serve", db_url, str(port),
               "on" if count_usage else "off"]
    if cpu is not None:
        command = ["taskset", "-c", cpu, *command]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            cwd=ROOT)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("the bench server did not start")
            try:
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
                conn.request("GET", "/api/v1/health")
                if conn.getresponse().status == 200:
                    break
            except OSError:
                time.sleep(0.05)
        yield url
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def counter_rates(tmp: Path, runs: int, seconds: float
                  ) -> tuple[list[float], list[float], str]:
    from server import python_rps, wrk_rps

    cpus = sorted(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else []
    pinned = len(cpus) >= 2 and shutil.which("taskset") is not None
    server_cpu, load_cpu = (str(cpus[0]), str(cpus[1])) if pinned else (None, None)
    generator: Callable[..., float] = wrk_rps if shutil.which("wrk") else python_rps
    how = (f"{'wrk' if generator is wrk_rps else 'Python threads'}; servers on CPU "
           f"{server_cpu}, load on CPU {load_cpu}" + ("" if pinned else " (not pinned)"))
    urls = {}
    keys = {}
    for side in ("on", "off"):
        urls[side] = f"sqlite:///{tmp / f'counters-{side}.db'}"
        keys[side] = issue_admin(urls[side])
    with served(urls["off"], False, server_cpu) as off, served(urls["on"], True,
                                                                server_cpu) as on:
        def rate(url: str, key: str) -> Callable[[], float]:
            return lambda: generator(f"{url}/api/v1/tokens/self", seconds,
                                     {"Authorization": f"Bearer {key}"}, load_cpu)

        without, counting = alternate(rate(off, keys["off"]), rate(on, keys["on"]), runs)
    return without, counting, how


def record_cost_us(loops: int = 200_000) -> float:
    """The hot path alone: one ``record`` (median of 7 timings of ``loops`` calls over 50
    tokens and 3 addresses), no database involved."""
    from compliance_client.server.usage import UsageCounter

    counter = UsageCounter(None)  # type: ignore[arg-type]  # never flushed
    now = datetime.now(UTC)
    addresses = ("10.0.0.1", "10.0.0.2", "2001:db8::1")
    times = []
    for _ in range(7):
        started = time.perf_counter()
        for n in range(loops):
            counter.record(n % 50, addresses[n % 3], "tokens.self", n % 10 != 0, now)
        times.append((time.perf_counter() - started) / loops * 1e6)
    return median(times)


def pg_database() -> tuple[str, Callable[[], None]] | None:
    base = next((os.environ[e].strip() for e in PG_ENVS if os.environ.get(e, "").strip()),
                None)
    if base is None:
        return None
    from sqlalchemy import create_engine, make_url

    name = f"cc_bench_{secrets.token_hex(6)}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = make_url(base).set(database=name).render_as_string(hide_password=False)

    def drop() -> None:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()

    return url, drop


def run_filters(backend: str, db_url: str, count: int, runs: int) -> bool:
    started = time.monotonic()
    issue_admin(db_url)  # migrates
    seed(db_url, count)
    print(f"{backend}: {count:,} tokens inserted in {time.monotonic() - started:.1f} s")
    found = plans(db_url)
    for label, lines in found.items():
        print(f"  plan {label}: " + " | ".join(lines[:8]))
    scans = full_scans(found)
    print(f"  full scans of tokens: {', '.join(scans) or 'none'}")
    times = filter_times(db_url, runs)
    all_met = True
    worst = 0.0
    for label, (base, subj, total) in times.items():
        met = median(subj) <= QUERY_GOAL_S
        all_met &= met
        worst = max(worst, median(subj))
        print(f"  {label:28} {spread(subj)}  total {total:>6}  "
              f"(unfiltered {ms(median(base))}; ratio {median(subj) / median(base):.2f}) "
              f"{'' if met else 'NOT MET'}")
    result(f"filters {backend}", f"slowest {ms(worst)} of {len(times)} filters on "
           f"{count:,} tokens; full scans: {', '.join(scans) or 'none'}",
           f"<= {QUERY_GOAL_S * 1000:.0f} ms each", all_met and (backend != "sqlite"
                                                                  or not scans))
    return all_met


def main() -> int:
    if len(sys.argv) == 5 and sys.argv[1] == "--serve":
        serve(sys.argv[2], int(sys.argv[3]), sys.argv[4] == "on")
        return 0
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tokens", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--seconds", type=float, default=2.0)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="cc-bench-filters-") as tmp:
        run_filters("sqlite", f"sqlite:///{Path(tmp) / 'filters.db'}", args.tokens, args.runs)
        pg = pg_database()
        if pg is None:
            print(f"PostgreSQL: skipped ({' or '.join(PG_ENVS)} not set)")
        else:
            url, drop = pg
            try:
                run_filters("postgresql", url, args.tokens, args.runs)
            finally:
                drop()
        without, counting, how = counter_rates(Path(tmp), max(args.runs, 6), args.seconds)
    ratio = median(counting) / median(without)
    record_us = record_cost_us()
    print(f"UsageCounter.record in-process: median {record_us:.2f} µs a request, "
          f"{record_us / (1e6 / median(without)) * 100:.2f} % of one tokens.self request")
    print(f"tokens/self, counters off: median {median(without):8.0f} req/s "
          f"(min {min(without):.0f}, max {max(without):.0f}, n={len(without)}); {how}")
    print(f"tokens/self, counters on:  median {median(counting):8.0f} req/s "
          f"(min {min(counting):.0f}, max {max(counting):.0f}, n={len(counting)})")
    print(f"  ratio: {ratio:.3f} (goal >= {COUNTERS_GOAL}: counting costs at most 10 %)")
    result("usage counters", f"{ratio:.2f} ({median(counting):.0f} vs {median(without):.0f} "
           "req/s of tokens.self)", f">= {COUNTERS_GOAL}", ratio >= COUNTERS_GOAL)
    return 0


if __name__ == "__main__":
    sys.exit(main())
