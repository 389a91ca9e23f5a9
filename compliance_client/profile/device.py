"""This PC's identity: a stable device ID derived from the OS machine identifier, and its name.

The raw identifier (Windows MachineGuid, Linux machine-id, macOS IOPlatformUUID) is read here
and only ever passed to :func:`~compliance_client.domain.device_identity.derive_device_id`;
it is never stored, logged or sent. Where no identifier can be read (a minimal container, a
locked-down registry), a random UUID is created once under the user data dir and reused, so
the same PC keeps the same ID across runs and profiles.

The readers are plain functions in :data:`DEFAULT_SOURCES` and :func:`device_id` takes the
list to use, so tests drive every path (including the fallback) without touching OS files.
"""

from __future__ import annotations

import contextlib
import os
import platform
import re
import socket
import sys
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

from ..domain.device_identity import derive_device_id
from ..domain.errors import ComplianceError
from .paths import data_dir, fsync_directory, replace_file, write_temp_file

MachineIdSource = Callable[[], str | None]

FALLBACK_FILE_NAME = "device-id"
LINUX_MACHINE_ID_FILES = (Path("/etc/machine-id"), Path("/var/lib/dbus/machine-id"))
# Values that are not a real identifier: systemd's first-boot placeholder, and all zeros
# (some cloned images and broken firmware report that for every machine).
_PLACEHOLDERS = {"", "uninitialized", "unknown"}
_ZEROS = re.compile(r"[0\-{}]+")


class DeviceIdError(ComplianceError):
    """No OS identifier was readable and the fallback file could not be kept either."""

    code = "device_id_unavailable"

    def __init__(self, path: Path, error: OSError) -> None:
        reason = error.strerror or str(error) or type(error).__name__
        super().__init__(f"This PC's device ID could not be read from the system, and it could "
                         f"not be kept in {path} either ({reason}). Make that folder writable "
                         f"and try again.")
        self.path = path
        self.params = {"path": str(path), "reason": reason}


def _usable(raw: str | None) -> str | None:
    if raw is None:
        return None
    raw = raw.strip()
    if raw.lower() in _PLACEHOLDERS or _ZEROS.fullmatch(raw):
        return None
    return raw


def read_windows_machine_guid() -> str | None:
    """HKLM\\SOFTWARE\\Microsoft\\Cryptography MachineGuid, from the 64-bit registry view
    (a 32-bit Python would otherwise read the WOW64 copy, which may be missing)."""
    if sys.platform != "win32":
        return None
    import winreg

    try:
        with winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, r"SOFTWARE\Microsoft\Cryptography", 0,
                            winreg.KEY_READ | winreg.KEY_WOW64_64KEY) as key:
            value, _kind = winreg.QueryValueEx(key, "MachineGuid")
    except OSError:
        return None
    return value if isinstance(value, str) else None


def read_linux_machine_id(paths: Sequence[Path] = LINUX_MACHINE_ID_FILES) -> str | None:
    """The first usable of /etc/machine-id and /var/lib/dbus/machine-id."""
    for path in paths:
        try:
            text = path.read_text(encoding="ascii", errors="replace")
        except OSError:
            continue
        if _usable(text):
            return text
    return None


_IOREG_UUID = re.compile(r'"IOPlatformUUID"\s*=\s*"([^"]+)"')


def read_macos_platform_uuid() -> str | None:
    """IOPlatformUUID from ``ioreg -rd1 -c IOPlatformExpertDevice``."""
    if sys.platform != "darwin":
        return None
    import subprocess

    try:
        out = subprocess.run(["/usr/sbin/ioreg", "-rd1", "-c", "IOPlatformExpertDevice"],
                             capture_output=True, text=True, timeout=5, check=False).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    match = _IOREG_UUID.search(out)
    return match.group(1) if match else None


# Each returns None off its own OS, so one list serves every platform.
DEFAULT_SOURCES: tuple[MachineIdSource, ...] = (
    read_windows_machine_guid,
    read_linux_machine_id,
    read_macos_platform_uuid,
)


def fallback_path() -> Path:
    return data_dir() / FALLBACK_FILE_NAME


def _read_fallback(path: Path) -> str | None:
    try:
        text = path.read_text(encoding="ascii").strip()
        return str(uuid.UUID(text))
    except (OSError, ValueError, UnicodeDecodeError):
        return None


def fallback_machine_id(path: Path | None = None) -> str:
    """The random UUID kept in ``path`` (default: the user data dir's ``device-id``).

    Created once: the new value is written to a temp file and *linked* into place, which
    fails if another process got there first; then whatever is in place is used, so two
    first runs at once still agree. A damaged file is replaced (the ID changes once: nothing
    better is possible).
    """
    path = fallback_path() if path is None else path
    existing = _read_fallback(path)
    if existing is not None:
        return existing
    tmp = write_temp_file(path, (str(uuid.uuid4()) + "\n").encode("ascii"))
    try:
        try:
            os.link(tmp, path)
        except FileExistsError:
            existing = _read_fallback(path)
            if existing is not None:
                return existing
            replace_file(tmp, path)  # the one in place is damaged
        except OSError:
            # No hard links on this file system (FAT, some network shares): a plain rename.
            replace_file(tmp, path)
        fsync_directory(path.parent)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()
    value = _read_fallback(path)
    if value is None:
        raise OSError(f"{path} does not hold the device ID just written")
    return value


def device_id(sources: Sequence[MachineIdSource] | None = None, *,
              fallback: Path | None = None) -> str:
    """This PC's stable device ID (UUID-shaped, derived, never the raw OS identifier).

    ``sources`` are tried in order (default :data:`DEFAULT_SOURCES`); a source that raises
    or returns nothing usable is skipped. With none usable, the fallback file is used;
    :class:`DeviceIdError` when that cannot be kept.
    """
    for source in DEFAULT_SOURCES if sources is None else sources:
        try:
            raw = _usable(source())
        except Exception:  # an odd registry or firmware must not stop the app
            raw = None
        if raw is not None:
            return derive_device_id(raw)
    path = fallback_path() if fallback is None else fallback
    try:
        return derive_device_id(fallback_machine_id(path))
    except OSError as exc:
        raise DeviceIdError(path, exc) from exc


def hostname() -> str:
    """This PC's name as people know it (what the server lists next to the device ID)."""
    name = socket.gethostname().strip() or platform.node().strip()
    return name or "unknown"
