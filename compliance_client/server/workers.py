"""`serve --workers N`: N server processes answering on one listening socket.

The parent (the `serve` process) binds the socket, migrates the database and issues the first
admin token, then starts N worker processes with ``multiprocessing``'s *spawn* method, the
only one Windows has, and the same on every platform so that what is tested here is what
runs there. Each worker gets the socket (duplicated into it by multiprocessing) and the
serve options (:class:`WorkerOptions`, plain data), and builds everything else itself with
``create_app``: its own engine and connection pool, its own usage-counter thread, its own
replay cache of device proofs (DESIGN §9: replay protection is per server process, so with
N workers a proof may be replayed once to another worker inside its 120 s window), its own
compiled-policy caches and connection caps. What must hold across workers lives in the
database: tokens, the failed-authentication throttle (one atomic upsert per failure,
throttle.py) and the usage counters (each worker adds its batch with upserts, usage.py).

Why not uvicorn's own ``Multiprocess`` supervisor: it pickles the ``uvicorn.Config`` into
each spawned worker, and ours holds a protocol class made per server (limits.py's
connection caps), which cannot be pickled; the worker must build its config itself, with
``embedded.uvicorn_config`` like every other way of serving.

Parent and worker talk over one pipe each: the worker says ``ready`` once uvicorn serves;
the parent says ``stop`` on SIGINT/SIGTERM (Ctrl+Break on Windows). A worker whose pipe
closes (the parent died, even by SIGKILL) stops too, so no worker serves unsupervised. A
worker stops the way one `serve` process does, uvicorn's graceful shutdown, then writes its
usage counters; a worker that dies after it served is replaced, one that dies before it
served stops the whole server (a broken database or app would fail the same way again).

Signals and exit status are those of one `serve` process: SIGINT ends in "Interrupted."
and status 1, SIGTERM in death by SIGTERM, after every worker has stopped and written its
counters (:func:`write_counters_on_sigterm`).
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import signal
import socket
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from types import FrameType
from typing import Any, NoReturn

log = logging.getLogger(__name__)

READY = "ready"
STOP = "stop"
START_TIMEOUT_S = 60.0  # for every worker to serve (PostgreSQL far away, a slow disk)
STOP_TIMEOUT_S = 30.0  # graceful shutdown of a worker before it is terminated
STARTUP_FAILURE = 3  # uvicorn's exit status for "could not start"
_POLL_S = 0.2  # how soon the parent notices a signal (its handler only records it)

if sys.platform == "win32":  # pragma: no cover - Ctrl+Break is Windows' "terminate"
    STOP_SIGNALS: tuple[int, ...] = (signal.SIGINT, signal.SIGTERM, signal.SIGBREAK)
else:
    STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Terminated(SystemExit):
    """Raised by the handler of :func:`write_counters_on_sigterm`; ``signum``: which."""

    def __init__(self, signum: int) -> None:
        super().__init__(128 + signum)
        self.signum = signum


class WorkerStartError(RuntimeError):
    """A worker process stopped before it served (its own error is in the log above)."""


@dataclass(frozen=True)
class WorkerOptions:
    """What every worker builds its app and server from: serve's options, nothing else."""

    db_url: str = field(repr=False)  # may hold a password
    trusted_proxies: tuple[str, ...] = ()


def write_counters_on_sigterm() -> None:
    """Make SIGTERM end the process through Python, so the usage counters get written.

    uvicorn handles SIGTERM itself while it serves (graceful shutdown), then raises it again
    with the handler that was there before. Python's default for SIGTERM kills the process
    on the spot: no ``finally``, no atexit, so up to ``usage.FLUSH_EVERY_S`` of counts were
    lost. This handler raises :class:`Terminated` instead; the caller writes the counters
    and then calls :func:`exit_by_signal` so the exit status still says "SIGTERM". The
    same for Ctrl+Break on Windows, which uvicorn handles and raises again likewise. Call it
    in the main thread.
    """
    def terminated(signum: int, _frame: FrameType | None) -> None:
        raise Terminated(signum)

    for signum in STOP_SIGNALS:
        if signum != signal.SIGINT:  # SIGINT's default raises KeyboardInterrupt: fine
            signal.signal(signum, terminated)


