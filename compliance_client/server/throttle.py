"""Failed-authentication throttle, kept in the database so every server process shares it.

One row per throttled address (an IPv6 address counts as its /64, which one subscriber
usually holds whole): its failures in the current ``WINDOW`` and the block they led to.
A failure is counted by one ``INSERT ... ON CONFLICT DO UPDATE ... RETURNING``, atomic on
SQLite and PostgreSQL alike, so 200 parallel bad keys get exactly ``LIMIT`` answers of 401
and 429 after that, across server processes. The ``LIMIT``-th failure blocks the address
for ``BLOCK``: every request from it is then answered 429 with Retry-After, whatever key it
carries, and adds nothing (an address costs one row, however hard it tries).
"""

from __future__ import annotations

import ipaddress
import math
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, case, delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import Label

from .models import AuthThrottleRow

LIMIT = 20
WINDOW = timedelta(seconds=60)
BLOCK = timedelta(seconds=60)
IPV6_PREFIX = 64
_BLOCK_S = math.ceil(BLOCK.total_seconds())


def throttle_key(address: str) -> str:
    """What failures are counted against: the address, or an IPv6 address's /64."""
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return address
    if isinstance(parsed, ipaddress.IPv6Address) and parsed.ipv4_mapped is None:
        return str(ipaddress.IPv6Network((parsed, IPV6_PREFIX), strict=False))
    return str(parsed.ipv4_mapped if isinstance(parsed, ipaddress.IPv6Address) else parsed)


def blocked_until_query(address: str) -> Label[Any]:
    """The address's block as a scalar subquery, to read along with the token in one query."""
    return (select(AuthThrottleRow.blocked_until)
            .where(AuthThrottleRow.address == throttle_key(address))
            .scalar_subquery().label("blocked_until"))


def blocked_for(session: Session, address: str, now: datetime) -> int | None:
    """Seconds the address must still wait (at least 1), or None when it may try."""
    until = session.scalar(select(AuthThrottleRow.blocked_until)
                           .where(AuthThrottleRow.address == throttle_key(address)))
    return wait_seconds(until, now)


def wait_seconds(until: datetime | None, now: datetime) -> int | None:
    """Seconds left of a block ending at ``until`` (1 to ``BLOCK``), or None when none is left.

    ``now`` is when this request read the clock, which may be before the request that set
    the block read it (this one then waited for the write lock, or ran in another worker):
    ``until - now`` can exceed ``BLOCK`` by that much. No block lasts longer than ``BLOCK``
    (DESIGN §4: "for the next 60 s"), so neither does the wait a 429 announces.
    """
    if until is None or until <= now:
        return None
    return max(1, min(math.ceil((until - now).total_seconds()), _BLOCK_S))


def record_failure(session: Session, address: str, now: datetime) -> int | None:
    """Count one failure (inside a write transaction).

    Returns None when the failure may be answered 401, else the seconds to send with 429:
    the address was blocked already, or reached the limit with an earlier failure.
    """
    key = throttle_key(address)
    row = cast(Table, AuthThrottleRow.__table__)
    insert = (postgresql.insert if session.get_bind().dialect.name == "postgresql"
              else sqlite.insert)(row)
    blocked = row.c.blocked_until.is_not(None) & (row.c.blocked_until > now)
    fresh = row.c.window_start <= now - WINDOW
    # Evaluated against the row as it was: a failure during a block still counts (so it is
    # told 429 below) but neither moves the window nor lengthens the block.
    failures = case((fresh & ~blocked, 1), else_=row.c.failures + 1)
    upsert = insert.values(address=key, window_start=now, failures=1, blocked_until=None)
    stmt = upsert.on_conflict_do_update(
        index_elements=[row.c.address],
        set_={
            "failures": failures,
            "window_start": case((fresh & ~blocked, now), else_=row.c.window_start),
            "blocked_until": case((blocked, row.c.blocked_until),
                                  (failures >= LIMIT, now + BLOCK), else_=None),
        },
    ).returning(row.c.failures, row.c.blocked_until)
    count, until = session.execute(stmt).one()
    # Housekeeping: rows whose window and block are both over mean nothing any more.
    session.execute(delete(AuthThrottleRow).where(
        AuthThrottleRow.window_start <= now - WINDOW - BLOCK,
        (AuthThrottleRow.blocked_until.is_(None)) | (AuthThrottleRow.blocked_until <= now)))
    if count > LIMIT:
        return wait_seconds(until, now) or 1
    return None
