"""The token vault over keyring: round trips on an in-memory backend, and every failure a
person can meet, each from a backend that fails that way."""

from __future__ import annotations

import subprocess
import sys

import pytest
from keyring.backends import fail, null
from keyring.errors import (
    InitError,
    KeyringError,
    KeyringLocked,
    NoKeyringError,
    PasswordSetError,
)

from compliance_client.domain.errors import ComplianceError
from compliance_client.domain.keys import generate_key
from compliance_client.profile.vault import (
    WINDOWS_CREDENTIAL_LIMIT,
    TokenTooLong,
    Vault,
    VaultError,
    VaultLocked,
    VaultUnavailable,
    insecure_reason,
    token_size,
)

from ..helpers.keyring_fakes import (
    AltModuleKeyring,
    InMemoryKeyring,
    LoudPlaintextKeyring,
    NoNewEntriesKeyring,
    NotViableKeyring,
    ObscureKeyring,
    PlaintextKeyring,
    RaisingKeyring,
    StubbornKeyring,
    make_chainer,
)

secretstorage_exceptions = pytest.importorskip("secretstorage.exceptions")


# -- round trips -------------------------------------------------------------------------------


def test_set_get_delete(memory_keyring: InMemoryKeyring) -> None:
    vault, key = Vault(), generate_key()
    assert vault.get_token("Work") is None
    vault.set_token("Work", key)
    assert vault.get_token("Work") == key
    assert vault.get_token("WORK") == key  # profile names ignore case, so does the vault
    assert memory_keyring.passwords == {("compliance-client", "work"): key}
    vault.delete_token("work")
    assert vault.get_token("Work") is None
    vault.delete_token("Work")  # nothing to delete is fine


def test_services_are_separate(memory_keyring: InMemoryKeyring) -> None:
    Vault("other-app").set_token("Work", generate_key())
    assert Vault().get_token("Work") is None


def test_rename_moves_the_token(memory_keyring: InMemoryKeyring) -> None:
    vault, key = Vault(), generate_key()
    vault.set_token("Work", key)
    vault.rename("Work", "Office")
    assert vault.get_token("Office") == key
    assert vault.get_token("Work") is None


def test_rename_without_a_token_clears_a_stale_one(memory_keyring: InMemoryKeyring) -> None:
    vault = Vault()
    vault.set_token("Office", generate_key())  # left over from a deleted profile
    vault.rename("Work", "Office")
    assert vault.get_token("Office") is None


def test_rename_of_case_only_keeps_the_entry(memory_keyring: InMemoryKeyring) -> None:
    vault, key = Vault(), generate_key()
    vault.set_token("Work", key)
    memory_keyring.calls.clear()
    vault.rename("Work", "WORK")
    assert memory_keyring.calls == []
    assert vault.get_token("work") == key


