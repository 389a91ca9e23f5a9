"""The paged grid widget: a ``QTableView`` with uniform row heights, an overlay drawn on the
viewport for the empty, loading and error states (a frozen or blank window never tells the
user anything), and a footer that counts rows and offers Retry when a later page fails.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ..errors import describe
from ..text import fill
from .delegate import CellTextDelegate
from .model import LoadState, PagedTableModel


class _Overlay(QWidget):
    """Centred in the table's viewport while there are no rows: loading, empty or failed."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("gridOverlay")
        self.label = QLabel(self)
        self.label.setObjectName("gridOverlayText")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        palette = self.label.palette()
        palette.setColor(self.label.foregroundRole(),
                         palette.color(palette.ColorGroup.Disabled, palette.ColorRole.Text))
        self.label.setPalette(palette)
        self.retry_button = QPushButton(self)
        self.retry_button.setObjectName("gridRetry")
        self.retry_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(self.label)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignHCenter)


class PagedGrid(QWidget):
    """A paged table with its state overlay and a footer (row count, "Loading…", Retry)."""

    def __init__(self, model: PagedTableModel[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = QTableView(self)
        self.table.setObjectName("pagedTable")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setCornerButtonEnabled(False)
        self.delegate = CellTextDelegate(model, self.table)
        self.table.setItemDelegate(self.delegate)
        vheader = self.table.verticalHeader()
        vheader.hide()
        # Uniform rows: Fixed means the view never measures a row, so 100,000 rows lay out
        # as fast as 100.
        vheader.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vheader.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(60)

        self.overlay = _Overlay(self.table.viewport())
        self.overlay.retry_button.clicked.connect(model.retry)
        self.table.viewport().installEventFilter(self)

        self.footer_label = QLabel(self)
        self.footer_label.setObjectName("gridFooter")
        self.footer_retry = QPushButton(self)
        self.footer_retry.setObjectName("gridFooterRetry")
        self.footer_retry.setFlat(True)
        self.footer_retry.clicked.connect(model.retry)
        footer = QHBoxLayout()
        footer.setContentsMargins(2, 0, 2, 0)
        footer.addWidget(self.footer_label, 1)
        footer.addWidget(self.footer_retry)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)

        model.state_changed.connect(self.update_state)
        model.modelReset.connect(self.update_state)
        self.retranslate()

    def set_column_widths(self, widths: Sequence[int]) -> None:
        """Widths in average characters, so they follow the font and the DPI."""
        char = self.fontMetrics().averageCharWidth()
        for column, chars in enumerate(widths):
            self.table.setColumnWidth(column, chars * char + 16)

    def overlay_text(self) -> str:
        """What the viewport says now; empty while rows are shown (tests read this)."""
        return self.overlay.label.text() if self.overlay.isVisible() else ""

    def retranslate(self) -> None:
        self.overlay.retry_button.setText(self.tr("Retry"))
        self.footer_retry.setText(self.tr("Retry"))
        self.update_state()

    def update_state(self) -> None:
        m = self.model
        empty = m.rowCount() == 0
        text = ""
        if empty:
            if m.state == LoadState.FAILED and m.error is not None:
                text = describe(m.error)
            elif m.state in (LoadState.LOADING, LoadState.IDLE):
                text = self.tr("Loading…")
            else:
                text = m.empty_text()
        self.overlay.label.setText(text)
        self.overlay.retry_button.setVisible(empty and m.state == LoadState.FAILED)
        self.overlay.setVisible(empty)
        self._place_overlay()

        if m.state == LoadState.FAILED and not empty and m.error is not None:
            self.footer_label.setText(fill(self.tr("Could not load more: %1"),
                                           describe(m.error)))
            self.footer_retry.show()
        else:
            footer = m.count_text() if not empty else ""
            if m.state == LoadState.LOADING and not empty:
                footer = fill(self.tr("%1 — loading more…"), footer)
            self.footer_label.setText(footer)
            self.footer_retry.hide()

    def _place_overlay(self) -> None:
        viewport = self.table.viewport().rect()
        width = min(max(240, viewport.width() - 40), 520)
        self.overlay.setFixedWidth(width)
        self.overlay.adjustSize()
        height = self.overlay.sizeHint().height()
        self.overlay.setGeometry((viewport.width() - width) // 2,
                                 max(0, (viewport.height() - height) // 3), width, height)
        self.overlay.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._place_overlay()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self.retranslate()
        elif kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.delegate.forget_texts()
        super().changeEvent(event)
