"""The API tokens page: a server-paged grid with search, sort and the per-row actions.

Add, Edit, Regenerate key and Delete are in the toolbar, the context menu and on the
keyboard (Ctrl+N, Enter, Del; double-click edits). Destructive actions ask first through
``messages.ask``; every outcome is told through ``messages.inform``/``warn``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
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
from ..grid.model import DEFAULT_PAGE_SIZE
from ..grid.tokens import Column, TokenModel
from ..grid.view import PagedGrid
from ..key_dialog import CLIPBOARD_CLEAR_MS, regenerate_key
from ..messages import ask, inform, warn
from ..tasks import Busy
from ..text import fill
from ..widgets import PageTitle

if TYPE_CHECKING:
    from ..session import Session
    from ..token_dialog import TokenDialog

SEARCH_DELAY_MS = 300


# Column widths in average characters (the last column stretches).
_WIDTHS = {
    Column.ORG_NAME: 22, Column.ORG_ID: 15, Column.KEY: 19, Column.ALLOWED_ENDPOINTS: 20,
    Column.BLOCKED_ENDPOINTS: 19, Column.ALLOWED_IPS: 17, Column.BLOCKED_IPS: 14,
    Column.EXPIRES: 30, Column.LAST_USED: 28,
}


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
        self.grid.set_column_widths([_WIDTHS[c] for c in range(Column.COUNT)])
        header = self.table.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(Column.ORG_NAME, Qt.SortOrder.AscendingOrder)
        self._sort = (Column.ORG_NAME, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort_changed)

        self.add_action = QAction(self)
        self.add_action.setShortcut(QKeySequence.StandardKey.New)
        self.add_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.add_action.triggered.connect(self.add_token)
        self.edit_action = QAction(self)
        self.edit_action.setShortcuts([QKeySequence(Qt.Key.Key_Return),
                                       QKeySequence(Qt.Key.Key_Enter)])
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.edit_action.triggered.connect(self.edit_selected)
        self.regenerate_action = QAction(self)
        self.regenerate_action.triggered.connect(self.regenerate_selected)
        self.delete_action = QAction(self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.refresh_action.triggered.connect(self.refresh)
        self.addAction(self.add_action)
        self.addAction(self.refresh_action)
        # Enter and Del act on the grid only: in the search box they keep their usual meaning.
        self.table.addAction(self.edit_action)
        self.table.addAction(self.delete_action)

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("tokensToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.add_action, self.edit_action, self.regenerate_action,
                       self.delete_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.refresh_action)
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("tokenSearch")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(self.fontMetrics().averageCharWidth() * 34)
        self.toolbar.addWidget(self.search_edit)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search_edit.textChanged.connect(self._search_timer.start)
        self.search_edit.returnPressed.connect(self._apply_search)

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addStretch(1)
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
        session.profile_changed.connect(self._profile_changed)
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

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("API tokens"))
        self.add_action.setText(self.tr("&Add token"))
        self.add_action.setToolTip(self.tr("Add an API token (Ctrl+N)"))
        self.edit_action.setText(self.tr("&Edit…"))
        self.edit_action.setToolTip(self.tr("Edit the selected token (Enter)"))
        self.regenerate_action.setText(self.tr("&Regenerate key…"))
        self.regenerate_action.setToolTip(self.tr("Issue a new key for the selected token"))
        self.delete_action.setText(self.tr("&Delete"))
        self.delete_action.setToolTip(self.tr("Delete the selected token (Del)"))
        self.refresh_action.setText(self.tr("Re&fresh"))
        self.refresh_action.setToolTip(self.tr("Load the list again (F5)"))
        self.search_edit.setPlaceholderText(self.tr("Search organization, ID or key…"))
        self.search_edit.setAccessibleName(self.tr("Search tokens"))
        self.table.setAccessibleName(self.tr("API tokens"))
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
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def _update_actions(self, *_args: object) -> None:
        s = self.session
        busy = self._work.running
        chosen = self.selected_token() is not None and not busy
        self.add_action.setEnabled(s.may("tokens.create") and not busy)
        self.edit_action.setEnabled(chosen and s.may("tokens.update"))
        self.regenerate_action.setEnabled(chosen and s.may("tokens.regenerate"))
        self.delete_action.setEnabled(chosen and s.may("tokens.delete"))

    def _rows_arrived(self) -> None:
        if self._select_after_load is not None and not self.model.is_fetching():
            token_id, self._select_after_load = self._select_after_load, None
            self.select_token(token_id)

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
            self.table.selectRow(index.row())
        menu = QMenu(self)
        menu.addAction(self.add_action)
        menu.addSeparator()
        menu.addAction(self.edit_action)
        menu.addAction(self.regenerate_action)
        menu.addAction(self.delete_action)
        menu.addSeparator()
        menu.addAction(self.refresh_action)
        menu.exec(self.table.viewport().mapToGlobal(pos))

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
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()  # window-modal, without a nested event loop
        return dialog

    def _dialog_closed(self, _result: int) -> None:
        self.dialog = None

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
        self.model.reload()

    def _token_saved(self, token: Token) -> None:
        self.model.replace_item(token)

    def regenerate_selected(self) -> None:
        token = self.selected_token()
        if token is None or not self.regenerate_action.isEnabled():
            return
        regenerate_key(self, self.session, token, busy=self._work,
                       regenerated=self.model.replace_item,
                       failed=lambda e: self._failed(e, token),
                       clear_after_ms=self.clear_after_ms)

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
            return
        if own and not self._confirm_own_delete():
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
        self.model.remove_key(token.id)
        inform(self, self.tr("Delete API token"), self.tr("API Token is Deleted"))
        if own:
            # The profile's key no longer works: let the window show it at once.
            self.session.verify()

    def _failed(self, error: BaseException, token: Token) -> None:
        if getattr(error, "code", None) == "not_found":
            self.model.remove_key(token.id)  # someone else deleted it: stop showing it
        warn(self, self.tr("API tokens"), describe(error))
