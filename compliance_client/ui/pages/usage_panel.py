"""How one API token was used over the last 30 days (``tokens.usage``, ARCHITECTURE §12),
beside the token grid: a bar chart of allowed and denied requests per day, the totals, the
last addresses it was used from (local times) and the endpoints it called.

The tokens page calls :meth:`UsagePanel.show_token` whenever its current row changes. The
usage is read in the background (one :class:`~..tasks.Busy`): moving to another row while
an answer is on its way drops that answer (``Busy.run`` cancels the older task, and the
answer's token id is checked again), so the panel never shows one token's numbers under
another's name. The server's counters lag real use by up to 10 s; the panel says so.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.catalogue import ENDPOINTS
from ...domain.records import TokenUsage
from ..errors import describe
from ..session import Session
from ..tasks import Busy
from ..text import datetime_text, fill
from ..usage_chart import UsageChart, number_text
from ..widgets import BusyIndicator, WrappedLabel, set_properties

if TYPE_CHECKING:
    from ...domain.tokens import Token
    from ...service.client import TokenServerClient

#: The window the panel shows (the contract's default).
USAGE_DAYS = 30

_DESCRIPTIONS = {e.id: e.description for e in ENDPOINTS}


class UsageState(StrEnum):
    NO_TOKEN = "no_token"      # no row chosen
    NOT_ALLOWED = "not_allowed"  # the signed-in token may not call tokens.usage
    LOADING = "loading"
    FAILED = "failed"
    EMPTY = "empty"            # not used in the window
    READY = "ready"


def _table(parent: QWidget, columns: int, stretch: int) -> QTableWidget:
    """A small read-only list: whole rows selected, no grid lines, sized to its rows."""
    table = QTableWidget(0, columns, parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setShowGrid(False)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    # A side panel is narrow: the column with the longest texts (``stretch``) takes what is
    # left and elides, rather than a scroll bar hiding the rows.
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = table.horizontalHeader()
    header.setMinimumSectionSize(24)
    for column in range(columns):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
    return table


def _fit_height(table: QTableWidget) -> None:
    """As tall as its rows (up to ten): the panel scrolls as a whole, not each list."""
    rows = min(table.rowCount(), 10)
    height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    height += sum(table.rowHeight(r) for r in range(rows)) if rows else 0
    table.setFixedHeight(height + 2)


class UsagePanel(QWidget):
    """The usage of the token chosen in the grid; :meth:`show_token` chooses it."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usagePanel")
        self.session = session
        self.token: Token | None = None
        self.usage: TokenUsage | None = None
        self.error: BaseException | None = None
        self.state = UsageState.NO_TOKEN
        self._loading = Busy(self, self._set_busy, runner=session.run)

        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        set_properties(self.heading, textFormat="PlainText")
        self.heading.setWordWrap(True)
        self.busy = BusyIndicator(self)
        self.status = WrappedLabel(self)
        self.status.setObjectName("usageStatus")
        set_properties(self.status, textFormat="PlainText")
        self.chart = UsageChart(self)
        self.totals = WrappedLabel(self)
        self.totals.setObjectName("usageTotals")
        set_properties(self.totals, textFormat="PlainText")
        self.addresses_label = QLabel(self)
        self.addresses = _table(self, 3, stretch=1)
        self.addresses.setObjectName("usageAddresses")
        self.endpoints_label = QLabel(self)
        self.endpoints = _table(self, 2, stretch=0)
        self.endpoints.setObjectName("usageEndpoints")
        self.lag_note = WrappedLabel(self)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.busy)
        layout.addWidget(self.status)
        layout.addWidget(self.chart)
        layout.addWidget(self.totals)
        layout.addWidget(self.addresses_label)
        layout.addWidget(self.addresses)
        layout.addWidget(self.endpoints_label)
        layout.addWidget(self.endpoints)
        layout.addWidget(self.lag_note)
        layout.addStretch(1)
        session.profile_changed.connect(lambda: self.show_token(None))
        self.retranslate()

    # -- choosing a token ------------------------------------------------------------------

    def show_token(self, token: Token | None) -> None:
        """Show how ``token`` was used (None: no token chosen). The same token again while
        its usage is on its way changes nothing; otherwise it is read anew."""
        if (token is not None and self.token is not None and token.id == self.token.id
                and self._loading.running):
            self.token = token  # a newer copy of the same row (its name may have changed)
            self._show()
            return
        self._loading.cancel()
        self.token, self.usage, self.error = token, None, None
        if token is None:
            self.state = UsageState.NO_TOKEN
        elif not self.session.may("tokens.usage"):
            self.state = UsageState.NOT_ALLOWED
        else:
            self.state = UsageState.LOADING
            token_id = token.id

            def read(client: TokenServerClient) -> TokenUsage:
                return client.token_usage(token_id, USAGE_DAYS)

            self._loading.run(read, lambda usage: self._arrived(token_id, usage),
                              lambda error: self._failed(token_id, error))
        self._show()

    def refresh(self) -> None:
        """Read the chosen token's usage again."""
        token, self.token = self.token, None
        self.show_token(token)

    def _arrived(self, token_id: int, usage: TokenUsage) -> None:
        if self.token is None or self.token.id != token_id:
            return  # an answer about a row the user has left
        self.usage = usage
        used = usage.allowed + usage.denied > 0 or bool(usage.addresses)
        self.state = UsageState.READY if used else UsageState.EMPTY
        self._show()

    def _failed(self, token_id: int, error: BaseException) -> None:
        if self.token is None or self.token.id != token_id:
            return
        self.error = error
        self.state = UsageState.FAILED
        self._show()

    def _set_busy(self, busy: bool) -> None:
        self.busy.set_busy(busy)

    # -- showing ---------------------------------------------------------------------------

    def status_text(self) -> str:
        """What the panel says instead of (or above) the numbers."""
        if self.state == UsageState.NO_TOKEN:
            return self.tr("Choose a token to see how it was used.")
        if self.state == UsageState.NOT_ALLOWED:
            return self.tr("Your API token may not read how tokens are used.")
        if self.state == UsageState.LOADING:
            return self.tr("Loading…")
        if self.state == UsageState.FAILED and self.error is not None:
            return describe(self.error)
        if self.state == UsageState.EMPTY:
            return self.tr("Not used in the last %n days.", "", USAGE_DAYS)
        return ""

    def heading_text(self) -> str:
        token = self.token
        if token is None:
            return self.tr("Usage")
        name = token.name or token.organization_name
        return fill(self.tr("Usage of %1 (token %2)"), name, token.id)

    def totals_text(self) -> str:
        usage = self.usage
        if usage is None:
            return ""
        allowed, denied = usage.allowed, usage.denied
        return fill(self.tr("Last %n days: %1 allowed, %2 denied.", "", USAGE_DAYS),
                    number_text(allowed), number_text(denied))

    def _show(self) -> None:
        self.heading.setText(self.heading_text())
        self.status.show_text(self.status_text())
        usage = self.usage if self.state == UsageState.READY else None
        for widget in (self.chart, self.totals, self.addresses_label, self.addresses,
                       self.endpoints_label, self.endpoints, self.lag_note):
            widget.setVisible(usage is not None)
        self.chart.set_days(usage.days if usage is not None else ())
        self.totals.setText(self.totals_text())
        self._fill_addresses(usage)
        self._fill_endpoints(usage)

    def _fill_addresses(self, usage: TokenUsage | None) -> None:
        rows = usage.addresses if usage is not None else ()
        self.addresses.setRowCount(len(rows))
        for row, a in enumerate(rows):
            when = QTableWidgetItem(datetime_text(a.last_seen_at))
            when.setToolTip(when.text())  # elided in a narrow panel
            self.addresses.setItem(row, 0, QTableWidgetItem(a.address))
            self.addresses.setItem(row, 1, when)
            self.addresses.setItem(row, 2, _count_item(a.requests))
        self.addresses.resizeRowsToContents()
        _fit_height(self.addresses)

    def _fill_endpoints(self, usage: TokenUsage | None) -> None:
        # Most called first: what the token is for.
        rows = sorted(usage.endpoints, key=lambda e: (-e.requests, e.id)) if usage else []
        self.endpoints.setRowCount(len(rows))
        for row, e in enumerate(rows):
            item = QTableWidgetItem(e.id)
            if e.id in _DESCRIPTIONS:
                item.setToolTip(_DESCRIPTIONS[e.id])
            self.endpoints.setItem(row, 0, item)
            self.endpoints.setItem(row, 1, _count_item(e.requests))
        self.endpoints.resizeRowsToContents()
        _fit_height(self.endpoints)

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.addresses_label.setText(self.tr("Last addresses"))
        self.addresses.setHorizontalHeaderLabels(
            [self.tr("Address"), self.tr("Last seen"), self.tr("Requests")])
        self.addresses.setAccessibleName(self.tr("Last addresses"))
        self.endpoints_label.setText(self.tr("Endpoints called"))
        self.endpoints.setHorizontalHeaderLabels([self.tr("Endpoint"), self.tr("Requests")])
        self.endpoints.setAccessibleName(self.tr("Endpoints called"))
        self.lag_note.setText(self.tr("Counts may lag behind by up to 10 seconds."))
        self.busy.setAccessibleName(self.tr("Loading usage"))
        self._show()  # dates, numbers and sentences in the new language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _count_item(n: int) -> QTableWidgetItem:
    item = QTableWidgetItem(number_text(n))
    # Numbers line up on their ones (the trailing edge, mirrored in right to left).
    item.setTextAlignment(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
    return item
