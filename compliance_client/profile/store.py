"""Profiles on disk: a small JSON file under the user's config dir, replaced atomically.

The file is ``{"version": 1, "active": name, "profiles": [...]}``. It never holds the API
token (that lives in the keyring, see :mod:`.vault`): :class:`Profile` has no token field, and
only the known fields are written back, so even a hand-added ``"token"`` key is dropped on the
next save.

A corrupt or unreadable file is never silently reset. :meth:`ProfileStore.load` moves it aside
as ``profiles.json.corrupt-<YYYYmmdd-HHMMSS>`` and raises :class:`ProfileFileCorrupt`, whose
``profile_set`` is the empty set to carry on with and whose message tells the person where the
old file went. The file is then gone, so the next ``load()`` returns the empty set quietly:
the person is told exactly once. (An exception rather than a result object keeps
``load() -> ProfileSet`` simple for every caller, and a caller that forgets to handle it
fails loudly instead of losing the notice.)

Every change of the file happens under a lock (ARCHITECTURE §7): ``profiles.json.lock`` beside it,
taken with the ``filelock`` package (an OS lock, ``flock``/``LockFileEx``, so a crashed process
never leaves it held). :meth:`ProfileStore.save` always takes it; a read-modify-write takes it
around the whole step with :meth:`ProfileStore.locked` (reentrant), so two processes (two
``profile set`` runs, the app and the CLI) never lose each other's edits. Reading needs no
lock: the file is only ever replaced whole. A lock not free within
:attr:`ProfileStore.lock_timeout` seconds is :class:`ProfileFileBusy`, never a hang.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.errors import ComplianceError, ValidationError
from .paths import atomic_write_bytes, config_dir
from .profiles import ProfileSet

if TYPE_CHECKING:
    from filelock import BaseFileLock

FILE_NAME = "profiles.json"
LOCK_SUFFIX = ".lock"
LOCK_TIMEOUT = 10.0  # seconds; a change holds the lock for milliseconds


# -- errors ------------------------------------------------------------------------------------


class ProfileError(ComplianceError):
    """Base of the profile file's errors; ``params`` feed the GUI's translated text."""

    code = "profile_error"

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message)
        self.params = params


class ProfileFileCorrupt(ProfileError):
    """The profile file could not be read; it was moved aside (``moved_to``) if possible.

    ``profile_set`` is the empty set the caller carries on with; ``lost_count`` is how many
    profiles the old file held, or None when it was too damaged to tell.
    """

    code = "profile_file_corrupt"

    def __init__(self, path: Path, moved_to: Path | None, lost_count: int | None,
                 reason: str, move_error: str | None = None) -> None:
        self.path = path
        self.moved_to = moved_to
        self.lost_count = lost_count
        self.reason = reason
        self.profile_set = ProfileSet()
        held = ""
        if lost_count is not None:
            held = f" It held {lost_count} profile{'s' if lost_count != 1 else ''}."
        if moved_to is not None:
            message = (f"The profile file {path} could not be read ({reason}), so the app "
                       f"starts without a profile. The old file was kept as {moved_to}.{held} "
                       f"Set up your profile again, or ask your support team to recover it "
                       f"from that file.")
        else:
            message = (f"The profile file {path} could not be read ({reason}) and could not "
                       f"be moved aside ({move_error}), so the app starts without a profile."
                       f"{held} Fix the file's permissions or remove it, then start again.")
        super().__init__(message, path=str(path), moved_to=str(moved_to or ""),
                         lost_count=lost_count, reason=reason)


class ProfileSaveError(ProfileError):
    """The profile file could not be written; the previous file is unchanged."""

    code = "profile_save_failed"

    def __init__(self, path: Path, error: OSError) -> None:
        self.path = path
        self.errno = error.errno
        folder = path.parent
        unchanged = "The previous profile file is unchanged."
        if error.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            message = (f"The disk is full, so the profile was not saved to {path}. "
                       f"Free some disk space and save again. {unchanged}")
        elif error.errno in (errno.EACCES, errno.EPERM) or isinstance(error, PermissionError):
            message = (f"This app may not write to {folder}, so the profile was not saved. "
                       f"Check that folder's permissions (or close any program holding "
                       f"{path.name}) and save again. {unchanged}")
        elif error.errno == errno.EROFS:
            message = (f"{folder} is on a read-only disk, so the profile was not saved. "
                       f"Make it writable and save again. {unchanged}")
        else:
            reason = error.strerror or type(error).__name__
            message = (f"The profile could not be saved to {path} ({reason}). Fix the "
                       f"problem and save again. {unchanged}")
        super().__init__(message, path=str(path), errno=error.errno)


class ProfileFileBusy(ProfileError):
    """The profile file's lock was not free within ``seconds``; nothing was changed."""

    code = "profile_file_busy"

    def __init__(self, path: Path, lock_path: Path, seconds: float) -> None:
        self.path = path
        self.lock_path = lock_path
        self.seconds = seconds
        message = (f"Another copy of this app is changing the profile file {path}, so it was "
                   f"not changed (waited {seconds:g} seconds). Try again in a moment; if no "
                   f"other copy is running, remove {lock_path}.")
        super().__init__(message, path=str(path), lock_path=str(lock_path), seconds=seconds)


