"""Keyring backends for tests only: an in-memory one, a JSON-file one a subprocess can load
(``PYTHON_KEYRING_BACKEND=tests.helpers.keyring_fakes.JsonFileKeyring`` with the repository
root on ``PYTHONPATH`` and ``COMPLIANCE_TEST_KEYRING_FILE`` naming the file), and backends
that fail the way real ones do on a bad day (locked, dismissed prompt, D-Bus gone), which a
real backend cannot be made to do on demand.

keyring registers every backend class it sees and may *chain* any with priority > 0 when it
picks a backend on its own; these classes are taken out of that registry, so they are only
ever used where a test installs them explicitly.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend
from keyring.compat import properties
from keyring.errors import KeyringError, KeyringLocked, PasswordDeleteError, PasswordSetError


class InMemoryKeyring(KeyringBackend):
    """A secure-looking backend (priority 1) that keeps passwords in a dict; counts calls."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}
        self.calls: list[str] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.calls.append("get")
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls.append("set")
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.calls.append("delete")
        try:
            del self.passwords[(service, username)]
        except KeyError:
            raise PasswordDeleteError("Password not found") from None


class JsonFileKeyring(KeyringBackend):
    """Persists to the JSON file named by ``COMPLIANCE_TEST_KEYRING_FILE``, so a test can
    look into what a ``compliance-client`` subprocess stored. For tests only: it is plain
    text by design."""

    priority = 1
    ENV = "COMPLIANCE_TEST_KEYRING_FILE"

    def _path(self) -> Path:
        return Path(os.environ[self.ENV])

    def _load(self) -> dict[str, dict[str, str]]:
        try:
            return json.loads(self._path().read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}

    def _save(self, data: dict[str, dict[str, str]]) -> None:
        self._path().write_text(json.dumps(data), encoding="utf-8")

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(service, {}).get(username)

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._load()
        data.setdefault(service, {})[username] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if username not in data.get(service, {}):
            raise PasswordDeleteError("Password not found")
        del data[service][username]
        self._save(data)


class RaisingKeyring(KeyringBackend):
    """Raises ``make_error(password)`` from every operation (the password being stored is
    passed in so a test can make a backend that quotes it)."""

    priority = 1

    def __init__(self, make_error: Callable[[str | None], BaseException]) -> None:
        super().__init__()
        self.make_error = make_error

    def get_password(self, service: str, username: str) -> str | None:
        raise self.make_error(None)

    def set_password(self, service: str, username: str, password: str) -> None:
        raise self.make_error(password)

    def delete_password(self, service: str, username: str) -> None:
        raise self.make_error(None)


class PlaintextKeyring(InMemoryKeyring):
    """Named and ranked like keyrings.alt's file.PlaintextKeyring (priority 0.5)."""

    priority = 0.5


class LoudPlaintextKeyring(InMemoryKeyring):
    """A plaintext backend that claims a high priority: caught by its name."""

    priority = 5


LoudPlaintextKeyring.__name__ = "PlaintextKeyring"


class AltModuleKeyring(InMemoryKeyring):
    """Lives (as far as its module name says) in keyrings.alt: not recommended there."""

    priority = 5


AltModuleKeyring.__module__ = "keyrings.alt.Windows"


class ObscureKeyring(InMemoryKeyring):
    """An innocently named backend that keyring itself ranks "not recommended" (< 1)."""

    priority = 0.2


class NotViableKeyring(InMemoryKeyring):
    """A backend whose priority raises, as keyring's do when they cannot work here."""

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("The Secret Service daemon is neither running nor activatable")


class StubbornKeyring(InMemoryKeyring):
    """Refuses every delete the way Windows does when access is denied."""

    def delete_password(self, service: str, username: str) -> None:
        raise PasswordDeleteError("Access denied")


class NoNewEntriesKeyring(InMemoryKeyring):
    """Updates existing entries but cannot create new ones (a full or read-only store)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        if (service, username) not in self.passwords:
            raise PasswordSetError("quota exceeded")
        super().set_password(service, username, password)


def make_chainer(*backends: KeyringBackend) -> ChainerBackend:
    """A chainer over exactly ``backends`` (the real one discovers them itself)."""
    cls = type("FixedChainer", (ChainerBackend,), {"backends": list(backends)})
    KeyringBackend._classes.discard(cls)  # type: ignore[attr-defined]
    return cls()


class LockedKeyring(KeyringBackend):
    """A keyring whose collection stays locked (the unlock prompt dismissed): every operation
    raises KeyringLocked. Loadable by a subprocess through ``PYTHON_KEYRING_BACKEND``."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("Failed to unlock the collection!")

    def delete_password(self, service: str, username: str) -> None:
        raise KeyringLocked("Failed to unlock the collection!")


for _cls in (InMemoryKeyring, JsonFileKeyring, RaisingKeyring, PlaintextKeyring,
             LoudPlaintextKeyring, AltModuleKeyring, ObscureKeyring, NotViableKeyring,
             StubbornKeyring, NoNewEntriesKeyring, LockedKeyring):
    KeyringBackend._classes.discard(_cls)  # type: ignore[attr-defined]


class BrokenStoreKeyring(InMemoryKeyring):
    """Reads work, storing fails: a keyring daemon that dies mid-session. A real backend
    cannot be made to do this on demand, so this is the one fault mocked here."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringError("the keyring daemon went away")
