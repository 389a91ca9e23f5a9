"""Managed settings on the command line (DESIGN §13), through ``COMPLIANCE_POLICY_FILE``:
``profile show`` says where each value comes from, ``profile set`` refuses what IT locked,
commands connect to the locked server, ``demo`` obeys DisableDemo, and problems in the
settings are warned about once."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from compliance_client.domain.keys import generate_enrollment_code, generate_key

from ..helpers.cli import Cli, dead_port_url


def _policy(pc: Cli, tmp_path: Path, **values: Any) -> Path:
    path = tmp_path / "policy.json"
    path.write_text(json.dumps(values), encoding="utf-8")
    pc.env["COMPLIANCE_POLICY_FILE"] = str(path)
    return path


def _rows(text: str) -> dict[str, str]:
    return {k: v.strip() for k, v in (line.split(":", 1) for line in text.splitlines())}


@pytest.fixture
def pc(tmp_path: Path) -> Cli:
    return Cli(tmp_path / "pc")


def test_show_says_where_each_value_comes_from(pc: Cli, tmp_path: Path) -> None:
    pc.ok("profile", "set", "--name", "Mine", "--url", "https://mine.example.com",
          "--language", "fr")
    path = _policy(pc, tmp_path, ServerUrl="https://it.example.com", LockServerUrl=True,
                   Language="de", CaBundle="/etc/ssl/corp.pem")
    rows = _rows(pc.ok("profile", "show"))
    assert rows["name"] == "Mine (profile)"
    assert rows["url"] == "https://it.example.com (set by your organization)"
    assert rows["language"] == "fr (Français) (profile)"  # Language without LockLanguage
    assert rows["ca bundle"] == "/etc/ssl/corp.pem (set by your organization)"
    assert rows["managed settings"] == str(path)
    data = pc.json("profile", "show")
    assert (data["name"], data["url"], data["language"], data["ca_bundle"]) == (
        "Mine", "https://it.example.com", "fr", "/etc/ssl/corp.pem")
    assert data["sources"] == {"name": "profile", "url": "managed", "language": "profile",
                               "ca_bundle": "managed"}
    assert data["managed"] == {"origin": str(path), "locked": ["url"],
                               "enrollment_code": False, "disable_demo": False,
                               "autostart": None, "problems": []}
    # The file still holds the user's own URL: IT's value is merged, not written.
    del pc.env["COMPLIANCE_POLICY_FILE"]
    data = pc.json("profile", "show")
    assert data["url"] == "https://mine.example.com" and data["managed"] is None
    assert data["sources"] == {"name": "profile", "url": "profile", "language": "profile",
                               "ca_bundle": "default"}
    assert _rows(pc.ok("profile", "show"))["ca bundle"] == "(system certificates)"


def test_show_before_any_profile_shows_the_organizations_values(pc: Cli,
                                                               tmp_path: Path) -> None:
    code = generate_enrollment_code()
    pc.secrets.append(code)
    _policy(pc, tmp_path, ServerUrl="https://it.example.com", ProfileName="Corp",
            EnrollmentCode=code)
    result = pc("profile", "show", "--json")
    assert result.returncode == 0 and result.stderr == ""
    assert code not in result.stdout
    data = json.loads(result.stdout)
    assert (data["name"], data["url"], data["language"], data["token"]) == (
        "Corp", "https://it.example.com", "en", "not stored")
    assert data["sources"] == {"name": "managed", "url": "managed", "language": "default",
                               "ca_bundle": "default"}
    assert data["profiles"] == [] and data["managed"]["enrollment_code"] is True
    text = pc.ok("profile", "show")
    assert code not in text and code[:12] not in text
    assert _rows(text)["url"] == "https://it.example.com (set by your organization)"
    # With neither a profile nor managed settings: the usual error.
    del pc.env["COMPLIANCE_POLICY_FILE"]
    assert pc.fails_json(1, "profile", "show")["code"] == "no_profile"


def test_set_refuses_a_locked_field_before_reading_the_token(pc: Cli, tmp_path: Path) -> None:
    pc.ok("profile", "set", "--name", "Mine", "--url", "https://mine.example.com")
    _policy(pc, tmp_path, ServerUrl="https://it.example.com", LockServerUrl=True,
            Language="de", LockLanguage=True)
    key = generate_key()
    pc.secrets.append(key)
    line = pc.fails(1, "profile", "set", "--url", "https://other.example.com",
                    "--token-stdin", stdin=key)
    assert line == ("compliance-client: url: Set by your organization; it cannot be changed "
                    "here.")
    line = pc.fails(1, "profile", "set", "--language", "fr")
    assert line == ("compliance-client: language: Set by your organization; it cannot be "
                    "changed here.")
    assert pc.keyring() == {}  # the token was never read, let alone stored
    # What is not locked still changes.
    pc.ok("profile", "set", "--name", "Renamed")
    assert pc.json("profile", "show")["name"] == "Renamed"


def test_set_may_change_an_unlocked_managed_url(pc: Cli, tmp_path: Path) -> None:
    _policy(pc, tmp_path, ServerUrl="https://it.example.com", ProfileName="Corp",
            Language="de")
    pc.ok("profile", "set", "--url", "https://mine.example.com")  # no --name: IT's name
    data = pc.json("profile", "show")
    assert (data["name"], data["url"], data["language"]) == (
        "Corp", "https://mine.example.com", "de")  # the first profile started from IT's
    assert data["sources"]["url"] == "profile"


def test_a_command_connects_to_the_locked_url(live_server, pc: Cli, tmp_path: Path) -> None:
    """The profile says one server, IT locked another: the command goes to IT's, with the
    profile's token (the token belongs to the effective profile, whose server that is)."""
    pc.secrets.append(live_server.admin_key)
    wrong = dead_port_url()
    pc.ok("profile", "set", "--name", "Work", "--url", wrong, "--token-stdin",
          stdin=live_server.admin_key)
    assert pc.fails_json(1, "tokens", "list")["code"] == "cannot_connect"
    _policy(pc, tmp_path, ServerUrl=live_server.url, LockServerUrl=True)
    listed = pc.json("tokens", "list")
    assert listed["total"] >= 1
    # Only ServerUrl, not locked: the profile's own URL stands.
    _policy(pc, tmp_path, ServerUrl=live_server.url)
    assert pc.fails_json(1, "tokens", "list")["code"] == "cannot_connect"


