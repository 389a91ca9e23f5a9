"""Fixtures for the UI tests: real widgets, a real token server on loopback, the user's
directories under ``tmp_path`` and an in-memory keyring, so nothing touches the real home
directory or the real keyring. Windows and dialogs are opened the way
``compliance_client.ui.testing`` opens them, on an application context built the way the app
builds its own (``cli.app_cmds.build_context``) with the test's store and vault.

The token server is started once per test session (starting uvicorn costs ~0.5 s); tests
stay independent because each one issues its own token for its own organization (a device
belongs to the organization that registered it, so one test's disabled device is another
test's unknown one).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from compliance_client.cli.app_cmds import build_context
from compliance_client.profile import Profile, ProfileStore, Vault, save_profile
from compliance_client.service.client import TokenServerClient
from compliance_client.ui import i18n
from compliance_client.ui.context import AppContext
from compliance_client.ui.session import Session
from compliance_client.ui.tasks import pending_tasks
from compliance_client.ui.testing import close_sessions, make_session

from ..helpers.keyring_fakes import InMemoryKeyring


@pytest.fixture(autouse=True)
def _isolated(user_dirs: Path, memory_keyring: InMemoryKeyring) -> None:
    """Every UI test gets its own directories and an in-memory keyring (tests/conftest.py)."""


@pytest.fixture(autouse=True)
def _ui_hygiene(qapp: Any, qtbot: Any) -> Iterator[None]:
    """Every test starts in English and leaves no background task running behind it."""
    i18n.set_language("en")
    yield
    close_sessions()
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=15000)
    i18n.set_language("en")


# -- the token server ------------------------------------------------------------------------


@dataclass(frozen=True)
class ServerInfo:
    url: str
    admin_key: str = field(repr=False)  # a failing test's report must not print a key
    db_url: str


@pytest.fixture(scope="session")
def ui_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerInfo]:
    """One real token server on 127.0.0.1 for the UI tests, with an admin token."""
    from compliance_client.server.bootstrap import issue_admin_token
    from compliance_client.server.embedded import EmbeddedServer

    db_url = f"sqlite:///{tmp_path_factory.mktemp('ui-server') / 'tokens.db'}"
    server = EmbeddedServer(db_url)
    url = server.start()
    try:
        yield ServerInfo(url, issue_admin_token(db_url, "UI test admins", "ui-admin"), db_url)
    finally:
        server.stop()


_org_numbers = itertools.count(1)


@pytest.fixture
def issue_token(ui_server: ServerInfo) -> Callable[..., str]:
    """``issue_token(**fields)``: a new key for a new organization of its own."""
    from compliance_client.service.client import TokenServerClient

    def issue(organization_name: str | None = None, **fields: Any) -> str:
        n = next(_org_numbers)
        with TokenServerClient(ui_server.url, ui_server.admin_key) as admin:
            issued = admin.create_token(
                organization_name=organization_name or f"Org {n}",
                organization_id=fields.pop("organization_id", f"org-{n}"), **fields)
        return issued.key

    return issue


@pytest.fixture
def expire_token(ui_server: ServerInfo) -> Callable[[str, datetime], None]:
    """Move a token's expiry into the past in the server's database. The API refuses a past
    expiry on purpose, and waiting for a real one to lapse would make the test slow."""
    from sqlalchemy import update

    from compliance_client.domain.keys import hash_key
    from compliance_client.server.db import Database
    from compliance_client.server.models import TokenRow

    def expire(key: str, when: datetime | None = None) -> None:
        when = when or datetime.now(UTC) - timedelta(days=2)
        db = Database(ui_server.db_url)
        try:
            with db.write() as session:
                session.execute(update(TokenRow).where(TokenRow.key_hash == hash_key(key))
                                .values(expires_at=when, version=TokenRow.version + 1))
        finally:
            db.dispose()

    return expire


# -- the profile side --------------------------------------------------------------------------


@pytest.fixture
def store() -> ProfileStore:
    return ProfileStore()


@pytest.fixture
def vault() -> Vault:
    return Vault()


@pytest.fixture
def context(store: ProfileStore, vault: Vault) -> AppContext:
    """The app's context on the test's profile file and keyring (this PC's real identity)."""
    return build_context(store=store, vault=vault)


@pytest.fixture
def session(context: AppContext) -> Iterator[Session]:
    """A session that does not register this PC (the app's does; see
    test_device_registration); closed after the test, so no retry of it outlives the test."""
    s = make_session(context)
    yield s
    s.close()


@pytest.fixture
def make_profile(store: ProfileStore, vault: Vault, ui_server: ServerInfo
                 ) -> Callable[..., Profile]:
    """Save a profile (and its token) the way the dialog does, and make it active."""

    def make(name: str = "Work", token: str | None = None, url: str | None = None,
             language: str = "en") -> Profile:
        profile = Profile(name=name, language=language, url=url or ui_server.url)
        result = save_profile(store, vault, store.load(), profile, token, activate=True)
        assert result.ok
        return profile

    return make




# -- an admin session ------------------------------------------------------------------------


@pytest.fixture
def admin(qtbot: Any, session: Session, make_profile: Callable[..., Any],
          ui_server: Any) -> Session:
    from ..helpers.ui import connect

    return connect(qtbot, session, make_profile, ui_server.admin_key)


@pytest.fixture
def client(ui_server: Any) -> Iterator[TokenServerClient]:
    with TokenServerClient(ui_server.url, ui_server.admin_key) as c:
        yield c
