"""Fixtures shared by every test folder. Opt-in only: nothing here changes a test that does
not ask (tests/ui/conftest.py makes the isolation ones automatic for UI tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from .helpers.keyring_fakes import InMemoryKeyring


@pytest.fixture
def user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """XDG config/data/state dirs under ``tmp_path`` (platformdirs reads them on Linux)."""
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        directory = tmp_path / name.lower()
        directory.mkdir()
        monkeypatch.setenv(name, str(directory))
    return tmp_path


@pytest.fixture
def install_keyring(monkeypatch: pytest.MonkeyPatch):
    """``install_keyring(backend)`` makes ``backend`` keyring's backend for this test only."""
    import keyring
    import keyring.core

    # Registered for restoring first, so whatever the test installs is undone afterwards.
    monkeypatch.setattr(keyring.core, "_keyring_backend", keyring.core._keyring_backend)

    def install(backend):
        keyring.set_keyring(backend)
        return backend

    return install


@pytest.fixture
def memory_keyring(install_keyring) -> InMemoryKeyring:
    """A fresh in-memory keyring installed for this test."""
    return install_keyring(InMemoryKeyring())

pytest_plugins = ["tests.secrets_plugin"]  # records issued keys; scanned by test_zz_secrets_scan
