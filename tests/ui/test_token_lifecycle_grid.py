"""Issue 17 in the API token grid, against the real token server on loopback: suspend and
resume from the Action column, the toolbar and the context menu (the caller's own token
asked twice), a suspended and a leaked token told apart at a glance, and regenerate with a
grace period in which the old key still works (ARCHITECTURE §11)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

from compliance_client.domain.tokens import SCOPE_GLOBAL
from compliance_client.service.client import TokenServerClient
from compliance_client.service.errors import TokenSuspended
from compliance_client.ui import theme
from compliance_client.ui.grid.tokens import Column
from compliance_client.ui.pages.tokens_page import TokensPage
from compliance_client.ui.session import ConnectionState
from compliance_client.ui.tasks import pending_tasks
from compliance_client.ui.testing import open_main_window
from compliance_client.ui.text import datetime_text

from ..helpers.ui import (
    KeyCatcher,
    answer_boxes,
    answer_next_box,
    connect,
    open_tokens_page,
    search_tokens,
    unique,
)
from .test_tokens_page import GraceAnswerer

Yes = QMessageBox.StandardButton.Yes
No = QMessageBox.StandardButton.No
Ok = QMessageBox.StandardButton.Ok


def one_token(qtbot: Any, session: Any, client: TokenServerClient,
              name: str) -> tuple[TokensPage, Any]:
    issued = client.create_token(organization_name=unique(name), organization_id="life")
    page = open_tokens_page(qtbot, session)
    search_tokens(qtbot, page, issued.token.organization_name)
    assert page.model.rowCount() == 1
    return page, issued


def status(page: TokensPage, row: int = 0) -> str:
    return str(page.model.index(row, Column.STATUS).data())


def click_button(qtbot: Any, page: TokensPage, key: str, row: int = 0) -> None:
    rect = page.row_buttons.button_rect(row, key)
    assert rect.isValid(), key
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def painted(page: TokensPage, row: int, column: int) -> set[tuple[int, int, int]]:
    page.table.viewport().repaint()
    rect = page.table.visualRect(page.model.index(row, column))
    image = page.table.viewport().grab(rect).toImage()
    return {image.pixelColor(x, y).getRgb()[:3]
            for x in range(image.width()) for y in range(image.height())}


def rgb(colour: QColor) -> tuple[int, int, int]:
    r, g, b, _a = colour.getRgb()
    return r, g, b


def test_suspend_and_resume_from_the_action_column(qtbot, admin, client, ui_server):
    page, issued = one_token(qtbot, admin, client, "Suspend button")
    token = issued.token
    assert status(page) == "Active"
    assert page.row_buttons.button_rect(0, "suspend").isValid()

    asked = answer_next_box(No)
    click_button(qtbot, page, "suspend")
    assert asked.titles == ["Suspend API token"]
    assert token.organization_name in asked.texts[0] and token.key_prefix in asked.texts[0]
    assert not page.busy and status(page) == "Active"  # No: nothing sent

    asked = answer_next_box(Yes)
    click_button(qtbot, page, "suspend")
    assert len(asked.texts) == 1
    qtbot.waitUntil(lambda: status(page) == "Suspended", timeout=8000)  # in place
    assert client.get_token(token.id).token.is_suspended
    # Its key no longer works anywhere: another program gets token_suspended.
    with TokenServerClient(ui_server.url, issued.key) as other, pytest.raises(TokenSuspended):
        other.verify()
    # The same place now offers Resume, and the toolbar follows the row.
    assert not page.row_buttons.button_rect(0, "suspend").isValid()
    assert page.selected_token().id == token.id  # focus back on its row
    assert page.resume_action.isEnabled() and not page.suspend_action.isEnabled()

    click_button(qtbot, page, "resume")  # not destructive: no question
    qtbot.waitUntil(lambda: status(page) == "Active", timeout=8000)
    assert not client.get_token(token.id).token.is_suspended
    with TokenServerClient(ui_server.url, issued.key) as other:
        assert other.verify().token.id == token.id
    assert page.suspend_action.isEnabled() and not page.resume_action.isEnabled()


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: raise(), grabs
def test_suspend_from_the_context_menu_and_the_toolbar_mnemonic(qtbot, admin, client):
    page, issued = one_token(qtbot, admin, client, "Suspend menu")
    page.select_token(issued.token.id)
    page.activateWindow()
    qtbot.waitUntil(lambda: page.isActiveWindow())
    asked = answer_next_box(Yes)
    # Alt+P is Sus&pend, from the keyboard with the grid focused.
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: status(page) == "Suspended", timeout=8000)
    assert asked.titles == ["Suspend API token"]
    assert page.suspend_action.text() == "Sus&pend…" and page.resume_action.text() == "Res&ume"
    assert page.resume_action.iconText() == "Resume"  # the toolbar's: no clash (see page)
    # The row's context menu offers Resume now (and Suspend for an active token).
    seen: list[list[str]] = []

    def read_menu() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            seen.append([a.text() for a in menu.actions() if not a.isSeparator()])
            menu.close()
        else:
            QTimer.singleShot(10, read_menu)

    QTimer.singleShot(0, read_menu)
    rect = page.table.visualRect(page.model.index(0, Column.ORG_NAME))
    page._context_menu(rect.center())
    qtbot.waitUntil(lambda: bool(seen))
    assert "Res&ume" in seen[0] and "Sus&pend…" not in seen[0]


def test_suspend_needs_the_permission(qtbot, session, make_profile, issue_token):
    key = issue_token(allowed_endpoints=["tokens.list", "tokens.read", "tokens.resume"])
    reader = connect(qtbot, session, make_profile, key, name="No suspend")
    page = open_tokens_page(qtbot, reader)
    page.table.selectRow(0)
    assert page.selected_token() is not None
    assert not page.suspend_action.isEnabled()
    assert not page.row_buttons.is_enabled("suspend")
    assert page.row_buttons.is_enabled("resume")  # what it may do, on rows that show it


def test_a_failed_suspend_is_told_and_the_row_goes(qtbot, admin, client):
    page, issued = one_token(qtbot, admin, client, "Suspend gone")
    page.select_token(issued.token.id)
    client.delete_token(issued.token.id)  # someone else deletes it meanwhile
    boxes = answer_boxes(Yes, Ok)
    page.suspend_selected()
    qtbot.waitUntil(lambda: len(boxes.texts) == 2, timeout=8000)
    assert boxes.titles[1] == "API tokens"  # the page's error path: not_found
    assert page.model.row_of(issued.token.id) == -1
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=5000)
    assert page.add_action.isEnabled()  # not left busy


@pytest.fixture
def own_global_key(ui_server: Any) -> str:
    """A global administrator token of its own: the shared admin token stays (never the
    last administrator)."""
    from compliance_client.server.bootstrap import issue_admin_token

    name = unique("Own suspend")
    return issue_admin_token(ui_server.db_url, name, name.replace(" ", "-").lower(),
                             scope=SCOPE_GLOBAL)


def test_suspending_own_token_asks_twice(qtbot, session, make_profile, own_global_key,
                                         client):
    me = connect(qtbot, session, make_profile, own_global_key, name="Mine")
    own = me.access.token
    page = open_tokens_page(qtbot, me)
    search_tokens(qtbot, page, own.organization_id)
    assert page.select_token(own.id)

    boxes = answer_boxes(Yes, No)
    page.suspend_selected()
    qtbot.waitUntil(lambda: len(boxes.texts) == 2, timeout=8000)
    assert "This is the token you are signed in with" in boxes.texts[0]
    assert boxes.titles[1] == "Suspend your own API token"
    assert "“Mine” stops working" in boxes.texts[1]
    assert not page.busy
    assert not client.get_token(own.id).token.is_suspended

    # Yes twice: suspended, and the window shows at once that its key no longer works.
    done = answer_boxes(Yes, Yes)
    page.suspend_selected()
    qtbot.waitUntil(lambda: len(done.texts) == 2, timeout=8000)
    qtbot.waitUntil(lambda: client.get_token(own.id).token.is_suspended, timeout=8000)
    qtbot.waitUntil(lambda: me.state == ConnectionState.FAILED, timeout=8000)
    assert isinstance(me.error, TokenSuspended)


@pytest.fixture(scope="module")
def suspended_and_leaked(ui_server: Any) -> Iterator[tuple[str, int, int]]:
    """Three tokens of one tag: active, suspended by an administrator, reported as leaked
    (one report for the module: each counts against the address's failed logins)."""
    tag = unique("Looks")
    with TokenServerClient(ui_server.url, ui_server.admin_key) as c:
        c.create_token(organization_name=f"{tag} a active", organization_id="looks")
        admin_id = c.create_token(organization_name=f"{tag} b suspended",
                                  organization_id="looks").token.id
        c.suspend_token(admin_id)
        leaked = c.create_token(organization_name=f"{tag} c leaked", organization_id="looks")
        c.revoke_leaked([leaked.key])
        yield tag, admin_id, leaked.token.id


def test_a_suspended_and_a_leaked_token_look_different(qtbot, admin, suspended_and_leaked):
    tag, admin_id, leaked_id = suspended_and_leaked
    page = open_tokens_page(qtbot, admin)
    search_tokens(qtbot, page, tag)
    assert [t.organization_name.rsplit(" ", 1)[-1] for t in page.model.items] == [
        "active", "suspended", "leaked"]
    assert page.model.token(2).id == leaked_id and page.model.token(1).id == admin_id
    # In words...
    assert [status(page, r) for r in range(3)] == ["Active", "Suspended", "Leaked"]
    # ...and at a glance: each suspension a badge in its own tone; the active one none.
    warning_bg, _ = theme.badge_colours(theme.Tone.WARNING)
    error_bg, _ = theme.badge_colours(theme.Tone.ERROR)
    active, suspended, leaked = (painted(page, r, Column.STATUS) for r in range(3))
    assert rgb(warning_bg) in suspended and rgb(error_bg) not in suspended
    assert rgb(error_bg) in leaked and rgb(warning_bg) not in leaked
    assert not {rgb(warning_bg), rgb(error_bg)} & active
    # The rest of a suspended row is dimmed, as an expired token's is.
    index = page.model.index
    assert index(0, Column.ORG_NAME).data(Qt.ItemDataRole.ForegroundRole) is None
    for row in (1, 2):
        assert index(row, Column.ORG_NAME).data(Qt.ItemDataRole.ForegroundRole) is not None
    # Each badge whole: the column is as wide as its widest word.
    header = page.table.horizontalHeader()
    font = page.table.font()
    assert header.sectionSize(Column.STATUS) >= page.grid.delegate.text_width(
        "Suspended", font, badge=True)
    assert "leaked" in str(index(2, Column.STATUS).data(Qt.ItemDataRole.ToolTipRole))


def test_resuming_a_leaked_token_asks_first(qtbot, admin, client, ui_server):
    page, issued = one_token(qtbot, admin, client, "Resume leaked")
    # As revoke_leaked leaves it (one report per module is the budget: see above).
    from sqlalchemy import update

    from compliance_client.server.db import Database
    from compliance_client.server.models import TokenRow

    db = Database(ui_server.db_url)
    try:
        with db.write() as s:
            s.execute(update(TokenRow).where(TokenRow.id == issued.token.id).values(
                status="suspended", suspended_reason="leaked", version=TokenRow.version + 1))
    finally:
        db.dispose()
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and status(page) == "Leaked",
                    timeout=8000)
    page.select_token(issued.token.id)
    asked = answer_next_box(No)
    page.resume_selected()
    assert "reported as leaked" in asked.texts[0]
    assert not page.busy and status(page) == "Leaked"
    asked = answer_next_box(Yes)
    page.resume_selected()
    qtbot.waitUntil(lambda: status(page) == "Active", timeout=8000)


