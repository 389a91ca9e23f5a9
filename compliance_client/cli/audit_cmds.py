"""``compliance-client audit list``: the server's audit log, filtered, as a table, JSON or a
CSV file (ARCHITECTURE §12).

Dates are read as a person means them: ``--since 2026-12-01`` from the first moment of that
day and ``--until 2026-12-01`` to its end, both in this PC's time zone; a time without a
zone is local too. The server compares instants, so they are sent in UTC. Its ``until`` is
exclusive, so a day's end is sent as the start of the next day: no entry of the day's last
second is lost.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
from datetime import date, datetime, time, timedelta
from itertools import islice
from typing import Any

from ..domain.catalogue import ENDPOINT_IDS
from ..domain.csv_export import AUDIT_COLUMNS, audit_row
from ..domain.filters import AuditFilter
from ..domain.records import AuditEntry
from .common import (
    CliError,
    cut,
    first_items,
    local_time,
    print_json,
    print_table,
    token_id_option,
)
from .connection import add_connection_options, open_client, reports_errors
from .csv_output import STDOUT, where, write_export
from .token_filters import count_option

#: What an entry's ``action`` may be: an operation ID, or the leaked-key report, which has
#: no ID in the catalogue because no token can be allowed or refused it (DESIGN §10).
AUDIT_ACTIONS: tuple[str, ...] = (*ENDPOINT_IDS, "tokens.revoke_leaked")
DEFAULT_LIMIT = 50
#: ``address`` of the entries the server's own machine wrote (``serve``, ``admin-token``).
LOCAL_ADDRESS = "local"
_DAY_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_WHEN_FORMS = "a date as YYYY-MM-DD or a time as YYYY-MM-DDTHH:MM[:SS] with an optional zone"
_CHANGES_WIDTH = 48
_VALUE_WIDTH = 20


# ---- options -------------------------------------------------------------------------------


def _instant(text: str, *, end: bool) -> datetime:
    """A day (its start or, with ``end``, the start of the next day) or a time, as an aware
    instant; without a zone, in this PC's."""
    text = text.strip()
    try:
        if _DAY_RE.fullmatch(text):
            day = date.fromisoformat(text)
            moment = datetime.combine(day + timedelta(days=1) if end else day, time.min)
        else:
            moment = datetime.fromisoformat(text)
        # astimezone() on a naive time reads it as local time.
        return moment if moment.tzinfo is not None else moment.astimezone()
    except (ValueError, OverflowError):
        raise argparse.ArgumentTypeError(f"{_WHEN_FORMS}, not {text!r}") from None


def since_option(text: str) -> datetime:
    return _instant(text, end=False)


def until_option(text: str) -> datetime:
    return _instant(text, end=True)


def action_option(text: str) -> str:
    """``--action``: an operation ID; a typo gets the nearest IDs offered."""
    if text in AUDIT_ACTIONS:
        return text
    near = difflib.get_close_matches(text, AUDIT_ACTIONS, n=3)
    hint = f" (did you mean {' or '.join(near)}?)" if near else ""
    raise argparse.ArgumentTypeError(
        f"{text!r} is no operation ID{hint}; an action is an operation ID such as "
        "tokens.update or devices.disable (audit list --help lists them)")


def _filters(args: argparse.Namespace) -> AuditFilter:
    if args.since is not None and args.until is not None and args.since >= args.until:
        raise CliError(f"--since ({local_time(args.since)}) is not before --until "
                       f"({local_time(args.until)}, local time): no entry lies between them", 2)
    return AuditFilter(token_id=args.token_id, action=args.action, since=args.since,
                       until=args.until)


# ---- output --------------------------------------------------------------------------------


def who(entry: AuditEntry) -> str:
    """The actor: its key prefix; the server itself for what ``serve`` and ``admin-token``
    did; nobody known for a request without a token (a leaked-key report)."""
    if entry.key_prefix:
        return entry.key_prefix
    return "server" if entry.address == LOCAL_ADDRESS else "no token"


def _value(value: Any) -> str:
    if value is None:
        return "none"
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) if value else "[]"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return cut(text, _VALUE_WIDTH)


