"""Profiles and the profile file: the set's rules, atomic writes, corrupt files."""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from compliance_client.domain.errors import ComplianceError, ValidationError
from compliance_client.domain.keys import generate_key
from compliance_client.profile.paths import atomic_write_bytes
from compliance_client.profile.profiles import MAX_NAME_LENGTH, Profile, ProfileSet
from compliance_client.profile.store import (
    ProfileError,
    ProfileFileBusy,
    ProfileFileCorrupt,
    ProfileSaveError,
    ProfileStore,
)

CORRUPT_NAME = re.compile(r"profiles\.json\.corrupt-\d{8}-\d{6}(-\d+)?")


def files_in(folder: Path) -> list[str]:
    """The folder's files but the lock file, which stays beside the profile file (an OS
    lock is on the open file, not on its existence, so it is never deleted)."""
    return sorted(p.name for p in folder.iterdir() if p.name != "profiles.json.lock")


def codes(exc: ValidationError) -> dict[str, str]:
    return {p.field: p.code for p in exc.problems}


# -- Profile -----------------------------------------------------------------------------------


def test_profile_defaults_and_normalisation() -> None:
    p = Profile("  Work  ", url=" HTTPS://Compliance.Example.com/ ")
    assert p.name == "Work"
    assert p.language == "en"
    assert p.url == "https://compliance.example.com"
    assert p.ca_bundle is None and p.device_registered is False


def test_profile_reports_every_bad_field_at_once() -> None:
    with pytest.raises(ValidationError) as info:
        Profile("", language="xx", url="http://example.com")
    assert codes(info.value) == {"name": "name_empty", "language": "language_unknown",
                                 "url": "url_insecure"}


def test_profile_name_length_limit() -> None:
    assert Profile("n" * MAX_NAME_LENGTH).name == "n" * 100
    with pytest.raises(ValidationError) as info:
        Profile("n" * (MAX_NAME_LENGTH + 1))
    assert codes(info.value) == {"name": "name_too_long"}


@pytest.mark.parametrize("name", ["   ", "two\nlines", "tab\there"])
def test_profile_name_rejects_blank_and_control_characters(name: str) -> None:
    with pytest.raises(ValidationError) as info:
        Profile(name)
    assert set(codes(info.value)) == {"name"}


def test_a_key_pasted_as_the_name_is_refused_without_echoing_it() -> None:
    key = generate_key()
    with pytest.raises(ValidationError) as info:
        Profile(key)
    assert codes(info.value) == {"name": "name_holds_key"}
    assert key not in str(info.value)


def test_plain_http_elsewhere_only_when_the_user_allows_it(tmp_path: Path) -> None:
    with pytest.raises(ValidationError):
        Profile("Lab", url="http://lab.example")
    p = Profile("Lab", url="http://lab.example", allow_insecure_http=True)
    store = ProfileStore(tmp_path / "profiles.json")
    store.save(ProfileSet((p, Profile("Work"))))
    assert store.load().profiles == (p, Profile("Work"))
    raw = json.loads(store.path.read_text(encoding="utf-8"))["profiles"]
    assert raw[0]["allow_insecure_http"] is True and "allow_insecure_http" not in raw[1]


def test_edited_clears_registration_when_the_server_changes() -> None:
    p = Profile("Work", url="https://a.example.com", device_registered=True)
    assert p.edited(language="de").device_registered is True
    assert p.edited(url="https://b.example.com").device_registered is False
    assert p.edited(url="https://b.example.com", device_registered=True).device_registered


# -- ProfileSet --------------------------------------------------------------------------------


def test_first_profile_added_becomes_active() -> None:
    s = ProfileSet().with_profile(Profile("Work"))
    assert s.active_name == "Work"
    assert s.active == Profile("Work")
    s2 = s.with_profile(Profile("Home"))
    assert s2.active_name == "Work" and s2.names == ("Work", "Home")
    assert s2.with_profile(Profile("Lab"), activate=True).active_name == "Lab"
    assert s.names == ("Work",)  # the original is unchanged


def test_with_profile_replaces_by_name_case_insensitively_in_place() -> None:
    s = ProfileSet((Profile("Work"), Profile("Home")), "Work")
    s2 = s.with_profile(Profile("WORK", language="de"))
    assert s2.names == ("WORK", "Home")
    assert s2.get("work") == Profile("WORK", language="de")
    assert s2.active_name == "WORK"


