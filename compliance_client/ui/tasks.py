"""The one background helper: run slow work on a thread pool, deliver the outcome on the
GUI thread.

``run_task(owner, fn, on_success, on_failure)`` runs ``fn()`` on ``QThreadPool`` and calls
``on_success(result)`` or ``on_failure(error)`` back on the GUI thread. The worker catches
its own exceptions and never touches widgets. When ``owner`` is destroyed first (the user
closed the dialog), the outcome is dropped; ``Task.cancel()`` drops it on purpose (a newer
search made this one stale).

:class:`Busy` is the shape nearly every widget's slow work takes: busy look on, run, busy
look off, and a failure told to the user. A widget keeps one ``Busy`` per kind of work
instead of resetting its buttons and its task handle by hand in every outcome slot.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

_running: set[Task] = set()  # not yet delivered (or dropped with their owner)
_in_pool: set[Task] = set()  # handed to the pool and not yet finished running


class _Emitter(QObject):
    """The sender of a task's outcome. It belongs to the task, not to the owner, so it is
    alive whenever the pool thread emits; the owner may be destroyed on the GUI thread at
    that very moment, and emitting on an object being deleted is a use-after-free."""

    finished = Signal(bool, object)


class _Relay(QObject):
    """Child of the owner, on the GUI thread; receives the outcome by a queued connection.
    Qt drops that connection, and any outcome already queued, when the owner goes."""

    def __init__(self, owner: QObject, task: Task) -> None:
        super().__init__(owner)
        self._task = task
        # Owner gone before delivery: the outcome is dropped, and the task is no longer pending.
        self.destroyed.connect(lambda *_: _running.discard(task))

    @Slot(bool, object)
    def _deliver(self, ok: bool, value: object) -> None:
        task = self._task
        _running.discard(task)
        self.deleteLater()
        if task.cancelled:
            return
        if ok:
            if task.on_success is not None:
                task.on_success(value)
        elif task.on_failure is not None and isinstance(value, BaseException):
            task.on_failure(value)
        else:
            log.error("background task failed: %s", type(value).__name__)


class Task(QRunnable):
    """A handle on one piece of background work. It counts as pending (``pending_tasks``)
    from its creation: a task may be made now and started later (``start``)."""

    def __init__(self, owner: QObject, fn: Callable[[], Any],
                 on_success: Callable[[Any], None] | None,
                 on_failure: Callable[[BaseException], None] | None) -> None:
        super().__init__()
        self.setAutoDelete(False)  # we hold the reference until the outcome is delivered
        self.fn = fn
        self.on_success = on_success
        self.on_failure = on_failure
        self.cancelled = False
        self.started = False
        self._emitter = _Emitter()
        self._relay = _Relay(owner, self)
        # Emitted on a pool thread to an object of the GUI thread, so the automatic
        # connection queues it (and the start-up path never touches the Qt enums).
        self._emitter.finished.connect(self._relay._deliver)
        _running.add(self)

    def cancel(self) -> None:
        self.cancelled = True

    def start(self) -> Task:
        """Hand the work to the thread pool (once); a task cancelled before it started is
        dropped without running."""
        if self.started:
            return self
        self.started = True
        if self.cancelled:
            _running.discard(self)
            self._relay.deleteLater()
            return self
        _in_pool.add(self)  # the pool holds only a C++ pointer; Python must keep the task
        QThreadPool.globalInstance().start(self)
        return self

    def run(self) -> None:  # on a pool thread
        try:
            outcome: tuple[bool, object] = (True, self.fn())
        except Exception as exc:  # delivered to on_failure on the GUI thread
            outcome = (False, exc)
        self._emitter.finished.emit(*outcome)
        _in_pool.discard(self)


def run_task(owner: QObject, fn: Callable[[], Any],
             on_success: Callable[[Any], None] | None = None,
             on_failure: Callable[[BaseException], None] | None = None) -> Task:
    """Run ``fn`` off the GUI thread; see the module docstring."""
    return Task(owner, fn, on_success, on_failure).start()


def pending_tasks() -> int:
    """How many tasks have not delivered yet (tests wait for zero)."""
    return len(_running)


#: How a :class:`Busy` starts its work: ``run_task`` itself, or ``Session.run`` (whose ``fn``
#: takes the server client). Same arguments as ``run_task``.
Runner = Callable[[QObject, Any, Callable[[Any], None], Callable[[BaseException], None]], Task]


class Busy:
    """Busy on, run in the background, busy off, a failure told to the user.

    ``show(busy)`` puts the widget into its busy look or out of it (a ``BusyIndicator``
    shown, the buttons that would start more work disabled); it is called with True when
    work starts and with False before the outcome is handed on. ``report(error)`` tells the
    user about a failure when the call gives no ``on_failure`` of its own.

    One piece of work at a time: ``run`` while another runs drops the older one's outcome
    (it is stale) and the busy look stays on. ``runner`` starts the work (``run_task``, or
    ``session.run`` for work that needs the server client)::

        self.saving = Busy(self, self._set_busy, self._save_failed)
        self.saving.run(lambda: save_profile(...), self._saved)
    """

    def __init__(self, owner: QObject, show: Callable[[bool], None],
                 report: Callable[[BaseException], None] | None = None, *,
                 runner: Runner = run_task) -> None:
        self._owner = owner
        self._show = show
        self._report = report
        self._runner = runner
        self._task: Task | None = None

    @property
    def running(self) -> bool:
        return self._task is not None

    def run(self, fn: Callable[..., Any], on_success: Callable[[Any], None] | None = None,
            on_failure: Callable[[BaseException], None] | None = None, *,
            runner: Runner | None = None) -> Task:
        """Start ``fn`` (through ``runner``, default the one given at construction)."""
        was_running = self._task is not None
        if self._task is not None:
            self._task.cancel()

        def succeeded(result: Any) -> None:
            self._finish()
            if on_success is not None:
                on_success(result)

        def failed(error: BaseException) -> None:
            self._finish()
            handler = on_failure or self._report
            if handler is not None:
                handler(error)
            else:
                log.error("background task failed: %s", type(error).__name__)

        task = (runner or self._runner)(self._owner, fn, succeeded, failed)
        self._task = task  # set before show(True), which may ask ``running``
        if not was_running:
            self._show(True)
        return task

    def cancel(self) -> None:
        """Drop the running work's outcome and leave the busy look."""
        if self._task is not None:
            self._task.cancel()
            self._finish()

    def _finish(self) -> None:
        self._task = None
        self._show(False)