def test_keyring_is_imported_lazily() -> None:
    code = ("import sys, compliance_client.profile as p; p.Vault(); p.ProfileStore; "
            "print('keyring' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "False"


# -- TokenTooLong --------------------------------------------------------------------------


def test_token_size_counts_utf16_bytes() -> None:
    assert token_size("abc") == 6
    assert token_size("\U0001f511") == 4  # outside the BMP: a surrogate pair


@pytest.mark.parametrize(("unit", "per_unit"), [("a", 2), ("é", 2), ("\U0001f511", 4)])
def test_token_too_long_boundary(memory_keyring: InMemoryKeyring, unit: str,
                                 per_unit: int) -> None:
    fits = unit * (WINDOWS_CREDENTIAL_LIMIT // per_unit)
    assert token_size(fits) == 2560
    Vault().set_token("Work", fits)
    assert Vault().get_token("Work") == fits
    too_long = fits + unit
    memory_keyring.calls.clear()
    with pytest.raises(TokenTooLong) as info:
        Vault().set_token("Work", too_long)
    assert memory_keyring.calls == []  # refused before the backend was asked
    exc = info.value
    assert isinstance(exc, VaultError) and exc.code == "token_too_long"
    assert exc.params["size"] == 2560 + per_unit and exc.params["limit"] == 2560
    assert f"{2560 + per_unit:,} bytes" in exc.message and "2,560" in exc.message
    assert "Windows Credential Manager" in exc.message and "save again" in exc.message
    assert too_long not in exc.message and fits[:20] not in exc.message


def test_token_too_long_is_checked_even_without_a_keyring(install_keyring) -> None:
    install_keyring(fail.Keyring())
    with pytest.raises(TokenTooLong):
        Vault().set_token("Work", "x" * 1281)


def test_an_empty_token_is_a_programming_error(memory_keyring: InMemoryKeyring) -> None:
    with pytest.raises(ValueError):
        Vault().set_token("Work", "")


# -- no usable backend -------------------------------------------------------------------------


@pytest.mark.parametrize(("make", "reason"), [
    (fail.Keyring, "no keyring backend was found"),
    (null.Keyring, "switched off"),
    (PlaintextKeyring, "unprotected"),
    (LoudPlaintextKeyring, "unprotected"),
    (AltModuleKeyring, "keyrings.alt.Windows"),
    (ObscureKeyring, "not a recommended keyring (priority 0.2)"),
    (NotViableKeyring, "cannot work on this system"),
    (lambda: make_chainer(), "no keyring backend was found"),
    (lambda: make_chainer(null.Keyring(), InMemoryKeyring()), "switched off"),
])
def test_unusable_backends(install_keyring, make, reason: str) -> None:
    backend = install_keyring(make())
    key = generate_key()
    vault = Vault()
    for call, outcome in ((lambda: vault.set_token("Work", key), "was not stored"),
                          (lambda: vault.get_token("Work"), "could not be read"),
                          (lambda: vault.delete_token("Work"), "was not removed"),
                          (lambda: vault.rename("Work", "Home"), "was not moved")):
        with pytest.raises(VaultUnavailable) as info:
            call()
        exc = info.value
        assert isinstance(exc, VaultError) and isinstance(exc, ComplianceError)
        assert exc.code == "vault_unavailable"
        assert exc.message.startswith("No secure keyring is available (")
        assert reason in exc.message and outcome in exc.message
        assert "Install or unlock your system's keyring (GNOME Keyring, KWallet" in exc.message
        assert key not in exc.message
    if isinstance(backend, InMemoryKeyring):
        assert backend.passwords == {}  # nothing went to the insecure backend


def test_a_chainer_over_a_secure_backend_is_used(install_keyring) -> None:
    inner = InMemoryKeyring()
    install_keyring(make_chainer(inner, PlaintextKeyring()))
    key = generate_key()
    Vault().set_token("Work", key)
    assert inner.passwords == {("compliance-client", "work"): key}
    assert insecure_reason(make_chainer(inner)) is None


def test_a_broken_backend_setting_is_unavailable(install_keyring,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring.core

    monkeypatch.setattr(keyring.core, "_keyring_backend", None)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "no_such_module.Keyring")
    with pytest.raises(VaultUnavailable) as info:
        Vault().get_token("Work")
    assert "could not be loaded" in info.value.message
    assert info.value.backend == "none"


# -- errors from the backend -------------------------------------------------------------------


def locked(_: str | None) -> BaseException:
    return KeyringLocked("Failed to unlock the collection!")


def ss_locked(_: str | None) -> BaseException:
    return secretstorage_exceptions.LockedException("Item is locked!")


def ss_dismissed(_: str | None) -> BaseException:
    return secretstorage_exceptions.PromptDismissedException("Prompt dismissed.")


@pytest.mark.parametrize("make_error", [locked, ss_locked, ss_dismissed])
def test_locked_keyring(install_keyring, make_error) -> None:
    install_keyring(RaisingKeyring(make_error))
    key = generate_key()
    for call, outcome, retry in (
            (lambda: Vault().set_token("Work", key), "was not stored", "save again"),
            (lambda: Vault().get_token("Work"), "could not be read", "try again")):
        with pytest.raises(VaultLocked) as info:
            call()
        exc = info.value
        assert exc.code == "vault_locked" and isinstance(exc, VaultError)
        assert exc.message == (
            "The system keyring is locked, or its unlock prompt was dismissed, so the API "
            f"token {outcome}. Unlock the keyring (signing in again usually does it) and "
            f"{retry}.")
        assert exc.backend.endswith("RaisingKeyring")


@pytest.mark.parametrize("make_error", [
    lambda _: NoKeyringError("No recommended backend was available."),
    lambda _: InitError("Failed to create the collection: not available."),
    lambda _: secretstorage_exceptions.SecretServiceNotAvailableException("no daemon"),
])
def test_backend_reporting_no_keyring_is_unavailable(install_keyring, make_error) -> None:
    install_keyring(RaisingKeyring(make_error))
    with pytest.raises(VaultUnavailable) as info:
        Vault().set_token("Work", generate_key())
    assert "so the API token was not stored" in info.value.message


@pytest.mark.parametrize(("make_error", "shown"), [
    (lambda _: PasswordSetError("Can't store password on keychain"),
     "PasswordSetError: Can't store password on keychain"),
    (lambda _: KeyringError("Unexpected failure"), "KeyringError: Unexpected failure"),
    (lambda _: RuntimeError("org.freedesktop.DBus.Error.NoReply"),
     "RuntimeError: org.freedesktop.DBus.Error.NoReply"),
])
def test_other_backend_errors(install_keyring, make_error, shown: str) -> None:
    install_keyring(RaisingKeyring(make_error))
    with pytest.raises(VaultError) as info:
        Vault().set_token("Work", generate_key())
    exc = info.value
    assert type(exc) is VaultError and exc.code == "vault_error"
    assert exc.message == (f"The system keyring failed ({shown}), so the API token was not "
                           "stored. Check that your keyring works (open it once, or restart "
                           "the session) and save again.")
    assert exc.__cause__ is not None  # kept for the log: it does not quote the token


def test_a_backend_quoting_the_token_is_scrubbed(install_keyring) -> None:
    key = generate_key()
    install_keyring(RaisingKeyring(lambda pw: PasswordSetError(f"cannot store {pw!r}")))
    with pytest.raises(VaultError) as info:
        Vault().set_token("Work", key)
    exc = info.value
    assert key not in str(exc) and key not in repr(exc.params)
    assert "[token]" in exc.message
    assert exc.__cause__ is None and exc.__suppress_context__  # the original is not chained


def test_delete_failure_is_reported_only_when_the_token_stays(install_keyring) -> None:
    backend = install_keyring(StubbornKeyring())
    Vault().delete_token("Work")  # not there: nothing to do, no error
    Vault().set_token("Work", generate_key())
    with pytest.raises(VaultError) as info:
        Vault().delete_token("Work")
    assert "PasswordDeleteError: Access denied" in info.value.message
    assert "was not removed from the keyring" in info.value.message
    assert backend.passwords


def test_a_failed_move_keeps_the_old_token(install_keyring) -> None:
    backend = install_keyring(NoNewEntriesKeyring())
    key = generate_key()
    backend.passwords[("compliance-client", "work")] = key
    with pytest.raises(VaultError) as info:
        Vault().rename("Work", "Home")
    assert "was not moved to the new profile name" in info.value.message
    assert Vault().get_token("Work") == key


# -- this PC's device key (DESIGN §9) ----------------------------------------------------------

DEVICE = "0f0e0d0c-0b0a-0908-0706-050403020100"


def test_device_key_round_trip_beside_the_token(memory_keyring: InMemoryKeyring) -> None:
    from compliance_client.domain.dpop import DeviceKey

    vault, token, key = Vault(), generate_key(), DeviceKey.generate()
    vault.set_token("Work", token)
    assert vault.get_device_key(DEVICE) is None
    vault.set_device_key(DEVICE, key.secret())
    assert memory_keyring.passwords == {
        ("compliance-client", "work"): token,
        ("compliance-client", f"device-key:{DEVICE}"): key.secret()}
    assert DeviceKey.from_secret(vault.get_device_key(DEVICE) or "").thumbprint == key.thumbprint
    vault.delete_device_key(DEVICE)
    assert vault.get_device_key(DEVICE) is None
    assert vault.get_token("Work") == token  # the token is another entry, left alone
    vault.delete_device_key(DEVICE)  # nothing to delete is fine


def test_device_key_errors_name_the_device_key(install_keyring) -> None:
    from compliance_client.domain.dpop import DeviceKey

    secret = DeviceKey.generate().secret()
    install_keyring(fail.Keyring())
    with pytest.raises(VaultUnavailable) as unavailable:
        Vault().set_device_key(DEVICE, secret)
    install_keyring(RaisingKeyring(locked))
    with pytest.raises(VaultLocked) as locked_info:
        Vault().get_device_key(DEVICE)
    # A backend that quotes what it was given must not carry the secret into the message.
    install_keyring(RaisingKeyring(lambda pw: PasswordSetError(f"cannot store {pw!r}")))
    with pytest.raises(VaultError) as failed:
        Vault().set_device_key(DEVICE, secret)
    assert "this PC's device key was not stored" in unavailable.value.message
    assert locked_info.value.message == (
        "The system keyring is locked, or its unlock prompt was dismissed, so this PC's device "
        "key could not be read. Unlock the keyring (signing in again usually does it) and try "
        "again.")
    assert "so this PC's device key was not stored" in failed.value.message
    for exc in (unavailable.value, locked_info.value, failed.value):
        assert exc.params["secret"] == "device_key"
        assert "API token" not in exc.message
        assert secret not in exc.message and secret not in repr(exc.params)
        assert secret not in str(exc.__cause__ or "")


def test_load_and_ensure_device_key(memory_keyring: InMemoryKeyring,
                                    monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    from compliance_client.profile.device_key import ensure_device_key, load_device_key

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the lock file goes there
    vault = Vault()
    assert load_device_key(vault, DEVICE) is None
    made = ensure_device_key(vault, DEVICE)
    assert ensure_device_key(vault, DEVICE).thumbprint == made.thumbprint  # made once
    loaded = load_device_key(vault, DEVICE)
    assert loaded is not None and loaded.thumbprint == made.thumbprint
    # An entry that is not a key cannot sign: it reads as none and the next ensure replaces it.
    vault.set_device_key(DEVICE, "not a key")
    assert load_device_key(vault, DEVICE) is None
    replaced = ensure_device_key(vault, DEVICE)
    assert replaced.thumbprint != made.thumbprint
    assert vault.get_device_key(DEVICE) == replaced.secret()
