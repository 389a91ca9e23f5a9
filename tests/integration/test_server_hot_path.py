"""The server's hot path (issue 20): the event loop's reads on SQLite (auth.LoopReader), the
token JSON built straight from rows, orjson: each must answer exactly what the slower path it
replaced answers.

A request takes the loop's path once its token's policy is compiled and its last use is
recorded (both done by the first request, in a thread): so the second request of a test is
the loop's, and the same request with ``app.state.loop_reader`` set to None is the thread
pool's. The two answers must be equal, byte for byte, but for X-Request-ID.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

import pytest
from starlette.responses import JSONResponse

from compliance_client.domain.dpop import DeviceKey
from compliance_client.server import auth
from compliance_client.server.auth import LoopReader, ThreadPath
from compliance_client.server.db import Database
from compliance_client.server.models import TokenRow
from compliance_client.server.routes_tokens import json_bytes, token_json

from ..helpers.live_server import LiveServer


def _both_paths(server: LiveServer, method: str, path: str, **kwargs: Any
                ) -> tuple[Any, Any]:
    """The answer of the loop's path, then of the thread pool's, to the same request."""
    app = server.server.app
    reader = app.state.loop_reader
    assert reader is not None
    server.call(method, path, **kwargs)  # compiles the policy, records the use
    on_loop = server.call(method, path, **kwargs)
    app.state.loop_reader = None
    try:
        in_thread = server.call(method, path, **kwargs)
    finally:
        app.state.loop_reader = reader
    return on_loop, in_thread


def _same(a: Any, b: Any) -> None:
    assert a.status_code == b.status_code
    assert a.content == b.content
    headers = ({k.lower(): v for k, v in r.headers.items()
                if k.lower() not in ("x-request-id", "date")} for r in (a, b))
    assert next(headers) == next(headers)


@pytest.fixture
def sqlite_server(live_server: LiveServer) -> LiveServer:
    if live_server.server.app.state.loop_reader is None:
        pytest.skip("the loop's reads are SQLite's")
    return live_server


def test_the_loop_path_is_taken_and_answers_as_the_thread_path(
        sqlite_server: LiveServer, monkeypatch: pytest.MonkeyPatch) -> None:
    token = sqlite_server.create_token(allowed_ips=["127.0.0.0/8"])
    on_loop, in_thread = _both_paths(sqlite_server, "GET", "/tokens/self", key=token["key"])
    assert on_loop.status_code == 200
    _same(on_loop, in_thread)

    def no_thread(*_args: Any) -> Any:
        raise AssertionError("the thread pool's path was taken")

    monkeypatch.setattr(auth.Authorizer, "authorize", no_thread)
    assert sqlite_server.call("GET", "/tokens/self", key=token["key"]).status_code == 200
    assert sqlite_server.call("GET", "/health", key=None).content == b'{"status":"ok"}'


def test_refusals_on_the_loop_are_the_thread_paths(sqlite_server: LiveServer) -> None:
    token = sqlite_server.create_token(allowed_endpoints=["tokens.self"])
    on_loop, in_thread = _both_paths(sqlite_server, "GET", "/tokens", key=token["key"])
    assert on_loop.status_code == 403
    _same(on_loop, in_thread)
    usage = sqlite_server.call("GET", f"/tokens/{token['id']}/usage").json()
    assert usage["days"][-1]["denied"] == 3  # each path counted its request once


def test_signed_requests_on_the_loop_are_the_thread_paths(sqlite_server: LiveServer) -> None:
    token = sqlite_server.create_token()
    device_key = DeviceKey.generate()
    r = sqlite_server.call("POST", "/devices", key=token["key"], json={
        "device_id": "pc-1", "hostname": "pc", "public_key": device_key.public_jwk})
    assert r.status_code == 201
    on_loop, in_thread = _both_paths(sqlite_server, "GET", "/tokens/self", key=token["key"],
                                     device_key=device_key)
    assert on_loop.status_code == 200
    assert on_loop.json()["device"]["device_id"] == "pc-1"
    _same(on_loop, in_thread)
    # A replayed proof: refused the same way by both paths.
    url = f"{sqlite_server.url}/api/v1/tokens/self"
    proof = device_key.proof("GET", url, token["key"], now=datetime.now(UTC).timestamp())
    headers = {"DPoP": proof}
    assert sqlite_server.call("GET", "/tokens/self", key=token["key"],
                              headers=headers).status_code == 200
    again, _thread = _both_paths(sqlite_server, "GET", "/tokens/self", key=token["key"],
                                 headers=headers)
    assert again.status_code == 401
    assert again.json()["error"] == "invalid_device_proof"
    _same(again, _thread)


def test_a_read_that_would_wait_takes_the_thread_path(
        sqlite_server: LiveServer, monkeypatch: pytest.MonkeyPatch) -> None:
    token = sqlite_server.create_token()
    sqlite_server.call("GET", "/tokens/self", key=token["key"])

    def busy(*_args: Any, **_kwargs: Any) -> Any:
        raise ThreadPath

    monkeypatch.setattr(LoopReader, "caller_row", busy)
    monkeypatch.setattr(LoopReader, "ping", busy)
    assert sqlite_server.call("GET", "/tokens/self", key=token["key"]).status_code == 200
    assert sqlite_server.call("GET", "/health", key=None).content == b'{"status":"ok"}'


def test_the_loops_query_reads_what_sqlalchemy_reads(sqlite_server: LiveServer) -> None:
    from compliance_client.domain.keys import hash_key

    token = sqlite_server.create_token()
    sqlite_server.set_last_used(token["id"], datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=UTC),
                                "10.0.0.1")
    db = Database(sqlite_server.db_url)
    reader = LoopReader(db)
    try:
        digest = hash_key(token["key"])
        mine = reader.caller_row(digest, "127.0.0.1")
        with db.read() as session:
            theirs = session.execute(auth._LOOP_CALLER, {"digest": digest,
                                                         "throttle_key": "127.0.0.1"}).one()
        assert tuple(mine) == tuple(theirs)
        assert mine._fields == tuple(theirs._fields)
        assert mine.last_used_at == datetime(2026, 1, 2, 3, 4, 5, 6, tzinfo=UTC)
        assert reader.caller_row("0" * 64, "127.0.0.1") is None
    finally:
        reader.close()
        db.dispose()


def test_token_json_of_a_row_is_the_tokens(live_server: LiveServer) -> None:
    live_server.create_token(name="Ünïcode ✓", description="two\nlines\tand \"quotes\"",
                               owner="ops@example.com", allowed_ips=["10.0.0.0/8"],
                               expires_at="2099-01-01T00:00:00Z")
    db = Database(live_server.db_url)
    try:
        with db.read() as session:
            rows = session.query(TokenRow).all()
            assert len(rows) >= 2
            for row in rows:
                assert token_json(row) == row.to_domain().to_json()
                body = {"items": [token_json(row)], "total": 1}
                assert json_bytes(body) == JSONResponse(body).body
    finally:
        db.dispose()


def test_json_bytes_is_jsonresponses() -> None:
    value = {"a": ["ü", "✓", "\n\t\"\\", "/", "\x7f", None, True, 0, -12345678901234],
             "total": 3, "nested": {"e": [], "o": {}}}
    assert json_bytes(value) == JSONResponse(value).body
    assert json.loads(json_bytes(value)) == value