def test_regenerate_with_an_hours_grace_keeps_the_old_key_working(qtbot, admin, client,
                                                                  ui_server):
    page, issued = one_token(qtbot, admin, client, "Grace")
    page.select_token(issued.token.id)
    box = GraceAnswerer(Yes, "1 hour")
    keys = KeyCatcher().arm()
    before = datetime.now(UTC)
    page.regenerate_action.trigger()
    qtbot.waitUntil(lambda: len(keys.keys) == 1, timeout=8000)
    assert "keeps working until about" in box.texts[0]  # the question followed the choice
    new_key = keys.keys[0]
    token = client.get_token(issued.token.id).token
    until = token.previous_key_expires_at
    assert until is not None
    assert before + timedelta(minutes=59) < until < before + timedelta(minutes=61)
    # The key dialog names the time, in the user's zone and locale.
    assert f"The old key keeps working until {datetime_text(until)}" in keys.intros[0]
    # Both keys work for now.
    with TokenServerClient(ui_server.url, issued.key) as old:
        assert old.verify().token.id == issued.token.id
    with TokenServerClient(ui_server.url, new_key) as new:
        assert new.verify().token.id == issued.token.id
    row = page.model.row_of(issued.token.id)
    assert page.model.index(row, Column.KEY).data() == new_key[:12] + "…"


def test_the_grid_fits_with_a_suspended_token_at_the_default_size(qtbot, admin,
                                                                  suspended_and_leaked):
    w = open_main_window(admin.context, session=admin, load=False)
    qtbot.addWidget(w)
    w.resize(QSize(1100, 680))
    qtbot.waitExposed(w)
    w.show_page("tokens")
    page: TokensPage = w.pages["tokens"].page
    search_tokens(qtbot, page, suspended_and_leaked[0])
    QCoreApplication.processEvents()
    header = page.table.horizontalHeader()
    right = header.sectionViewportPosition(Column.ACTIONS) + header.sectionSize(Column.ACTIONS)
    assert right <= page.table.viewport().width()  # every column on screen
    assert page.table.horizontalScrollBar().maximum() == 0
    assert header.sectionSize(Column.ACTIONS) >= page.row_buttons.width()
