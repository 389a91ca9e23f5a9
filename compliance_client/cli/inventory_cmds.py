"""``compliance-client tokens usage`` and ``tokens export``: how a token is used, and the
inventory as a CSV file (ARCHITECTURE §12). Registered under ``tokens`` by tokens_cmds.py.
"""

from __future__ import annotations

import argparse
import math
import sys
from typing import TYPE_CHECKING, Any

from ..domain.csv_export import TOKEN_COLUMNS, token_row
from .common import CliError, local_time, print_json, print_table
from .connection import open_client, reports_errors
from .csv_output import STDOUT, where, write_export
from .token_filters import add_filter_options, days_option, filters_from
from .tokens_cmds import add_id

if TYPE_CHECKING:
    from ..domain.records import TokenUsage

# tokens.usage answers for 1 to 90 days, 30 unless asked (DESIGN §11).
DEFAULT_USAGE_DAYS = 30
MAX_USAGE_DAYS = 90
#: The longest bar of the day chart, in characters: with the table's other columns it fits
#: a terminal of 80 columns.
BAR_WIDTH = 40
ALLOWED_MARK = "#"
DENIED_MARK = "x"


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def bar(allowed: int, denied: int, per_mark: int) -> str:
    """A day's requests as marks, each standing for up to ``per_mark`` requests: rounded up,
    so that a single refused request still shows."""
    return (ALLOWED_MARK * math.ceil(allowed / per_mark)
            + DENIED_MARK * math.ceil(denied / per_mark))


def print_usage(token_id: int, usage: TokenUsage) -> None:
    """The readable answer of ``tokens usage``: the days as a table with a bar chart, then
    the last addresses and the endpoints called, busiest first."""
    days = len(usage.days)
    print(f"API token {token_id}: {_plural(usage.allowed, 'request')} allowed and "
          f"{usage.denied} denied in the last {_plural(days, 'day')}.")
    if usage.allowed + usage.denied:
        busiest = max(d.allowed + d.denied for d in usage.days)
        # Each mark stands for this many requests (ASCII marks: every console shows them).
        per_mark = max(1, math.ceil(busiest / BAR_WIDTH))
        print()
        print_table(("day (UTC)", "allowed", "denied", "requests"), [
            (d.date.isoformat(), d.allowed, d.denied, bar(d.allowed, d.denied, per_mark))
            for d in usage.days])
        scale = "one request" if per_mark == 1 else f"up to {per_mark} requests"
        print(f"{ALLOWED_MARK} allowed, {DENIED_MARK} denied; each mark is {scale}.")
    print()
    if usage.addresses:
        print("Last addresses:")
        print_table(("address", "last seen (local time)", "requests"), [
            (a.address, local_time(a.last_seen_at), a.requests) for a in usage.addresses])
    else:
        print("No address has used this token in that time.")
    if usage.endpoints:
        print()
        print("Endpoints:")
        busiest_first = sorted(usage.endpoints, key=lambda e: (-e.requests, e.id))
        print_table(("endpoint", "requests"), [(e.id, e.requests) for e in busiest_first])


@reports_errors
def cmd_usage(args: argparse.Namespace) -> int:
    client, _ = open_client(args)
    with client:
        usage = client.token_usage(args.id, args.days)
    if args.json:
        print_json(usage.to_json())
    else:
        print_usage(args.id, usage)
    return 0


@reports_errors
def cmd_export(args: argparse.Namespace) -> int:
    if args.json and args.csv == STDOUT:
        raise CliError(f"--json prints to standard output, where --csv {STDOUT} writes the "
                       "CSV: give --csv a file name", 2)
    filters = filters_from(args)
    client, _ = open_client(args)
    with client:
        count = write_export(args.csv, TOKEN_COLUMNS,
                             (token_row(t) for t in client.iter_tokens(filters=filters)))
    if args.json:
        print_json({"exported": count, "file": args.csv})
    else:
        print(f"Exported {_plural(count, 'token')} to {where(args.csv)}", file=sys.stderr)
    return 0


def register_inventory(sub: Any) -> None:
    """Add ``usage`` and ``export`` to the ``tokens`` group's sub-parsers."""
    p = sub.add_parser(
        "usage", help="show how a token was used: requests per day, addresses, endpoints",
        description="Show how a token was used over the last days: requests allowed and "
                    "denied per day (UTC) with a bar chart, the last addresses it was used "
                    "from and the endpoints it called. Counts may lag real use by a few "
                    "seconds.")
    add_id(p)
    p.add_argument("--days", type=days_option(1, MAX_USAGE_DAYS), default=DEFAULT_USAGE_DAYS,
                   metavar="N",
                   help=f"how many days back, today included (1 to {MAX_USAGE_DAYS}; default "
                        f"{DEFAULT_USAGE_DAYS})")
    p.add_argument("--json", action="store_true",
                   help="print {days, addresses, endpoints} as JSON")
    p.set_defaults(func=cmd_usage)

    p = sub.add_parser(
        "export", help="write the tokens a filter picks to a CSV file",
        description="Write every token your token may see, or those the filters pick (the "
                    "same as tokens list), to a CSV file: one row per token, the columns "
                    "named like the JSON fields, lists joined with \"; \", times in UTC. "
                    "The file is UTF-8 with a byte-order mark, so that spreadsheets read it "
                    "right, and a cell that a spreadsheet would run as a formula starts with "
                    "an apostrophe. It is written completely or not at all; the number of "
                    "tokens written is said on standard error. Keys are never exported, "
                    "only their prefixes.")
    p.add_argument("--csv", required=True, metavar="FILE",
                   help=f"the file to write (replaced if it exists), or {STDOUT} for "
                        "standard output")
    add_filter_options(p)
    p.add_argument("--json", action="store_true",
                   help="print {exported, file} as JSON when done, and a failure as a JSON "
                        "object (not with --csv -)")
    p.set_defaults(func=cmd_export)
