"""The API tokens page against the real token server on loopback: paging as the user
scrolls, server-side search and sort, the expiry marks, and the row actions (add, edit,
regenerate, delete) through the toolbar, the keyboard and double-click."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer, QTranslator
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox

from compliance_client.domain.keys import key_format_problem
from compliance_client.service.client import TokenServerClient
from compliance_client.service.errors import InvalidToken, NotFound
from compliance_client.ui import theme
from compliance_client.ui.errors import describe
from compliance_client.ui.grid.model import LoadState
from compliance_client.ui.grid.tokens import Column, days_until
from compliance_client.ui.pages.tokens_page import TokensPage
from compliance_client.ui.tasks import pending_tasks

from ..helpers.cli import dead_port_url
from ..helpers.ui import (
    KeyCatcher,
    answer_next_box,
    connect,
    find,
    save_and_answer,
    type_into,
    unique,
)
from ..helpers.ui import open_tokens_page as open_page
from ..helpers.ui import search_tokens as search

Yes = QMessageBox.StandardButton.Yes
No = QMessageBox.StandardButton.No
Ok = QMessageBox.StandardButton.Ok

SEEDED = 450
PAGE = 200


@pytest.fixture(scope="module")
def seeded(ui_server: Any) -> str:
    """450 tokens named "<tag> 000" … "<tag> 449", made through the client once."""
    tag = unique("Paging Org")

    def make(numbers: range) -> None:
        with TokenServerClient(ui_server.url, ui_server.admin_key) as c:
            for n in numbers:
                c.create_token(organization_name=f"{tag} {n:03}",
                               organization_id=f"page-{n:03}")

    with ThreadPoolExecutor(4) as pool:
        list(pool.map(make, [range(i, SEEDED, 4) for i in range(4)]))
    return tag






def names(page: TokensPage) -> list[str]:
    return [t.organization_name for t in page.model.items]


def cell(page: TokensPage, row: int, column: int,
         role: Qt.ItemDataRole = Qt.ItemDataRole.DisplayRole) -> Any:
    return page.model.data(page.model.index(row, column), role)


def focus_grid(qtbot: Any, page: TokensPage) -> None:
    """Enter and Del are the grid's own shortcuts: they need its window active."""
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.table.setFocus()


def select(qtbot: Any, page: TokensPage, token_id: int) -> None:
    assert page.select_token(token_id)
    focus_grid(qtbot, page)


# -- the grid --------------------------------------------------------------------------------


def test_grid_shows_tokens_and_fetches_more_pages_when_scrolled(qtbot, admin, seeded):
    page = open_page(qtbot, admin, page_size=PAGE)
    search(qtbot, page, seeded)
    assert page.model.rowCount() == PAGE
    assert page.model.total == SEEDED
    assert names(page)[:3] == [f"{seeded} 000", f"{seeded} 001", f"{seeded} 002"]
    assert cell(page, 0, Column.ORG_ID) == "page-000"
    assert cell(page, 0, Column.KEY).startswith("cct_") and cell(page, 0, Column.KEY)[-1] == "…"
    assert cell(page, 0, Column.ALLOWED_IPS) == "Any address"
    assert page.grid.footer_label.text() == f"Showing {PAGE} of {SEEDED} tokens"
    assert page.grid.overlay_text() == ""

    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 * PAGE, timeout=8000)
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == SEEDED, timeout=8000)
    qtbot.waitUntil(lambda: not page.model.is_fetching())
    assert names(page) == [f"{seeded} {n:03}" for n in range(SEEDED)]
    assert not page.model.canFetchMore()
    assert page.grid.footer_label.text() == f"{SEEDED} tokens"


def test_search_reaches_the_server(qtbot, admin, seeded):
    page = open_page(qtbot, admin)
    search(qtbot, page, f"{seeded} 01")
    assert names(page) == [f"{seeded} {n:03}" for n in range(10, 20)]
    search(qtbot, page, "page-44")  # the organization ID is searched too
    assert sorted(names(page)) == [f"{seeded} {n:03}" for n in range(440, 450)]
    search(qtbot, page, "no such organization anywhere")
    assert page.model.rowCount() == 0
    assert page.grid.overlay_text() == "No tokens match “no such organization anywhere”."


