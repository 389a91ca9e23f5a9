"""``compliance-client tokens list/show/add/edit/regenerate/delete`` (ARCHITECTURE §5).

The admin operations for scripts: a readable table by default, the contract's JSON objects
with ``--json``. requests is imported only when a command runs (via connection.open_client).
"""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date, datetime, time, timedelta
from typing import Any

from ..domain.errors import Code, ComplianceError
from ..domain.tokens import (
    DEFAULT_VALID_DAYS,
    SCOPES,
    IssuedToken,
    Token,
    end_of_day,
    format_instant,
)
from .common import CliError, confirm, print_json, print_table
from .connection import add_connection_options, open_client, reports_errors

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


def default_expiry_day() -> date:
    """The expire date of a new token given none, as the GUI's Add dialog offers it."""
    return date.today() + timedelta(days=DEFAULT_VALID_DAYS)


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


def _with_option_names(exc: ComplianceError) -> CliError:
    fields: dict[str, str] = getattr(exc, "fields", None) or {}
    message = None
    if getattr(exc, "code", "") == Code.INVALID_INPUT and fields:
        message = "invalid input: " + "; ".join(f"{OPTION_OF_FIELD.get(k, k)}: {v}"
                                               for k, v in fields.items())
    return CliError.from_error(exc, message, options=OPTION_OF_FIELD)


# ---- output --------------------------------------------------------------------------------


def _when(dt: datetime | None, empty: str) -> str:
    return format_instant(dt) or empty


def _entries(values: tuple[str, ...]) -> str:
    return ", ".join(values) if values else "-"


def _print_token(token: Token) -> None:
    print_table(("field", "value"), [
        ("id", token.id),
        ("organization name", token.organization_name),
        ("organization ID", token.organization_id),
        ("scope", token.scope),
        ("key prefix", token.key_prefix),
        ("allowed endpoints", _entries(token.allowed_endpoints)),
        ("blocked endpoints", _entries(token.blocked_endpoints)),
        ("allowed IPs", _entries(token.allowed_ips)),
        ("blocked IPs", _entries(token.blocked_ips)),
        ("bound devices", _entries(token.bound_devices)),
        ("expires", _when(token.expires_at, "never")),
        ("created", _when(token.created_at, "-")),
        ("updated", _when(token.updated_at, "-")),
        ("last used", _when(token.last_used_at, "never")),
        ("last used from", token.last_used_ip or "-"),
        ("version", token.version),
    ])


def _print_issued(issued: IssuedToken, headline: str, as_json: bool) -> None:
    if as_json:
        print_json(issued.to_json())
        return
    print(headline)
    _print_token(issued.token)
    print(f"\nkey: {issued.key}")
    print("Store this key now: the server never shows it again.")


# ---- handlers ------------------------------------------------------------------------------


def _check_search(text: str | None) -> None:
    """Refuse a search holding a whole key before anything is sent (ARCHITECTURE §7): the server
    would log it. The key's prefix finds the same token and is no secret."""
    from ..domain.keys import whole_key_prefix

    prefix = whole_key_prefix(text or "")
    if prefix is not None:
        raise CliError(f"--search holds a whole API key, which would send the secret to the "
                       f"server; nothing was sent. Search by its prefix instead: "
                       f"--search {prefix}", code="search_holds_key", params={"prefix": prefix})


def print_token_list(tokens: list[Token]) -> None:
    """The human table of ``tokens list``."""
    print_table(("id", "organization", "org ID", "scope", "key prefix", "expires",
                 "last used"), [
        (t.id, t.organization_name, t.organization_id, t.scope, t.key_prefix,
         _when(t.expires_at, "never"), _when(t.last_used_at, "never")) for t in tokens])


@reports_errors
def cmd_list(args: argparse.Namespace) -> int:
    _check_search(args.search)
    client, _ = open_client(args)
    with client:
        tokens = list(client.iter_tokens(q=args.search))
    if args.json:
        print_json({"items": [t.to_json() for t in tokens], "total": len(tokens)})
        return 0
    print_token_list(tokens)
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
        given = getattr(args, dest)
        if editing and getattr(args, clear):
            if given:
                raise CliError(f"{OPTION_OF_FIELD[name]} and --{clear.replace('_', '-')} "
                               "contradict each other", 2)
            changes[name] = []
        elif given is not None:
            changes[name] = given
    return changes


