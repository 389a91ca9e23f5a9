"""``compliance-client device id/register/status/disable/enable/delete`` as subprocesses, real
server. Registering gives this PC a device key in its keyring; from then on every command
signs its requests, so disabling this PC's device ID stops this PC (DESIGN §9)."""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance_client.domain.device_identity import is_device_id
from compliance_client.domain.dpop import DeviceKey

from ..helpers.cli import Cli, closed_port

DISABLED = ("compliance-client: This PC's device ID is disabled on the server. An "
            "administrator can enable it.")


@pytest.fixture
def cli(live_server, tmp_path: Path) -> Cli:
    return Cli(tmp_path / "pc1", live_server.url, live_server.admin_key)


def test_device_id_is_stable_and_needs_no_server(tmp_path: Path) -> None:
    cli = Cli(tmp_path)  # no server configured at all
    first = cli.ok("device", "id").strip()
    assert is_device_id(first)
    assert cli.ok("device", "id").strip() == first
    assert cli.json("device", "id") == {"device_id": first}
    assert cli.keyring() == {}  # no key is made before the PC registers


def test_register_status_disable_enable(cli: Cli, live_server, tmp_path: Path) -> None:
    device = cli.ok("device", "id").strip()
    line = cli.fails(1, "device", "status")
    assert line == (f"compliance-client: this PC (device ID {device}) is not registered with "
                    f"the server at {live_server.url}; run: compliance-client device register")
    assert "not registered" in cli.fails(1, "device", "disable", "--yes")

    out = cli.ok("device", "register")
    secret = cli.device_secret(device)
    assert secret, "register keeps the new device key in the keyring"
    thumbprint = DeviceKey.from_secret(secret).thumbprint
    assert out.startswith(f"Device ID {device} registered with {live_server.url}")
    assert f"device key {thumbprint}" in out
    status = cli.json("device", "status")
    assert status["device_id"] == device and status["status"] == "active"
    assert status["organization_id"] == "admin" and status["hostname"]
    # The server knows the key the keyring holds.
    assert status["key_thumbprint"] == status["local_key_thumbprint"] == thumbprint
    table = cli.ok("device", "status")
    assert device in table and "active" in table
    rows = [" ".join(line.split()) for line in table.splitlines()]
    assert f"device key {thumbprint}" in rows
    assert f"this PC's key {thumbprint} (matches)" in rows
    # Registering again is idempotent: the same key, no new one made.
    assert cli.json("device", "register")["key_thumbprint"] == thumbprint
    assert cli.device_secret(device) == secret

    assert "refusing without --yes" in cli.fails(1, "device", "disable")
    assert cli.json("device", "status")["status"] == "active"
    assert cli.ok("device", "disable", "--yes").strip() == f"Device ID {device} is disabled."

    # From now on the server refuses this PC, whatever it asks: it proves who it is.
    assert cli.json("device", "status") == {"device_id": device, "status": "disabled"}
    assert cli.ok("device", "status").strip() == (
        f"This PC's device ID {device} is disabled on the server at {live_server.url}. An "
        f"administrator can enable it from another PC: compliance-client device enable "
        f"{device}")
    assert cli.fails(1, "tokens", "list") == DISABLED
    error = cli.fails_json(1, "tokens", "list")
    assert (error["code"], error["http_status"]) == ("device_disabled", 403)
    line = cli.fails(1, "device", "register")
    assert f"device ID {device} is disabled on the server" in line
    assert f"compliance-client device enable {device}" in line
    assert cli.fails_json(1, "device", "register")["code"] == "device_disabled"
    # Disabling again is fine: what was asked holds.
    assert cli.ok("device", "disable", "--yes").strip() == f"Device ID {device} is disabled."
    # A disabled PC cannot enable itself, even with an administrator's token.
    line = cli.fails(1, "device", "enable", device)
    assert "An administrator enables it from another PC" in line

    # An administrator on another PC (its keyring holds no key: unsigned) enables it again.
    admin = Cli(tmp_path / "admin-pc", live_server.url, live_server.admin_key)
    assert admin.ok("device", "enable", device).strip() == f"Device ID {device} is enabled."
    assert admin.keyring() == {}
    assert cli.json("device", "status")["status"] == "active"
    assert cli.json("tokens", "list")["total"] >= 1
    assert cli.json("device", "enable", device)["status"] == "active"  # idempotent
    missing = "00000000-0000-0000-0000-000000000000"
    assert cli.fails(1, "device", "enable", missing) == (
        f"compliance-client: the server at {live_server.url} has no device {missing} in this "
        "token's organization")
    assert "usage:" in cli.fails(2, "device", "enable")
    assert "is not a device ID" in cli.fails(1, "device", "enable", "PC-1")


def test_a_global_admin_names_the_organization(cli: Cli, live_server, tmp_path: Path) -> None:
    """--org: a global token enables or deletes another organization's device."""
    org_key = cli.json("tokens", "add", "--org-name", "Branch", "--org-id", "branch",
                       "--expires", "never")["key"]
    cli.secrets.append(org_key)
    branch_pc = Cli(tmp_path / "branch-pc", live_server.url, org_key, own_device=True)
    device = branch_pc.json("device", "register")["device_id"]
    assert branch_pc.json("device", "disable", "--yes")["status"] == "disabled"

    assert "no device" in cli.fails(1, "device", "enable", device)  # not in "admin"
    line = cli.fails(1, "device", "enable", device, "--org", "elsewhere")
    assert line.endswith(f"has no device {device} in organization elsewhere")
    enabled = cli.json("device", "enable", device, "--org", "branch")
    assert (enabled["status"], enabled["organization_id"]) == ("active", "branch")
    assert branch_pc.json("device", "status")["status"] == "active"

    assert "refusing without --yes" in cli.fails(1, "device", "delete", device)
    assert cli.json("device", "delete", device, "--org", "branch", "--yes") == {
        "device_id": device, "organization_id": "branch", "deleted": True}
    assert "not registered" in branch_pc.fails(1, "device", "status")
    # The server forgot the device; its PC keeps its key and registers again with it.
    assert branch_pc.json("device", "register")["key_thumbprint"] == \
        DeviceKey.from_secret(branch_pc.device_secret(device) or "").thumbprint


def test_device_errors(cli: Cli) -> None:
    port = closed_port()
    line = cli.fails(1, "device", "status", "--url", f"http://127.0.0.1:{port}")
    assert "refused the connection" in line
    assert "usage:" in cli.fails(2, "device")
    assert "usage:" in cli.fails(2, "device", "status", "--yes")
    assert "usage:" in cli.fails(2, "device", "delete")
    limited_key = cli.json("tokens", "add", "--org-name", "Dev", "--org-id", "dev",
                           "--allow-endpoint", "tokens.self")["key"]
    cli.secrets.append(limited_key)
    line = cli.fails(1, "device", "register", COMPLIANCE_TOKEN=limited_key)
    assert "not allowed to use devices.register" in line
