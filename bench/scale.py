"""Scale (issue 20, part 5): tokens.list's search and every §11 filter over 1,000,000 tokens in
PostgreSQL, and the grid's first rows at 1,000,000 against 100,000.

1. One bulk ``INSERT ... SELECT ... FROM generate_series`` of ``--tokens`` varied tokens (2,000
   organizations of skewed size, names and owners from word lists, expiries spread over the
   past and the next two years, 5 % suspended, 30 % never used and 20 % unused for 90+ days,
   10 % unrestricted, 3 % bound to a device), the secondary indexes built after it as a
   restore does (the same indexes, a third of the time), then VACUUM ANALYZE (what autovacuum
   does after a bulk insert: statistics and the visibility map). About a minute here.
2. The real server (``compliance-client serve``, a subprocess) answers each query through the
   HTTP API: the first page of 50 with its total, median of ``--runs`` GETs alternating with
   the unfiltered first page. Goal: each <= 150 ms. The plan of each (EXPLAIN ANALYZE of the
   page query and of the count, as the route runs them) is printed with ``--plans``.
3. The grid: a TokensPage shown to its first rows painted (bench/grid.py's measure), against a
   server on 100,000 tokens and one on ``--tokens``, alternating. Goal: ratio <= 1.2.

Needs COMPLIANCE_BENCH_PG_URL (or COMPLIANCE_TEST_PG_URL): a server where databases may be
created (they are dropped at the end). Usage: ``python bench/scale.py [--tokens N] [--small N]
[--runs N] [--grid-runs N] [--no-grid] [--plans]``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ServerProcess, alternate, issue_admin, median, ms, result, spread, user_dirs
from filters import PG_ENVS, Client, pg_database, time_query

QUERY_GOAL_S = 0.150
GRID_RATIO_GOAL = 1.2

# What the names, owners and organizations are made of. Ids count from 1, so token n's values
# are deterministic functions of n and a seeded random().
PURPOSES = ("Nightly backup", "Deploy bot", "Billing export", "Monitoring", "CI runner",
            "Reporting", "Sync agent", "Support desk", "Inventory scan", "Patch rollout",
            "License audit", "Helpdesk portal", "Data warehouse", "Mail relay", "VPN check",
            "Asset tracker")
COMPANIES = ("Contoso", "Fabrikam", "Northwind", "Woodgrove", "Tailspin", "Adventure Works",
             "Litware", "Proseware", "Wingtip", "Alpine Ski", "Blue Yonder", "Coho Winery",
             "Lucerne", "Margie", "Trey Research", "Wide World", "Humongous", "Graphic Design",
             "Fourth Coffee", "City Power")
PEOPLE = ("alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy",
          "mallory", "niaj", "olivia", "peggy", "rupert", "sybil", "trent", "victor", "walter",
          "zoe")
ORGANIZATIONS = 2000


def _array(words: tuple[str, ...]) -> str:
    return "ARRAY[" + ", ".join("'" + w.replace("'", "''") + "'" for w in words) + "]"


def insert_sql(count: int) -> str:
    """The one INSERT of the tokens. ``r`` holds the random draws of each row, made once so
    that the columns that depend on each other (expiry and status, use and address) agree."""
    companies, purposes, people = _array(COMPANIES), _array(PURPOSES), _array(PEOPLE)
    return f"""
INSERT INTO tokens (organization_name, organization_id, key_hash, key_prefix,
    allowed_endpoints, blocked_endpoints, allowed_ips, blocked_ips, expires_at, created_at,
    updated_at, last_used_at, last_used_ip, version, scope, bound_devices, name, description,
    owner, status, suspended_reason)
