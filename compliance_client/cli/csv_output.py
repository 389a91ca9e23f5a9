"""Writing a CSV export (ARCHITECTURE §12) to a file or to standard output, all or nothing.

The rows come lazily, page after page from the server, so a failure can happen halfway:
a refused page, a lost connection, a full disk. A file is therefore written as a temp file
beside it and renamed over the target only once every row is in (as the profile file is,
profile/paths.py); standard output gets the whole text at the end. Either way a failure
leaves no half export that looks complete.

The temp file, and so the export, is readable by its owner only (mkstemp's mode): an
inventory says who may reach what, and the audit log from where.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..domain.csv_export import write_csv
from ..profile.paths import fsync_directory, replace_file
from .common import CliError, shown

STDOUT = "-"


def where(target: str) -> str:
    """The target as a sentence names it (escaped: a file name may hold anything)."""
    return "standard output" if target == STDOUT else shown(target)


def _cannot_write(target: str, reason: str) -> CliError:
    return CliError(f"--csv: cannot write {target}: {reason}; nothing was written. Give a "
                    "file in a directory you may write to, or - for standard output",
                    code="cannot_write", params={"file": target, "reason": reason})


def _reason(exc: OSError) -> str:
    return (exc.strerror or type(exc).__name__).lower()


def write_export(target: str, header: Sequence[str], rows: Iterable[Sequence[str]]) -> int:
    """Write ``header`` and ``rows`` as CSV (domain/csv_export.py: BOM, formulas defused) to
    the file ``target``, or to standard output for ``-``; return the number of rows.

    An error while the rows are produced propagates as it is, after the temp file is gone;
    a file that cannot be written is a :class:`CliError` naming it (exit status 1).
    """
    if target == STDOUT:
        text = io.StringIO(newline="")
        count = write_csv(text, header, rows)
        sys.stdout.flush()
        # Bytes, so that no newline translation (Windows) turns the rows' \r\n into \r\r\n.
        sys.stdout.buffer.write(text.getvalue().encode("utf-8"))
        sys.stdout.buffer.flush()
        return count
    path = Path(target)
    if path.is_dir():
        raise _cannot_write(target, "it is a directory")
    if not path.parent.is_dir():
        raise _cannot_write(target, f"there is no directory {path.parent}")
    try:
        fd, tmp_name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.",
                                        suffix=".tmp")
    except OSError as exc:  # checked before the server is asked for anything
        raise _cannot_write(target, _reason(exc)) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as stream:
            count = write_csv(stream, header, rows)
            stream.flush()
            os.fsync(stream.fileno())
        replace_file(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise _cannot_write(target, _reason(exc)) from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_directory(path.parent)
    return count
