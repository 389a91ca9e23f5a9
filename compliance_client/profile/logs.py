"""The app's own log files: rotating, under ``platformdirs.user_log_dir``, never holding a key.

``setup_logging()`` (called once at start by the command line) adds one
:class:`LogFileHandler` to the root logger: a ``RotatingFileHandler`` (1 MB x 5 backups) made
at the first record, because ``logging.handlers`` imports socket, pickle and queue (20 ms,
a tenth of a bare Qt window's start) and most starts log nothing. Every record passes through
``RedactKeysFilter`` before it is written: anything shaped like an API key (``cct_`` followed
by base62) is cut to its public 12-character prefix, the same prefix lists and audit entries
show (ARCHITECTURE §8), in the message, its arguments and any traceback text. ``tail_lines()`` reads
the newest lines back for "Copy diagnostics", redacting again (a file written by something
else, or an older version, is not trusted).

No Qt and no imports of our other layers: this PC's own files, like the profile (ARCHITECTURE §2).
"""

from __future__ import annotations

import logging
import sys
from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING

from ..domain.keys import REDACTED, RedactKeysFilter, redact

if TYPE_CHECKING:
    from logging.handlers import RotatingFileHandler

__all__ = ["REDACTED", "RedactKeysFilter", "redact"]  # with the names defined below

APP_NAME = "compliance-client"
LOG_FILE_NAME = "compliance-client.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s]: %(message)s"


def log_dir() -> Path:
    """``platformdirs.user_log_dir("compliance-client")``, read when called (tests move it)."""
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file(directory: Path | None = None) -> Path:
    return (directory or log_dir()) / LOG_FILE_NAME


class LogFileHandler(logging.Handler):
    """The app's log file: opens its ``RotatingFileHandler`` (and creates the directory) at
    the first record. If that fails (an unwritable directory), says so once on stderr and
    drops records from then on: the app runs on without a log file."""

    def __init__(self, path: Path, level: int) -> None:
        super().__init__(level)
        self.path = path
        self.file: RotatingFileHandler | None = None
        self._failed = False
        self.addFilter(RedactKeysFilter())

    def emit(self, record: logging.LogRecord) -> None:
        if self.file is None and (self._failed or not self._open()):
            return
        self.file.emit(record)  # type: ignore[union-attr]  # _open() set it

    def _open(self) -> bool:
        from logging.handlers import RotatingFileHandler

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.file = RotatingFileHandler(self.path, maxBytes=MAX_BYTES,
                                            backupCount=BACKUP_COUNT, encoding="utf-8")
        except OSError as exc:
            self._failed = True
            print(f"compliance-client: no log file ({self.path}): {exc.strerror or exc}",
                  file=sys.stderr)
            return False
        self.file.setFormatter(logging.Formatter(FORMAT))
        return True

    def flush(self) -> None:
        if self.file is not None:
            self.file.flush()

    def close(self) -> None:
        self.acquire()
        try:
            if self.file is not None:
                self.file.close()
                self.file = None
        finally:
            self.release()
        super().close()


def setup_logging(level: int = logging.INFO, *, directory: Path | None = None) -> Path:
    """Send the root logger's records at ``level`` and above to the rotating log file.

    Idempotent: a second call changes nothing but the level. Returns the file's path.
    """
    path = log_file(directory)
    root = logging.getLogger()
    if root.level == logging.NOTSET or root.level > level:
        root.setLevel(level)
    for handler in root.handlers:
        if isinstance(handler, LogFileHandler) and handler.path == path:
            handler.setLevel(level)
            return path
    root.addHandler(LogFileHandler(path, level))
    return path


def remove_logging(directory: Path | None = None) -> None:
    """Detach and close the file handler ``setup_logging`` added (for tests and shutdown)."""
    path = log_file(directory)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, LogFileHandler) and handler.path == path:
            root.removeHandler(handler)
            handler.close()


def tail_lines(count: int = 200, directory: Path | None = None) -> list[str]:
    """The newest ``count`` lines of the log, oldest first, across rotated files; redacted.

    Missing or unreadable files give fewer lines, never an error: diagnostics must work
    exactly when things are broken.
    """
    base = log_file(directory)
    files = [base, *(base.with_name(f"{base.name}.{i}") for i in range(1, BACKUP_COUNT + 1))]
    newest_first: list[str] = []
    for path in files:
        if len(newest_first) >= count:
            break
        try:
            with path.open(encoding="utf-8", errors="replace") as handle:
                lines = deque((ln.rstrip("\n") for ln in handle), maxlen=count)
        except OSError:
            continue
        newest_first.extend(reversed(lines))
    return [redact(line) for line in reversed(newest_first[:count])]
