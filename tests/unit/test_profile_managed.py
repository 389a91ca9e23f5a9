"""Managed settings (DESIGN §13): every source the reader knows (the Windows registry through a
fake ``winreg``, the POSIX JSON file, ``COMPLIANCE_POLICY_FILE``, macOS managed preferences),
each bad value ignored on its own with a problem, and the merge rules over a profile."""

from __future__ import annotations

import json
import plistlib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from compliance_client.domain.keys import generate_enrollment_code
from compliance_client.profile import managed
from compliance_client.profile.managed import (
    DEFAULT,
    MANAGED,
    POLICY_FILE_ENV,
    PROFILE,
    REGISTRY_KEY,
    SET_BY_ORGANIZATION,
    ManagedSettings,
    parse_settings,
    read_managed,
)
from compliance_client.profile.profiles import Profile

REG_SZ, REG_DWORD = 1, 4


class FakeWinreg(ModuleType):
    """The part of ``winreg`` the reader uses, over dicts: ``hives[hive][key][name] =
    (value, type)``. Records every key opened and checks each is closed."""

    HKEY_LOCAL_MACHINE = 0x80000002
    HKEY_CURRENT_USER = 0x80000001

    def __init__(self, hklm: dict[str, Any] | None = None,
                 hkcu: dict[str, Any] | None = None) -> None:
        super().__init__("winreg")
        self.hives: dict[int, dict[str, dict[str, tuple[Any, int]]]] = {
            self.HKEY_LOCAL_MACHINE: {}, self.HKEY_CURRENT_USER: {}}
        for hive, values in ((self.HKEY_LOCAL_MACHINE, hklm), (self.HKEY_CURRENT_USER, hkcu)):
            if values is not None:
                self.hives[hive][REGISTRY_KEY] = {
                    name: (value, REG_DWORD if isinstance(value, int) else REG_SZ)
                    for name, value in values.items()}
        self.open: list[tuple[int, str]] = []

    def OpenKey(self, hive: int, key: str) -> tuple[int, str]:
        if key not in self.hives[hive]:
            raise FileNotFoundError(2, "The system cannot find the file specified")
        handle = (hive, key)
        self.open.append(handle)
        return handle

    def QueryValueEx(self, handle: tuple[int, str], name: str) -> tuple[Any, int]:
        hive, key = handle
        try:
            return self.hives[hive][key][name]
        except KeyError:
            raise FileNotFoundError(2, "The system cannot find the file specified") from None

    def CloseKey(self, handle: tuple[int, str]) -> None:
        self.open.remove(handle)


def _registry(hklm: dict[str, Any] | None = None,
              hkcu: dict[str, Any] | None = None) -> ManagedSettings:
    fake = FakeWinreg(hklm, hkcu)
    settings = read_managed(platform="win32", winreg=fake, environ={})
    assert fake.open == []  # every key closed
    return settings


# ---- the sources -----------------------------------------------------------------------------


def test_registry_machine_policy_wins_over_the_users() -> None:
    settings = _registry(
        hklm={"ServerUrl": "https://machine.example.com", "LockServerUrl": 1},
        hkcu={"ServerUrl": "https://user.example.com", "Language": "de", "LockServerUrl": 0,
              "DisableDemo": 1})
    assert settings.server_url == "https://machine.example.com"
    assert settings.lock_server_url is True and settings.locked("url")
    assert settings.language == "de" and not settings.locked("language")  # HKCU fills in
    assert settings.disable_demo is True
    assert settings.origin == (f"HKLM\\{REGISTRY_KEY} + HKCU\\{REGISTRY_KEY}")
    assert settings.problems == ()


def test_registry_user_policy_alone() -> None:
    settings = _registry(hkcu={"ServerUrl": "https://user.example.com/", "Language": "fr",
                               "LockLanguage": 1, "Autostart": 0})
    assert settings.server_url == "https://user.example.com"  # normalized
    assert settings.locked("language") and settings.language == "fr"
    assert settings.autostart is False
    assert settings.origin == f"HKCU\\{REGISTRY_KEY}"


def test_registry_dword_and_string_switches() -> None:
    on = _registry(hklm={"DisableDemo": 1, "LockServerUrl": "true",
                         "ServerUrl": "https://a.example.com", "Autostart": "1"})
    assert on.disable_demo and on.locked("url") and on.autostart is True
    off = _registry(hklm={"DisableDemo": 0, "Autostart": "no"})
    assert not off.disable_demo and off.autostart is False
    bad = _registry(hklm={"DisableDemo": 2, "ServerUrl": 5})
    assert not bad.disable_demo and bad.server_url is None
    assert bad.problems == ("ServerUrl must be a non-empty text; ignored",
                            "DisableDemo must be true or false (1 or 0); ignored")


def test_no_registry_key_is_no_settings() -> None:
    settings = _registry()
    assert settings == ManagedSettings()
    assert not settings.present and settings.origin == "" and settings.problems == ()


