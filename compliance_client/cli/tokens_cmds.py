"""``compliance-client tokens list/show/add/edit/regenerate/delete`` (ARCHITECTURE §5), and
``suspend/resume/rotate-self/revoke-leaked`` of the token lifecycle (ARCHITECTURE §11), whose
handlers live in lifecycle_cmds.py.

The admin operations for scripts: a readable table by default, the contract's JSON objects
with ``--json``. requests is imported only when a command runs (via connection.open_client).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from ..domain.errors import Code, ComplianceError
from ..domain.lifecycle import MAX_GRACE_SECONDS, parse_duration
from ..domain.tokens import (
    DEFAULT_VALID_DAYS,
    SCOPE_ORGANIZATION,
    SCOPES,
    TEXT_FIELDS,
    IssuedToken,
    Token,
    end_of_day,
    format_instant,
)
from .common import (
    CliError,
    confirm,
    cut,
    first_items,
    print_json,
    print_table,
    token_id_option,
)
from .connection import add_connection_options, open_client, reports_errors
from .token_filters import add_filter_options, count_option, filters_from

if TYPE_CHECKING:
    from ..domain.lifecycle import TokenPolicy
    from ..service.client import TokenServerClient

# The option that sets each field, so a server's complaint names what the user typed.
OPTION_OF_FIELD = {
    "organization_name": "--org-name",
    "organization_id": "--org-id",
    "allowed_endpoints": "--allow-endpoint",
    "blocked_endpoints": "--block-endpoint",
    "allowed_ips": "--allow-ip",
    "blocked_ips": "--block-ip",
    "expires_at": "--expires",
    "scope": "--scope",
    "bound_devices": "--bind-device",
    "name": "--name",
    "description": "--description",
    "owner": "--owner",
}
# (list field, option dest, clear flag dest)
LIST_OPTIONS = (
    ("allowed_endpoints", "allow_endpoint", "clear_allowed_endpoints"),
    ("blocked_endpoints", "block_endpoint", "clear_blocked_endpoints"),
    ("allowed_ips", "allow_ip", "clear_allowed_ips"),
    ("blocked_ips", "block_ip", "clear_blocked_ips"),
    ("bound_devices", "bind_device", "clear_bound_devices"),
)
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")


def end_of_local_day(day: date) -> datetime:
    """The instant an expire date means, as in the GUI's token dialog: the last second of
    ``day`` in the local time zone, at that day's offset (daylight saving time may differ
    from today's)."""
    tz = datetime.combine(day, time(23, 59, 59)).astimezone().tzinfo
    assert tz is not None
    return end_of_day(day, tz)


def default_expiry_day(days: int = DEFAULT_VALID_DAYS,
                       policy: TokenPolicy | None = None) -> date:
    """The expire date of a new token given none: ``days`` from today, as the GUI's Add
    dialog offers it, but never past the policy's longest lifetime. The end of the day
    ``max_lifetime_days`` ahead lies later than now plus that many days, so a default as long
    as the maximum takes the day before."""
    day = date.today() + timedelta(days=days)
    latest = policy.latest_expiry(datetime.now(UTC)) if policy is not None else None
    if latest is not None and end_of_local_day(day) > latest:
        day -= timedelta(days=1)
    return day


def default_lifetime(client: TokenServerClient) -> tuple[int, TokenPolicy | None]:
    """The lifetime of a new token given no expiry, in days, and the policy when the caller
    may read it (ARCHITECTURE §11); a token that may not falls back to the built-in one."""
    from ..service.errors import EndpointBlocked, EndpointNotAllowed

    try:
        policy = client.get_policy()
    except (EndpointNotAllowed, EndpointBlocked):
        return DEFAULT_VALID_DAYS, None
    return policy.default_lifetime_days, policy


def parse_expires(text: str) -> datetime | None:
    """``never`` → None; ``YYYY-MM-DD`` → the end of that day in the local time zone."""
    if text.strip().lower() == "never":
        return None
    if not _DATE_RE.fullmatch(text.strip()):
        raise _bad_expires(f"--expires takes a date as YYYY-MM-DD or the word never, not "
                           f"{text!r}")
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise _bad_expires(f"--expires: {text} is not a date in the calendar") from None
    return end_of_local_day(day)


def _bad_expires(message: str) -> CliError:
    return CliError(message, code=Code.INVALID_INPUT, field_problems=[{
        "field": "expires_at", "option": "--expires", "code": "bad_date", "message": message,
        "params": {}}])


_LEAD_OF_CODE: dict[str, str] = {Code.INVALID_INPUT: "invalid input",
                                  Code.POLICY_VIOLATION: "the token policy forbids this"}


