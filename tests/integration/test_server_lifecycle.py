"""Token lifecycle over HTTP (DESIGN §10): the new token fields, suspend and resume, grace
periods of regenerate and rotate_self, and revoke_leaked, against the real server."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests

from compliance_client.domain.keys import generate_key, hash_key
from compliance_client.server.bootstrap import issue_admin_token
from compliance_client.server.schemas import IssuedTokenOut, TokenOut

from ..helpers.live_server import LiveServer, assert_error, session_from


def _self(server: LiveServer, key: str) -> requests.Response:
    return server.call("GET", "/tokens/self", key=key)


def _audit(server: LiveServer, action: str) -> list[dict[str, Any]]:
    items = server.call("GET", "/audit?limit=500").json()["items"]
    return [e for e in items if e["action"] == action]


def _end_grace(server: LiveServer, token_id: int) -> None:
    """Move the grace period's end into the past, straight in the database (a clock that
    moved on), instead of sleeping through it."""
    from sqlalchemy import update

    from compliance_client.server.db import Database
    from compliance_client.server.models import TokenRow

    db = Database(server.db_url)
    try:
        with db.write() as session:
            session.execute(update(TokenRow).where(TokenRow.id == token_id).values(
                previous_key_expires_at=datetime.now(UTC) - timedelta(seconds=1)))
    finally:
        db.dispose()


def _regenerate(server: LiveServer, token_id: int, **body: Any) -> dict[str, Any]:
    r = server.call("POST", f"/tokens/{token_id}/regenerate", json=body or None)
    assert r.status_code == 200, r.text
    data = r.json()
    server.issued_keys.append(data["key"])
    return data


# ---- token fields ---------------------------------------------------------------------------


def test_token_json_carries_the_lifecycle_fields(live_server: LiveServer) -> None:
    admin_id = _self(live_server, live_server.admin_key).json()["token"]["id"]
    created = live_server.create_token(name="CI deploy", description="Deploys main.\nAsk ops.",
                                       owner="ops@example.com")
    token = IssuedTokenOut.model_validate(created)
    assert (token.name, token.description, token.owner) == (
        "CI deploy", "Deploys main.\nAsk ops.", "ops@example.com")
    assert (token.status, token.suspended_reason) == ("active", None)
    assert token.created_by == admin_id
    assert token.previous_key_expires_at is None
    # The bootstrap token was issued on the server's own machine: created by no token.
    me = TokenOut.model_validate(_self(live_server, live_server.admin_key).json()["token"])
    assert me.created_by is None and me.name == ""

    r = live_server.call("PATCH", f"/tokens/{token.id}", headers={"If-Match": '"1"'},
                         json={"name": "CI deploy (old)", "owner": None})
    assert r.status_code == 200, r.text
    assert (r.json()["name"], r.json()["owner"]) == ("CI deploy (old)", "")
    [entry] = _audit(live_server, "tokens.update")
    assert entry["changes"] == {"name": ["CI deploy", "CI deploy (old)"],
                                "owner": ["ops@example.com", ""]}
    [created_entry] = [e for e in _audit(live_server, "tokens.create")
                       if e["target"] == f"token:{token.id}"]
    assert created_entry["changes"]["name"] == [None, "CI deploy"]


def test_text_fields_are_validated_with_their_names(live_server: LiveServer) -> None:
    body = assert_error(live_server.call("POST", "/tokens", json={
        "organization_name": "Acme", "organization_id": "acme", "name": "x" * 101,
        "description": "a\x07b", "owner": "o\x00"}), 422, "invalid_input")
    assert set(body["fields"]) == {"name", "description", "owner"}
    assert "100" in body["fields"]["name"]
    body = assert_error(live_server.call("POST", "/tokens", json={
        "organization_name": "Acme", "organization_id": "acme", "owner": 5}),
        422, "invalid_input")
    assert set(body["fields"]) == {"owner"}


# ---- regenerate and grace periods -------------------------------------------------------------


def test_regenerate_without_grace_stops_the_old_key_at_once(live_server: LiveServer) -> None:
    token = live_server.create_token()
    issued = _regenerate(live_server, token["id"])
    assert issued["previous_key_expires_at"] is None
    assert_error(_self(live_server, token["key"]), 401, "invalid_token")
    assert _self(live_server, issued["key"]).status_code == 200


def test_old_key_works_during_the_grace_period_then_not(live_server: LiveServer) -> None:
    token = live_server.create_token(allowed_endpoints=["tokens.read"])
    before = datetime.now(UTC)
    issued = _regenerate(live_server, token["id"], grace_seconds=3600)
    until = datetime.fromisoformat(issued["previous_key_expires_at"].replace("Z", "+00:00"))
    assert before + timedelta(seconds=3590) < until < before + timedelta(seconds=3610)
    assert issued["allowed_endpoints"] == ["tokens.read"]  # the reach is unchanged

    # The old key is the same token, with the same reach and checks.
    old = _self(live_server, token["key"])
    assert old.status_code == 200 and old.json()["token"]["id"] == token["id"]
    assert old.json()["token"]["key_prefix"] == issued["key_prefix"]
    assert live_server.call("GET", f"/tokens/{token['id']}", key=token["key"]).status_code == 200
    assert_error(live_server.call("GET", "/tokens", key=token["key"]), 403,
                 "endpoint_not_allowed")
    assert _self(live_server, issued["key"]).status_code == 200

    _end_grace(live_server, token["id"])
    assert_error(_self(live_server, token["key"]), 401, "invalid_token")
    assert _self(live_server, issued["key"]).status_code == 200

    [entry] = _audit(live_server, "tokens.regenerate")
    assert entry["changes"]["grace_seconds"] == [None, 3600]
    assert entry["changes"]["previous_key_expires_at"][1] == issued["previous_key_expires_at"]
    assert entry["changes"]["key_prefix"] == [token["key_prefix"], issued["key_prefix"]]
    text = str(entry)
    for secret in (token["key"], issued["key"], hash_key(token["key"]),
                   hash_key(issued["key"])):
        assert secret not in text


def test_only_one_previous_key_is_kept(live_server: LiveServer) -> None:
    token = live_server.create_token()
    second = _regenerate(live_server, token["id"], grace_seconds=600)
    third = _regenerate(live_server, token["id"], grace_seconds=600)
    assert_error(_self(live_server, token["key"]), 401, "invalid_token")
    assert _self(live_server, second["key"]).status_code == 200
    assert _self(live_server, third["key"]).status_code == 200
    # A regenerate without grace ends the previous key too.
    fourth = _regenerate(live_server, token["id"], grace_seconds=0)
    assert fourth["previous_key_expires_at"] is None
    assert_error(_self(live_server, third["key"]), 401, "invalid_token")
    assert _self(live_server, fourth["key"]).status_code == 200


@pytest.mark.parametrize("grace", [-1, 604801, "60", True, 1.5, None])
def test_bad_grace_is_invalid_input_naming_it(live_server: LiveServer, grace: Any) -> None:
    token = live_server.create_token()
    for path, key in ((f"/tokens/{token['id']}/regenerate", live_server.admin_key),
                      ("/tokens/self/rotate", token["key"])):
        body = assert_error(live_server.call("POST", path, key=key,
                                             json={"grace_seconds": grace}),
                            422, "invalid_input")
        assert "grace_seconds" in body["fields"], body
    assert _self(live_server, token["key"]).status_code == 200  # nothing was replaced
    body = assert_error(live_server.call("POST", f"/tokens/{token['id']}/regenerate",
                                         json={"grace": 60}), 422, "invalid_input")
    assert "grace" in body["fields"]


# ---- suspend and resume ------------------------------------------------------------------------


def test_suspend_and_resume(live_server: LiveServer) -> None:
    token = live_server.create_token()
    r = live_server.call("POST", f"/tokens/{token['id']}/suspend")
    assert r.status_code == 200, r.text
    suspended = TokenOut.model_validate(r.json())
    assert (suspended.status, suspended.suspended_reason) == ("suspended", "admin")
    assert suspended.version == 2 and r.headers["ETag"] == '"2"'
    body = assert_error(_self(live_server, token["key"]), 401, "token_suspended")
    assert "suspended" in body["detail"]

    again = live_server.call("POST", f"/tokens/{token['id']}/suspend")
    assert again.status_code == 200 and again.json() == r.json()  # idempotent
    assert len(_audit(live_server, "tokens.suspend")) == 1

    r = live_server.call("POST", f"/tokens/{token['id']}/resume")
    assert r.status_code == 200, r.text
    assert (r.json()["status"], r.json()["suspended_reason"], r.json()["version"]) == (
        "active", None, 3)
    assert _self(live_server, token["key"]).status_code == 200
    assert live_server.call("POST", f"/tokens/{token['id']}/resume").json()["version"] == 3
    [suspend_entry] = _audit(live_server, "tokens.suspend")
    [resume_entry] = _audit(live_server, "tokens.resume")
    assert suspend_entry["changes"] == {"status": ["active", "suspended"],
                                        "suspended_reason": [None, "admin"]}
    assert resume_entry["changes"] == {"status": ["suspended", "active"],
                                       "suspended_reason": ["admin", None]}
    assert_error(live_server.call("POST", "/tokens/999/suspend"), 404, "not_found")


def test_a_suspended_key_counts_towards_the_throttle(live_server: LiveServer) -> None:
    token = live_server.create_token()
    live_server.call("POST", f"/tokens/{token['id']}/suspend")
    other = session_from("127.0.0.3")  # keep the block away from the admin's address
    statuses = [live_server.call("GET", "/tokens/self", key=token["key"],
                                 session=other).status_code for _ in range(21)]
    assert statuses == [401] * 20 + [429]


def test_suspending_the_last_administrator_is_refused(live_server: LiveServer) -> None:
    me = _self(live_server, live_server.admin_key).json()["token"]
    assert_error(live_server.call("POST", f"/tokens/{me['id']}/suspend"), 409, "last_admin")
    assert _self(live_server, live_server.admin_key).status_code == 200
    # With a second administrator it may be suspended, and the second may not then be.
    second = live_server.create_token(scope="global")
    assert live_server.call("POST", f"/tokens/{me['id']}/suspend").status_code == 200
    assert_error(live_server.call("POST", f"/tokens/{second['id']}/suspend", key=second["key"]),
                 409, "last_admin")
    # A suspended administrator is no administrator: the other one may not be deleted.
    assert_error(live_server.call("DELETE", f"/tokens/{second['id']}", key=second["key"]),
                 409, "last_admin")


def test_suspend_follows_the_reach_rules(live_server: LiveServer) -> None:
    narrow = live_server.create_token(allowed_endpoints=["tokens.*"])
    wide = live_server.create_token()
    ops = live_server.create_token(organization_id="ops", organization_name="Ops")
    admin_id = _self(live_server, live_server.admin_key).json()["token"]["id"]
    for action in ("suspend", "resume"):
        assert_error(live_server.call("POST", f"/tokens/{wide['id']}/{action}",
                                      key=narrow["key"]), 403, "privilege_escalation")
        # Another organization's token, and a global one, are not in an acme token's view.
        assert_error(live_server.call("POST", f"/tokens/{ops['id']}/{action}",
                                      key=wide["key"]), 404, "not_found")
        assert_error(live_server.call("POST", f"/tokens/{admin_id}/{action}",
                                      key=wide["key"]), 404, "not_found")
    # A token reaches as far as itself, and a wider one may suspend a narrower one.
    assert live_server.call("POST", f"/tokens/{narrow['id']}/suspend",
                            key=wide["key"]).status_code == 200
    assert_error(_self(live_server, narrow["key"]), 401, "token_suspended")
    assert _self(live_server, wide["key"]).status_code == 200


def test_suspend_is_governed_by_endpoint_lists(live_server: LiveServer) -> None:
    token = live_server.create_token(blocked_endpoints=["tokens.suspend"])
    target = live_server.create_token(allowed_endpoints=["tokens.read"])
    assert_error(live_server.call("POST", f"/tokens/{target['id']}/suspend", key=token["key"]),
                 403, "endpoint_blocked")
    assert live_server.call("POST", f"/tokens/{target['id']}/resume",
                            key=token["key"]).status_code == 200


# ---- rotate_self ------------------------------------------------------------------------------


def test_rotate_self_gives_the_caller_a_new_key(live_server: LiveServer) -> None:
    token = live_server.create_token(allowed_endpoints=["tokens.self", "tokens.rotate_self"])
    r = live_server.call("POST", "/tokens/self/rotate", key=token["key"],
                         json={"grace_seconds": 3600})
    assert r.status_code == 200, r.text
    issued = IssuedTokenOut.model_validate(r.json())
    live_server.issued_keys.append(issued.key)
    assert issued.id == token["id"] and issued.key != token["key"]
    assert issued.allowed_endpoints == ["tokens.self", "tokens.rotate_self"]
    assert issued.previous_key_expires_at is not None
    assert _self(live_server, issued.key).status_code == 200
    assert _self(live_server, token["key"]).status_code == 200  # during the grace period
    [entry] = _audit(live_server, "tokens.rotate_self")
    assert entry["token_id"] == token["id"] and entry["target"] == f"token:{token['id']}"

    # Without grace the key it was called with stops at once.
    r = live_server.call("POST", "/tokens/self/rotate", key=issued.key, json={})
    assert r.status_code == 200, r.text
    live_server.issued_keys.append(r.json()["key"])
    assert_error(_self(live_server, issued.key), 401, "invalid_token")
    assert_error(_self(live_server, token["key"]), 401, "invalid_token")
    assert _self(live_server, r.json()["key"]).status_code == 200


def test_rotate_self_is_governed_by_endpoint_lists(live_server: LiveServer) -> None:
    allowed_elsewhere = live_server.create_token(allowed_endpoints=["tokens.read"])
    blocked = live_server.create_token(blocked_endpoints=["tokens.rotate_self"])
    assert_error(live_server.call("POST", "/tokens/self/rotate", key=allowed_elsewhere["key"],
                                  json={"grace_seconds": 0}), 403, "endpoint_not_allowed")
    assert_error(live_server.call("POST", "/tokens/self/rotate", key=blocked["key"],
                                  json={"grace_seconds": 0}), 403, "endpoint_blocked")
    for token in (allowed_elsewhere, blocked):  # their keys were not replaced
        assert _self(live_server, token["key"]).status_code == 200


# ---- revoke_leaked ----------------------------------------------------------------------------


def _report(server: LiveServer, body: Any, *, source: str | None = None) -> requests.Response:
    session = session_from(source) if source else server.http
    return server.call("POST", "/tokens/revoke", key=None, json=body, session=session)


def test_revoke_leaked_suspends_and_is_no_oracle(live_server: LiveServer) -> None:
    token = live_server.create_token()
    unknown = _report(live_server, {"keys": [generate_key(), "not even a key"]})
    known = _report(live_server, {"keys": [token["key"]]})
    for r in (unknown, known):
        assert r.status_code == 202, r.text
        assert "WWW-Authenticate" not in r.headers
    assert unknown.content == known.content == b'{"status":"accepted"}'

    body = assert_error(_self(live_server, token["key"]), 401, "token_suspended")
    assert body["detail"]
    read = live_server.call("GET", f"/tokens/{token['id']}").json()
    assert (read["status"], read["suspended_reason"]) == ("suspended", "leaked")
    [entry] = _audit(live_server, "tokens.revoke_leaked")
    assert (entry["token_id"], entry["key_prefix"], entry["address"], entry["target"]) == (
        None, "", "127.0.0.1", f"token:{token['id']}")
    assert entry["changes"] == {"status": ["active", "suspended"],
                                "suspended_reason": [None, "leaked"]}
    assert token["key"] not in str(entry)
    # Reported again: nothing more changes, nothing more is recorded.
    assert _report(live_server, {"keys": [token["key"]]}).status_code == 202
    assert len(_audit(live_server, "tokens.revoke_leaked")) == 1

    # An administrator may resume it; the audit keeps the reason it had.
    r = live_server.call("POST", f"/tokens/{token['id']}/resume")
    assert r.status_code == 200 and r.json()["suspended_reason"] is None
    [resumed] = _audit(live_server, "tokens.resume")
    assert resumed["changes"]["suspended_reason"] == ["leaked", None]


def test_a_leaked_previous_key_suspends_its_token(live_server: LiveServer) -> None:
    token = live_server.create_token()
    issued = _regenerate(live_server, token["id"], grace_seconds=3600)
    assert _report(live_server, {"keys": [token["key"]]}).status_code == 202
    read = live_server.call("GET", f"/tokens/{token['id']}").json()
    assert (read["status"], read["suspended_reason"]) == ("suspended", "leaked")
    assert read["previous_key_expires_at"] is None
    assert_error(_self(live_server, issued["key"]), 401, "token_suspended")
    # Resumed, the new key works again and the reported one does not come back.
    live_server.call("POST", f"/tokens/{token['id']}/resume")
    assert _self(live_server, issued["key"]).status_code == 200
    assert_error(_self(live_server, token["key"]), 401, "invalid_token")


def test_a_leaked_last_administrator_is_suspended_too(live_server: LiveServer) -> None:
    assert _report(live_server, {"keys": [live_server.admin_key]}).status_code == 202
    assert_error(_self(live_server, live_server.admin_key), 401, "token_suspended")
    # The operator recovers on the server's own machine.
    key = issue_admin_token(live_server.db_url)
    live_server.issued_keys.append(key)
    assert _self(live_server, key).status_code == 200


@pytest.mark.parametrize("body", [
    {}, {"keys": []}, {"keys": "cct_x"}, {"keys": [1]}, {"keys": [""]},
    {"keys": ["x" * 257]}, {"keys": ["k"] * 101}, {"keys": ["k"], "more": 1}, ["k"], None,
    {"keys": ["\ud800"]}, {"keys": ["cct_\x00"]},
])
def test_revoke_leaked_refuses_malformed_bodies(live_server: LiveServer, body: Any) -> None:
    response = _report(live_server, body)
    answer = assert_error(response, 422, "invalid_input")
    assert answer["fields"], answer


def test_revoke_leaked_is_throttled(live_server: LiveServer) -> None:
    token = live_server.create_token()
    reporter = "127.0.0.2"
    statuses = [_report(live_server, {"keys": [generate_key()]}, source=reporter).status_code
                for _ in range(20)]
    assert statuses == [202] * 20
    refused = _report(live_server, {"keys": [token["key"]]}, source=reporter)
    assert_error(refused, 429, "too_many_attempts")
    assert int(refused.headers["Retry-After"]) >= 1
    # Refused before looking: the token still works, and malformed calls are refused too.
    assert _self(live_server, token["key"]).status_code == 200
    assert_error(_report(live_server, {}, source=reporter), 429, "too_many_attempts")
    # Other addresses are not affected.
    assert _report(live_server, {"keys": [generate_key()]}).status_code == 202
