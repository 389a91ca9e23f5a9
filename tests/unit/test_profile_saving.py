"""save_profile and friends: the file first, then the keyring; "profile saved, token not"."""

from __future__ import annotations

import errno
import os
import threading
from pathlib import Path

import pytest
from keyring.backends import null
from keyring.errors import KeyringLocked

from compliance_client.domain.errors import ValidationError
from compliance_client.domain.keys import generate_key
from compliance_client.profile import (
    Profile,
    ProfileError,
    ProfileFileBusy,
    ProfileSaveError,
    ProfileSet,
    ProfileStore,
    Vault,
    VaultLocked,
    VaultUnavailable,
    delete_profile,
    mark_device_registered,
    rename_profile,
    save_profile,
    update_profile,
)

from ..helpers.keyring_fakes import InMemoryKeyring, NoNewEntriesKeyring, RaisingKeyring

SERVICE = "compliance-client"


@pytest.fixture
def store(tmp_path: Path) -> ProfileStore:
    return ProfileStore(tmp_path / "profiles.json")


def test_profile_and_token_saved(store: ProfileStore, memory_keyring: InMemoryKeyring) -> None:
    key = generate_key()
    result = save_profile(store, Vault(), ProfileSet(),
                          Profile("Work", url="https://c.example.com"), f"  {key}\n")
    assert result.ok and result.token_error is None
    assert result.message == "Profile saved."
    assert store.load() == result.profile_set
    assert result.profile_set.active_name == "Work"
    assert memory_keyring.passwords == {(SERVICE, "work"): key}  # trimmed
    assert key.encode() not in store.path.read_bytes()
    assert b"cct_" not in store.path.read_bytes()


def test_no_token_given_keeps_the_stored_one(store: ProfileStore,
                                             memory_keyring: InMemoryKeyring) -> None:
    key = generate_key()
    first = save_profile(store, Vault(), ProfileSet(), Profile("Work"), key)
    again = save_profile(store, Vault(), first.profile_set, Profile("Work", language="fr"))
    assert again.ok and Vault().get_token("Work") == key
    assert store.load().active == Profile("Work", language="fr")


def test_profile_saved_token_not_when_no_keyring(store: ProfileStore, install_keyring) -> None:
    install_keyring(null.Keyring())
    key = generate_key()
    result = save_profile(store, Vault(), ProfileSet(), Profile("Work"), key)
    assert isinstance(result.token_error, VaultUnavailable)
    assert not result.ok
    assert result.message.startswith("Profile saved. No secure keyring is available")
    assert "so the API token was not stored" in result.message
    assert key not in result.message
    assert store.load().names == ("Work",)  # the profile is saved all the same


def test_profile_saved_token_not_when_locked(store: ProfileStore, install_keyring) -> None:
    install_keyring(RaisingKeyring(lambda _: KeyringLocked("locked")))
    result = save_profile(store, Vault(), ProfileSet(), Profile("Work"), generate_key())
    assert isinstance(result.token_error, VaultLocked)
    assert store.load().names == ("Work",)


def test_a_malformed_token_saves_nothing(store: ProfileStore,
                                         memory_keyring: InMemoryKeyring) -> None:
    key = generate_key()
    typo = key[:-1] + ("A" if key[-1] != "A" else "B")
    with pytest.raises(ValidationError) as info:
        save_profile(store, Vault(), ProfileSet(), Profile("Work"), typo)
    assert [(p.field, p.code) for p in info.value.problems] == [("token", "key_checksum")]
    assert typo not in str(info.value)
    assert not store.path.exists() and memory_keyring.passwords == {}


def test_a_failed_file_write_leaves_the_keyring_alone(
        store: ProfileStore, memory_keyring: InMemoryKeyring,
        monkeypatch: pytest.MonkeyPatch) -> None:
    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "replace", full)
    with pytest.raises(ProfileSaveError):
        save_profile(store, Vault(), ProfileSet(), Profile("Work"), generate_key())
    assert memory_keyring.calls == [] and not store.path.exists()