def test_names_are_unique_case_insensitively() -> None:
    with pytest.raises(ValidationError) as info:
        ProfileSet((Profile("Work"), Profile("work")))
    assert codes(info.value) == {"name": "name_taken"}


def test_renamed_keeps_position_and_active() -> None:
    s = ProfileSet((Profile("Work", language="fr"), Profile("Home")), "Work")
    s2 = s.renamed("work", "Office")
    assert s2.names == ("Office", "Home")
    assert s2.active == Profile("Office", language="fr")
    assert s2.renamed("Office", "OFFICE").names == ("OFFICE", "Home")  # case only


def test_renamed_refuses_a_taken_or_bad_name_and_an_unknown_profile() -> None:
    s = ProfileSet((Profile("Work"), Profile("Home")), "Work")
    for old, new, code in (("Work", "home", "name_taken"), ("Work", "", "name_empty"),
                           ("Nope", "X", "name_unknown")):
        with pytest.raises(ValidationError) as info:
            s.renamed(old, new)
        assert codes(info.value) == {"name": code}


def test_without_moves_active_to_the_first_remaining() -> None:
    s = ProfileSet((Profile("Work"), Profile("Home"), Profile("Lab")), "Home")
    assert s.without("LAB").active_name == "Home"
    s2 = s.without("home")
    assert s2.names == ("Work", "Lab") and s2.active_name == "Work"
    assert s2.without("Work").without("Lab") == ProfileSet()
    with pytest.raises(ValidationError) as info:
        s.without("nope")
    assert codes(info.value) == {"name": "name_unknown"}


def test_switched() -> None:
    s = ProfileSet((Profile("Work"), Profile("Home")), "Work")
    assert s.switched("HOME").active_name == "Home"
    with pytest.raises(ValidationError) as info:
        s.switched("Lab")
    assert codes(info.value) == {"name": "name_unknown"}


def test_active_name_must_be_a_profile() -> None:
    with pytest.raises(ValidationError):
        ProfileSet((Profile("Work"),), "Home")
    assert ProfileSet((Profile("Work"),), "WORK").active_name == "Work"


# -- the file ----------------------------------------------------------------------------------


def sample() -> ProfileSet:
    return ProfileSet((Profile("Work", "de", "https://compliance.example.com",
                               "/etc/ssl/org.pem", True),
                       Profile("Home", "bn", "http://127.0.0.1:8765")), "Home")


def test_load_without_a_file_is_empty(tmp_path: Path) -> None:
    assert ProfileStore(tmp_path / "profiles.json").load() == ProfileSet()


def test_round_trip_and_file_format(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "sub" / "profiles.json")
    store.save(sample())
    assert store.load() == sample()
    data = json.loads(store.path.read_text(encoding="utf-8"))
    assert data == {
        "version": 1, "active": "Home",
        "profiles": [
            {"name": "Work", "language": "de", "url": "https://compliance.example.com",
             "ca_bundle": "/etc/ssl/org.pem", "device_registered": True},
            {"name": "Home", "language": "bn", "url": "http://127.0.0.1:8765",
             "ca_bundle": None, "device_registered": False},
        ]}
    assert files_in(store.path.parent) == ["profiles.json"]


def test_default_path_is_under_the_user_config_dir(user_dirs: Path) -> None:
    store = ProfileStore()
    assert store.path == user_dirs / "xdg_config_home" / "compliance-client" / "profiles.json"
    store.save(sample())
    assert store.path.is_file()


def test_a_token_added_to_the_file_by_hand_is_dropped_on_save(tmp_path: Path) -> None:
    key = generate_key()
    path = tmp_path / "profiles.json"
    path.write_text(json.dumps({"version": 1, "active": "Work", "profiles": [
        {"name": "Work", "token": key, "api_token": key}]}), encoding="utf-8")
    store = ProfileStore(path)
    loaded = store.load()
    store.save(loaded)
    assert key.encode() not in path.read_bytes()
    assert b"cct_" not in path.read_bytes()


def fail_with(code: int):
    def raiser(*args, **kwargs):
        raise OSError(code, os.strerror(code))
    return raiser


