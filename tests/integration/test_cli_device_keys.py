"""This PC's device key through the command line, end to end against the real server (DESIGN
§9): registering with and without a keyring, the migration of a PC registered without a key,
tokens bound to a PC used from elsewhere, a keyring that lost the key, a PC whose clock is
off, and a locked keyring.

Every :class:`Cli` is one PC: its own home, keyring file and device ID (tests/helpers/cli.py).
"""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from compliance_client.domain.dpop import DeviceKey

from ..helpers.cli import NO_KEYRING, Cli

LOCKED_KEYRING = {"PYTHON_KEYRING_BACKEND": "tests.helpers.keyring_fakes.LockedKeyring"}
NOT_BOUND = ("compliance-client: This API token is bound to other devices and cannot be used "
             "on this PC. Ask your administrator for a token for this PC.")
PROOF_REQUIRED = ("compliance-client: This API token is bound to devices, and this PC has no "
                  "device key in its keyring to prove which device it is. Register this PC "
                  "again (compliance-client device register), or ask your administrator.")


def _rows(table: str) -> list[str]:
    return [" ".join(line.split()) for line in table.splitlines()]


def _thumbprint(pc: Cli, device: str) -> str:
    secret = pc.device_secret(device)
    assert secret, "the keyring holds no device key"
    return DeviceKey.from_secret(secret).thumbprint


@pytest.fixture
def pc(live_server, tmp_path: Path) -> Cli:
    """A PC with the administrator's token in its environment."""
    return Cli(tmp_path / "pc1", live_server.url, live_server.admin_key, own_device=True)


@pytest.fixture
def admin(live_server, tmp_path: Path) -> Cli:
    """An administrator on another PC, whose keyring holds no device key: unsigned."""
    return Cli(tmp_path / "admin-pc", live_server.url, live_server.admin_key, own_device=True)


def _bound_token(admin: Cli, *devices: str) -> tuple[int, str]:
    """(id, key) of a new token of the administrator's organization, bound to ``devices``."""
    issued = admin.json("tokens", "add", "--org-name", "Front desk", "--org-id", "admin",
                        "--expires", "never",
                        *(a for d in devices for a in ("--bind-device", d)))
    assert issued["bound_devices"] == list(devices)
    admin.secrets.append(issued["key"])
    return issued["id"], issued["key"]


def test_without_a_keyring_the_pc_registers_without_a_key_then_gets_one(pc: Cli) -> None:
    result = pc("device", "register", **NO_KEYRING)
    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines() == [
        "compliance-client: warning: there is no usable keyring, so this PC was registered "
        "without a device key: it cannot sign requests, and tokens bound to it will not work "
        "here. Install or unlock a keyring and run compliance-client device register again."]
    device = pc.ok("device", "id").strip()
    assert result.stdout.startswith(f"Device ID {device} registered with ")
    assert "no device key" in result.stdout

    # Servers and CI run the CLI without a keyring: nothing to warn about, just unsigned.
    result = pc("device", "status", "--json", **NO_KEYRING)
    assert result.returncode == 0 and result.stderr == ""
    assert result.stdout and '"key_thumbprint": null' in result.stdout
    assert '"local_key_thumbprint": null' in result.stdout
    result = pc("device", "status", **NO_KEYRING)
    assert "this PC's key unknown: no usable keyring" in _rows(result.stdout)
    assert "device key none (this device cannot sign requests)" in _rows(result.stdout)
    assert pc.keyring() == {}
    assert "this PC's key none in the keyring" in _rows(pc.ok("device", "status"))

    # With a keyring, registering again adds the key to the known device.
    registered = pc.json("device", "register")
    assert registered["key_thumbprint"] == _thumbprint(pc, device)
    assert registered["status"] == "active"
    status = pc.json("device", "status")
    assert status["key_thumbprint"] == status["local_key_thumbprint"] == _thumbprint(pc, device)

    # Without the keyring again: the server keeps the key, this PC just cannot use it.
    result = pc("device", "register", **NO_KEYRING)
    assert result.returncode == 0
    assert result.stderr.splitlines() == [
        "compliance-client: warning: there is no usable keyring, so this PC cannot sign "
        "requests with the device key the server knows for it; tokens bound to it will not "
        "work here."]


