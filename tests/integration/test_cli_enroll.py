"""Enrollment end to end (DESIGN §13): an administrator makes a code with ``enrollments
create``; PCs redeem it with ``profile enroll --code-stdin`` against the real server, and the
new token goes straight into the keyring, never shown. Every :class:`Cli` is one PC: its own
home, keyring and device ID. With COMPLIANCE_REAL_KEYRING=1 (CI) one PC keeps its secrets in
the real gnome-keyring.
"""

from __future__ import annotations

import json
import subprocess
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from compliance_client.domain.keys import (
    WHOLE_KEY_SHAPED,
    generate_enrollment_code,
    is_well_formed,
)

from ..helpers.cli import (
    NO_KEYRING,
    REAL_KEYRING,
    TOKENLESS_KEYRING,
    Cli,
    dead_port_url,
    forget_real_keyring_entries,
)

LOCKED_KEYRING = {"PYTHON_KEYRING_BACKEND": "tests.helpers.keyring_fakes.LockedKeyring"}
INVALID = ("compliance-client: The server at {url} does not accept this enrollment code: it "
           "is unknown, used up or expired. Ask your administrator for a new one.")
ENROLLED = ("This PC is enrolled with {url} as device {device}; its API token is stored in "
            "the system keyring.")
PROFILE = "127.0.0.1"  # a new profile is named after the server's host


@pytest.fixture
def admin(live_server, tmp_path: Path) -> Cli:
    return Cli(tmp_path / "admin-pc", live_server.url, live_server.admin_key, own_device=True)


def _pc(tmp_path: Path, name: str, **kwargs: Any) -> Cli:
    """A PC that has nothing yet: no profile, no token, no server in its environment."""
    return Cli(tmp_path / name, own_device=True, **kwargs)


def _code(admin: Cli, *options: str) -> dict[str, Any]:
    data: Any = admin.json("enrollments", "create", "--org-name", "Acme", "--org-id", "acme",
                           "--expires", "never", *options)
    admin.secrets.append(data["code"])
    return dict(data)