def test_editing_the_name_moves_the_token(store: ProfileStore,
                                          memory_keyring: InMemoryKeyring) -> None:
    key = generate_key()
    first = save_profile(store, Vault(), ProfileSet(), Profile("Work"), key)
    result = save_profile(store, Vault(), first.profile_set, Profile("Office", language="de"),
                          previous_name="Work")
    assert result.ok
    assert store.load() == ProfileSet((Profile("Office", language="de"),), "Office")
    assert memory_keyring.passwords == {(SERVICE, "office"): key}


def test_editing_the_name_with_a_new_token(store: ProfileStore,
                                           memory_keyring: InMemoryKeyring) -> None:
    first = save_profile(store, Vault(), ProfileSet(), Profile("Work"), generate_key())
    new_key = generate_key()
    result = save_profile(store, Vault(), first.profile_set, Profile("Office"), new_key,
                          previous_name="Work")
    assert result.ok
    assert memory_keyring.passwords == {(SERVICE, "office"): new_key}


def test_renaming_onto_another_profile_is_refused(store: ProfileStore,
                                                  memory_keyring: InMemoryKeyring) -> None:
    s = ProfileSet((Profile("Work"), Profile("Home")), "Work")
    store.save(s)
    with pytest.raises(ValidationError):
        save_profile(store, Vault(), s, Profile("home"), previous_name="Work")
    assert store.load() == s


def test_rename_profile(store: ProfileStore, memory_keyring: InMemoryKeyring) -> None:
    key = generate_key()
    first = save_profile(store, Vault(), ProfileSet(), Profile("Work"), key)
    result = rename_profile(store, Vault(), first.profile_set, "Work", "Office")
    assert result.ok and result.message == "Profile renamed."
    assert store.load().names == ("Office",)
    assert Vault().get_token("Office") == key and Vault().get_token("Work") is None


def test_rename_profile_when_the_keyring_cannot_follow(store: ProfileStore,
                                                       install_keyring) -> None:
    backend = install_keyring(NoNewEntriesKeyring())
    key = generate_key()
    backend.passwords[(SERVICE, "work")] = key
    s = ProfileSet((Profile("Work"),), "Work")
    result = rename_profile(store, Vault(), s, "Work", "Office")
    assert store.load().names == ("Office",)
    assert result.token_error is not None
    assert result.message.startswith("Profile renamed. The system keyring failed")
    assert backend.passwords == {(SERVICE, "work"): key}  # not lost


def test_delete_profile(store: ProfileStore, memory_keyring: InMemoryKeyring) -> None:
    first = save_profile(store, Vault(), ProfileSet(), Profile("Work"), generate_key())
    second = save_profile(store, Vault(), first.profile_set, Profile("Home"), generate_key())
    result = delete_profile(store, Vault(), second.profile_set, "work")
    assert result.ok and result.message == "Profile deleted."
    assert store.load() == ProfileSet((Profile("Home"),), "Home")
    assert list(memory_keyring.passwords) == [(SERVICE, "home")]


def test_delete_profile_without_a_keyring(store: ProfileStore, install_keyring) -> None:
    install_keyring(null.Keyring())
    s = ProfileSet((Profile("Work"),), "Work")
    result = delete_profile(store, Vault(), s, "Work")
    assert isinstance(result.token_error, VaultUnavailable)
    assert "was not removed from the keyring" in result.message
    assert store.load() == ProfileSet()


# -- one locked read-modify-write (ARCHITECTURE §7) ------------------------------------------------


