"""The API tokens page from the keyboard, in the main window as a user has it (issue 15):

- Ctrl+N, Enter, Del, F5 and Ctrl+F work right after the page was picked with the mouse in
  the navigation list (the focus is still there), and not while another page is shown;
- in the search box Enter searches and Del deletes a character;
- every toolbar action has its own mnemonic, none a letter of the window's menus;
- after add, edit and delete the window is active again and the focus is on the grid, on
  the row the action was about."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QToolButton

from compliance_client.ui.grid.model import LoadState
from compliance_client.ui.pages import LazyPage
from compliance_client.ui.pages.tokens_page import TokensPage
from compliance_client.ui.testing import open_main_window

from ..helpers.ui import (
    KeyCatcher,
    answer_next_box,
    find,
    save_and_answer,
    search_tokens,
    type_into,
    unique,
)
from ..helpers.windows import mnemonic

Yes = QMessageBox.StandardButton.Yes
No = QMessageBox.StandardButton.No
Ok = QMessageBox.StandardButton.Ok
Ctrl = Qt.KeyboardModifier.ControlModifier


def open_window(qtbot: Any, admin: Any) -> Any:
    w = open_main_window(admin.context, session=admin, load=False)
    qtbot.addWidget(w)
    w.activateWindow()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w)
    return w


def click_page(qtbot: Any, w: Any, key: str) -> Any:
    """Pick ``key`` in the navigation with the mouse; the focus stays in the navigation."""
    rect = w.nav.visualItemRect(w._items[key])
    qtbot.mouseClick(w.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.stack.currentWidget() is w.pages[key]
    page = w.pages[key]
    if isinstance(page, LazyPage):
        page = page.page
    if isinstance(page, TokensPage):
        qtbot.waitUntil(lambda: page.model.state == LoadState.READY, timeout=8000)
    assert QApplication.focusWidget() is w.nav
    return page


def back_on_the_grid(qtbot: Any, w: Any, page: TokensPage, token_id: int | None) -> None:
    qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5000)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.table, timeout=5000)
    if token_id is not None:
        qtbot.waitUntil(lambda: page.selected_token() is not None
                        and page.selected_token().id == token_id, timeout=8000)
        assert page.table.currentIndex().row() == page.model.row_of(token_id)


def test_page_shortcuts_work_right_after_a_click_in_the_navigation(qtbot: Any, admin: Any,
                                                                   client: Any) -> None:
    token = client.create_token(organization_name=unique("Nav keys"),
                                organization_id="nav").token
    w = open_window(qtbot, admin)
    page = click_page(qtbot, w, "tokens")

    qtbot.keyClick(w.nav, Qt.Key.Key_F5)
    assert page.model.is_fetching()  # F5: read again
    qtbot.waitUntil(lambda: page.model.state == LoadState.READY, timeout=8000)

    page.search_edit.setText(token.organization_name)
    w.nav.setFocus()
    qtbot.keyClick(w.nav, Qt.Key.Key_F, Ctrl)
    assert QApplication.focusWidget() is page.search_edit
    assert page.search_edit.selectedText() == token.organization_name  # to type over
    qtbot.waitUntil(lambda: page.model.query == token.organization_name
                    and page.model.state == LoadState.READY, timeout=8000)

    w.nav.setFocus()
    qtbot.keyClick(w.nav, Qt.Key.Key_N, Ctrl)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    assert page.dialog.token_id is None  # Add
    page.dialog.reject()
    back_on_the_grid(qtbot, w, page, None)

    assert page.select_token(token.id)
    w.nav.setFocus()
    qtbot.keyClick(w.nav, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    assert page.dialog.token_id == token.id  # Edit
    page.dialog.reject()
    back_on_the_grid(qtbot, w, page, token.id)

    w.nav.setFocus()
    box = answer_next_box(No)
    qtbot.keyClick(w.nav, Qt.Key.Key_Delete)
    assert box.titles == ["Delete API token"]
    back_on_the_grid(qtbot, w, page, token.id)  # No: back where the user was
    assert page.model.row_of(token.id) >= 0


def test_a_hidden_pages_shortcuts_do_nothing(qtbot: Any, admin: Any) -> None:
    w = open_window(qtbot, admin)
    page = click_page(qtbot, w, "tokens")
    page.table.selectRow(0)
    click_page(qtbot, w, "profile")
    qtbot.keyClick(w.nav, Qt.Key.Key_N, Ctrl)
    qtbot.keyClick(w.nav, Qt.Key.Key_F5)
    box = answer_next_box(No)  # would answer a delete question, if one came
    try:
        qtbot.keyClick(w.nav, Qt.Key.Key_Delete)
        assert page.dialog is None and not page.model.is_fetching() and box.texts == []
    finally:
        box._tries = 0


def test_enter_and_del_in_the_search_box_are_the_boxs(qtbot: Any, admin: Any) -> None:
    w = open_window(qtbot, admin)
    page = click_page(qtbot, w, "tokens")
    page.table.selectRow(0)
    box = answer_next_box(No)
    try:
        type_into(qtbot, page.search_edit, "abc")
        qtbot.keyClick(page.search_edit, Qt.Key.Key_Home)
        qtbot.keyClick(page.search_edit, Qt.Key.Key_Delete)
        assert page.search_edit.text() == "bc" and box.texts == []
        qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
        assert page.model.query == "bc"  # searched at once, no edit dialog
        assert page.dialog is None
    finally:
        box._tries = 0


def test_toolbar_mnemonics_are_unique_and_not_the_menus(qtbot: Any, admin: Any) -> None:
    w = open_window(qtbot, admin)
    page = click_page(qtbot, w, "tokens")
    buttons = [b for b in page.toolbar.findChildren(QToolButton) if b.defaultAction()
               in page.toolbar.actions()]
    # Resume alone has none there (tokens_page.py says why; the context menu has it).
    letters = [mnemonic(b.text()) for b in buttons
               if b.defaultAction() is not page.resume_action]
    assert len(buttons) == 8 and len(letters) == 7 and None not in letters, [
        b.text() for b in buttons]
    menus = {mnemonic(a.text()) for a in w.menuBar().actions()}
    assert menus == {"f", "h"}
    assert len(set(letters)) == len(letters)
    assert not set(letters) & menus
    # And the letter works: Alt+S is Refresh.
    (refresh,) = [b for b in buttons if b.defaultAction() is page.refresh_action]
    letter = mnemonic(refresh.text())
    assert letter is not None
    qtbot.keyClick(w.nav, getattr(Qt.Key, f"Key_{letter.upper()}"),
                   Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(page.model.is_fetching, timeout=2000)


# -- the focus after an action ---------------------------------------------------------


def test_after_add_the_focus_is_on_the_new_row(qtbot: Any, admin: Any, client: Any) -> None:
    w = open_window(qtbot, admin)
    page = click_page(qtbot, w, "tokens")
    qtbot.keyClick(w.nav, Qt.Key.Key_N, Ctrl)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible())
    dialog = page.dialog
    name = unique("Focus after add")
    type_into(qtbot, dialog.name_edit, name)
    type_into(qtbot, dialog.org_id_edit, "focus-add")
    box, keys = save_and_answer(qtbot, dialog)
    assert box.texts == ["API token added successfully"]
    qtbot.waitUntil(lambda: len(keys.keys) == 1, timeout=5000)
    (token,) = find(client, name)
    back_on_the_grid(qtbot, w, page, token.id)


def test_after_edit_the_focus_is_on_the_row(qtbot: Any, admin: Any, client: Any) -> None:
    token = client.create_token(organization_name=unique("Focus after edit"),
                                organization_id="focus-edit").token
    w = open_window(qtbot, admin)
    page = click_page(qtbot, w, "tokens")
    search_tokens(qtbot, page, token.organization_name)
    assert page.select_token(token.id)
    w.nav.setFocus()
    qtbot.keyClick(w.nav, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.save_button.isEnabled(),
                    timeout=5000)
    type_into(qtbot, page.dialog.name_edit, token.organization_name + " edited")
    box, _keys = save_and_answer(qtbot, page.dialog)
    assert box.texts == [f"API Key with id {token.id} is updated successfully"]
    back_on_the_grid(qtbot, w, page, token.id)


@pytest.mark.parametrize("where", ["first", "last"])
def test_after_delete_the_focus_is_on_the_next_row(qtbot: Any, admin: Any, client: Any,
                                                   where: str) -> None:
    tag = unique("Focus after delete")
    made = [client.create_token(organization_name=f"{tag} {n}", organization_id="fd").token
            for n in range(3)]
    w = open_window(qtbot, admin)
    page = click_page(qtbot, w, "tokens")
    search_tokens(qtbot, page, tag)
    gone = made[0] if where == "first" else made[2]
    after = made[1]
    assert page.select_token(gone.id)
    w.nav.setFocus()
    box = answer_next_box(Yes)
    qtbot.keyClick(w.nav, Qt.Key.Key_Delete)
    assert len(box.texts) == 1
    done = answer_next_box(Ok)
    qtbot.waitUntil(lambda: done.texts == ["API Token is Deleted"], timeout=8000)
    back_on_the_grid(qtbot, w, page, after.id if where == "first" else made[1].id)
    assert page.model.row_of(gone.id) == -1


def test_after_regenerate_the_focus_is_on_the_row(qtbot: Any, admin: Any, client: Any) -> None:
    token = client.create_token(organization_name=unique("Focus after regenerate"),
                                organization_id="focus-regen").token
    w = open_window(qtbot, admin)
    page = click_page(qtbot, w, "tokens")
    search_tokens(qtbot, page, token.organization_name)
    assert page.select_token(token.id)
    w.nav.setFocus()
    box = answer_next_box(Yes)
    keys = KeyCatcher().arm()
    page.regenerate_action.trigger()  # as from the toolbar, the context menu or "…"
    assert len(box.texts) == 1
    qtbot.waitUntil(lambda: len(keys.keys) == 1, timeout=8000)
    back_on_the_grid(qtbot, w, page, token.id)
