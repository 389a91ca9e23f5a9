"""This PC's own state, Qt-free: profiles on disk, the token vault, the device identity,
the log files.

Importing this package is cheap: each name below is imported from its module on first use
(PEP 562), so ``profile.logs`` at start-up does not pull in the store, the vault or the
device reader; ``keyring`` is imported only when the vault is used.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

_WHERE = {
    "DeviceIdError": "device", "device_id": "device", "hostname": "device",
    "ensure_device_key": "device_key", "load_device_key": "device_key",
    "DEFAULT_LANGUAGE": "languages", "SUPPORTED_LANGUAGES": "languages",
    "language_problem": "languages",
    "SaveResult": "saving", "check_token": "saving", "delete_profile": "saving",
    "mark_device_registered": "saving", "rename_profile": "saving", "save_profile": "saving",
    "update_profile": "saving",
    "Profile": "profiles", "ProfileError": "store", "ProfileFileBusy": "store",
    "ProfileFileCorrupt": "store",
    "ProfileSaveError": "store", "ProfileSet": "profiles", "ProfileStore": "store",
    "is_loopback_host": "urls", "normalize_server_url": "urls", "validate_server_url": "urls",
    "TokenTooLong": "vault", "Vault": "vault", "VaultError": "vault", "VaultLocked": "vault",
    "VaultUnavailable": "vault",
}

__all__ = [
    "DEFAULT_LANGUAGE",
    "SUPPORTED_LANGUAGES",
    "DeviceIdError",
    "Profile",
    "ProfileError",
    "ProfileFileBusy",
    "ProfileFileCorrupt",
    "ProfileSaveError",
    "ProfileSet",
    "ProfileStore",
    "SaveResult",
    "TokenTooLong",
    "Vault",
    "VaultError",
    "VaultLocked",
    "VaultUnavailable",
    "check_token",
    "delete_profile",
    "device_id",
    "ensure_device_key",
    "hostname",
    "is_loopback_host",
    "language_problem",
    "load_device_key",
    "mark_device_registered",
    "normalize_server_url",
    "rename_profile",
    "save_profile",
    "update_profile",
    "validate_server_url",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


if TYPE_CHECKING:
    from .device import DeviceIdError, device_id, hostname
    from .device_key import ensure_device_key, load_device_key
    from .languages import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, language_problem
    from .profiles import Profile, ProfileSet
    from .saving import (
        SaveResult,
        check_token,
        delete_profile,
        mark_device_registered,
        rename_profile,
        save_profile,
        update_profile,
    )
    from .store import (
        ProfileError,
        ProfileFileBusy,
        ProfileFileCorrupt,
        ProfileSaveError,
        ProfileStore,
    )
    from .urls import is_loopback_host, normalize_server_url, validate_server_url
    from .vault import TokenTooLong, Vault, VaultError, VaultLocked, VaultUnavailable