def test_problems_are_warned_about_once(pc: Cli, tmp_path: Path) -> None:
    code = generate_enrollment_code()
    mistyped = code[:-1] + ("A" if code[-1] != "A" else "B")
    pc.secrets.append(mistyped)
    path = _policy(pc, tmp_path, ServerUrl="http://remote.example.com", LockServerUrl=True,
                   EnrollmentCode=mistyped, ProfileName="Corp")
    result = pc("profile", "show")
    assert result.returncode == 0
    assert mistyped not in result.stdout + result.stderr
    warnings = result.stderr.splitlines()
    assert warnings == [
        f"compliance-client: warning: managed settings ({path}): {problem}" for problem in (
            "ServerUrl: Use https:// for a server on another computer: plain http:// would "
            "send the API token in clear. http:// is allowed only for this computer "
            "(localhost, 127.0.0.1, ::1); ignored",
            "EnrollmentCode: This enrollment code is mistyped: its checksum does not match; "
            "ignored",
            "LockServerUrl is set but there is no valid ServerUrl to lock")]
    assert _rows(result.stdout)["name"] == "Corp (set by your organization)"


def test_demo_is_refused_when_the_organization_turned_it_off(pc: Cli, tmp_path: Path) -> None:
    _policy(pc, tmp_path, DisableDemo=True)
    assert pc.fails(1, "demo", "--no-gui") == ("compliance-client: The demo is turned off by "
                                               "your organization.")
