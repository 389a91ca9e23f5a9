"""Export a server-side list to a CSV file: every matching row fetched page by page in the
background with a progress dialog and Cancel, written atomically (ARCHITECTURE §12).

Generic over what is exported: the caller gives the header, a ``fetch_page(client, offset)``
that returns one page of rows as CSV cells and the server's total, and the progress text.
The token grid exports its current filter and search with it; the audit page its entries.

The file is written on the worker, into a temporary file beside the target, and moved over
the target with ``os.replace`` only once every row is in it: a failure or a Cancel leaves
the target as it was (no file, or the old one) and no temporary file behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..domain.csv_export import write_csv

if TYPE_CHECKING:
    from ..service.client import TokenServerClient
    from .session import Session
    from .tasks import Task

#: One page of rows (CSV cells) and the server's total for the whole list.
Page = tuple[Sequence[Sequence[str]], int]
FetchPage = Callable[["TokenServerClient", int], Page]

#: How long an export may take before its progress dialog shows (a small list is done
#: before a dialog would have drawn).
PROGRESS_DELAY_MS = 300


class ExportCancelled(Exception):
    """The user pressed Cancel; nothing was written."""


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    rows: int


class _Progress(QObject):
    """The worker's sender of progress, held by the export and by the worker, never by a
    widget: the window may be closed (and its children deleted) while the worker emits, and
    emitting on an object being deleted would crash. The export's slot receives it queued;
    Qt drops that connection when the export goes."""

    advanced = Signal(int, int)  # rows fetched so far, the server's total


def write_atomically(path: Path, header: Sequence[str], rows: Iterator[Sequence[str]],
                     stopped: Callable[[], bool] = lambda: False) -> int:
    """Write ``rows`` as CSV to a temporary file beside ``path``, then move it over
    ``path`` unless ``stopped()`` by then; on any failure (:class:`ExportCancelled` too)
    remove it and re-raise. Returns the number of rows written. Worker threads only."""
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as stream:
            count = write_csv(stream, header, rows)
            stream.flush()
            os.fsync(stream.fileno())  # on disk before it takes the target's name
        if stopped():
            raise ExportCancelled  # Cancel pressed during the last page: no file, as asked
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return count


class CsvExport(QObject):
    """One export under way; ``finished(ExportResult)``, ``failed(error)`` or
    ``cancelled()`` says how it ended (exactly one of them, on the GUI thread)."""

    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QWidget, session: Session, path: str | Path,
                 header: Sequence[str], fetch_page: FetchPage, *, title: str,
                 progress_text: Callable[[int, int], str], cancel_text: str) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self._session = session
        self._header = tuple(header)
        self._fetch_page = fetch_page
        self._progress_text = progress_text
        self._stop = threading.Event()
        self._task: Task | None = None
        self._progress = _Progress()
        self._progress.advanced.connect(self._advanced)
        self.dialog = QProgressDialog(progress_text(0, 0), cancel_text, 0, 0, parent)
        self.dialog.setObjectName("exportProgress")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(PROGRESS_DELAY_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(self) -> CsvExport:
        self.dialog.setValue(0)  # starts the dialog's delay: it shows if this takes long
        self._task = self._session.run(self, self._work, self._done, self._failed)
        return self

    def cancel(self) -> None:
        """Stop after the page being fetched; the outcome is ``cancelled``, nothing
        written."""
        self._stop.set()

    def _rows(self, client: TokenServerClient) -> Iterator[Sequence[str]]:
        """Every row, page after page (on the worker), until the server's total."""
        offset = 0
        progress = self._progress  # this reference keeps it alive while the worker runs
        while True:
            if self._stop.is_set():
                raise ExportCancelled
            rows, total = self._fetch_page(client, offset)
            yield from rows
            offset += len(rows)
            progress.advanced.emit(offset, max(total, offset))
            if not rows or offset >= total:
                return

    def _work(self, client: TokenServerClient) -> ExportResult:
        count = write_atomically(self.path, self._header, self._rows(client),
                                 self._stop.is_set)
        return ExportResult(self.path, count)

    def _advanced(self, done: int, total: int) -> None:
        if self._stop.is_set():
            return
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)
        self.dialog.setLabelText(self._progress_text(done, total))

    def _end(self) -> None:
        self._task = None
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()

    def _done(self, result: ExportResult) -> None:
        self._end()
        self.finished.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._end()
        if isinstance(error, ExportCancelled):
            self.cancelled.emit()
        else:
            self.failed.emit(error)
