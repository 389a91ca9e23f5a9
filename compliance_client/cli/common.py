"""Helpers shared by the subcommand modules: failing with one clear line (or, with --json, one
JSON object), printing."""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any, NoReturn, Protocol, TypeVar

from ..domain.keys import redact

_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
# Bidirectional embeddings, overrides and isolates (Unicode Cf): not control characters, but
# they reorder what follows on a terminal, so a name could show as something else.
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")

USAGE = "usage"  # the code of every failure with exit status 2
#: The most one list request returns (DESIGN §7b: ``limit`` is 1-500 on every list).
MAX_PAGE = 500

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class Page(Protocol[T_co]):
    """A page of a list operation: ``{items, total}``."""

    @property
    def items(self) -> Sequence[T_co]: ...

    @property
    def total(self) -> int: ...


class CliError(Exception):
    """A failure to report, with exit status ``status`` (1 or 2): one line on stderr, or with
    ``--json`` one JSON object on stdout (:meth:`to_json`).

    ``code`` is stable for scripts: the contract's code when the server refused, the service
    layer's when no usable answer came (``cannot_connect``), else the command line's own
    (``usage`` for every exit status 2). Every text is redacted: a key typed where it does
    not belong is never printed back, only its public prefix.
    """

    def __init__(self, message: str, status: int = 1, *, code: str | None = None,
                 params: Mapping[str, Any] | None = None,
                 field_problems: Sequence[Mapping[str, Any]] = (),
                 http_status: int | None = None, request_id: str | None = None) -> None:
        super().__init__(redact(message))
        self.status = status
        self.code = code or (USAGE if status == 2 else "failed")
        self.params = dict(params or {})
        self.field_problems = [dict(p) for p in field_problems]
        self.http_status = http_status
        self.request_id = request_id

    @classmethod
    def from_error(cls, exc: Exception, message: str | None = None, *,
                   options: Mapping[str, str] | None = None) -> CliError:
        """The product's error ``exc`` (a refusal of the server, no usable answer, bad input)
        with its data; ``message`` replaces its text, ``options`` names the option that sets
        each field."""
        options = options or {}
        problems = getattr(exc, "problems", None)  # the domain's ValidationError
        if problems is not None:
            reported = [{"field": p.field, "option": options.get(p.field), "code": p.code,
                         "message": p.message, "params": dict(p.params)} for p in problems]
        else:  # the server's 422 names each field with a sentence, no code
            reported = [{"field": name, "option": options.get(name), "code": None,
                         "message": text, "params": {}}
                        for name, text in (getattr(exc, "fields", None) or {}).items()]
        params = {k: v for k, v in (getattr(exc, "params", None) or {}).items()
                  if k != "fields"}  # the same as the field problems
        status = getattr(exc, "status", None)
        return cls(message or str(exc) or type(exc).__name__, 1,
                   code=str(getattr(exc, "code", "") or "failed"), params=params,
                   field_problems=reported,
                   http_status=status if isinstance(status, int) else None,
                   request_id=getattr(exc, "request_id", None))

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = _redacted({"error": {
            "code": self.code, "message": str(self), "params": self.params,
            "field_problems": self.field_problems, "http_status": self.http_status,
            "request_id": self.request_id}})
        return data


class UsageError(CliError):
    """What argparse reports as wrong usage, with the usage text it would print first."""

    def __init__(self, message: str, *, prog: str, usage: str) -> None:
        super().__init__(message, 2, code=USAGE)
        self.prog = prog
        self.usage = usage


class Parser(argparse.ArgumentParser):
    """argparse's parser, whose usage errors raise :class:`UsageError` instead of exiting, so
    that ``main`` reports them like any failure (as JSON with ``--json``). Its sub-parsers
    are of this class too (argparse makes them of their parent's class)."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message, prog=self.prog, usage=self.format_usage())


def _redacted(value: Any) -> Any:
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, Mapping):
        return {str(k): _redacted(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_redacted(v) for v in value]
    if value is None or isinstance(value, bool | int | float):
        return value
    return redact(str(value))


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


def cut(value: object, width: int) -> str:
    """``value`` as printed (escaped, :func:`shown`), cut to ``width`` with an ellipsis."""
    text = shown(value)
    return text if len(text) <= width else text[:width - 1] + "\u2026"


def fail(message: str, status: int = 1) -> int:
    print(f"compliance-client: {shown(message)}", file=sys.stderr)
    return status


def report(error: CliError, *, as_json: bool) -> int:
    """Print ``error`` as the command asked (``--json`` or not); return its exit status."""
    if as_json:
        print_json(error.to_json())
    elif isinstance(error, UsageError):  # word for word what argparse prints
        sys.stderr.write(error.usage)
        print(f"{error.prog}: error: {error}", file=sys.stderr)
    else:
        fail(str(error))
    return error.status


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
        raise CliError("refusing without --yes: standard input is not a terminal", 1,
                       code="confirmation_required")
    answer = input(f"{question} [y/N] ").strip().lower()
    return answer in ("y", "yes")


def first_items(fetch: Callable[[int, int], Page[T]], limit: int) -> tuple[list[T], int]:
    """The first ``limit`` items of a list operation, asked page by page as
    ``fetch(offset, limit)`` (``--limit`` may exceed one page), and how many there are in
    all."""
    items: list[T] = []
    total = 0
    while len(items) < limit:
        page = fetch(len(items), min(limit - len(items), MAX_PAGE))
        items.extend(page.items)
        total = page.total
        if not page.items or len(items) >= total:
            break
    return items[:limit], max(total, len(items))


def local_time(when: datetime | None, empty: str = "-") -> str:
    """An instant in this PC's time zone to the second, as a person reads a log."""
    return when.astimezone().strftime("%Y-%m-%d %H:%M:%S") if when is not None else empty


def token_id_option(text: str) -> int:
    """An argparse ``type`` for a token ID: a positive whole number."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a token ID is a number, not {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("a token ID is a positive number")
    return value
