"""The token lifecycle on the command line (issue 17, DESIGN §10, ARCHITECTURE §11), run as
subprocesses against the real server on loopback: suspend and resume, keys replaced with a
grace period, rotating one's own key into the profile's keyring, reporting leaked keys, the
token policy, and the words that say what a token is for.

Standard input is never a terminal here: the commands that ask refuse without --yes.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordSetError

from compliance_client.domain.keys import generate_key, is_well_formed, key_prefix
from compliance_client.domain.tokens import DEFAULT_VALID_DAYS

from ..helpers.cli import Cli
from ..helpers.keyring_fakes import JsonFileKeyring

SUSPENDED = ("compliance-client: This API token is suspended: an administrator switched it "
             "off, or its key was reported as leaked. Ask your administrator to resume it or "
             "to issue a new one.")
UNTIL = re.compile(r"works until (\d{4}-\d\d-\d\d \d\d:\d\d) UTC")
THIS_MODULE = "tests.integration.test_cli_lifecycle"


class OneWriteKeyring(JsonFileKeyring):
    """Stores once per process, then fails: a keyring daemon that goes away between the
    check before a rotation and the storing of the new key. No real keyring can be made to
    fail at that moment on demand."""

    writes = 0

    def set_password(self, service: str, username: str, password: str) -> None:
        type(self).writes += 1
        if type(self).writes > 1:
            raise PasswordSetError("the keyring daemon went away")
        super().set_password(service, username, password)


class ReadOnlyKeyring(JsonFileKeyring):
    """Reads, but refuses every write (a full or read-only store)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("the keyring is read-only")


for _cls in (OneWriteKeyring, ReadOnlyKeyring):  # only where a test names them
    KeyringBackend._classes.discard(_cls)  # type: ignore[attr-defined]


@pytest.fixture
def cli(live_server, tmp_path: Path) -> Cli:
    """The administrator, with the server's bootstrap token in the environment."""
    return Cli(tmp_path / "admin", live_server.url, live_server.admin_key)


def _add(cli: Cli, *args: str, **env: str) -> dict[str, Any]:
    issued: dict[str, Any] = cli.json("tokens", "add", "--org-name", "Acme", "--org-id", "acme",
                                      *args, **env)
    cli.secrets.append(issued["key"])
    return issued


def _key_from(out: str) -> str:
    lines = [ln[5:] for ln in out.splitlines() if ln.startswith("key: ")]
    assert len(lines) == 1 and is_well_formed(lines[0]), out
    return lines[0]


def _until(out: str) -> datetime:
    found = UNTIL.search(out)
    assert found, out
    return datetime.strptime(found.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=UTC)


def _about(when: datetime, seconds: int) -> bool:
    """``when`` is ``seconds`` from now, to the minute (the CLI prints minutes, cut)."""
    expected = datetime.now(UTC) + timedelta(seconds=seconds)
    return timedelta(minutes=-2) < when - expected < timedelta(minutes=1)


def _rows(table: str) -> list[list[str]]:
    return [line.split() for line in table.splitlines()]


def _profile_pc(live_server, path: Path, key: str) -> Cli:
    """A PC whose profile "Work" holds ``key`` in its keyring (no token in the environment)."""
    pc = Cli(path)
    pc.secrets.append(key)
    result = pc("profile", "set", "--name", "Work", "--url", live_server.url, "--token-stdin",
                stdin=key + "\n")
    assert result.returncode == 0, result.stderr
    assert pc.keyring()["work"] == key
    return pc


# -- suspend and resume ------------------------------------------------------------------------


