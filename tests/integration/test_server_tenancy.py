"""Organizations are tenants (ARCHITECTURE §7): scope, visibility, the four reach rules and the last
administrator, each tried the way an attacker holding one organization's token would."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import Any

from ..helpers.live_server import LiveServer, assert_error

SOON = datetime.now(UTC) + timedelta(hours=1)


def _iso(when: datetime) -> str:
    return when.replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _org_token(server: LiveServer, org: str, **fields: Any) -> dict[str, Any]:
    return server.create_token(organization_name=f"{org} Ltd", organization_id=org, **fields)


def _patch(server: LiveServer, token: dict[str, Any], key: Any, **changes: Any) -> Any:
    current = server.call("GET", f"/tokens/{token['id']}")
    etag = current.headers.get("ETag", f'"{token["version"]}"')
    return server.call("PATCH", f"/tokens/{token['id']}", key=key, json=changes,
                       headers={"If-Match": etag})


# ---- scope ---------------------------------------------------------------------------------


def test_bootstrap_token_is_global_and_new_tokens_are_organization(
        live_server: LiveServer) -> None:
    me = live_server.call("GET", "/tokens/self").json()["token"]
    assert me["scope"] == "global"
    assert _org_token(live_server, "acme")["scope"] == "organization"
    assert live_server.create_token(scope="global")["scope"] == "global"


def test_organization_token_cannot_relabel_itself_into_another_organization(
        live_server: LiveServer) -> None:
    a = _org_token(live_server, "org-a", allowed_endpoints=["tokens.*", "devices.*"])
    b_device_owner = _org_token(live_server, "org-b")
    r = live_server.call("POST", "/devices", key=b_device_owner["key"],
                         json={"device_id": "pc-b", "hostname": "b", "profile_name": "b"})
    assert r.status_code == 201

    assert_error(_patch(live_server, a, a["key"], organization_id="org-b"), 403,
                 "privilege_escalation")
    assert_error(_patch(live_server, a, a["key"], scope="global"), 403, "privilege_escalation")
    # Nothing changed: A still sees only its own organization, and not B's device.
    assert live_server.call("GET", "/tokens/self", key=a["key"]).json()["token"][
        "organization_id"] == "org-a"
    assert_error(live_server.call("POST", "/devices/pc-b/disable", key=a["key"]), 404,
                 "not_found")


def test_organization_token_mints_only_for_its_own_organization(live_server: LiveServer) -> None:
    a = _org_token(live_server, "org-a", allowed_endpoints=["tokens.*"])
    body = {"organization_name": "B", "organization_id": "org-b"}
    assert_error(live_server.call("POST", "/tokens", key=a["key"], json=body), 403,
                 "privilege_escalation")
    body = {"organization_name": "A", "organization_id": "org-a", "scope": "global"}
    assert_error(live_server.call("POST", "/tokens", key=a["key"], json=body), 403,
                 "privilege_escalation")
    body = {"organization_name": "A", "organization_id": "org-a",
            "allowed_endpoints": ["tokens.read"]}
    r = live_server.call("POST", "/tokens", key=a["key"], json=body)
    assert r.status_code == 201, r.text
    assert r.json()["scope"] == "organization"


def test_other_organizations_and_global_tokens_are_out_of_view(live_server: LiveServer) -> None:
    a = _org_token(live_server, "org-a", allowed_endpoints=["tokens.*"])
    a2 = _org_token(live_server, "org-a")
    b = _org_token(live_server, "org-b")
    # A global token that even names org-a as its organization stays out of view.
    g = live_server.create_token(organization_id="org-a", scope="global")

    listed = live_server.call("GET", "/tokens?limit=500", key=a["key"]).json()
    assert {t["id"] for t in listed["items"]} == {a["id"], a2["id"]}
    assert listed["total"] == 2
    searched = live_server.call("GET", "/tokens?q=Ltd", key=a["key"]).json()
    assert {t["id"] for t in searched["items"]} <= {a["id"], a2["id"]}
    for other in (b, g):
        assert_error(live_server.call("GET", f"/tokens/{other['id']}", key=a["key"]), 404,
                     "not_found")
        assert_error(live_server.call("POST", f"/tokens/{other['id']}/regenerate",
                                      key=a["key"]), 404, "not_found")
        assert_error(live_server.call("DELETE", f"/tokens/{other['id']}", key=a["key"]), 404,
                     "not_found")
        assert_error(live_server.call("PATCH", f"/tokens/{other['id']}", key=a["key"],
                                      json={"organization_name": "x"},
                                      headers={"If-Match": '"1"'}), 404, "not_found")
    # The global admin sees all of them.
    everything = live_server.call("GET", "/tokens?limit=500").json()
    assert {a["id"], a2["id"], b["id"], g["id"]} <= {t["id"] for t in everything["items"]}


def test_takeover_of_another_organizations_admin_token_fails(live_server: LiveServer) -> None:
    a = _org_token(live_server, "org-a", allowed_endpoints=["tokens.*"])
    b_admin = _org_token(live_server, "org-b")
    assert_error(_patch(live_server, a, a["key"], organization_id="org-b"), 403,
                 "privilege_escalation")
    assert_error(live_server.call("POST", f"/tokens/{b_admin['id']}/regenerate",
                                  key=a["key"]), 404, "not_found")
    assert live_server.call("GET", "/tokens/self", key=b_admin["key"]).status_code == 200


def test_audit_of_an_organization_holds_only_its_own_entries(live_server: LiveServer) -> None:
    a = _org_token(live_server, "org-a", allowed_endpoints=["tokens.*", "audit.*"])
    b = _org_token(live_server, "org-b", allowed_endpoints=["tokens.*"])
    mine = live_server.call("POST", "/tokens", key=a["key"], json={
        "organization_name": "A", "organization_id": "org-a",
        "allowed_endpoints": ["tokens.read"]}).json()
    live_server.call("POST", "/tokens", key=b["key"], json={
        "organization_name": "B", "organization_id": "org-b",
        "allowed_endpoints": ["tokens.read"]})
    page = live_server.call("GET", "/audit?limit=500", key=a["key"]).json()
    targets = {e["target"] for e in page["items"]}
    # A's own creation (by the admin) and what A did; nothing of B's or the admin's own.
    assert targets == {f"token:{a['id']}", f"token:{mine['id']}"}
    assert page["total"] == 2
    everything = live_server.call("GET", "/audit?limit=500").json()
    assert everything["total"] > page["total"]


# ---- devices across organizations ---------------------------------------------------------


def test_global_caller_sees_every_organizations_devices(live_server: LiveServer) -> None:
    for org in ("org-a", "org-b"):
        t = _org_token(live_server, org)
        r = live_server.call("POST", "/devices", key=t["key"],
                             json={"device_id": "pc-1", "hostname": org, "profile_name": ""})
        assert r.status_code == 201
    listed = live_server.call("GET", "/devices").json()
    assert {(d["organization_id"], d["device_id"]) for d in listed["items"]} == {
        ("org-a", "pc-1"), ("org-b", "pc-1")}
    r = live_server.call("POST", "/devices/pc-1/disable?organization_id=org-b")
    assert r.status_code == 200 and r.json()["organization_id"] == "org-b"
    a_view = live_server.call("GET", "/devices/pc-1?organization_id=org-a").json()
    assert a_view["status"] == "active"


def test_organization_token_cannot_delete_or_bind_another_organizations_device(
        live_server: LiveServer) -> None:
    a, b = _org_token(live_server, "org-a"), _org_token(live_server, "org-b")
    r = live_server.call("POST", "/devices", key=a["key"], json={"device_id": "pc-a"})
    assert r.status_code == 201
    for path in ("/devices/pc-a", "/devices/pc-a?organization_id=org-a"):
        assert_error(live_server.call("DELETE", path, key=b["key"]), 404, "not_found")
    # Binding its own token to org-a's device: no such device in org-b, as if none existed.
    body = assert_error(_patch(live_server, b, b["key"], bound_devices=["pc-a"]), 422,
                        "invalid_input")
    assert "pc-a" in body["fields"]["bound_devices"]
    assert live_server.call("GET", "/devices/pc-a?organization_id=org-a").status_code == 200


# ---- reach: expiry and target ---------------------------------------------------------------


def test_expiring_token_cannot_create_a_longer_lived_child(live_server: LiveServer) -> None:
    c = _org_token(live_server, "org-a", allowed_endpoints=["tokens.*"], expires_at=_iso(SOON))
    base = {"organization_name": "A", "organization_id": "org-a",
            "allowed_endpoints": ["tokens.read"]}
    assert_error(live_server.call("POST", "/tokens", key=c["key"], json=base), 403,
                 "privilege_escalation")
    later = {**base, "expires_at": _iso(SOON + timedelta(days=1))}
    assert_error(live_server.call("POST", "/tokens", key=c["key"], json=later), 403,
                 "privilege_escalation")
    sooner = {**base, "expires_at": _iso(SOON - timedelta(minutes=5))}
    assert live_server.call("POST", "/tokens", key=c["key"], json=sooner).status_code == 201


def test_expiring_token_cannot_remove_its_own_expiry(live_server: LiveServer) -> None:
    c = _org_token(live_server, "org-a", allowed_endpoints=["tokens.*"], expires_at=_iso(SOON))
    assert_error(_patch(live_server, c, c["key"], expires_at=None), 403,
                 "privilege_escalation")
    assert_error(_patch(live_server, c, c["key"], expires_at=_iso(SOON + timedelta(days=9))),
                 403, "privilege_escalation")
    assert live_server.call("GET", "/tokens/self", key=c["key"]).json()["token"][
        "expires_at"] == _iso(SOON)


def test_delete_only_token_cannot_delete_a_token_reaching_further(
        live_server: LiveServer) -> None:
    deleter = live_server.create_token(allowed_endpoints=["tokens.delete"], scope="global")
    admin_id = live_server.call("GET", "/tokens/self").json()["token"]["id"]
    assert_error(live_server.call("DELETE", f"/tokens/{admin_id}", key=deleter["key"]), 403,
                 "privilege_escalation")
    weaker = live_server.create_token(allowed_endpoints=["tokens.delete"])
    assert live_server.call("DELETE", f"/tokens/{weaker['id']}",
                            key=deleter["key"]).status_code == 204
    assert live_server.call("GET", "/tokens/self").status_code == 200


def test_update_needs_reach_over_the_token_as_it_is(live_server: LiveServer) -> None:
    editor = live_server.create_token(allowed_endpoints=["tokens.*"], scope="global")
    strong = live_server.create_token(organization_id="acme")
    # Narrowing a stronger token's lists is still changing a token that reaches further.
    assert_error(_patch(live_server, strong, editor["key"], allowed_endpoints=["tokens.read"]),
                 403, "privilege_escalation")


# ---- the last administrator -------------------------------------------------------------------


def test_the_last_administrator_cannot_delete_or_restrict_itself(
        live_server: LiveServer) -> None:
    me = live_server.call("GET", "/tokens/self").json()["token"]
    assert_error(live_server.call("DELETE", f"/tokens/{me['id']}"), 409, "last_admin")
    assert_error(_patch(live_server, me, live_server.admin_key, allowed_ips=["127.0.0.0/8"]),
                 409, "last_admin")
    assert_error(_patch(live_server, me, live_server.admin_key, scope="organization"), 409,
                 "last_admin")
    assert live_server.call("GET", "/tokens/self").status_code == 200
    # With a second administrator the first may go.
    second = live_server.create_token(scope="global")
    assert live_server.call("DELETE", f"/tokens/{me['id']}").status_code == 204
    assert live_server.call("GET", "/tokens/self", key=second["key"]).status_code == 200


def test_two_administrators_deleting_each_other_at_once_leave_one(
        live_server: LiveServer) -> None:
    first = live_server.call("GET", "/tokens/self").json()["token"]
    second = live_server.create_token(scope="global")
    barrier = threading.Barrier(2)
    statuses: dict[str, int] = {}

    def delete(key: str, target: int, name: str) -> None:
        barrier.wait()
        statuses[name] = live_server.call("DELETE", f"/tokens/{target}", key=key).status_code

    threads = [threading.Thread(target=delete, args=(live_server.admin_key, second["id"], "a")),
               threading.Thread(target=delete, args=(second["key"], first["id"], "b"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(statuses.values()) in ([204, 401], [204, 409]), statuses
    remaining = [k for k in (live_server.admin_key, second["key"])
                 if live_server.call("GET", "/tokens/self", key=k).status_code == 200]
    assert len(remaining) == 1
