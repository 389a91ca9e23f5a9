"""The audit page's filters against the real token server: each one narrows the list
exactly as the server does for the same AuditFilter (issue 18), a key prefix finds its
token, and Clear brings the whole log back."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import Qt

from compliance_client.domain.filters import AuditFilter
from compliance_client.domain.records import AuditEntry
from compliance_client.service.client import TokenServerClient
from compliance_client.ui.grid.model import LoadState
from compliance_client.ui.pages.audit_page import AuditPage, action_name, day_end, day_start
from compliance_client.ui.session import Session
from compliance_client.ui.text import day_text

from ..helpers.ui import type_into, unique


def open_page(qtbot: Any, session: Session) -> AuditPage:
    page = AuditPage(session, page_size=500)
    qtbot.addWidget(page)
    page.resize(1200, 500)
    page.show()
    settle(qtbot, page)
    return page


def settle(qtbot: Any, page: AuditPage) -> None:
    qtbot.waitUntil(lambda: page.model.state == LoadState.READY
                    and not page.model.is_fetching(), timeout=8000)


def shown_ids(qtbot: Any, page: AuditPage) -> list[int]:
    settle(qtbot, page)
    while page.model.canFetchMore():
        page.model.fetchMore()
        settle(qtbot, page)
    return [e.id for e in page.model.items]


def server_ids(client: TokenServerClient, f: AuditFilter) -> list[int]:
    return [e.id for e in client.iter_audit(filters=f)]


def about(entry: AuditEntry, token_id: int) -> bool:
    return entry.token_id == token_id or entry.target == f"token:{token_id}"


def history(client: TokenServerClient) -> tuple[Any, Any]:
    """Token A created, changed, suspended and resumed; token B created and deleted."""
    a = client.create_token(organization_name=unique("Filter A"), organization_id="fa").token
    a = client.update_token(a.id, if_match=a, name="renamed")
    client.suspend_token(a.id)
    client.resume_token(a.id)
    b = client.create_token(organization_name=unique("Filter B"), organization_id="fb").token
    client.delete_token(b.id)
    return a, b


def choose_action(page: AuditPage, action: str | None) -> None:
    page.action_combo.setCurrentIndex(page.action_combo.findData(action))


def type_day(qtbot: Any, edit: Any, day: date) -> None:
    type_into(qtbot, edit.edit, day_text(day))
    qtbot.keyClick(edit.edit, Qt.Key.Key_Return)


def test_the_token_filter_lists_what_the_server_lists(qtbot, admin, client):
    a, _b = history(client)
    page = open_page(qtbot, admin)
    everything = page.model.total
    type_into(qtbot, page.token_edit, str(a.id))
    qtbot.keyClick(page.token_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.filters.token_id == a.id, timeout=5000)
    ids = shown_ids(qtbot, page)
    assert ids == server_ids(client, AuditFilter(token_id=a.id))
    assert len(ids) == 4 < everything  # created, changed, suspended, resumed
    assert all(about(e, a.id) for e in page.model.items)
    assert page.grid.footer_label.text() == "4 entries"


def test_the_action_filter_lists_what_the_server_lists(qtbot, admin, client):
    history(client)
    page = open_page(qtbot, admin)
    everything = page.model.total
    choose_action(page, "tokens.suspend")
    assert page.action_combo.currentText() == "Suspended API token"  # the log's own words
    qtbot.waitUntil(lambda: page.model.filters.action == "tokens.suspend", timeout=5000)
    ids = shown_ids(qtbot, page)
    assert ids == server_ids(client, AuditFilter(action="tokens.suspend"))
    assert 0 < len(ids) < everything
    assert {e.action for e in page.model.items} == {"tokens.suspend"}


def test_the_date_filters_mean_whole_local_days(qtbot, admin, client):
    history(client)
    page = open_page(qtbot, admin)
    today = date.today()
    type_day(qtbot, page.since_edit, today)
    qtbot.waitUntil(lambda: page.model.filters.since == day_start(today), timeout=5000)
    ids = shown_ids(qtbot, page)
    assert ids and ids == server_ids(client, AuditFilter(since=day_start(today)))
    assert all(e.at >= day_start(today) for e in page.model.items)

    # To yesterday as well: nothing done today is left, and the server agrees.
    type_day(qtbot, page.until_edit, today - timedelta(days=1))
    assert "after" in page.filter_note.text()  # from after to: said, not sent
    assert page.model.filters.until is None
    type_day(qtbot, page.since_edit, today - timedelta(days=400))
    yesterday_end = day_end(today - timedelta(days=1))
    qtbot.waitUntil(lambda: page.model.filters.until == yesterday_end, timeout=5000)
    assert not page.filter_note.isVisible()
    ids = shown_ids(qtbot, page)
    assert ids == server_ids(client, AuditFilter(since=day_start(today - timedelta(days=400)),
                                                 until=yesterday_end))
    assert all(e.at < yesterday_end for e in page.model.items)


def test_filters_combine_and_clear_brings_the_whole_log_back(qtbot, admin, client):
    a, _b = history(client)
    page = open_page(qtbot, admin)
    everything = page.model.total
    type_into(qtbot, page.token_edit, str(a.id))
    qtbot.keyClick(page.token_edit, Qt.Key.Key_Return)
    choose_action(page, "tokens.update")
    wanted = AuditFilter(token_id=a.id, action="tokens.update")
    qtbot.waitUntil(lambda: page.model.filters == wanted, timeout=5000)
    assert shown_ids(qtbot, page) == server_ids(client, wanted)
    assert len(page.model.items) == 1

    qtbot.mouseClick(page.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.filters.is_empty, timeout=5000)
    settle(qtbot, page)
    assert page.model.total >= everything
    assert page.token_edit.text() == "" and page.action_combo.currentIndex() == 0


def test_a_key_prefix_finds_its_token_and_a_whole_key_is_never_sent(qtbot, admin, client):
    a, _b = history(client)
    issued = client.regenerate_token(a.id)
    page = open_page(qtbot, admin)
    type_into(qtbot, page.token_edit, issued.token.key_prefix)
    qtbot.keyClick(page.token_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.filters.token_id == a.id, timeout=5000)
    assert shown_ids(qtbot, page) == server_ids(client, AuditFilter(token_id=a.id))

    page.clear_filters()
    type_into(qtbot, page.token_edit, issued.key)
    qtbot.keyClick(page.token_edit, Qt.Key.Key_Return)
    assert page.token_edit.text() == issued.token.key_prefix  # the key itself is gone
    qtbot.waitUntil(lambda: page.model.filters.token_id == a.id, timeout=5000)

    type_into(qtbot, page.token_edit, "cct_NoSuchKey")
    qtbot.keyClick(page.token_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.filter_note.isVisible(), timeout=5000)
    assert page.filter_note.text() == "No token's key starts with cct_NoSuchKey."
    assert page.model.filters.token_id == a.id  # the list keeps its last filter


def test_an_unreadable_date_is_said_and_not_sent(qtbot, admin, client):
    page = open_page(qtbot, admin)
    type_into(qtbot, page.since_edit.edit, "31/31/31")
    qtbot.keyClick(page.since_edit.edit, Qt.Key.Key_Return)
    assert page.filter_note.isVisible()
    assert page.filter_note.text().startswith("Type a date like")
    assert page.since_edit.edit.property("invalid")
    assert page.model.filters.is_empty


def test_every_action_has_a_readable_name():
    from compliance_client.ui.pages.audit_page import action_templates

    for action in action_templates():
        name = action_name(action)
        assert "%" not in name and "_" not in name and "  " not in name, name
    assert action_name("tokens.rotate_self") == "API token rotated its own key"
