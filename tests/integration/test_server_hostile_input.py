"""Hostile input at the application level (ARCHITECTURE §7): text the database cannot hold, strict
If-Match, concurrent deletes, atomic throttling and a fail-closed X-Forwarded-For. Body size,
slow clients and connection caps are in test_server_limits.py."""

from __future__ import annotations

import json
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest

from compliance_client.domain.keys import generate_key

from ..helpers.live_server import LiveServer, ServerFactory, assert_error


def _raw_json(server: LiveServer, method: str, path: str, text: str) -> object:
    """Send JSON text as written (json.dumps would refuse or re-escape what we want to send)."""
    return server.call(method, path, data=text.encode("utf-8"),
                       headers={"Content-Type": "application/json"})


@pytest.mark.parametrize("name", [r"Acme\ud800", r"Acme\u0000Ltd", r"Acme\u001b[2J",
                                  r"Ac\u0085me", r"Acme\u007f"])
def test_unsafe_text_in_a_token_field_is_422(live_server: LiveServer, name: str) -> None:
    r = _raw_json(live_server, "POST", "/tokens",
                  f'{{"organization_name": "{name}", "organization_id": "acme"}}')
    body = assert_error(r, 422, "invalid_input")
    assert "organization_name" in body["fields"]
    token = live_server.create_token()
    r = live_server.call("PATCH", f"/tokens/{token['id']}", data=(
        f'{{"organization_name": "{name}"}}').encode(),
        headers={"If-Match": '"1"', "Content-Type": "application/json"})
    assert_error(r, 422, "invalid_input")


@pytest.mark.parametrize("field", ["hostname", "profile_name"])
@pytest.mark.parametrize("text", [r"pc\ud800", r"pc\u0000", r"pc\u001b]0;owned\u0007"])
def test_unsafe_text_in_a_device_field_is_422(live_server: LiveServer, field: str,
                                              text: str) -> None:
    other = "hostname" if field == "profile_name" else "profile_name"
    r = _raw_json(live_server, "POST", "/devices",
                  f'{{"device_id": "pc-1", "{field}": "{text}", "{other}": "x"}}')
    body = assert_error(r, 422, "invalid_input")
    assert field in body["fields"]


@pytest.mark.parametrize("q", ["a%00b", "x%1By", "%7F"])
def test_unsafe_text_in_a_search_is_422(live_server: LiveServer, q: str) -> None:
    r = live_server.call("GET", f"/tokens?q={q}")
    body = assert_error(r, 422, "invalid_input")
    assert "Retry-After" not in r.headers
    assert "q" in body["fields"]


def test_a_search_that_is_not_utf8_is_no_server_fault(live_server: LiveServer) -> None:
    # A lone surrogate as UTF-8 bytes (ED A0 80) and stray bytes: decoded as replacement
    # characters, they find nothing, and nothing fails.
    for q in ("%ED%A0%80x", "%FF%FE"):
        r = live_server.call("GET", f"/tokens?q={q}")
        assert r.status_code == 200, r.text
        assert r.json()["total"] == 0


def test_a_422_lists_at_most_twenty_problems(live_server: LiveServer) -> None:
    r = live_server.call("POST", "/tokens", json={
        "organization_name": "Acme", "organization_id": "acme",
        "allowed_ips": [f"not-an-ip-{i}" for i in range(200)]})
    body = assert_error(r, 422, "invalid_input")
    assert 1 <= len(body["fields"]) <= 20
    r = live_server.call("POST", "/tokens", json={f"unknown_{i}": i for i in range(100)})
    body = assert_error(r, 422, "invalid_input")
    assert 1 <= len(body["fields"]) <= 20
    assert len(body["detail"]) < 5000


@pytest.mark.parametrize("header", ['"1"', "*", 'W/"1"', "1", '"1", "2"', '"2", "1"', '"1"x',
                                    '""'])
