"""``compliance-client tokens ...`` run as subprocesses against the real server on loopback.

Standard input is never a terminal here, which is exactly the case where destructive
commands must refuse without --yes.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from compliance_client.domain.keys import generate_key, is_well_formed
from compliance_client.domain.tokens import DEFAULT_VALID_DAYS, end_of_day, format_instant

from ..helpers.cli import Cli, closed_port


@pytest.fixture
def cli(live_server, tmp_path: Path) -> Cli:
    return Cli(tmp_path, live_server.url, live_server.admin_key)


def test_add_show_list(cli: Cli) -> None:
    out = cli.ok("tokens", "add", "--org-name", "Acme Ltd", "--org-id", "acme",
                 "--allow-endpoint", "tokens.*", "--allow-endpoint", "devices.read",
                 "--block-ip", "10.9.0.0/16", "--expires", "never")
    assert out.startswith("API token added successfully\n")
    key_lines = [ln for ln in out.splitlines() if ln.startswith("key: ")]
    assert len(key_lines) == 1 and is_well_formed(key_lines[0][5:])
    cli.secrets.append(key_lines[0][5:])
    assert "tokens.*, devices.read" in out and "10.9.0.0/16" in out

    # The date is the end of that day where the user is (TZ), sent as UTC.
    made = cli.json("tokens", "add", "--org-name", "Beta", "--org-id", "beta",
                    "--expires", "2099-12-31", TZ="Asia/Tokyo")
    assert is_well_formed(made["key"])
    cli.secrets.append(made["key"])
    assert made["expires_at"] == "2099-12-31T14:59:59Z"
    assert made["organization_id"] == "beta" and made["version"] == 1

    shown = cli.json("tokens", "show", str(made["id"]))
    assert "key" not in shown
    assert shown == {k: v for k, v in made.items() if k != "key"}
    table = cli.ok("tokens", "show", str(made["id"]))
    assert "2099-12-31T14:59:59Z" in table and made["key"] not in table

    listing = cli.json("tokens", "list", "--search", "beta")
    assert listing["total"] == 1 and [t["id"] for t in listing["items"]] == [made["id"]]
    everything = cli.ok("tokens", "list")
    assert "Acme Ltd" in everything and "Beta" in everything and "key prefix" in everything
    assert made["key"] not in everything


def test_edit(cli: Cli) -> None:
    made = cli.json("tokens", "add", "--org-name", "Gamma", "--org-id", "gamma",
                    "--allow-ip", "10.0.0.0/8", "--allow-ip", "127.0.0.0/8",
                    "--block-ip", "10.1.0.0/16", "--block-endpoint", "audit.read")
    cli.secrets.append(made["key"])
    tid = str(made["id"])
    out = cli.ok("tokens", "edit", tid, "--org-name", "Gamma Group", "--allow-ip", "::1")
    assert out.strip() == f"API Key with id {tid} is updated successfully"
    edited = cli.json("tokens", "show", tid)
    assert edited["organization_name"] == "Gamma Group"
    assert edited["allowed_ips"] == ["::1"]  # a list option given replaces that list
    assert edited["blocked_ips"] == ["10.1.0.0/16"]  # untouched
    assert edited["version"] == 2
    cleared = cli.json("tokens", "edit", tid, "--clear-blocked-ips",
                       "--clear-blocked-endpoints", "--expires", "2099-01-01", TZ="UTC")
    assert cleared["blocked_ips"] == [] and cleared["blocked_endpoints"] == []
    assert cleared["expires_at"] == "2099-01-01T23:59:59Z"
    assert cli.json("tokens", "edit", tid, "--expires", "never")["expires_at"] is None

    # Usage errors: nothing to change, contradicting options.
    assert "nothing to change" in cli.fails(2, "tokens", "edit", tid)
    assert "contradict" in cli.fails(2, "tokens", "edit", tid, "--allow-ip", "::1",
                                     "--clear-allowed-ips")


def test_bad_input_is_one_line_and_exit_1(cli: Cli) -> None:
    line = cli.fails(1, "tokens", "add", "--org-name", "X", "--org-id", "x",
                     "--allow-ip", "10.0.0.1/8")
    assert "--allow-ip" in line and "10.0.0.0/8" in line
    line = cli.fails(1, "tokens", "add", "--org-name", "X", "--org-id", "x",
                     "--expires", "2000-01-01")
    assert "--expires" in line and "future" in line
    line = cli.fails(1, "tokens", "add", "--org-name", "X", "--org-id", "x",
                     "--expires", "2030-02-30")
    assert "not a date in the calendar" in line
    line = cli.fails(1, "tokens", "add", "--org-name", "X", "--org-id", "x",
                     "--expires", "tomorrow")
    assert "YYYY-MM-DD" in line
    line = cli.fails(1, "tokens", "add", "--org-name", "X", "--org-id", "x",
                     "--allow-endpoint", "tokens.fly")
    assert "--allow-endpoint" in line and "tokens.fly" in line
    line = cli.fails(1, "tokens", "show", "9999")
    assert line == ("compliance-client: API token 9999 was not found on the server at "
                    f"{cli.env['COMPLIANCE_URL']}; it may have been deleted.")


def test_usage_errors_exit_2(cli: Cli) -> None:
    assert "usage:" in cli.fails(2, "tokens")
    assert "usage:" in cli.fails(2, "tokens", "show", "abc")
    assert "--org-id" in cli.fails(2, "tokens", "add", "--org-name", "X")
    assert "usage:" in cli.fails(2, "tokens", "list", "--bogus")


def test_regenerate_and_delete_need_yes_without_a_terminal(cli: Cli, live_server) -> None:
    made = cli.json("tokens", "add", "--org-name", "Delta", "--org-id", "delta")
    cli.secrets.append(made["key"])
    tid = str(made["id"])
    for action in ("regenerate", "delete"):
        line = cli.fails(1, "tokens", action, tid)
        assert "refusing without --yes" in line
    assert cli.json("tokens", "show", tid)["version"] == 1  # nothing happened

    renewed = cli.json("tokens", "regenerate", tid, "--yes")
    cli.secrets.append(renewed["key"])
    assert renewed["key"] != made["key"] and is_well_formed(renewed["key"])
    assert renewed["key_prefix"] == renewed["key"][:12] and renewed["id"] == made["id"]
    # The old key is dead, the new one works.
    assert "does not accept this API token" in cli.fails(1, "tokens", "list",
                                                         COMPLIANCE_TOKEN=made["key"])
    out = cli.ok("tokens", "regenerate", tid, "--yes")
    assert out.startswith(f"New key for API token {tid}\n") and "\nkey: cct_" in out
    cli.secrets.append(out.split("\nkey: ")[1].split()[0])

    assert cli.ok("tokens", "delete", tid, "--yes").strip() == "API Token is Deleted"
    assert "was not found" in cli.fails(1, "tokens", "show", tid)


def test_connection_problems(cli: Cli, tmp_path: Path) -> None:
    port = closed_port()
    line = cli.fails(1, "tokens", "list", COMPLIANCE_URL=f"http://127.0.0.1:{port}")
    assert line == (f"compliance-client: The server at http://127.0.0.1:{port} refused the "
                    "connection. Is the URL right and the server running?")
    # --url/--token override the environment, on the group or on the action.
    line = cli.fails(1, "tokens", "--url", f"http://127.0.0.1:{port}", "list")
    assert "refused the connection" in line
    line = cli.fails(1, "tokens", "list", "--url", f"http://127.0.0.1:{port}")
    assert "refused the connection" in line
    assert "http://192.0.2.1" in cli.fails(1, "tokens", "list", "--url", "http://192.0.2.1")

    wrong = generate_key()
    cli.secrets.append(wrong)
    assert "does not accept this API token" in cli.fails(1, "tokens", "list", "--token", wrong)
    mistyped = wrong[:-1] + ("A" if wrong[-1] != "A" else "B")
    cli.secrets.append(mistyped)
    assert "checksum" in cli.fails(1, "tokens", "list", COMPLIANCE_TOKEN=mistyped)

    bare = Cli(tmp_path / "bare")
    assert "no server" in bare.fails(1, "tokens", "list")


def test_active_profile_and_its_vault_token(live_server, tmp_path: Path) -> None:
    """Without --url/--token or the environment, the active profile's server and token."""
    cli = Cli(tmp_path)
    cli.secrets.append(live_server.admin_key)
    result = cli("profile", "set", "--name", "Work", "--url", live_server.url,
                 "--token-stdin", stdin=live_server.admin_key + "\n")
    assert result.returncode == 0, result.stderr
    listing = cli.json("tokens", "list")
    assert listing["total"] >= 1
    # The profile's token never goes to another server than the profile's.
    line = cli.fails(1, "tokens", "list", "--url", f"http://127.0.0.1:{closed_port()}")
    assert "give --token or set COMPLIANCE_TOKEN" in line


