"""The audit log page: who did what, from where and when, newest first, paged by the server.

It uses the same paging base as the token grid (:mod:`..grid`), so scrolling to the
bottom fetches the next page in the background and the empty, loading and error states are
drawn in the grid the same way.

Above the log, filters (ARCHITECTURE §12): a token, an action, a from and a to day (whole
days in the user's zone). They are the server's filters (``audit.read``'s ``token_id``,
``action``, ``since``, ``until``), sent as an :class:`AuditFilter`; the page filters nothing
itself. The token field takes an ID or the start of a key: the log cannot be filtered by
key, so a prefix is looked up in the token list and must name one token. Export to CSV
writes every entry of the current filter, in the background, to a temporary file that
replaces the chosen one only when complete.
"""

from __future__ import annotations

import json
from collections.abc import Hashable, Sequence
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...domain.csv_export import AUDIT_COLUMNS, audit_row
from ...domain.filters import AuditFilter
from ...domain.keys import whole_key_prefix
from ...domain.records import AuditEntry
from ...domain.tokens import parse_instant
from ..date_edit import DateEdit, format_example
from ..errors import describe
from ..export import CsvExport, ExportResult, FetchPage, Page
from ..grid.model import DEFAULT_PAGE_SIZE, PagedTableModel
from ..grid.view import PagedGrid
from ..i18n import translate
from ..key_dialog import grace_text
from ..messages import inform, warn
from ..tasks import Busy
from ..text import datetime_text, fill, user_zone
from ..widgets import PageTitle, WrappedLabel, mark_invalid, plain_button

if TYPE_CHECKING:
    from ...service.client import TokenServerClient
    from ..session import Session

SUMMARY_LENGTH = 160
#: Wait this long after the last key in the token field before asking the server.
SEARCH_DELAY_MS = 300
#: Entries per request of an export (the server's largest page).
EXPORT_PAGE_SIZE = 200


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


