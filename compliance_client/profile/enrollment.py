"""Enrolling this PC with a code (DESIGN §13): the one way the CLI, the profile dialog and the
app's first start do it.

The steps, in an order chosen so that nothing is wasted and nothing leaks:

1. the code and the URL are checked offline (a mistyped code costs no use);
2. this PC's device key is made or loaded in the keyring *before* the code is sent: with no
   usable keyring the enrollment stops here, since the key the server would send could not be
   kept anywhere and the device could never sign;
3. ``redeem`` (the caller's service call: this layer speaks no HTTP) trades the code for a
   new token bound to this device; its key comes back once;
4. the profile (URL, name, "device registered") is saved and the key goes straight into the
   keyring through :func:`~.saving.update_profile`. The key is never returned, shown or logged.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from ..domain.errors import FieldProblem, ValidationError
from ..domain.keys import ENROLLMENT_CODE_PROBLEM_TEXT, enrollment_code_problem
from .device import device_id, hostname
from .device_key import ensure_device_key
from .languages import DEFAULT_LANGUAGE
from .profiles import Profile, ProfileSet
from .saving import SaveResult, update_profile
from .store import ProfileStore
from .urls import normalize_server_url, validate_server_url
from .vault import Vault

if TYPE_CHECKING:
    from .managed import ManagedSettings

#: ``redeem(code, device_id, hostname, profile_name, public_jwk) -> key``: the service call.
Redeem = Callable[[str, str, str, str, Mapping[str, str]], str]


def check_code(code: str) -> str:
    """The code trimmed, or ValidationError (field ``code``) when it is not well formed."""
    code = code.strip()
    problem = enrollment_code_problem(code)
    if problem is not None:
        raise ValidationError([FieldProblem("code", problem,
                                            ENROLLMENT_CODE_PROBLEM_TEXT[problem])])
    return code


def check_url(url: str) -> str:
    """The server URL normalized, or ValidationError (field ``url``)."""
    problem = validate_server_url(url.strip())
    if problem is not None:
        raise ValidationError([problem])
    return normalize_server_url(url.strip())


def default_profile_name(url: str, managed: ManagedSettings | None = None) -> str:
    """IT's ``ProfileName``, else the server's host name: what a person would call it."""
    if managed is not None and managed.profile_name:
        return managed.profile_name
    return urlsplit(url).hostname or "Compliance"


def enroll(store: ProfileStore, vault: Vault, *, url: str, code: str, redeem: Redeem,
           profile_name: str | None = None, managed: ManagedSettings | None = None,
           load: Callable[[], ProfileSet] | None = None) -> SaveResult:
    """Enroll this PC at ``url`` with ``code`` and save the profile with the new token.

    The profile is ``profile_name``'s if given (created when missing), else the active
    profile, else a new one named by :func:`default_profile_name`; it becomes the active
    profile. Raises ValidationError (bad code or URL: nothing sent), the vault's VaultError
    (no usable keyring: nothing sent), whatever ``redeem`` raises (nothing saved), or the
    store's ProfileError. A keyring failure while storing the token is
    ``result.token_error``, as for any save.
    """
    code = check_code(code)
    url = check_url(url)
    current = (load or store.load)()
    name = (profile_name.strip() if profile_name
            else current.active.name if current.active is not None
            else default_profile_name(url, managed))
    this_pc = device_id()
    key = ensure_device_key(vault, this_pc)
    token = redeem(code, this_pc, hostname(), name, key.public_jwk)

    def edit(profile_set: ProfileSet) -> tuple[Profile, str | None]:
        existing = profile_set.get(name)
        if existing is not None:
            return existing.edited(url=url, device_registered=True), existing.name
        fields = managed.new_profile_fields() if managed is not None else {}
        fields.update(name=name, url=url, device_registered=True)
        fields.setdefault("language", DEFAULT_LANGUAGE)
        return Profile(**fields), None

    return update_profile(store, vault, edit, token, activate=True, load=load)