def test_if_match_is_one_strong_tag_or_428(live_server: LiveServer, header: str) -> None:
    token = live_server.create_token()
    r = live_server.call("PATCH", f"/tokens/{token['id']}", json={"organization_name": "New"},
                         headers={"If-Match": header})
    if header == '"1"':
        assert r.status_code == 200, r.text
    else:
        assert_error(r, 428, "if_match_required")
        assert live_server.call("GET", f"/tokens/{token['id']}").json()[
            "organization_name"] == "Acme Corp"


def test_concurrent_deletes_of_one_token_answer_one_204(live_server: LiveServer) -> None:
    for _round in range(3):
        token = live_server.create_token()
        barrier = threading.Barrier(8)

        def delete(token_id: int = token["id"], barrier: threading.Barrier = barrier) -> int:
            barrier.wait()
            return live_server.call("DELETE", f"/tokens/{token_id}").status_code

        with ThreadPoolExecutor(8) as pool:
            statuses = sorted(pool.map(lambda _: delete(), range(8)))
        assert statuses == [204] + [404] * 7, statuses
    audit = live_server.call("GET", "/audit?limit=500").json()["items"]
    assert sum(e["action"] == "tokens.delete" for e in audit) == 3


def test_parallel_bad_keys_get_at_most_twenty_401(live_server: LiveServer) -> None:
    def attempt(_: int) -> int:
        return live_server.call("GET", "/tokens/self", key=generate_key()).status_code

    with ThreadPoolExecutor(50) as pool:
        statuses = list(pool.map(attempt, range(200)))
    assert set(statuses) <= {401, 429}
    assert statuses.count(401) <= 20, statuses.count(401)
    assert statuses.count(401) >= 1


def test_ipv6_callers_count_per_64(live_server_factory: ServerFactory) -> None:
    server = live_server_factory(trusted_proxies=["127.0.0.1"])
    for i in range(20):
        r = server.call("GET", "/tokens/self", key=generate_key(),
                        headers={"X-Forwarded-For": f"2001:db8:1:2::{i + 1:x}"})
        assert r.status_code == 401
    # Another address of the same /64: already blocked.
    r = server.call("GET", "/tokens/self", key=generate_key(),
                    headers={"X-Forwarded-For": "2001:db8:1:2:ffff::1"})
    assert_error(r, 429, "too_many_attempts")
    # Another /64 is not.
    r = server.call("GET", "/tokens/self", headers={"X-Forwarded-For": "2001:db8:1:3::1"})
    assert r.status_code == 200


@pytest.mark.parametrize("forwarded", ["garbage", "10.0.0.9, not-an-ip", "unknown"])
def test_forwarded_for_that_is_not_an_address_leaves_the_caller_unknown(
        live_server_factory: ServerFactory, forwarded: str) -> None:
    server = live_server_factory(trusted_proxies=["127.0.0.1"])
    # Only the proxy may use this token: the caller must never be taken to be the proxy.
    proxy_only = server.create_token(allowed_ips=["127.0.0.1"])
    for _ in range(25):
        r = server.call("GET", "/tokens/self", key=proxy_only["key"],
                        headers={"X-Forwarded-For": forwarded})
        assert_error(r, 401, "invalid_token")
    # Nothing was counted against the proxy's own address.
    assert server.call("GET", "/tokens/self", key=proxy_only["key"]).status_code == 200


def test_refusals_are_logged_at_warning_with_prefix_and_code(
        live_server: LiveServer, caplog: pytest.LogCaptureFixture) -> None:
    token = live_server.create_token(allowed_endpoints=["tokens.read"])
    with caplog.at_level("WARNING", logger="compliance_client.server"):
        r = live_server.call("GET", "/devices", key=token["key"])
        assert r.status_code == 403
        r = live_server.call("POST", "/tokens", key=live_server.admin_key, json={
            "organization_name": "x", "organization_id": "x", "scope": "bogus"})
    lines = [rec.getMessage() for rec in caplog.records if rec.levelname == "WARNING"]
    assert any(token["key_prefix"] in line and "endpoint_not_allowed" in line
               and "devices.list" in line for line in lines), lines
    assert all(token["key"] not in line for line in lines)
    assert json.dumps(lines)  # plain text, nothing exotic
