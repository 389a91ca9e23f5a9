"""``compliance-client policy show/set``: the service's token policy (ARCHITECTURE §11).

``set`` reads the policy, changes what was given and sends the whole object back, as
``policy.update`` takes it; the result is checked here first, so that a contradiction (a
default lifetime longer than the maximum) names the options before anything is sent.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import Any

from ..domain.errors import ComplianceError
from ..domain.lifecycle import MAX_POLICY_DAYS, MAX_WARN_DAYS, TokenPolicy, validate_policy
from .common import CliError, print_json, shown
from .connection import add_connection_options, open_client, reports_errors

# The option that sets each policy field, so a complaint names what the user typed.
OPTION_OF_FIELD = {
    "max_lifetime_days": "--max-lifetime-days",
    "require_expiry": "--require-expiry",
    "require_ip_restriction": "--require-ip-restriction",
    "default_lifetime_days": "--default-lifetime-days",
    "warn_before_days": "--warn-before-days",
}
NO_LIMIT = "none"


def _days(text: str, low: int, high: int) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"a number of days from {low} to {high}, not {text!r}") from None
    if not low <= value <= high:
        raise argparse.ArgumentTypeError(f"a number of days from {low} to {high}, not {value}")
    return value


def _lifetime(text: str) -> int | str:
    """``--max-lifetime-days``: days, or ``none`` for no limit."""
    if text.strip().lower() == NO_LIMIT:
        return NO_LIMIT
    return _days(text, 1, MAX_POLICY_DAYS)


def _default_days(text: str) -> int:
    return _days(text, 1, MAX_POLICY_DAYS)


def _warn_days(text: str) -> int:
    return _days(text, 0, MAX_WARN_DAYS)


def _yes_no(flag: bool) -> str:
    return "yes" if flag else "no"


def _print_policy(policy: TokenPolicy) -> None:
    limit = policy.max_lifetime_days
    rows = [
        ("max lifetime", "none" if limit is None else f"{limit} days"),
        ("require expiry", _yes_no(policy.require_expiry)),
        ("require IP restriction", _yes_no(policy.require_ip_restriction)),
        ("default lifetime", f"{policy.default_lifetime_days} days"),
        ("warn before", f"{policy.warn_before_days} days"),
    ]
    width = max(len(label) for label, _ in rows) + 1
    for label, value in rows:
        print(f"{label + ':':<{width}} {shown(value)}")


def _with_option_names(exc: ComplianceError) -> CliError:
    fields: dict[str, str] = getattr(exc, "fields", None) or {}
    message = ("invalid policy: " + "; ".join(f"{OPTION_OF_FIELD.get(k, k)}: {v}"
                                              for k, v in fields.items())) if fields else None
    return CliError.from_error(exc, message, options=OPTION_OF_FIELD)


@reports_errors
def cmd_show(args: argparse.Namespace) -> int:
    client, _ = open_client(args)
    with client:
        policy = client.get_policy()
    if args.json:
        print_json(policy.to_json())
    else:
        _print_policy(policy)
    return 0


def _changes(args: argparse.Namespace) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    if args.max_lifetime_days is not None:
        changes["max_lifetime_days"] = (None if args.max_lifetime_days == NO_LIMIT
                                        else args.max_lifetime_days)
    for name in ("require_expiry", "require_ip_restriction", "default_lifetime_days",
                 "warn_before_days"):
        if getattr(args, name) is not None:
            changes[name] = getattr(args, name)
    return changes


@reports_errors
def cmd_set(args: argparse.Namespace) -> int:
    changes = _changes(args)
    if not changes:
        raise CliError("nothing to set: give at least one option (see policy set --help)", 2)
    client, _ = open_client(args)
    with client:
        wanted = replace(client.get_policy(), **changes)
        try:
            validate_policy(wanted.to_json())
            saved = client.set_policy(wanted)
        except ComplianceError as exc:  # a ValidationError here, or the server refusing
            raise _with_option_names(exc) from None
    if args.json:
        print_json(saved.to_json())
    else:
        print("Token policy saved.")
        _print_policy(saved)
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    policy = subparsers.add_parser(
        "policy", help="show or change the token policy (admin)",
        description="Show or change the token policy of the token server: how long tokens "
                    "may live, whether they must expire or be limited to IP addresses, the "
                    "lifetime new tokens get, and when users are warned before expiry. The "
                    "server and the token to use come from --url and --token, else "
                    "$COMPLIANCE_URL and $COMPLIANCE_TOKEN, else the active profile.")
    add_connection_options(policy)
    sub = policy.add_subparsers(dest="policy_command", metavar="ACTION", required=True)

    p = sub.add_parser("show", help="show the token policy",
                       description="Show the token policy.")
    p.add_argument("--json", action="store_true", help="print the policy as JSON")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser(
        "set", help="change the token policy (global tokens only)",
        description="Change the token policy: only what you give changes. Tokens made "
                    "before a stricter policy keep working; the policy applies when a token "
                    "is added, or when its expiry or allowed IPs are changed. Only a global "
                    "token may change the policy.")
    p.add_argument("--max-lifetime-days", type=_lifetime, metavar="N|none",
                   help=f"the longest a token may live, in days from when it is added or its "
                        f"expiry is changed (1 to {MAX_POLICY_DAYS}), or none for no limit; "
                        "a limit also means every token must expire")
    p.add_argument("--require-expiry", action=argparse.BooleanOptionalAction, default=None,
                   help="whether every token must have an expiry date")
    p.add_argument("--require-ip-restriction", action=argparse.BooleanOptionalAction,
                   default=None,
                   help="whether every token must name at least one allowed IP address or "
                        "network")
    p.add_argument("--default-lifetime-days", type=_default_days, metavar="N",
                   help=f"the lifetime a new token gets when its expiry is not given (1 to "
                        f"{MAX_POLICY_DAYS}, at most the max lifetime)")
    p.add_argument("--warn-before-days", type=_warn_days, metavar="N",
                   help=f"how many days before its token expires a user is warned (0 to "
                        f"{MAX_WARN_DAYS}; 0: never)")
    p.add_argument("--json", action="store_true", help="print the saved policy as JSON")
    p.set_defaults(func=cmd_set)

    for action in sub.choices.values():
        add_connection_options(action, nested=True)