def test_header_click_sorts_on_the_server(qtbot, admin, seeded):
    page = open_page(qtbot, admin, page_size=PAGE)
    search(qtbot, page, seeded)
    header = page.table.horizontalHeader()

    def click(column: int) -> None:
        x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                         pos=QPoint(x, header.height() // 2))

    click(Column.ORG_NAME)  # already ascending: now descending
    qtbot.waitUntil(lambda: page.model.sort_key == "-organization_name"
                    and page.model.state == LoadState.READY, timeout=8000)
    assert names(page)[:2] == [f"{seeded} 449", f"{seeded} 448"]
    assert page.model.rowCount() == PAGE  # a fresh first page, not the old rows re-sorted

    click(Column.ORG_ID)
    qtbot.waitUntil(lambda: page.model.sort_key in ("organization_id", "-organization_id")
                    and page.model.state == LoadState.READY, timeout=8000)
    ids = [t.organization_id for t in page.model.items]
    assert ids == sorted(ids, reverse=page.model.sort_key.startswith("-"))

    # a list column cannot be sorted by the server: nothing reloads, the indicator stays
    before = page.model.sort_key
    click(Column.ALLOWED_IPS)
    assert page.model.sort_key == before
    assert header.sortIndicatorSection() == Column.ORG_ID
    assert not page.model.is_fetching()


def test_expired_and_soon_expiring_tokens_are_marked(qtbot, admin, client, issue_token,
                                                     expire_token):
    org = unique("Expiry marks")
    old_key = issue_token(organization_name=f"{org} old")
    expire_token(old_key)
    soon = datetime.now(UTC) + timedelta(days=5)
    client.create_token(organization_name=f"{org} soon", organization_id="soon",
                        expires_at=soon)
    client.create_token(organization_name=f"{org} later", organization_id="later",
                        expires_at=datetime.now(UTC) + timedelta(days=100))
    page = open_page(qtbot, admin)
    search(qtbot, page, org)
    assert names(page) == [f"{org} later", f"{org} old", f"{org} soon"]

    expired = cell(page, 1, Column.EXPIRES)
    assert expired.startswith("Expired ")
    assert cell(page, 1, Column.EXPIRES, Qt.ItemDataRole.ForegroundRole).color() == \
        theme.text_colour(theme.Tone.ERROR)
    # the whole row is greyed, not only the date
    assert cell(page, 1, Column.ORG_NAME, Qt.ItemDataRole.ForegroundRole) is not None
    assert cell(page, 0, Column.ORG_NAME, Qt.ItemDataRole.ForegroundRole) is None

    days = days_until(soon, datetime.now(UTC))
    assert cell(page, 2, Column.EXPIRES).endswith(f"(expires in {days} days)")
    assert "expires" not in cell(page, 0, Column.EXPIRES)

    # What the user sees (the grid paints through its own delegate): the expired date in
    # red, the others not; the selected row in the highlight colour.
    def painted(row: int, column: int) -> list[tuple[int, int, int]]:
        rect = page.table.visualRect(page.model.index(row, column))
        image = page.table.viewport().grab(rect).toImage()
        return [image.pixelColor(x, y).getRgb()[:3]
                for x in range(image.width()) for y in range(image.height())]

    def reddish(pixels: list[tuple[int, int, int]]) -> int:
        return sum(1 for r, g, b in pixels if r > 140 and g < 90 and b < 90)

    assert reddish(painted(1, Column.EXPIRES)) > 10
    assert reddish(painted(0, Column.EXPIRES)) == 0
    assert len(set(painted(0, Column.ORG_NAME))) > 3  # text, not an empty cell
    page.table.selectRow(2)
    highlight = page.table.palette().color(page.table.palette().ColorRole.Highlight)
    assert highlight.getRgb()[:3] in painted(2, Column.ORG_NAME)
    assert highlight.getRgb()[:3] not in painted(0, Column.ORG_NAME)


def test_error_state_is_drawn_when_the_server_is_down(qtbot, session, make_profile,
                                                       ui_server):
    make_profile(name="Down", token=ui_server.admin_key, url=dead_port_url())
    session.reload()
    page = open_page(qtbot, session)
    assert page.model.state == LoadState.FAILED
    text = page.grid.overlay_text()
    assert text == describe(page.model.error)
    assert "refused the connection" in text
    assert page.grid.overlay.retry_button.isVisible()
    qtbot.mouseClick(page.grid.overlay.retry_button, Qt.MouseButton.LeftButton)
    assert page.grid.overlay_text() == "Loading…"  # drawn at once, never a frozen grid
    qtbot.waitUntil(lambda: page.model.state == LoadState.FAILED, timeout=8000)
    assert page.grid.overlay.retry_button.isVisible()


def test_actions_follow_the_tokens_permissions(qtbot, session, make_profile, issue_token):
    key = issue_token(allowed_endpoints=["tokens.list", "tokens.read"])
    reader = connect(qtbot, session, make_profile, key, name="Reader")
    page = open_page(qtbot, reader)
    page.table.selectRow(0)
    assert page.selected_token() is not None
    for action in (page.add_action, page.edit_action, page.regenerate_action,
                   page.delete_action):
        assert not action.isEnabled()
    assert page.add_token() is None


# -- actions ---------------------------------------------------------------------------------


def test_add_from_the_page_with_ctrl_n(qtbot, admin, client):
    page = open_page(qtbot, admin)
    focus_grid(qtbot, page)
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dialog = page.dialog
    name = unique("Added from page")
    type_into(qtbot, dialog.name_edit, name)
    type_into(qtbot, dialog.org_id_edit, "from-page")
    box, keys = save_and_answer(qtbot, dialog)
    assert box.texts == ["API token added successfully"]
    assert key_format_problem(keys.keys[0]) is None
    (token,) = find(client, name)
    # the list is read again and the new token selected
    qtbot.waitUntil(lambda: page.selected_token() is not None
                    and page.selected_token().id == token.id, timeout=8000)
    assert page.dialog is None


def test_edit_with_enter_updates_the_row(qtbot, admin, client):
    created = client.create_token(organization_name=unique("Row to edit"),
                                  organization_id="row").token
    page = open_page(qtbot, admin)
    search(qtbot, page, created.organization_name)
    select(qtbot, page, created.id)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is not None
                    and page.dialog.save_button.isEnabled(), timeout=5000)
    dialog = page.dialog
    new_name = created.organization_name + " renamed"
    type_into(qtbot, dialog.name_edit, new_name)
    dialog.blocked_ips.setPlainText("192.0.2.0/24")
    box, _keys = save_and_answer(qtbot, dialog)
    assert box.texts == [f"API Key with id {created.id} is updated successfully"]
    row = page.model.row_of(created.id)
    assert cell(page, row, Column.ORG_NAME) == new_name
    assert cell(page, row, Column.BLOCKED_IPS) == "192.0.2.0/24"
    assert client.get_token(created.id).token.organization_name == new_name