def test_a_pc_registered_without_a_key_gets_one_from_its_token(pc: Cli, admin: Cli,
                                                               live_server) -> None:
    """The migration of PCs registered before device keys (issue 16, point 4): the token that
    registered a device, or an administrator, adds its key by registering it again."""
    device = pc.ok("device", "id").strip()
    first = admin.json("tokens", "add", "--org-name", "Acme", "--org-id", "acme",
                       "--allow-endpoint", "devices.*", "--expires", "never")
    other = admin.json("tokens", "add", "--org-name", "Acme", "--org-id", "acme",
                       "--allow-endpoint", "devices.*", "--expires", "never")
    pc.secrets += [first["key"], other["key"]]
    # Registered the old way: no key, no proof.
    old = live_server.call("POST", "/devices", key=first["key"], json={
        "device_id": device, "hostname": socket.gethostname(), "profile_name": "Work"})
    assert old.status_code == 201 and old.json()["key_thumbprint"] is None

    # Another token of the organization may not give the device its key.
    line = pc.fails(1, "device", "register", COMPLIANCE_TOKEN=other["key"])
    assert line.startswith(f"compliance-client: The server at {live_server.url} knows this "
                           f"PC's device ID {device} with another device key")
    assert f"(compliance-client device delete {device})" in line
    error = pc.fails_json(1, "device", "register", COMPLIANCE_TOKEN=other["key"])
    assert (error["code"], error["http_status"]) == ("device_key_mismatch", 409)

    # The token that registered it does.
    added = pc.json("device", "register", COMPLIANCE_TOKEN=first["key"])
    assert added["key_thumbprint"] == _thumbprint(pc, device)
    seen = live_server.call("GET", f"/devices/{device}", key=first["key"])
    assert seen.json()["key_thumbprint"] == _thumbprint(pc, device)
    # And from now on this PC signs: disabling it stops it for every token.
    pc.ok("device", "disable", "--yes", COMPLIANCE_TOKEN=first["key"])
    assert pc.fails_json(1, "tokens", "list",
                         COMPLIANCE_TOKEN=other["key"])["code"] == "device_disabled"


def test_a_token_bound_to_a_pc_is_useless_elsewhere(pc: Cli, admin: Cli, live_server,
                                                    tmp_path: Path) -> None:
    device = pc.json("device", "register")["device_id"]
    token_id, bound = _bound_token(admin, device)
    shown = " ".join(admin.ok("tokens", "show", str(token_id)).split())
    assert f"bound devices {device}" in shown

    # On its own PC the bound token works.
    status = pc.json("device", "status", COMPLIANCE_TOKEN=bound)
    assert status["key_thumbprint"] == status["local_key_thumbprint"]
    assert pc.json("tokens", "show", str(token_id),
                   COMPLIANCE_TOKEN=bound)["bound_devices"] == [device]

    # A second PC, registered with its own key: the copied key names another device.
    second = Cli(tmp_path / "pc2", live_server.url, live_server.admin_key, own_device=True)
    other_device = second.json("device", "register")["device_id"]
    assert other_device != device
    second.secrets.append(bound)
    assert second.fails(1, "tokens", "list", COMPLIANCE_TOKEN=bound) == NOT_BOUND
    error = second.fails_json(1, "tokens", "list", COMPLIANCE_TOKEN=bound)
    assert (error["code"], error["http_status"]) == ("device_not_bound", 403)

    # A third PC without a keyring cannot prove anything.
    third = Cli(tmp_path / "pc3", live_server.url, bound, own_device=True)
    assert third.fails(1, "tokens", "list", **NO_KEYRING) == PROOF_REQUIRED
    error = third.fails_json(1, "tokens", "list", **NO_KEYRING)
    assert (error["code"], error["http_status"]) == ("device_proof_required", 401)

    # Its own PC, once disabled, is refused too.
    pc.ok("device", "disable", "--yes")
    assert pc.fails_json(1, "tokens", "list", COMPLIANCE_TOKEN=bound)["code"] == \
        "device_disabled"