# -- profiles ----------------------------------------------------------------------------------


















# -- the file ----------------------------------------------------------------------------------


def _lost_count(raw: bytes) -> int | None:
    """How many profiles a file that failed to load held, when that can be told."""
    with contextlib.suppress(ValueError, RecursionError):
        data = json.loads(raw)
        if isinstance(data, dict) and isinstance(data.get("profiles"), list):
            return len(data["profiles"])
    return None


def _describe(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        return "a profile in it is invalid: " + "; ".join(exc.fields.values())
    if isinstance(exc, json.JSONDecodeError):
        return f"it is not valid JSON: {exc.msg} at line {exc.lineno}"
    if isinstance(exc, UnicodeDecodeError):
        return "it is not UTF-8 text"
    if isinstance(exc, OSError):
        return exc.strerror or type(exc).__name__
    return str(exc)


class _FileLockHold:
    """One process's hold on one lock file: reentrant in the thread that holds it, exclusive
    between threads (a ``threading.RLock``) and between processes (the OS file lock, taken by
    the outermost hold only). Shared by every ProfileStore of the same path in a process, so
    a nested ``save()`` inside ``locked()`` never waits for itself."""

    def __init__(self, lock_path: Path) -> None:
        self.lock_path = lock_path
        self._thread_lock = threading.RLock()
        self._depth = 0
        self._file_lock: BaseFileLock | None = None

    def acquire(self, timeout: float) -> bool:
        """Take the lock within ``timeout`` seconds; False when it stayed busy. OSError when
        the lock file cannot be created."""
        deadline = time.monotonic() + timeout
        if not self._thread_lock.acquire(timeout=timeout):
            return False
        try:
            if self._depth == 0:
                from filelock import FileLock, Timeout

                if self._file_lock is None:
                    self._file_lock = FileLock(os.fspath(self.lock_path), thread_local=False)
                try:
                    self._file_lock.acquire(timeout=max(0.0, deadline - time.monotonic()))
                except Timeout:
                    self._thread_lock.release()
                    return False
            self._depth += 1
        except BaseException:
            self._thread_lock.release()
            raise
        return True

    def release(self) -> None:
        try:
            self._depth -= 1
            if self._depth == 0 and self._file_lock is not None:
                self._file_lock.release()
        finally:
            self._thread_lock.release()


_HOLDS: dict[str, _FileLockHold] = {}
_HOLDS_GUARD = threading.Lock()


def _hold_for(lock_path: Path) -> _FileLockHold:
    key = os.path.normcase(os.path.abspath(lock_path))
    with _HOLDS_GUARD:
        hold = _HOLDS.get(key)
        if hold is None:
            hold = _HOLDS[key] = _FileLockHold(lock_path)
        return hold


class _Unreadable(Exception):
    """The file exists but could not be read or understood (``reason``, ``lost``)."""

    def __init__(self, reason: str, lost: int | None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.lost = lost


class ProfileStore:
    """Reads and writes the profile file at ``path`` (default: the user's config dir).

    ``lock_timeout`` is how long a change waits for another process's change to finish
    before it fails with :class:`ProfileFileBusy`.
    """

    def __init__(self, path: Path | None = None, *, lock_timeout: float = LOCK_TIMEOUT) -> None:
        self.path = Path(path) if path is not None else config_dir() / FILE_NAME
        self.lock_timeout = lock_timeout

    @property
    def lock_path(self) -> Path:
        """The lock file beside the profile file (``profiles.json.lock``)."""
        return self.path.with_name(self.path.name + LOCK_SUFFIX)

    @contextlib.contextmanager
    def locked(self) -> Iterator[None]:
        """Hold the profile file's lock for a whole read-modify-write::

            with store.locked():
                profiles = store.load()
                store.save(change(profiles))

        Reentrant (``save()`` inside takes it again without waiting). Raises
        :class:`ProfileFileBusy` when another process holds it for longer than
        ``lock_timeout`` seconds, :class:`ProfileSaveError` when the lock file cannot be
        created (the folder is not writable, so no save could succeed either).
        """
        hold = _hold_for(self.lock_path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            taken = hold.acquire(self.lock_timeout)
        except OSError as exc:
            raise ProfileSaveError(self.path, exc) from exc
        if not taken:
            raise ProfileFileBusy(self.path, self.lock_path, self.lock_timeout)
        try:
            yield
        finally:
            hold.release()

    def load(self) -> ProfileSet:
        """The saved profiles; an empty set when there is no file yet.

        Raises :class:`ProfileFileCorrupt` (after moving the file aside) when the file exists
        but cannot be read or understood; its ``profile_set`` is the empty set.
        """
        try:
            return self._read()
        except _Unreadable:
            pass
        # Moving the file aside is a change, so it is done under the lock, and only if the
        # file still cannot be read: another process may have just replaced it with a good
        # one. When no lock file can be made (a read-only folder), the move fails anyway.
        with contextlib.ExitStack() as stack:
            with contextlib.suppress(ProfileSaveError):
                stack.enter_context(self.locked())
            try:
                return self._read()
            except _Unreadable as exc:
                failure = exc
            moved_to, move_error = self._move_aside()
        raise ProfileFileCorrupt(self.path, moved_to, failure.lost, failure.reason, move_error)

    def _read(self) -> ProfileSet:
        raw = b""
        try:
            raw = self.path.read_bytes()
            return ProfileSet.from_json(json.loads(raw))
        except FileNotFoundError:
            return ProfileSet()
        except (OSError, ValueError, ValidationError, RecursionError) as exc:
            raise _Unreadable(_describe(exc), _lost_count(raw) if raw else None) from None

    def _move_aside(self) -> tuple[Path | None, str | None]:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        n = 1
        while target.exists():  # two failures within a second: keep both
            n += 1
            target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}-{n}")
        try:
            os.rename(self.path, target)
        except OSError as exc:
            return None, exc.strerror or type(exc).__name__
        return target, None

    def save(self, profile_set: ProfileSet) -> None:
        """Write ``profile_set`` atomically, under the lock; :class:`ProfileSaveError` (or
        :class:`ProfileFileBusy`) leaves the old file."""
        data = json.dumps(profile_set.to_json(), indent=2, ensure_ascii=False) + "\n"
        with self.locked():
            try:
                atomic_write_bytes(self.path, data.encode("utf-8"))
            except OSError as exc:
                raise ProfileSaveError(self.path, exc) from exc
