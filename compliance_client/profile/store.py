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
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..domain.errors import ComplianceError, FieldProblem, ValidationError
from ..domain.keys import key_format_problem
from .languages import DEFAULT_LANGUAGE, language_problem
from .paths import atomic_write_bytes, config_dir
from .urls import normalize_server_url, validate_server_url

if TYPE_CHECKING:
    from filelock import BaseFileLock

FILE_NAME = "profiles.json"
LOCK_SUFFIX = ".lock"
LOCK_TIMEOUT = 10.0  # seconds; a change holds the lock for milliseconds
FILE_VERSION = 1
MAX_NAME_LENGTH = 100


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


def _name_key(name: str) -> str:
    """Profile names are compared case-insensitively (Work and work are one profile)."""
    return name.casefold()


def name_problem(name: object) -> FieldProblem | None:
    """None for a usable profile name (already stripped), else what to fix."""
    if not isinstance(name, str) or not name:
        return FieldProblem("name", "name_empty", "Enter a profile name.")
    if len(name) > MAX_NAME_LENGTH:
        return FieldProblem("name", "name_too_long",
                            f"A profile name is at most {MAX_NAME_LENGTH} characters.",
                            max_length=MAX_NAME_LENGTH)
    if any(not c.isprintable() for c in name):
        return FieldProblem("name", "name_characters",
                            "A profile name cannot contain line breaks or control characters.")
    if key_format_problem(name) is None:
        # The name lands in a plain file and in the keyring's visible labels.
        return FieldProblem("name", "name_holds_key",
                            "This looks like an API token. Put the token in the token field "
                            "and give the profile a name.")
    return None


@dataclass(frozen=True, slots=True)
class Profile:
    """One compliance profile. Validated on construction: name and URL are stripped, the URL
    normalized; every problem is raised at once as one ValidationError (field per problem).

    ``url == ""`` means "not set up yet"; ``device_registered`` records that this PC's
    device ID was registered with the server at ``url``. ``allow_insecure_http`` is the
    user's explicit "yes, plain http:// to another computer" (ARCHITECTURE §9); off by default.
    """

    name: str
    language: str = DEFAULT_LANGUAGE
    url: str = ""
    ca_bundle: str | None = None
    device_registered: bool = False
    allow_insecure_http: bool = False

    def __post_init__(self) -> None:
        problems: list[FieldProblem] = []
        name = self.name.strip() if isinstance(self.name, str) else self.name
        p = name_problem(name)
        if p is not None:
            problems.append(p)
        p = language_problem(self.language)
        if p is not None:
            problems.append(p)
        url = self.url.strip() if isinstance(self.url, str) else ""
        if not isinstance(self.allow_insecure_http, bool):
            problems.append(FieldProblem("allow_insecure_http", "allow_insecure_http_type",
                                         "allow_insecure_http must be true or false."))
        if url:
            p = validate_server_url(url, allow_insecure_http=self.allow_insecure_http is True)
            if p is not None:
                problems.append(p)
            else:
                url = normalize_server_url(url)
        elif not isinstance(self.url, str):
            problems.append(FieldProblem("url", "url_type", "The server URL must be text."))
        ca_bundle = self.ca_bundle.strip() if isinstance(self.ca_bundle, str) else self.ca_bundle
        if ca_bundle is not None and not isinstance(ca_bundle, str):
            problems.append(FieldProblem("ca_bundle", "ca_bundle_type",
                                         "The CA bundle must be a file path."))
        if not isinstance(self.device_registered, bool):
            problems.append(FieldProblem("device_registered", "device_registered_type",
                                         "device_registered must be true or false."))
        if problems:
            raise ValidationError(problems)
        object.__setattr__(self, "name", name)
        object.__setattr__(self, "url", url)
        object.__setattr__(self, "ca_bundle", ca_bundle or None)

    def edited(self, **changes: Any) -> Profile:
        """A copy with ``changes``; a new server URL clears ``device_registered`` (the device
        was registered with the old server) unless the caller sets it explicitly."""
        new = replace(self, **changes)
        if (new.url != self.url and "device_registered" not in changes
                and new.device_registered):
            new = replace(new, device_registered=False)
        return new

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "name": self.name, "language": self.language, "url": self.url,
            "ca_bundle": self.ca_bundle, "device_registered": self.device_registered}
        if self.allow_insecure_http:  # written only when set, so the usual file stays small
            data["allow_insecure_http"] = True
        return data


def _unknown(name: str) -> ValidationError:
    return ValidationError([FieldProblem("name", "name_unknown",
                                         f"There is no profile named \u201c{name}\u201d.",
                                         name=name)])


def _taken(name: str) -> ValidationError:
    return ValidationError([FieldProblem("name", "name_taken",
                                         f"A profile named \u201c{name}\u201d already exists. "
                                         f"Choose another name.", name=name)])