def with_option_names(exc: ComplianceError,
                      options: Mapping[str, str] = OPTION_OF_FIELD) -> CliError:
    """The server's refusal of a token's fields, naming the options that set them."""
    fields: dict[str, str] = getattr(exc, "fields", None) or {}
    message = None
    lead = _LEAD_OF_CODE.get(getattr(exc, "code", ""))
    if lead is not None and fields:
        message = f"{lead}: " + "; ".join(f"{options.get(k, k)}: {v}"
                                          for k, v in fields.items())
    return CliError.from_error(exc, message, options=options)


# ---- output --------------------------------------------------------------------------------


def _when(dt: datetime | None, empty: str) -> str:
    return format_instant(dt) or empty


def _entries(values: tuple[str, ...]) -> str:
    return ", ".join(values) if values else "-"


def status_word(token: Token) -> str:
    """Active, Suspended or Leaked: what sets a token apart at a glance."""
    if token.is_leaked:
        return "Leaked"
    return "Suspended" if token.is_suspended else "Active"


def status_text(token: Token) -> str:
    """The token's state in a sentence's words, for ``show`` and suspend/resume."""
    if token.is_leaked:
        return "suspended: its key was reported as leaked"
    if token.is_suspended:
        return "suspended by an administrator"
    return "active"


def until_text(until: datetime) -> str:
    """An instant to the minute, in UTC: ``2026-12-03 21:00 UTC``. Cut, not rounded, so
    that the time said is never later than the real one."""
    return until.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def old_key_line(token: Token) -> str:
    """Until when the key a regenerate or rotation replaced keeps working."""
    until = token.previous_key_expires_at
    if until is None or not token.previous_key_works():
        return "The old key stops working now."
    return f"The old key works until {until_text(until)}."


def _print_token(token: Token) -> None:
    previous = token.previous_key_expires_at
    grace = ([("previous key", f"works until {until_text(previous)}")]
             if previous is not None and token.previous_key_works() else [])
    print_table(("field", "value"), [
        ("id", token.id),
        ("name", token.name or "-"),
        ("description", token.description or "-"),
        ("owner", token.owner or "-"),
        ("status", status_text(token)),
        ("organization name", token.organization_name),
        ("organization ID", token.organization_id),
        ("scope", token.scope),
        ("key prefix", token.key_prefix),
        *grace,
        ("allowed endpoints", _entries(token.allowed_endpoints)),
        ("blocked endpoints", _entries(token.blocked_endpoints)),
        ("allowed IPs", _entries(token.allowed_ips)),
        ("blocked IPs", _entries(token.blocked_ips)),
        ("bound devices", _entries(token.bound_devices)),
        ("expires", _when(token.expires_at, "never")),
        ("created", _when(token.created_at, "-")),
        ("created by", f"API token {token.created_by}" if token.created_by is not None
         else "the server (bootstrap)"),
        ("updated", _when(token.updated_at, "-")),
        ("last used", _when(token.last_used_at, "never")),
        ("last used from", token.last_used_ip or "-"),
        ("version", token.version),
    ])


def print_issued(issued: IssuedToken, headline: str, as_json: bool,
                 *more: str) -> None:
    """The token and its new key, shown this once; ``more`` lines follow the key."""
    if as_json:
        print_json(issued.to_json())
        return
    print(headline)
    _print_token(issued.token)
    print(f"\nkey: {issued.key}")
    print("Store this key now: the server never shows it again.")
    for line in more:
        print(line)


# ---- handlers ------------------------------------------------------------------------------


# The widest each free-text column of ``tokens list`` may be: with the others, a row of a
# token with an ID up to 9999 fits a terminal of 100 columns. ``tokens show`` has the whole
# text.
_LIST_WIDTHS = {"name": 17, "owner": 12, "organization": 16}
_SCOPE_IN_LIST = {SCOPE_ORGANIZATION: "org"}


def _expiry_day(token: Token) -> str:
    return token.expires_at.astimezone(UTC).date().isoformat() if token.expires_at else "never"


def print_token_list(tokens: list[Token]) -> None:
    """The human table of ``tokens list``: what a token is for, whose it is and whether it
    works; its reach is in ``tokens show`` and ``--json``. Expiry days are UTC."""
    print_table(("id", "name", "owner", "organization", "scope", "status", "key prefix",
                 "expires"), [
        (t.id, cut(t.name or "-", _LIST_WIDTHS["name"]),
         cut(t.owner or "-", _LIST_WIDTHS["owner"]),
         cut(t.organization_name, _LIST_WIDTHS["organization"]),
         _SCOPE_IN_LIST.get(t.scope, t.scope), status_word(t), t.key_prefix, _expiry_day(t))
        for t in tokens])


