"""Where this PC's own state lives, and how a small file is replaced without ever being torn.

Both the profile file and the device-id fallback file go through :func:`atomic_write_bytes`:
a temp file in the same directory (so ``os.replace`` is a rename within one file system),
flushed and fsynced before the rename, so a crash or a full disk leaves either the old file
or the new one, never half of each.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import time
from pathlib import Path

APP_NAME = "compliance-client"


def config_dir() -> Path:
    """``platformdirs.user_config_dir("compliance-client")``, read when called (tests move it)."""
    import platformdirs

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """``platformdirs.user_data_dir("compliance-client")``, read when called."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def write_temp_file(path: Path, data: bytes) -> Path:
    """Write ``data`` to a new, fsynced temp file next to ``path`` and return its path.

    The temp file is removed again if writing fails; the OSError propagates.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return tmp


def replace_file(tmp: Path, path: Path) -> None:
    """``os.replace(tmp, path)``; on Windows retried briefly, since a virus scanner or the
    search indexer may hold the target open for a moment (a sharing violation)."""
    attempts = 5 if sys.platform == "win32" else 1
    for attempt in range(attempts):
        try:
            os.replace(tmp, path)
            return
        except PermissionError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def fsync_directory(directory: Path) -> None:
    """Make a rename durable on POSIX; Windows has no directory handles to sync."""
    if sys.platform == "win32":
        return
    with contextlib.suppress(OSError):
        fd = os.open(directory, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically; on OSError the old file is untouched."""
    tmp = write_temp_file(path, data)
    try:
        replace_file(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_directory(path.parent)
