"""``compliance-client profile show/set`` as a person runs them: real subprocesses, the config
and data dirs under tmp_path, and a test keyring backend (a JSON file we can look into)
loaded the way keyring loads any backend, through PYTHON_KEYRING_BACKEND."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from compliance_client.domain.keys import generate_key

from ..helpers.cli import ENTRY, isolated_env

SERVICE = "compliance-client"


class Cli:
    def __init__(self, tmp_path: Path) -> None:
        self.tmp = tmp_path
        self.keyring_file = tmp_path / "keyring.json"
        self.profiles = tmp_path / "config" / "compliance-client" / "profiles.json"
        self.env = isolated_env(tmp_path)

    def __call__(self, *args: str, stdin: str | None = None,
                 **env: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-c", ENTRY, "profile", *args], input=stdin,
                              capture_output=True, text=True, env={**self.env, **env},
                              timeout=60, check=False)

    def stored(self) -> dict[str, str]:
        if not self.keyring_file.exists():
            return {}
        return json.loads(self.keyring_file.read_text(encoding="utf-8")).get(SERVICE, {})


@pytest.fixture
def cli(tmp_path: Path) -> Cli:
    return Cli(tmp_path)


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    return lines[0]


def test_show_without_a_profile(cli: Cli) -> None:
    r = cli("show")
    assert r.returncode == 1 and r.stdout == ""
    assert one_line(r.stderr).startswith("compliance-client: no profile is set up yet")


def test_set_then_show_never_prints_the_token(cli: Cli) -> None:
    key = generate_key()
    r = cli("set", "--name", "Work", "--url", "http://127.0.0.1:8765/", "--language", "fr",
            "--token-stdin", stdin=f"  {key}  \n")
    assert r.returncode == 0, r.stderr
    assert "Profile \u201cWork\u201d saved." in r.stdout
    assert "API token stored in the system keyring." in r.stdout
    assert key not in r.stdout + r.stderr
    assert cli.stored() == {"work": key}
    assert key.encode() not in cli.profiles.read_bytes()
    assert json.loads(cli.profiles.read_text(encoding="utf-8")) == {
        "version": 1, "active": "Work",
        "profiles": [{"name": "Work", "language": "fr", "url": "http://127.0.0.1:8765",
                      "ca_bundle": None, "device_registered": False}]}

    shown = cli("show")
    assert shown.returncode == 0, shown.stderr
    assert key not in shown.stdout + shown.stderr and "cct_" not in shown.stdout
    lines = dict(line.split(":", 1) for line in shown.stdout.splitlines())
    assert {k: v.strip() for k, v in lines.items()} == {
        "name": "Work (profile)", "language": "fr (Français) (profile)",
        "url": "http://127.0.0.1:8765 (profile)", "ca bundle": "(system certificates)",
        "device registered": "no", "token": "stored"}

    as_json = cli("show", "--json")
    assert as_json.returncode == 0 and key not in as_json.stdout
    assert json.loads(as_json.stdout) == {
        "name": "Work", "language": "fr", "url": "http://127.0.0.1:8765", "ca_bundle": None,
        "device_registered": False, "token": "stored", "token_error": None,
        "profiles": ["Work"],
        "sources": {"name": "profile", "url": "profile", "language": "profile",
                    "ca_bundle": "default"},
        "managed": None}


def test_show_says_when_no_token_is_stored(cli: Cli) -> None:
    assert cli("set", "--name", "Work").returncode == 0
    r = cli("show", "--json")
    assert json.loads(r.stdout)["token"] == "not stored"
    assert "token:             not stored" in cli("show").stdout


def test_a_mistyped_token_is_refused_offline(cli: Cli) -> None:
    key = generate_key()
    typo = key[:10] + ("x" if key[10] != "x" else "y") + key[11:]
    r = cli("set", "--name", "Work", "--url", "https://c.example.com", "--token-stdin",
            stdin=typo)
    assert r.returncode == 1
    assert one_line(r.stderr) == ("compliance-client: This API token is mistyped: its "
                                  "checksum does not match.")
    assert typo not in r.stdout + r.stderr
    assert cli.stored() == {} and not cli.profiles.exists()
    empty = cli("set", "--name", "Work", "--token-stdin", stdin="   \n")
    assert empty.returncode == 1 and "Enter an API token." in empty.stderr


@pytest.mark.parametrize(("args", "message"), [
    (["--url", "http://compliance.example.com"], "Use https:// for a server on another"),
    (["--url", "ftp://x"], "must start with https://"),
    (["--language", "es"], "Choose one of the languages: en (English), de (Deutsch)"),
    (["--name", "x" * 101], "at most 100 characters"),
])
def test_bad_input_is_one_line_and_exit_1(cli: Cli, args: list[str], message: str) -> None:
    r = cli("set", "--name", "Work", *args) if "--name" not in args else cli("set", *args)
    assert r.returncode == 1
    assert message in one_line(r.stderr)
    assert not cli.profiles.exists()


def test_usage_errors_exit_2(cli: Cli) -> None:
    assert cli("set").returncode == 2
    assert cli().returncode == 2
    assert cli("show", "--bogus").returncode == 2


def test_profile_saved_token_not_without_a_keyring(cli: Cli) -> None:
    key = generate_key()
    r = cli("set", "--name", "Work", "--url", "https://c.example.com", "--token-stdin",
            stdin=key, PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    assert r.returncode == 1
    line = one_line(r.stderr)
    assert line.startswith("compliance-client: Profile saved. No secure keyring is available")
    assert "so the API token was not stored" in line and key not in line
    assert json.loads(cli.profiles.read_text(encoding="utf-8"))["active"] == "Work"
    shown = cli("show", PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    assert shown.returncode == 0
    assert "token:             unknown (No secure keyring is available" in shown.stdout


def test_renaming_moves_the_token_and_name_selects_a_profile(cli: Cli) -> None:
    key = generate_key()
    assert cli("set", "--name", "Work", "--token-stdin", stdin=key).returncode == 0
    r = cli("set", "--name", "Office", "--url", "https://c.example.com")
    assert r.returncode == 0, r.stderr
    assert cli.stored() == {"office": key}
    data = json.loads(cli.profiles.read_text(encoding="utf-8"))
    assert [p["name"] for p in data["profiles"]] == ["Office"]
    assert data["active"] == "Office"
    # Without a profile to change, set needs a name to create one.
    assert cli("set", "--language", "de").returncode == 0
    assert json.loads(cli("show", "--json").stdout)["language"] == "de"


def test_a_corrupt_profile_file_is_reported_and_kept(cli: Cli) -> None:
    cli.profiles.parent.mkdir(parents=True)
    cli.profiles.write_text('{"version": 1, "profiles": [', encoding="utf-8")
    r = cli("show")
    assert r.returncode == 1
    warning, error = r.stderr.strip().splitlines()
    assert warning.startswith("compliance-client: warning: The profile file")
    assert "profiles.json.corrupt-" in warning
    assert error.startswith("compliance-client: no profile is set up yet")
    moved = [p for p in cli.profiles.parent.iterdir() if ".corrupt-" in p.name]
    assert len(moved) == 1 and moved[0].read_text() == '{"version": 1, "profiles": ['
    assert cli("show").stderr.count("warning") == 0  # told once


def test_two_concurrent_sets_lose_nothing(cli: Cli) -> None:
    """Two ``profile set`` processes at once, each changing another field of the active
    profile (one renames it, one changes its language): both edits survive, every round.
    Without the lock around read-modify-write, one process saves the set it read before the
    other's edit and that edit is lost (3 of 20 rounds in issue 13)."""
    assert cli("set", "--name", "P0", "--language", "en").returncode == 0
    rounds, deadline = 50, time.monotonic() + 55
    languages = ("de", "fr", "bn", "en")  # never the previous round's
    lost: list[tuple[int, dict[str, object]]] = []
    done = 0
    for n in range(1, rounds + 1):
        if time.monotonic() > deadline:
            break
        name, language = f"P{n}", languages[n % len(languages)]
        procs = [subprocess.Popen([sys.executable, "-c", ENTRY, "profile", "set", *args],
                                  stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True, env=cli.env)
                 for args in (["--name", name], ["--language", language])]
        for proc in procs:
            _, err = proc.communicate(timeout=30)
            assert proc.returncode == 0, err
        data = json.loads(cli.profiles.read_text(encoding="utf-8"))
        if data["active"] != name or data["profiles"] != [
                {"name": name, "language": language, "url": "", "ca_bundle": None,
                 "device_registered": False}]:
            lost.append((n, data))
            # Start the next round from a known state.
            assert cli("set", "--name", name, "--language", language).returncode == 0
        done = n
    assert lost == [], f"{len(lost)} of {done} rounds lost an edit: {lost[:3]}"
    assert done >= 20, f"only {done} rounds ran within the time limit"
