"""Run one server action on many items, one request after another, with a progress dialog
and Cancel (the token grid's bulk suspend, resume, delete and extend expiry; ARCHITECTURE
§12).

Each request goes through ``Session.run`` on the session's client, like any single action,
and its outcome comes back on the GUI thread before the next one starts: the grid can show
each row's change as it happens, and Cancel stops before the next request (the one under
way finishes: the server may have done it already, so it is counted). A refused item
(412 ``version_mismatch``, 403 ``privilege_escalation``, 409 ``last_admin``, 404, a policy
violation, …) is recorded with its error and never stops the rest; the caller tells the
user what failed and why once everything is done (:class:`BulkOutcome`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

if TYPE_CHECKING:
    from ..service.client import TokenServerClient
    from .session import Session
    from .tasks import Task

T = TypeVar("T")


@dataclass
class BulkOutcome(Generic[T]):
    """What a bulk run did: ``done`` items with the server's answer for each, ``failed``
    ones with the error, and ``not_done`` ones (Cancel pressed before their turn)."""

    done: list[tuple[T, Any]] = field(default_factory=list)
    failed: list[tuple[T, BaseException]] = field(default_factory=list)
    not_done: list[T] = field(default_factory=list)

    @property
    def cancelled(self) -> bool:
        return bool(self.not_done)


class BulkRun(QObject, Generic[T]):
    """``action(client, item)`` for each of ``items`` in turn (on a worker thread each).

    ``item_done(item, answer)`` and ``item_failed(item, error)`` follow every request;
    ``finished(BulkOutcome)`` comes once, after the last one or after a Cancel."""

    item_done = Signal(object, object)
    item_failed = Signal(object, object)
    finished = Signal(object)

    def __init__(self, parent: QWidget, session: Session, items: Sequence[T],
                 action: Callable[[TokenServerClient, T], Any], *, title: str,
                 progress_text: Callable[[int, int], str], cancel_text: str) -> None:
        super().__init__(parent)
        self._session = session
        self._items = list(items)
        self._action = action
        self._progress_text = progress_text
        self._next = 0
        self._stopped = False
        self._task: Task | None = None
        self.outcome: BulkOutcome[T] = BulkOutcome()
        total = len(self._items)
        dialog = QProgressDialog(progress_text(0, total), cancel_text, 0, total, parent)
        dialog.setObjectName("bulkProgress")
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        # Shown at once (start()): these requests change tokens, and the user sees them
        # happen.
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        #: The progress dialog while the run lasts (None once it finished).
        self.dialog: QProgressDialog | None = dialog

    @property
    def running(self) -> bool:
        return self._task is not None

    def start(self) -> BulkRun[T]:
        if self.dialog is not None:
            self.dialog.setValue(0)
            self.dialog.show()
        self._start_next()
        return self

    def cancel(self) -> None:
        """No further request; the one under way finishes and is counted."""
        self._stopped = True
        if self._task is None:
            self._finish()

    def _start_next(self) -> None:
        if self._stopped or self._next >= len(self._items):
            self._finish()
            return
        item = self._items[self._next]
        action = self._action
        self._task = self._session.run(
            self, lambda client: action(client, item),
            lambda answer: self._answered(item, answer, None),
            lambda error: self._answered(item, None, error))

    def _answered(self, item: T, answer: Any, error: BaseException | None) -> None:
        self._task = None
        self._next += 1
        if error is None:
            self.outcome.done.append((item, answer))
            self.item_done.emit(item, answer)
        else:
            self.outcome.failed.append((item, error))
            self.item_failed.emit(item, error)
        if not self._stopped and self.dialog is not None:
            self.dialog.setValue(self._next)
            self.dialog.setLabelText(self._progress_text(self._next, len(self._items)))
        self._start_next()

    def _finish(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return  # finished already
        self.outcome.not_done = self._items[self._next:]
        dialog.canceled.disconnect(self.cancel)
        dialog.close()
        dialog.deleteLater()
        self.finished.emit(self.outcome)