def _enroll(pc: Cli, code: str, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    result = pc("profile", "enroll", "--code-stdin", *args, stdin=code + "\n", **env)
    assert code not in result.stdout + result.stderr
    assert not WHOLE_KEY_SHAPED.search(result.stdout + result.stderr), "a key was printed"
    return result


def _token_of(pc: Cli, profile: str = PROFILE) -> str:
    """The API token the PC's keyring holds for ``profile`` (from now on a secret no output
    may show)."""
    key = pc.keyring().get(profile.casefold())
    assert key is not None and is_well_formed(key)
    pc.secrets.append(key)
    return key


def _line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_a_code_enrolls_two_pcs_then_is_used_up(live_server, admin: Cli,
                                                tmp_path: Path) -> None:
    created = _code(admin, "--uses", "2", "--expires-in", "1h", "--name", "Laptops",
                    "--allow-endpoint", "devices.*", "--allow-endpoint", "tokens.self")
    assert set(created) == {"id", "code", "expires_at", "uses_left"}
    assert created["code"].startswith("cce_") and created["uses_left"] == 2
    expires = datetime.fromisoformat(created["expires_at"].replace("Z", "+00:00"))
    assert timedelta(minutes=59) < expires - datetime.now(UTC) <= timedelta(hours=1)

    pc1 = _pc(tmp_path, "pc1")
    device1 = pc1.ok("device", "id").strip()
    result = _enroll(pc1, created["code"], "--url", live_server.url)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == ENROLLED.format(url=live_server.url,
                                                            device=device1)
    assert result.stderr == ""
    key1 = _token_of(pc1)
    admin.secrets.append(key1)
    assert pc1.device_secret(device1)  # the device key, made in the keyring
    assert set(pc1.keyring()) == {PROFILE, f"device-key:{device1}"}

    # The profile: active, at the server, registered; the token is there, never shown.
    shown = pc1.json("profile", "show")
    assert (shown["name"], shown["url"], shown["token"], shown["device_registered"]) == (
        PROFILE, live_server.url, "stored", True)

    # Signed requests with the new token work, and name this PC.
    status: Any = pc1.json("device", "status")
    assert status["device_id"] == device1 and status["status"] == "active"
    assert status["organization_id"] == "acme"
    assert status["key_thumbprint"] == status["local_key_thumbprint"] is not None

    # The server made the token from the template, bound to this PC.
    token_id = int(result.stdout.split("(API token ")[1].split(",")[0])
    token: Any = admin.json("tokens", "show", str(token_id))
    assert token["bound_devices"] == [device1]
    assert (token["organization_id"], token["name"], token["expires_at"]) == (
        "acme", "Laptops", None)
    assert token["allowed_endpoints"] == ["devices.*", "tokens.self"]
    assert key1.startswith(token["key_prefix"])

    # A second PC takes the second use (JSON this time).
    pc2 = _pc(tmp_path, "pc2")
    device2 = pc2.ok("device", "id").strip()
    assert device2 != device1
    result = _enroll(pc2, created["code"], "--url", live_server.url, "--name", "Work",
                     "--json")
    assert result.returncode == 0 and result.stderr == ""
    data = json.loads(result.stdout)
    assert set(data) == {"profile", "url", "device_id", "token_id", "key_prefix",
                         "organization_id"}
    assert (data["profile"], data["url"], data["device_id"], data["organization_id"]) == (
        "Work", live_server.url, device2, "acme")
    key2 = _token_of(pc2, "Work")
    assert key2.startswith(data["key_prefix"]) and key2 != key1
    assert pc2.json("device", "status")["device_id"] == device2

    # A third PC: the code is used up. It made its device key, but has no token or profile.
    pc3 = _pc(tmp_path, "pc3")
    result = _enroll(pc3, created["code"], "--url", live_server.url)
    assert _line(result) == INVALID.format(url=live_server.url)
    assert [u for u in pc3.keyring() if not u.startswith("device-key:")] == []
    error = pc3.fails_json(1, "profile", "enroll", "--code-stdin", "--url", live_server.url,
                           stdin=created["code"])
    assert (error["code"], error["http_status"]) == ("invalid_enrollment", 401)
    assert pc3.fails_json(1, "profile", "show")["code"] == "no_profile"


@pytest.mark.skipif(not REAL_KEYRING,
                    reason="needs a running Secret Service; set COMPLIANCE_REAL_KEYRING=1 "
                           "(CI does)")
def test_enroll_with_the_real_keyring(live_server, admin: Cli, tmp_path: Path) -> None:
    """The key goes into gnome-keyring itself, beside this PC's device key, and the signed
    requests that follow read both from there."""
    pc = _pc(tmp_path, "real-pc", real_keyring=True)
    device = pc.ok("device", "id").strip()
    profile = f"Enroll test {tmp_path.name}"
    users = [profile.casefold(), f"device-key:{device}"]
    try:
        created = _code(admin)
        result = _enroll(pc, created["code"], "--url", live_server.url, "--name", profile)
        assert result.returncode == 0, result.stderr
        assert result.stdout.splitlines()[0] == ENROLLED.format(url=live_server.url,
                                                                device=device)
        key = _token_of(pc, profile)
        assert pc.device_secret(device)
        status: Any = pc.json("device", "status")
        assert status["status"] == "active"
        assert status["key_thumbprint"] == status["local_key_thumbprint"] is not None
        assert pc.json("profile", "show")["token"] == "stored"
        token: Any = admin.json("tokens", "list")
        mine = [t for t in token["items"] if key.startswith(t["key_prefix"])]
        assert len(mine) == 1 and mine[0]["bound_devices"] == [device]
    finally:
        forget_real_keyring_entries(users)


def test_unknown_expired_and_malformed_codes(live_server, admin: Cli, tmp_path: Path) -> None:
    pc = _pc(tmp_path, "pc")
    unknown = generate_enrollment_code()
    assert _line(_enroll(pc, unknown, "--url", live_server.url)) == \
        INVALID.format(url=live_server.url)

    created = _code(admin, "--expires-in", "60s")
    _expire(live_server, created["id"])
    assert _line(_enroll(pc, created["code"], "--url", live_server.url)) == \
        INVALID.format(url=live_server.url)
    assert pc.fails_json(1, "profile", "show")["code"] == "no_profile"

    # A mistyped code is refused offline: not even the device key is made, and a server
    # nobody listens on is never asked.
    fresh = _pc(tmp_path, "fresh")
    good = _code(admin)["code"]
    mistyped = good[:-1] + ("A" if good[-1] != "A" else "B")
    fresh.secrets.append(mistyped)
    for url in (live_server.url, dead_port_url()):
        assert _line(_enroll(fresh, mistyped, "--url", url)) == (
            "compliance-client: This enrollment code is mistyped: its checksum does not "
            "match. Nothing was sent to the server.")
    assert _line(_enroll(fresh, "cct_" + good[4:], "--url", live_server.url)) == (
        "compliance-client: An enrollment code starts with \u201ccce_\u201d. Nothing was "
        "sent to the server.")
    assert fresh.keyring() == {}
    # The code itself is still good: it was never sent.
    assert _enroll(fresh, good, "--url", live_server.url).returncode == 0


def _expire(live_server: Any, enrollment_id: int) -> None:
    """Make a code expired, straight in the database (a minute is too long to wait)."""
    from sqlalchemy import update

    from compliance_client.server.db import Database
    from compliance_client.server.models import EnrollmentRow

    db = Database(live_server.db_url)
    try:
        with db.write() as session:
            session.execute(update(EnrollmentRow).where(EnrollmentRow.id == enrollment_id)
                            .values(expires_at=datetime.now(UTC) - timedelta(seconds=1)))
    finally:
        db.dispose()


def test_the_managed_server_url_needs_no_url(live_server, admin: Cli, tmp_path: Path) -> None:
    pc = _pc(tmp_path, "pc")
    code = _code(admin)["code"]
    result = _enroll(pc, code)
    assert result.returncode == 2
    assert "no server to enroll with: give --url URL" in result.stderr
    policy = tmp_path / "policy.json"
    policy.write_text(json.dumps({"ServerUrl": live_server.url, "LockServerUrl": True,
                                  "ProfileName": "Corp"}), encoding="utf-8")
    pc.env["COMPLIANCE_POLICY_FILE"] = str(policy)
    # A locked URL is the only one.
    assert _line(_enroll(pc, code, "--url", dead_port_url())) == (
        "compliance-client: url: Set by your organization; it cannot be changed here.")
    result = _enroll(pc, code)
    assert result.returncode == 0, result.stderr
    _token_of(pc, "Corp")
    shown = pc.json("profile", "show")
    assert (shown["name"], shown["url"], shown["sources"]["url"]) == (
        "Corp", live_server.url, "managed")
    assert pc.json("device", "status")["status"] == "active"


def test_no_usable_or_a_locked_keyring_sends_nothing(live_server, admin: Cli,
                                                     tmp_path: Path) -> None:
    code = _code(admin)["code"]  # one use only
    pc = _pc(tmp_path, "pc")
    line = _line(_enroll(pc, code, "--url", live_server.url, **NO_KEYRING))
    assert line.startswith("compliance-client: No secure keyring is available")
    assert line.endswith("Nothing was sent to the server: this PC needs a working keyring "
                         "to enroll.")
    line = _line(_enroll(pc, code, "--url", live_server.url, **LOCKED_KEYRING))
    assert "Nothing was sent to the server" in line
    # The one use is still there.
    assert _enroll(pc, code, "--url", live_server.url).returncode == 0


def test_a_keyring_that_fails_to_store_the_token(live_server, admin: Cli,
                                                 tmp_path: Path) -> None:
    pc = _pc(tmp_path, "pc")
    result = _enroll(pc, _code(admin)["code"], "--url", live_server.url, **TOKENLESS_KEYRING)
    line = _line(result)
    assert result.stdout == ""
    tokens: Any = admin.json("tokens", "list")
    device = pc.ok("device", "id").strip()
    made = [t for t in tokens["items"] if t["bound_devices"] == [device]]
    assert len(made) == 1
    token_id, prefix = made[0]["id"], made[0]["key_prefix"]
    assert line.startswith(f"compliance-client: The server at {live_server.url} created API "
                           f"token {token_id} (key prefix {prefix}) for this PC, but it "
                           "could not be stored: ")
    assert line.endswith(f"Ask an administrator to delete token {token_id} "
                         f"(compliance-client tokens delete {token_id}) and to give you a "
                         "new enrollment code, then enroll again.")
    assert [u for u in pc.keyring() if not u.startswith("device-key:")] == []


def test_refusals_of_the_device(live_server, admin: Cli, tmp_path: Path) -> None:
    pc = _pc(tmp_path, "pc")
    device = pc.ok("device", "id").strip()
    code = _code(admin, "--uses", "3")["code"]
    assert _enroll(pc, code, "--url", live_server.url).returncode == 0

    # The keyring lost the device key: the server knows the device with the old one.
    pc.forget_device_key(device)
    line = _line(_enroll(pc, code, "--url", live_server.url))
    assert line == (f"compliance-client: The server at {live_server.url} knows this PC's "
                    f"device ID {device} with another device key than the one in this PC's "
                    "keyring, so this PC was not enrolled. An administrator deletes the "
                    f"device ID on the server (compliance-client device delete {device}); "
                    "then enroll again.")

    # A disabled device cannot enroll again.
    other = _pc(tmp_path, "other")
    other_device = other.ok("device", "id").strip()
    assert _enroll(other, code, "--url", live_server.url).returncode == 0
    r = live_server.call("POST", f"/devices/{other_device}/disable",
                         params={"organization_id": "acme"})
    assert r.status_code == 200, r.text
    line = _line(_enroll(other, code, "--url", live_server.url))
    assert line == (f"compliance-client: This PC's device ID {other_device} is disabled on "
                    f"the server at {live_server.url}, so it cannot be enrolled. An "
                    "administrator can enable it from another PC: compliance-client device "
                    f"enable {other_device}")


def test_codes_are_never_taken_on_the_command_line(tmp_path: Path) -> None:
    pc = _pc(tmp_path, "pc")
    code = generate_enrollment_code()
    pc.secrets.append(code)
    result = pc("profile", "enroll", "--code", code, "--url", "https://c.example.com")
    assert result.returncode == 2 and code not in result.stdout + result.stderr
    assert "not taken on the command line" in result.stderr
    result = pc("profile", "enroll", code)
    assert result.returncode == 2 and code not in result.stdout + result.stderr
    assert pc("profile", "enroll", "--url", "https://c.example.com").returncode == 2


def test_create_options_are_checked(live_server, admin: Cli) -> None:
    for args, words in ((["--uses", "0"], "--uses is from 1 to 1000"),
                        (["--uses", "1001"], "--uses is from 1 to 1000"),
                        (["--expires-in", "59s"], "outside 60 seconds to 7 days"),
                        (["--expires-in", "8d"], "outside 60 seconds to 7 days"),
                        (["--expires-in", "soon"], "is not a duration")):
        result = admin("enrollments", "create", "--org-name", "A", "--org-id", "a", *args)
        assert result.returncode == 2 and words in result.stderr, result.stderr
    # The template is checked as a new token is: the server names the option.
    error = admin.fails_json(1, "enrollments", "create", "--org-name", "A", "--org-id", "a",
                             "--allow-endpoint", "no.such.endpoint")
    assert error["code"] == "invalid_input"
    assert "--allow-endpoint" in error["message"]
    # The human form: the code once, its expiry and uses; the default expiry said on stderr.
    result = admin("enrollments", "create", "--org-name", "A", "--org-id", "a", "--uses", "3")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Enrollment code (shown once): cce_")
    admin.secrets.append(lines[0].split(": ")[1])
    assert lines[1].startswith("Valid until ") and lines[1].endswith(" UTC for 3 enrollments.")
    assert lines[2] == (f"On each PC: compliance-client profile enroll --code-stdin --url "
                        f"{live_server.url}")
    assert "no --expires given: the token expires at the end of" in result.stderr