def action_templates() -> dict[str, str]:
    """Each action the server audits, as a translated sentence about its target ``%1``."""
    return {
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


def action_text(entry: AuditEntry) -> str:
    """The action and its target as a sentence ("Changed API token 5")."""
    _kind, _, ident = entry.target.partition(":")
    template = action_templates().get(entry.action)
    if template is None or (not ident and "%1" in template):
        return f"{entry.action} {entry.target}".strip()
    return fill(template, ident)


def action_name(action: str) -> str:
    """An action without its target, for the action filter ("Changed API token"): the
    sentence of :func:`action_text` with the target left out, so every language names the
    action the way its log lines do."""
    template = action_templates().get(action)
    if template is None:
        return action
    return " ".join(fill(template, "").split())


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
        #: What the server is asked for. Frozen: a worker reads it while the GUI thread may
        #: put a new one here, and a change reloads, so an answer for the old one is dropped.
        self.filters = AuditFilter()

    def set_filters(self, filters: AuditFilter) -> None:
        if filters != self.filters:
            self.filters = filters
            if self.started:
                self.reload()

    def is_filtered(self) -> bool:
        return not self.filters.is_empty

    def fetch_page(
        self, client: TokenServerClient, offset: int, limit: int, query: str, sort: str | None
    ) -> tuple[Sequence[AuditEntry], int]:
        page = client.audit(offset=offset, limit=limit, filters=self.filters)
        return page.items, page.total

    def item_key(self, item: AuditEntry) -> Hashable:
        return item.id

    def column_titles(self) -> list[str]:
        return [self.tr("When"), self.tr("Who"), self.tr("From where"), self.tr("What")]

    def empty_text(self) -> str:
        if self.is_filtered():
            return self.tr("No entries match the filters.")
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


def day_start(day: date) -> datetime:
    """The first instant of ``day`` in the user's zone (a "from" date)."""
    return datetime.combine(day, time(0), tzinfo=user_zone(day)).astimezone(UTC)


def day_end(day: date) -> datetime:
    """Where a "to" date ends: the first instant of the next day in the user's zone. The
    server's ``until`` is exclusive, so the whole day counts, be it 23 or 25 hours long (a
    DST change), and nothing of the next."""
    return day_start(day + timedelta(days=1))


def audit_pages(filters: AuditFilter, page_size: int = EXPORT_PAGE_SIZE) -> FetchPage:
    """The pages of an audit export (:class:`~..export.CsvExport`): every entry matching
    ``filters``, as CSV rows.

    The log is read newest first by offset, so an entry written during the export shifts
    the later pages by one and the next page would repeat a row: rows already given are
    skipped by id, and the server's offset is kept here rather than counted in rows given.
    """
    seen: set[int] = set()
    offset, skipped = 0, 0

    def fetch(client: TokenServerClient, _rows_so_far: int) -> Page:
        nonlocal offset, skipped
        while True:
            page = client.audit(offset, page_size, filters=filters)
            offset += len(page.items)
            rows = []
            for entry in page.items:
                if entry.id in seen:
                    skipped += 1
                else:
                    seen.add(entry.id)
                    rows.append(audit_row(entry))
            # A page of nothing but repeats is not the end of the log: read on.
            if rows or not page.items:
                return rows, page.total - skipped

    return fetch


class AuditPage(QWidget):
    """The audit log in a paged grid, narrowed by filters; loads again each time it is
    shown. The filters are the server's (``audit.read``: token, action, since, until): the
    page only builds an :class:`AuditFilter` from the fields."""

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
        self.export_action = QAction(self)
        self.export_action.triggered.connect(self.choose_export_file)
        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.refresh_action)
        self.toolbar.addAction(self.export_action)

        # -- the filters -----------------------------------------------------------------
        self.token_label = QLabel(self)
        self.token_edit = QLineEdit(self)
        self.token_edit.setObjectName("auditToken")
        self.token_edit.setClearButtonEnabled(True)
        self.token_edit.setMinimumWidth(self.token_edit.fontMetrics().horizontalAdvance(
            "cct_A1b2C3d4__") + 24)
        self.token_label.setBuddy(self.token_edit)
        self._token_timer = QTimer(self)
        self._token_timer.setSingleShot(True)
        self._token_timer.setInterval(SEARCH_DELAY_MS)
        self._token_timer.timeout.connect(self._read_token)
        self.token_edit.textEdited.connect(lambda _text: self._token_timer.start())
        self.token_edit.returnPressed.connect(self._read_token)
        self.action_label = QLabel(self)
        self.action_combo = QComboBox(self)
        self.action_combo.setObjectName("auditAction")
        self.action_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToContentsOnFirstShow)
        self.action_label.setBuddy(self.action_combo)
        self.action_combo.currentIndexChanged.connect(self._apply_filters)
        self.since_label = QLabel(self)
        self.since_edit = DateEdit(self)
        self.since_edit.setObjectName("auditSince")
        self.since_label.setBuddy(self.since_edit)
        self.until_label = QLabel(self)
        self.until_edit = DateEdit(self)
        self.until_edit.setObjectName("auditUntil")
        self.until_label.setBuddy(self.until_edit)
        for edit in (self.since_edit, self.until_edit):
            # Not on every key: "1/1/20" is already a day while "1/1/2027" is being typed.
            edit.editing_finished.connect(self._apply_filters)
        self.clear_button = plain_button("", self)
        self.clear_button.setObjectName("auditClearFilters")
        self.clear_button.clicked.connect(self.clear_filters)
        self.filter_note = WrappedLabel(self, error=True)
        self.filter_note.setObjectName("auditFilterNote")
        #: The token a key prefix named (None: the field holds no prefix, or it named none).
        self._prefix_token: int | None = None
        self._token_error = False
        self._lookup = Busy(self, lambda _busy: None, runner=session.run)

        filters = QHBoxLayout()
        filters.setSpacing(6)
        for label, field in ((self.token_label, self.token_edit),
                             (self.action_label, self.action_combo),
                             (self.since_label, self.since_edit),
                             (self.until_label, self.until_edit)):
            filters.addWidget(label)
            filters.addWidget(field)
            filters.addSpacing(6)
        filters.addWidget(self.clear_button)
        filters.addStretch(1)

        #: The export under way (None: none), and where the last one went with how many
        #: entries it held.
        self.export: CsvExport | None = None
        self.exported: ExportResult | None = None

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.filter_note)
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

    # -- filters ---------------------------------------------------------------------------

    def filters(self) -> AuditFilter:
        """What the fields ask for now; a field that cannot be read asks for nothing (its
        note says why, and the list keeps its last filter: see :meth:`_apply_filters`)."""
        token_text = self.token_edit.text().strip()
        token_id = int(token_text) if token_text.isdigit() else self._prefix_token
        since, until = self.since_edit.day(), self.until_edit.day()
        return AuditFilter(token_id=token_id, action=self.action_combo.currentData() or None,
                           since=day_start(since) if since else None,
                           until=day_end(until) if until else None)

    def _field_problem(self) -> str | None:
        """Why the filters cannot be asked for as typed, or None."""
        for edit in (self.since_edit, self.until_edit):
            if edit.text().strip() and edit.day() is None:
                return fill(self.tr("Type a date like %1, or pick one from the calendar."),
                            format_example())
        since, until = self.since_edit.day(), self.until_edit.day()
        if since and until and since > until:
            return self.tr("The from date is after the to date.")
        return None

    def _apply_filters(self) -> None:
        problem = self._field_problem()
        for edit in (self.since_edit, self.until_edit):
            mark_invalid(edit.edit, bool(edit.text().strip()) and edit.day() is None)
        if problem is None and not self._token_error:
            self.filter_note.clear_error()
        elif problem is not None:
            self.filter_note.show_error(problem)
            return  # the list keeps what it shows until the fields mean something
        if self._token_error:
            return
        self.model.set_filters(self.filters())

    def _read_token(self) -> None:
        """The token field: an ID is used as it is; a key prefix is looked up (the log has
        no prefix filter, so the prefix must name one token, whose ID is then asked for);
        a whole key is never sent anywhere: its prefix is used instead (DESIGN §12)."""
        self._token_timer.stop()
        self._lookup.cancel()
        text = self.token_edit.text().strip()
        prefix = whole_key_prefix(text)
        if prefix is not None:
            self.token_edit.setText(prefix)
            text = prefix
        self._prefix_token = None
        if not text or text.isdigit():
            self._token_problem(None)
            return
        if not self.session.may("tokens.list"):
            self._token_problem(self.tr(
                "Your API token may not list tokens, so a key cannot be looked up: type the "
                "token's ID."))
            return

        def look_up(client: TokenServerClient) -> list[int]:
            found = client.list_tokens(0, 20, q=text).items
            return [t.id for t in found if t.key_prefix.startswith(text)]

        self._lookup.run(look_up, lambda ids: self._looked_up(text, ids),
                         lambda error: self._token_problem(describe(error)))

    def _looked_up(self, text: str, ids: list[int]) -> None:
        if text != self.token_edit.text().strip():
            return  # typed on meanwhile: the next lookup decides
        if len(ids) == 1:
            self._prefix_token = ids[0]
            self._token_problem(None)
        elif not ids:
            self._token_problem(fill(self.tr("No token's key starts with %1."), text))
        else:
            count = len(ids)
            self._token_problem(self.tr(
                "The keys of %n tokens start with this: type more of the key, or the token's "
                "ID.", "", count))

    def _token_problem(self, problem: str | None) -> None:
        self._token_error = problem is not None
        mark_invalid(self.token_edit, self._token_error)
        if problem is not None:
            self.filter_note.show_error(problem)
        self._apply_filters()

    def clear_filters(self) -> None:
        """Every filter back to "any": the whole log."""
        self._lookup.cancel()
        self._token_timer.stop()
        self._prefix_token = None
        self._token_error = False
        mark_invalid(self.token_edit, False)
        self.token_edit.clear()
        for edit in (self.since_edit, self.until_edit):
            edit.edit.clear()
            edit.edit.textEdited.emit("")  # DateEdit reads what was typed
        self.action_combo.setCurrentIndex(0)
        self._apply_filters()

    def _fill_actions(self) -> None:
        chosen = self.action_combo.currentData()
        self.action_combo.blockSignals(True)  # the same choice, in another language
        self.action_combo.clear()
        self.action_combo.addItem(self.tr("Any action"), None)
        names = sorted(((action_name(a), a) for a in action_templates()),
                       key=lambda pair: pair[0].casefold())
        for name, action in names:
            self.action_combo.addItem(name, action)
        self.action_combo.setCurrentIndex(max(0, self.action_combo.findData(chosen)))
        self.action_combo.blockSignals(False)

    # -- export ----------------------------------------------------------------------------

    def choose_export_file(self) -> None:
        """Export to CSV…: ask where, then write every entry of the current filter."""
        name = self.tr("audit-log") + f"-{date.today().isoformat()}.csv"
        start = str(Path(QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)) / name)
        path, _chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit log"), start, self.tr("CSV files (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> CsvExport | None:
        """Write every entry matching the current filter to ``path`` in the background,
        with a progress dialog and Cancel (:mod:`..export`); None while one is running."""
        if self.export is not None:
            return None
        self.exported = None

        def progress(done: int, total: int) -> str:
            return fill(self.tr("%1 of %2 entries"), done, total)

        export = CsvExport(self, self.session, path, AUDIT_COLUMNS,
                           audit_pages(self.model.filters),
                           title=self.tr("Export the audit log"), progress_text=progress,
                           cancel_text=self.tr("Cancel"))
        export.finished.connect(self._exported)
        export.failed.connect(self._export_failed)
        export.cancelled.connect(self._export_ended)
        self.export = export
        self.export_action.setEnabled(False)
        return export.start()

    def _export_ended(self) -> None:
        if self.export is not None:
            self.export.deleteLater()
        self.export = None
        self.export_action.setEnabled(True)

    def _exported(self, result: ExportResult) -> None:
        self._export_ended()
        self.exported = result
        inform(self, self.tr("Export the audit log"),
               self.tr("%n entries were written.", "", result.rows), detail=str(result.path))

    def _export_failed(self, error: BaseException) -> None:
        self._export_ended()
        text = describe(error) if not isinstance(error, OSError) else fill(
            self.tr("The file could not be written: %1"), error.strerror or str(error))
        warn(self, self.tr("Export the audit log"), text)

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Audit log"))
        self.refresh_action.setText(self.tr("Refre&sh"))
        self.refresh_action.setToolTip(self.tr("Load the log again (F5)"))
        self.export_action.setText(self.tr("&Export to CSV…"))
        self.export_action.setToolTip(self.tr(
            "Write every entry the filters show to a CSV file"))
        self.table.setAccessibleName(self.tr("Audit log"))
        self.token_label.setText(self.tr("Token:"))
        self.token_edit.setPlaceholderText(self.tr("ID or key prefix"))
        self.token_edit.setToolTip(self.tr(
            "Entries by or about one token: its ID, or the start of its key"))
        self.token_edit.setAccessibleName(self.tr("Token ID or key prefix"))
        self.action_label.setText(self.tr("Action:"))
        self.action_combo.setAccessibleName(self.tr("Action"))
        self._fill_actions()
        self.since_label.setText(self.tr("From:"))
        self.since_edit.setAccessibleName(self.tr("From date"))
        self.until_label.setText(self.tr("To:"))
        self.until_edit.setAccessibleName(self.tr("To date"))
        self.clear_button.setText(self.tr("C&lear filters"))
        if self.filter_note.isVisible() and not self._token_error:
            self.filter_note.show_error(self._field_problem())
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
