"""The Action column of the API token grid (issue 15): Edit, Suspend (or Resume), Delete
and "…" painted in each row by the grid's delegate, clicked with the mouse (hover and
pressed looks), enabled as the toolbar's actions are, and said to a screen reader by the
cell's accessible text."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QAccessible, QHelpEvent, QImage
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QToolTip

from compliance_client.service.errors import NotFound
from compliance_client.ui.grid.tokens import Column
from compliance_client.ui.pages.tokens_page import TokensPage

from ..helpers.ui import answer_next_box, connect, open_tokens_page, search_tokens, unique

Yes = QMessageBox.StandardButton.Yes
No = QMessageBox.StandardButton.No
Ok = QMessageBox.StandardButton.Ok


def one_token_page(qtbot: Any, session: Any, client: Any, name: str) -> tuple[TokensPage, Any]:
    token = client.create_token(organization_name=unique(name), organization_id="rb").token
    page = open_tokens_page(qtbot, session)
    search_tokens(qtbot, page, token.organization_name)
    assert page.model.rowCount() == 1
    return page, token


def centre(page: TokensPage, key: str, row: int = 0) -> QPoint:
    rect = page.row_buttons.button_rect(row, key)
    assert rect.isValid(), key
    return rect.center()


def look(page: TokensPage, key: str, row: int = 0) -> QImage:
    page.table.viewport().repaint()
    return page.table.viewport().grab(page.row_buttons.button_rect(row, key)).toImage()


def test_every_row_has_edit_delete_and_more_buttons(qtbot: Any, admin: Any, client: Any) -> None:
    page, _token = one_token_page(qtbot, admin, client, "Buttons")
    assert [b.key for b in page.row_buttons.buttons] == [
        "edit", "suspend", "resume", "delete", "more"]
    assert [b.text for b in page.row_buttons.buttons] == [
        "Edit", "Suspend", "Resume", "Delete", "…"]
    cell = page.table.visualRect(page.model.index(0, Column.ACTIONS))
    for key in ("edit", "suspend", "delete", "more"):
        rect = page.row_buttons.button_rect(0, key)
        assert cell.contains(rect)  # whole, inside the Action cell
    assert not page.row_buttons.button_rect(0, "resume").isValid()  # an active token
    # Painted: the cell is not blank where the buttons are.
    image = look(page, "edit")
    assert len({image.pixelColor(x, y).rgb() for x in range(image.width())
                for y in range(image.height())}) > 3


def test_the_edit_button_opens_the_rows_token(qtbot: Any, admin: Any, client: Any) -> None:
    page, token = one_token_page(qtbot, admin, client, "Edit button")
    page.table.clearSelection()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=centre(page, "edit"))
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.save_button.isEnabled(),
                    timeout=5000)
    assert page.dialog.token_id == token.id
    assert page.selected_token().id == token.id  # the click selected its row
    page.dialog.reject()


def test_the_edit_button_works_in_a_right_to_left_window(qtbot: Any, admin: Any,
                                                         client: Any) -> None:
    from compliance_client.ui import i18n

    i18n.set_language("ar")
    try:
        page, token = one_token_page(qtbot, admin, client, "Edit button RTL")
        page.table.clearSelection()
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                         pos=centre(page, "edit"))
        qtbot.waitUntil(lambda: page.dialog is not None, timeout=5000)
        assert page.dialog.token_id == token.id
        page.dialog.reject()
    finally:
        i18n.set_language("en")


def test_the_delete_button_asks_and_deletes(qtbot: Any, admin: Any, client: Any) -> None:
    page, token = one_token_page(qtbot, admin, client, "Delete button")
    box = answer_next_box(No)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=centre(page, "delete"))
    assert box.titles == ["Delete API token"]
    assert box.texts[0].startswith(f"Delete the API token of {token.organization_name}")
    assert page.model.row_of(token.id) == 0

    box = answer_next_box(Yes)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=centre(page, "delete"))
    assert len(box.texts) == 1
    done = answer_next_box(Ok)
    qtbot.waitUntil(lambda: done.texts == ["API Token is Deleted"], timeout=8000)
    assert page.model.row_of(token.id) == -1
    with pytest.raises(NotFound):
        client.get_token(token.id)


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: popup grabs
def test_the_more_button_offers_regenerate(qtbot: Any, admin: Any, client: Any) -> None:
    page, token = one_token_page(qtbot, admin, client, "More button")
    seen: list[list[str]] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(10, pick)
            return
        seen.append([a.text() for a in menu.actions()])
        box = answer_next_box(No)
        (regenerate,) = [a for a in menu.actions() if a.text() == "&Regenerate key…"]
        menu.close()
        regenerate.trigger()
        seen.append(box.texts)

    QTimer.singleShot(0, pick)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=centre(page, "more"))
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=5000)
    assert seen[0] == ["&Regenerate key…", "Extend expir&y…"]
    assert seen[1] and "stops working at once" in seen[1][0]
    assert token.organization_name in seen[1][0]


def test_hover_and_pressed_looks(qtbot: Any, admin: Any, client: Any) -> None:
    page, token = one_token_page(qtbot, admin, client, "Looks")
    assert page.select_token(token.id)  # as a press leaves it: the row behind is selected
    viewport = page.table.viewport()
    qtbot.mouseMove(viewport, QPoint(5, viewport.height() - 5))  # away from the buttons
    plain = look(page, "edit")
    qtbot.mouseMove(viewport, centre(page, "edit"))
    hovered = look(page, "edit")
    assert hovered != plain
    assert look(page, "delete") == look(page, "delete")  # the other button unchanged
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=centre(page, "edit"))
    pressed = look(page, "edit")
    assert pressed not in (plain, hovered)
    # Released elsewhere: no click, and the button looks as before.
    qtbot.mouseMove(viewport, QPoint(5, viewport.height() - 5))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(5, viewport.height() - 5))
    assert page.dialog is None
    assert look(page, "edit") == plain


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: raise()
def test_a_button_has_a_tooltip(qtbot: Any, admin: Any, client: Any) -> None:
    page, _token = one_token_page(qtbot, admin, client, "Tooltip")
    viewport = page.table.viewport()
    pos = centre(page, "delete")
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.Type.ToolTip, pos,
                                                viewport.mapToGlobal(pos)))
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == "Delete this token (Del)"
    QToolTip.hideText()


def test_buttons_follow_the_tokens_permissions(qtbot: Any, session: Any, make_profile: Any,
                                               issue_token: Any, client: Any) -> None:
    key = issue_token(allowed_endpoints=["tokens.list", "tokens.read"])
    reader = connect(qtbot, session, make_profile, key, name="Reader")
    page = open_tokens_page(qtbot, reader)
    assert page.model.rowCount() >= 1
    for key_ in ("edit", "delete", "more"):
        assert not page.row_buttons.is_enabled(key_)
    box = answer_next_box(No)  # would answer a delete question, if one came
    try:
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                         pos=centre(page, "edit"))
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                         pos=centre(page, "delete"))
        assert page.dialog is None and box.texts == []
    finally:
        box._tries = 0


def test_buttons_are_disabled_while_a_change_runs(qtbot: Any, admin: Any, client: Any) -> None:
    page, token = one_token_page(qtbot, admin, client, "Busy")
    assert page.row_buttons.is_enabled("delete")
    box = answer_next_box(Yes)
    page.delete_selected() if page.select_token(token.id) else None
    assert len(box.texts) == 1
    assert not page.row_buttons.is_enabled("delete")  # the server is being asked
    done = answer_next_box(Ok)
    qtbot.waitUntil(lambda: len(done.texts) == 1, timeout=8000)
    assert page.row_buttons.is_enabled("delete")


def test_cells_say_what_they_are(qtbot: Any, admin: Any, client: Any) -> None:
    page, token = one_token_page(qtbot, admin, client, "Spoken")

    def spoken(column: int) -> str:
        return str(page.model.index(0, column).data(Qt.ItemDataRole.AccessibleTextRole))

    assert spoken(Column.ID) == f"ID: {token.id}"
    assert spoken(Column.ORG_NAME) == f"Organization name: {token.organization_name}"
    assert spoken(Column.ALLOWED_IPS) == "Allowed IPs: Any address"
    assert spoken(Column.ACTIONS).startswith("Action: Edit (Enter), Suspend, Delete (Del)")
    # As a screen reader gets it, through Qt's accessibility of the table.
    table = QAccessible.queryAccessibleInterface(page.table)
    assert table is not None
    names = [table.child(i).text(QAccessible.Text.Name) for i in range(table.childCount())]
    assert spoken(Column.ACTIONS) in names
    assert f"ID: {token.id}" in names


def test_a_view_closed_under_the_mouse_does_not_crash(qtbot: Any, admin: Any) -> None:
    page = TokensPage(admin)  # not the test's to close: it is deleted here
    page.resize(1000, 400)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and not page.model.is_fetching(),
                    timeout=8000)
    qtbot.mouseMove(page.table.viewport(), centre(page, "edit"))
    page.close()
    page.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
