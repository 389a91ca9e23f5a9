"""Authentication and the access policy as a client sees them (ARCHITECTURE §6, §5)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from compliance_client.domain.catalogue import ENDPOINT_IDS
from compliance_client.domain.keys import generate_key

from ..helpers.live_server import LiveServer, ServerFactory, assert_error, session_from


def test_health_needs_no_token(live_server: LiveServer) -> None:
    r = live_server.call("GET", "/health", key=None)
    assert r.status_code == 200
    assert r.json() == {"status": "ok"}


@pytest.mark.parametrize("key", [None, "", "not-a-key", "cct_" + "A" * 49])
def test_missing_or_malformed_key_is_invalid_token(live_server: LiveServer, key) -> None:
    headers = {"Authorization": f"Bearer {key}"} if key is not None else {}
    r = live_server.call("GET", "/tokens", key=None, headers=headers)
    assert_error(r, 401, "invalid_token")
    assert r.headers["WWW-Authenticate"] == "Bearer"


def test_unknown_well_formed_key_is_invalid_token(live_server: LiveServer) -> None:
    assert_error(live_server.call("GET", "/tokens/self", key=generate_key()), 401,
                 "invalid_token")


def test_deleted_token_is_invalid_token(live_server: LiveServer) -> None:
    token = live_server.create_token()
    assert live_server.call("GET", "/tokens/self", key=token["key"]).status_code == 200
    assert live_server.call("DELETE", f"/tokens/{token['id']}").status_code == 204
    assert_error(live_server.call("GET", "/tokens/self", key=token["key"]), 401,
                 "invalid_token")


def test_regenerated_key_replaces_the_old_one(live_server: LiveServer) -> None:
    token = live_server.create_token()
    r = live_server.call("POST", f"/tokens/{token['id']}/regenerate")
    assert r.status_code == 200
    new_key = r.json()["key"]
    assert new_key != token["key"]
    assert_error(live_server.call("GET", "/tokens/self", key=token["key"]), 401,
                 "invalid_token")
    assert live_server.call("GET", "/tokens/self", key=new_key).status_code == 200


def test_expired_token(live_server: LiveServer) -> None:
    token = live_server.create_token()
    assert live_server.call("GET", "/tokens/self", key=token["key"]).status_code == 200
    live_server.set_expiry(token["id"], datetime.now(UTC) - timedelta(minutes=1))
    body = assert_error(live_server.call("GET", "/tokens/self", key=token["key"]), 401,
                        "token_expired")
    assert "expired" in body["detail"]


def test_blocked_ip(live_server: LiveServer) -> None:
    token = live_server.create_token(blocked_ips=["127.0.0.0/8"])
    for path in ("/tokens/self", "/tokens"):  # an address rule comes before tokens.self
        assert_error(live_server.call("GET", path, key=token["key"]), 403, "ip_blocked")


def test_ip_not_allowed_and_allowed(live_server: LiveServer) -> None:
    outside = live_server.create_token(allowed_ips=["10.0.0.0/8", "2001:db8::/32"])
    assert_error(live_server.call("GET", "/tokens/self", key=outside["key"]), 403,
                 "ip_not_allowed")
    inside = live_server.create_token(allowed_ips=["127.0.0.1"])
    assert live_server.call("GET", "/tokens", key=inside["key"]).status_code == 200


def test_blocked_wins_over_allowed_ip(live_server: LiveServer) -> None:
    token = live_server.create_token(allowed_ips=["127.0.0.0/8"], blocked_ips=["127.0.0.1"])
    assert_error(live_server.call("GET", "/tokens", key=token["key"]), 403, "ip_blocked")
    other = session_from("127.0.0.2")
    assert live_server.call("GET", "/tokens", key=token["key"], session=other).status_code == 200


def test_endpoint_blocked_and_not_allowed(live_server: LiveServer) -> None:
    blocked = live_server.create_token(blocked_endpoints=["tokens.*"])
    assert_error(live_server.call("GET", "/tokens", key=blocked["key"]), 403,
                 "endpoint_blocked")
    assert live_server.call("GET", "/devices", key=blocked["key"]).status_code == 200

    only_devices = live_server.create_token(allowed_endpoints=["devices.*"])
    assert_error(live_server.call("GET", "/audit", key=only_devices["key"]), 403,
                 "endpoint_not_allowed")
    assert live_server.call("GET", "/devices", key=only_devices["key"]).status_code == 200


def test_tokens_self_is_always_allowed(live_server: LiveServer) -> None:
    token = live_server.create_token(allowed_endpoints=["devices.read"],
                                     blocked_endpoints=["tokens.*"])
    r = live_server.call("GET", "/tokens/self", key=token["key"])
    assert r.status_code == 200
    body = r.json()
    assert body["token"]["id"] == token["id"]
    assert body["effective_endpoints"] == ["tokens.self", "devices.read"]
    assert body["client_address"] == "127.0.0.1"
    assert r.headers["ETag"] == f'"{token["version"]}"'


def test_unrestricted_token_reaches_everything(live_server: LiveServer) -> None:
    r = live_server.call("GET", "/tokens/self")
    assert r.json()["effective_endpoints"] == list(ENDPOINT_IDS)


def test_failed_authentications_are_throttled_per_address(
        live_server_factory: ServerFactory) -> None:
    server = live_server_factory()
    for _ in range(20):
        assert_error(server.call("GET", "/tokens", key=generate_key()), 401, "invalid_token")
    # From now on this address is refused, even with a good key...
    for key in (generate_key(), server.admin_key):
        r = server.call("GET", "/tokens", key=key)
        assert_error(r, 429, "too_many_attempts")
        assert 55 <= int(r.headers["Retry-After"]) <= 60
    # ...by every server process on the same database (the state lives in the database)...
    second = live_server_factory()
    assert_error(second.call("GET", "/tokens/self"), 429, "too_many_attempts")
    # ...while another address is unaffected.
    other = session_from("127.0.0.2")
    assert server.call("GET", "/tokens", session=other).status_code == 200


def test_nineteen_failures_do_not_throttle(live_server: LiveServer) -> None:
    for _ in range(19):
        assert_error(live_server.call("GET", "/tokens", key=None), 401, "invalid_token")
    assert live_server.call("GET", "/tokens").status_code == 200


def test_forwarded_for_ignored_from_untrusted_peer(live_server_factory: ServerFactory) -> None:
    server = live_server_factory(trusted_proxies=["127.0.0.1"])
    token = server.create_token(allowed_ips=["127.0.0.0/8"])
    spoofed = {"X-Forwarded-For": "10.9.8.7"}
    # 127.0.0.2 is not a trusted proxy: its header is ignored, the peer address counts.
    untrusted = session_from("127.0.0.2")
    r = server.call("GET", "/tokens/self", key=token["key"], session=untrusted, headers=spoofed)
    assert r.status_code == 200
    assert r.json()["client_address"] == "127.0.0.2"


def test_forwarded_for_believed_from_trusted_proxy(live_server_factory: ServerFactory) -> None:
    server = live_server_factory(trusted_proxies=["127.0.0.1"])
    token = server.create_token(allowed_ips=["127.0.0.0/8"])
    trusted = session_from("127.0.0.1")
    r = server.call("GET", "/tokens/self", session=trusted,
                    headers={"X-Forwarded-For": "203.0.113.9, 10.9.8.7, 127.0.0.1"})
    # Right-most address that is not itself a trusted proxy.
    assert r.json()["client_address"] == "10.9.8.7"
    r = server.call("GET", "/tokens/self", key=token["key"], session=trusted,
                    headers={"X-Forwarded-For": "10.9.8.7"})
    assert_error(r, 403, "ip_not_allowed")


def test_last_used_is_recorded_at_most_once_a_minute(live_server: LiveServer) -> None:
    token = live_server.create_token()
    assert token["last_used_at"] is None
    first = live_server.call("GET", "/tokens/self", key=token["key"]).json()["token"]
    assert first["last_used_ip"] == "127.0.0.1"
    assert first["last_used_at"] is not None
    other = session_from("127.0.0.2")

    def use_after(seconds: int) -> dict[str, Any]:
        """The token as a call sees it when its last use was ``seconds`` ago."""
        then = datetime.now(UTC) - timedelta(seconds=seconds)
        live_server.set_last_used(token["id"], then, "127.0.0.1")
        return live_server.call("GET", "/tokens/self", key=token["key"],
                                session=other).json()["token"]

    within = use_after(58)  # under a minute: not recorded again
    assert within["last_used_ip"] == "127.0.0.1"
    assert within["version"] == token["version"]  # use is not an edit
    after = use_after(61)  # over a minute: recorded, with the new address
    assert after["last_used_ip"] == "127.0.0.2"
    assert after["last_used_at"] > within["last_used_at"]
    assert after["version"] == token["version"]


def test_request_id_echoed_or_generated(live_server: LiveServer) -> None:
    r = live_server.call("GET", "/tokens", headers={"X-Request-ID": "abc-123"})
    assert r.headers["X-Request-ID"] == "abc-123"
    r = live_server.call("GET", "/tokens", key=None, headers={"X-Request-ID": "bad id\t!"})
    assert r.status_code == 401
    assert r.headers["X-Request-ID"] not in ("", "bad id\t!")
    assert len({live_server.call("GET", "/health").headers["X-Request-ID"]
                for _ in range(3)}) == 3


def test_locked_database_is_503(live_server_factory: ServerFactory, db_url: str,
                                tmp_path) -> None:
    if not db_url.startswith("sqlite"):
        pytest.skip("locks a SQLite file")
    path = tmp_path / "locked.db"
    server = live_server_factory(db_url_=f"sqlite:///{path}?timeout=0.2")
    assert server.call("GET", "/tokens/self").status_code == 200
    locker = sqlite3.connect(path, isolation_level=None)
    try:
        locker.execute("BEGIN EXCLUSIVE")
        r = server.call("POST", "/tokens",
                        json={"organization_name": "X", "organization_id": "x"})
        assert_error(r, 503, "service_unavailable")
        assert "Traceback" not in r.text
    finally:
        locker.execute("ROLLBACK")
        locker.close()
    r = server.call("POST", "/tokens", json={"organization_name": "X", "organization_id": "x"})
    assert r.status_code == 201


def test_a_new_token_never_inherits_a_deleted_ones_access(live_server: LiveServer) -> None:
    # SQLite gives the next token the id of the newest one deleted; what the server cached
    # for the old token (its compiled policy, its tokens.self answer) must not carry over.
    old = live_server.create_token(organization_name="Old", allowed_endpoints=["*"])
    assert live_server.call("GET", "/tokens", key=old["key"]).status_code == 200
    assert live_server.call("GET", "/tokens/self", key=old["key"]).json()["token"][
        "organization_name"] == "Old"
    assert live_server.call("DELETE", f"/tokens/{old['id']}").status_code == 204
    new = live_server.create_token(organization_name="New",
                                   allowed_endpoints=["tokens.self"])
    assert_error(live_server.call("GET", "/tokens", key=new["key"]), 403,
                 "endpoint_not_allowed")
    me = live_server.call("GET", "/tokens/self", key=new["key"]).json()
    assert me["token"]["organization_name"] == "New"
    assert me["token"]["id"] == new["id"]
    assert me["effective_endpoints"] == ["tokens.self"]


def test_tokens_self_follows_every_change_of_the_token(live_server: LiveServer) -> None:
    token = live_server.create_token(organization_name="Before", blocked_ips=["10.9.9.9"])
    first = live_server.call("GET", "/tokens/self", key=token["key"])
    assert first.json()["token"]["last_used_ip"] == "127.0.0.1"
    assert first.headers["ETag"] == '"1"'
    again = live_server.call("GET", "/tokens/self", key=token["key"])
    assert again.json() == first.json() and again.headers["ETag"] == '"1"'
    edited = live_server.call("PATCH", f"/tokens/{token['id']}", headers={"If-Match": '"1"'},
                              json={"organization_name": "After", "blocked_ips": []})
    assert edited.status_code == 200, edited.text
    after = live_server.call("GET", "/tokens/self", key=token["key"])
    assert after.headers["ETag"] == '"2"'
    assert after.json()["token"]["organization_name"] == "After"
    assert after.json()["token"]["blocked_ips"] == []
    assert after.json()["client_address"] == "127.0.0.1"
