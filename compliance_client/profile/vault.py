"""The token vault: each profile's API token in the system keyring, never on disk in clear.

One small class over ``keyring`` (imported lazily: it costs startup time and the GUI opens
before any token is needed) that tells apart what a person can act on (ARCHITECTURE §9):

* :class:`VaultUnavailable`: no usable backend: ``keyring``'s fail or null backend, or a
  plaintext/"not recommended" one such as ``keyrings.alt``'s PlaintextKeyring (recognised by
  module and class name, and by a priority below 1, which keyring itself calls not
  recommended);
* :class:`VaultLocked`: the keyring is locked, or its unlock prompt was dismissed;
* :class:`TokenTooLong`: more than 2,560 bytes as UTF-16, the Windows Credential Manager
  limit. Checked on every OS before the backend is called, so a profile that works on Linux
  also works on Windows;
* :class:`VaultError`: the base, and what any other keyring failure becomes.

Messages say what happened and what to do. They never hold the token: a backend's own error
text is scrubbed of it (and of anything key-shaped) before it is quoted.

The same keyring entry service also keeps this PC's device key (ARCHITECTURE §10): user name
``device-key:<device_id>``, the private Ed25519 seed in base64url. Its errors are the same
classes, with ``params["secret"] == "device_key"`` and messages that name the device key.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from ..domain.errors import ComplianceError
from ..domain.keys import KEY_LENGTH, KEY_SHAPED

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "compliance-client"
DEVICE_KEY_USER = "device-key:{device_id}"
_SECRET_NAMES = {"token": "the API token", "device_key": "this PC's device key"}
# CRED_MAX_CREDENTIAL_BLOB_SIZE: 5 * 512 bytes; keyring's Windows backend stores UTF-16-LE.
WINDOWS_CREDENTIAL_LIMIT = 2560
KEYRING_NAMES = "GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager"

# What each operation did not do, and how to try again (used in every message).
_OUTCOME = {
    "store": ("was not stored", "save again"),
    "read": ("could not be read", "try again"),
    "delete": ("was not removed from the keyring", "try again"),
    "rename": ("was not moved to the new profile name", "save again"),
}


def token_size(token: str) -> int:
    """The token's size as Windows Credential Manager counts it: UTF-16-LE bytes."""
    return len(token.encode("utf-16-le", errors="surrogatepass"))


class VaultError(ComplianceError):
    """The keyring could not do what was asked; base of the vault's errors.

    ``action`` is store/read/delete/rename; ``backend`` the keyring backend's name;
    ``params`` feed the GUI's translated text.
    """

    code = "vault_error"

    def __init__(self, message: str, *, action: str, profile_name: str,
                 backend: str = "", **params: object) -> None:
        super().__init__(message)
        self.action = action
        self.profile_name = profile_name
        self.backend = backend
        self.params = {"action": action, "profile": profile_name, "backend": backend, **params}


class VaultUnavailable(VaultError):
    code = "vault_unavailable"


class VaultLocked(VaultError):
    code = "vault_locked"


class TokenTooLong(VaultError):
    code = "token_too_long"


def _backend_name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__name__}"


def insecure_reason(backend: KeyringBackend) -> str | None:
    """Why ``backend`` must not hold a token (in words), or None when it is fit.

    A chainer stands for the backends it chains: it writes to the first (highest priority)
    one, so that one decides.
    """
    from keyring.backends.chainer import ChainerBackend

    if isinstance(backend, ChainerBackend):
        chained = list(backend.backends)
        if not chained:
            return "no keyring backend was found"
        backend = chained[0]
    module, name = type(backend).__module__, type(backend).__name__
    if module == "keyring.backends.fail":
        return "no keyring backend was found"
    if module == "keyring.backends.null":
        return "the keyring is switched off (null backend)"
    lowered = name.lower()
    if "plaintext" in lowered or "uncrypted" in lowered or module.startswith("keyrings.alt"):
        return f"{module}.{name} would keep the token unprotected"
    try:
        priority = float(type(backend).priority)
    except Exception as exc:  # a backend's priority raises when it cannot work here
        return f"{module}.{name} cannot work on this system ({exc})"
    if priority < 1:
        return f"{module}.{name} is not a recommended keyring (priority {priority:g})"
    return None


