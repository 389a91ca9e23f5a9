"""tokens.usage and the usage counters (DESIGN §11) against the real server on SQLite and
PostgreSQL: the numbers equal the requests made (allowed and denied, per address and
endpoint), before and after the batch is written, across two server processes, and only for
the token they belong to; the window, its validation and who may read it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select

from compliance_client.domain.records import TokenUsage
from compliance_client.server.db import Database
from compliance_client.server.models import UsageAddressRow, UsageDayRow, UsageEndpointRow
from compliance_client.server.schemas import UsageOut
from compliance_client.server.usage import UsageCounter

from ..helpers.live_server import LiveServer, assert_error, session_from
from ..helpers.serve import start_serve

OTHER = "127.0.0.2"


def _usage(server: LiveServer, token_id: int, key: Any = None, **query: Any) -> TokenUsage:
    kwargs = {} if key is None else {"key": key}
    r = server.call("GET", f"/tokens/{token_id}/usage", params=query, **kwargs)
    assert r.status_code == 200, r.text
    UsageOut.model_validate(r.json())
    return TokenUsage.from_json(r.json())


def _flush(server: LiveServer) -> None:
    server.server.app.state.usage.flush()


def _rows(db_url: str, model: type[Any], token_id: int) -> int:
    db = Database(db_url)
    try:
        with db.read() as session:
            return session.scalar(select(func.count()).select_from(model)
                                  .where(model.token_id == token_id)) or 0
    finally:
        db.dispose()


def _use(server: LiveServer, token: dict[str, Any]) -> None:
    """4 allowed (3 from here, 1 from OTHER) and 3 denied requests with the token's key;
    an unknown key and no key, which belong to no token."""
    key = token["key"]
    for _ in range(3):
        assert server.call("GET", "/tokens/self", key=key).status_code == 200
    with session_from(OTHER) as other:
        assert server.call("GET", f"/tokens/{token['id']}", key=key,
                           session=other).status_code == 200
    for _ in range(2):
        assert_error(server.call("GET", "/tokens", key=key), 403, "endpoint_not_allowed")
    assert_error(server.call("GET", "/devices", key=key), 403, "endpoint_not_allowed")
    assert server.call("GET", "/tokens/self", key="cct_" + "0" * 49).status_code == 401
    assert server.call("GET", "/tokens/self", key=None).status_code == 401


def _check(usage: TokenUsage, days: int) -> None:
    assert len(usage.days) == days
    assert usage.days[-1].date == datetime.now(UTC).date() or (
        usage.days[-1].date == datetime.now(UTC).date() - timedelta(days=1))  # midnight
    assert [d.date for d in usage.days] == sorted(d.date for d in usage.days)
    assert (usage.allowed, usage.denied) == (4, 3)
    # Most recent first: the refusals from here came after the one request from OTHER.
    assert [(a.address, a.requests) for a in usage.addresses] == [("127.0.0.1", 6), (OTHER, 1)]
    assert usage.addresses[0].last_seen_at >= usage.addresses[1].last_seen_at
    assert [(e.id, e.requests) for e in usage.endpoints] == [
        ("tokens.self", 3), ("tokens.list", 2), ("devices.list", 1), ("tokens.read", 1)]


def test_usage_counts_the_requests_made(live_server: LiveServer) -> None:
    token = live_server.create_token(allowed_endpoints=["tokens.self", "tokens.read"])
    _use(live_server, token)
    # Not written yet: this process's counts are in the answer all the same.
    _check(_usage(live_server, token["id"], days=7), 7)
    assert _rows(live_server.db_url, UsageDayRow, token["id"]) == 0  # no write per request
    _flush(live_server)
    assert _rows(live_server.db_url, UsageDayRow, token["id"]) == 1
    _check(_usage(live_server, token["id"], days=7), 7)  # written once, counted once
    # The default window is 30 days; the reader's own calls count for the reader only.
    _check(_usage(live_server, token["id"]), 30)
    admin = live_server.call("GET", "/tokens/self").json()["token"]["id"]
    assert any(e.id == "tokens.usage" for e in _usage(live_server, admin).endpoints)


def test_suspended_expired_and_ip_refusals_are_denied(live_server: LiveServer) -> None:
    token = live_server.create_token(allowed_ips=["127.0.0.1"])
    key = token["key"]
    with session_from(OTHER) as other:
        assert_error(live_server.call("GET", "/tokens/self", key=key, session=other), 403,
                     "ip_not_allowed")
    assert live_server.call("POST", f"/tokens/{token['id']}/suspend").status_code == 200
    assert_error(live_server.call("GET", "/tokens/self", key=key), 401, "token_suspended")
    assert live_server.call("POST", f"/tokens/{token['id']}/resume").status_code == 200
    live_server.set_expiry(token["id"], datetime.now(UTC) - timedelta(minutes=1))
    assert_error(live_server.call("GET", "/tokens/self", key=key), 401, "token_expired")
    _flush(live_server)
    usage = _usage(live_server, token["id"], days=1)
    assert (usage.allowed, usage.denied) == (0, 3)
    assert {a.address: a.requests for a in usage.addresses} == {OTHER: 1, "127.0.0.1": 2}


def test_window_validation_and_reach(live_server: LiveServer) -> None:
    mine = live_server.create_token(organization_id="acme", allowed_endpoints=["tokens.*"])
    theirs = live_server.create_token(organization_id="ops")
    for days in (0, 91, "week"):
        body = assert_error(live_server.call("GET", f"/tokens/{mine['id']}/usage",
                                             params={"days": days}), 422, "invalid_input")
        assert list(body["fields"]) == ["days"]
    assert len(_usage(live_server, mine["id"], days=90).days) == 90
    assert len(_usage(live_server, mine["id"], days=1).days) == 1
    # Like tokens.read: another organization's token does not exist for an acme caller.
    assert_error(live_server.call("GET", f"/tokens/{theirs['id']}/usage", key=mine["key"]),
                 404, "not_found")
    assert_error(live_server.call("GET", "/tokens/99999/usage"), 404, "not_found")
    assert _usage(live_server, mine["id"], key=mine["key"]).endpoints[0].id == "tokens.usage"


def test_a_deleted_token_takes_its_counters_along(live_server: LiveServer) -> None:
    token = live_server.create_token()
    assert live_server.call("GET", "/tokens/self", key=token["key"]).status_code == 200
    _flush(live_server)
    assert _rows(live_server.db_url, UsageEndpointRow, token["id"]) == 1
    assert live_server.call("GET", "/tokens/self", key=token["key"]).status_code == 200
    assert live_server.call("DELETE", f"/tokens/{token['id']}").status_code == 204
    _flush(live_server)  # the request counted before the delete is not written after it
    for model in (UsageDayRow, UsageAddressRow, UsageEndpointRow):
        assert _rows(live_server.db_url, model, token["id"]) == 0


def test_old_days_are_pruned_and_addresses_capped(live_server: LiveServer) -> None:
    token = live_server.create_token()
    today = datetime.now(UTC).date()
    db = Database(live_server.db_url)
    try:
        with db.write() as session:
            for back in (89, 90, 200):
                session.execute(insert(UsageDayRow).values(
                    token_id=token["id"], day=today - timedelta(days=back), allowed=5,
                    denied=1))
        counter = UsageCounter(db)  # a new process: its first write prunes
        now = datetime.now(UTC)
        for n in range(80):  # one key sprayed from 80 addresses
            counter.record(token["id"], f"10.0.0.{n}", "tokens.self", True, now)
        counter.flush()
        with db.read() as session:
            days = sorted(session.scalars(select(UsageDayRow.day)
                                          .where(UsageDayRow.token_id == token["id"])))
            addresses = session.scalar(select(func.count()).select_from(UsageAddressRow)
                                       .where(UsageAddressRow.token_id == token["id"]))
        assert days == [today - timedelta(days=89), today]
        assert addresses == 50
    finally:
        db.dispose()
    usage = _usage(live_server, token["id"], days=90)
    assert usage.days[0] == type(usage.days[0])(today - timedelta(days=89), 5, 1)
    assert usage.allowed == 85 and len(usage.addresses) == 10


def test_last_used_lags_use_by_at_most_a_minute(live_server: LiveServer) -> None:
    token = live_server.create_token()
    now = datetime.now(UTC)
    live_server.set_last_used(token["id"], now - timedelta(seconds=50), "10.9.9.9")
    assert live_server.call("GET", "/tokens/self", key=token["key"]).status_code == 200
    stored = live_server.call("GET", f"/tokens/{token['id']}").json()
    assert stored["last_used_ip"] == "10.9.9.9"  # within the minute: not written again
    live_server.set_last_used(token["id"], now - timedelta(seconds=61), "10.9.9.9")
    assert live_server.call("GET", "/tokens/self", key=token["key"]).status_code == 200
    stored = live_server.call("GET", f"/tokens/{token['id']}").json()
    assert stored["last_used_ip"] == "127.0.0.1"
    used = datetime.fromisoformat(stored["last_used_at"].replace("Z", "+00:00"))
    assert used >= now - timedelta(seconds=1)


def test_two_server_processes_add_up(db_url: str, tmp_path: Path) -> None:
    """Two `serve` processes on one database each count their own requests and write them
    when stopped (SIGINT: uvicorn's graceful shutdown, then the exit hook); the upserts add,
    so the stored numbers are the sum."""
    from tests.secrets_plugin import record_key

    a = start_serve(db_url, tmp_path / "a")
    b = None
    try:
        b = start_serve(db_url, tmp_path / "b")
        admin = a.admin_key
        assert admin is not None
        r = a.call("POST", "/tokens", admin, json={"organization_name": "Acme",
                                                   "organization_id": "acme",
                                                   "allowed_endpoints": ["tokens.self"]})
        assert r.status_code == 201, r.text
        token = r.json()
        record_key(token["key"])
        for server, allowed, denied in ((a, 5, 2), (b, 7, 1)):
            for _ in range(allowed):
                assert server.call("GET", "/tokens/self", token["key"]).status_code == 200
            for _ in range(denied):
                assert server.call("GET", "/tokens", token["key"]).status_code == 403
    finally:
        errors = [a.stop()] + ([b.stop()] if b is not None else [])
    for err in errors:
        assert "Traceback" not in err, err
    db = Database(db_url)
    try:
        with db.read() as session:
            day = session.execute(select(UsageDayRow.allowed, UsageDayRow.denied)
                                  .where(UsageDayRow.token_id == token["id"])).all()
            endpoints = dict(session.execute(
                select(UsageEndpointRow.endpoint, func.sum(UsageEndpointRow.requests))
                .where(UsageEndpointRow.token_id == token["id"])
                .group_by(UsageEndpointRow.endpoint)).all())
    finally:
        db.dispose()
    assert [tuple(d) for d in day] == [(12, 3)]
    assert endpoints == {"tokens.self": 12, "tokens.list": 3}


def test_counts_survive_an_unreachable_database(live_server: LiveServer) -> None:
    """A write that fails keeps the counts for the next one (nothing lost, nothing twice)."""
    token = live_server.create_token()
    counter: UsageCounter = live_server.server.app.state.usage
    assert live_server.call("GET", "/tokens/self", key=token["key"]).status_code == 200
    good = counter.db
    counter.db = _Broken()  # type: ignore[assignment]
    try:
        counter.flush()
    finally:
        counter.db = good
    counter.flush()
    usage = _usage(live_server, token["id"], days=1)
    assert usage.allowed == 1


class _Broken:
    """A database whose writes fail as an unreachable server's do."""

    def write(self) -> Any:
        from sqlalchemy.exc import OperationalError

        raise OperationalError("BEGIN", {}, Exception("connection refused"))
