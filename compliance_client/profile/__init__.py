"""This PC's own state, Qt-free: profiles on disk, the token vault, the device identity.

Importing this package is cheap: ``keyring`` is imported only when the vault is used, and
nothing here touches the disk until a method is called.
"""

from .device import DeviceIdError, device_id, hostname
from .languages import DEFAULT_LANGUAGE, SUPPORTED_LANGUAGES, language_problem
from .saving import (
    SaveResult,
    check_token,
    delete_profile,
    mark_device_registered,
    rename_profile,
    save_profile,
)
from .store import (
    Profile,
    ProfileError,
    ProfileFileCorrupt,
    ProfileSaveError,
    ProfileSet,
    ProfileStore,
)
from .urls import is_loopback_host, normalize_server_url, validate_server_url
from .vault import TokenTooLong, Vault, VaultError, VaultLocked, VaultUnavailable

__all__ = [
    "DEFAULT_LANGUAGE",
    "SUPPORTED_LANGUAGES",
    "DeviceIdError",
    "Profile",
    "ProfileError",
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
    "hostname",
    "is_loopback_host",
    "language_problem",
    "mark_device_registered",
    "normalize_server_url",
    "rename_profile",
    "save_profile",
    "validate_server_url",
]
