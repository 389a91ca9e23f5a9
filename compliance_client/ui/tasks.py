"""The one background helper: run slow work on a thread pool, deliver the outcome on the
GUI thread.

``run_task(owner, fn, on_success, on_failure)`` runs ``fn()`` on ``QThreadPool`` and calls
``on_success(result)`` or ``on_failure(error)`` back on the GUI thread. The worker catches
its own exceptions and never touches widgets. When ``owner`` is destroyed first (the user
closed the dialog), the outcome is dropped; ``Task.cancel()`` drops it on purpose (a newer
search made this one stale).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

_running: set[Task] = set()


class _Relay(QObject):
    """Lives on the GUI thread; a queued signal carries the outcome across."""

    finished = Signal(bool, object)

    def __init__(self, owner: QObject, task: Task) -> None:
        super().__init__(owner)
        self._task = task
        # Emitted on a pool thread to an object of the GUI thread, so the automatic
        # connection queues it (and the start-up path never touches the Qt enums).
        self.finished.connect(self._deliver)
        # Owner gone before delivery: the outcome is dropped, and the task is no longer pending.
        self.destroyed.connect(lambda *_: _running.discard(task))

    @Slot(bool, object)
    def _deliver(self, ok: bool, value: object) -> None:
        task = self._task
        _running.discard(task)
        self.deleteLater()
        if task.cancelled:
            return
        callback = task.on_success if ok else task.on_failure
        if callback is not None:
            callback(value)
        elif not ok:
            log.error("background task failed: %s", type(value).__name__)


class Task(QRunnable):
    """A handle on one piece of background work."""

    def __init__(self, owner: QObject, fn: Callable[[], Any],
                 on_success: Callable[[Any], None] | None,
                 on_failure: Callable[[BaseException], None] | None) -> None:
        super().__init__()
        self.setAutoDelete(False)  # we hold the reference until the outcome is delivered
        self.fn = fn
        self.on_success = on_success
        self.on_failure = on_failure
        self.cancelled = False
        self._relay = _Relay(owner, self)

    def cancel(self) -> None:
        self.cancelled = True

    def run(self) -> None:  # on a pool thread
        try:
            outcome: tuple[bool, object] = (True, self.fn())
        except Exception as exc:  # delivered to on_failure on the GUI thread
            outcome = (False, exc)
        try:
            self._relay.finished.emit(*outcome)
        except RuntimeError:
            _running.discard(self)  # the owner went away meanwhile; nobody is listening


def run_task(owner: QObject, fn: Callable[[], Any],
             on_success: Callable[[Any], None] | None = None,
             on_failure: Callable[[BaseException], None] | None = None) -> Task:
    """Run ``fn`` off the GUI thread; see the module docstring."""
    task = Task(owner, fn, on_success, on_failure)
    _running.add(task)
    QThreadPool.globalInstance().start(task)
    return task


def pending_tasks() -> int:
    """How many tasks have not delivered yet (tests wait for zero)."""
    return len(_running)
