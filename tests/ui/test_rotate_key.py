""""Rotate key" on the Profile page (DESIGN §10, ARCHITECTURE §11), against the real server:
the PC gets a new key for its own token, kept in the keyring before the old one stops (an
hour's grace), and the session goes on with it. A keyring that fails before the server is
asked leaves everything as it was; one that fails after it leaves the old key in place and
shows the new key once, to be pasted into the profile."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import update

from compliance_client.domain.keys import hash_key
from compliance_client.profile import Vault
from compliance_client.server.db import Database
from compliance_client.server.models import TokenRow
from compliance_client.service.client import TokenServerClient
from compliance_client.service.errors import AuthenticationFailed
from compliance_client.ui.pages.profile_page import ProfilePage
from compliance_client.ui.session import ConnectionState, Session

from ..helpers.keyring_fakes import BrokenStoreKeyring, InMemoryKeyring
from ..helpers.ui import KeyCatcher, answer_boxes, connect

Yes = QMessageBox.StandardButton.Yes
Ok = QMessageBox.StandardButton.Ok
PROFILE = "Work"


class StoresOnceKeyring(InMemoryKeyring):
    """Stores the first password asked for and fails every later store: the keyring dies
    between proving itself writable and taking the new key. A real keyring cannot be made
    to fail at that moment on demand."""

    def set_password(self, service: str, username: str, password: str) -> None:
        if "set" in self.calls:
            self.calls.append("set")
            from keyring.errors import PasswordSetError

            raise PasswordSetError("the keyring daemon went away")
        super().set_password(service, username, password)


def _works(url: str, key: str) -> bool:
    with TokenServerClient(url, key) as client:
        try:
            client.verify()
        except AuthenticationFailed:
            return False
    return True


@pytest.fixture
def page(qtbot: Any, session: Session, make_profile: Callable[..., Any],
         issue_token: Callable[..., str]) -> Iterator[ProfilePage]:
    key = issue_token(expires_at=datetime.now(UTC) + timedelta(days=30))
    connect(qtbot, session, make_profile, key, name=PROFILE)
    p = ProfilePage(session)
    qtbot.addWidget(p)
    p.resize(760, 560)
    p.show()
    qtbot.waitExposed(p)
    qtbot.waitUntil(p.rotate_button.isVisible, timeout=10000)
    yield p


def _swap_keyring(install_keyring: Any, memory_keyring: InMemoryKeyring,
                  backend: InMemoryKeyring) -> None:
    """``backend`` from now on, holding what the keyring held."""
    backend.passwords = dict(memory_keyring.passwords)
    install_keyring(backend)


def test_rotate_key_keeps_the_new_key_and_the_session_goes_on_with_it(
        qtbot: Any, page: ProfilePage, session: Session, vault: Vault, ui_server: Any,
        caplog: pytest.LogCaptureFixture, tmp_path: Path) -> None:
    caplog.set_level(logging.DEBUG)
    old = vault.get_token(PROFILE)
    assert old is not None
    boxes = answer_boxes(Yes)
    qtbot.mouseClick(page.rotate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.rotation_label.isVisible, timeout=10000)

    assert "an hour" in boxes.texts[0]
    assert page.rotation_label.text().startswith("Key rotated; the old key works until ")
    new = vault.get_token(PROFILE)
    assert new is not None and new != old
    assert _works(ui_server.url, new) and _works(ui_server.url, old)  # within the hour
    qtbot.waitUntil(lambda: session.state == ConnectionState.CONNECTED, timeout=10000)
    assert session.access is not None
    until = session.access.token.previous_key_expires_at
    assert until is not None
    assert timedelta(minutes=55) < until - datetime.now(UTC) <= timedelta(hours=1)
    page.grab().save(str(tmp_path / "rotated.png"))

    # The old key's hour is over: the session still works, so it sends the new key.
    db = Database(ui_server.db_url)
    try:
        with db.write() as s:
            s.execute(update(TokenRow).where(TokenRow.key_hash == hash_key(new))
                      .values(previous_key_expires_at=datetime.now(UTC) - timedelta(1)))
    finally:
        db.dispose()
    assert not _works(ui_server.url, old)
    session.verify()
    qtbot.waitUntil(lambda: session.state != ConnectionState.CONNECTING, timeout=10000)
    assert session.state == ConnectionState.CONNECTED, session.error
    logged = caplog.text
    assert old not in logged and new not in logged


def test_a_keyring_failing_after_the_rotation_shows_the_new_key_once(
        qtbot: Any, page: ProfilePage, session: Session, vault: Vault, ui_server: Any,
        install_keyring: Any, memory_keyring: InMemoryKeyring,
        caplog: pytest.LogCaptureFixture, tmp_path: Path) -> None:
    caplog.set_level(logging.DEBUG)
    old = vault.get_token(PROFILE)
    assert old is not None
    _swap_keyring(install_keyring, memory_keyring, StoresOnceKeyring())
    boxes = answer_boxes(Yes, Ok)
    keys = KeyCatcher().arm()
    qtbot.mouseClick(page.rotate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(keys.keys), timeout=15000)

    new = keys.keys[0]
    assert new != old
    assert "Paste the new key into the profile" in boxes.texts[1]
    assert "still holds the old key" in boxes.texts[1]
    assert "keeps working until" in keys.intros[0]
    # Nothing else changed: the keyring holds the old key, which works for the hour, and
    # the new key works too (to be pasted into the profile).
    assert vault.get_token(PROFILE) == old
    assert _works(ui_server.url, old) and _works(ui_server.url, new)
    assert session.state == ConnectionState.CONNECTED
    assert not page.rotation_label.isVisible()
    assert "Paste the new key into the profile" in page.error_label.text()
    page.grab().save(str(tmp_path / "paste-the-key.png"))
    logged = caplog.text
    assert old not in logged and new not in logged
    assert "could not be stored" in logged  # what happened, without the key


def test_a_keyring_failing_before_the_rotation_changes_nothing_on_the_server(
        qtbot: Any, page: ProfilePage, session: Session, vault: Vault, ui_server: Any,
        install_keyring: Any, memory_keyring: InMemoryKeyring,
        client: TokenServerClient) -> None:
    old = vault.get_token(PROFILE)
    assert old is not None and session.access is not None
    before = session.access.token
    _swap_keyring(install_keyring, memory_keyring, BrokenStoreKeyring())
    boxes = answer_boxes(Yes, Ok)
    qtbot.mouseClick(page.rotate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(boxes.texts) == 2, timeout=10000)

    assert "The key was not rotated; the old key still works." in boxes.texts[1]
    assert "keyring" in boxes.texts[1]
    after = client.get_token(before.id).token
    assert after.key_prefix == before.key_prefix
    assert after.previous_key_expires_at is None
    assert vault.get_token(PROFILE) == old and _works(ui_server.url, old)
    assert page.rotate_button.isEnabled()


def test_rotate_key_is_offered_only_to_a_token_that_may(
        qtbot: Any, session: Session, make_profile: Callable[..., Any],
        issue_token: Callable[..., str]) -> None:
    key = issue_token(allowed_endpoints=["tokens.self", "devices.*"])
    connect(qtbot, session, make_profile, key, name=PROFILE)
    p = ProfilePage(session)
    qtbot.addWidget(p)
    p.show()
    qtbot.waitUntil(lambda: p.token_value.text() == "Stored in the system keyring",
                    timeout=10000)
    assert not p.rotate_button.isVisible()
