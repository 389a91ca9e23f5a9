"""Bulk actions on several selected rows of the token grid (issue 18, ARCHITECTURE §12),
against the real server: one question naming the count, the requests one by one with a
progress dialog and Cancel, a failing row never stops the rest, a summary of what failed and
why, and the signed-in token never suspended or deleted along with others."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from compliance_client.domain.tokens import SCOPE_GLOBAL
from compliance_client.service.client import TokenServerClient
from compliance_client.ui.pages.tokens_page import TokensPage

from ..helpers.ui import answer_boxes, connect, open_tokens_page, search_tokens, unique

Yes = QMessageBox.StandardButton.Yes
No = QMessageBox.StandardButton.No
Ok = QMessageBox.StandardButton.Ok
LOOPBACK = ["127.0.0.0/8"]


def make_tokens(client: TokenServerClient, tag: str, count: int, **fields: Any) -> list[Any]:
    return [client.create_token(organization_name=f"{tag} {i:02d}", organization_id="bulk",
                                **fields).token for i in range(count)]


def select_all_rows(qtbot: Any, page: TokensPage) -> None:
    """Click the first row, Shift+click the last: what a user does to pick them all."""
    model = page.model
    first = page.table.visualRect(model.index(0, 0)).center()
    last = page.table.visualRect(model.index(model.rowCount() - 1, 0)).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ShiftModifier, pos=last)
    assert len(page.selected_tokens()) == model.rowCount()


def select_rows(page: TokensPage, ids: list[int]) -> None:
    selection = QItemSelection()
    for token_id in ids:
        index = page.model.index(page.model.row_of(token_id), 0)
        selection.select(index, index)
    page.table.selectionModel().select(
        selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)


def wait_done(qtbot: Any, page: TokensPage, boxes: Any, count: int) -> None:
    qtbot.waitUntil(lambda: len(boxes.texts) == count and not page.busy, timeout=10000)


def test_bulk_suspend_goes_on_past_a_refused_row_and_names_it(
        qtbot: Any, session: Any, make_profile: Any, issue_token: Any,
        client: TokenServerClient) -> None:
    # The caller reaches only loopback addresses: a token usable from anywhere reaches
    # further than it, so suspending that one is refused (403 privilege_escalation).
    caller = issue_token(scope=SCOPE_GLOBAL, allowed_ips=LOOPBACK)
    connect(qtbot, session, make_profile, caller)
    tag = unique("Bulk suspend")
    first, wide, last = (make_tokens(client, tag, 1, allowed_ips=["127.0.0.1"])[0],
                         client.create_token(organization_name=f"{tag} 01",
                                             organization_id="bulk").token,
                         client.create_token(organization_name=f"{tag} 02",
                                             organization_id="bulk",
                                             allowed_ips=["127.0.0.1"]).token)
    page = open_tokens_page(qtbot, session)
    search_tokens(qtbot, page, tag)
    select_all_rows(qtbot, page)
    assert page.suspend_action.isEnabled() and not page.edit_action.isEnabled()

    boxes = answer_boxes(Yes, Ok)
    page.suspend_action.trigger()
    wait_done(qtbot, page, boxes, 2)
    assert boxes.titles == ["Suspend API tokens", "Suspend API tokens"]
    assert "Suspend 3 API tokens?" in boxes.texts[0]
    summary = boxes.texts[1]
    assert "2 API tokens changed." in summary
    assert f"ID {wide.id}, {tag} 01" in summary and "may not reach further" in summary
    assert f"ID {first.id}," not in summary and f"ID {last.id}," not in summary
    # The server did the others, and the grid shows it.
    assert client.get_token(first.id).token.is_suspended
    assert client.get_token(last.id).token.is_suspended
    assert not client.get_token(wide.id).token.is_suspended
    statuses = {page.model.token(r).id: page.model.index(r, 2).data()
                for r in range(page.model.rowCount())}
    assert statuses == {first.id: "Suspended", wide.id: "Active", last.id: "Suspended"}


def test_extend_expiry_reports_a_row_changed_meanwhile(qtbot: Any, admin: Any,
                                                       client: TokenServerClient) -> None:
    tag = unique("Bulk extend")
    start = datetime.now(UTC) + timedelta(days=10)
    tokens = make_tokens(client, tag, 3, expires_at=start)
    never = make_tokens(client, f"{tag} never", 1)[0]
    page = open_tokens_page(qtbot, admin)
    search_tokens(qtbot, page, tag)
    select_all_rows(qtbot, page)
    # Someone else changes one token after the grid read it: its version is stale (412).
    stale = tokens[1]
    client.update_token(stale.id, if_match=stale.version, owner="someone else")

    boxes = answer_boxes(Yes, Ok)  # +30 days is the first choice
    page.extend_action.trigger()
    wait_done(qtbot, page, boxes, 2)
    assert "Extend the expiry of 4 API tokens?" in boxes.texts[0]
    summary = boxes.texts[1]
    assert "2 API tokens changed." in summary
    assert f"ID {stale.id}" in summary and "changed by someone else" in summary
    assert f"ID {never.id}" in summary and "it never expires" in summary
    for token in (tokens[0], tokens[2]):
        moved = client.get_token(token.id).token.expires_at
        assert moved is not None and abs(moved - (start + timedelta(days=30))).total_seconds() < 5
    assert client.get_token(stale.id).token.expires_at == tokens[1].expires_at
    assert client.get_token(never.id).token.expires_at is None


def test_cancel_stops_a_bulk_suspend_midway(qtbot: Any, admin: Any,
                                            client: TokenServerClient) -> None:
    tag = unique("Bulk cancel")
    tokens = make_tokens(client, tag, 8)
    page = open_tokens_page(qtbot, admin)
    search_tokens(qtbot, page, tag)
    select_all_rows(qtbot, page)

    boxes = answer_boxes(Yes)
    run = page.bulk_suspend()  # returns once asked, with the first request on its way
    assert run is not None and run.dialog is not None and run.dialog.isVisible()
    cancel = run.dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    run.item_done.connect(lambda *_: cancel.isVisible() and cancel.click())
    summary = answer_boxes(Ok)
    qtbot.waitUntil(lambda: len(summary.texts) == 1, timeout=10000)
    assert boxes.texts and "Suspend 8 API tokens?" in boxes.texts[0]
    suspended = [t for t in tokens if client.get_token(t.id).token.is_suspended]
    left = len(tokens) - len(suspended)
    assert 1 <= len(suspended) < len(tokens)
    assert f"Cancelled: {left} API tokens were not changed." in summary.texts[0]
    assert not page.busy and page.add_action.isEnabled()


def test_bulk_delete_asks_once_with_the_count(qtbot: Any, admin: Any,
                                              client: TokenServerClient) -> None:
    tag = unique("Bulk delete")
    tokens = make_tokens(client, tag, 3)
    page = open_tokens_page(qtbot, admin)
    search_tokens(qtbot, page, tag)
    select_all_rows(qtbot, page)

    boxes = answer_boxes(No)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)  # Del on a selection of three
    qtbot.waitUntil(lambda: len(boxes.texts) == 1, timeout=5000)
    assert boxes.titles == ["Delete API tokens"] and "Delete 3 API tokens?" in boxes.texts[0]
    assert not page.busy and page.model.rowCount() == 3  # No: nothing sent

    boxes = answer_boxes(Yes, Ok)
    page.delete_selected()
    wait_done(qtbot, page, boxes, 2)
    assert boxes.titles[1] == "Delete API tokens" and "3 API tokens changed." in boxes.texts[1]
    assert page.model.rowCount() == 0
    assert not [t for t in tokens if client.list_tokens(q=t.organization_name).items]


@pytest.fixture
def own_admin_key(ui_server: Any) -> str:
    """A global administrator token of its own (the shared one stays the last admin)."""
    from compliance_client.server.bootstrap import issue_admin_token

    name = unique("Bulk own")
    return issue_admin_token(ui_server.db_url, name, "bulk-own", scope=SCOPE_GLOBAL)


def test_a_bulk_suspend_leaves_the_signed_in_token_out(
        qtbot: Any, session: Any, make_profile: Any, own_admin_key: str,
        client: TokenServerClient) -> None:
    me = connect(qtbot, session, make_profile, own_admin_key, name="Mine")
    own = me.access.token
    other = client.create_token(organization_name=f"{own.organization_name} other",
                                organization_id="bulk-own").token
    page = open_tokens_page(qtbot, me)
    search_tokens(qtbot, page, own.organization_name)
    assert page.model.rowCount() == 2
    select_rows(page, [own.id, other.id])

    boxes = answer_boxes(Yes, Ok)
    page.suspend_action.trigger()
    wait_done(qtbot, page, boxes, 2)
    assert "Suspend 1 API token?" in boxes.texts[0]  # English plural forms (en.ts)
    assert "The token you are signed in with is selected too: it is left out" in boxes.texts[0]
    assert "left out" in boxes.texts[1]
    assert client.get_token(other.id).token.is_suspended
    assert not client.get_token(own.id).token.is_suspended
