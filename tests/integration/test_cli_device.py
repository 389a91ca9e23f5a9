"""``compliance-client device id/register/status/disable`` as subprocesses, real server."""

from __future__ import annotations

from pathlib import Path

import pytest

from compliance_client.domain.device_identity import is_device_id

from ..helpers.cli import Cli, closed_port


@pytest.fixture
def cli(live_server, tmp_path: Path) -> Cli:
    return Cli(tmp_path, live_server.url, live_server.admin_key)


def test_device_id_is_stable_and_needs_no_server(tmp_path: Path) -> None:
    cli = Cli(tmp_path)  # no server configured at all
    first = cli.ok("device", "id").strip()
    assert is_device_id(first)
    assert cli.ok("device", "id").strip() == first
    assert cli.json("device", "id") == {"device_id": first}


def test_register_status_disable(cli: Cli, live_server) -> None:
    device = cli.ok("device", "id").strip()
    line = cli.fails(1, "device", "status")
    assert line == (f"compliance-client: this PC (device ID {device}) is not registered with "
                    f"the server at {live_server.url}; run: compliance-client device register")
    assert "not registered" in cli.fails(1, "device", "disable", "--yes")

    out = cli.ok("device", "register")
    assert out.startswith(f"Device ID {device} registered with {live_server.url}")
    status = cli.json("device", "status")
    assert status["device_id"] == device and status["status"] == "active"
    assert status["organization_id"] == "admin" and status["hostname"]
    table = cli.ok("device", "status")
    assert device in table and "active" in table

    assert "refusing without --yes" in cli.fails(1, "device", "disable")
    assert cli.json("device", "status")["status"] == "active"
    assert cli.ok("device", "disable", "--yes").strip() == f"Device ID {device} is disabled."
    after = cli.json("device", "status")
    assert after["status"] == "disabled" and after["disabled_at"]
    # Disabling again is fine (idempotent); registering again does not re-enable.
    assert cli.json("device", "disable", "--yes")["status"] == "disabled"
    assert cli.json("device", "register")["status"] == "disabled"

    # An administrator enables it again by its ID (DESIGN §3: device enable ID).
    assert cli.ok("device", "enable", device).strip() == f"Device ID {device} is enabled."
    assert cli.json("device", "status")["status"] == "active"
    assert cli.json("device", "enable", device)["status"] == "active"  # idempotent
    missing = "00000000-0000-0000-0000-000000000000"
    assert "no device" in cli.fails(1, "device", "enable", missing).lower()
    assert "usage:" in cli.fails(2, "device", "enable")


def test_device_errors(cli: Cli) -> None:
    port = closed_port()
    line = cli.fails(1, "device", "status", "--url", f"http://127.0.0.1:{port}")
    assert "refused the connection" in line
    assert "usage:" in cli.fails(2, "device")
    assert "usage:" in cli.fails(2, "device", "status", "--yes")
    limited_key = cli.json("tokens", "add", "--org-name", "Dev", "--org-id", "dev",
                           "--allow-endpoint", "tokens.self")["key"]
    cli.secrets.append(limited_key)
    line = cli.fails(1, "device", "register", COMPLIANCE_TOKEN=limited_key)
    assert "not allowed to use devices.register" in line