@reports_errors
def cmd_add(args: argparse.Namespace) -> int:
    fields: dict[str, Any] = {"organization_name": args.org_name,
                              "organization_id": args.org_id,
                              **_list_changes(args, editing=False)}
    # No --expires: the GUI's default lifetime, not "never" (said on stderr once it is done).
    default_day = default_expiry_day() if args.expires is None else None
    fields["expires_at"] = (end_of_local_day(default_day) if default_day is not None
                            else parse_expires(args.expires))
    if args.scope is not None:
        fields["scope"] = args.scope
    client, _ = open_client(args)
    with client:
        try:
            issued = client.create_token(**fields)
        except ComplianceError as exc:
            raise _with_option_names(exc) from None
    _print_issued(issued, "API token added successfully", args.json)
    if default_day is not None:
        print(f"compliance-client: no --expires given: the token expires at the end of "
              f"{default_day} (local time), in {DEFAULT_VALID_DAYS} days; use --expires never "
              "for a token that never expires.", file=sys.stderr)
    return 0


@reports_errors
def cmd_edit(args: argparse.Namespace) -> int:
    changes = _list_changes(args, editing=True)
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
            raise _with_option_names(exc) from None
    if args.json:
        print_json(token.to_json())
    else:
        print(f"API Key with id {token.id} is updated successfully")
    return 0


@reports_errors
def cmd_regenerate(args: argparse.Namespace) -> int:
    if not confirm(f"Issue a new key for API token {args.id}? Its current key stops working "
                   "at once.", yes=args.yes):
        raise CliError("cancelled: the key was not changed", code="cancelled")
    client, _ = open_client(args)
    with client:
        issued = client.regenerate_token(args.id)
    _print_issued(issued, f"New key for API token {issued.token.id}", args.json)
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


def _token_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a token ID is a number, not {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("a token ID is a positive number")
    return value


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


def _add_field_options(p: argparse.ArgumentParser, *, editing: bool) -> None:
    p.add_argument("--org-name", required=not editing, metavar="NAME",
                   help="organization name")
    p.add_argument("--org-id", required=not editing, metavar="ID", help="organization ID")
    for flag, dest, text, _list in _LIST_OPTION_HELP:
        more = ("; repeat for more (together they replace the whole list)" if editing
                else "; repeat for more")
        metavar = "E" if "endpoint" in flag else "ID" if "device" in flag else "IP"
        p.add_argument(flag, dest=dest, action="append", metavar=metavar, help=text + more)
    p.add_argument("--expires", metavar="YYYY-MM-DD|never",
                   help="expire at the end of that day (local time), or never; "
                        + ("unchanged when not given" if editing else
                           f"default: the end of the day {DEFAULT_VALID_DAYS} days from "
                           "today (give --expires never for a token that never expires)"))
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
                   help="print the changed token as JSON" if editing
                   else "print the token and its key as JSON")


def _add_id(p: argparse.ArgumentParser) -> None:
    p.add_argument("id", type=_token_id, metavar="ID",
                   help="the token's ID (the id column of tokens list)")


def _add_yes(p: argparse.ArgumentParser) -> None:
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

    p = sub.add_parser("list", help="list tokens",
                       description="List the tokens that your token may see, as a table or, "
                                   "with --json, as {items, total}.")
    p.add_argument("--search", metavar="TEXT",
                   help="only tokens whose organization name, organization ID or key prefix "
                        "contains TEXT (any case)")
    p.add_argument("--json", action="store_true", help="print {items, total} as JSON")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", help="show one token",
                       description="Show one token. Its key is never shown again, only the "
                                   "key prefix.")
    _add_id(p)
    p.add_argument("--json", action="store_true", help="print the token as JSON")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("add", help="add a token and print its key once",
                       description="Add an API token and print its key. The server never "
                                   "shows the key again: store it now. " + _LIST_RULE)
    _add_field_options(p, editing=False)
    p.set_defaults(func=cmd_add)

    p = sub.add_parser("edit", help="change a token",
                       description="Change a token. Only what you give changes; a list "
                                   "option replaces that whole list. " + _LIST_RULE)
    _add_id(p)
    _add_field_options(p, editing=True)
    p.set_defaults(func=cmd_edit)

    p = sub.add_parser("regenerate", help="issue a new key for a token",
                       description="Issue a new key for a token and print it once. The old "
                                   "key stops working at once.")
    _add_id(p)
    _add_yes(p)
    p.add_argument("--json", action="store_true", help="print the token and its new key as JSON")
    p.set_defaults(func=cmd_regenerate)

    p = sub.add_parser("delete", help="delete a token",
                       description="Delete a token. Programs using its key lose access at "
                                   "once.")
    _add_id(p)
    _add_yes(p)
    p.set_defaults(func=cmd_delete)

    for action in sub.choices.values():
        add_connection_options(action, nested=True)