@dataclass(frozen=True, slots=True)
class ProfileSet:
    """All profiles and which one is active; immutable, every change returns a new set.

    Names are unique case-insensitively; ``active_name`` is None or one of the names (in the
    stored spelling). Bad input raises ValidationError with a ``name`` FieldProblem.
    """

    profiles: tuple[Profile, ...] = ()
    active_name: str | None = None
    _index: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        profiles = tuple(self.profiles)
        index: dict[str, int] = {}
        for i, profile in enumerate(profiles):
            if not isinstance(profile, Profile):
                raise TypeError(f"ProfileSet holds Profile objects, not {type(profile).__name__}")
            key = _name_key(profile.name)
            if key in index:
                raise _taken(profile.name)
            index[key] = i
        active = self.active_name
        if active is not None:
            found = index.get(_name_key(active)) if isinstance(active, str) else None
            if found is None:
                raise _unknown(str(active))
            active = profiles[found].name
        object.__setattr__(self, "profiles", profiles)
        object.__setattr__(self, "active_name", active)
        object.__setattr__(self, "_index", index)

    # -- reading --

    @property
    def active(self) -> Profile | None:
        return None if self.active_name is None else self.get(self.active_name)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(p.name for p in self.profiles)

    def get(self, name: str) -> Profile | None:
        """The profile called ``name`` (any case), or None."""
        i = self._index.get(_name_key(name.strip()))
        return None if i is None else self.profiles[i]

    def __len__(self) -> int:
        return len(self.profiles)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.get(name) is not None

    # -- changing (each returns a new set) --

    def with_profile(self, profile: Profile, *, activate: bool = False) -> ProfileSet:
        """Add ``profile``, or replace the one with the same name (any case) in place.

        It becomes active when ``activate`` is set or when no profile is active yet (the
        first profile someone sets up is the one the app uses).
        """
        i = self._index.get(_name_key(profile.name))
        if i is None:
            profiles = (*self.profiles, profile)
        else:
            profiles = (*self.profiles[:i], profile, *self.profiles[i + 1:])
        active = self.active_name
        if activate or active is None or _name_key(active) == _name_key(profile.name):
            active = profile.name  # (replacing the active one: follow its new spelling)
        return ProfileSet(profiles, active)

    def renamed(self, old: str, new: str) -> ProfileSet:
        """Rename ``old`` to ``new`` (a change of case alone is allowed); the active profile
        stays active under its new name."""
        current = self.get(old)
        if current is None:
            raise _unknown(old)
        renamed = replace(current, name=new)  # validates the new name
        other = self.get(renamed.name)
        if other is not None and other is not current:
            raise _taken(renamed.name)
        i = self._index[_name_key(current.name)]
        profiles = (*self.profiles[:i], renamed, *self.profiles[i + 1:])
        active = self.active_name
        if active is not None and _name_key(active) == _name_key(current.name):
            active = renamed.name
        return ProfileSet(profiles, active)

    def without(self, name: str) -> ProfileSet:
        """Remove ``name``; if it was active, the first remaining profile becomes active."""
        current = self.get(name)
        if current is None:
            raise _unknown(name)
        profiles = tuple(p for p in self.profiles if p is not current)
        active = self.active_name
        if active is not None and _name_key(active) == _name_key(current.name):
            active = profiles[0].name if profiles else None
        return ProfileSet(profiles, active)

    def switched(self, name: str) -> ProfileSet:
        """Make ``name`` the active profile."""
        current = self.get(name)
        if current is None:
            raise _unknown(name)
        return ProfileSet(self.profiles, current.name)

    # -- the file format --

    def to_json(self) -> dict[str, Any]:
        return {"version": FILE_VERSION, "active": self.active_name,
                "profiles": [p.to_json() for p in self.profiles]}

    @classmethod
    def from_json(cls, data: Any) -> ProfileSet:
        """Parse the file's object; ValueError (or ValidationError) says what is wrong."""
        if not isinstance(data, dict):
            raise ValueError("it does not hold a JSON object")
        version = data.get("version")
        if version != FILE_VERSION:
            raise ValueError(f"it has file version {version!r}; this app reads version "
                             f"{FILE_VERSION}")
        items = data.get("profiles", [])
        if not isinstance(items, list):
            raise ValueError("its \u201cprofiles\u201d is not a list")
        return cls(tuple(_profile_from_json(item) for item in items), data.get("active"))


_TYPES: dict[str, tuple[type, ...]] = {
    "name": (str,), "language": (str,), "url": (str,), "ca_bundle": (str, type(None)),
    "device_registered": (bool,), "allow_insecure_http": (bool,),
}


def _profile_from_json(item: Any) -> Profile:
    if not isinstance(item, dict):
        raise ValueError("a profile entry is not a JSON object")
    if "name" not in item:
        raise ValueError("a profile entry has no name")
    for key, types in _TYPES.items():
        if key in item and not isinstance(item[key], types):
            raise ValueError(f"a profile's \u201c{key}\u201d has the wrong type")
    # Unknown keys (a newer app's, or a hand-added "token") are ignored and not written back.
    return Profile(**{key: item[key] for key in _TYPES if key in item})


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