SELECT
    ({companies})[1 + org % 20] || ' ' || ({companies})[1 + (org / 20) % 20] || ' ' || org,
    'org-' || lpad(org::text, 4, '0'),
    encode(sha256(('bench-key-' || n)::bytea), 'hex'),
    'cct_' || substr(md5(n::text), 1, 8),
    CASE WHEN open THEN '[]' WHEN n % 3 = 0 THEN '["tokens.self", "devices.register"]'
         ELSE '["tokens.self"]' END::jsonb,
    CASE WHEN n % 7 = 0 THEN '["tokens.delete"]' ELSE '[]' END::jsonb,
    CASE WHEN open OR n % 4 <> 0 THEN '[]'
         ELSE '["10.' || (n % 256) || '.0.0/16"]' END::jsonb,
    '[]'::jsonb,
    CASE WHEN e < 0.10 THEN now() - make_interval(secs => 1 + r2 * 400 * 86400)
         WHEN e < 0.13 THEN now() + make_interval(secs => 60 + r2 * 14 * 86400)
         WHEN e < 0.53 THEN now() + make_interval(secs => 15 * 86400 + r2 * 730 * 86400)
         END,
    now() - make_interval(secs => (1.0 - n::float8 / {count}) * 1100 * 86400 + 3600),
    now() - make_interval(secs => (1.0 - n::float8 / {count}) * 900 * 86400 + 3600),
    CASE WHEN u < 0.30 THEN NULL
         WHEN u < 0.50 THEN now() - make_interval(secs => (90 + r3 * 600) * 86400)
         ELSE now() - make_interval(secs => 60 + r3 * 80 * 86400) END,
    CASE WHEN u >= 0.30 THEN '10.' || (n % 256) || '.' || (n / 256 % 256) || '.7' END,
    1,
    'organization',
    CASE WHEN n % 100 = 7 THEN '["pc-7"]'
         WHEN n % 50 = 3 THEN '["pc-' || (n / 50) % 30000 || '"]'
         ELSE '[]' END::jsonb,
    ({purposes})[1 + (n * 7) % 16] || ' ' || n,
    '',
    ({people})[1 + n % 20] || '.' || ({people})[1 + (n / 20) % 20] || '@'
        || lower(replace(({companies})[1 + org % 20], ' ', '')) || '.example',
    CASE WHEN s < 0.05 THEN 'suspended' ELSE 'active' END,
    CASE WHEN s < 0.05 THEN (CASE WHEN s < 0.005 THEN 'leaked' ELSE 'admin' END) END