def test_a_conflict_in_the_edit_dialog_refreshes_the_row(qtbot, admin, client):
    """A 412 inside the dialog: once the dialog has read the server's token again
    (``token_reloaded``), the grid's row shows the token as it now is."""
    created = client.create_token(organization_name=unique("Conflict row"),
                                  organization_id="conflict").token
    page = open_page(qtbot, admin)
    search(qtbot, page, created.organization_name)
    select(qtbot, page, created.id)
    dialog = page.edit_selected()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    current = client.get_token(created.id)
    theirs = created.organization_name + " theirs"
    client.update_token(created.id, if_match=current.etag, organization_name=theirs,
                        blocked_ips=["192.0.2.1"])
    type_into(qtbot, dialog.name_edit, created.organization_name + " mine")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.banner.isVisible(), timeout=5000)
    row = page.model.row_of(created.id)
    assert cell(page, row, Column.ORG_NAME) == created.organization_name  # not known yet

    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: cell(page, row, Column.ORG_NAME) == theirs, timeout=5000)
    assert cell(page, row, Column.BLOCKED_IPS) == "192.0.2.1"
    assert page.model.painted_row(row)[0][Column.ORG_NAME] == theirs  # what is painted
    discard = answer_next_box(Yes)  # the typed name is thrown away once the user says so
    dialog.reject()
    assert len(discard.texts) == 1


