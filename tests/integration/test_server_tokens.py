"""tokens.* over HTTP: shapes, list/search/sort, If-Match, validation, reach, audit."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest

from compliance_client.domain.keys import key_format_problem
from compliance_client.server.schemas import (
    AuditPageOut,
    IssuedTokenOut,
    TokenAccessOut,
    TokenOut,
    TokenPageOut,
)

from ..helpers.live_server import LiveServer, assert_error, session_from

FUTURE = (datetime.now(UTC) + timedelta(days=30)).replace(microsecond=0)


def test_create_returns_key_once(live_server: LiveServer) -> None:
    r = live_server.call("POST", "/tokens", json={
        "organization_name": "  Acme Corp ", "organization_id": "acme-01",
        "allowed_endpoints": ["devices.*"], "blocked_ips": ["10.0.0.0/8", "::ffff:192.0.2.1"],
        "expires_at": FUTURE.isoformat()})
    assert r.status_code == 201, r.text
    created = IssuedTokenOut.model_validate(r.json())
    assert key_format_problem(created.key) is None
    assert created.key_prefix == created.key[:12]
    assert created.organization_name == "Acme Corp"  # cleaned as the domain rules say
    assert created.blocked_ips == ["10.0.0.0/8", "192.0.2.1"]
    assert created.expires_at == FUTURE.isoformat().replace("+00:00", "Z")
    assert created.version == 1
    assert created.bound_devices == []  # bound to no device unless asked (DESIGN §9)
    assert r.headers["ETag"] == '"1"'
    assert r.headers["Location"] == f"/api/v1/tokens/{created.id}"

    r = live_server.call("GET", f"/tokens/{created.id}")
    assert r.status_code == 200
    assert r.headers["ETag"] == '"1"'
    assert "key" not in r.json()
    assert TokenOut.model_validate(r.json()).organization_id == "acme-01"
    listed = live_server.call("GET", "/tokens").json()
    assert all("key" not in item for item in listed["items"])


def test_read_missing_token_is_404(live_server: LiveServer) -> None:
    assert_error(live_server.call("GET", "/tokens/999"), 404, "not_found")
    assert_error(live_server.call("DELETE", "/tokens/999"), 404, "not_found")
    assert_error(live_server.call("POST", "/tokens/999/regenerate"), 404, "not_found")
    assert_error(live_server.call("PATCH", "/tokens/999", json={}, headers={"If-Match": '"1"'}),
                 404, "not_found")


def test_delete(live_server: LiveServer) -> None:
    token = live_server.create_token()
    r = live_server.call("DELETE", f"/tokens/{token['id']}")
    assert r.status_code == 204
    assert r.content == b""
    assert_error(live_server.call("GET", f"/tokens/{token['id']}"), 404, "not_found")


def test_invalid_input_names_each_field(live_server: LiveServer) -> None:
    r = live_server.call("POST", "/tokens", json={
        "organization_name": "", "organization_id": "acme corp",
        "allowed_ips": ["10.0.0.1/8"], "blocked_endpoints": ["nope.*"],
        "expires_at": "2001-01-01T00:00:00Z"})
    body = assert_error(r, 422, "invalid_input")
    assert set(body["fields"]) == {"organization_name", "organization_id", "allowed_ips",
                                   "blocked_endpoints", "expires_at"}
    assert "10.0.0.0/8" in body["fields"]["allowed_ips"]  # "did you mean ..."


def test_request_shape_errors_are_contract_422(live_server: LiveServer) -> None:
    body = assert_error(live_server.call("POST", "/tokens", json={"organization_id": "a",
                                                                  "key": "x"}),
                        422, "invalid_input")
    assert set(body["fields"]) == {"organization_name", "key"}
    body = assert_error(live_server.call("POST", "/tokens", data="{not json",
                                         headers={"Content-Type": "application/json"}),
                        422, "invalid_input")
    assert body["fields"]
    body = assert_error(live_server.call("GET", "/tokens?limit=501&sort=bogus"), 422,
                        "invalid_input")
    assert set(body["fields"]) == {"limit", "sort"}
    body = assert_error(live_server.call("GET", "/tokens/abc"), 422, "invalid_input")
    assert "id" in body["fields"]


def test_patch_merges_and_bumps_version(live_server: LiveServer) -> None:
    token = live_server.create_token(allowed_ips=["10.0.0.0/8"])
    r = live_server.call("PATCH", f"/tokens/{token['id']}", headers={"If-Match": '"1"'},
                         json={"organization_name": "Renamed", "blocked_ips": ["10.1.0.0/16"]})
    assert r.status_code == 200, r.text
    data = TokenOut.model_validate(r.json())
    assert data.organization_name == "Renamed"
    assert data.organization_id == token["organization_id"]  # untouched fields stay
    assert data.allowed_ips == ["10.0.0.0/8"]
    assert data.blocked_ips == ["10.1.0.0/16"]
    assert data.version == 2
    assert r.headers["ETag"] == '"2"'
    assert data.key_prefix == token["key_prefix"]
    # expires_at: null means never
    r = live_server.call("PATCH", f"/tokens/{token['id']}", headers={"If-Match": '"2"'},
                         json={"expires_at": FUTURE.isoformat()})
    assert r.json()["expires_at"] is not None
    r = live_server.call("PATCH", f"/tokens/{token['id']}", headers={"If-Match": '"3"'},
                         json={"expires_at": None})
    assert r.status_code == 200
    assert r.json()["expires_at"] is None


def test_patch_keeps_a_past_expiry_it_does_not_touch(live_server: LiveServer) -> None:
    token = live_server.create_token()
    live_server.set_expiry(token["id"], datetime.now(UTC) - timedelta(days=1))
    r = live_server.call("PATCH", f"/tokens/{token['id']}", headers={"If-Match": '"1"'},
                         json={"organization_name": "Still expired"})
    assert r.status_code == 200, r.text
    r = live_server.call("PATCH", f"/tokens/{token['id']}", headers={"If-Match": '"2"'},
                         json={"expires_at": "2001-01-01T00:00:00Z"})
    assert assert_error(r, 422, "invalid_input")["fields"].keys() == {"expires_at"}


def test_patch_validates_the_merged_token(live_server: LiveServer) -> None:
    token = live_server.create_token(allowed_ips=["10.0.0.0/8"])
    r = live_server.call("PATCH", f"/tokens/{token['id']}", headers={"If-Match": '"1"'},
                         json={"blocked_ips": ["10.0.0.0/8"]})
    body = assert_error(r, 422, "invalid_input")
    assert "blocked_ips" in body["fields"]  # now in both lists


def test_patch_needs_if_match_and_the_current_version(live_server: LiveServer) -> None:
    token = live_server.create_token()
    path = f"/tokens/{token['id']}"
    assert_error(live_server.call("PATCH", path, json={"organization_name": "X"}), 428,
                 "if_match_required")
    assert live_server.call("PATCH", path, json={"organization_name": "X"},
                            headers={"If-Match": '"1"'}).status_code == 200
    body = assert_error(live_server.call("PATCH", path, json={"organization_name": "Y"},
                                         headers={"If-Match": '"1"'}), 412, "version_mismatch")
    assert "version 2" in body["detail"]
    assert live_server.call("GET", path).json()["organization_name"] == "X"


@pytest.mark.parametrize("rounds", [5])
def test_concurrent_patches_exactly_one_wins(live_server: LiveServer, rounds: int) -> None:
    token = live_server.create_token()
    path = f"/tokens/{token['id']}"
    for round_ in range(rounds):
        version = live_server.call("GET", path).json()["version"]
        barrier = threading.Barrier(2)
        results: dict[str, int] = {}

        def patch(name: str, version: int = version, barrier=barrier, results=results) -> None:
            barrier.wait()
            r = live_server.call("PATCH", path, json={"organization_name": name},
                                 headers={"If-Match": f'"{version}"'}, session=session_from())
            results[name] = r.status_code

        names = (f"A{round_}", f"B{round_}")
        threads = [threading.Thread(target=patch, args=(n,)) for n in names]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(results.values()) == [200, 412], results
        winner = next(n for n, s in results.items() if s == 200)
        final = live_server.call("GET", path).json()
        assert final["organization_name"] == winner
        assert final["version"] == version + 1


def test_list_paging_search_and_sort(live_server: LiveServer) -> None:
    names = ["bravo", "Alpha", "charlie", "Überseé", "delta_x", "echo%"]
    ids = {n: live_server.create_token(organization_name=n, organization_id=f"org-{i}")["id"]
           for i, n in enumerate(names)}
    page = TokenPageOut.model_validate(
        live_server.call("GET", "/tokens?sort=organization_name&limit=3").json())
    assert page.total == len(names) + 1  # plus the admin token
    assert [t.organization_name for t in page.items] == ["Administrators", "Alpha", "bravo"]
    page2 = live_server.call("GET", "/tokens?sort=organization_name&limit=3&offset=3").json()
    assert [t["organization_name"] for t in page2["items"]] == ["charlie", "delta_x", "echo%"]
    desc = live_server.call("GET", "/tokens?sort=-id&limit=2").json()
    assert [t["id"] for t in desc["items"]] == [ids["echo%"], ids["delta_x"]]

    def search(q: str) -> list[str]:
        r = live_server.call("GET", "/tokens", params={"q": q})
        assert r.status_code == 200
        return sorted(t["organization_name"] for t in r.json()["items"])

    assert search("ALPH") == ["Alpha"]
    assert search("überSEÉ") == ["Überseé"]  # case folding beyond ASCII
    assert search("ORG-2") == ["charlie"]  # organization_id
    assert search("%") == ["echo%"]  # LIKE wildcards are literal
    # "ta_x", not "_x": a random key prefix "cct_x..." would match that (flaky on any DB).
    assert search("ta_x") == ["delta_x"]
    admin_prefix = live_server.admin_key[:12]
    assert search(admin_prefix.lower()) == ["Administrators"]  # key_prefix
    r = live_server.call("GET", "/tokens", params={"q": "a", "limit": 1})
    assert r.json()["total"] > 1
    assert len(r.json()["items"]) == 1


def test_sort_by_dates_puts_never_last(live_server: LiveServer) -> None:
    soon = live_server.create_token(expires_at=(FUTURE - timedelta(days=1)).isoformat())
    later = live_server.create_token(expires_at=FUTURE.isoformat())
    items = live_server.call("GET", "/tokens?sort=expires_at").json()["items"]
    assert [t["id"] for t in items] == [soon["id"], later["id"], 1]
    items = live_server.call("GET", "/tokens?sort=-expires_at").json()["items"]
    assert [t["id"] for t in items] == [1, later["id"], soon["id"]]
    for key in ("organization_id", "key_prefix", "created_at", "last_used_at", "-last_used_at"):
        r = live_server.call("GET", f"/tokens?sort={key}")
        assert r.status_code == 200
        assert r.json()["total"] == 3


def test_privilege_escalation_on_create(live_server: LiveServer) -> None:
    limited = live_server.create_token(allowed_endpoints=["tokens.*"],
                                       allowed_ips=["127.0.0.0/8"])
    key = limited["key"]
    body = {"organization_name": "N", "organization_id": limited["organization_id"]}
    # No endpoint list: could call devices.* and audit.read, which the caller cannot.
    assert_error(live_server.call("POST", "/tokens", key=key,
                                  json={**body, "allowed_ips": ["127.0.0.1"]}),
                 403, "privilege_escalation")
    # No IP list: could be used from anywhere, the caller only from 127/8.
    assert_error(live_server.call("POST", "/tokens", key=key,
                                  json={**body, "allowed_endpoints": ["tokens.read"]}),
                 403, "privilege_escalation")
    r = live_server.call("POST", "/tokens", key=key, json={
        **body, "allowed_endpoints": ["tokens.read"], "allowed_ips": ["127.0.0.1"]})
    assert r.status_code == 201, r.text
    live_server.issued_keys.append(r.json()["key"])


def test_privilege_escalation_on_update_and_regenerate(live_server: LiveServer) -> None:
    # Global, so that the admin token is in its view (an organization token gets 404).
    limited = live_server.create_token(allowed_endpoints=["tokens.*"], scope="global")
    narrow = live_server.create_token(allowed_endpoints=["tokens.read"])
    key = limited["key"]
    path = f"/tokens/{narrow['id']}"
    assert_error(live_server.call("PATCH", path, key=key, headers={"If-Match": '"1"'},
                                  json={"allowed_endpoints": []}), 403, "privilege_escalation")
    assert live_server.call("GET", path).json()["version"] == 1  # nothing changed
    assert live_server.call("PATCH", path, key=key, headers={"If-Match": '"1"'},
                            json={"allowed_endpoints": ["tokens.list"]}).status_code == 200
    # Regenerating the unrestricted admin token would mint a key reaching beyond the caller.
    assert_error(live_server.call("POST", "/tokens/1/regenerate", key=key), 403,
                 "privilege_escalation")
    r = live_server.call("POST", f"{path}/regenerate", key=key)
    assert r.status_code == 200
    live_server.issued_keys.append(r.json()["key"])
    assert r.json()["version"] == 3
    assert r.headers["ETag"] == '"3"'


def test_self_shape(live_server: LiveServer) -> None:
    r = live_server.call("GET", "/tokens/self")
    access = TokenAccessOut.model_validate(r.json())
    assert access.token.id == 1
    assert access.client_address == "127.0.0.1"
    assert access.warn_before_days == 14
    assert access.device is None  # an unsigned request names no device
    assert list(r.json())[-2:] == ["client_address", "device"]  # per request, after the cache


def test_audit_records_every_change(live_server: LiveServer) -> None:
    token = live_server.create_token(allowed_ips=["10.0.0.0/8"])
    tid = token["id"]
    live_server.call("PATCH", f"/tokens/{tid}", headers={"If-Match": '"1"'},
                     json={"organization_name": "New name", "allowed_ips": ["10.0.0.0/8",
                                                                             "192.0.2.0/24"]})
    regen = live_server.call("POST", f"/tokens/{tid}/regenerate").json()
    live_server.call("DELETE", f"/tokens/{tid}")
    r = live_server.call("GET", "/audit?limit=4")
    page = AuditPageOut.model_validate(r.json())
    assert page.total == 5  # bootstrap + create + update + regenerate + delete
    actions = [e.action for e in page.items]
    assert actions == ["tokens.delete", "tokens.regenerate", "tokens.update", "tokens.create"]
    delete, regenerate, update, create = page.items
    assert all(e.target == f"token:{tid}" and e.token_id == 1 for e in page.items)
    assert all(e.key_prefix == live_server.admin_key[:12] for e in page.items)
    assert all(e.address == "127.0.0.1" for e in page.items)
    assert update.changes == {"organization_name": ["Acme Corp", "New name"],
                              "allowed_ips": [["10.0.0.0/8"], ["10.0.0.0/8", "192.0.2.0/24"]]}
    assert regenerate.changes == {"key_prefix": [token["key_prefix"], regen["key_prefix"]]}
    assert create.changes["allowed_ips"] == [None, ["10.0.0.0/8"]]
    assert delete.changes["organization_name"] == ["New name", None]
    text = r.text
    assert token["key"] not in text and regen["key"] not in text
    bootstrap = live_server.call("GET", "/audit?offset=4").json()["items"]
    assert [(e["action"], e["token_id"], e["address"]) for e in bootstrap] == [
        ("tokens.create", None, "local")]


def test_list_total_on_every_kind_of_page(live_server: LiveServer) -> None:
    """The total is right on a full page, the last partial page and a page past the end."""
    for n in range(5):
        live_server.create_token(organization_name=f"Totals {n}", organization_id=f"tot-{n}")

    def page(**params: object) -> tuple[int, int]:
        body = live_server.call("GET", "/tokens", params={"q": "totals", **params}).json()
        return len(body["items"]), body["total"]

    assert page(limit=2) == (2, 5)  # full page
    assert page(limit=2, offset=4) == (1, 5)  # last, partial
    assert page(limit=2, offset=10) == (0, 5)  # past the end
    assert page(limit=10) == (5, 5)  # everything on one page
    assert live_server.call("GET", "/tokens", params={"q": "no such org"}).json() == {
        "items": [], "total": 0}


def test_search_follows_renames_and_deletes(live_server: LiveServer) -> None:
    def found(q: str) -> list[str]:
        r = live_server.call("GET", "/tokens", params={"q": q})
        assert r.status_code == 200, r.text
        assert r.json()["total"] == len(r.json()["items"])
        return sorted(t["organization_name"] for t in r.json()["items"])

    token = live_server.create_token(organization_name="Northwind Traders",
                                     organization_id="nw-01")
    other = live_server.create_token(organization_name='Say "hi" AND NEAR(x) ^star*',
                                     organization_id="quotes")
    assert found("THWIND") == ["Northwind Traders"]
    edited = live_server.call("PATCH", f"/tokens/{token['id']}", headers={"If-Match": '"1"'},
                              json={"organization_name": "Contoso Pharma"})
    assert edited.status_code == 200, edited.text
    assert found("thwind") == []
    assert found("toso ph") == ["Contoso Pharma"]  # spaces are part of the needle
    assert found("NW-0") == ["Contoso Pharma"]  # organization ID, unchanged
    # Search syntax of the index is plain text here: quotes, operators, stars and carets.
    assert found('"hi" AND') == [other["organization_name"]]
    assert found("NEAR(x)") == [other["organization_name"]]
    assert found("^star*") == [other["organization_name"]]
    assert found("hi AND NEAR") == []
    assert live_server.call("DELETE", f"/tokens/{token['id']}").status_code == 204
    assert found("contoso") == []