def test_suspend_and_resume(cli: Cli) -> None:
    made = _add(cli, "--expires", "never", "--name", "Nightly export")
    tid, key = str(made["id"]), made["key"]
    assert cli.json("tokens", "show", tid, COMPLIANCE_TOKEN=key)["status"] == "active"

    out = cli.ok("tokens", "suspend", tid)
    assert out == (f"API token {tid} is suspended by an administrator. Its key is refused until "
                   f"it is resumed: compliance-client tokens resume {tid}\n")
    assert cli.fails(1, "tokens", "list", COMPLIANCE_TOKEN=key) == SUSPENDED
    assert cli.fails_json(1, "tokens", "list", COMPLIANCE_TOKEN=key)["code"] == "token_suspended"
    again = cli.json("tokens", "suspend", tid)  # idempotent
    assert (again["status"], again["suspended_reason"]) == ("suspended", "admin")
    assert ["status", "suspended", "by", "an", "administrator"] in _rows(
        cli.ok("tokens", "show", tid))
    row = next(r for r in _rows(cli.ok("tokens", "list")) if r[0] == tid)
    assert row[:3] == [tid, "Nightly", "export"] and "Suspended" in row

    assert cli.ok("tokens", "resume", tid) == f"API token {tid} is active again.\n"
    assert cli.json("tokens", "show", tid, COMPLIANCE_TOKEN=key)["status"] == "active"
    assert cli.json("tokens", "resume", tid)["status"] == "active"


def test_suspending_your_own_token_asks_first(cli: Cli) -> None:
    made = _add(cli, "--expires", "never")
    tid, key = str(made["id"]), made["key"]
    line = cli.fails(1, "tokens", "suspend", tid, COMPLIANCE_TOKEN=key)
    assert "refusing without --yes" in line
    assert cli.json("tokens", "show", tid)["status"] == "active"  # nothing happened
    # Another token's suspension asks nothing: the administrator suspends and resumes it.
    assert cli.json("tokens", "suspend", tid)["status"] == "suspended"
    assert cli.json("tokens", "resume", tid)["status"] == "active"

    assert "is suspended" in cli.ok("tokens", "suspend", tid, "--yes", COMPLIANCE_TOKEN=key)
    assert cli.fails(1, "tokens", "show", tid, COMPLIANCE_TOKEN=key) == SUSPENDED


# -- keys replaced with a grace period ---------------------------------------------------------


def test_regenerate_with_a_grace_period(cli: Cli) -> None:
    made = _add(cli, "--expires", "never")
    tid, first = str(made["id"]), made["key"]
    assert "refusing without --yes" in cli.fails(1, "tokens", "regenerate", tid, "--grace", "1h")

    out = cli.ok("tokens", "regenerate", tid, "--grace", "1h", "--yes")
    second = _key_from(out)
    cli.secrets.append(second)
    assert out.startswith(f"New key for API token {tid}\n")
    assert _about(_until(out), 3600)
    # Both keys name the token until the grace period ends.
    for key in (first, second):
        assert cli.json("tokens", "show", tid, COMPLIANCE_TOKEN=key)["id"] == made["id"]
    shown = cli.ok("tokens", "show", tid)
    assert any(r[:4] == ["previous", "key", "works", "until"] for r in _rows(shown)), shown
    assert _about(_until(shown), 3600)

    renewed = cli.json("tokens", "regenerate", tid, "--grace", "7d", "--yes")
    cli.secrets.append(renewed["key"])
    until = datetime.fromisoformat(renewed["previous_key_expires_at"].replace("Z", "+00:00"))
    assert _about(until, 7 * 86400)

    out = cli.ok("tokens", "regenerate", tid, "--grace", "0", "--yes")
    cli.secrets.append(_key_from(out))
    assert "The old key stops working now." in out.splitlines()
    assert "does not accept this API token" in cli.fails(1, "tokens", "list",
                                                         COMPLIANCE_TOKEN=renewed["key"])
    assert "previous key" not in cli.ok("tokens", "show", tid)


@pytest.mark.parametrize("value", ["8d", "604801", "abc", "1w", "1.5h", "=-5m", "h", "="])
def test_bad_grace_is_a_usage_error(cli: Cli, value: str) -> None:
    option = f"--grace{value}" if value.startswith("=") else "--grace"
    given = [option] if value.startswith("=") else [option, value]
    for command in (("tokens", "regenerate", "1", "--yes"), ("tokens", "rotate-self", "--yes")):
        text = cli.fails(2, *command, *given)
        assert "usage:" in text and "argument --grace" in text, text
        assert "0, 90s, 30m, 1h, 1d or 7d" in text
    assert cli.fails_json(2, "tokens", "regenerate", "1", *given)["code"] == "usage"


