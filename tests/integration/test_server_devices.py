"""devices.*: registration, organization isolation, idempotent disable/enable, audit."""

from __future__ import annotations

from sqlalchemy.dialects import postgresql

from compliance_client.domain.device_identity import derive_device_id
from compliance_client.server.models import bound_to
from compliance_client.server.schemas import DeviceOut, DevicePageOut

from ..helpers.live_server import LiveServer, assert_error

DEVICE = derive_device_id("machine-guid-1")


def register(server: LiveServer, key: str, device_id: str = DEVICE, **body: str):
    return server.call("POST", "/devices", key=key,
                       json={"device_id": device_id, "hostname": "PC-1",
                             "profile_name": "Default", **body})


def test_register_read_list(live_server: LiveServer) -> None:
    acme = live_server.create_token(organization_id="acme")["key"]
    r = register(live_server, acme)
    assert r.status_code == 201, r.text
    device = DeviceOut.model_validate(r.json())
    assert (device.device_id, device.organization_id, device.status) == (DEVICE, "acme", "active")
    assert device.disabled_at is None
    assert device.key_thumbprint is None  # registered without a key: it cannot sign
    again = register(live_server, acme, hostname="PC-1-renamed")
    assert again.status_code == 200
    assert again.json()["hostname"] == "PC-1-renamed"
    assert again.json()["registered_at"] == device.registered_at
    r = live_server.call("GET", f"/devices/{DEVICE}", key=acme)
    assert r.status_code == 200
    assert r.json()["hostname"] == "PC-1-renamed"
    page = DevicePageOut.model_validate(live_server.call("GET", "/devices", key=acme).json())
    assert page.total == 1
    assert [d.device_id for d in page.items] == [DEVICE]


def test_disable_is_idempotent_and_sticks_across_registration(live_server: LiveServer) -> None:
    key = live_server.create_token(organization_id="acme")["key"]
    register(live_server, key)
    first = live_server.call("POST", f"/devices/{DEVICE}/disable", key=key)
    assert first.status_code == 200
    assert first.json()["status"] == "disabled"
    assert first.json()["disabled_at"] is not None
    second = live_server.call("POST", f"/devices/{DEVICE}/disable", key=key)
    assert second.status_code == 200
    assert second.json() == first.json()
    # A PC registering itself again does not undo an admin's disable.
    assert register(live_server, key).json()["status"] == "disabled"
    enabled = live_server.call("POST", f"/devices/{DEVICE}/enable", key=key)
    assert enabled.json()["status"] == "active"
    assert enabled.json()["disabled_at"] is None
    assert live_server.call("POST", f"/devices/{DEVICE}/enable", key=key).status_code == 200


def test_other_organizations_devices_are_404(live_server: LiveServer) -> None:
    acme = live_server.create_token(organization_id="acme")["key"]
    other = live_server.create_token(organization_name="Other", organization_id="other")["key"]
    register(live_server, acme)
    for method, path in (("GET", f"/devices/{DEVICE}"),
                         ("POST", f"/devices/{DEVICE}/disable"),
                         ("POST", f"/devices/{DEVICE}/enable")):
        assert_error(live_server.call(method, path, key=other), 404, "not_found")
    assert live_server.call("GET", "/devices", key=other).json() == {"items": [], "total": 0}
    # The same device ID registered by another organization is a separate device.
    assert register(live_server, other).status_code == 201
    live_server.call("POST", f"/devices/{DEVICE}/disable", key=other)
    assert live_server.call("GET", f"/devices/{DEVICE}", key=acme).json()["status"] == "active"


def test_unknown_device_and_bad_input(live_server: LiveServer) -> None:
    assert_error(live_server.call("GET", "/devices/nope"), 404, "not_found")
    assert_error(live_server.call("POST", "/devices/nope/disable"), 404, "not_found")
    body = assert_error(register(live_server, live_server.admin_key, device_id="bad id!"),
                        422, "invalid_input")
    assert "device_id" in body["fields"]


def test_device_actions_are_audited(live_server: LiveServer) -> None:
    token = live_server.create_token(organization_id="acme")
    register(live_server, token["key"])
    live_server.call("POST", f"/devices/{DEVICE}/disable", key=token["key"])
    live_server.call("POST", f"/devices/{DEVICE}/enable", key=token["key"])
    items = live_server.call("GET", "/audit?limit=3").json()["items"]
    assert [e["action"] for e in items] == ["devices.enable", "devices.disable",
                                            "devices.register"]
    assert all(e["target"] == f"device:{DEVICE}" and e["token_id"] == token["id"]
               for e in items)
    assert items[0]["changes"] == {"status": ["disabled", "active"]}
    assert items[1]["changes"] == {"status": ["active", "disabled"]}


def test_in_use_means_exactly_this_device_of_this_organization(live_server: LiveServer) -> None:
    """devices.delete's "is any token bound to it" is a containment test on the stored JSON
    list, not a text match: pc-1 is free while a token is bound to pc-10 or to another
    organization's pc-1."""
    acme = live_server.create_token(organization_id="acme")["key"]
    other = live_server.create_token(organization_name="Other", organization_id="other")["key"]
    for device_id in ("pc-1", "pc-10"):
        register(live_server, acme, device_id)
    register(live_server, other, "pc-1")
    live_server.create_token(organization_id="acme", bound_devices=["pc-10"])
    live_server.create_token(organization_name="Other", organization_id="other",
                             bound_devices=["pc-1"])
    assert live_server.call("DELETE", "/devices/pc-1", key=acme).status_code == 204
    assert_error(live_server.call("DELETE", "/devices/pc-10", key=acme), 409, "device_in_use")
    assert_error(live_server.call("DELETE", "/devices/pc-1", key=other), 409, "device_in_use")


def test_in_use_is_jsonb_containment_on_postgresql() -> None:
    """The PostgreSQL form of the same test (run against a real one when
    COMPLIANCE_TEST_PG_URL is set, through the test above): jsonb ``@>``, which a GIN index
    could serve, with the device ID as a bound JSON parameter, never spliced into the SQL."""
    sql = str(bound_to("pc-1'; --", postgres=True).compile(dialect=postgresql.dialect()))
    assert "@>" in sql and "pc-1" not in sql
