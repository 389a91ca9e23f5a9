"""CSV exports of the token inventory and the audit log (ARCHITECTURE §12), the same from the
app and the command line.

Columns are the contract's field names and values as the API gives them (instants in
ISO-8601 UTC, lists joined with "; "), so a script reads the file like the JSON. Two things
make it safe to open in a spreadsheet: the file starts with a UTF-8 byte-order mark (Excel
reads it as UTF-8 only then), and a cell that a spreadsheet would run as a formula (text
starting with =, +, -, @, a tab or a carriage return: an organization may be named
``=HYPERLINK(...)``) is written with a leading apostrophe, as OWASP advises.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from .records import AuditEntry
from .tokens import Token

BOM = "\ufeff"
LIST_SEPARATOR = "; "
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

TOKEN_COLUMNS: tuple[str, ...] = (
    "id", "name", "status", "suspended_reason", "organization_name", "organization_id",
    "owner", "description", "scope", "key_prefix", "allowed_endpoints", "blocked_endpoints",
    "allowed_ips", "blocked_ips", "bound_devices", "expires_at", "created_at", "created_by",
    "updated_at", "last_used_at", "last_used_ip", "previous_key_expires_at", "version")

AUDIT_COLUMNS: tuple[str, ...] = (
    "id", "at", "token_id", "key_prefix", "address", "action", "target", "changes")


def cell(value: Any) -> str:
    """One value as CSV text: lists joined, None empty, formulas defused."""
    if value is None:
        text = ""
    elif isinstance(value, list | tuple):
        text = LIST_SEPARATOR.join(str(v) for v in value)
    elif isinstance(value, bool):
        text = "true" if value else "false"
    else:
        text = str(value)
    # A negative number is no formula risk and stays a number.
    if text.startswith(_FORMULA_START) and not _is_number(text):
        text = "'" + text
    return text


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def token_row(token: Token) -> list[str]:
    data = token.to_json()
    return [cell(data.get(column)) for column in TOKEN_COLUMNS]


def audit_row(entry: AuditEntry) -> list[str]:
    data = entry.to_json()
    # JSON: a change is [old, new] of any shape; one cell keeps a row per entry.
    data["changes"] = (json.dumps(entry.changes, ensure_ascii=False, sort_keys=True)
                       if entry.changes else "")
    return [cell(data[column]) for column in AUDIT_COLUMNS]


def write_csv(stream: TextIO, header: Sequence[str], rows: Iterable[Sequence[str]]) -> int:
    """Write a byte-order mark, the header and ``rows`` to ``stream`` (opened with
    ``newline=""``); returns the number of rows written."""
    stream.write(BOM)
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(header)
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def read_csv(stream: TextIO) -> list[dict[str, str]]:
    """The rows of a file :func:`write_csv` made, as dicts (tests and round trips)."""
    text = stream.read()
    if text.startswith(BOM):
        text = text[len(BOM):]
    return list(csv.DictReader(io.StringIO(text, newline="")))