def test_failed_replace_keeps_the_old_file(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    store = ProfileStore(tmp_path / "profiles.json")
    store.save(sample())
    before = store.path.read_bytes()
    monkeypatch.setattr(os, "replace", fail_with(errno.ENOSPC))
    with pytest.raises(ProfileSaveError) as info:
        store.save(sample().without("Work"))
    monkeypatch.undo()
    assert isinstance(info.value, ComplianceError)
    assert info.value.code == "profile_save_failed"
    assert "disk is full" in str(info.value) and "Free some disk space" in str(info.value)
    assert "previous profile file is unchanged" in str(info.value)
    assert store.path.read_bytes() == before
    assert files_in(tmp_path) == ["profiles.json"]  # no temp left
    assert store.load() == sample()


def test_a_write_failing_with_enospc_keeps_the_old_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = ProfileStore(tmp_path / "profiles.json")
    store.save(sample())
    before = store.path.read_bytes()
    monkeypatch.setattr(os, "fsync", fail_with(errno.ENOSPC))
    with pytest.raises(ProfileSaveError) as info:
        store.save(ProfileSet())
    monkeypatch.undo()
    assert info.value.errno == errno.ENOSPC
    assert store.path.read_bytes() == before
    assert files_in(tmp_path) == ["profiles.json"]


def test_permission_denied_says_what_to_check(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    store = ProfileStore(tmp_path / "profiles.json")
    monkeypatch.setattr(os, "replace", fail_with(errno.EACCES))
    with pytest.raises(ProfileSaveError) as info:
        store.save(sample())
    assert f"may not write to {tmp_path}" in str(info.value)
    assert "permissions" in str(info.value)
    assert not store.path.exists()


def test_a_file_where_the_folder_should_be_is_a_save_error(tmp_path: Path) -> None:
    (tmp_path / "blocker").write_text("x")
    with pytest.raises(ProfileSaveError) as info:
        ProfileStore(tmp_path / "blocker" / "profiles.json").save(sample())
    assert "save again" in str(info.value)


@pytest.mark.parametrize(("content", "lost", "reason"), [
    (b"{\"version\": 1, \"profiles\": [", None, "not valid JSON"),
    (b"\xff\xfe\x00garbage", None, ""),
    (b"[]", None, "JSON object"),
    (json.dumps({"version": 2, "profiles": [{"name": "A"}, {"name": "B"}]}).encode(), 2,
     "file version 2"),
    (json.dumps({"version": 1, "active": None, "profiles": [
        {"name": "A"}, {"name": "a"}, {"name": "B"}]}).encode(), 3, "already exists"),
    (json.dumps({"version": 1, "profiles": [{"name": "A", "language": "xx"}]}).encode(), 1,
     "languages"),
    (json.dumps({"version": 1, "profiles": [{"name": "A", "device_registered": "yes"}]}).encode(),
     1, "wrong type"),
])
def test_corrupt_file_is_moved_aside_and_reported(tmp_path: Path, content: bytes,
                                                  lost: int | None, reason: str) -> None:
    store = ProfileStore(tmp_path / "profiles.json")
    store.path.write_bytes(content)
    with pytest.raises(ProfileFileCorrupt) as info:
        store.load()
    exc = info.value
    assert isinstance(exc, ComplianceError) and exc.code == "profile_file_corrupt"
    assert exc.moved_to is not None and CORRUPT_NAME.fullmatch(exc.moved_to.name)
    assert exc.moved_to.parent == tmp_path
    assert exc.moved_to.read_bytes() == content  # nothing lost: kept for recovery
    assert not store.path.exists()
    assert exc.lost_count == lost
    assert exc.profile_set == ProfileSet()
    assert reason in exc.reason
    assert str(exc.moved_to) in str(exc) and "Set up your profile again" in str(exc)
    if lost is not None:
        assert f"It held {lost} profile" in str(exc)
    # Told once: the next load starts clean, and saving works again.
    assert store.load() == ProfileSet()
    store.save(sample())
    assert store.load() == sample()


def test_two_corrupt_files_in_one_second_are_both_kept(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "profiles.json")
    moved = []
    for content in (b"one", b"two"):
        store.path.write_bytes(content)
        with pytest.raises(ProfileFileCorrupt) as info:
            store.load()
        moved.append(info.value.moved_to)
    assert len(set(moved)) == 2
    assert {m.read_bytes() for m in moved} == {b"one", b"two"}


def test_a_file_that_cannot_be_moved_aside_is_still_reported(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = ProfileStore(tmp_path / "profiles.json")
    store.path.write_bytes(b"garbage")

    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(os, "rename", refuse)
    with pytest.raises(ProfileFileCorrupt) as info:
        store.load()
    assert info.value.moved_to is None
    assert "could not be moved aside (Permission denied)" in str(info.value)
    assert "Fix the file's permissions or remove it" in str(info.value)
    assert store.path.read_bytes() == b"garbage"


def test_an_unreadable_file_is_moved_aside_too(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "profiles.json")
    store.path.mkdir()  # reading it fails with IsADirectoryError (a real OS error)
    with pytest.raises(ProfileFileCorrupt) as info:
        store.load()
    assert info.value.moved_to is not None and info.value.moved_to.is_dir()
    assert store.load() == ProfileSet()


# -- the lock (ARCHITECTURE §7: two processes never lose each other's edits) -----------------------


@contextlib.contextmanager
def lock_held_by_another_process(lock_path: Path) -> Iterator[None]:
    """Another process holds ``lock_path`` (as a second app or CLI run would) until exit."""
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys; from filelock import FileLock; "
         "lock = FileLock(sys.argv[1]); lock.acquire(); print('held', flush=True); "
         "sys.stdin.read()", str(lock_path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "held\n"
        yield
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=10)


def test_a_save_while_another_process_changes_the_file_is_busy_not_a_hang(
        tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "profiles.json", lock_timeout=0.3)
    store.save(sample())
    before = store.path.read_bytes()
    assert store.lock_path == tmp_path / "profiles.json.lock"
    with lock_held_by_another_process(store.lock_path):
        started = time.monotonic()
        with pytest.raises(ProfileFileBusy) as info:
            store.save(ProfileSet())
        took = time.monotonic() - started
        assert store.load() == sample()  # reading needs no lock
    assert 0.25 < took < 3
    exc = info.value
    assert isinstance(exc, ProfileError) and exc.code == "profile_file_busy"
    assert str(store.path) in str(exc) and str(store.lock_path) in str(exc)
    assert "Try again in a moment" in str(exc)
    assert store.path.read_bytes() == before
    store.save(ProfileSet())  # free again once the other process is done
    assert store.load() == ProfileSet()


def test_the_lock_waits_for_the_other_process_to_finish(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "profiles.json", lock_timeout=10)
    done = threading.Event()
    with lock_held_by_another_process(store.lock_path):
        saver = threading.Thread(target=lambda: (store.save(sample()), done.set()))
        saver.start()
        assert not done.wait(0.3)  # waiting, not writing
        assert not store.path.exists()
    saver.join(10)
    assert done.is_set() and store.load() == sample()


def test_locked_is_reentrant_and_shared_by_stores_of_one_file(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "profiles.json", lock_timeout=0.5)
    other = ProfileStore(tmp_path / "profiles.json", lock_timeout=0.5)
    with store.locked(), store.locked():
        store.save(sample())
        other.save(other.load().without("Home"))  # same process and thread: no wait
    assert store.load().names == ("Work",)


def test_locked_excludes_other_threads(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "profiles.json", lock_timeout=0.2)
    errors: list[BaseException] = []

    def save_from_another_thread() -> None:
        try:
            ProfileStore(store.path, lock_timeout=0.2).save(sample())
        except BaseException as exc:
            errors.append(exc)

    with store.locked():
        thread = threading.Thread(target=save_from_another_thread)
        thread.start()
        thread.join(5)
    assert len(errors) == 1 and isinstance(errors[0], ProfileFileBusy)
    assert not store.path.exists()


def test_concurrent_read_modify_writes_in_threads_lose_nothing(tmp_path: Path) -> None:
    store = ProfileStore(tmp_path / "profiles.json")

    def add(n: int) -> None:
        for i in range(5):
            with store.locked():
                profiles = store.load()
                time.sleep(0.001)  # widen the window a lost update would need
                store.save(profiles.with_profile(Profile(f"T{n}-{i}")))

    threads = [threading.Thread(target=add, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert len(store.load()) == 40


def test_a_file_replaced_meanwhile_is_not_moved_aside(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    # The unlocked first read saw a broken file; by the time the lock is held another
    # process has written a good one. That good file must not be moved aside.
    store = ProfileStore(tmp_path / "profiles.json")
    store.path.write_bytes(b"garbage")
    real_locked = ProfileStore.locked

    @contextlib.contextmanager
    def locked_after_a_good_save(self: ProfileStore) -> Iterator[None]:
        with real_locked(self):
            if self.path.read_bytes() == b"garbage":
                atomic_write_bytes(self.path, json.dumps(sample().to_json()).encode())
            yield

    monkeypatch.setattr(ProfileStore, "locked", locked_after_a_good_save)
    assert store.load() == sample()
    assert files_in(tmp_path) == ["profiles.json"]
