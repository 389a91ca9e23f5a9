"""The audit log page: who did what, from where and when, newest first, paged by the server.

It uses the same paging base as the token grid (:mod:`..grid`), so scrolling to the
bottom fetches the next page in the background and the empty, loading and error states are
drawn in the grid the same way.
"""

from __future__ import annotations

import json
from collections.abc import Hashable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QToolBar, QVBoxLayout, QWidget

from ...domain.records import AuditEntry
from ...domain.tokens import parse_instant
from ..grid.model import DEFAULT_PAGE_SIZE, PagedTableModel
from ..grid.view import PagedGrid
from ..i18n import translate
from ..key_dialog import grace_text
from ..text import datetime_text, fill
from ..widgets import PageTitle

if TYPE_CHECKING:
    from ...service.client import TokenServerClient
    from ..session import Session

SUMMARY_LENGTH = 160


def field_label(name: str) -> str:
    """A token, device or policy field as a person calls it."""
    labels = {
        "name": translate("AuditModel", "name"),
        "description": translate("AuditModel", "description"),
        "owner": translate("AuditModel", "owner"),
        "suspended_reason": translate("AuditModel", "reason"),
        "previous_key_expires_at": translate("AuditModel", "old key works until"),
        "grace_seconds": translate("AuditModel", "grace period"),
        "created_by": translate("AuditModel", "created by"),
        "bound_devices": translate("AuditModel", "devices"),
        "max_lifetime_days": translate("AuditModel", "maximum lifetime (days)"),
        "require_expiry": translate("AuditModel", "expire date required"),
        "require_ip_restriction": translate("AuditModel", "IP restriction required"),
        "default_lifetime_days": translate("AuditModel", "default lifetime (days)"),
        "warn_before_days": translate("AuditModel", "warning before expiry (days)"),
        "organization_name": translate("AuditModel", "organization name"),
        "organization_id": translate("AuditModel", "organization ID"),
        "key_prefix": translate("AuditModel", "key"),
        "allowed_endpoints": translate("AuditModel", "allowed endpoints"),
        "blocked_endpoints": translate("AuditModel", "blocked endpoints"),
        "allowed_ips": translate("AuditModel", "allowed IPs"),
        "blocked_ips": translate("AuditModel", "blocked IPs"),
        "expires_at": translate("AuditModel", "expiry"),
        "scope": translate("AuditModel", "scope"),
        "status": translate("AuditModel", "status"),
        "hostname": translate("AuditModel", "host name"),
        "profile_name": translate("AuditModel", "profile name"),
    }
    return labels.get(name, name)


def _value(value: Any, name: str = "") -> str:
    words = {  # the server's words for a device's or token's status and a token's scope
        ("status", "active"): translate("AuditModel", "active"),
        ("status", "disabled"): translate("AuditModel", "disabled"),
        ("status", "suspended"): translate("AuditModel", "suspended"),
        ("suspended_reason", "admin"): translate("AuditModel", "by an administrator"),
        ("suspended_reason", "leaked"): translate("AuditModel", "key reported as leaked"),
        ("scope", "global"): translate("AuditModel", "all organizations"),
        ("scope", "organization"): translate("AuditModel", "own organization"),
    }
    if isinstance(value, str) and (name, value) in words:
        return words[(name, value)]
    if value is None:
        return translate("AuditModel", "(none)")
    if isinstance(value, bool):
        return translate("AuditModel", "yes") if value else translate("AuditModel", "no")
    if name == "grace_seconds" and isinstance(value, int):
        return grace_text(value)
    if name == "previous_key_expires_at" and isinstance(value, str):
        try:
            return datetime_text(parse_instant(value)) or value
        except ValueError:  # not an instant: shown as the server wrote it
            return value
    if isinstance(value, list):
        if not value:
            return translate("AuditModel", "(empty)")
        shown = ", ".join(str(v) for v in value[:3])
        return shown + (
            fill(translate("AuditModel", " +%1 more"), len(value) - 3) if len(value) > 3 else ""
        )
    return str(value)


def changes_summary(action: str, changes: dict[str, Any]) -> str:
    """A short line of what changed: "organization name: Acme → Acme Ltd; allowed IPs: …"."""
    if action in ("tokens.delete", "tokens.create"):
        # Every field is new (or gone): naming the organization says enough.
        pair = changes.get("organization_name")
        if isinstance(pair, list) and len(pair) == 2:
            return str(pair[1] if action == "tokens.create" else pair[0])
    parts: list[str] = []
    for name, pair in changes.items():
        if isinstance(pair, list) and len(pair) == 2:
            old, new = pair
            if old is None:
                parts.append(
                    fill(translate("AuditModel", "%1: %2"), field_label(name), _value(new, name))
                )
            else:
                parts.append(
                    fill(
                        translate("AuditModel", "%1: %2 → %3"),
                        field_label(name),
                        _value(old, name),
                        _value(new, name),
                    )
                )
        else:
            parts.append(field_label(name))
    text = "; ".join(parts)
    return text if len(text) <= SUMMARY_LENGTH else text[: SUMMARY_LENGTH - 1] + "…"


