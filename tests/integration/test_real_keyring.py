"""The vault on the REAL Secret Service backend (gnome-keyring on a D-Bus session).

Skipped unless COMPLIANCE_REAL_KEYRING=1: CI starts gnome-keyring-daemon on a private D-Bus
session, unlocks its login collection and sets that variable. A developer machine's own
keyring is never touched by default. Entries are written under a per-run service name and
removed afterwards, whatever happens.
"""

from __future__ import annotations

import os
import uuid

import pytest

from compliance_client.domain.keys import generate_key
from compliance_client.profile.vault import WINDOWS_CREDENTIAL_LIMIT, TokenTooLong, Vault

pytestmark = pytest.mark.skipif(
    os.environ.get("COMPLIANCE_REAL_KEYRING") != "1",
    reason="needs a running Secret Service (gnome-keyring on a D-Bus session); set "
           "COMPLIANCE_REAL_KEYRING=1 to run (CI does)")


@pytest.fixture
def vault(monkeypatch: pytest.MonkeyPatch):
    import keyring
    import keyring.core
    from keyring.backends import SecretService

    # With COMPLIANCE_REAL_KEYRING=1 the service must be there: a missing daemon fails here
    # (RuntimeError from priority) instead of skipping quietly.
    priority = SecretService.Keyring.priority
    assert priority >= 1
    monkeypatch.setattr(keyring.core, "_keyring_backend", keyring.core._keyring_backend)
    keyring.set_keyring(SecretService.Keyring())
    v = Vault(service=f"compliance-client-test-{uuid.uuid4().hex}")
    names = ("Work", "Office", "Long")
    yield v
    for name in names:
        v.delete_token(name)
    v.delete_device_key(DEVICE)


DEVICE = "0f0e0d0c-0b0a-0908-0706-050403020100"


def test_round_trip(vault: Vault) -> None:
    key = generate_key()
    assert vault.get_token("Work") is None
    vault.set_token("Work", key)
    assert vault.get_token("work") == key
    replacement = generate_key()
    vault.set_token("Work", replacement)
    assert vault.get_token("Work") == replacement
    vault.rename("Work", "Office")
    assert vault.get_token("Office") == replacement and vault.get_token("Work") is None
    vault.delete_token("Office")
    assert vault.get_token("Office") is None
    vault.delete_token("Office")  # deleting what is not there is fine


def test_largest_token_windows_accepts_round_trips(vault: Vault) -> None:
    longest = "a" * (WINDOWS_CREDENTIAL_LIMIT // 2)
    vault.set_token("Long", longest)
    assert vault.get_token("Long") == longest
    with pytest.raises(TokenTooLong):
        vault.set_token("Long", longest + "a")
    assert vault.get_token("Long") == longest


def test_device_key_round_trip(vault: Vault) -> None:
    """This PC's device key (DESIGN §9) kept by the real Secret Service, beside a token."""
    from compliance_client.domain.dpop import DeviceKey

    key, token = DeviceKey.generate(), generate_key()
    vault.set_token("Work", token)
    assert vault.get_device_key(DEVICE) is None
    vault.set_device_key(DEVICE, key.secret())
    kept = vault.get_device_key(DEVICE)
    assert kept is not None and DeviceKey.from_secret(kept).thumbprint == key.thumbprint
    assert vault.get_token("Work") == token  # two entries, neither overwrites the other
    vault.delete_device_key(DEVICE)
    assert vault.get_device_key(DEVICE) is None
    vault.delete_device_key(DEVICE)  # deleting what is not there is fine
    assert vault.get_token("Work") == token
