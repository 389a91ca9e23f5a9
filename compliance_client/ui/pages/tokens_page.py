"""The API tokens page: a server-paged grid with search, filter chips, sort, the per-row
actions, bulk actions on several selected rows and an export of what it shows to CSV.

Add, Edit, Regenerate key, Suspend, Resume and Delete are in the toolbar (each with a
mnemonic), the context menu, each row's Action cell (Edit, Suspend or Resume, Delete and "…"
buttons painted by the grid) and on the keyboard: Ctrl+N, Enter, Del, F5 and Ctrl+F (the
search box) work anywhere in the window while this page is the one shown, the navigation
list included; in the search box Enter and Del keep their meaning there. After a dialog or
message box, the window is made active again and the keyboard focus is back on the grid, on
the row the action was about.
Destructive actions ask first through ``messages.ask`` (twice for the token the app is
signed in with: DESIGN §8); a failure is told through ``messages.warn``. Suspend and resume
(ARCHITECTURE §11) change the row in place: its Status badge is the outcome.

Admin hygiene (ARCHITECTURE §12): the chips above the grid (Expiring, Expired, Suspended,
Unused 90 days, Unrestricted) are the server's ``tokens.list`` filters, combined with the
search box; the status chips exclude each other, as the server takes one status. With
several rows selected (Shift, Ctrl) Suspend, Resume, Delete and Extend expiry act on all of
them: one question naming the count, then the requests one by one with a progress dialog
and Cancel (``ui/bulk.py``), then one summary of what failed and why. A bulk suspend or
delete never takes the token the app is signed in with along: it is left out, and the
question says so. "Export to CSV…" writes every token the filters and the search match
(``ui/export.py``). Beside the grid, a splitter holds a side panel (the usage panel) that
follows the current row.

"Create enrollment code…" (DESIGN §13) sits with Add token: in the drop-down of its toolbar
button and in the context menu, enabled when the signed-in token may call
``enrollments.create``. It opens the token dialog as the code's template
(``token_dialog.EnrollmentDialog``), which shows the new code once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QRadioButton,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.csv_export import TOKEN_COLUMNS, token_row
from ...domain.filters import StatusFilter, TokenFilter
from ...domain.keys import whole_key_prefix
from ...domain.tokens import Token, end_of_day
from ..bulk import BulkOutcome, BulkRun
from ..date_edit import DateEdit
from ..errors import describe
from ..export import CsvExport, ExportResult
from ..grid.model import DEFAULT_PAGE_SIZE, LoadState
from ..grid.row_buttons import RowButton
from ..grid.selection import select_row
from ..grid.tokens import UNUSED_DAYS, Column, TokenModel
from ..grid.view import ColumnSize, PagedGrid
from ..key_dialog import CLIPBOARD_CLEAR_MS, regenerate_key
from ..messages import ask, inform, warn
from ..session import ConnectionState
from ..tasks import Busy
from ..text import fill, user_zone
from ..widgets import PageTitle
from .usage_panel import UsagePanel

if TYPE_CHECKING:
    from ...service.client import TokenServerClient
    from ..session import Session
    from ..token_dialog import TokenDialog

SEARCH_DELAY_MS = 300

#: Pages read to find a token just added (its place in the sort is the server's): beyond
#: that the list is long and the user searches for it.
FIND_ADDED_PAGES = 10

# How each column may be sized, in average characters (grid/view.py: ColumnSize). The
# columns fit the grid's width; the free-text ones take what is left over.
_SIZES = {
    Column.ID: ColumnSize(fixed=True),
    Column.NAME: ColumnSize(min_chars=7, max_chars=30, stretch=True, weight=1.5),
    # "Suspended" and "Leaked" are read at a glance: never cut.
    Column.STATUS: ColumnSize(fixed=True),
    Column.OWNER: ColumnSize(min_chars=5, max_chars=24, stretch=True),
    Column.ORG_NAME: ColumnSize(min_chars=8, max_chars=36, stretch=True, weight=1.8),
    Column.ORG_ID: ColumnSize(min_chars=6, max_chars=24, stretch=True, weight=1.2),
    Column.KEY: ColumnSize(min_chars=7, max_chars=18, weight=1.3),
    Column.ALLOWED_ENDPOINTS: ColumnSize(min_chars=5, max_chars=30, stretch=True),
    Column.BLOCKED_ENDPOINTS: ColumnSize(min_chars=5, max_chars=30, stretch=True),
    Column.ALLOWED_IPS: ColumnSize(min_chars=5, max_chars=30, stretch=True),
    Column.BLOCKED_IPS: ColumnSize(min_chars=5, max_chars=30, stretch=True),
    # "Any device" or "2 devices": short; the IDs are in its tooltip.
    Column.DEVICES: ColumnSize(min_chars=8, max_chars=14, weight=0.8),
    Column.EXPIRES: ColumnSize(min_chars=7, max_chars=32, weight=1.2),
    Column.LAST_USED: ColumnSize(min_chars=7, max_chars=34, weight=1.2),
    Column.ACTIONS: ColumnSize(fixed=True),
}

#: Where the grid's view state (hidden columns) is kept in grid.view.view_settings().
SETTINGS_GROUP = "tokensGrid"

#: Tokens read per request of an export (the server's largest page).
EXPORT_PAGE_SIZE = 200

#: Failures listed one by one in a bulk action's summary; more are counted.
SUMMARY_LINES = 12

#: The choices of "Extend expiry…": days added to each token's expiry.
EXTEND_DAYS = (30, 90)


class SidePanel(Protocol):
    """What the splitter's right-hand side shows: the current row's token, or None."""

    def show_token(self, token: Token | None) -> None: ...


#: The keys the search box keeps for itself although the page has them as shortcuts.
_SEARCH_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Delete})


class SearchEdit(QLineEdit):
    """The search box: asks for room for a long search, makes do with a short one (a small
    screen must not be made wider by it)."""

    PREFERRED_CHARS = 34
    MINIMUM_CHARS = 12

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        hint.setWidth(max(hint.width(),
                          self.fontMetrics().averageCharWidth() * self.PREFERRED_CHARS))
        return hint

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        hint.setWidth(self.fontMetrics().averageCharWidth() * self.MINIMUM_CHARS)
        return hint


class TokensPage(QWidget):
    """The admin's grid of API tokens (shown when the profile's token may list them)."""

    def __init__(self, session: Session, parent: QWidget | None = None, *,
                 page_size: int = DEFAULT_PAGE_SIZE,
                 clear_after_ms: int = CLIPBOARD_CLEAR_MS) -> None:
        super().__init__(parent)
        self.setObjectName("tokensPage")
        self.session = session
        self.clear_after_ms = clear_after_ms
        self.dialog: TokenDialog | None = None
        self._select_after_load: int | None = None
        # A change to one token (regenerate or delete) at a time; the actions wait meanwhile.
        self._work = Busy(self, self._update_actions, runner=session.run)

        self.title = PageTitle(self)
        self.model = TokenModel(session, page_size=page_size, parent=self)
        self.grid = PagedGrid(self.model, self)
        self.table = self.grid.table
        # Shift and Ctrl select several rows for the bulk actions.
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.grid.clear_filters_requested.connect(self.clear_filters)
        self._bulk: BulkRun[Token] | None = None
        self.export: CsvExport | None = None
        self.side_panel: QWidget | None = None
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        self.table.doubleClicked.connect(self._double_clicked)
        self.row_buttons = self.grid.set_row_buttons(Column.ACTIONS)
        self.row_buttons.clicked.connect(self._row_button_clicked)
        self.row_buttons.choose_with(self._row_shows)
        self.grid.fit_columns([_SIZES[c] for c in range(Column.COUNT)])
        self.grid.enable_column_chooser(SETTINGS_GROUP)
        self._find_pages_left = 0
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(Column.ORG_NAME, Qt.SortOrder.AscendingOrder)
        self._sort = (Column.ORG_NAME, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)

        # The page's shortcuts are the window's while the page is shown (a hidden page's
        # actions do not fire: Qt asks their widgets to be visible), so they work right after
        # the page was picked in the navigation list, where the keyboard focus still is.
        window_wide = Qt.ShortcutContext.WindowShortcut
        self.add_action = QAction(self)
        self.add_action.setShortcut(QKeySequence.StandardKey.New)
        self.add_action.triggered.connect(self.add_token)
        self.enroll_action = QAction(self)
        self.enroll_action.setObjectName("createEnrollmentCode")
        self.enroll_action.triggered.connect(self.create_enrollment_code)
        self.edit_action = QAction(self)
        self.edit_action.setShortcuts([QKeySequence(Qt.Key.Key_Return),
                                       QKeySequence(Qt.Key.Key_Enter)])
        self.edit_action.triggered.connect(self.edit_selected)
        self.regenerate_action = QAction(self)
        self.regenerate_action.triggered.connect(self.regenerate_selected)
        self.suspend_action = QAction(self)
        self.suspend_action.triggered.connect(self.suspend_selected)
        self.resume_action = QAction(self)
        self.resume_action.triggered.connect(self.resume_selected)
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(self.delete_selected)
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.triggered.connect(self.refresh)
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.focus_search)
        self.extend_action = QAction(self)
        self.extend_action.triggered.connect(self.extend_selected)
        self.export_action = QAction(self)
        self.export_action.triggered.connect(self.export_csv)
        for action in (self.add_action, self.enroll_action, self.edit_action,
                       self.regenerate_action, self.suspend_action, self.resume_action,
                       self.delete_action, self.extend_action, self.refresh_action,
                       self.find_action, self.export_action):
            action.setShortcutContext(window_wide)
            self.addAction(action)

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("tokensToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # Extend expiry is in the context menu and the row's "…" menu: a toolbar as wide as
        # the window's default leaves no room for it.
        for action in (self.add_action, self.edit_action, self.regenerate_action,
                       self.suspend_action, self.resume_action, self.delete_action):
            self.toolbar.addAction(action)
        # Create enrollment code… is the Add button's drop-down: another way to add tokens,
        # without widening the toolbar.
        self.add_menu = QMenu(self)
        self.add_menu.setObjectName("addMenu")
        self.add_menu.addAction(self.enroll_action)
        add_button = self.toolbar.widgetForAction(self.add_action)
        if isinstance(add_button, QToolButton):
            add_button.setMenu(self.add_menu)
            add_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.refresh_action)
        self.toolbar.addAction(self.export_action)  # what the chips and the search show
        self.search_edit = SearchEdit(self)
        self.search_edit.setObjectName("tokenSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setSizePolicy(QSizePolicy.Policy.Preferred,
                                       QSizePolicy.Policy.Fixed)
        # Enter and Del in the search box are the box's, not the grid's Edit and Delete.
        self.search_edit.installEventFilter(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self._apply_search)

        # The filter chips, checkable buttons of a toolbar of their own (which folds what
        # does not fit into its "»" menu on a narrow window). The status chips exclude each
        # other.
        self._clearing = False
        self.filter_bar = QToolBar(self)
        self.filter_bar.setObjectName("tokenFilters")
        self.filter_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        # Chips look like chips: framed and round, filled while on (palette colours, so
        # they follow a dark or high-contrast scheme).
        self.filter_bar.setStyleSheet(
            "QToolButton#filterChip { border: 1px solid palette(mid); border-radius: 9px;"
            " padding: 1px 8px; margin: 1px 2px; }"
            "QToolButton#filterChip:focus { border: 2px solid palette(highlight); }"
            "QToolButton#filterChip:checked { background: palette(highlight);"
            " color: palette(highlighted-text); border-color: palette(highlight); }")
        self.chip_label = QLabel(self)
        self.filter_bar.addWidget(self.chip_label)
        self.expiring_chip = self._chip()
        self.expired_chip = self._chip()
        self.suspended_chip = self._chip()
        self.unused_chip = self._chip()
        self.unrestricted_chip = self._chip()
        self._status_chips = {self.expiring_chip: StatusFilter.EXPIRING,
                              self.expired_chip: StatusFilter.EXPIRED,
                              self.suspended_chip: StatusFilter.SUSPENDED}

        # The grid and, to its right, a side panel that follows the current row.
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("tokensSplitter")
        self.splitter.addWidget(self.grid)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setCollapsible(0, False)  # the panel may be dragged shut, never the grid

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.search_edit, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)

        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._current_changed)
        self.model.modelReset.connect(self._update_actions)
        self.model.state_changed.connect(self._rows_arrived)
        session.state_changed.connect(self._update_actions)
        session.state_changed.connect(self._connection_changed)
        session.profile_changed.connect(self._profile_changed)
        self._was_connected = session.state == ConnectionState.CONNECTED
        self.retranslate()
        self._update_actions()
        self.usage_panel = UsagePanel(session)
        self.set_side_panel(self.usage_panel)

    # -- the side panel --------------------------------------------------------------------

    def set_side_panel(self, widget: QWidget) -> None:
        """Put ``widget`` right of the grid (replacing any); if it has ``show_token``
        (:class:`SidePanel`), it is told the current row's token whenever that changes."""
        if self.side_panel is not None:
            self.side_panel.hide()
            self.side_panel.deleteLater()
        self.side_panel = widget
        self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setCollapsible(0, False)
        self._current_changed()

    def _current_changed(self, *_args: object) -> None:
        panel = self.side_panel
        if panel is None or not hasattr(panel, "show_token"):
            return
        index = self.table.currentIndex()
        token = self.model.token(index.row()) if index.isValid() else None
        panel.show_token(token)

    # -- page protocol ---------------------------------------------------------------------

    def activate(self) -> None:
        """Called by the main window when the page is shown: load the first page once."""
        self.model.ensure_loaded()

    def showEvent(self, event: Any) -> None:
        self.model.ensure_loaded()
        super().showEvent(event)

    def _profile_changed(self) -> None:
        if self.model.started:
            self.model.reload()  # another server, or another token's view of it

    def _connection_changed(self) -> None:
        """The server is back (the session reconnected): a grid whose last page failed
        asks again by itself, as a user would with Retry. Only on the change into
        connected, so a refusal that is not a lost server (403) is not asked again and
        again."""
        connected = self.session.state == ConnectionState.CONNECTED
        if connected and not self._was_connected and self.model.state == LoadState.FAILED:
            self.model.retry()
        self._was_connected = connected

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("API tokens"))
        # Mnemonics A, E, R, P, D and S (Refre&sh as on the other pages): none is a
        # letter of the main window's menus (File, Help). The toolbar's buttons show the icon text,
        # which keeps its "&" (so that Alt+letter works) only when set explicitly.
        texts = (
            (self.add_action, self.tr("&Add token"), self.tr("Add an API token (Ctrl+N)")),
            (self.enroll_action, self.tr("Create e&nrollment code…"),
             self.tr("A code PCs enroll with: each gets its own token, bound to that PC")),
            (self.edit_action, self.tr("&Edit…"), self.tr("Edit the selected token (Enter)")),
            (self.regenerate_action, self.tr("&Regenerate key…"),
             self.tr("Issue a new key for the selected token")),
            (self.suspend_action, self.tr("Sus&pend…"),
             self.tr("Switch the selected token off without deleting it")),
            (self.resume_action, self.tr("Res&ume"),
             self.tr("Switch the selected suspended token on again")),
            (self.delete_action, self.tr("&Delete"),
             self.tr("Delete the selected tokens (Del)")),
            # Y (a menu's), O: letters no language's other buttons of this window use.
            (self.extend_action, self.tr("Extend expir&y…"),
             self.tr("Move the expiry of the selected tokens later")),
            (self.refresh_action, self.tr("Refre&sh"), self.tr("Load the list again (F5)")),
            (self.export_action, self.tr("Exp&ort to CSV…"),
             self.tr("Save every token the filters and the search match to a CSV file")),
        )
        for action, text, tip in texts:
            action.setText(text)
            action.setIconText(text)
            action.setToolTip(tip)
        # Every letter of "Resume" is another toolbar button's in some language (Regenerate
        # is "ne&u generieren" in German, Edit "&Modifier" in French): its toolbar button
        # has none; the context menu, a scope of its own, keeps Res&ume.
        self.resume_action.setIconText(self.tr("Resume"))
        # The chips' mnemonics are letters free in every language's window (X, I, 9, C);
        # every letter of "Suspended" is another button's in some language: its chip has
        # none and is reached with Tab.
        self.chip_label.setText(self.tr("Show only:"))
        chips = (
            (self.expiring_chip, self.tr("E&xpiring"),
             self.tr("Tokens that expire soon (within the policy's warning period)")),
            (self.expired_chip, self.tr("Exp&ired"), self.tr("Tokens whose expiry has passed")),
            (self.suspended_chip, self.tr("Suspended"),
             self.tr("Tokens switched off by an administrator or as leaked")),
            (self.unused_chip, self.tr("Unused &90 days"),
             self.tr("Tokens never used, or not used for 90 days")),
            (self.unrestricted_chip, self.tr("Unrestri&cted"),
             self.tr("Tokens that may call every endpoint from every address")),
        )
        for chip, text, tip in chips:
            chip.setText(text)
            chip.setIconText(text)  # the button keeps the "&" only when set explicitly
            chip.setToolTip(tip)
        self.find_action.setText(self.tr("&Find"))
        self.search_edit.setPlaceholderText(self.tr("Search organization, ID or key…"))
        self.search_edit.setToolTip(self.tr("Search organization, ID or key (Ctrl+F)"))
        self.search_edit.setAccessibleName(self.tr("Search tokens"))
        self.table.setAccessibleName(self.tr("API tokens"))
        self.row_buttons.set_buttons([
            RowButton("edit", self.tr("Edit"), self.tr("Edit this token (Enter)")),
            (RowButton("suspend", self.tr("Suspend"),
                       self.tr("Switch this token off without deleting it")),
             RowButton("resume", self.tr("Resume"), self.tr("Switch this token on again"))),
            RowButton("delete", self.tr("Delete"), self.tr("Delete this token (Del)")),
            RowButton("more", self.tr("…"),
                      self.tr("More actions: Regenerate key…, Extend expiry…")),
        ])
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- selection and state ---------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """Whether a change of tokens (one, or a bulk action) is under way."""
        return self._work.running or self._bulk is not None

    def selected_token(self) -> Token | None:
        """The selected token when exactly one row is selected (Edit, Regenerate key and
        the single-token questions), else None."""
        rows = self.table.selectionModel().selectedRows()
        if len(rows) != 1:
            return None
        return self.model.token(rows[0].row())

    def selected_tokens(self) -> list[Token]:
        """Every selected token, in the grid's order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        return [t for t in (self.model.token(row) for row in rows) if t is not None]

    def select_token(self, token_id: int) -> bool:
        row = self.model.row_of(token_id)
        if row < 0:
            return False
        select_row(self.table, row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _row_shows(self, row: int) -> tuple[str, ...]:
        """Which of Suspend and Resume ``row``'s Action cell shows."""
        token = self.model.token(row)
        return ("resume",) if token is not None and token.is_suspended else ("suspend",)

    def _update_actions(self, *_args: object) -> None:
        s = self.session
        busy = self.busy
        token = self.selected_token()
        chosen = token is not None and not busy
        tokens = [] if busy else self.selected_tokens()
        any_active = any(not t.is_suspended for t in tokens)
        any_suspended = any(t.is_suspended for t in tokens)
        may_edit, may_regenerate, may_delete = (
            s.may("tokens.update"), s.may("tokens.regenerate"), s.may("tokens.delete"))
        may_suspend, may_resume = s.may("tokens.suspend"), s.may("tokens.resume")
        self.add_action.setEnabled(s.may("tokens.create") and not busy)
        self.enroll_action.setEnabled(s.may("enrollments.create") and not busy)
        self.edit_action.setEnabled(chosen and may_edit)
        self.regenerate_action.setEnabled(chosen and may_regenerate)
        self.suspend_action.setEnabled(any_active and may_suspend)
        self.resume_action.setEnabled(any_suspended and may_resume)
        self.delete_action.setEnabled(bool(tokens) and may_delete)
        self.extend_action.setEnabled(bool(tokens) and may_edit)
        self.export_action.setEnabled(s.may("tokens.list") and self.export is None)
        # A row's buttons act on their own row (a click selects it first): only the
        # permission and the work under way count, as for the toolbar's actions.
        self.row_buttons.set_enabled(
            key for key, ok in (("edit", may_edit), ("suspend", may_suspend),
                                ("resume", may_resume), ("delete", may_delete),
                                ("more", may_regenerate or may_edit)) if ok and not busy)

    def _rows_arrived(self) -> None:
        if self._select_after_load is None or self.model.is_fetching():
            return
        token_id = self._select_after_load
        if self.select_token(token_id):
            self._select_after_load = None
        elif self._find_pages_left > 0 and self.model.canFetchMore():
            # Not on the pages read so far: the server sorted it further down.
            self._find_pages_left -= 1
            self.model.fetchMore()
        else:
            self._select_after_load = None

    def _return_to_grid(self, token_id: int | None = None, row: int | None = None) -> None:
        """After a dialog or a message box: make the window active again and put the
        keyboard focus on the grid, on ``token_id``'s row (or ``row``, or the selected one).
        Closing a modal window leaves none active on some platforms."""
        if not self.isVisible() or QApplication.activeModalWidget() is not None:
            return
        if token_id is not None:
            self.select_token(token_id)
        elif row is not None and self.model.rowCount():
            select_row(self.table, max(0, min(row, self.model.rowCount() - 1)))
        self.window().activateWindow()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def focus_search(self) -> None:
        """Ctrl+F: into the search box, its text selected to be typed over."""
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.search_edit and event.type() == QEvent.Type.ShortcutOverride
                and isinstance(event, QKeyEvent) and event.key() in _SEARCH_KEYS):
            event.accept()  # the box wants the key: no window shortcut takes it
            return True
        return super().eventFilter(watched, event)

    # -- search and sort -------------------------------------------------------------------

    def _apply_search(self) -> None:
        self._search_timer.stop()
        text = self.search_edit.text()
        prefix = whole_key_prefix(text)
        if prefix is not None:
            self._offer_prefix_search(prefix)
            return
        self.model.set_search(text, self.chip_filter())

    # -- filter chips ----------------------------------------------------------------------

    def _chip(self) -> QAction:
        chip = QAction(self)
        chip.setCheckable(True)
        chip.toggled.connect(lambda on, c=chip: self._chip_toggled(c, on))
        self.filter_bar.addAction(chip)
        button = self.filter_bar.widgetForAction(chip)
        if button is not None:
            button.setObjectName("filterChip")
            # In the Tab chain, unlike a toolbar's buttons: the Suspended chip has no
            # mnemonic (retranslate says why), and Tab and Space reach every chip.
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return chip

    def chips(self) -> list[QAction]:
        return [self.expiring_chip, self.expired_chip, self.suspended_chip, self.unused_chip,
                self.unrestricted_chip]

    def chip_button(self, chip: QAction) -> QWidget | None:
        """The button that shows ``chip`` (tests click it)."""
        return self.filter_bar.widgetForAction(chip)

    def _chip_toggled(self, chip: QAction, on: bool) -> None:
        if self._clearing:
            return
        if on and chip in self._status_chips:
            # The server takes one status: the other status chips go off (that toggle
            # asks for the new filter; asking again below finds nothing changed).
            for other in self._status_chips:
                if other is not chip:
                    other.setChecked(False)
        self._apply_search()

    def chip_filter(self) -> TokenFilter:
        """The filter the checked chips ask for."""
        status = next((value.value for chip, value in self._status_chips.items()
                       if chip.isChecked()), None)
        return TokenFilter(status=status,
                           unused_days=UNUSED_DAYS if self.unused_chip.isChecked() else None,
                           unrestricted=True if self.unrestricted_chip.isChecked() else None)

    def clear_filters(self) -> None:
        """Every chip off and the search box empty: the whole list, in one reload."""
        self._clearing = True  # one reload below, not one per chip
        try:
            for chip in self.chips():
                chip.setChecked(False)
        finally:
            self._clearing = False
        self.search_edit.blockSignals(True)
        self.search_edit.clear()
        self.search_edit.blockSignals(False)
        self._search_timer.stop()
        self.model.set_search("", TokenFilter())
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _offer_prefix_search(self, prefix: str) -> None:
        """A whole key in the search box is not sent; offer its public prefix instead."""
        if ask(self, self.tr("Search API tokens"),
               self.tr("The search holds a whole API key. Searching by it would send the "
                       "secret key to the server, which may keep it in its logs."),
               detail=fill(self.tr("Search by the key's first 12 characters, %1, instead?"),
                           prefix)):
            self.search_edit.setText(prefix)
            self._apply_search()
        # On No the box keeps its text and the list its last search: nothing is sent.

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column not in TokenModel.SORT_KEYS:
            # The server cannot sort by a list column; put the indicator back.
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(*self._sort)
            header.blockSignals(False)
            return
        self._sort = (column, order)
        self.model.sort(column, order)

    def refresh(self) -> None:
        self.model.reload()

    # -- actions ---------------------------------------------------------------------------

    def _context_menu(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        if index.isValid() and not self.table.selectionModel().isRowSelected(index.row()):
            select_row(self.table, index.row())  # a selected row keeps the others with it
        menu = QMenu(self)
        menu.addAction(self.add_action)
        menu.addAction(self.enroll_action)
        menu.addSeparator()
        menu.addAction(self.edit_action)
        menu.addAction(self.regenerate_action)
        # Suspend or Resume as the selection allows (both for a mixed selection).
        if self.suspend_action.isEnabled() or not self.resume_action.isEnabled():
            menu.addAction(self.suspend_action)
        if self.resume_action.isEnabled():
            menu.addAction(self.resume_action)
        menu.addAction(self.delete_action)
        menu.addAction(self.extend_action)
        menu.addSeparator()
        menu.addAction(self.refresh_action)
        menu.addAction(self.export_action)
        menu.exec(self.table.viewport().mapToGlobal(pos))
        menu.deleteLater()  # a menu per right-click would otherwise pile up on the page

    def _row_button_clicked(self, row: int, key: str) -> None:
        """A row's Edit, Suspend, Resume, Delete or "…" button (the row is selected
        already)."""
        token = self.model.token(row)
        if token is None:
            return
        if key == "edit":
            self.edit_selected()
        elif key == "suspend":
            self.suspend_selected()
        elif key == "resume":
            self.resume_selected()
        elif key == "delete":
            self.delete_selected()
        elif key == "more":
            rect = self.row_buttons.button_rect(row, key)
            corner = rect.bottomRight() if self.isRightToLeft() else rect.bottomLeft()
            menu = QMenu(self)
            menu.setObjectName("rowMoreMenu")
            menu.addAction(self.regenerate_action)
            menu.addAction(self.extend_action)
            menu.exec(self.table.viewport().mapToGlobal(corner))
            menu.deleteLater()

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and self.edit_action.isEnabled():
            self.edit_selected()

    def _open_dialog(self, token: Token | None, *, enrollment: bool = False) -> TokenDialog:
        """The token dialog for ``token`` (None: a new one), or with ``enrollment`` an
        enrollment code's; one at a time (one already open is raised instead)."""
        from ..token_dialog import EnrollmentDialog, TokenDialog  # on first use: large

        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        dialog = (EnrollmentDialog(self.session, clear_after_ms=self.clear_after_ms,
                                   parent=self) if enrollment
                  else TokenDialog(self.session, token, clear_after_ms=self.clear_after_ms,
                                   parent=self))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.token_saved.connect(self._token_saved if token is not None
                                   else self._token_added)
        # After a conflicting edit (412) the dialog reads the server's token again: the
        # row shows it as it now is, not as it was when the dialog opened.
        dialog.token_reloaded.connect(self.model.replace_item)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()  # window-modal, without a nested event loop
        return dialog

    def _dialog_closed(self, _result: int) -> None:
        dialog, self.dialog = self.dialog, None
        token_id = dialog.token_id if dialog is not None else None
        # Once the dialog is gone from the screen (the platform then activates some window).
        QTimer.singleShot(0, lambda: self._return_to_grid(token_id))

    def add_token(self) -> TokenDialog | None:
        if not self.add_action.isEnabled():
            return None
        return self._open_dialog(None)

    def create_enrollment_code(self) -> TokenDialog | None:
        """The template of an enrollment code (DESIGN §13); it shows the code once."""
        if not self.enroll_action.isEnabled():
            return None
        return self._open_dialog(None, enrollment=True)

    def edit_selected(self) -> TokenDialog | None:
        token = self.selected_token()
        if token is None or not self.edit_action.isEnabled():
            return None
        return self._open_dialog(token)

    def _token_added(self, token: Token) -> None:
        # Where the new token sorts is the server's business: load the list again.
        self._select_after_load = token.id
        self._find_pages_left = FIND_ADDED_PAGES
        self.model.reload()

    def _token_saved(self, token: Token) -> None:
        self.model.replace_item(token)

    def regenerate_selected(self) -> None:
        token = self.selected_token()
        if token is None or not self.regenerate_action.isEnabled():
            return
        task = regenerate_key(self, self.session, token, busy=self._work,
                              regenerated=self.model.replace_item,
                              failed=lambda e: self._failed(e, token),
                              clear_after_ms=self.clear_after_ms,
                              closed=lambda: self._return_to_grid(token.id))
        if task is None:  # the user said No
            self._return_to_grid(token.id)

    def suspend_selected(self) -> None:
        """Ask (twice for the caller's own token), then suspend in the background; several
        rows selected: :meth:`bulk_suspend`."""
        if len(self.selected_tokens()) > 1:
            self.bulk_suspend()
            return
        token = self.selected_token()
        if token is None or not self.suspend_action.isEnabled():
            return
        own = self.model.is_own(token)
        question = fill(self.tr("Suspend the API token of %1 (key %2…)?"),
                        token.organization_name, token.key_prefix)
        if own:
            question += "\n" + self.tr("This is the token you are signed in with.")
        if not ask(self, self.tr("Suspend API token"), question,
                   detail=self.tr("Programs that use this key stop working until the token "
                                  "is resumed. Its settings and history are kept."),
                   destructive=True) or (own and not self._confirm_own_suspend()):
            self._return_to_grid(token.id)
            return
        self._work.run(lambda c: c.suspend_token(token.id),
                       lambda changed: self._status_changed(changed, own),
                       lambda e: self._failed(e, token))

    def _confirm_own_suspend(self) -> bool:
        """The second question before suspending the token this app is signed in with."""
        profile = self.session.profile
        name = profile.name if profile is not None else ""
        return ask(self, self.tr("Suspend your own API token"),
                   fill(self.tr("You are signed in with this token. If you suspend it, "
                                "profile “%1” stops working, and you cannot resume it from "
                                "here: another administrator has to."), name),
                   detail=self.tr("Suspend the token you are signed in with?"),
                   destructive=True)

    def resume_selected(self) -> None:
        """Resume in the background; a token whose key leaked asks first, as resuming
        makes that key work again. Several rows selected: :meth:`bulk_resume`."""
        if len(self.selected_tokens()) > 1:
            self.bulk_resume()
            return
        token = self.selected_token()
        if token is None or not self.resume_action.isEnabled():
            return
        if token.is_leaked and not ask(
                self, self.tr("Resume API token"),
                fill(self.tr("The key %2… of %1 was reported as leaked. Resume the token "
                             "anyway?"), token.organization_name, token.key_prefix),
                detail=self.tr("Whoever has the leaked key can use it again. Regenerate the "
                               "key to make it useless."),
                destructive=True):
            self._return_to_grid(token.id)
            return
        self._work.run(lambda c: c.resume_token(token.id), self._status_changed,
                       lambda e: self._failed(e, token))

    def _status_changed(self, token: Token, own: bool = False) -> None:
        """The server's token after a suspend or resume: its row, in place."""
        self.model.replace_item(token)
        self._update_actions()
        self._return_to_grid(token.id)
        if own:
            # The profile's key no longer works: let the window show it at once.
            self.session.verify()

    def delete_selected(self) -> None:
        if len(self.selected_tokens()) > 1:
            self.bulk_delete()
            return
        token = self.selected_token()
        if token is None or not self.delete_action.isEnabled():
            return
        own = self.model.is_own(token)
        question = fill(self.tr("Delete the API token of %1 (key %2…)?"),
                        token.organization_name, token.key_prefix)
        if own:
            question += "\n" + self.tr("This is the token you are signed in with.")
        if not ask(self, self.tr("Delete API token"), question,
                   detail=self.tr("Programs that use this key stop working at once. This "
                                  "cannot be undone."),
                   destructive=True):
            self._return_to_grid(token.id)
            return
        if own and not self._confirm_own_delete():
            self._return_to_grid(token.id)
            return
        self._work.run(lambda c: c.delete_token(token.id),
                       lambda _r: self._deleted(token, own), lambda e: self._failed(e, token))

    def _confirm_own_delete(self) -> bool:
        """The second question before deleting the token this app is signed in with."""
        profile = self.session.profile
        name = profile.name if profile is not None else ""
        return ask(self, self.tr("Delete your own API token"),
                   fill(self.tr("You are signed in with this token. If you delete it, you "
                                "will be signed out: profile “%1” stops working until it gets "
                                "a new API token."), name),
                   detail=self.tr("Delete the token you are signed in with?"),
                   destructive=True)

    def _deleted(self, token: Token, own: bool = False) -> None:
        row = self.model.row_of(token.id)
        self.model.remove_key(token.id)
        inform(self, self.tr("Delete API token"), self.tr("API Token is Deleted"))
        self._return_to_grid(row=row if row >= 0 else None)  # on the row that took its place
        if own:
            # The profile's key no longer works: let the window show it at once.
            self.session.verify()

    def _failed(self, error: BaseException, token: Token) -> None:
        row = self.model.row_of(token.id)
        if getattr(error, "code", None) == "not_found":
            self.model.remove_key(token.id)  # someone else deleted it: stop showing it
        warn(self, self.tr("API tokens"), describe(error))
        if self.model.row_of(token.id) >= 0:
            self._return_to_grid(token.id)
        else:
            self._return_to_grid(row=row if row >= 0 else None)

    # -- bulk actions ------------------------------------------------------------------------

    def _without_own(self, tokens: list[Token]) -> tuple[list[Token], bool]:
        """``tokens`` less the one the app is signed in with (never suspended or deleted
        along with others), and whether it was among them."""
        kept = [t for t in tokens if not self.model.is_own(t)]
        return kept, len(kept) < len(tokens)

    def _own_left_out(self) -> str:
        return self.tr("The token you are signed in with is selected too: it is left out. "
                       "Select it alone to change it.")

    def bulk_suspend(self) -> BulkRun[Token] | None:
        """Suspend every selected active token, after one question naming the count."""
        if not self.suspend_action.isEnabled():
            return None
        tokens, own = self._without_own(
            [t for t in self.selected_tokens() if not t.is_suspended])
        count = len(tokens)
        title = self.tr("Suspend API tokens")
        detail = self.tr("Programs that use their keys stop working until the tokens are "
                         "resumed. Their settings and history are kept.")
        if not self._ask_bulk(title, self.tr("Suspend %n API tokens?", "", count), detail,
                              own, count):
            return None
        return self._run_bulk(tokens, lambda c, t: c.suspend_token(t.id), title,
                              own_left_out=own)

    def bulk_resume(self) -> BulkRun[Token] | None:
        """Resume every selected suspended token, after one question naming the count (and
        how many of them were reported as leaked)."""
        if not self.resume_action.isEnabled():
            return None
        tokens = [t for t in self.selected_tokens() if t.is_suspended]
        count, leaked = len(tokens), sum(t.is_leaked for t in tokens)
        title = self.tr("Resume API tokens")
        detail = self.tr("Programs that use their keys work again.")
        if leaked:
            detail += "\n" + self.leaked_note(leaked)
        if not self._ask_bulk(title, self.tr("Resume %n API tokens?", "", count), detail,
                              False, count, destructive=bool(leaked)):
            return None
        return self._run_bulk(tokens, lambda c, t: c.resume_token(t.id), title)

    def leaked_note(self, leaked: int) -> str:
        return self.tr("%n of them were reported as leaked: whoever has a leaked key can use "
                       "it again.", "", leaked)

    def bulk_delete(self) -> BulkRun[Token] | None:
        """Delete every selected token (but the caller's own), after one question naming
        the count."""
        if not self.delete_action.isEnabled():
            return None
        tokens, own = self._without_own(self.selected_tokens())
        count = len(tokens)
        title = self.tr("Delete API tokens")
        detail = self.tr("Programs that use their keys stop working at once. This cannot be "
                         "undone.")
        if not self._ask_bulk(title, self.tr("Delete %n API tokens?", "", count), detail,
                              own, count):
            return None
        return self._run_bulk(tokens, lambda c, t: c.delete_token(t.id), title,
                              own_left_out=own)

    def _ask_bulk(self, title: str, question: str, detail: str, own_left_out: bool,
                  count: int, *, destructive: bool = True) -> bool:
        """The one question of a bulk action; with nothing left to do, say so instead."""
        if own_left_out:
            detail = self._own_left_out() + "\n\n" + detail
        if count == 0:
            inform(self, title, self.tr("There is nothing to change in the selection."),
                   detail=self._own_left_out() if own_left_out else None)
            self._return_to_grid()
            return False
        if ask(self, title, question, detail=detail, destructive=destructive):
            return True
        self._return_to_grid()
        return False

    def _run_bulk(self, tokens: list[Token],
                  action: Callable[[TokenServerClient, Token], Any], title: str, *,
                  own_left_out: bool = False,
                  skipped: list[tuple[Token, str]] | None = None) -> BulkRun[Token]:
        run: BulkRun[Token] = BulkRun(self, self.session, tokens, action, title=title,
                                      progress_text=self.bulk_progress_text,
                                      cancel_text=self.tr("Cancel"))
        run.item_done.connect(self._bulk_item_done)
        run.item_failed.connect(self._bulk_item_failed)
        run.finished.connect(lambda outcome: self._bulk_finished(
            title, outcome, own_left_out, skipped or []))
        self._bulk = run
        self._update_actions()
        return run.start()

    def bulk_progress_text(self, done: int, total: int) -> str:
        return fill(self.tr("%1 of %2 API tokens done…"), done, total)

    def _bulk_item_done(self, token: Token, answer: object) -> None:
        """One row's change, shown at once: the server's token, or the row gone."""
        if isinstance(answer, Token):
            self.model.replace_item(answer)
        else:
            self.model.remove_key(token.id)  # deleted

    def _bulk_item_failed(self, token: Token, error: BaseException) -> None:
        if getattr(error, "code", None) == "not_found":
            self.model.remove_key(token.id)  # someone else deleted it: stop showing it

    def _bulk_finished(self, title: str, outcome: BulkOutcome[Token], own_left_out: bool,
                       skipped: list[tuple[Token, str]]) -> None:
        self._bulk = None
        self._update_actions()
        done, failed = len(outcome.done), len(outcome.failed)
        lines = [self.bulk_done_text(done)]
        if outcome.cancelled:
            lines.append(self.bulk_cancelled_text(len(outcome.not_done)))
        if own_left_out:
            lines.append(self.tr("The token you are signed in with was left out."))
        if failed:
            lines.append(self.bulk_failed_text(failed))
        problems = [(t, describe(e)) for t, e in outcome.failed] + skipped
        if skipped:
            lines.append(self.bulk_skipped_text(len(skipped)))
        detail = "\n".join(fill(self.tr("%1: %2"), self.token_label(t), why)
                           for t, why in problems[:SUMMARY_LINES])
        if len(problems) > SUMMARY_LINES:
            detail += "\n" + self.more_text(len(problems) - SUMMARY_LINES)
        if problems:
            warn(self, title, "\n".join(lines), detail=detail)
        else:
            inform(self, title, "\n".join(lines))
        if not self.model.filters.is_empty:
            # Changed rows may no longer match the chips (a resumed token under
            # "Suspended"): ask the server what matches now.
            self.model.reload()
        self._return_to_grid()

    def token_label(self, token: Token) -> str:
        """A token as a summary line names it: its ID, name or organization, key prefix."""
        return fill(self.tr("ID %1, %2 (key %3…)"), token.id,
                    token.name or token.organization_name, token.key_prefix)

    def bulk_done_text(self, done: int) -> str:
        return self.tr("%n API tokens changed.", "", done)

    def bulk_failed_text(self, failed: int) -> str:
        return self.tr("%n API tokens could not be changed:", "", failed)

    def bulk_skipped_text(self, skipped: int) -> str:
        return self.tr("%n API tokens were left as they are:", "", skipped)

    def bulk_cancelled_text(self, not_done: int) -> str:
        return self.tr("Cancelled: %n API tokens were not changed.", "", not_done)

    def more_text(self, more: int) -> str:
        return self.tr("… and %n more.", "", more)

    # -- extend expiry -----------------------------------------------------------------------

    def extend_selected(self) -> BulkRun[Token] | None:
        """Ask how far to move the selected tokens' expiry (+30 days, +90 days or a date),
        then change them one by one. A token that never expires is left as it is (an
        expiry would shorten it), as is one that already expires after the date picked.
        The server refuses what the token policy forbids; that row is reported."""
        tokens = self.selected_tokens()
        if not tokens or not self.extend_action.isEnabled():
            return None
        choice = ExtendChoice(self)
        title = self.tr("Extend expiry")
        question = self.tr("Extend the expiry of %n API tokens?", "", len(tokens))
        if not ask(self, title, question, extra=choice.build,
                   detail=self.tr("Each token's expiry moves on from its current expiry "
                                  "(from today if it has passed). Tokens that never expire "
                                  "are left as they are.")):
            self._return_to_grid()
            return None
        now = datetime.now(UTC)
        changes: list[tuple[Token, datetime]] = []
        skipped: list[tuple[Token, str]] = []
        for token in tokens:
            new = choice.new_expiry(token.expires_at, now)
            if token.expires_at is None:
                skipped.append((token, self.tr("it never expires")))
            elif new is None or new <= token.expires_at:
                skipped.append((token, self.tr("it already expires later")))
            else:
                changes.append((token, new))
        planned = {t.id: new for t, new in changes}

        def extend(client: TokenServerClient, token: Token) -> Token:
            # If-Match: the version the row shows; changed by someone meanwhile is 412.
            return client.update_token(token.id, if_match=token.version,
                                       expires_at=planned[token.id])

        return self._run_bulk([t for t, _new in changes], extend, title, skipped=skipped)

    # -- export ------------------------------------------------------------------------------

    def export_csv(self, path: str | Path | None = None) -> CsvExport | None:
        """Save every token the chips and the search match, as the grid sorts them, to a CSV
        file (asked for with a file dialog unless ``path`` is given)."""
        if self.export is not None or not self.export_action.isEnabled():
            return None
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export API tokens"), str(Path.home() / "api-tokens.csv"),
                self.tr("CSV files (*.csv)"))
            if not chosen:
                return None
            path = chosen
        filters, sort = self.model.current_filter(), self.model.sort_key

        def fetch(client: TokenServerClient, offset: int) -> tuple[list[list[str]], int]:
            page = client.list_tokens(offset, EXPORT_PAGE_SIZE, sort=sort, filters=filters)
            return [token_row(t) for t in page.items], page.total

        export = CsvExport(self, self.session, path, TOKEN_COLUMNS, fetch,
                           title=self.tr("Export API tokens"),
                           progress_text=self.export_progress_text,
                           cancel_text=self.tr("Cancel"))
        export.finished.connect(self._exported)
        export.failed.connect(self._export_failed)
        export.cancelled.connect(self._export_ended)
        self.export = export
        self._update_actions()
        return export.start()

    def export_progress_text(self, done: int, total: int) -> str:
        if not total:
            return self.tr("Reading API tokens…")
        return fill(self.tr("Read %1 of %2 API tokens…"), done, total)

    def _export_ended(self) -> None:
        self.export = None
        self._update_actions()
        self._return_to_grid()

    def _exported(self, result: ExportResult) -> None:
        self.export = None
        self._update_actions()
        inform(self, self.tr("Export API tokens"), self.exported_text(result.rows),
               detail=str(result.path))
        self._return_to_grid()

    def exported_text(self, rows: int) -> str:
        return self.tr("Exported %n API tokens to the file below.", "", rows)

    def _export_failed(self, error: BaseException) -> None:
        text = (fill(self.tr("The file could not be written: %1"),
                     error.strerror or str(error))
                if isinstance(error, OSError) else describe(error))
        self.export = None
        self._update_actions()
        warn(self, self.tr("Export API tokens"), text)
        self._return_to_grid()


