"""Issue 13 in the GUI, against the real token server on loopback: the token the app is
signed in with is marked in the grid and the edit dialog, deleting it asks twice, the scope
choice is offered only to a global caller, and a search holding a whole key is never sent
(ARCHITECTURE §7, §12)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from compliance_client.domain.keys import key_prefix
from compliance_client.domain.tokens import SCOPE_GLOBAL, SCOPE_ORGANIZATION
from compliance_client.service.client import TokenServerClient
from compliance_client.service.errors import NotFound, SearchHoldsKey
from compliance_client.ui import i18n
from compliance_client.ui.errors import describe
from compliance_client.ui.grid.model import LoadState
from compliance_client.ui.grid.tokens import Column
from compliance_client.ui.pages.tokens_page import TokensPage
from compliance_client.ui.session import ConnectionState
from compliance_client.ui.token_dialog import TokenDialog

from ..helpers.ui import answer_boxes, answer_next_box, connect, save_and_answer, type_into, unique
from ..helpers.ui import open_token_dialog as open_dialog
from ..helpers.ui import open_tokens_page as open_page
from ..helpers.ui import search_tokens as search_for

Yes = QMessageBox.StandardButton.Yes
No = QMessageBox.StandardButton.No
Ok = QMessageBox.StandardButton.Ok

OWN = "This is the token you are signed in with"


# -- set-up ----------------------------------------------------------------------------------


@pytest.fixture
def global_key(ui_server: Any) -> str:
    """A fresh unrestricted global token of an organization of its own: tests may delete
    it without touching the shared admin token (which stays, so it is never the last)."""
    from compliance_client.server.bootstrap import issue_admin_token

    name = unique("Own Org")
    return issue_admin_token(ui_server.db_url, name, name.replace(" ", "-").lower(),
                             scope=SCOPE_GLOBAL)


@pytest.fixture
def org_key(client: TokenServerClient) -> str:
    """An unrestricted organization-scoped token, made by the admin through the API."""
    name = unique("Tenant")
    issued = client.create_token(organization_name=name,
                                 organization_id=name.replace(" ", "-").lower())
    assert issued.token.scope == SCOPE_ORGANIZATION
    return issued.key








def scope_row_shown(dialog: TokenDialog) -> bool:
    label = dialog.labels["scope"]
    return dialog.scope_combo.isVisibleTo(dialog) and label.isVisibleTo(dialog)


def cell(page: TokensPage, row: int, column: int, role: Qt.ItemDataRole) -> Any:
    return page.model.data(page.model.index(row, column), role)


# -- the signed-in token ---------------------------------------------------------------------


def test_own_token_is_marked_in_the_grid(qtbot, session, make_profile, global_key, client):
    me = connect(qtbot, session, make_profile, global_key)
    own = me.access.token
    other = client.create_token(organization_name=own.organization_name,
                                organization_id=own.organization_id).token
    page = open_page(qtbot, me)
    search_for(qtbot, page, own.organization_id)
    assert {t.id for t in page.model.items} == {own.id, other.id}
    mine, theirs = page.model.row_of(own.id), page.model.row_of(other.id)

    assert page.model.row_mark(mine) == "You"  # the badge painted before the name
    assert page.model.row_mark(theirs) is None
    font = cell(page, mine, Column.ORG_NAME, Qt.ItemDataRole.FontRole)
    assert isinstance(font, QFont) and font.bold()
    assert cell(page, theirs, Column.ORG_NAME, Qt.ItemDataRole.FontRole) is None
    for column in range(Column.COUNT):
        assert OWN in cell(page, mine, column, Qt.ItemDataRole.ToolTipRole)
        assert OWN not in (cell(page, theirs, column, Qt.ItemDataRole.ToolTipRole) or "")
    assert OWN in cell(page, mine, Column.ORG_NAME, Qt.ItemDataRole.AccessibleTextRole)
    # Painting the marked row (badge, bold text) works and leaves the others as they were.
    page.table.viewport().grab()
    assert page.model.painted_row(mine)[0][Column.ORG_NAME] == own.organization_name


def test_own_token_note_in_the_edit_dialog(qtbot, session, make_profile, global_key, client):
    me = connect(qtbot, session, make_profile, global_key)
    own = me.access.token
    dialog = open_dialog(qtbot, me, own)
    assert dialog.own_note.isVisible()
    assert OWN in dialog.own_note_label.text()
    dialog.close()

    other = client.create_token(organization_name=unique("Not mine"),
                                organization_id="not-mine").token
    dialog = open_dialog(qtbot, me, other)
    assert not dialog.own_note.isVisible()
    dialog.close()
    assert not open_dialog(qtbot, me).own_note.isVisible()  # a new token is nobody's yet


def test_deleting_own_token_asks_twice_and_no_keeps_it(qtbot, session, make_profile,
                                                       global_key, client):
    me = connect(qtbot, session, make_profile, global_key, name="Mine")
    own = me.access.token
    page = open_page(qtbot, me)
    search_for(qtbot, page, own.organization_id)
    assert page.select_token(own.id)

    boxes = answer_boxes(Yes, No)
    page.delete_selected()
    qtbot.waitUntil(lambda: len(boxes.texts) == 2, timeout=8000)
    assert OWN in boxes.texts[0]
    assert "signed out" in boxes.texts[1] and "“Mine” stops working" in boxes.texts[1]
    assert boxes.titles[1] == "Delete your own API token"
    assert client.get_token(own.id).token.id == own.id  # still there
    assert page.model.row_of(own.id) >= 0

    # No at the first question asks nothing more.
    first_only = answer_boxes(No)
    page.delete_selected()
    assert len(first_only.texts) == 1  # ask() returned: the box was answered
    qtbot.wait(300)
    assert QApplication.activeModalWidget() is None
    assert client.get_token(own.id).token.id == own.id

    # Yes twice deletes it, and the app shows at once that it is signed out.
    done = answer_boxes(Yes, Yes, Ok)
    page.delete_selected()
    qtbot.waitUntil(lambda: len(done.texts) == 3, timeout=8000)
    assert done.texts[2] == "API Token is Deleted"
    with pytest.raises(NotFound):
        client.get_token(own.id)
    qtbot.waitUntil(lambda: me.state == ConnectionState.FAILED, timeout=8000)
    assert page.model.row_of(own.id) < 0


def test_deleting_another_token_asks_once(qtbot, admin, client):
    other = client.create_token(organization_name=unique("Someone else"),
                                organization_id="someone-else").token
    page = open_page(qtbot, admin)
    search_for(qtbot, page, other.organization_name)
    assert page.select_token(other.id)
    boxes = answer_boxes(Yes, Ok)
    page.delete_selected()
    qtbot.waitUntil(lambda: len(boxes.texts) == 2, timeout=8000)
    assert OWN not in boxes.texts[0] and boxes.texts[1] == "API Token is Deleted"
    assert admin.state == ConnectionState.CONNECTED


# -- the scope choice ------------------------------------------------------------------------


def test_scope_choice_is_offered_to_a_global_caller(qtbot, admin, client):
    assert admin.access.token.is_global
    dialog = open_dialog(qtbot, admin)
    assert scope_row_shown(dialog)
    combo = dialog.scope_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Organization", "Global (all organizations)"]
    assert combo.currentData() == SCOPE_ORGANIZATION  # the safe default
    name = unique("Global child")
    type_into(qtbot, dialog.name_edit, name)
    type_into(qtbot, dialog.org_id_edit, "global-child")
    combo.setCurrentIndex(combo.findData(SCOPE_GLOBAL))
    qtbot.waitUntil(lambda: "every organization" in dialog.summary_warnings.text())
    box, _keys = save_and_answer(qtbot, dialog)
    assert box.texts == ["API token added successfully"]
    made = dialog.saved_token
    assert made is not None and made.scope == SCOPE_GLOBAL
    assert client.get_token(made.id).token.scope == SCOPE_GLOBAL

    # Editing it shows its scope; saving another field leaves the scope as it is.
    edit = open_dialog(qtbot, admin, made)
    assert scope_row_shown(edit) and edit.scope_combo.currentData() == SCOPE_GLOBAL
    type_into(qtbot, edit.name_edit, name + " renamed")
    save_and_answer(qtbot, edit)
    after = client.get_token(made.id).token
    assert after.organization_name == name + " renamed" and after.scope == SCOPE_GLOBAL


def test_scope_choice_is_hidden_from_an_organization_caller(qtbot, session, make_profile,
                                                            org_key, client):
    tenant = connect(qtbot, session, make_profile, org_key, name="Tenant")
    mine = tenant.access.token
    assert not mine.is_global
    dialog = open_dialog(qtbot, tenant)
    assert not scope_row_shown(dialog)
    type_into(qtbot, dialog.name_edit, unique("Tenant child"))
    type_into(qtbot, dialog.org_id_edit, mine.organization_id)
    box, _keys = save_and_answer(qtbot, dialog)
    assert box.texts == ["API token added successfully"], box.texts
    made = dialog.saved_token
    assert made is not None and made.scope == SCOPE_ORGANIZATION
    assert client.get_token(made.id).token.scope == SCOPE_ORGANIZATION

    edit = open_dialog(qtbot, tenant, mine)
    assert not scope_row_shown(edit)
    assert OWN in edit.own_note_label.text() and edit.own_note.isVisible()
    edit.close()


# -- a key in the search box -----------------------------------------------------------------


def _record_queries(page: TokensPage) -> list[str]:
    """Every query the grid asks the server for from now on."""
    sent: list[str] = []
    fetch = page.model.fetch_page

    def recording(client: Any, offset: int, limit: int, query: str, sort: Any) -> Any:
        sent.append(query)
        return fetch(client, offset, limit, query, sort)

    page.model.fetch_page = recording  # type: ignore[method-assign]
    return sent


def test_a_whole_key_in_the_search_is_not_sent_and_its_prefix_is_offered(
        qtbot, session, make_profile, global_key):
    me = connect(qtbot, session, make_profile, global_key)
    page = open_page(qtbot, me)
    sent = _record_queries(page)
    prefix = key_prefix(global_key)

    declined = answer_next_box(No)
    page.search_edit.setText(global_key)  # pasted
    page.search_edit.returnPressed.emit()
    qtbot.waitUntil(lambda: len(declined.texts) == 1, timeout=5000)
    assert "whole API key" in declined.texts[0] and "secret" in declined.texts[0]
    assert prefix in declined.texts[0] and global_key not in declined.texts[0]
    qtbot.wait(SEARCH_SETTLE_MS)
    assert all(global_key not in q for q in sent) and page.model.query == ""

    accepted = answer_next_box(Yes)
    page.search_edit.setText(f"  {global_key} ")
    qtbot.waitUntil(lambda: len(accepted.texts) == 1, timeout=5000)
    qtbot.waitUntil(lambda: page.model.query == prefix
                    and page.model.state == LoadState.READY, timeout=8000)
    assert page.search_edit.text() == prefix
    assert [t.id for t in page.model.items] == [me.access.token.id]
    assert all(global_key not in q for q in sent) and prefix in sent


SEARCH_SETTLE_MS = 500  # longer than the search box's debounce


def test_key_search_refusal_is_translated(qtbot, session, make_profile, global_key):
    me = connect(qtbot, session, make_profile, global_key)
    page = open_page(qtbot, me)
    i18n.set_language("de")
    box = answer_next_box(No)
    page.search_edit.setText(global_key)
    page.search_edit.returnPressed.emit()
    qtbot.waitUntil(lambda: len(box.texts) == 1, timeout=5000)
    assert "API-Token" in box.texts[0] or "Schlüssel" in box.texts[0], box.texts
    assert "whole API key" not in box.texts[0]
    assert key_prefix(global_key) in box.texts[0]


def test_the_service_client_refuses_a_key_search_itself():
    from ..helpers.cli import dead_port_url

    key = "cct_" + "A" * 49
    with TokenServerClient(dead_port_url(), key) as c, pytest.raises(SearchHoldsKey) as err:
        c.list_tokens(q=f"find {key} please")
    assert err.value.params["prefix"] == key[:12]
    assert key[:12] in describe(err.value) and key not in describe(err.value)


# -- the new error codes ---------------------------------------------------------------------


@pytest.mark.parametrize("code", ["last_admin", "payload_too_large"])
def test_new_error_codes_read_as_translated_sentences(code):
    from compliance_client.service.errors import LastAdmin, PayloadTooLarge

    cls = {"last_admin": LastAdmin, "payload_too_large": PayloadTooLarge}[code]
    error = cls(409 if code == "last_admin" else 413, code, "english detail", None,
                server_url="http://127.0.0.1:1")
    english = describe(error)
    assert english and "english detail" not in english
    i18n.set_language("de")
    german = describe(error)
    assert german and german != english


# -- names from the server are never rich text -----------------------------------------------


def test_a_tag_in_an_organization_name_is_shown_as_typed(qtbot, admin, client):
    """The server accepts "<" in a name; a message box must not render it as HTML (Bengali
    puts the name first in the delete question, where Qt would guess rich text)."""
    name = "<h1>Big</h1> " + unique("Tagged")
    other = client.create_token(organization_name=name, organization_id="tagged").token
    page = open_page(qtbot, admin)
    search_for(qtbot, page, other.organization_name.split("> ", 1)[1])
    assert page.select_token(other.id)
    i18n.set_language("bn")
    formats: list[Qt.TextFormat] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            formats.append(box.textFormat())
            assert box.text().startswith(name)
            box.button(No).click()
        else:
            QTimer.singleShot(10, look)

    QTimer.singleShot(0, look)
    page.delete_selected()
    assert formats == [Qt.TextFormat.PlainText]
