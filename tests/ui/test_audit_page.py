"""The audit log page against the real token server: the actions just done are listed
(who, from where, what), newest first, fetched page by page by the shared paging base."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from compliance_client.service.client import TokenServerClient
from compliance_client.ui.grid.model import LoadState
from compliance_client.ui.pages.audit_page import AuditColumn, AuditPage, changes_summary
from compliance_client.ui.session import Session

from ..helpers.ui import unique


def open_page(qtbot: Any, session: Session, **kw: Any) -> AuditPage:
    page = AuditPage(session, **kw)
    qtbot.addWidget(page)
    page.resize(1000, 400)
    page.show()
    qtbot.waitUntil(lambda: page.model.state == LoadState.READY
                    and not page.model.is_fetching(), timeout=8000)
    return page


def text(page: AuditPage, row: int, column: int) -> str:
    return page.model.data(page.model.index(row, column), Qt.ItemDataRole.DisplayRole)


def test_audit_page_lists_the_actions_just_done(qtbot, admin, ui_server):
    name = unique("Audited")
    with TokenServerClient(ui_server.url, ui_server.admin_key) as c:
        admin_prefix = c.verify().token.key_prefix
        admin_id = c.verify().token.id
        token = c.create_token(organization_name=name, organization_id="audited").token
        c.update_token(token.id, if_match=token, organization_name=name + " Ltd",
                       allowed_ips=["10.0.0.0/8"])
        regenerated = c.regenerate_token(token.id).token
        c.delete_token(token.id)

    page = open_page(qtbot, admin)
    what = [text(page, r, AuditColumn.WHAT) for r in range(4)]
    assert what == [
        f"Deleted API token {token.id}: {name} Ltd",
        f"Regenerated the key of API token {token.id}: key: {token.key_prefix} → "
        f"{regenerated.key_prefix}",
        f"Changed API token {token.id}: organization name: {name} → {name} Ltd; "
        "allowed IPs: (empty) → 10.0.0.0/8",
        f"Added API token {token.id}: {name}",
    ]
    for row in range(4):
        assert text(page, row, AuditColumn.WHO) == f"{admin_prefix}… (token {admin_id})"
        assert text(page, row, AuditColumn.WHERE) == "127.0.0.1"
        assert text(page, row, AuditColumn.WHEN)  # the local time, in the locale's format
    ids = [e.id for e in page.model.items]
    assert ids == sorted(ids, reverse=True)  # newest first


def test_audit_page_fetches_more_as_it_scrolls(qtbot, admin, ui_server):
    with TokenServerClient(ui_server.url, ui_server.admin_key) as c:
        for n in range(12):
            c.create_token(organization_name=unique(f"Audit paging {n}"), organization_id="ap")
        total = c.audit(limit=1).total
    page = open_page(qtbot, admin, page_size=5)
    # the view asks for pages until its viewport is full, then one more per scroll
    before = page.model.rowCount()
    assert 5 <= before < total
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > before, timeout=8000)
    qtbot.waitUntil(lambda: not page.model.is_fetching(), timeout=8000)
    ids = [e.id for e in page.model.items]
    assert len(ids) == len(set(ids)) and ids == sorted(ids, reverse=True)
    rows, total = page.model.rowCount(), page.model.total
    assert page.grid.footer_label.text() == (
        f"Showing {rows} of {total} entries" if rows < total else f"{total} entries")


def test_activating_the_page_reads_the_log_again(qtbot, admin, ui_server):
    page = open_page(qtbot, admin)
    name = unique("Later action")
    with TokenServerClient(ui_server.url, ui_server.admin_key) as c:
        c.create_token(organization_name=name, organization_id="later")
    page.activate()
    qtbot.waitUntil(lambda: page.model.state == LoadState.READY
                    and not page.model.is_fetching(), timeout=8000)
    assert text(page, 0, AuditColumn.WHAT).endswith(f": {name}")


def test_changes_summary_is_short():
    long = {"allowed_ips": [None, [f"10.{n}.0.0/16" for n in range(200)]],
            "organization_name": ["A" * 100, "B" * 100]}
    summary = changes_summary("tokens.update", long)
    assert len(summary) <= 160 and summary.endswith("…")
    assert summary.startswith("allowed IPs: 10.0.0.0/16, 10.1.0.0/16, 10.2.0.0/16 +197 more")


def test_every_field_the_server_audits_has_a_name_a_person_reads() -> None:
    # Each field name the server writes into an audit entry's changes (issue 15: the page
    # showed the raw "profile_name").
    for name in ("organization_name", "organization_id", "key_prefix", "allowed_endpoints",
                 "blocked_endpoints", "allowed_ips", "blocked_ips", "expires_at", "scope",
                 "status", "hostname", "profile_name"):
        summary = changes_summary("devices.register", {name: [None, "x"]})
        assert "_" not in summary.split(":")[0], summary
    assert changes_summary("devices.disable", {"status": ["active", "disabled"]}) == (
        "status: active → disabled")
