"""The paged grid widget: a ``QTableView`` with uniform row heights, an overlay drawn on the
viewport for the empty, loading and error states (a frozen or blank window never tells the
user anything), and a footer that counts rows and offers Retry when a later page fails.

Opt-in, per grid:

- :meth:`PagedGrid.fit_columns`: columns sized to their content *within* the grid's width
  (:mod:`.fit`), so that no column is off-screen at the window's default size; texts that
  do not fit are elided and their tooltips carry them whole. A column the user resized by
  hand keeps its width.
- :meth:`PagedGrid.set_row_buttons`: a column of painted buttons (:mod:`.row_buttons`).
- :meth:`PagedGrid.enable_column_chooser`: right-click on the header lists the columns to
  hide or show (one at least stays), remembered across runs in :func:`view_settings`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from .. import theme
from ..errors import describe
from ..text import fill
from .delegate import CellTextDelegate
from .fit import ColumnNeed, fit_widths
from .model import LoadState, PagedTableModel
from .row_buttons import RowButtons

#: Rows measured for a column's content width (the first page's first rows: enough to see
#: typical texts, cheap enough for every new list).
MEASURED_ROWS = 60

def view_settings() -> QSettings:
    """Where views keep their state (hidden columns): ``view.ini`` in the app's config folder,
    beside the profiles but never in them (this is only how the user likes to see them).
    A small local file Qt reads when asked, as Qt programs keep their view state."""
    from ...profile.paths import config_dir

    return QSettings(str(config_dir() / "view.ini"), QSettings.Format.IniFormat)


@dataclass(frozen=True)
class ColumnSize:
    """How a column may be sized, in average characters of the grid's font.

    ``min_chars``: never narrower (the texts elide); ``max_chars``: never wider for its
    content; ``fixed``: never narrower than its content (an ID); ``stretch``: takes a
    share of width left over when everything fits; ``weight``: how much of the width it
    gets, against the others, when texts must be cut."""

    min_chars: int = 6
    max_chars: int = 40
    fixed: bool = False
    stretch: bool = False
    weight: float = 1.0  # its share when texts are cut (grid/fit.py: water-filling)


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
        # Shown when the search or the filters found nothing: one click shows every row.
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("gridClearFilters")
        self.clear_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.clear_button.hide()
        layout.addWidget(self.label)
        layout.addWidget(self.retry_button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.clear_button, 0, Qt.AlignmentFlag.AlignHCenter)


class PagedGrid(QWidget):
    """A paged table with its state overlay and a footer (row count, "Loading…", Retry).

    When a search or filter found nothing, the overlay says so and offers "Clear filters":
    its click is :attr:`clear_filters_requested` (the page knows its search box and chips).
    """

    clear_filters_requested = Signal()

    def __init__(self, model: PagedTableModel[Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.table = QTableView(self)
        self.table.setObjectName("pagedTable")
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # One row; a page with bulk actions opts into more (TokensPage).
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
        # Colours of painted cells follow the system's scheme (ui/theme.py).
        theme.follow_palette(self, model.refresh_colours)
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

        self.row_buttons: RowButtons | None = None
        self._sizes: list[ColumnSize] | None = None  # None: widths set by hand (no fitting)
        self._content: dict[int, int] = {}  # column -> widest text seen, grows only
        self._user_widths: dict[int, int] = {}  # column -> width the user gave it
        self._fitting = False
        self._settings_group: str | None = None

        self.overlay = _Overlay(self.table.viewport())
        self.overlay.retry_button.clicked.connect(model.retry)
        self.overlay.clear_button.clicked.connect(self.clear_filters_requested)
        self.table.viewport().installEventFilter(self)

        self.footer_label = QLabel(self)
        self.footer_label.setObjectName("gridFooter")
        # An error can be long: wrap it rather than make the window wider (a small screen).
        self.footer_label.setWordWrap(True)
        self.footer_label.setTextFormat(Qt.TextFormat.PlainText)
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

    # -- row buttons -----------------------------------------------------------------------

    def set_row_buttons(self, column: int) -> RowButtons:
        """Paint ``column`` as a row of buttons (set them with ``set_buttons``); its width
        follows the buttons and the user cannot squeeze it."""
        buttons = RowButtons(self.table, column)
        self.row_buttons = buttons
        self.delegate.set_row_buttons(buttons)
        self.table.horizontalHeader().setSectionResizeMode(column,
                                                           QHeaderView.ResizeMode.Fixed)
        buttons.changed.connect(self.fit)
        return buttons

    # -- fitting the columns to the width --------------------------------------------------

    def fit_columns(self, sizes: Sequence[ColumnSize]) -> None:
        """Size the columns to their content within the grid's width, from now on (see the
        module docstring); ``sizes`` has one entry per column."""
        self._sizes = list(sizes)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)  # the fit fills the width itself
        header.setTextElideMode(Qt.TextElideMode.ElideRight)  # a cut title shows "…"
        header.setMinimumSectionSize(max(12, 2 * self.fontMetrics().averageCharWidth()))
        header.sectionResized.connect(self._section_resized)
        self.model.rowsInserted.connect(self._rows_inserted)
        self.model.dataChanged.connect(self._row_changed)
        self.model.headerDataChanged.connect(self.fit)
        self.fit()

    def _rows_inserted(self, _parent: QModelIndex, first: int, _last: int) -> None:
        if first < MEASURED_ROWS:  # a new list's first page: see how wide its texts are
            self._measure(range(first, min(self.model.rowCount(), MEASURED_ROWS)))
            self.fit()

    def _row_changed(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        """One row changed in place (an edit, a suspend): its new texts may be wider."""
        row = top_left.row()
        if row == bottom_right.row() and 0 <= row < self.model.rowCount() and self._measure(
                range(row, row + 1)):
            self.fit()

    def _measure(self, rows: range | None = None) -> bool:
        """Widen the content widths to ``rows``' texts (default: the first rows); True
        when one grew."""
        model = self.model
        font = self.table.font()
        delegate = self.delegate
        content = self._content
        mark_column, badge_column = model.MARK_COLUMN, model.BADGE_COLUMN
        grew = False
        for row in rows if rows is not None else range(min(model.rowCount(), MEASURED_ROWS)):
            texts, _colours = model.painted_row(row)
            mark = model.row_mark(row)
            for column, text in enumerate(texts):
                # A badge column is measured as badges throughout, the plain texts too: one
                # may become a badge in place (a token suspended) without a new measure.
                width = delegate.text_width(
                    text, font, mark if column == mark_column else None,
                    badge=column == badge_column)
                if width > content.get(column, 0):
                    content[column] = width
                    grew = True
        return grew

    def _title_width(self, column: int) -> int:
        header = self.table.horizontalHeader()
        title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
        style = header.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        room = 2 * margin + 4
        if header.isSortIndicatorShown():
            room += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin
        return header.fontMetrics().horizontalAdvance(title) + room

    def column_needs(self) -> dict[int, ColumnNeed]:
        """What each visible column needs now (for :func:`.fit.fit_widths`)."""
        sizes = self._sizes or []
        char = self.table.fontMetrics().averageCharWidth()
        header = self.table.horizontalHeader()
        needs: dict[int, ColumnNeed] = {}
        for column, size in enumerate(sizes):
            if header.isSectionHidden(column):
                continue
            if self.row_buttons is not None and column == self.row_buttons.column:
                width = self.row_buttons.width()
                needs[column] = ColumnNeed(width, width, width)
                continue
            user = self._user_widths.get(column)
            if user is not None:
                needs[column] = ColumnNeed(user, user, user)
                continue
            cap = size.max_chars * char
            content = min(self._content.get(column, 0), cap)
            title = self._title_width(column)
            minimum = max(content, min(title, cap)) if size.fixed else size.min_chars * char
            needs[column] = ColumnNeed(minimum, content, max(content, min(title, cap)),
                                       size.stretch, size.weight)
        return needs

    def fit(self) -> None:
        """Size the visible columns to the viewport's width (see :mod:`.fit`)."""
        if self._sizes is None:
            return
        needs = self.column_needs()
        widths = fit_widths(self.table.viewport().width(), list(needs.values()))
        header = self.table.horizontalHeader()
        self._fitting = True
        try:
            for column, width in zip(needs, widths, strict=True):
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)
        finally:
            self._fitting = False

    def _section_resized(self, column: int, _old: int, new: int) -> None:
        if not self._fitting and new > 0 and not (
                self.row_buttons is not None and column == self.row_buttons.column):
            self._user_widths[column] = new  # the user's width stands from now on

    # -- the column chooser ----------------------------------------------------------------

    def enable_column_chooser(self, settings_group: str) -> None:
        """Right-click on the header to hide or show columns; the choice is kept under
        ``settings_group`` in :func:`view_settings` and applied now."""
        self._settings_group = settings_group
        header = self.table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        keys = self.model.column_keys()
        saved = str(view_settings().value(f"{settings_group}/hiddenColumns", "") or "")
        hidden = {key for key in saved.split(",") if key}
        columns = [c for c, key in enumerate(keys) if key in hidden]
        if len(columns) >= len(keys):
            columns = columns[:-1]  # one at least stays, whatever the file says
        for column in columns:
            header.setSectionHidden(column, True)
        self.fit()

    def hidden_columns(self) -> list[int]:
        header = self.table.horizontalHeader()
        return [c for c in range(self.model.columnCount()) if header.isSectionHidden(c)]

    def set_column_hidden(self, column: int, hidden: bool) -> bool:
        """Hide or show ``column`` and remember it; False when it is the last one shown."""
        header = self.table.horizontalHeader()
        count = self.model.columnCount()
        if hidden and len(self.hidden_columns()) >= count - 1 and not header.isSectionHidden(
                column):
            return False
        header.setSectionHidden(column, hidden)
        if self._settings_group is not None:
            keys = self.model.column_keys()
            settings = view_settings()
            settings.setValue(f"{self._settings_group}/hiddenColumns",
                              ",".join(keys[c] for c in self.hidden_columns()))
            settings.sync()
        self.fit()
        return True

    def column_menu(self) -> QMenu:
        """The header's menu: one checkable entry per column (the last one shown cannot be
        unchecked). The caller shows it and deletes it."""
        menu = QMenu(self)
        menu.setObjectName("columnChooser")
        menu.setToolTipsVisible(True)
        hidden = set(self.hidden_columns())
        count = self.model.columnCount()
        for column in range(count):
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            action = QAction(title, menu)
            action.setCheckable(True)
            action.setChecked(column not in hidden)
            # The last column shown stays: a grid without columns cannot be got back.
            action.setEnabled(column in hidden or len(hidden) < count - 1)
            action.toggled.connect(
                lambda shown, c=column: self.set_column_hidden(c, not shown))
            menu.addAction(action)
        return menu

    def _column_menu(self, pos: QPoint) -> None:
        menu = self.column_menu()
        menu.exec(self.table.horizontalHeader().mapToGlobal(pos))
        menu.deleteLater()

    def overlay_text(self) -> str:
        """What the viewport says now; empty while rows are shown (tests read this)."""
        return self.overlay.label.text() if self.overlay.isVisible() else ""

    def retranslate(self) -> None:
        self.overlay.retry_button.setText(self.tr("Retry"))
        self.overlay.clear_button.setText(self.tr("Clear filters"))
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
        self.overlay.clear_button.setVisible(empty and m.state == LoadState.READY
                                             and m.is_filtered())
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
            self.fit()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self.retranslate()
        elif kind in (QEvent.Type.FontChange, QEvent.Type.StyleChange,
                      QEvent.Type.PaletteChange):
            self.delegate.forget_texts()
            if kind != QEvent.Type.PaletteChange:
                self._content.clear()  # measured in the old font
                self._measure()
                self.fit()
        super().changeEvent(event)