def test_double_click_opens_the_edit_dialog(qtbot, admin, client):
    created = client.create_token(organization_name=unique("Double click"),
                                  organization_id="dbl").token
    page = open_page(qtbot, admin)
    search(qtbot, page, created.organization_name)
    rect = page.table.visualRect(page.model.index(0, Column.ORG_NAME))
    # QTest's double-click is only the second half of one: a person clicks first.
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.dialog is not None
                    and page.dialog.save_button.isEnabled(), timeout=5000)
    assert page.dialog.token_id == created.id
    assert page.dialog.windowTitle() == "Edit API token"
    page.dialog.reject()


class GraceAnswerer:
    """Answers the next regenerate question: picks ``choice`` in its grace period list (as
    shown, e.g. "1 hour"; None leaves the default), then clicks ``button``. Remembers the
    choices offered, the one shown first and the question's text after the pick."""

    def __init__(self, button: QMessageBox.StandardButton, choice: str | None = None) -> None:
        self.button, self.choice = button, choice
        self.offered: list[str] = []
        self.default = ""
        self.texts: list[str] = []
        self._tries = 500
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        box = QApplication.activeModalWidget()
        combo = box.findChild(QComboBox, "graceChoice") if isinstance(box, QMessageBox) \
            else None
        if combo is None:
            self._tries -= 1
            if self._tries > 0:
                QTimer.singleShot(10, self._poll)
            return
        self.offered = [combo.itemText(i) for i in range(combo.count())]
        self.default = combo.currentText()
        if self.choice is not None:
            combo.setCurrentIndex(self.offered.index(self.choice))
        self.texts.append(f"{box.text()}\n{box.informativeText()}")
        box.button(self.button).click()


def test_regenerate_asks_and_the_old_key_stops_working(qtbot, admin, client, ui_server):
    issued = client.create_token(organization_name=unique("Regenerate row"),
                                 organization_id="regen-row")
    page = open_page(qtbot, admin)
    search(qtbot, page, issued.token.organization_name)
    select(qtbot, page, issued.token.id)

    box = GraceAnswerer(No)
    page.regenerate_action.trigger()
    # The question offers how long the old key keeps working; at once unless chosen.
    assert box.offered == ["None (stops at once)", "1 hour", "1 day", "7 days"]
    assert box.default == "None (stops at once)"
    assert box.texts and "stops working at once" in box.texts[0]
    assert issued.token.organization_name in box.texts[0]
    assert not page.busy  # No: nothing sent
    with TokenServerClient(ui_server.url, issued.key) as c:
        assert c.verify().token.id == issued.token.id

    box = answer_next_box(Yes)
    keys = KeyCatcher().arm()
    page.regenerate_action.trigger()
    qtbot.waitUntil(lambda: len(keys.keys) == 1, timeout=8000)
    new_key = keys.keys[0]
    assert key_format_problem(new_key) is None and new_key != issued.key
    row = page.model.row_of(issued.token.id)
    assert cell(page, row, Column.KEY) == new_key[:12] + "…"
    assert "The old key no longer works" in keys.intros[0]
    with TokenServerClient(ui_server.url, issued.key) as c, pytest.raises(InvalidToken):
        c.verify()
    with TokenServerClient(ui_server.url, new_key) as c:
        assert c.verify().token.id == issued.token.id


def test_delete_asks_no_keeps_yes_deletes(qtbot, admin, client):
    token = client.create_token(organization_name=unique("Delete me"),
                                organization_id="del").token
    page = open_page(qtbot, admin)
    search(qtbot, page, token.organization_name)
    select(qtbot, page, token.id)

    box = answer_next_box(No)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    assert box.titles == ["Delete API token"]  # shown whole: test_grid_message_boxes.py
    assert box.texts == [f"Delete the API token of {token.organization_name} "
                         f"(key {token.key_prefix}…)?\nPrograms that use this key stop "
                         "working at once. This cannot be undone."]
    assert page.model.row_of(token.id) == 0
    assert client.get_token(token.id).token.id == token.id

    box = answer_next_box(Yes)
    focus_grid(qtbot, page)  # the closed box left no window active (offscreen)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # returns once the question is answered
    assert len(box.texts) == 1
    done = answer_next_box(Ok)  # then the deletion runs and its notice comes
    qtbot.waitUntil(lambda: done.texts == ["API Token is Deleted"], timeout=8000)
    assert page.model.row_of(token.id) == -1
    assert page.model.rowCount() == 0
    with pytest.raises(NotFound):
        client.get_token(token.id)