def action_text(entry: AuditEntry) -> str:
    """The action and its target as a sentence ("Changed API token 5")."""
    _kind, _, ident = entry.target.partition(":")
    texts = {
        "tokens.create": translate("AuditModel", "Added API token %1"),
        "tokens.update": translate("AuditModel", "Changed API token %1"),
        "tokens.regenerate": translate("AuditModel", "Regenerated the key of API token %1"),
        "tokens.delete": translate("AuditModel", "Deleted API token %1"),
        "devices.register": translate("AuditModel", "Registered device %1"),
        "devices.disable": translate("AuditModel", "Disabled device %1"),
        "devices.enable": translate("AuditModel", "Enabled device %1"),
        "tokens.suspend": translate("AuditModel", "Suspended API token %1"),
        "tokens.resume": translate("AuditModel", "Resumed API token %1"),
        "tokens.rotate_self": translate("AuditModel", "API token %1 rotated its own key"),
        "tokens.revoke_leaked": translate("AuditModel",
                                          "Suspended API token %1 after a leaked-key report"),
        "policy.update": translate("AuditModel", "Changed the token policy"),
    }
    template = texts.get(entry.action)
    if template is None or (not ident and "%1" in template):
        return f"{entry.action} {entry.target}".strip()
    return fill(template, ident)


class AuditColumn:
    WHEN = 0
    WHO = 1
    WHERE = 2
    WHAT = 3


class AuditModel(PagedTableModel[AuditEntry]):
    """The audit log (``audit.read``), newest first as the server orders it."""

    def __init__(
        self, session: Session, *, page_size: int = DEFAULT_PAGE_SIZE, parent: QObject | None = None
    ) -> None:
        super().__init__(session, page_size=page_size, parent=parent)

    def fetch_page(
        self, client: TokenServerClient, offset: int, limit: int, query: str, sort: str | None
    ) -> tuple[Sequence[AuditEntry], int]:
        page = client.audit(offset=offset, limit=limit)
        return page.items, page.total

    def item_key(self, item: AuditEntry) -> Hashable:
        return item.id

    def column_titles(self) -> list[str]:
        return [self.tr("When"), self.tr("Who"), self.tr("From where"), self.tr("What")]

    def empty_text(self) -> str:
        return self.tr("The audit log is empty.")

    def count_text(self) -> str:
        total, loaded = self.total, len(self.items)
        if loaded < total:
            return fill(self.tr("Showing %1 of %2 entries"), loaded, total)
        if total == 1:
            return self.tr("1 entry")
        return self.tr("%n entries", "", total)

    def who_text(self, e: AuditEntry) -> str:
        if e.token_id is None and e.action == "tokens.revoke_leaked":
            # Reported without a token (a secret scanner): nobody known, only the address.
            return self.tr("A report of a leaked key")
        if e.token_id is None:
            return self.tr("Server administrator (on the server)")
        if e.key_prefix:
            return fill(self.tr("%1… (token %2)"), e.key_prefix, e.token_id)
        return fill(self.tr("Token %1"), e.token_id)

    def what_text(self, e: AuditEntry) -> str:
        action = action_text(e)
        summary = changes_summary(e.action, e.changes) if e.changes else ""
        return fill(self.tr("%1: %2"), action, summary) if summary else action

    def cell(self, item: AuditEntry, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == AuditColumn.WHEN:
                return datetime_text(item.at)
            if column == AuditColumn.WHO:
                return self.who_text(item)
            if column == AuditColumn.WHERE:
                return item.address
            if column == AuditColumn.WHAT:
                return self.what_text(item)
        if role == Qt.ItemDataRole.ToolTipRole and column == AuditColumn.WHAT and item.changes:
            return (
                action_text(item)
                + "\n"
                + json.dumps(item.changes, indent=1, ensure_ascii=False)[:2000]
            )
        if role == Qt.ItemDataRole.UserRole:
            return item
        return None


class AuditPage(QWidget):
    """The audit log in a paged grid; loads again each time it is shown."""

    def __init__(
        self, session: Session, parent: QWidget | None = None, *, page_size: int = DEFAULT_PAGE_SIZE
    ) -> None:
        super().__init__(parent)
        self.setObjectName("auditPage")
        self.session = session
        self.title = PageTitle(self)
        self.model = AuditModel(session, page_size=page_size, parent=self)
        self.grid = PagedGrid(self.model, self)
        self.table = self.grid.table
        self.grid.set_column_widths([20, 26, 16, 60])
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        # Window-wide, so F5 works right after the page was chosen in the navigation; Qt
        # ignores it while the page is hidden behind another.
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.refresh_action.triggered.connect(self.refresh)
        self.addAction(self.refresh_action)
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.refresh_action)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.grid, 1)
        session.profile_changed.connect(self._profile_changed)
        self.retranslate()

    def activate(self) -> None:
        """Shown by the main window: the log grows all the time, so read it again."""
        if self.model.started and not self.model.is_fetching():
            self.model.reload()
        else:
            self.model.ensure_loaded()

    def showEvent(self, event: Any) -> None:
        self.model.ensure_loaded()
        super().showEvent(event)

    def refresh(self) -> None:
        self.model.reload()

    def _profile_changed(self) -> None:
        if self.model.started:
            self.model.reload()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Audit log"))
        self.refresh_action.setText(self.tr("Refre&sh"))
        self.refresh_action.setToolTip(self.tr("Load the log again (F5)"))
        self.table.setAccessibleName(self.tr("Audit log"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