def _scrub(text: str, token: str | None) -> str:
    """``text`` without the token or anything key-shaped."""
    if token:
        text = text.replace(token, "[token]")
    return KEY_SHAPED.sub("[token]", text)


def _safe_cause(exc: BaseException, token: str | None) -> BaseException | None:
    """``exc`` as the cause to chain, or None when its text quoted the token or a key: a
    logged traceback would show it, so only the cleaned copy in the vault error is kept."""
    raw = str(exc)
    quoted = (token is not None and token in raw) or KEY_SHAPED.search(raw) is not None
    return None if quoted else exc


def _is_locked_error(exc: BaseException) -> bool:
    from keyring.errors import KeyringLocked

    if isinstance(exc, KeyringLocked):
        return True
    # secretstorage is loaded whenever it raised something, so no import is needed here
    # (and none happens on Windows or macOS, where it is not installed).
    ss = sys.modules.get("secretstorage.exceptions")
    locked = tuple(getattr(ss, n) for n in ("LockedException", "PromptDismissedException")
                   if ss is not None and hasattr(ss, n))
    return bool(locked) and isinstance(exc, locked)


def _is_unavailable_error(exc: BaseException) -> bool:
    from keyring.errors import InitError, NoKeyringError

    if isinstance(exc, NoKeyringError | InitError):
        return True
    ss = sys.modules.get("secretstorage.exceptions")
    missing = getattr(ss, "SecretServiceNotAvailableException", None)
    return missing is not None and isinstance(exc, missing)