FROM (
    SELECT n, e, u, s, r2, r3, open,
           -- skewed sizes: the largest organization has about 2 % of the tokens
           least(floor(power(o, 2.2) * {ORGANIZATIONS}), {ORGANIZATIONS - 1})::int AS org
    FROM (SELECT n, random() AS e, random() AS u, random() AS s, random() AS r2,
                 random() AS r3, random() AS o, n % 10 = 0 AS open
          FROM generate_series(1, {count}) AS n) AS draws
) AS r
"""


def bulk_insert(db_url: str, count: int) -> float:
    """The tokens in one INSERT, then VACUUM ANALYZE; seconds taken. The secondary indexes are
    dropped before and made again after (what a restore does): the same indexes in the end,
    built in a fraction of the time it takes to fill them row by row."""
    from sqlalchemy import create_engine

    engine = create_engine(db_url, isolation_level="AUTOCOMMIT")
    started = time.monotonic()
    try:
        with engine.connect() as conn:
            raw = conn.connection.driver_connection  # psycopg's own: '%' is SQL's modulo here
            assert raw is not None
            indexes = [(str(name), str(definition)) for name, definition in raw.execute(
                "SELECT i.indexname, i.indexdef FROM pg_indexes AS i JOIN pg_class AS c ON "
                "c.relname = i.indexname WHERE i.tablename = 'tokens' AND NOT EXISTS (SELECT 1 "
                "FROM pg_constraint AS k WHERE k.conindid = c.oid)").fetchall()]
            for name, _definition in indexes:
                raw.execute(f'DROP INDEX "{name}"')
            raw.execute("SELECT setseed(0.20)")
            raw.execute(insert_sql(count))
            raw.execute("SET maintenance_work_mem = '256MB'")
            for _name, definition in indexes:
                raw.execute(definition)
            raw.execute("VACUUM ANALYZE tokens")
    finally:
        engine.dispose()
    return time.monotonic() - started


def queries(biggest_org: str) -> tuple[tuple[str, dict[str, Any]], ...]:
    """(label, query) of each timed GET: the list, q, every §11 filter, two combinations."""
    return (
        ("unfiltered", {}),
        ("q name substring", {"q": "backup 42"}),
        ("q 2-char needle", {"q": "42"}),
        ("q 2-char common needle", {"q": "ck"}),
        ("q common word", {"q": "northwind"}),
        ("q organization id", {"q": "org-0123"}),
        ("q no match", {"q": "zzq-none"}),
        ("status=active", {"status": "active"}),
        ("status=suspended", {"status": "suspended"}),
        ("status=expired", {"status": "expired"}),
        ("status=expiring", {"status": "expiring"}),
        ("expiring within 60 days", {"status": "expiring", "expiring_within_days": 60}),
        ("unused_days=90", {"unused_days": 90}),
        ("unused_days=30", {"unused_days": 30}),
        ("unrestricted=true", {"unrestricted": "true"}),
        ("unrestricted=false", {"unrestricted": "false"}),
        ("organization_id (typical)", {"organization_id": "org-1500"}),
        ("organization_id (largest)", {"organization_id": biggest_org}),
        ("bound_device", {"bound_device": "pc-7"}),
        ("active, unused, q, sorted", {"status": "active", "unused_days": 90, "q": "backup",
                                       "sort": "-expires_at"}),
        ("org, unrestricted, expiring", {"organization_id": biggest_org,
                                         "unrestricted": "false", "status": "expiring",
                                         "expiring_within_days": 60}),
    )


def largest_organization(db_url: str) -> str:
    from sqlalchemy import create_engine

    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            return str(conn.exec_driver_sql(
                "SELECT organization_id FROM tokens GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
            ).scalar())
    finally:
        engine.dispose()


def explain(db_url: str, query: dict[str, Any]) -> list[str]:
    """The plans, with their actual times, of the statements token_search.page_of_tokens runs
    for ``query`` (built as the route builds it, for a global caller): auto_explain on the
    connection, its output sent back as notices."""
    from sqlalchemy.orm import Session

    from compliance_client.domain.filters import TokenFilter
    from compliance_client.server.db import Database
    from compliance_client.server.models import TokenRow
    from compliance_client.server.token_search import filter_terms, page_of_tokens, search_term

    db = Database(db_url)
    now = datetime.now(UTC)
    sort = str(query.get("sort", "id"))
    by = {"id": (), "expires_at": (TokenRow.expires_at.is_(None), TokenRow.expires_at)}
    columns = (*by[sort.lstrip("-")], TokenRow.id)
    order = [c.desc() if sort.startswith("-") else c.asc() for c in columns]
    chosen = TokenFilter(**{k: (v == "true" if k == "unrestricted" else v)
                            for k, v in query.items() if k != "sort"})
    where = [search_term(db, chosen.q)] if chosen.q else []
    where += filter_terms(db, chosen, now, 14)
    notices: list[str] = []
    try:
        with db.engine.connect() as conn:
            raw = conn.connection.driver_connection
            assert raw is not None
            raw.add_notice_handler(lambda d: notices.append(d.message_primary or ""))
            for setting in ("LOAD 'auto_explain'", "SET auto_explain.log_min_duration = 0",
                            "SET auto_explain.log_analyze = on",
                            "SET auto_explain.log_buffers = on",
                            "SET auto_explain.log_level = notice"):
                conn.exec_driver_sql(setting)
            with Session(bind=conn) as session:
                page_of_tokens(session, where, order, 0, 50)
            conn.rollback()
    finally:
        db.dispose()
    return [line for notice in notices for line in notice.splitlines()
            if not line.startswith(("Query Text", "duration"))]


def time_queries(db_url: str, key: str, runs: int, biggest: str, show_plans: bool
                 ) -> dict[str, tuple[list[float], list[float], int]]:
    out: dict[str, tuple[list[float], list[float], int]] = {}
    with ServerProcess(db_url) as server:
        client = Client(server.url, key)
        for label, query in queries(biggest):
            base, subj, total = time_query(client, query, runs)
            out[label] = (base, subj, total)
            met = median(subj) <= QUERY_GOAL_S
            print(f"  {label:30} {spread(subj)}  total {total:>7}  "
                  f"{'' if met else 'NOT MET'}", flush=True)
            if show_plans:
                for line in explain(db_url, query):
                    print(f"      {line}")
    return out


def grid_first_rows(small: tuple[str, str], large: tuple[str, str], runs: int
                    ) -> tuple[list[float], list[float]]:
    """bench/grid.py's first-rows measure against the small and the large database, in
    turn: a TokensPage from show() to its first rows painted (the grid asks for 200 rows and
    the total)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from grid import Bench

    class SecondBench(Bench):
        """A Bench on another server, in the first one's QApplication (there is one)."""

        def __init__(self, first: Bench, url: str, key: str) -> None:
            import requests
            from _common import app_session

            self.url, self.key, self.total = url, key, 0
            self.app, self.QEventLoop = first.app, first.QEventLoop
            self.session = app_session(url, key, "Bench large")
            self.http = requests.Session()
            self.http.headers["Authorization"] = f"Bearer {key}"
            self.session.reload()
            self.wait_until(lambda: self.session.may("tokens.list"), 20.0,
                            "the session to connect")

    with ServerProcess(small[0]) as s_server, ServerProcess(large[0]) as l_server:
        s_bench = Bench(s_server.url, small[1], 0)
        l_bench = SecondBench(s_bench, l_server.url, large[1])
        s_bench.first_page_ui()  # cold: imports and first layout, not measured
        l_bench.first_page_ui()
        return alternate(s_bench.first_page_ui, l_bench.first_page_ui, runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--tokens", type=int, default=1_000_000)
    parser.add_argument("--small", type=int, default=100_000,
                        help="tokens of the grid's baseline database")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--grid-runs", type=int, default=7)
    parser.add_argument("--no-grid", action="store_true")
    parser.add_argument("--plans", action="store_true",
                        help="print EXPLAIN ANALYZE of each query's page and count")
    parser.add_argument("--keep", metavar="URL_FILE",
                        help="(development) keep the large database and write its URL here")
    args = parser.parse_args()

    large = pg_database()
    if large is None:
        print(f"PostgreSQL: skipped ({' or '.join(PG_ENVS)} not set)")
        result("scale postgresql", "skipped: no PostgreSQL", f"<= {QUERY_GOAL_S * 1000:.0f} ms",
               False)
        return 0
    started = time.monotonic()
    drops: list[Callable[[], None]] = []
    try:
        url, drop = large
        drops.append(drop)
        key = issue_admin(url)  # migrates
        took = bulk_insert(url, args.tokens)
        print(f"postgresql: {args.tokens:,} tokens in one INSERT, indexes, VACUUM ANALYZE: "
              f"{took:.1f} s", flush=True)
        biggest = largest_organization(url)
        times = time_queries(url, key, args.runs, biggest, args.plans)
        worst = max(times, key=lambda label: median(times[label][1]))
        unmet = [label for label, (_b, subj, _t) in times.items()
                 if median(subj) > QUERY_GOAL_S]
        result("scale postgresql", f"slowest {ms(median(times[worst][1]))} ({worst}) of "
               f"{len(times)} queries on {args.tokens:,} tokens"
               + (f"; over: {', '.join(unmet)}" if unmet else ""),
               f"<= {QUERY_GOAL_S * 1000:.0f} ms each", not unmet)

        if not args.no_grid:
            small = pg_database()
            assert small is not None
            drops.append(small[1])
            small_key = issue_admin(small[0])
            bulk_insert(small[0], args.small)
            with user_dirs():
                s_times, l_times = grid_first_rows((small[0], small_key), (url, key),
                                                   args.grid_runs)
            ratio = median(l_times) / median(s_times)
            print(f"grid first rows, {args.small:,} tokens:   {spread(s_times)}")
            print(f"grid first rows, {args.tokens:,} tokens: {spread(l_times)}")
            result("scale grid first rows", f"{ratio:.2f}x ({median(l_times) * 1000:.0f} vs "
                   f"{median(s_times) * 1000:.0f} ms)", f"<= {GRID_RATIO_GOAL}x",
                   ratio <= GRID_RATIO_GOAL)
        if args.keep:
            Path(args.keep).write_text(url)
            drops.remove(drop)
    finally:
        for d in drops:
            d()
    print(f"scale bench: {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
