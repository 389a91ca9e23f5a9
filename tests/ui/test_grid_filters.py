"""The token grid's filter chips (issue 18, ARCHITECTURE §12) against the real server: each
chip shows exactly the matching tokens of a tagged set, combined with the search box and
with each other; the status chips exclude each other; the count says how many match; an
empty result names the filters and clears them in one click; Alt+letter works."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication
from sqlalchemy import update

from compliance_client.domain.keys import hash_key
from compliance_client.server.db import Database
from compliance_client.server.models import TokenRow
from compliance_client.service.client import TokenServerClient
from compliance_client.ui.grid.model import LoadState
from compliance_client.ui.grid.tokens import Column
from compliance_client.ui.pages.tokens_page import TokensPage

from ..helpers.ui import open_tokens_page, search_tokens, unique

RESTRICTED = ["10.0.0.0/8"]


def used_just_now(db_url: str, key: str) -> None:
    """Mark a token as used a moment ago (the server records use up to 60 s late)."""
    db = Database(db_url)
    try:
        with db.write() as session:
            session.execute(update(TokenRow).where(TokenRow.key_hash == hash_key(key))
                            .values(last_used_at=datetime.now(UTC)))
    finally:
        db.dispose()


@pytest.fixture
def tagged(client: TokenServerClient, expire_token: Callable[..., None],
           ui_server: Any) -> str:
    """Six tokens named "<tag> A" to "<tag> F":

    A unrestricted, active, never used; B expires in 2 days; C suspended; D suspended and
    unrestricted; E expired; F used just now. All but A and D are IP-restricted."""
    tag = unique("Chips")

    def make(letter: str, **fields: Any) -> Any:
        fields.setdefault("allowed_ips", RESTRICTED)
        return client.create_token(organization_name=f"{tag} {letter}",
                                   organization_id="chips", **fields)

    make("A", allowed_ips=[])
    make("B", expires_at=datetime.now(UTC) + timedelta(days=2))
    client.suspend_token(make("C").token.id)
    client.suspend_token(make("D", allowed_ips=[]).token.id)
    expire_token(make("E", expires_at=datetime.now(UTC) + timedelta(days=30)).key)
    used_just_now(ui_server.db_url, make("F").key)
    return tag


def shown(page: TokensPage, tag: str) -> set[str]:
    """The letters of the tagged tokens the grid shows."""
    names = (str(page.model.index(r, Column.ORG_NAME).data())
             for r in range(page.model.rowCount()))
    return {n.removeprefix(tag).strip() for n in names}


def click_chip(qtbot: Any, page: TokensPage, chip: Any) -> None:
    button = page.chip_button(chip)
    assert button is not None and button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle(qtbot, page)


def settle(qtbot: Any, page: TokensPage) -> None:
    qtbot.waitUntil(lambda: page.model.state == LoadState.READY
                    and not page.model.is_fetching(), timeout=8000)


def test_each_chip_shows_exactly_its_tokens(qtbot: Any, admin: Any, tagged: str) -> None:
    page = open_tokens_page(qtbot, admin)
    search_tokens(qtbot, page, tagged)
    assert shown(page, tagged) == set("ABCDEF")

    expected = [(page.expiring_chip, set("B")), (page.expired_chip, set("E")),
                (page.suspended_chip, set("CD")), (page.unused_chip, set("ABCDE")),
                (page.unrestricted_chip, set("AD"))]
    for chip, letters in expected:
        click_chip(qtbot, page, chip)  # on
        assert chip.isChecked()
        assert shown(page, tagged) == letters, chip.text()
        click_chip(qtbot, page, chip)  # off again
        assert shown(page, tagged) == set("ABCDEF")


def test_chips_combine_and_the_count_says_how_many_match(qtbot: Any, admin: Any,
                                                         tagged: str) -> None:
    page = open_tokens_page(qtbot, admin)
    search_tokens(qtbot, page, tagged)
    click_chip(qtbot, page, page.suspended_chip)
    assert shown(page, tagged) == set("CD")
    assert page.grid.footer_label.text() == "2 tokens match"
    click_chip(qtbot, page, page.unrestricted_chip)
    assert shown(page, tagged) == {"D"}
    assert page.grid.footer_label.text() == "1 token matches"

    # One status at a time: Expired replaces Suspended (Unrestricted stays).
    click_chip(qtbot, page, page.expired_chip)
    assert not page.suspended_chip.isChecked() and page.unrestricted_chip.isChecked()
    assert page.model.filters.status == "expired" and page.model.filters.unrestricted
    # E is expired but restricted: nothing matches, and the grid says which filters are on.
    assert page.model.rowCount() == 0
    text = page.grid.overlay_text()
    assert "Expired" in text and "Unrestricted" in text and tagged in text
    clear = page.grid.overlay.clear_button
    assert clear.isVisible()
    qtbot.mouseClick(clear, Qt.MouseButton.LeftButton)
    settle(qtbot, page)
    assert not any(chip.isChecked() for chip in page.chips())
    assert page.search_edit.text() == "" and page.model.query == ""
    assert page.model.rowCount() > 0 and not clear.isVisible()


def test_the_search_narrows_a_chip(qtbot: Any, admin: Any, tagged: str) -> None:
    page = open_tokens_page(qtbot, admin)
    click_chip(qtbot, page, page.unrestricted_chip)
    assert page.model.total >= 2  # tokens of other tests are unrestricted too
    search_tokens(qtbot, page, f"{tagged} D")
    assert shown(page, tagged) == {"D"}
    assert page.unrestricted_chip.isChecked()


def test_a_chip_answers_its_alt_letter(qtbot: Any, admin: Any, tagged: str) -> None:
    page = open_tokens_page(qtbot, admin)
    search_tokens(qtbot, page, tagged)
    page.activateWindow()  # shortcuts go to the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # Exp&ired
    qtbot.waitUntil(page.expired_chip.isChecked, timeout=2000)  # a mnemonic clicks, animated
    settle(qtbot, page)
    assert page.expired_chip.isChecked() and shown(page, tagged) == {"E"}
    button = page.chip_button(page.suspended_chip)
    # The chip without a letter is reached with Tab, and a screen reader names it.
    assert button is not None and button.focusPolicy() & Qt.FocusPolicy.TabFocus
    face = QAccessible.queryAccessibleInterface(button)
    assert face is not None and face.text(QAccessible.Text.Name) == "Suspended"