@reports_errors
def cmd_list(args: argparse.Namespace) -> int:
    filters = filters_from(args)
    client, _ = open_client(args)
    with client:
        if args.limit is None:
            tokens = list(client.iter_tokens(filters=filters))
            total = len(tokens)
        else:
            tokens, total = first_items(
                lambda offset, n: client.list_tokens(offset, n, filters=filters), args.limit)
    if args.json:
        print_json({"items": [t.to_json() for t in tokens], "total": total})
        return 0
    if not tokens:
        print("No token matches these filters." if not filters.is_empty else "No tokens.")
        return 0
    print_token_list(tokens)
    if total > len(tokens):
        print(f"\n{len(tokens)} of {total} tokens shown; without --limit every one is "
              "listed.")
    return 0


@reports_errors
def cmd_show(args: argparse.Namespace) -> int:
    client, _ = open_client(args)
    with client:
        token = client.get_token(args.id).token
    if args.json:
        print_json(token.to_json())
    else:
        _print_token(token)
    return 0


def _list_changes(args: argparse.Namespace, *, editing: bool) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for name, dest, clear in LIST_OPTIONS:
        given = getattr(args, dest, None)  # (enrollments create has no --bind-device)
        if editing and getattr(args, clear):
            if given:
                raise CliError(f"{OPTION_OF_FIELD[name]} and --{clear.replace('_', '-')} "
                               "contradict each other", 2)
            changes[name] = []
        elif given is not None:
            changes[name] = given
    return changes


def _text_changes(args: argparse.Namespace) -> dict[str, str]:
    """--name, --description and --owner as given (an empty one clears the field)."""
    return {name: getattr(args, name) for name in TEXT_FIELDS
            if getattr(args, name) is not None}


def new_token_fields(args: argparse.Namespace) -> dict[str, Any]:
    """The fields of a new token from the options of ``tokens add`` (also those of
    ``enrollments create``, whose template is a new token), checked offline; ``expires_at``
    only when ``--expires`` was given (see :func:`fill_default_expiry`)."""
    fields: dict[str, Any] = {"organization_name": args.org_name,
                              "organization_id": args.org_id,
                              **_list_changes(args, editing=False), **_text_changes(args)}
    if args.expires is not None:
        fields["expires_at"] = parse_expires(args.expires)
    if args.scope is not None:
        fields["scope"] = args.scope
    return fields


@dataclass(frozen=True)
class DefaultExpiry:
    """The expire date a new token got because ``--expires`` was not given."""

    day: date
    policy: TokenPolicy | None

    def note(self) -> None:
        """Say so on stderr, once the token (or the code) is made."""
        never = ("; use --expires never for a token that never expires"
                 if self.policy is None or self.policy.allows_never else "")
        print(f"compliance-client: no --expires given: the token expires at the end of "
              f"{self.day} (local time), in {(self.day - date.today()).days} days"
              f"{never}.", file=sys.stderr)


def fill_default_expiry(client: TokenServerClient,
                        fields: dict[str, Any]) -> DefaultExpiry | None:
    """Without ``expires_at`` in ``fields``: set it to the policy's default lifetime, as the
    GUI does, not "never", and return it (None when an expiry was given)."""
    if "expires_at" in fields:
        return None
    days, policy = default_lifetime(client)
    default = DefaultExpiry(default_expiry_day(days, policy), policy)
    fields["expires_at"] = end_of_local_day(default.day)
    return default


@reports_errors
def cmd_add(args: argparse.Namespace) -> int:
    fields = new_token_fields(args)
    client, _ = open_client(args)
    with client:
        default = fill_default_expiry(client, fields)
        try:
            issued = client.create_token(**fields)
        except ComplianceError as exc:
            raise with_option_names(exc) from None
    print_issued(issued, "API token added successfully", args.json)
    if default is not None:
        default.note()
    return 0