# -- rotating one's own key --------------------------------------------------------------------


def test_rotate_self_stores_the_new_key_in_the_profile(cli: Cli, live_server,
                                                       tmp_path: Path) -> None:
    made = _add(cli, "--expires", "never")
    old = made["key"]
    pc = _profile_pc(live_server, tmp_path / "pc", old)
    assert "refusing without --yes" in pc.fails(1, "tokens", "rotate-self")
    assert pc.keyring()["work"] == old

    out = pc.ok("tokens", "rotate-self", "--yes")
    new = pc.keyring()["work"]
    pc.secrets.append(new)
    assert new != old and is_well_formed(new)
    assert new not in out  # stored, so never printed
    assert out.startswith(f"Profile \u201cWork\u201d now uses the new key of API token "
                          f"{made['id']} ({key_prefix(new)}). The old key works until ")
    assert _about(_until(out), 3600)  # the default grace: an hour

    # The next command uses the new key; the old one works until the grace period ends.
    assert pc.json("tokens", "show", str(made["id"]))["key_prefix"] == key_prefix(new)
    assert pc.json("tokens", "show", str(made["id"]), COMPLIANCE_TOKEN=old)["id"] == made["id"]

    # --json: the token, and no key, since the profile has it.
    data = pc.json("tokens", "rotate-self", "--yes", "--grace", "30m")
    newer = pc.keyring()["work"]
    pc.secrets.append(newer)
    assert "key" not in data and data["key_prefix"] == key_prefix(newer)
    until = datetime.fromisoformat(data["previous_key_expires_at"].replace("Z", "+00:00"))
    assert _about(until, 1800)


def test_rotate_self_with_a_key_from_the_environment_prints_it(cli: Cli) -> None:
    made = _add(cli, "--expires", "never")
    issued = cli.json("tokens", "rotate-self", "--yes", COMPLIANCE_TOKEN=made["key"])
    cli.secrets.append(issued["key"])
    assert issued["id"] == made["id"] and issued["key"] != made["key"]
    assert cli.keyring() == {}  # no profile involved
    assert _about(datetime.fromisoformat(
        issued["previous_key_expires_at"].replace("Z", "+00:00")), 3600)

    out = cli.ok("tokens", "rotate-self", "--yes", "--grace", "0",
                 COMPLIANCE_TOKEN=issued["key"])
    cli.secrets.append(_key_from(out))
    assert out.startswith(f"New key for API token {made['id']}, the token you are signed in "
                          "with\n")
    assert "The old key stops working now." in out.splitlines()


def test_rotate_self_when_the_keyring_fails_to_store_the_new_key(cli: Cli, live_server,
                                                                 tmp_path: Path) -> None:
    made = _add(cli, "--expires", "never")
    old = made["key"]
    pc = _profile_pc(live_server, tmp_path / "pc", old)
    result = pc("tokens", "rotate-self", "--yes",
                PYTHON_KEYRING_BACKEND=f"{THIS_MODULE}.OneWriteKeyring")
    assert result.returncode == 1
    new = _key_from(result.stdout)  # printed once, so that it is not lost
    pc.secrets.append(new)
    assert result.stdout == f"key: {new}\n"
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(
        "compliance-client: the new key could not be stored in the system keyring (the "
        "keyring daemon went away), so profile \u201cWork\u201d still holds the old key, which "
        "works until ")
    assert lines[0].endswith("store it in the profile before then with compliance-client "
                             "profile set --token-stdin")
    assert _about(_until(lines[0]), 3600)

    assert pc.keyring()["work"] == old  # the old key, which still works
    assert pc.json("tokens", "show", str(made["id"]))["key_prefix"] == key_prefix(new)
    assert pc.json("tokens", "show", str(made["id"]), COMPLIANCE_TOKEN=new)["id"] == made["id"]


