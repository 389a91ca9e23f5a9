"""The filter options that ``tokens list`` and ``tokens export`` share (ARCHITECTURE §12):
the same words on both, so an export holds exactly the tokens the list showed.

Each option becomes one field of :class:`~compliance_client.domain.filters.TokenFilter`,
which the service layer turns into the query of ``tokens.list``; the server does the
filtering, so a script never sees tokens its filter leaves out, on any page.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from ..domain.filters import MAX_FILTER_DAYS, STATUS_FILTERS, StatusFilter, TokenFilter
from ..domain.keys import whole_key_prefix
from .common import CliError


def days_option(low: int, high: int) -> Callable[[str], int]:
    """An argparse ``type`` for a whole number of days from ``low`` to ``high``: a bad one
    is a usage error that names the option (argparse puts the option's name first)."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(
                f"a whole number of days from {low} to {high}, not {text!r}") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(
                f"a whole number of days from {low} to {high}, not {value}")
        return value

    return parse


def count_option(text: str) -> int:
    """``--limit``: a positive whole number."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a whole number from 1 up, not {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"a whole number from 1 up, not {value}")
    return value


def add_filter_options(p: argparse.ArgumentParser) -> None:
    """--search, --status, --expiring-within, --unused-days, --[no-]unrestricted, --org and
    --bound-device on ``p``; together they narrow the list (every one must hold)."""
    group = p.add_argument_group("filters (all given must hold)")
    group.add_argument("--search", metavar="TEXT",
                       help="only tokens whose name, owner, organization name, organization "
                            "ID or key prefix contains TEXT (any case)")
    group.add_argument(
        "--status", choices=STATUS_FILTERS, metavar="STATUS",
        help="active: not suspended and not expired; suspended: suspended, expired or not; "
             "expired: past its expiry, suspended or not; expiring: not yet expired but "
             "expiring within the policy's warning period (or --expiring-within)")
    group.add_argument("--expiring-within", type=days_option(0, MAX_FILTER_DAYS),
                       metavar="N",
                       help="only tokens that expire within N days and have not expired yet "
                            "(implies --status expiring)")
    group.add_argument("--unused-days", type=days_option(1, MAX_FILTER_DAYS), metavar="N",
                       help="only tokens never used, or last used at least N days ago")
    group.add_argument("--unrestricted", action=argparse.BooleanOptionalAction, default=None,
                       help="only tokens without allowed endpoints and without allowed IPs "
                            "(they reach every endpoint that is not blocked, from anywhere); "
                            "--no-unrestricted: only tokens limited by at least one of them")
    group.add_argument("--org", metavar="ID",
                       help="only tokens of the organization with this organization ID")
    group.add_argument("--bound-device", metavar="ID",
                       help="only tokens bound to this device ID")


def check_search(text: str | None) -> None:
    """Refuse a search holding a whole key before anything is sent (ARCHITECTURE §7): the
    server would log it. The key's prefix finds the same token and is no secret."""
    prefix = whole_key_prefix(text or "")
    if prefix is not None:
        raise CliError(f"--search holds a whole API key, which would send the secret to the "
                       f"server; nothing was sent. Search by its prefix instead: "
                       f"--search {prefix}", code="search_holds_key", params={"prefix": prefix})


def filters_from(args: argparse.Namespace) -> TokenFilter:
    """The :class:`TokenFilter` the options ask for. A contradiction (``--status active
    --expiring-within 7``) is a usage error; a whole key in ``--search`` is refused
    (:func:`check_search`)."""
    status = args.status
    if args.expiring_within is not None:
        if status not in (None, StatusFilter.EXPIRING):
            raise CliError(f"--expiring-within lists expiring tokens; it cannot be combined "
                           f"with --status {status}", 2)
        status = StatusFilter.EXPIRING.value
    check_search(args.search)
    return TokenFilter(q=args.search or None, status=status,
                       expiring_within_days=args.expiring_within,
                       unused_days=args.unused_days, unrestricted=args.unrestricted,
                       organization_id=args.org or None, bound_device=args.bound_device or None)
