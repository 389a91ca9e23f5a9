"""Two `compliance-client serve` processes on one PostgreSQL database (issue 9, item 1).

A real deployment runs several stateless server processes behind a balancer. These tests
start two real `serve` subprocesses on one fresh PostgreSQL database and check what must
hold across them:

* no lost update: concurrent PATCHes through both with the same If-Match change the row
  exactly once (the rest get 412), and read-modify-write loops through both keep every edit;
* the failed-authentication throttle counts across both (10 failures via each, the 21st
  request via either is 429);
* a key deleted or regenerated through one stops working on the other at once. The server
  does not cache keys: every request looks up SHA-256(key) in the database
  (server/auth.py ``Authorizer``); only compiled policies are cached, keyed by the row's
  (id, version, expires_at) read in that same look-up, so any change is seen at once.

Skipped without COMPLIANCE_TEST_PG_URL (CI sets it; see .ci/run).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import requests

from ..helpers.live_server import PG_ENV, TIMEOUT, create_pg_database
from ..helpers.serve import ServeProcess, start_serve


@pytest.fixture
def pg_url() -> Iterator[str]:
    base = os.environ.get(PG_ENV, "").strip()
    if not base:
        pytest.skip(f"{PG_ENV} is not set")
    url, drop = create_pg_database(base)
    try:
        yield url
    finally:
        drop()


@pytest.fixture
def two_servers(pg_url: str, tmp_path: Path) -> Iterator[tuple[ServeProcess, ServeProcess, str]]:
    """Two serve processes on one PostgreSQL database, and the admin key the first printed."""
    first = start_serve(pg_url, tmp_path / "a")
    try:
        second = start_serve(pg_url, tmp_path / "b")
    except BaseException:
        first.stop()
        raise
    try:
        assert first.admin_key and second.admin_key is None  # one bootstrap, not two
        assert first.proc.pid != second.proc.pid and first.url != second.url
        yield first, second, first.admin_key
    finally:
        errors = [first.stop(), second.stop()]
        for err in errors:
            assert "Traceback" not in err, err
            assert first.admin_key is None or first.admin_key not in err


def _create(server: ServeProcess, key: str, **fields: Any) -> dict[str, Any]:
    from tests.secrets_plugin import record_key

    body = {"organization_name": "Acme", "organization_id": "acme", **fields}
    r = server.call("POST", "/tokens", key, json=body)
    assert r.status_code == 201, r.text
    record_key(r.json()["key"])
    return r.json()


def test_same_if_match_through_both_changes_the_row_once(two_servers) -> None:
    a, b, admin = two_servers
    token = _create(a, admin)
    path = f"/tokens/{token['id']}"
    barrier = threading.Barrier(8)

    def patch(i: int) -> int:
        server = (a, b)[i % 2]
        with requests.Session() as http:
            barrier.wait()
            return http.patch(f"{server.url}/api/v1{path}", timeout=TIMEOUT,
                              headers={"Authorization": f"Bearer {admin}", "If-Match": '"1"'},
                              json={"organization_name": f"Writer {i}"}).status_code

    with ThreadPoolExecutor(8) as pool:
        codes = list(pool.map(patch, range(8)))
    assert sorted(codes) == [200] + [412] * 7, codes
    final = b.call("GET", path, admin).json()
    assert final["version"] == 2
    winner = codes.index(200)
    assert final["organization_name"] == f"Writer {winner}"
    # The stale writer is told so, in the contract's words, by either process.
    stale = a.call("PATCH", path, admin, headers={"If-Match": '"1"'},
                   json={"organization_name": "Late"})
    assert stale.status_code == 412 and stale.json()["error"] == "version_mismatch"


def test_read_modify_write_through_both_loses_no_update(two_servers) -> None:
    """Each writer adds its own entries to one list, retrying on 412: all must survive."""
    a, b, admin = two_servers
    token = _create(a, admin)
    path = f"/tokens/{token['id']}"
    writers, per_writer = 6, 5
    conflicts = [0] * writers

    def write(w: int) -> None:
        server = (a, b)[w % 2]
        with requests.Session() as http:
            auth = {"Authorization": f"Bearer {admin}"}
            for n in range(per_writer):
                while True:
                    got = http.get(f"{server.url}/api/v1{path}", headers=auth, timeout=TIMEOUT)
                    assert got.status_code == 200, got.text
                    entries = [*got.json()["blocked_ips"], f"10.{w}.{n}.1"]
                    r = http.patch(f"{server.url}/api/v1{path}", timeout=TIMEOUT,
                                   headers={**auth, "If-Match": got.headers["ETag"]},
                                   json={"blocked_ips": entries})
                    if r.status_code == 200:
                        break
                    assert r.status_code == 412, r.text
                    conflicts[w] += 1

    with ThreadPoolExecutor(writers) as pool:
        list(pool.map(write, range(writers)))
    final = a.call("GET", path, admin).json()
    expected = {f"10.{w}.{n}.1" for w in range(writers) for n in range(per_writer)}
    assert set(final["blocked_ips"]) == expected
    assert final["version"] == 1 + writers * per_writer
    assert sum(conflicts) > 0  # they really did collide, and 412 made them redo


def test_throttle_counts_failures_through_both(two_servers) -> None:
    from compliance_client.domain.keys import generate_key

    a, b, admin = two_servers
    unknown = generate_key()
    for _ in range(10):
        assert a.call("GET", "/tokens/self", unknown).status_code == 401
        assert b.call("GET", "/tokens/self", unknown).status_code == 401
    for server in (a, b):  # the 21st, via either, even with a good key
        r = server.call("GET", "/tokens/self", admin)
        assert r.status_code == 429, r.text
        assert r.json()["error"] == "too_many_attempts"
        assert 1 <= int(r.headers["Retry-After"]) <= 60


def test_parallel_failures_through_both_get_at_most_twenty_401(two_servers) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from compliance_client.domain.keys import generate_key

    a, b, _admin = two_servers

    def attempt(i: int) -> int:
        return (a if i % 2 else b).call("GET", "/tokens/self", generate_key()).status_code

    with ThreadPoolExecutor(40) as pool:
        statuses = list(pool.map(attempt, range(200)))
    assert set(statuses) <= {401, 429}
    assert 1 <= statuses.count(401) <= 20, statuses.count(401)


def test_deleted_key_stops_working_on_the_other_at_once(two_servers) -> None:
    a, b, admin = two_servers
    token = _create(a, admin)
    key = token["key"]
    assert b.call("GET", "/tokens/self", key).status_code == 200  # b has seen (and used) it
    assert a.call("DELETE", f"/tokens/{token['id']}", admin).status_code == 204
    r = b.call("GET", "/tokens/self", key)
    assert r.status_code == 401 and r.json()["error"] == "invalid_token"


def test_regenerated_key_replaces_the_old_on_the_other_at_once(two_servers) -> None:
    from tests.secrets_plugin import record_key

    a, b, admin = two_servers
    token = _create(b, admin)
    old = token["key"]
    assert a.call("GET", "/tokens", old).status_code == 200
    regenerated = b.call("POST", f"/tokens/{token['id']}/regenerate", admin)
    assert regenerated.status_code == 200
    new = regenerated.json()["key"]
    record_key(new)
    r = a.call("GET", "/tokens", old)
    assert r.status_code == 401 and r.json()["error"] == "invalid_token"
    assert a.call("GET", "/tokens", new).status_code == 200


def test_a_narrowed_policy_applies_on_the_other_at_once(two_servers) -> None:
    """Compiled policies are cached per (id, version): an edit is a new version."""
    a, b, admin = two_servers
    token = _create(a, admin)
    assert b.call("GET", "/tokens", token["key"]).status_code == 200  # compiled and cached
    r = a.call("PATCH", f"/tokens/{token['id']}", admin, headers={"If-Match": '"1"'},
               json={"blocked_endpoints": ["tokens.list"]})
    assert r.status_code == 200, r.text
    refused = b.call("GET", "/tokens", token["key"])
    assert refused.status_code == 403 and refused.json()["error"] == "endpoint_blocked"