def test_rotate_self_refuses_a_keyring_that_cannot_store(cli: Cli, live_server,
                                                         tmp_path: Path) -> None:
    made = _add(cli, "--expires", "never")
    pc = _profile_pc(live_server, tmp_path / "pc", made["key"])
    line = pc.fails(1, "tokens", "rotate-self", "--yes",
                    PYTHON_KEYRING_BACKEND=f"{THIS_MODULE}.ReadOnlyKeyring")
    assert line.startswith("compliance-client: the key was not changed: the system keyring "
                           "cannot store profile \u201cWork\u201d's key (the keyring is "
                           "read-only).")
    shown = cli.json("tokens", "show", str(made["id"]))
    assert shown["key_prefix"] == key_prefix(made["key"])
    assert shown["previous_key_expires_at"] is None


# -- leaked keys -------------------------------------------------------------------------------


def test_revoke_leaked_keys_from_a_report(cli: Cli, live_server, tmp_path: Path) -> None:
    one, two, spared = (_add(cli, "--expires", "never") for _ in range(3))
    unknown = generate_key()
    mistyped = one["key"][:-1] + ("A" if one["key"][-1] != "A" else "B")
    reporter = Cli(tmp_path / "scanner", live_server.url)  # a URL, no token
    reporter.secrets += [one["key"], two["key"], spared["key"], unknown, mistyped]

    # A key that exists and one that does not give the same answer (prefix aside).
    said_known = reporter.ok("tokens", "revoke-leaked", "--key-stdin", stdin=two["key"])
    said_unknown = reporter.ok("tokens", "revoke-leaked", "--key-stdin", stdin=unknown)
    assert said_known.replace(key_prefix(two["key"]), "P") == said_unknown.replace(
        key_prefix(unknown), "P")
    assert said_unknown.splitlines() == [
        f"Reported 1 key as leaked to {live_server.url}: {key_prefix(unknown)}.",
        "The server answers the same whether or not a key belongs to a token, so this does "
        "not tell which did; every token whose key it was is now suspended as leaked."]

    report = (f"gitleaks report\nFinding: token={one['key']}\nFile: deploy/.env:3\n"
              f"{two['key']}\n{unknown}, again: {one['key']}\n"
              f"not keys: cct_short x{spared['key']} {spared['key']}9 {mistyped}\n")
    out = reporter.ok("tokens", "revoke-leaked", "--key-stdin", stdin=report)
    for key in (one["key"], two["key"], unknown, spared["key"]):
        assert key not in out
    assert out.splitlines()[0] == (
        f"Reported 3 keys as leaked to {live_server.url}: {key_prefix(one['key'])}, "
        f"{key_prefix(two['key'])}, {key_prefix(unknown)}.")
    assert out.splitlines()[-1] == ("Ignored 1 key-shaped text whose checksum does not match "
                                    "(not an API key, or mistyped).")

    for made in (one, two):
        shown = cli.json("tokens", "show", str(made["id"]))
        assert (shown["status"], shown["suspended_reason"]) == ("suspended", "leaked")
    assert cli.json("tokens", "show", str(spared["id"]))["status"] == "active"
    assert cli.fails(1, "tokens", "list", COMPLIANCE_TOKEN=one["key"]) == SUSPENDED
    row = next(r for r in _rows(cli.ok("tokens", "list")) if r[0] == str(one["id"]))
    assert "Leaked" in row
    assert ["status", "suspended:", "its", "key", "was", "reported", "as", "leaked"] in _rows(
        cli.ok("tokens", "show", str(one["id"])))

    # Resuming a leaked token works, with a reminder that its key is the leaked one.
    result = cli("tokens", "resume", str(one["id"]))
    assert result.returncode == 0 and result.stdout == f"API token {one['id']} is active again.\n"
    assert result.stderr == (
        f"compliance-client: warning: the key of API token {one['id']} was reported as leaked "
        f"and works again now; give it a new key (compliance-client tokens regenerate "
        f"{one['id']}) so that the leaked one stops working.\n")


def test_revoke_leaked_without_keys_or_the_option(live_server, tmp_path: Path) -> None:
    reporter = Cli(tmp_path, live_server.url)
    line = reporter.fails(1, "tokens", "revoke-leaked", "--key-stdin",
                          stdin="nothing here but cct_short and words\n")
    assert line == ("compliance-client: no API key found in standard input: give the keys "
                    "(cct_\u2026) one a line, or a text that holds them, such as a secret "
                    "scanner's report")
    error = reporter.fails_json(1, "tokens", "revoke-leaked", "--key-stdin", stdin="")
    assert error["code"] == "no_keys"
    assert "--key-stdin" in reporter.fails(2, "tokens", "revoke-leaked", stdin=generate_key())
    data = reporter.json("tokens", "revoke-leaked", "--key-stdin", stdin=generate_key())
    assert data["reported"] == 1 and data["ignored"] == 0 and len(data["key_prefixes"]) == 1


