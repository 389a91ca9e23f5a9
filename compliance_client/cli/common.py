"""Helpers shared by the subcommand modules: failing with one clear line, printing."""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any

_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# Bidirectional embeddings, overrides and isolates (Unicode Cf): not control characters, but
# they reorder what follows on a terminal, so a name could show as something else.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


class CliError(Exception):
    """A failure to report as one line on stderr with exit status ``status`` (1 or 2)."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


def _escape_char(char: str) -> str:
    named = _NAMED_ESCAPES.get(char)
    if named is not None:
        return named
    code = ord(char)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def shown(value: object) -> str:
    """``value`` as text that is safe to print on a terminal (ARCHITECTURE §7).

    Text from the server (an organization name, a host name, an error's detail) may hold
    control characters: an escape sequence would drive the terminal, a line break would
    forge a line. Every Unicode Cc character is written escaped (``\\x1b``, ``\\n``), as are
    lone surrogates (unprintable in UTF-8) and the bidirectional controls that reorder a
    line; everything else is kept as it is. ``None`` is the empty text.
    """
    text = "" if value is None else str(value)
    if text.isprintable():  # the common case: nothing to escape (spaces count as printable)
        return text
    out = []
    for char in text:
        if (char in _BIDI_CONTROLS
                or unicodedata.category(char) in ("Cc", "Cs")):
            out.append(_escape_char(char))
        else:
            out.append(char)
    return "".join(out)


def fail(message: str, status: int = 1) -> int:
    print(f"compliance-client: {shown(message)}", file=sys.stderr)
    return status


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A plain aligned table, for people reading a terminal; every cell goes through
    :func:`shown`, so no control character from the server reaches the terminal raw."""
    cells = [[shown(h) for h in headers]] + [[shown(c) for c in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


def confirm(question: str, *, yes: bool) -> bool:
    """Ask on a terminal; without one, refuse unless ``--yes`` was given (ARCHITECTURE §5)."""
    if yes:
        return True
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError("refusing without --yes: standard input is not a terminal", 1)
    answer = input(f"{question} [y/N] ").strip().lower()
    return answer in ("y", "yes")
