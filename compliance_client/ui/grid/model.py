"""The paging base of every server-backed grid (API tokens, audit log).

:class:`PagedTableModel` is a ``QAbstractTableModel`` whose rows are domain objects held in
a plain list, or in a compact container of the subclass's (:meth:`new_rows`; no per-row
widgets, no per-cell objects), fetched a page at a time by
``canFetchMore``/``fetchMore`` as the view scrolls. Each page comes from the server through
``Session.run`` on the thread pool; exactly one fetch is in flight at a time, and a new search
or sort cancels it (``Task.cancel()``) and bumps a generation counter, so a late answer for
an old query can never land in the new list. Search and sort are the server's: the model
only passes ``q`` and ``sort`` along.

For painting, :meth:`PagedTableModel.painted_row` hands the delegate (:mod:`.delegate`) a
row's texts and colours, computed once and kept for a minute; every role stays answered by
``data()`` for accessibility, tooltips, tests and copying. After each page the rows are
kept out of the cyclic garbage collector's full passes (``gc.freeze``).
"""

from __future__ import annotations

import gc
import time
from collections import OrderedDict
from collections.abc import Hashable, MutableSequence, Sequence
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from ..text import fill

if TYPE_CHECKING:
    from ...service.client import TokenServerClient
    from ..session import Session
    from ..tasks import Task
    from ..theme import Tone

T = TypeVar("T")
AnyIndex = QModelIndex | QPersistentModelIndex

DEFAULT_PAGE_SIZE = 200
PAINTED_ROWS_KEPT = 2000  # rows whose texts are kept for painting (a few screens' worth)
PAINTED_ROWS_TTL_S = 60.0  # "expires in 3 days", "last used ...": right within a minute

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)


class LoadState(StrEnum):
    """What the grid shows when it has no rows to show (or is getting more)."""

    IDLE = "idle"          # nothing asked yet
    LOADING = "loading"    # a page is on its way
    READY = "ready"        # everything asked for has arrived
    FAILED = "failed"      # the last fetch failed; ``error`` says why