class ExtendChoice(QObject):
    """The choices under the "Extend expiry" question: +30 days, +90 days or a date."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.day_buttons: list[tuple[QRadioButton, int]] = []
        self.date_button: QRadioButton | None = None
        self.date_edit: DateEdit | None = None

    def build(self, box: QMessageBox) -> QWidget:
        holder = QWidget(box)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        for days in EXTEND_DAYS:
            button = QRadioButton(self.plus_days_text(days), holder)
            self.day_buttons.append((button, days))
            row.addWidget(button)
        self.day_buttons[0][0].setChecked(True)
        self.date_button = QRadioButton(self.tr("Until &date:"), holder)
        self.date_edit = DateEdit(holder)
        self.date_edit.setAccessibleName(self.tr("New expiry date"))
        self.date_edit.set_day(date.today() + timedelta(days=EXTEND_DAYS[-1]))
        self.date_edit.set_minimum_day(date.today())
        # Typing a date means it: its choice is picked with it.
        self.date_edit.changed.connect(self.date_button.click)
        row.addWidget(self.date_button)
        row.addWidget(self.date_edit)
        row.addStretch(1)
        return holder

    def plus_days_text(self, days: int) -> str:
        return self.tr("+%n days", "", days)

    def new_expiry(self, current: datetime | None, now: datetime) -> datetime | None:
        """The expiry a token at ``current`` gets; None when the date typed is unreadable."""
        for button, days in self.day_buttons:
            if button.isChecked():
                return max(current or now, now) + timedelta(days=days)
        day = self.date_edit.day() if self.date_edit is not None else None
        return end_of_day(day, user_zone(day)) if day is not None else None