# -- issue 13: scope, a key in --search ------------------------------------------------------


def test_scope_on_add_show_and_list(cli: Cli) -> None:
    default = cli.json("tokens", "add", "--org-name", "Plain", "--org-id", "plain")
    cli.secrets.append(default["key"])
    assert default["scope"] == "organization"
    wide = cli.json("tokens", "add", "--org-name", "Operators", "--org-id", "ops",
                    "--scope", "global")
    cli.secrets.append(wide["key"])
    assert wide["scope"] == "global"
    assert cli.json("tokens", "show", str(wide["id"]))["scope"] == "global"
    narrow = cli.json("tokens", "add", "--org-name", "Narrow", "--org-id", "narrow",
                      "--scope", "organization")
    cli.secrets.append(narrow["key"])
    assert narrow["scope"] == "organization"

    table = cli.ok("tokens", "show", str(wide["id"]))
    assert any(line.split() == ["scope", "global"] for line in table.splitlines()), table
    listing = cli.ok("tokens", "list", "--search", "Operators").splitlines()
    assert listing[0].split()[:5] == ["id", "name", "owner", "organization", "scope"]
    assert listing[2].split()[:5] == [str(wide["id"]), "-", "-", "Operators", "global"]
    assert "usage:" in cli.fails(2, "tokens", "add", "--org-name", "X", "--org-id", "x",
                                 "--scope", "everything")
    # edit changes the scope only when asked to.
    tid = str(narrow["id"])
    assert cli.json("tokens", "edit", tid, "--scope", "global")["scope"] == "global"
    assert cli.json("tokens", "edit", tid, "--org-name", "Narrow 2")["scope"] == "global"
    assert cli.json("tokens", "edit", tid, "--scope", "organization")["scope"] == "organization"


