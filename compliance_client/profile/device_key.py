"""This PC's device key (ARCHITECTURE §10): made once, at the first registration, and kept in
the keyring (:class:`~.vault.Vault`), never on disk in clear.

One key per PC, whatever the profile or server: the same public key is registered with every
organization this PC joins, so a proof names this PC in each of them.
"""

from __future__ import annotations

from filelock import FileLock

from ..domain.dpop import DeviceKey
from .paths import data_dir
from .vault import Vault

LOCK_FILE_NAME = "device-key.lock"


def load_device_key(vault: Vault, device_id: str) -> DeviceKey | None:
    """The key the keyring holds for this PC, or None when it holds none (or an entry that is
    not a key: it cannot sign, and the next registration replaces it). The vault's errors
    (no usable keyring, locked, failed) pass up."""
    secret = vault.get_device_key(device_id)
    if secret is None:
        return None
    try:
        return DeviceKey.from_secret(secret)
    except ValueError:
        return None


def ensure_device_key(vault: Vault, device_id: str) -> DeviceKey:
    """This PC's key, made and stored first if the keyring holds none. Under a lock file, so
    the app and a command run at the same moment cannot each make one and register the other's
    (the loser's key would then never match the server)."""
    lock = data_dir() / LOCK_FILE_NAME
    lock.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(lock, timeout=30):
        key = load_device_key(vault, device_id)
        if key is None:
            key = DeviceKey.generate()
            vault.set_device_key(device_id, key.secret())
        return key