def changes_summary(changes: dict[str, Any]) -> str:
    """``field: old -> new; ...`` in one cell, cut to fit; a field set where there was
    nothing (a new token, a refusal: ``refused: ["", code]``) shows only its new value."""
    parts = []
    for name, change in sorted(changes.items()):
        if isinstance(change, list) and len(change) == 2:
            old, new = change
            parts.append(f"{name}: {_value(new)}" if old in (None, "", [])
                         else f"{name}: {_value(old)} -> {_value(new)}")
        else:
            parts.append(f"{name}: {_value(change)}")
    return cut("; ".join(parts), _CHANGES_WIDTH) if parts else "-"


def print_entries(entries: list[AuditEntry]) -> None:
    print_table(("when (local time)", "who", "from", "action", "target", "changes"), [
        (local_time(e.at), who(e), cut(e.address, 39), e.action, cut(e.target, 40),
         changes_summary(e.changes)) for e in entries])


# ---- handler -------------------------------------------------------------------------------


@reports_errors
def cmd_list(args: argparse.Namespace) -> int:
    filters = _filters(args)
    client, _ = open_client(args)
    if args.csv is not None:
        with client:
            entries = client.iter_audit(filters=filters)
            rows = (audit_row(e) for e in (islice(entries, args.limit) if args.limit
                                           else entries))
            count = write_export(args.csv, AUDIT_COLUMNS, rows)
        print(f"Exported {count} audit entr{'y' if count == 1 else 'ies'} to "
              f"{where(args.csv)}", file=sys.stderr)
        return 0
    limit = args.limit or DEFAULT_LIMIT
    with client:
        items, total = first_items(lambda offset, n: client.audit(offset, n, filters=filters),
                                   limit)
    if args.json:
        print_json({"items": [e.to_json() for e in items], "total": total})
        return 0
    if not items:
        print("The audit log is empty." if filters.is_empty
              else "No audit entry matches these filters.")
        return 0
    print_entries(items)
    if total > len(items):
        print(f"\n{len(items)} of {total} entries shown, newest first; --limit N shows more, "
              "--csv FILE writes every one.")
    return 0


# ---- parser --------------------------------------------------------------------------------


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    audit = subparsers.add_parser(
        "audit", help="read the audit log (admin)",
        description="Read the audit log of the token server: who changed which token or "
                    "device, when and from where. The server and the token to use come from "
                    "--url and --token, else $COMPLIANCE_URL and $COMPLIANCE_TOKEN, else the "
                    "active profile.")
    add_connection_options(audit)
    sub = audit.add_subparsers(dest="audit_command", metavar="ACTION", required=True)

    p = sub.add_parser(
        "list", help="list audit entries, newest first",
        description="List audit entries, newest first: when (in local time), who (the key "
                    "prefix of the token that acted), from which address, the action, its "
                    "target and what changed. Filters combine. Actions: "
                    + ", ".join(AUDIT_ACTIONS) + ".")
    # Not --token: that is the API key to sign in with, on every command (ARCHITECTURE §5).
    p.add_argument("--token-id", type=token_id_option, metavar="ID",
                   help="only entries in which the token with this ID acted or was acted on")
    p.add_argument("--action", type=action_option, metavar="OP",
                   help="only entries of this operation, by its ID (such as tokens.update)")
    p.add_argument("--since", type=since_option, metavar="WHEN",
                   help="only entries from then on: a date (YYYY-MM-DD, from the start of "
                        "that day) or a time (YYYY-MM-DDTHH:MM), in local time unless a zone "
                        "is given")
    p.add_argument("--until", type=until_option, metavar="WHEN",
                   help="only entries before then: a date (up to the end of that day) or a time, "
                        "in local time unless a zone is given")
    p.add_argument("--limit", type=count_option, metavar="N",
                   help=f"at most N entries, the newest (default {DEFAULT_LIMIT}; with --csv "
                        "every matching entry)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print {items, total} as JSON")
    out.add_argument("--csv", metavar="FILE",
                     help=f"write the matching entries to a CSV file (UTF-8 with a byte-order "
                          f"mark, written completely or not at all), or {STDOUT} for "
                          "standard output")
    p.set_defaults(func=cmd_list)
    add_connection_options(p, nested=True)