def test_search_holding_a_whole_key_is_refused_before_anything_is_sent(cli: Cli,
                                                                       tmp_path: Path) -> None:
    key = generate_key()
    cli.secrets.append(key)
    # Nobody listens at this URL: a request would have been a connection error instead.
    dead = f"http://127.0.0.1:{closed_port()}"
    for search in (key, f"  {key}  ", f"acme {key}"):
        line = cli.fails(1, "tokens", "list", "--search", search, COMPLIANCE_URL=dead)
        assert "--search" in line and "whole API key" in line, line
        assert line.endswith(f"--search {key[:12]}")
        assert "refused the connection" not in line
    refused = cli.fails_json(1, "tokens", "list", "--search", key)  # with --json: as JSON
    assert refused["code"] == "search_holds_key" and "whole API key" in refused["message"]
    # A prefix, or text that only starts like a key, is an ordinary search.
    assert cli.json("tokens", "list", "--search", key[:12])["total"] == 0
    assert cli.json("tokens", "list", "--search", key[:40])["total"] == 0


# -- issue 15: the default lifetime, as in the GUI -------------------------------------------


@pytest.mark.parametrize("zone", ["America/New_York", "Pacific/Kiritimati", "Pacific/Pago_Pago"])
def test_add_without_expires_lasts_the_default_days_and_says_so(cli: Cli, zone: str) -> None:
    """As the GUI's Add dialog: the day DEFAULT_VALID_DAYS after today where the user is,
    expiring at its last second there (ui/token_dialog: end_of_day(day, the user's zone))."""
    tz = ZoneInfo(zone)
    before = datetime.now(tz).date()
    result = cli("tokens", "add", "--org-name", "Default", "--org-id", "default", "--json",
                 TZ=zone)
    after = datetime.now(tz).date()  # another day only when the test ran over midnight
    assert result.returncode == 0, result.stderr
    made = json.loads(result.stdout)
    cli.secrets.append(made["key"])
    expected = {format_instant(end_of_day(day + timedelta(days=DEFAULT_VALID_DAYS), tz)): day
                for day in (before, after)}
    assert made["expires_at"] in expected
    day = expected[made["expires_at"]] + timedelta(days=DEFAULT_VALID_DAYS)
    assert result.stderr == (
        f"compliance-client: no --expires given: the token expires at the end of {day} "
        f"(local time), in {DEFAULT_VALID_DAYS} days; use --expires never for a token that "
        "never expires.\n")