@reports_errors
def cmd_edit(args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {**_list_changes(args, editing=True), **_text_changes(args)}
    if args.org_name is not None:
        changes["organization_name"] = args.org_name
    if args.org_id is not None:
        changes["organization_id"] = args.org_id
    if args.expires is not None:
        changes["expires_at"] = parse_expires(args.expires)
    if args.scope is not None:
        changes["scope"] = args.scope
    if not changes:
        raise CliError("nothing to change: give at least one option (see tokens edit --help)",
                       2)
    client, _ = open_client(args)
    with client:
        current = client.get_token(args.id)
        try:
            token = client.update_token(args.id, if_match=current, **changes)
        except ComplianceError as exc:
            raise with_option_names(exc) from None
    if args.json:
        print_json(token.to_json())
    else:
        print(f"API Key with id {token.id} is updated successfully")
    return 0


def duration_words(seconds: int) -> str:
    """``1 hour``, ``7 days``, ``90 minutes``: a grace period as a person says it."""
    for unit, size in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if seconds >= size and seconds % size == 0:
            count = seconds // size
            return f"{count} {unit}{'s' if count != 1 else ''}"
    return f"{seconds} second{'s' if seconds != 1 else ''}"


def old_key_fate(grace: int) -> str:
    """What a new key does to the current one, for a question asked before."""
    if not grace:
        return "The current key stops working at once."
    return f"The current key keeps working for {duration_words(grace)}."


@reports_errors
def cmd_regenerate(args: argparse.Namespace) -> int:
    if not confirm(f"Issue a new key for API token {args.id}? {old_key_fate(args.grace)}",
                   yes=args.yes):
        raise CliError("cancelled: the key was not changed", code="cancelled")
    client, _ = open_client(args)
    with client:
        issued = client.regenerate_token(args.id, grace_seconds=args.grace)
    print_issued(issued, f"New key for API token {issued.token.id}", args.json,
                 old_key_line(issued.token))
    return 0


@reports_errors
def cmd_delete(args: argparse.Namespace) -> int:
    if not confirm(f"Delete API token {args.id}? Programs using its key lose access at once.",
                   yes=args.yes):
        raise CliError("cancelled: the token was not deleted", code="cancelled")
    client, _ = open_client(args)
    with client:
        client.delete_token(args.id)
    print("API Token is Deleted")
    return 0


# ---- parsers -------------------------------------------------------------------------------


_GRACE_FORMS = "0, 90s, 30m, 1h, 1d or 7d"


def grace_seconds(text: str) -> int:
    """``--grace``: a duration of at most 7 days, in seconds."""
    try:
        seconds = parse_duration(text)
    except ValueError:  # parse_duration's own text does not mention the limit
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a duration; write it as {_GRACE_FORMS} (at most 7 days)"
        ) from None
    if seconds > MAX_GRACE_SECONDS:
        raise argparse.ArgumentTypeError(
            f"{text!r} is longer than 7 days, the longest grace period; write it as "
            f"{_GRACE_FORMS}")
    return seconds


def add_grace(p: argparse.ArgumentParser, default: int, meaning: str) -> None:
    p.add_argument("--grace", type=grace_seconds, default=default, metavar="DURATION",
                   help=f"how long the old key keeps working: {_GRACE_FORMS} (s, m, h or d; "
                        f"at most 7 days); default: {meaning}")


# (option, dest, what one occurrence adds, the list it sets): the help of the list options.
_LIST_OPTION_HELP = (
    ("--allow-endpoint", "allow_endpoint",
     "an endpoint the token may use: an operation ID such as tokens.read, a group such as "
     "tokens.*, or * for every one", "allowed endpoints"),
    ("--block-endpoint", "block_endpoint",
     "an endpoint the token may not use, even if allowed (the same forms)",
     "blocked endpoints"),
    ("--allow-ip", "allow_ip",
     "an address or network (CIDR) the token may be used from", "allowed IPs"),
    ("--block-ip", "block_ip",
     "an address or network (CIDR) the token may not be used from, even if allowed",
     "blocked IPs"),
    ("--bind-device", "bind_device",
     "a device ID of the token's organization that the token is bound to: it then works only "
     "on a PC that proves to be one of them with its device key", "bound devices"),
)
_LIST_RULE = ("An empty list restricts nothing: a token without allowed endpoints may use "
              "every endpoint that is not blocked, one without allowed IPs any address "
              "that is not blocked, and one without bound devices any PC.")


