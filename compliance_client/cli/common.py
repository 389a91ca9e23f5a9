"""Helpers shared by the subcommand modules: failing with one clear line, printing."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from typing import Any


class CliError(Exception):
    """A failure to report as one line on stderr with exit status ``status`` (1 or 2)."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


def fail(message: str, status: int = 1) -> int:
    print(f"compliance-client: {message}", file=sys.stderr)
    return status


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    """A plain aligned table, for people reading a terminal."""
    cells = [[str(h) for h in headers]] + [["" if c is None else str(c) for c in r] for r in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(headers))]
    for n, row in enumerate(cells):
        print("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        if n == 0:
            print("  ".join("-" * w for w in widths))


def confirm(question: str, *, yes: bool) -> bool:
    """Ask on a terminal; without one, refuse unless ``--yes`` was given (DESIGN §3)."""
    if yes:
        return True
    if not sys.stdin or not sys.stdin.isatty():
        raise CliError("refusing without --yes: standard input is not a terminal", 1)
    answer = input(f"{question} [y/N] ").strip().lower()
    return answer in ("y", "yes")