def test_posix_policy_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "policy.json"
    monkeypatch.setattr(managed, "POSIX_POLICY_FILE", path)
    assert read_managed(platform="linux", environ={}) == ManagedSettings()  # no file: none
    path.write_text(json.dumps({"ServerUrl": "https://it.example.com", "LockServerUrl": True,
                                "ProfileName": "Corp", "CaBundle": "/etc/ssl/corp.pem"}),
                    encoding="utf-8-sig")  # a BOM, as Notepad writes it
    settings = read_managed(platform="linux", environ={})
    assert settings.server_url == "https://it.example.com" and settings.locked("url")
    assert settings.profile_name == "Corp" and settings.ca_bundle == "/etc/ssl/corp.pem"
    assert settings.locked("ca_bundle")
    assert settings.origin == str(path) and settings.present


def test_policy_file_variable_replaces_every_other_source(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    posix = tmp_path / "posix.json"
    posix.write_text(json.dumps({"Language": "de", "DisableDemo": True}), encoding="utf-8")
    monkeypatch.setattr(managed, "POSIX_POLICY_FILE", posix)
    override = tmp_path / "override.json"
    override.write_text(json.dumps({"Language": "fr"}), encoding="utf-8")
    env = {POLICY_FILE_ENV: str(override)}
    for platform, winreg in (("linux", None), ("win32", FakeWinreg(hklm={"Language": "bn"})),
                             ("darwin", None)):
        settings = read_managed(platform=platform, winreg=winreg, environ=env)
        assert settings.language == "fr" and not settings.disable_demo, platform
        assert settings.origin == str(override)
    # A variable naming no file: nothing is managed (not the sources it replaces).
    assert read_managed(platform="linux", environ={POLICY_FILE_ENV: str(tmp_path / "no")}
                        ) == ManagedSettings()


def test_macos_managed_preferences(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(managed, "MACOS_MANAGED_DIR", tmp_path)
    (tmp_path / "alice").mkdir()
    with (tmp_path / "alice" / "com.compliance-client.plist").open("wb") as handle:
        plistlib.dump({"ServerUrl": "https://user.example.com", "Language": "de"}, handle)
    with (tmp_path / "com.compliance-client.plist").open("wb") as handle:
        plistlib.dump({"ServerUrl": "https://machine.example.com", "LockServerUrl": True},
                      handle)
    settings = read_managed(platform="darwin", environ={"USER": "alice"})
    assert settings.server_url == "https://machine.example.com"  # the machine's wins
    assert settings.locked("url") and settings.language == "de"
    assert settings.origin == (f"{tmp_path / 'com.compliance-client.plist'} + "
                               f"{tmp_path / 'alice' / 'com.compliance-client.plist'}")
    # Another user has only the machine's.
    other = read_managed(platform="darwin", environ={"USER": "bob"})
    assert other.language is None and other.server_url == "https://machine.example.com"
    # A damaged plist is a problem, not a crash.
    (tmp_path / "com.compliance-client.plist").write_bytes(b"not a plist")
    broken = read_managed(platform="darwin", environ={"USER": "bob"})
    assert broken.server_url is None and len(broken.problems) == 1
    assert "cannot be read" in broken.problems[0]


# ---- bad values --------------------------------------------------------------------------------


def test_each_bad_value_is_ignored_alone_with_a_problem() -> None:
    code = generate_enrollment_code()
    mistyped = code[:-1] + ("A" if code[-1] != "A" else "B")
    settings = parse_settings({
        "ServerUrl": "http://remote.example.com", "Language": "xx", "ProfileName": "Corp",
        "EnrollmentCode": mistyped, "CaBundle": "/etc/ssl/corp.pem", "DisableDemo": True,
        "LockLanguage": True, "Colour": "blue"}, origin="test")
    assert settings.server_url is None and settings.language is None
    assert settings.enrollment_code is None
    assert settings.profile_name == "Corp" and settings.ca_bundle == "/etc/ssl/corp.pem"
    assert settings.disable_demo is True
    assert not settings.locked("language")  # a lock with nothing to lock is no lock
    problems = settings.problems
    assert len(problems) == 5, problems
    assert problems[0].startswith("ServerUrl: Use https:// for a server on another computer")
    assert problems[1].startswith("Language: ")
    assert problems[2] == ("EnrollmentCode: This enrollment code is mistyped: its checksum "
                           "does not match; ignored")
    assert problems[3] == "unknown keys ignored: Colour"
    assert problems[4] == "LockLanguage is set but there is no valid Language to lock"
    for text in (*problems, repr(settings), str(settings)):
        assert mistyped not in text and code[4:20] not in text


def test_bad_urls_and_codes() -> None:
    for url in ("ftp://x.example.com", "https://user:pw@x.example.com", "https://", "  "):
        settings = parse_settings({"ServerUrl": url, "LockServerUrl": 1})
        assert settings.server_url is None and not settings.locked("url")
        assert "LockServerUrl is set but there is no valid ServerUrl to lock" in \
            settings.problems
        assert "pw" not in " ".join(settings.problems)
    assert parse_settings({"ServerUrl": "http://127.0.0.1:8765"}).server_url == \
        "http://127.0.0.1:8765"  # plain http:// to this PC is fine
    for bad in ("cct_" + "A" * 49, "cce_short", "", 17):
        settings = parse_settings({"EnrollmentCode": bad})
        assert settings.enrollment_code is None and len(settings.problems) == 1
        assert not bad or str(bad) not in settings.problems[0]


def test_a_good_code_is_kept_and_never_shown() -> None:
    code = generate_enrollment_code()
    settings = parse_settings({"EnrollmentCode": f"  {code} ", "Bogus": code})
    assert settings.enrollment_code == code and settings.present
    assert code not in repr(settings)
    # Even a code typed as a key's *name* is not quoted whole.
    assert all(code not in p for p in settings.problems)


def test_a_broken_policy_file_is_one_problem(tmp_path: Path) -> None:
    path = tmp_path / "policy.json"
    for text, what in (('{"ServerUrl": ', "is not valid JSON"),
                       ('["ServerUrl"]', "does not hold a JSON object")):
        path.write_text(text, encoding="utf-8")
        settings = read_managed(platform="linux", environ={POLICY_FILE_ENV: str(path)})
        assert not settings.present and settings.origin == str(path)
        assert len(settings.problems) == 1 and what in settings.problems[0]


def test_problems_are_logged_unless_the_caller_reports_them(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    path = tmp_path / "policy.json"
    path.write_text('{"Colour": 1}', encoding="utf-8")
    env = {POLICY_FILE_ENV: str(path)}
    with caplog.at_level("WARNING", logger="compliance_client.profile"):
        read_managed(platform="linux", environ=env, log=False)
        assert caplog.records == []
        read_managed(platform="linux", environ=env)
    assert [r.getMessage() for r in caplog.records] == [
        f"managed settings ({path}): unknown keys ignored: Colour"]


# ---- merging ---------------------------------------------------------------------------------


def test_apply_locked_unlocked_and_ca_bundle() -> None:
    mine = Profile(name="Mine", language="fr", url="https://mine.example.com")
    unlocked = parse_settings({"ServerUrl": "https://it.example.com", "Language": "de"})
    assert unlocked.apply(mine) is mine  # the user's own values stand
    empty = Profile(name="New", language="en")
    assert unlocked.apply(empty).url == "https://it.example.com"  # filled in where none
    assert unlocked.apply(empty).language == "en"  # a profile always has its own language
    locked = parse_settings({"ServerUrl": "https://it.example.com", "LockServerUrl": True,
                             "Language": "de", "LockLanguage": True,
                             "CaBundle": "/etc/ssl/corp.pem"})
    effective = locked.apply(mine)
    assert (effective.url, effective.language, effective.ca_bundle) == (
        "https://it.example.com", "de", "/etc/ssl/corp.pem")
    assert effective.name == "Mine"
    assert ManagedSettings().apply(mine) is mine


def test_sources() -> None:
    mine = Profile(name="Mine", language="fr", url="https://mine.example.com",
                   ca_bundle="/home/me/ca.pem")
    assert ManagedSettings().sources(mine) == {
        "name": PROFILE, "url": PROFILE, "language": PROFILE, "ca_bundle": PROFILE}
    assert ManagedSettings().sources(None) == {
        "name": DEFAULT, "url": DEFAULT, "language": DEFAULT, "ca_bundle": DEFAULT}
    unlocked = parse_settings({"ServerUrl": "https://it.example.com", "ProfileName": "Corp"})
    assert unlocked.sources(mine)["url"] == PROFILE
    assert unlocked.sources(Profile(name="New"))["url"] == MANAGED
    assert unlocked.sources(None) == {
        "name": MANAGED, "url": MANAGED, "language": DEFAULT, "ca_bundle": DEFAULT}
    locked = parse_settings({"ServerUrl": "https://it.example.com", "LockServerUrl": 1,
                             "Language": "de", "LockLanguage": 1, "CaBundle": "/ca.pem"})
    assert locked.sources(mine) == {
        "name": PROFILE, "url": MANAGED, "language": MANAGED, "ca_bundle": MANAGED}
    assert ManagedSettings().sources(Profile(name="Bare")) == {
        "name": PROFILE, "url": DEFAULT, "language": PROFILE, "ca_bundle": DEFAULT}


def test_new_profile_fields() -> None:
    assert ManagedSettings().new_profile_fields() == {}
    settings = parse_settings({"ServerUrl": "https://it.example.com/", "Language": "bn",
                               "ProfileName": "Corp", "CaBundle": "/ca.pem",
                               "EnrollmentCode": generate_enrollment_code()})
    fields = settings.new_profile_fields()
    assert fields == {"name": "Corp", "url": "https://it.example.com", "language": "bn",
                      "ca_bundle": "/ca.pem"}
    assert Profile(**fields).url == "https://it.example.com"


def test_the_sentence() -> None:
    assert SET_BY_ORGANIZATION == "Set by your organization"
