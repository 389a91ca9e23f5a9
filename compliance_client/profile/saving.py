"""Saving a profile and its token together: "profile saved, token not" is a result, not a crash.

The JSON file is written first, then the token goes to the keyring. A profile is useful (and
editable) without its token, so when the keyring refuses, the profile stays saved and the
result says exactly that (``token_error``); the person can fix the keyring and save again.
When the file cannot be written, :class:`~.store.ProfileSaveError` is raised and the keyring
is not touched. The GUI and the CLI both go through these functions, so there is one way.

Each write takes the profile file's lock (:meth:`.store.ProfileStore.save`).
:func:`update_profile` and :func:`mark_device_registered` read, change and write the file as
one locked step, so a concurrent change by another process is never overwritten; the keyring
is touched after the lock is released (an unlock prompt must not hold up other processes).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..domain.errors import FieldProblem, ValidationError
from ..domain.keys import KEY_PROBLEM_TEXT, key_format_problem
from .profiles import Profile, ProfileSet
from .store import ProfileStore
from .vault import Vault, VaultError


@dataclass(frozen=True, slots=True)
class SaveResult:
    """What was saved: the new set (already on disk) and, if the keyring failed, why."""

    profile_set: ProfileSet
    token_error: VaultError | None = None
    action: str = "saved"  # saved | renamed | deleted, for :attr:`message`
    profile: Profile | None = None  # the profile saved (save_profile, update_profile)

    @property
    def ok(self) -> bool:
        """True when the file and the keyring both did what was asked."""
        return self.token_error is None

    @property
    def message(self) -> str:
        """One English paragraph for a person: "Profile saved." plus the keyring's problem."""
        done = f"Profile {self.action}."
        return done if self.token_error is None else f"{done} {self.token_error.message}"


def check_token(token: str) -> str:
    """The token trimmed, or ValidationError (field ``token``) when it is not a well-formed
    key: a mistyped key is rejected offline, before anything is saved (ARCHITECTURE §8)."""
    token = token.strip()
    problem = key_format_problem(token)
    if problem is not None:
        raise ValidationError([FieldProblem("token", problem, KEY_PROBLEM_TEXT[problem])])
    return token


def _same_name(a: str, b: str) -> bool:
    return a.strip().casefold() == b.strip().casefold()


def _with_edit(profile_set: ProfileSet, profile: Profile, old: str | None,
               activate: bool) -> ProfileSet:
    if old is not None and old != profile.name:
        return profile_set.renamed(old, profile.name).with_profile(profile, activate=activate)
    return profile_set.with_profile(profile, activate=activate)


def _store_token(vault: Vault, profile: Profile, token: str | None,
                 old: str | None) -> VaultError | None:
    """Put ``token`` (if any) under the profile's name and move or drop the old name's."""
    # A change of case only keeps the same keyring entry (its user name is case-folded).
    moved_from = old if old is not None and not _same_name(old, profile.name) else None
    try:
        if token is not None:
            vault.set_token(profile.name, token)
            if moved_from is not None:
                vault.delete_token(moved_from)
        elif moved_from is not None:
            vault.rename(moved_from, profile.name)
    except VaultError as exc:
        return exc
    return None


def save_profile(store: ProfileStore, vault: Vault, profile_set: ProfileSet, profile: Profile,
                 token: str | None = None, *, previous_name: str | None = None,
                 activate: bool = False) -> SaveResult:
    """Add or replace ``profile`` in ``profile_set``, write the file, then store ``token``.

    ``token`` None keeps whatever token the profile has. ``previous_name`` is the profile's
    name before this edit: when it differs, the profile is renamed and its stored token moves
    with it. Raises ValidationError (bad token or name; nothing saved) or ProfileSaveError
    (file not written; keyring untouched); a keyring failure is ``result.token_error``.

    ``profile_set`` is written as given: when it may be older than the file (another
    process may have changed it since), use :func:`update_profile` instead.
    """
    if token is not None:
        token = check_token(token)
    old = previous_name.strip() if previous_name is not None else None
    new_set = _with_edit(profile_set, profile, old, activate)
    store.save(new_set)
    return SaveResult(new_set, _store_token(vault, profile, token, old), "saved", profile)


#: Given the profiles as they are on disk now, the profile to save and its name before
#: this edit (None for a new profile).
Edit = Callable[[ProfileSet], tuple[Profile, str | None]]


def update_profile(store: ProfileStore, vault: Vault, edit: Edit, token: str | None = None, *,
                   activate: bool = False,
                   load: Callable[[], ProfileSet] | None = None) -> SaveResult:
    """:func:`save_profile` as one locked read-modify-write of the file.

    Under the profile file's lock: read the profiles (``load``, default ``store.load``),
    call ``edit`` with them, apply its result as :func:`save_profile` does and write the
    file. Then, with the lock released, store ``token`` / move the old name's token. Whatever
    ``edit`` or ``load`` raise propagates and nothing is written; a lock held elsewhere for
    longer than ``store.lock_timeout`` is :class:`~.store.ProfileFileBusy`.
    """
    if token is not None:
        token = check_token(token)
    with store.locked():
        profile_set = (load or store.load)()
        profile, previous_name = edit(profile_set)
        old = previous_name.strip() if previous_name is not None else None
        new_set = _with_edit(profile_set, profile, old, activate)
        store.save(new_set)
    return SaveResult(new_set, _store_token(vault, profile, token, old), "saved", profile)


def rename_profile(store: ProfileStore, vault: Vault, profile_set: ProfileSet, old: str,
                   new: str) -> SaveResult:
    """Rename a profile on disk, then move its token in the keyring."""
    new_set = profile_set.renamed(old, new)
    store.save(new_set)
    try:
        vault.rename(old, new)
    except VaultError as exc:
        return SaveResult(new_set, exc, "renamed")
    return SaveResult(new_set, None, "renamed")


def delete_profile(store: ProfileStore, vault: Vault, profile_set: ProfileSet,
                   name: str) -> SaveResult:
    """Remove a profile from disk, then its token from the keyring."""
    new_set = profile_set.without(name)
    store.save(new_set)
    try:
        vault.delete_token(name)
    except VaultError as exc:
        return SaveResult(new_set, exc, "deleted")
    return SaveResult(new_set, None, "deleted")


def mark_device_registered(store: ProfileStore, profile_name: str, url: str, *,
                           adopt_url: bool = False) -> bool:
    """Record that this PC is registered with the server of ``profile_name``.

    Only when the profile still points at ``url`` (the user may have changed it meanwhile);
    returns whether the file was changed. ``adopt_url``: ``url`` is IT's locked server URL
    (DESIGN §13), which wins over the saved one, so the profile takes it, as Save in the
    dialog would; otherwise the flag could never be recorded and this PC would register
    again at every start. Raises the store's ProfileError on failure.
    """
    with store.locked():  # read-modify-write: no other process's change is overwritten
        profiles = store.load()
        current = profiles.get(profile_name)
        if current is None or (current.url != url and not adopt_url):
            return False
        if current.url == url and current.device_registered:
            return False
        store.save(profiles.with_profile(current.edited(url=url, device_registered=True)))
    return True