def add_field_options(p: argparse.ArgumentParser, *, editing: bool, devices: bool = True,
                      json_help: str | None = None) -> None:
    """The options that set a token's fields (``tokens add/edit``; ``enrollments create``
    without ``devices``, since its tokens are bound to the PC that redeems the code)."""
    p.add_argument("--org-name", required=not editing, metavar="NAME",
                   help="organization name")
    p.add_argument("--org-id", required=not editing, metavar="ID", help="organization ID")
    for flag, dest, text, _list in _LIST_OPTION_HELP:
        if dest == "bind_device" and not devices:
            continue
        more = ("; repeat for more (together they replace the whole list)" if editing
                else "; repeat for more")
        metavar = "E" if "endpoint" in flag else "ID" if "device" in flag else "IP"
        p.add_argument(flag, dest=dest, action="append", metavar=metavar, help=text + more)
    p.add_argument("--expires", metavar="YYYY-MM-DD|never",
                   help="expire at the end of that day (local time), or never; "
                        + ("unchanged when not given" if editing else
                           "default: the end of the day the token policy's default lifetime "
                           f"from today ({DEFAULT_VALID_DAYS} days when the token may not "
                           "read the policy); give --expires never for a token that never "
                           "expires, where the policy allows it"))
    for name, limit, text in (
            ("name", 100, "what the token is for"),
            ("description", 1000, "more about the token: where it is used, why"),
            ("owner", 200, "who to ask about the token: a person, a team, an address")):
        p.add_argument(f"--{name}", metavar="TEXT",
                       help=f"{text}, at most {limit} characters"
                            + ('; "" clears it' if editing else ""))
    p.add_argument("--scope", choices=SCOPES, default=None,
                   help="global: may act on every organization (only a global token may "
                        "give it); organization: only inside its own organization ID"
                        + ("" if editing else " (the default)"))
    if editing:
        for (_name, _dest, clear), (*_, listed) in zip(LIST_OPTIONS, _LIST_OPTION_HELP,
                                                        strict=True):
            p.add_argument(f"--{clear.replace('_', '-')}", dest=clear, action="store_true",
                           help=f"empty the list of {listed}")
    p.add_argument("--json", action="store_true",
                   help=json_help or ("print the changed token as JSON" if editing
                                      else "print the token and its key as JSON"))


def add_id(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=token_id_option, metavar="ID",
                   help="the token's ID (the id column of tokens list)")


def add_yes(p: argparse.ArgumentParser) -> None:
    p.add_argument("--yes", action="store_true",
                   help="do not ask for confirmation (needed when standard input is not a "
                        "terminal)")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    tokens = subparsers.add_parser(
        "tokens", help="manage API tokens (admin)",
        description="Manage API tokens on the token server. The server and the token to "
                    "use come from --url and --token, else $COMPLIANCE_URL and "
                    "$COMPLIANCE_TOKEN, else the active profile.")
    add_connection_options(tokens)
    sub = tokens.add_subparsers(dest="tokens_command", metavar="ACTION", required=True)

    p = sub.add_parser("list", help="list tokens, all or those a filter picks",
                       description="List the tokens that your token may see, as a table or, "
                                   "with --json, as {items, total}. The filters pick tokens "
                                   "to clean up: expiring or expired, suspended, unused for "
                                   "long, unrestricted. Every matching token is listed "
                                   "unless --limit is given; tokens export writes the same "
                                   "tokens to a CSV file.")
    add_filter_options(p)
    p.add_argument("--limit", type=count_option, metavar="N",
                   help="list only the first N matching tokens (by ID); the table then says "
                        "how many match in all, as does total with --json")
    p.add_argument("--json", action="store_true", help="print {items, total} as JSON")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", help="show one token",
                       description="Show one token. Its key is never shown again, only the "
                                   "key prefix.")
    add_id(p)
    p.add_argument("--json", action="store_true", help="print the token as JSON")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("add", help="add a token and print its key once",
                       description="Add an API token and print its key. The server never "
                                   "shows the key again: store it now. " + _LIST_RULE)
    add_field_options(p, editing=False)
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("edit", help="change a token",
                       description="Change a token. Only what you give changes; a list "
                                   "option replaces that whole list. " + _LIST_RULE)
    add_id(p)
    add_field_options(p, editing=True)
    p.set_defaults(func=cmd_edit)

    p = sub.add_parser("regenerate", help="issue a new key for a token",
                       description="Issue a new key for a token and print it once. The old "
                                   "key stops working at once, or after the grace period "
                                   "given with --grace, so that the programs using it can "
                                   "change over without downtime.")
    add_id(p)
    add_grace(p, 0, "0, the old key stops working at once")
    add_yes(p)
    p.add_argument("--json", action="store_true", help="print the token and its new key as JSON")
    p.set_defaults(func=cmd_regenerate)

    p = sub.add_parser("delete", help="delete a token",
                       description="Delete a token. Programs using its key lose access at "
                                   "once.")
    add_id(p)
    add_yes(p)
    p.set_defaults(func=cmd_delete)

    from .lifecycle_cmds import register_actions

    register_actions(sub)

    from .inventory_cmds import register_inventory

    register_inventory(sub)

    for name, action in sub.choices.items():
        add_connection_options(action, nested=True, token=name != "revoke-leaked")