# -- the token policy --------------------------------------------------------------------------


def test_policy_show_and_set(cli: Cli, live_server) -> None:
    assert cli.json("policy", "show") == {
        "max_lifetime_days": None, "require_expiry": False, "require_ip_restriction": False,
        "default_lifetime_days": 90, "warn_before_days": 14}
    assert _rows(cli.ok("policy", "show")) == [
        ["max", "lifetime:", "none"], ["require", "expiry:", "no"],
        ["require", "IP", "restriction:", "no"], ["default", "lifetime:", "90", "days"],
        ["warn", "before:", "14", "days"]]

    saved = cli.json("policy", "set", "--max-lifetime-days", "30", "--default-lifetime-days",
                     "30", "--require-ip-restriction", "--warn-before-days", "5")
    assert saved == {"max_lifetime_days": 30, "require_expiry": False,
                     "require_ip_restriction": True, "default_lifetime_days": 30,
                     "warn_before_days": 5}
    assert cli.json("policy", "show") == saved
    out = cli.ok("policy", "set", "--require-expiry", "--no-require-ip-restriction")
    assert out.splitlines()[0] == "Token policy saved."
    assert ["require", "expiry:", "yes"] in _rows(out)
    assert cli.json("policy", "show")["max_lifetime_days"] == 30  # untouched

    assert "nothing to set" in cli.fails(2, "policy", "set")
    for bad in (("--max-lifetime-days", "0"), ("--warn-before-days", "-1"),
                ("--default-lifetime-days", "many")):
        assert bad[0] in cli.fails(2, "policy", "set", *bad)
    line = cli.fails(1, "policy", "set", "--default-lifetime-days", "60")
    assert line == ("compliance-client: invalid policy: --default-lifetime-days: The default "
                    "lifetime may not be longer than the maximum lifetime (30 days): lower the "
                    "default too.")
    unlimited = cli.json("policy", "set", "--max-lifetime-days", "none", "--no-require-expiry")
    assert unlimited["max_lifetime_days"] is None and unlimited["require_expiry"] is False

    # Only a global token changes the policy.
    local = _add(cli, "--expires", "never")
    error = cli.fails_json(1, "policy", "set", "--warn-before-days", "7",
                           COMPLIANCE_TOKEN=local["key"])
    assert (error["code"], error["http_status"]) == ("privilege_escalation", 403)


def test_tokens_add_follows_the_policy(cli: Cli) -> None:
    cli.ok("policy", "set", "--max-lifetime-days", "30", "--default-lifetime-days", "30",
           "--require-ip-restriction")
    line = cli.fails(1, "tokens", "add", "--org-name", "Acme", "--org-id", "acme")
    assert line == ("compliance-client: the token policy forbids this: --allow-ip: At least "
                    "one allowed IP address or network is required.")
    error = cli.fails_json(1, "tokens", "add", "--org-name", "Acme", "--org-id", "acme",
                           "--expires", "never", "--allow-ip", "127.0.0.1")
    assert (error["code"], error["http_status"]) == ("policy_violation", 422)
    assert [p["option"] for p in error["field_problems"]] == ["--expires"]
    late = (date.today() + timedelta(days=60)).isoformat()
    line = cli.fails(1, "tokens", "add", "--org-name", "Acme", "--org-id", "acme",
                     "--expires", late, "--allow-ip", "127.0.0.1")
    assert line == ("compliance-client: the token policy forbids this: --expires: The expire "
                    "date may be at most 30 days from now.")

    # No --expires: the policy's default, kept within its maximum.
    result = cli("tokens", "add", "--org-name", "Acme", "--org-id", "acme", "--allow-ip",
                 "127.0.0.1", "--json")
    assert result.returncode == 0, result.stderr
    made = json.loads(result.stdout)
    cli.secrets.append(made["key"])
    expires = datetime.fromisoformat(made["expires_at"].replace("Z", "+00:00"))
    assert timedelta(days=28) < expires - datetime.now(UTC) <= timedelta(days=30)
    assert "no --expires given: the token expires at the end of" in result.stderr
    assert "--expires never" not in result.stderr  # the policy does not allow it