class Vault:
    """API tokens in the system keyring, one per profile, under ``service``.

    The keyring's user name is the profile name case-folded, because profile names are
    unique regardless of case (and Windows Credential Manager ignores case anyway).
    """

    def __init__(self, service: str = SERVICE) -> None:
        self.service = service

    # -- public --

    def get_token(self, profile_name: str) -> str | None:
        """The stored token, or None when the profile has none."""
        return self._get(profile_name, "read")

    def set_token(self, profile_name: str, token: str) -> None:
        """Store ``token`` for the profile (replacing any); raises a :class:`VaultError`."""
        self._set(profile_name, token, "store")

    def delete_token(self, profile_name: str) -> None:
        """Remove the profile's token; nothing to remove is not an error."""
        self._delete(profile_name, "delete")

    def get_device_key(self, device_id: str) -> str | None:
        """This PC's device key as kept (``DeviceKey.secret()``), or None when there is none."""
        return self._get(DEVICE_KEY_USER.format(device_id=device_id), "read", "device_key")

    def set_device_key(self, device_id: str, secret: str) -> None:
        self._set(DEVICE_KEY_USER.format(device_id=device_id), secret, "store", "device_key")

    def delete_device_key(self, device_id: str) -> None:
        self._delete(DEVICE_KEY_USER.format(device_id=device_id), "delete", "device_key")

    def rename(self, old: str, new: str) -> None:
        """Move ``old``'s token to ``new``. ``new`` ends up with exactly what ``old`` had
        (a stale token left under ``new`` is removed); ``old`` is emptied last, so a failure
        never loses the token."""
        if self._user(old) == self._user(new):
            return
        token = self._get(old, "rename")
        if token is None:
            self._delete(new, "rename")
            return
        self._set(new, token, "rename")
        self._delete(old, "rename")

    def backend_name(self) -> str:
        """The keyring backend in use, for diagnostics (``module.Class``), or "none"."""
        try:
            import keyring

            return _backend_name(keyring.get_keyring())
        except Exception:
            return "none"

    # -- internals --

    @staticmethod
    def _user(profile_name: str) -> str:
        return profile_name.strip().casefold()

    def _backend(self, action: str, profile_name: str, secret: str = "token"
                 ) -> KeyringBackend:
        try:
            import keyring

            backend = keyring.get_keyring()
        except Exception as exc:  # a broken PYTHON_KEYRING_BACKEND or keyringrc.cfg
            raise self._unavailable(action, profile_name, "none",
                                    f"the keyring could not be loaded: {exc}", secret) from exc
        reason = insecure_reason(backend)
        if reason is not None:
            raise self._unavailable(action, profile_name, _backend_name(backend), reason,
                                    secret)
        return backend

    def _get(self, profile_name: str, action: str, secret: str = "token") -> str | None:
        backend = self._backend(action, profile_name, secret)
        try:
            token = backend.get_password(self.service, self._user(profile_name))
        except Exception as exc:
            error = self._translate(exc, action, profile_name, backend, None, secret)
            raise error from _safe_cause(exc, None)
        return token or None

    def _set(self, profile_name: str, token: str, action: str, secret: str = "token") -> None:
        if not isinstance(token, str) or not token:
            raise ValueError("set_token needs a non-empty token; use delete_token to remove one")
        size = token_size(token)
        if size > WINDOWS_CREDENTIAL_LIMIT:
            outcome, retry = _OUTCOME[action]
            raise TokenTooLong(
                f"The API token is too long to keep in a keyring: {size:,} bytes, and Windows "
                f"Credential Manager holds at most {WINDOWS_CREDENTIAL_LIMIT:,}, so it "
                f"{outcome}. An API token is {KEY_LENGTH} characters: check that only the "
                f"token was pasted, then {retry}.",
                action=action, profile_name=profile_name, size=size,
                limit=WINDOWS_CREDENTIAL_LIMIT)
        backend = self._backend(action, profile_name, secret)
        try:
            backend.set_password(self.service, self._user(profile_name), token)
        except Exception as exc:
            error = self._translate(exc, action, profile_name, backend, token, secret)
            raise error from _safe_cause(exc, token)

    def _delete(self, profile_name: str, action: str, secret: str = "token") -> None:
        from keyring.errors import PasswordDeleteError

        backend = self._backend(action, profile_name, secret)
        user = self._user(profile_name)
        try:
            backend.delete_password(self.service, user)
        except PasswordDeleteError as exc:
            # Most backends say "not found" this way; only a token still there is a failure.
            if self._get(profile_name, action, secret) is not None:
                error = self._translate(exc, action, profile_name, backend, None, secret)
                raise error from _safe_cause(exc, None)
        except Exception as exc:
            error = self._translate(exc, action, profile_name, backend, None, secret)
            raise error from _safe_cause(exc, None)

    def _unavailable(self, action: str, profile_name: str, backend: str,
                     reason: str, secret: str = "token") -> VaultUnavailable:
        outcome, retry = _OUTCOME[action]
        return VaultUnavailable(
            f"No secure keyring is available ({reason}), so {_SECRET_NAMES[secret]} "
            f"{outcome}. Install or unlock your system's keyring ({KEYRING_NAMES}) and "
            f"{retry}.", action=action, profile_name=profile_name, backend=backend,
            reason=reason, secret=secret)

    def _translate(self, exc: Exception, action: str, profile_name: str,
                   backend: object, token: str | None, secret: str = "token") -> VaultError:
        """The vault error for a backend's exception (its text cleaned of the token)."""
        name = _backend_name(backend)
        detail = _scrub(str(exc) or type(exc).__name__, token)
        outcome, retry = _OUTCOME[action]
        what = _SECRET_NAMES[secret]
        if _is_locked_error(exc):
            return VaultLocked(
                f"The system keyring is locked, or its unlock prompt was dismissed, so {what} "
                f"{outcome}. Unlock the keyring (signing in again usually does it) and "
                f"{retry}.", action=action, profile_name=profile_name, backend=name,
                detail=detail, secret=secret)
        if _is_unavailable_error(exc):
            return self._unavailable(action, profile_name, name, detail, secret)
        return VaultError(
            f"The system keyring failed ({type(exc).__name__}: {detail}), so {what} "
            f"{outcome}. Check that your keyring works (open it once, or restart the session) "
            f"and {retry}.", action=action, profile_name=profile_name, backend=name,
            detail=detail, error_type=type(exc).__name__, secret=secret)