def exit_by_signal(signum: int) -> NoReturn:
    """End the process the way ``signum``'s default action does (the status a service
    manager expects from a process it sent SIGTERM), once everything is written."""
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    signal.signal(signum, signal.SIG_DFL)
    signal.raise_signal(signum)
    sys.exit(128 + signum)  # pragma: no cover - where the default action does not kill


def database_problem(url: str, exc: BaseException) -> str:
    """One line naming the database (without its password) and the first line of the cause."""
    from .db import redact_url

    reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return (f"cannot use database {redact_url(url)}: "
            f"{reason[0] if reason else type(exc).__name__}")


# ---- the worker ---------------------------------------------------------------------------


def worker_main(options: WorkerOptions, sock: socket.socket, conn: Connection,
                number: int) -> None:
    """A worker process: serve on ``sock`` until the parent says stop, write the counters.

    Module-level (spawn imports it by name in the new interpreter). Logging is configured
    first, so everything it says reaches the same stderr as the parent's, redacted.
    """
    from .logging_setup import configure_serve_logging

    configure_serve_logging()
    write_counters_on_sigterm()
    stopped_by = 0
    app: Any = None
    try:
        try:
            from .app import create_app

            # create_app migrates too: a no-op here, the parent has migrated already.
            app = create_app(options.db_url, trusted_proxies=options.trusted_proxies)
        except Exception as exc:
            from sqlalchemy.exc import SQLAlchemyError

            first = (str(exc).strip().splitlines() or [""])[0]
            log.error("worker %d (process %d) could not start: %s", number, os.getpid(),
                      database_problem(options.db_url, exc) if isinstance(
                          exc, SQLAlchemyError) else f"{type(exc).__name__}: {first}")
            sys.exit(STARTUP_FAILURE)
        import uvicorn

        from .embedded import uvicorn_config

        # log_config=None: keep serve's redacted logging (see server_cmds.run_serve).
        server = uvicorn.Server(uvicorn_config(app, trusted_proxies=options.trusted_proxies,
                                               log_config=None))
        threading.Thread(target=_obey_parent, args=(conn, server), daemon=True,
                         name="worker-pipe").start()
        server.run(sockets=[TakeTurnsSocket.take_over(sock)])
    except KeyboardInterrupt:
        # Ctrl+C in a terminal reaches every process of the group: uvicorn has shut down
        # gracefully already; the parent reports the interruption, once.
        pass
    except Terminated as exc:
        stopped_by = exc.signum
    finally:
        if app is not None:
            app.state.usage.close()  # the counters not written yet
            app.state.db.dispose()
        conn.close()
    if stopped_by:
        exit_by_signal(stopped_by)


class TakeTurnsSocket(socket.socket):
    """The shared listening socket, accepting one connection per readiness event.

    All workers wait on the one socket, and every one is woken when a connection comes;
    asyncio's loop then accepts until the queue is empty (up to the backlog, hundreds). So
    the worker that wakes first takes a whole burst: wrk's 8 connections, opened at once,
    went all to one worker in 4 runs of 6, and the other had nothing to do. Accepting one
    and saying "nothing more" (BlockingIOError, what a drained non-blocking socket says)
    sends the loop back to its selector, where the socket is still readable for this
    worker and for the others: the workers take turns connection by connection. Measured
    over 24 bench windows on a busy 2-core machine: 4/4 or 5/3 mostly, 6/2 thrice, 7/1
    and 8/0 once each (a worker the scheduler left waiting misses its turns).
    """

    _took_one = False

    @classmethod
    def take_over(cls, sock: socket.socket) -> TakeTurnsSocket:
        return cls(sock.family, sock.type, sock.proto, fileno=sock.detach())

    def accept(self) -> tuple[socket.socket, Any]:
        if self._took_one:
            self._took_one = False
            raise BlockingIOError("one connection per turn")
        accepted = super().accept()
        self._took_one = True
        return accepted


def _obey_parent(conn: Connection, server: Any) -> None:
    """Say ``ready`` once uvicorn serves; stop it when the parent says so or goes away."""
    said_ready = False
    try:
        while True:
            if not said_ready and server.started:
                conn.send(READY)
                said_ready = True
            if conn.poll(None if said_ready else 0.05):
                conn.recv()  # the only message a parent sends is STOP
                break
    except (EOFError, OSError):
        pass  # the parent is gone (killed?): stop rather than serve unsupervised
    server.should_exit = True