def test_deleting_a_token_someone_else_deleted_warns_and_frees_the_actions(qtbot, admin,
                                                                           client):
    token = client.create_token(organization_name=unique("Deleted twice"),
                                organization_id="del-twice").token
    page = open_page(qtbot, admin)
    search(qtbot, page, token.organization_name)
    select(qtbot, page, token.id)
    client.delete_token(token.id)  # someone else deletes it meanwhile

    box = answer_next_box(Yes)
    page.delete_selected()  # returns once the question is answered
    assert len(box.texts) == 1
    assert not page.add_action.isEnabled()  # busy while the server is asked
    warned = answer_next_box(Ok)
    qtbot.waitUntil(lambda: len(warned.texts) == 1, timeout=8000)
    assert warned.titles == ["API tokens"]
    assert page.model.row_of(token.id) == -1  # it is gone: the row goes too
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=5000)
    assert page.add_action.isEnabled()


def test_delete_key_in_the_search_box_edits_the_text(qtbot, admin):
    page = open_page(qtbot, admin)
    page.table.selectRow(0)
    type_into(qtbot, page.search_edit, "abc")
    box = answer_next_box(No)  # would answer a delete question, if one came
    try:
        qtbot.keyClick(page.search_edit, Qt.Key.Key_Home)
        qtbot.keyClick(page.search_edit, Qt.Key.Key_Delete)
        assert page.search_edit.text() == "bc"
        assert box.texts == []  # no delete question popped up
    finally:
        box._tries = 0  # stop polling, so it cannot answer another test's box


# -- language --------------------------------------------------------------------------------


class BracketTranslator(QTranslator):
    """Stands in for a real .qm: "«text»" for this page's strings, proving they go through
    tr() and are read again on LanguageChange."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        if context in ("TokenModel", "TokensPage", "PagedGrid"):
            return f"«{source}»"
        return ""

    def isEmpty(self) -> bool:  # Qt refuses to install an empty translator
        return False


def test_language_change_retranslates_the_page(qtbot, admin):
    page = open_page(qtbot, admin)
    header = page.model.headerData(Column.ORG_NAME, Qt.Orientation.Horizontal)
    assert header == "Organization name"
    translator = BracketTranslator()
    assert QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: page.title.text() == "«API tokens»")
        assert page.model.headerData(Column.ORG_NAME, Qt.Orientation.Horizontal) == \
            "«Organization name»"
        assert page.add_action.text() == "«&Add token»"
        assert page.search_edit.placeholderText() == "«Search organization, ID or key…»"
        assert [b.text for b in page.row_buttons.buttons] == [
            "«Edit»", "«Suspend»", "«Resume»", "«Delete»", "«…»"]
        assert page.model.headerData(Column.ACTIONS, Qt.Orientation.Horizontal) == "«Action»"
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: page.title.text() == "API tokens")


def test_a_row_is_selected_by_code_in_a_right_to_left_window(qtbot, admin, client):
    # After add or delete the page selects a row itself; in Arabic QTableView.selectRow()
    # picked the column at the viewport's far edge, found none, and selected nothing.
    from compliance_client.ui import i18n

    issued = client.create_token(organization_name=unique("Right to left"),
                                 organization_id="rtl")
    i18n.set_language("ar")
    try:
        page = open_page(qtbot, admin)
        search(qtbot, page, issued.token.organization_name)
        assert page.select_token(issued.token.id)
        assert page.selected_token() is not None
        assert page.selected_token().id == issued.token.id
    finally:
        i18n.set_language("en")