def test_tokens_add_without_policy_access_uses_the_built_in_lifetime(cli: Cli) -> None:
    cli.ok("policy", "set", "--default-lifetime-days", "60")
    assert "in 60 days" in cli("tokens", "add", "--org-name", "Acme", "--org-id", "acme",
                               "--json").stderr
    limited = _add(cli, "--expires", "never", "--allow-endpoint", "tokens.*")
    # It may not read the policy, and gives only what it reaches itself.
    result = cli("tokens", "add", "--org-name", "Acme", "--org-id", "acme", "--json",
                 "--allow-endpoint", "tokens.*", COMPLIANCE_TOKEN=limited["key"])
    assert result.returncode == 0, result.stderr
    assert f"in {DEFAULT_VALID_DAYS} days; use --expires never" in result.stderr


# -- words: name, description, owner -----------------------------------------------------------


def test_name_description_owner(cli: Cli) -> None:
    made = _add(cli, "--expires", "never", "--name", "CI deploy of the public web site",
                "--description", "Deploys the site.\nRotated monthly.",
                "--owner", "platform-team@example.com")
    assert (made["name"], made["owner"]) == ("CI deploy of the public web site",
                                             "platform-team@example.com")
    assert made["description"] == "Deploys the site.\nRotated monthly."
    tid = str(made["id"])
    shown = _rows(cli.ok("tokens", "show", tid))
    assert ["name", "CI", "deploy", "of", "the", "public", "web", "site"] in shown
    assert ["description", "Deploys", "the", "site.\\nRotated", "monthly."] in shown
    assert ["owner", "platform-team@example.com"] in shown
    assert ["status", "active"] in shown
    creator = cli.json("tokens", "show", tid)["created_by"]
    assert ["created", "by", "API", "token", str(creator)] in shown

    listing = cli.ok("tokens", "list")
    assert all(len(line) <= 100 for line in listing.splitlines()), listing
    row = next(r for r in _rows(listing) if r[0] == tid)
    assert row[1:5] == ["CI", "deploy", "of", "the\u2026"] and row[5] == "platform-te\u2026"
    assert "Active" in row and made["key_prefix"] in row

    edited = cli.json("tokens", "edit", tid, "--name", "", "--owner", "ops")
    assert (edited["name"], edited["owner"]) == ("", "ops")
    assert edited["description"] == "Deploys the site.\nRotated monthly."  # untouched
    assert cli.ok("tokens", "edit", tid, "--description", "").strip().endswith(
        "updated successfully")
    line = cli.fails(1, "tokens", "edit", tid, "--name", "x" * 101)
    assert line.startswith("compliance-client: invalid input: --name: ")


def test_revoke_leaked_says_how_far_it_got_when_throttled(live_server, tmp_path: Path) -> None:
    """Every report counts as a failed authentication of its address (DESIGN §10), so a huge
    report runs into the throttle: the keys sent so far are said, and the 429 as usual."""
    reporter = Cli(tmp_path, live_server.url)
    keys = [generate_key() for _ in range(25 * 100)]
    result = reporter("tokens", "revoke-leaked", "--key-stdin", stdin="\n".join(keys))
    assert result.returncode == 1 and result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    found = re.fullmatch(r"compliance-client: (\d+)00 of 2500 keys were reported; the rest "
                         r"were not: (.*)", lines[0])
    assert found and 1 <= int(found.group(1)) < 25, lines[0]
    assert "Too many" in found.group(2) or "too many" in found.group(2), lines[0]
    assert not any(key in result.stderr for key in keys)
    error = reporter.fails_json(1, "tokens", "revoke-leaked", "--key-stdin", stdin=keys[0])
    assert (error["code"], error["http_status"]) == ("too_many_attempts", 429)