def test_a_keyring_that_lost_the_device_key(pc: Cli, admin: Cli, live_server) -> None:
    device = pc.json("device", "register")["device_id"]
    registered = _thumbprint(pc, device)
    token_id, bound = _bound_token(admin, device)
    pc.secrets.append(bound)
    pc.forget_device_key(device)

    assert pc.fails(1, "tokens", "list", COMPLIANCE_TOKEN=bound) == PROOF_REQUIRED
    status = pc.json("device", "status")
    assert (status["key_thumbprint"], status["local_key_thumbprint"]) == (registered, None)

    # Registering makes a new key, which the server refuses: it knows this ID by the old one.
    line = pc.fails(1, "device", "register")
    assert f"knows this PC's device ID {device} with another device key" in line
    assert line.endswith(f"An administrator deletes the device ID on the server "
                         f"(compliance-client device delete {device}); then run "
                         "compliance-client device register again.")
    assert pc.fails_json(1, "device", "register")["code"] == "device_key_mismatch"
    new = _thumbprint(pc, device)
    assert new != registered
    assert f"this PC's key {new} (differs)" in _rows(pc.ok("device", "status"))

    # The administrator deletes the device ID; a bound token keeps it first.
    line = admin.fails(1, "device", "delete", device, "--yes")
    assert line == (f"compliance-client: A token is bound to device {device}, so it cannot be "
                    "deleted. Unbind it first: compliance-client tokens edit ID "
                    "--clear-bound-devices (or --bind-device with the other devices).")
    error = admin.fails_json(1, "device", "delete", device, "--yes")
    assert (error["code"], error["http_status"]) == ("device_in_use", 409)
    assert admin.json("tokens", "edit", str(token_id),
                      "--clear-bound-devices")["bound_devices"] == []
    assert admin.ok("device", "delete", device, "--yes").strip() == \
        f"Device ID {device} is deleted."
    assert admin.keyring() == {}  # deleting on the server touches no keyring

    # This PC registers anew with the key its keyring now holds.
    assert pc.json("device", "register")["key_thumbprint"] == new
    assert f"this PC's key {new} (matches)" in _rows(pc.ok("device", "status"))
    assert "no device" in admin.fails(1, "device", "delete",
                                      "00000000-0000-0000-0000-000000000000", "--yes")


def test_a_pc_whose_clock_is_off(pc: Cli, live_server) -> None:
    pc.ok("device", "register")
    pc.clock_skew = 600  # ten minutes ahead: every proof is dated in the future
    assert pc.fails(1, "tokens", "list") == (
        f"compliance-client: The server at {live_server.url} did not accept this PC's device "
        "proof. Check that this PC's clock is right, then try again.")
    error = pc.fails_json(1, "tokens", "list")
    assert (error["code"], error["http_status"]) == ("invalid_device_proof", 401)
    pc.clock_skew = 0
    assert pc.json("tokens", "list")["total"] >= 1


def test_a_locked_keyring(pc: Cli) -> None:
    """A keyring that is there but locked: commands go on unsigned with one warning line;
    register stops, since it would leave a device that cannot sign."""
    result = pc("tokens", "list", "--json", **LOCKED_KEYRING)
    assert result.returncode == 0
    assert result.stderr.splitlines() == [
        "compliance-client: warning: The system keyring is locked, or its unlock prompt was "
        "dismissed, so this PC's device key could not be read. Unlock the keyring (signing in "
        "again usually does it) and try again. Requests are sent without this PC's device "
        "proof."]
    line = pc.fails(1, "device", "register", **LOCKED_KEYRING)
    assert "The system keyring is locked" in line
    assert line.endswith("Nothing was sent to the server.")
    assert pc.fails_json(1, "device", "register", **LOCKED_KEYRING)["code"] == "vault_locked"
    assert "not registered" in pc.fails(1, "device", "status", **NO_KEYRING)
    # Commands that do not talk to a server never read the device key.
    result = pc("device", "id", **LOCKED_KEYRING)
    assert result.returncode == 0 and result.stderr == ""
    assert pc.fails(1, "tokens", "list", COMPLIANCE_URL="", **LOCKED_KEYRING).startswith(
        "compliance-client: no server: ")
