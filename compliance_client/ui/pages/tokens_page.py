"""The API tokens page: a server-paged grid with search, sort and the per-row actions.

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
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

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
    QApplication,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QSizePolicy,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ...domain.keys import whole_key_prefix
from ...domain.tokens import Token
from ..errors import describe
from ..grid.model import DEFAULT_PAGE_SIZE, LoadState
from ..grid.row_buttons import RowButton
from ..grid.selection import select_row
from ..grid.tokens import Column, TokenModel
from ..grid.view import ColumnSize, PagedGrid
from ..key_dialog import CLIPBOARD_CLEAR_MS, regenerate_key
from ..messages import ask, inform, warn
from ..session import ConnectionState
from ..tasks import Busy
from ..text import fill
from ..widgets import PageTitle

if TYPE_CHECKING:
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
        for action in (self.add_action, self.edit_action, self.regenerate_action,
                       self.suspend_action, self.resume_action, self.delete_action,
                       self.refresh_action, self.find_action):
            action.setShortcutContext(window_wide)
            self.addAction(action)

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("tokensToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.add_action, self.edit_action, self.regenerate_action,
                       self.suspend_action, self.resume_action, self.delete_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.refresh_action)
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

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
        top.addWidget(self.search_edit, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.grid, 1)

        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.model.state_changed.connect(self._rows_arrived)
        session.state_changed.connect(self._update_actions)
        session.state_changed.connect(self._connection_changed)
        session.profile_changed.connect(self._profile_changed)
        self._was_connected = session.state == ConnectionState.CONNECTED
        self.retranslate()
        self._update_actions()

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
            (self.edit_action, self.tr("&Edit…"), self.tr("Edit the selected token (Enter)")),
            (self.regenerate_action, self.tr("&Regenerate key…"),
             self.tr("Issue a new key for the selected token")),
            (self.suspend_action, self.tr("Sus&pend…"),
             self.tr("Switch the selected token off without deleting it")),
            (self.resume_action, self.tr("Res&ume"),
             self.tr("Switch the selected suspended token on again")),
            (self.delete_action, self.tr("&Delete"),
             self.tr("Delete the selected token (Del)")),
            (self.refresh_action, self.tr("Refre&sh"), self.tr("Load the list again (F5)")),
        )
        for action, text, tip in texts:
            action.setText(text)
            action.setIconText(text)
            action.setToolTip(tip)
        # Every letter of "Resume" is another toolbar button's in some language (Regenerate
        # is "ne&u generieren" in German, Edit "&Modifier" in French): its toolbar button
        # has none; the context menu, a scope of its own, keeps Res&ume.
        self.resume_action.setIconText(self.tr("Resume"))
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
            RowButton("more", self.tr("…"), self.tr("More actions: Regenerate key…")),
        ])
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- selection and state ---------------------------------------------------------------

    def selected_token(self) -> Token | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.token(rows[0].row())

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
        busy = self._work.running
        token = self.selected_token()
        chosen = token is not None and not busy
        suspended = token is not None and token.is_suspended
        may_edit, may_regenerate, may_delete = (
            s.may("tokens.update"), s.may("tokens.regenerate"), s.may("tokens.delete"))
        may_suspend, may_resume = s.may("tokens.suspend"), s.may("tokens.resume")
        self.add_action.setEnabled(s.may("tokens.create") and not busy)
        self.edit_action.setEnabled(chosen and may_edit)
        self.regenerate_action.setEnabled(chosen and may_regenerate)
        self.suspend_action.setEnabled(chosen and may_suspend and not suspended)
        self.resume_action.setEnabled(chosen and may_resume and suspended)
        self.delete_action.setEnabled(chosen and may_delete)
        # A row's buttons act on their own row (a click selects it first): only the
        # permission and the work under way count, as for the toolbar's actions.
        self.row_buttons.set_enabled(
            key for key, ok in (("edit", may_edit), ("suspend", may_suspend),
                                ("resume", may_resume), ("delete", may_delete),
                                ("more", may_regenerate)) if ok and not busy)

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
        self.model.set_query(text)

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
        if index.isValid():
            select_row(self.table, index.row())
        menu = QMenu(self)
        menu.addAction(self.add_action)
        menu.addSeparator()
        menu.addAction(self.edit_action)
        menu.addAction(self.regenerate_action)
        menu.addAction(self.suspend_action if self.suspend_action.isEnabled()
                       or not self.resume_action.isEnabled() else self.resume_action)
        menu.addAction(self.delete_action)
        menu.addSeparator()
        menu.addAction(self.refresh_action)
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
            menu.exec(self.table.viewport().mapToGlobal(corner))
            menu.deleteLater()

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and self.edit_action.isEnabled():
            self.edit_selected()

    def _open_dialog(self, token: Token | None) -> TokenDialog:
        from ..token_dialog import TokenDialog  # on first use: a large module

        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return self.dialog
        dialog = TokenDialog(self.session, token, clear_after_ms=self.clear_after_ms,
                             parent=self)
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
        """Ask (twice for the caller's own token), then suspend in the background."""
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
        makes that key work again."""
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