def test_add_with_expires_says_nothing_more(cli: Cli) -> None:
    for expires, expected in (("never", None), ("2099-12-31", "2099-12-31T23:59:59Z")):
        result = cli("tokens", "add", "--org-name", "Given", "--org-id", "given", "--json",
                     "--expires", expires, TZ="UTC")
        assert result.returncode == 0 and result.stderr == ""
        made = json.loads(result.stdout)
        cli.secrets.append(made["key"])
        assert made["expires_at"] == expected
    # edit keeps the expiry when --expires is not given: no default there.
    edited = cli.json("tokens", "edit", str(made["id"]), "--org-name", "Still given")
    assert edited["expires_at"] == "2099-12-31T23:59:59Z"


def test_add_help_names_the_default(cli: Cli) -> None:
    text = " ".join(cli.ok("tokens", "add", "--help").split())
    assert "default: the end of the day the token policy's default lifetime from today" in text
    assert f"({DEFAULT_VALID_DAYS} days when the token may not read the policy)" in text
    assert "--expires never" in text


def test_success_messages_are_the_seeds_word_for_word(cli: Cli) -> None:
    """DESIGN §1: "API token added successfully", "API Key with id N is updated
    successfully" (N the token's id), "API Token is Deleted"; each its own whole line."""
    out = cli.ok("tokens", "add", "--org-name", "Seed", "--org-id", "seed", "--expires", "never")
    cli.secrets.append(out.split("\nkey: ")[1].split()[0])
    assert out.splitlines()[0] == "API token added successfully"
    tid = cli.json("tokens", "list", "--search", "seed")["items"][0]["id"]
    assert cli.ok("tokens", "edit", str(tid), "--org-name", "Seed 2") == (
        f"API Key with id {tid} is updated successfully\n")
    assert cli.ok("tokens", "delete", str(tid), "--yes") == "API Token is Deleted\n"


def test_bind_devices_on_add_edit_and_show(cli: Cli, live_server) -> None:
    """--bind-device (DESIGN §9): a bound token works only on a PC that proves to be one of
    its devices; the devices must be of the token's organization."""
    devices = ["0f0e0d0c-0b0a-0908-0706-050403020100", "1f0e0d0c-0b0a-0908-0706-050403020101"]
    for device in devices:  # registered by the admin token: organization "admin"
        r = live_server.call("POST", "/devices", json={"device_id": device,
                                                       "hostname": "pc", "profile_name": "p"})
        assert r.status_code == 201, r.text
    made = cli.json("tokens", "add", "--org-name", "Desk", "--org-id", "admin",
                    "--bind-device", devices[0], "--expires", "never")
    cli.secrets.append(made["key"])
    assert made["bound_devices"] == [devices[0]]
    token_id = str(made["id"])
    rows = [" ".join(line.split()) for line in cli.ok("tokens", "show", token_id).splitlines()]
    assert f"bound devices {devices[0]}" in rows
    assert cli.json("tokens", "show", token_id)["bound_devices"] == [devices[0]]

    # A list option replaces the whole list; the clear flag empties it.
    edited = cli.json("tokens", "edit", token_id, "--bind-device", devices[1],
                      "--bind-device", devices[0])
    assert sorted(edited["bound_devices"]) == sorted(devices)
    assert cli.json("tokens", "edit", token_id, "--clear-bound-devices")["bound_devices"] == []
    rows = [" ".join(line.split()) for line in cli.ok("tokens", "show", token_id).splitlines()]
    assert "bound devices -" in rows
    assert "contradict" in cli.fails(2, "tokens", "edit", token_id, "--bind-device",
                                     devices[0], "--clear-bound-devices")

    # Another organization's device (or an unknown one) is refused, naming the option.
    line = cli.fails(1, "tokens", "add", "--org-name", "Other", "--org-id", "other",
                     "--bind-device", devices[0], "--expires", "never")
    assert line.startswith("compliance-client: invalid input: --bind-device: ")
    error = cli.fails_json(1, "tokens", "edit", token_id, "--bind-device",
                           "2f0e0d0c-0b0a-0908-0706-050403020102")
    assert error["code"] == "invalid_input"
    assert [p["option"] for p in error["field_problems"]] == ["--bind-device"]