# ---- the parent ---------------------------------------------------------------------------


@dataclass
class _Worker:
    number: int
    process: BaseProcess
    conn: Connection
    ready: bool = False


class Supervisor:
    """Start ``count`` workers on ``sock``, keep them running, stop them on a signal."""

    def __init__(self, options: WorkerOptions, sock: socket.socket, count: int) -> None:
        self.options = options
        self.sock = sock
        self.count = count
        self.workers: list[_Worker] = []
        self._context = multiprocessing.get_context("spawn")
        self._signal = 0  # the first stop signal received
        self._force = False  # a second one: terminate the workers now

    def run(self, on_ready: Callable[[], None] | None = None) -> int:
        """Serve until a stop signal; return its number. ``on_ready()`` is called once every
        worker serves. Raises WorkerStartError when a worker stops before it serves."""
        previous = {sig: signal.signal(sig, self._on_signal) for sig in STOP_SIGNALS}
        try:
            for number in range(1, self.count + 1):
                self.workers.append(self._start(number))  # one by one: all get stopped
            deadline = time.monotonic() + START_TIMEOUT_S
            while not self._signal and not all(w.ready for w in self.workers):
                if time.monotonic() > deadline:
                    raise WorkerStartError(f"the workers did not start within "
                                           f"{START_TIMEOUT_S:.0f} s")
                self._watch()
            if self._signal:
                return self._signal
            log.info("%d workers serving (processes %s)", self.count,
                     ", ".join(str(w.process.pid) for w in self.workers))
            if on_ready is not None:
                on_ready()
            while not self._signal:
                self._watch()
            return self._signal
        finally:
            self._stop_all()
            for sig, handler in previous.items():
                signal.signal(sig, handler)

    def pids(self) -> list[int]:
        return [w.process.pid for w in self.workers if w.process.pid is not None]

    def _on_signal(self, signum: int, _frame: FrameType | None) -> None:
        if self._signal:
            self._force = True
        else:
            self._signal = signum

    def _start(self, number: int) -> _Worker:
        parent_end, child_end = self._context.Pipe()
        process = self._context.Process(
            target=worker_main, args=(self.options, self.sock, child_end, number),
            name=f"compliance-worker-{number}",
            # Daemonic: should the parent itself fail, multiprocessing's exit hook ends them.
            daemon=True)
        process.start()
        child_end.close()  # the worker's end lives in the worker only: its EOF means "gone"
        return _Worker(number, process, parent_end)

    def _watch(self) -> None:
        """Wait a little for a worker to say ready or to end; replace one that ended."""
        waiting: list[Any] = [w.conn for w in self.workers if not w.ready]
        waiting += [w.process.sentinel for w in self.workers]
        readable = wait(waiting, _POLL_S)
        for worker in self.workers:
            if not worker.ready and worker.conn in readable:
                with contextlib.suppress(EOFError, OSError):  # ending: see its sentinel below
                    worker.ready = worker.conn.recv() == READY
        for i, worker in enumerate(self.workers):
            if worker.process.is_alive() or self._signal:
                continue
            worker.process.join()
            worker.conn.close()
            if not worker.ready:
                raise WorkerStartError(f"worker {worker.number} stopped before it served "
                                       f"(exit status {worker.process.exitcode})")
            log.warning("worker %d (process %d) ended with exit status %s; starting another",
                        worker.number, worker.process.pid, worker.process.exitcode)
            self.workers[i] = self._start(worker.number)

    def _stop_all(self) -> None:
        """Ask every worker to stop; terminate those still running after STOP_TIMEOUT_S
        (or at once on a second signal), kill those that still do not go."""
        for worker in self.workers:
            with contextlib.suppress(OSError):  # it has ended already
                worker.conn.send(STOP)
        deadline = time.monotonic() + STOP_TIMEOUT_S
        while any(w.process.is_alive() for w in self.workers):
            if self._force or time.monotonic() > deadline:
                break
            wait([w.process.sentinel for w in self.workers if w.process.is_alive()], _POLL_S)
        for worker in self.workers:
            if worker.process.is_alive():
                log.warning("worker %d (process %d) did not stop; terminating it",
                            worker.number, worker.process.pid)
                worker.process.terminate()
                worker.process.join(5)
            if worker.process.is_alive():
                worker.process.kill()
            worker.process.join(5)
            worker.conn.close()