def test_update_profile_edits_the_file_as_it_is_now(store: ProfileStore,
                                                    memory_keyring: InMemoryKeyring) -> None:
    stale = save_profile(store, Vault(), ProfileSet(), Profile("Work")).profile_set
    store.save(stale.with_profile(Profile("Home", language="de")))  # another process
    seen: list[ProfileSet] = []

    def rename_work(current: ProfileSet) -> tuple[Profile, str | None]:
        seen.append(current)
        work = current.get("Work")
        assert work is not None
        return work.edited(name="Office"), work.name

    key = generate_key()
    result = update_profile(store, Vault(), rename_work, f" {key} ", activate=True)
    assert seen == [ProfileSet((Profile("Work"), Profile("Home", language="de")), "Work")]
    assert result.ok and result.profile == Profile("Office") and result.message == "Profile saved."
    assert store.load() == result.profile_set == ProfileSet(
        (Profile("Office"), Profile("Home", language="de")), "Office")
    assert memory_keyring.passwords == {(SERVICE, "office"): key}


def test_update_profile_touches_the_keyring_only_after_the_lock_is_free(
        store: ProfileStore, install_keyring) -> None:
    other_saves: list[str] = []

    class CheckingKeyring(InMemoryKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            # Another thread can change the file meanwhile: the lock is not held.
            def save() -> None:
                try:
                    ProfileStore(store.path, lock_timeout=0.2).save(store.load())
                    other_saves.append("saved")
                except ProfileError as exc:
                    other_saves.append(exc.code)

            thread = threading.Thread(target=save)
            thread.start()
            thread.join(5)
            super().set_password(service, username, password)

    install_keyring(CheckingKeyring())
    result = update_profile(store, Vault(), lambda current: (Profile("Work"), None),
                            generate_key())
    assert result.ok and other_saves == ["saved"]


def test_update_profile_writes_nothing_when_the_edit_refuses(store: ProfileStore,
                                                             memory_keyring) -> None:
    save_profile(store, Vault(), ProfileSet(), Profile("Work"))
    before = store.path.read_bytes()

    def refuse(current: ProfileSet) -> tuple[Profile, str | None]:
        raise ValidationError([])

    with pytest.raises(ValidationError):
        update_profile(store, Vault(), refuse, generate_key())
    assert store.path.read_bytes() == before and memory_keyring.passwords == {}
    store.save(ProfileSet())  # and the lock was released


def test_update_profile_and_mark_device_registered_are_busy_not_a_hang(
        store: ProfileStore, memory_keyring) -> None:
    store.save(ProfileSet((Profile("Work", url="https://c.example.com"),), "Work"))
    store.lock_timeout = 0.2
    other = ProfileStore(store.path, lock_timeout=0.2)
    errors: list[BaseException] = []

    def try_both() -> None:
        for change in (lambda: mark_device_registered(other, "Work", "https://c.example.com"),
                       lambda: update_profile(other, Vault(),
                                              lambda s: (Profile("Home"), None))):
            try:
                change()
            except BaseException as exc:
                errors.append(exc)

    with store.locked():  # held by this thread; the other thread must give up, not wait
        thread = threading.Thread(target=try_both)
        thread.start()
        thread.join(5)
    assert [type(e) for e in errors] == [ProfileFileBusy, ProfileFileBusy]
    assert store.load().names == ("Work",) and not store.load().get("Work").device_registered
    assert mark_device_registered(other, "Work", "https://c.example.com") is True


def test_a_locked_url_is_adopted_when_the_device_registration_is_recorded(
        tmp_path: Path) -> None:
    """IT locked another server than profiles.json names: recording the registration takes
    IT's URL, else the flag could never be set and the PC would register at every start."""
    store = ProfileStore(tmp_path / "profiles.json")
    store.save(ProfileSet().with_profile(
        Profile("Work", url="https://old.example.com"), activate=True))
    assert not mark_device_registered(store, "Work", "https://it.example.com")
    assert mark_device_registered(store, "Work", "https://it.example.com", adopt_url=True)
    saved = store.load().get("Work")
    assert saved is not None and saved.url == "https://it.example.com" and saved.device_registered
    assert not mark_device_registered(store, "Work", "https://it.example.com", adopt_url=True)
