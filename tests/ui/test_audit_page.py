"""The audit log page against the real token server: the actions just done are listed
(who, from where, what), newest first, fetched page by page by the shared paging base."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from compliance_client.service.client import TokenServerClient
from compliance_client.ui.grid.model import LoadState
from compliance_client.ui.pages.audit_page import AuditColumn, AuditPage, changes_summary
from compliance_client.ui.session import Session

from ..helpers.ui import unique


@pytest.fixture
def restore_policy(client: TokenServerClient) -> Iterator[None]:
    """The UI tests share one server: the next test finds the default policy."""
    from compliance_client.domain.lifecycle import TokenPolicy

    yield
    client.set_policy(TokenPolicy())


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


def test_the_token_lifecycle_reads_as_sentences(qtbot, admin, client, restore_policy):
    from compliance_client.domain.lifecycle import TokenPolicy
    from compliance_client.ui.text import datetime_text

    name = unique("Lifecycle audited")
    token = client.create_token(organization_name=name, organization_id="life").token
    client.suspend_token(token.id)
    client.resume_token(token.id)
    regenerated = client.regenerate_token(token.id, 3600).token
    client.set_policy(TokenPolicy(warn_before_days=7))

    page = open_page(qtbot, admin)
    what = [text(page, r, AuditColumn.WHAT) for r in range(4)]
    assert what[0] == "Changed the token policy: warning before expiry (days): 14 → 7"
    until = datetime_text(regenerated.previous_key_expires_at)
    assert what[1] == (f"Regenerated the key of API token {token.id}: key: "
                       f"{token.key_prefix} → {regenerated.key_prefix}; old key works until: "
                       f"{until}; grace period: 1 hour")
    assert what[2] == (f"Resumed API token {token.id}: status: suspended → active; "
                       "reason: by an administrator → (none)")
    assert what[3] == (f"Suspended API token {token.id}: status: active → suspended; "
                       "reason: by an administrator")


def test_a_leaked_key_report_and_a_rotation_read_as_sentences(qapp):
    from datetime import UTC, datetime

    from compliance_client.domain.records import AuditEntry
    from compliance_client.ui.pages.audit_page import AuditModel

    model = AuditModel.__new__(AuditModel)  # only the texts, no session needed
    AuditModel.__init__(model, session=None)  # type: ignore[arg-type]
    now = datetime.now(UTC)
    leaked = AuditEntry(id=1, at=now, token_id=None, key_prefix="", address="198.51.100.7",
                        action="tokens.revoke_leaked", target="token:42",
                        changes={"status": ["active", "suspended"],
                                 "suspended_reason": [None, "leaked"]})
    assert model.what_text(leaked) == ("Suspended API token 42 after a leaked-key report: "
                                       "status: active → suspended; reason: key reported as "
                                       "leaked")
    assert model.who_text(leaked) == "A report of a leaked key"  # not the server's operator
    rotated = AuditEntry(id=2, at=now, token_id=42, key_prefix="cct_abcdefgh",
                         address="127.0.0.1", action="tokens.rotate_self",
                         target="token:42", changes={})
    assert model.what_text(rotated) == "API token 42 rotated its own key"
    for field in ("name", "description", "owner", "status", "suspended_reason",
                  "previous_key_expires_at", "max_lifetime_days", "require_expiry"):
        summary = changes_summary("tokens.update", {field: [None, "x"]})
        assert "_" not in summary.split(":")[0], summary


# -- export to CSV (issue 18) ---------------------------------------------------------------


def filter_by_token(qtbot: Any, page: AuditPage, token_id: int) -> None:
    from ..helpers.ui import type_into

    type_into(qtbot, page.token_edit, str(token_id))
    qtbot.keyClick(page.token_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.filters.token_id == token_id
                    and page.model.state == LoadState.READY
                    and not page.model.is_fetching(), timeout=8000)


def test_the_audit_csv_holds_every_entry_of_the_filter(qtbot, admin, client, tmp_path):
    import json

    from compliance_client.domain.csv_export import AUDIT_COLUMNS, audit_row, read_csv
    from compliance_client.domain.filters import AuditFilter

    from ..helpers.ui import answer_next_box

    # Unicode, commas, quotes and a formula in what changed: the file keeps them exactly.
    name = unique('Ünïcode, "quoted" & 名前 ٣')
    token = client.create_token(organization_name=name, organization_id="csv").token
    token = client.update_token(token.id, if_match=token, organization_name="=1+2, ok",
                                allowed_ips=["10.0.0.0/8", "192.0.2.0/24"])
    client.suspend_token(token.id)
    page = open_page(qtbot, admin, page_size=2)  # the grid has read only part of it
    filter_by_token(qtbot, page, token.id)
    folder = tmp_path / "export"
    folder.mkdir()
    path = folder / "audit.csv"
    box = answer_next_box()
    export = page.export_to(path)
    assert export is not None
    qtbot.waitUntil(lambda: page.exported is not None, timeout=8000)
    qtbot.waitUntil(lambda: bool(box.texts), timeout=5000)
    assert box.texts == ["3 entries were written.\n" + str(path)]

    expected = list(client.iter_audit(filters=AuditFilter(token_id=token.id)))
    with path.open(encoding="utf-8", newline="") as stream:
        rows = read_csv(stream)
    assert [list(r.values()) for r in rows] == [audit_row(e) for e in expected]
    assert list(rows[0]) == list(AUDIT_COLUMNS) and len(rows) == 3
    created = json.loads(rows[2]["changes"])
    assert created["organization_name"] == [None, name]
    changed = json.loads(rows[1]["changes"])
    assert changed["organization_name"] == [name, "=1+2, ok"]
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # a spreadsheet reads UTF-8
    assert [p.name for p in folder.iterdir()] == ["audit.csv"]  # no temporary file left


def test_a_cancelled_export_leaves_no_file(qtbot, admin, client, tmp_path, monkeypatch):
    import threading

    gate = threading.Event()
    original = TokenServerClient.audit

    def slow(self: TokenServerClient, *args: Any, **kw: Any) -> Any:
        gate.wait(8)  # the export is under way when the user cancels
        return original(self, *args, **kw)

    page = open_page(qtbot, admin)
    monkeypatch.setattr(TokenServerClient, "audit", slow)
    folder = tmp_path / "export"
    folder.mkdir()
    path = folder / "audit.csv"
    export = page.export_to(path)
    assert export is not None and not page.export_action.isEnabled()
    from PySide6.QtWidgets import QPushButton

    cancel = export.dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Cancel"
    cancel.click()  # the progress dialog's Cancel
    gate.set()
    qtbot.waitUntil(lambda: page.export is None, timeout=8000)
    assert list(folder.iterdir()) == [] and page.exported is None
    assert page.export_action.isEnabled()

    # Cancelled over an older file: the older file stays as it was.
    path.write_text("older", encoding="utf-8")
    gate.clear()
    export = page.export_to(path)
    assert export is not None
    export.cancel()
    gate.set()
    qtbot.waitUntil(lambda: page.export is None, timeout=8000)
    assert path.read_text(encoding="utf-8") == "older"
    assert [p.name for p in folder.iterdir()] == ["audit.csv"]
