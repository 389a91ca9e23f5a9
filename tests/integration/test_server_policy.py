"""The token policy over HTTP (DESIGN §10): policy.read and policy.update, its audit entries,
and its enforcement on tokens.create and tokens.update, against the real server."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from compliance_client.server.bootstrap import issue_admin_token
from compliance_client.server.schemas import PolicyOut

from ..helpers.live_server import LiveServer, assert_error

DEFAULTS = {"max_lifetime_days": None, "require_expiry": False,
            "require_ip_restriction": False, "default_lifetime_days": 90,
            "warn_before_days": 14}


def _in_days(days: float) -> str:
    return (datetime.now(UTC) + timedelta(days=days)).replace(microsecond=0).isoformat()


def _set(server: LiveServer, **changes: Any) -> dict[str, Any]:
    r = server.call("PUT", "/policy", json={**DEFAULTS, **changes})
    assert r.status_code == 200, r.text
    return r.json()


def _policy_entries(server: LiveServer, key: str | None = None) -> list[dict[str, Any]]:
    r = server.call("GET", "/audit?limit=500", **({"key": key} if key else {}))
    return [e for e in r.json()["items"] if e["action"] == "policy.update"]


def test_policy_defaults_and_update(live_server: LiveServer) -> None:
    r = live_server.call("GET", "/policy")
    assert r.status_code == 200
    assert PolicyOut.model_validate(r.json()).model_dump() == DEFAULTS

    wanted = {"max_lifetime_days": 30, "require_expiry": True, "require_ip_restriction": False,
              "default_lifetime_days": 7, "warn_before_days": 5}
    r = live_server.call("PUT", "/policy", json=wanted)
    assert r.status_code == 200, r.text
    assert r.json() == wanted
    assert live_server.call("GET", "/policy").json() == wanted

    [entry] = _policy_entries(live_server)
    assert entry["target"] == "policy"
    assert entry["changes"] == {"max_lifetime_days": [None, 30], "require_expiry": [False, True],
                                "default_lifetime_days": [90, 7], "warn_before_days": [14, 5]}
    # The same policy again changes nothing and records nothing.
    assert live_server.call("PUT", "/policy", json=wanted).status_code == 200
    assert len(_policy_entries(live_server)) == 1


@pytest.mark.parametrize(("body", "fields"), [
    ({k: v for k, v in DEFAULTS.items() if k != "warn_before_days"}, {"warn_before_days"}),
    ({**DEFAULTS, "colour": "red"}, {"colour"}),
    ({**DEFAULTS, "max_lifetime_days": 0}, {"max_lifetime_days"}),
    ({**DEFAULTS, "max_lifetime_days": "30"}, {"max_lifetime_days"}),
    ({**DEFAULTS, "require_expiry": "yes"}, {"require_expiry"}),
    ({**DEFAULTS, "require_ip_restriction": None}, {"require_ip_restriction"}),
    ({**DEFAULTS, "warn_before_days": -1}, {"warn_before_days"}),
    ({**DEFAULTS, "max_lifetime_days": 30, "default_lifetime_days": 90},
     {"default_lifetime_days"}),
])
def test_bad_policy_is_invalid_input_naming_the_field(live_server: LiveServer,
                                                      body: dict[str, Any],
                                                      fields: set[str]) -> None:
    answer = assert_error(live_server.call("PUT", "/policy", json=body), 422, "invalid_input")
    assert fields <= set(answer["fields"]), answer
    assert live_server.call("GET", "/policy").json() == DEFAULTS  # nothing changed


def test_organization_callers_read_but_do_not_change_the_policy(live_server: LiveServer) -> None:
    acme = live_server.create_token()
    _set(live_server, warn_before_days=3)
    assert live_server.call("GET", "/policy", key=acme["key"]).json()["warn_before_days"] == 3
    assert_error(live_server.call("PUT", "/policy", key=acme["key"], json=DEFAULTS),
                 403, "privilege_escalation")
    # Endpoint lists come first: a token that cannot reach policy.update is told that.
    reader = live_server.create_token(allowed_endpoints=["policy.read"])
    assert_error(live_server.call("PUT", "/policy", key=reader["key"], json=DEFAULTS),
                 403, "endpoint_not_allowed")
    assert live_server.call("GET", "/policy").json()["warn_before_days"] == 3
    # A global administrator's change belongs to no organization: acme does not see it. Acme's
    # refused attempt is audited (DESIGN §11) and is acme's to see.
    entries = _policy_entries(live_server)
    assert [e["changes"] == {"refused": ["", "privilege_escalation"]} for e in entries] == [
        True, False]
    assert entries[0]["token_id"] == acme["id"]
    assert _policy_entries(live_server, acme["key"]) == [entries[0]]


def test_max_lifetime_on_create_and_update(live_server: LiveServer) -> None:
    _set(live_server, max_lifetime_days=30, default_lifetime_days=30)
    for expires in (_in_days(31), None):
        body = assert_error(live_server.call("POST", "/tokens", json={
            "organization_name": "Acme", "organization_id": "acme", "expires_at": expires}),
            422, "policy_violation")
        assert set(body["fields"]) == {"expires_at"}
        assert "30 days" in body["fields"]["expires_at"]
    token = live_server.create_token(expires_at=_in_days(29))
    headers = {"If-Match": '"1"'}
    body = assert_error(live_server.call("PATCH", f"/tokens/{token['id']}", headers=headers,
                                         json={"expires_at": _in_days(60)}),
                        422, "policy_violation")
    assert set(body["fields"]) == {"expires_at"}
    r = live_server.call("PATCH", f"/tokens/{token['id']}", headers=headers,
                         json={"expires_at": _in_days(10)})
    assert r.status_code == 200, r.text


def test_require_expiry_on_create_and_update(live_server: LiveServer) -> None:
    old = live_server.create_token()  # made before the policy: never expires
    _set(live_server, require_expiry=True)
    body = assert_error(live_server.call("POST", "/tokens", json={
        "organization_name": "Acme", "organization_id": "acme"}), 422, "policy_violation")
    assert set(body["fields"]) == {"expires_at"}
    assert live_server.create_token(expires_at=_in_days(400))["expires_at"]
    # An update that does not set the expiry is not held to the rule...
    r = live_server.call("PATCH", f"/tokens/{old['id']}", headers={"If-Match": '"1"'},
                         json={"name": "legacy"})
    assert r.status_code == 200, r.text
    # ...one that sets it to never is.
    assert_error(live_server.call("PATCH", f"/tokens/{old['id']}", headers={"If-Match": '"2"'},
                                  json={"expires_at": None}), 422, "policy_violation")


def test_require_ip_restriction_on_create_and_update(live_server: LiveServer) -> None:
    _set(live_server, require_ip_restriction=True)
    body = assert_error(live_server.call("POST", "/tokens", json={
        "organization_name": "Acme", "organization_id": "acme",
        "blocked_ips": ["10.0.0.1"]}), 422, "policy_violation")
    assert set(body["fields"]) == {"allowed_ips"}
    token = live_server.create_token(allowed_ips=["127.0.0.1"])
    headers = {"If-Match": '"1"'}
    body = assert_error(live_server.call("PATCH", f"/tokens/{token['id']}", headers=headers,
                                         json={"allowed_ips": []}), 422, "policy_violation")
    assert set(body["fields"]) == {"allowed_ips"}
    r = live_server.call("PATCH", f"/tokens/{token['id']}", headers=headers,
                         json={"owner": "ops"})
    assert r.status_code == 200, r.text


def test_every_broken_rule_is_named_at_once(live_server: LiveServer) -> None:
    _set(live_server, max_lifetime_days=30, default_lifetime_days=30,
         require_ip_restriction=True)
    body = assert_error(live_server.call("POST", "/tokens", json={
        "organization_name": "Acme", "organization_id": "acme", "expires_at": _in_days(90)}),
        422, "policy_violation")
    assert set(body["fields"]) == {"expires_at", "allowed_ips"}


def test_warn_before_days_reaches_tokens_self_at_once(live_server: LiveServer) -> None:
    token = live_server.create_token(allowed_endpoints=["devices.read"])
    assert live_server.call("GET", "/tokens/self", key=token["key"]).json()[
        "warn_before_days"] == 14
    _set(live_server, warn_before_days=30)
    # Its own lists do not reach policy.read; tokens.self still tells it.
    assert_error(live_server.call("GET", "/policy", key=token["key"]), 403,
                 "endpoint_not_allowed")
    assert live_server.call("GET", "/tokens/self", key=token["key"]).json()[
        "warn_before_days"] == 30


def test_tokens_issued_on_the_server_machine_are_not_held_to_the_policy(
        live_server: LiveServer) -> None:
    _set(live_server, require_expiry=True, require_ip_restriction=True)
    key = issue_admin_token(live_server.db_url)
    live_server.issued_keys.append(key)
    me = live_server.call("GET", "/tokens/self", key=key).json()["token"]
    assert (me["expires_at"], me["allowed_ips"]) == (None, [])