class PagedTableModel(QAbstractTableModel, Generic[T]):
    """Rows of domain objects, fetched page by page from the server.

    Subclasses implement :meth:`fetch_page` (runs on a worker thread; may only talk to the
    client), :meth:`column_titles`, :meth:`cell` and :meth:`item_key`; optionally
    :meth:`empty_text`, :meth:`count_text` and ``SORT_KEYS``.
    """

    #: Emitted whenever ``state``, ``error`` or the row count changes.
    state_changed = Signal()

    #: column -> the server's sort field for it; columns not listed are not sortable.
    SORT_KEYS: dict[int, str] = {}

    #: The number of columns, when fixed: Qt asks columnCount() thousands of times a paint,
    #: and translating every title to count them is what made a paint cost ~50 ms.
    COLUMN_COUNT: int | None = None

    #: The roles :meth:`cell` answers (as ints), when known; data() answers None for any
    #: other role without calling into the subclass (a paint asks ~10 roles per cell).
    ROLES: frozenset[int] | None = None

    #: The column whose text a marked row's badge (:meth:`row_mark`) stands before.
    MARK_COLUMN = 0

    #: The column whose text is drawn as a badge in the tone :meth:`badge` gives (-1: none).
    BADGE_COLUMN = -1

    def __init__(self, session: Session, *, page_size: int = DEFAULT_PAGE_SIZE,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.page_size = page_size
        self._rows: MutableSequence[T] = self.new_rows()
        self._keys: set[Hashable] = set()
        self._total: int | None = None
        self._next_offset = 0  # the server's offset of the next page (see _remove_at)
        self._task: Task | None = None
        self._generation = 0
        self._started = False
        self.query = ""
        self.sort_key: str | None = None
        self.state = LoadState.IDLE
        self.error: BaseException | None = None
        self._painted: OrderedDict[int, tuple[tuple[str, ...], tuple[QColor | None, ...]]] = (
            OrderedDict())
        self._painted_at = time.monotonic()
        for changed in (self.modelReset, self.dataChanged, self.layoutChanged):
            changed.connect(self.forget_painted)
        # Rows before the change keep their place: a page appended at the end (the common
        # case) leaves every kept row as it was.
        self.rowsInserted.connect(self._forget_painted_from)
        self.rowsRemoved.connect(self._forget_painted_from)

    # -- to implement ----------------------------------------------------------------------

    def fetch_page(self, client: TokenServerClient, offset: int, limit: int, query: str,
                   sort: str | None) -> tuple[Sequence[T], int]:
        """One page ``(items, total)``; runs on a worker thread."""
        raise NotImplementedError

    def column_titles(self) -> list[str]:
        """Translated at call time, so a language switch shows at once."""
        raise NotImplementedError

    def column_keys(self) -> list[str]:
        """A stable name per column, never translated: what a saved view (hidden columns)
        refers to, so that adding a column later does not shift it."""
        return [str(column) for column in range(self.columnCount())]

    def cell(self, item: T, column: int, role: int) -> Any:
        raise NotImplementedError

    def item_key(self, item: T) -> Hashable:
        raise NotImplementedError

    def new_rows(self) -> MutableSequence[T]:
        """An empty container for the rows: a list, unless a subclass keeps many rows more
        compactly (the token grid's :class:`~.token_rows.TokenRows`)."""
        return []

    def empty_text(self) -> str:
        return self.tr("Nothing to show.")

    def count_text(self) -> str:
        return fill(self.tr("%1 of %2"), len(self._rows), self.total)

    def is_filtered(self) -> bool:
        """Whether a search or filter narrows the list (an empty one then offers to clear
        them)."""
        return bool(self.query)

    # -- painting --------------------------------------------------------------------------

    def painted_row(self, row: int) -> tuple[tuple[str, ...], tuple[QColor | None, ...]]:
        """The display text and text colour (None: the palette's) of every column of
        ``row``, as :meth:`cell` gives them, kept for :data:`PAINTED_ROWS_TTL_S`."""
        if time.monotonic() - self._painted_at > PAINTED_ROWS_TTL_S:
            self.forget_painted()
        kept = self._painted.get(row)
        if kept is not None:
            return kept
        kept = self._painted[row] = self.paint_cells(self._rows[row])
        if len(self._painted) > PAINTED_ROWS_KEPT:
            self._painted.popitem(last=False)
        return kept

    def paint_cells(self, item: T) -> tuple[tuple[str, ...], tuple[QColor | None, ...]]:
        """Every column's display text and text colour for ``item``; by default from
        :meth:`cell`, which a subclass may answer faster all at once."""
        columns = range(self.columnCount())
        return (tuple(str(self.cell(item, c, _DISPLAY) or "") for c in columns),
                tuple(colour_of(self.cell(item, c, _FOREGROUND)) for c in columns))

    def row_mark(self, row: int) -> str | None:
        """A short badge for a row that stands out (painted bold, the badge before its first
        column's text), or None for an ordinary row. Asked once per painted cell: keep it
        cheap."""
        return None

    def badge(self, row: int) -> Tone | None:
        """The tone of ``row``'s :attr:`BADGE_COLUMN` badge, or None to draw its text
        plainly. Asked once per painted cell of that column: keep it cheap."""
        return None

    def forget_painted(self, *_args: object) -> None:
        self._painted.clear()
        self._painted_at = time.monotonic()

    def refresh_colours(self) -> None:
        """The system's colour scheme changed: colours of painted rows no longer fit."""
        self.forget_painted()
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.columnCount() - 1))

    def _forget_painted_from(self, _parent: QModelIndex, first: int, _last: int) -> None:
        for row in [r for r in self._painted if r >= first]:
            del self._painted[row]

    # -- Qt model API ----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        count = self.COLUMN_COUNT
        return count if count is not None else len(self.column_titles())

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        roles = self.ROLES
        if roles is not None and role not in roles:
            return None
        row = index.row()
        if not index.isValid() or row >= len(self._rows):
            return None
        return self.cell(self._rows[row], index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            # The tooltip is the whole title: a column fitted to the grid's width may show
            # its title cut short.
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                titles = self.column_titles()
                return titles[section] if 0 <= section < len(titles) else None
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        # Not before the first load was asked for (ensure_loaded, reload): the view asks
        # this as soon as it is laid out, shown or not, and a page never shown must not
        # call the server.
        if (parent.isValid() or not self._started or self._task is not None
                or self.error is not None):
            return False
        return self._total is None or self._next_offset < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._start_fetch()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is None:
            return
        self.set_sort(key if order == Qt.SortOrder.AscendingOrder else "-" + key)

    # -- public API ------------------------------------------------------------------------

    @property
    def total(self) -> int:
        """The server's count for the current query (rows loaded so far until it answers)."""
        return self._total if self._total is not None else len(self._rows)

    @property
    def items(self) -> Sequence[T]:
        return self._rows

    @property
    def started(self) -> bool:
        return self._started

    def is_fetching(self) -> bool:
        return self._task is not None

    def item(self, row: int) -> T | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, key: Hashable) -> int:
        """The row holding ``key``, or -1. Linear, but only on user actions, never per paint."""
        if key not in self._keys:
            return -1
        for row, item in enumerate(self._rows):
            if self.item_key(item) == key:
                return row
        return -1

    def ensure_loaded(self) -> None:
        """Load the first page unless that was done already (a page becoming visible)."""
        if not self._started:
            self.reload()

    def reload(self) -> None:
        """Forget every row and fetch the first page for the current query and sort."""
        self._started = True
        self._cancel()
        self.beginResetModel()
        self._rows = self.new_rows()
        self._keys = set()
        self._total = None
        self._next_offset = 0
        self.error = None
        self.endResetModel()
        self._start_fetch()

    def retry(self) -> None:
        """After a failure: fetch the page that failed again."""
        if self._task is not None:
            return
        self.error = None
        if not self._started or (not self._rows and self._total is None):
            self.reload()
        else:
            self._start_fetch()

    def set_query(self, text: str) -> None:
        text = text.strip()
        if text != self.query:
            self.query = text
            self.reload()

    def set_sort(self, key: str | None) -> None:
        if key != self.sort_key:
            self.sort_key = key
            if self._started:
                self.reload()

    def replace_item(self, item: T) -> bool:
        """Show a changed item in place (after an edit); False when it is not loaded."""
        row = self.row_of(self.item_key(item))
        if row < 0:
            return False
        self._rows[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    def remove_key(self, key: Hashable) -> bool:
        """Drop a deleted item without reloading; False when it is not loaded."""
        row = self.row_of(key)
        if row < 0:
            return False
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._keys.discard(key)
        # The server's list lost a row we had already read, so the next page starts one
        # earlier; without this one row would be skipped.
        self._next_offset = max(0, self._next_offset - 1)
        if self._total is not None:
            self._total = max(0, self._total - 1)
        self.endRemoveRows()
        self.state_changed.emit()
        return True

    def retranslate(self) -> None:
        """Texts come from tr() at call time; tell the views to ask again."""
        self.forget_painted()
        columns = self.columnCount()
        if columns:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, columns - 1)
            if self._rows:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(self._rows) - 1, columns - 1))
        self.state_changed.emit()

    # -- fetching --------------------------------------------------------------------------

    def _cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self._task = None
        self._generation += 1

    def _start_fetch(self) -> None:
        generation = self._generation
        offset, limit = self._next_offset, self.page_size
        query, sort = self.query, self.sort_key  # read here, on the GUI thread

        def work(client: TokenServerClient) -> tuple[Sequence[T], int]:
            return self.fetch_page(client, offset, limit, query, sort)

        self.state = LoadState.LOADING
        self._task = self.session.run(
            self, work,
            lambda result: self._arrived(generation, offset, result),
            lambda error: self._failed(generation, error))
        self.state_changed.emit()

    def _arrived(self, generation: int, offset: int,
                 result: tuple[Sequence[T], int]) -> None:
        if generation != self._generation:
            return  # an answer to an older query or sort
        self._task = None
        items, total = result
        fresh: list[T] = []
        for item in items:
            # Offsets shift when someone else adds a token meanwhile; the same row may
            # then come twice. Keep the first.
            key = self.item_key(item)
            if key not in self._keys:
                self._keys.add(key)
                fresh.append(item)
        self._next_offset = offset + len(items)
        self._total = total if items else min(total, self._next_offset)
        if fresh:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._rows.extend(fresh)
            self.endInsertRows()
            _keep_out_of_full_collections()
        self.error = None
        self.state = LoadState.READY
        self.state_changed.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self._task = None
        self.error = error
        self.state = LoadState.FAILED
        self.state_changed.emit()


def _keep_out_of_full_collections() -> None:
    """Move every object alive now, the rows just loaded among them, out of the cyclic
    garbage collector's sight (``gc.freeze``).

    Why: rows are long-lived, and the collector's occasional full pass walks every object
    it tracks; with 60,000 tokens loaded one pass held the GUI thread 108 ms, with 100,000
    longer (the goal allows 50). Rows are acyclic, so dropping them (a new search) still
    frees them at once by reference counting. Young garbage is collected first (a pass over
    the two young generations, about a millisecond), so little cyclic garbage is frozen.
    """
    gc.collect(1)
    gc.freeze()


def colour_of(value: object) -> QColor | None:
    """The colour of a ForegroundRole answer (a brush or a colour), or None."""
    if isinstance(value, QBrush):
        return value.color()
    return value if isinstance(value, QColor) else None
