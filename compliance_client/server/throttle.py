"""Failed-authentication throttle, kept in the database so every server process shares it.

Each failure is a row (address, time). When an address has ``LIMIT`` failures within
``WINDOW``, it is blocked for ``BLOCK``: every request from it is answered 429 with
Retry-After, whatever key it carries. Blocked requests add no rows, so an address costs at
most LIMIT rows a window; old rows are deleted as new failures arrive.
"""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from .models import AuthBlockRow, AuthFailureRow

LIMIT = 20
WINDOW = timedelta(seconds=60)
BLOCK = timedelta(seconds=60)


def blocked_for(session: Session, address: str, now: datetime) -> int | None:
    """Seconds the address must still wait (at least 1), or None when it may try."""
    until = session.scalar(select(AuthBlockRow.until).where(AuthBlockRow.address == address))
    return wait_seconds(until, now)


def wait_seconds(until: datetime | None, now: datetime) -> int | None:
    """Seconds left of a block ending at ``until`` (at least 1), or None when none is left."""
    if until is None or until <= now:
        return None
    return max(1, math.ceil((until - now).total_seconds()))


def record_failure(session: Session, address: str, now: datetime) -> None:
    """Count one failure (inside a write transaction); block the address at the limit."""
    session.execute(delete(AuthFailureRow).where(AuthFailureRow.at <= now - WINDOW))
    session.execute(insert(AuthFailureRow).values(address=address, at=now))
    count = session.scalar(
        select(func.count()).select_from(AuthFailureRow)
        .where(AuthFailureRow.address == address, AuthFailureRow.at > now - WINDOW))
    if count is not None and count >= LIMIT:
        until = now + BLOCK
        changed = session.execute(
            update(AuthBlockRow).where(AuthBlockRow.address == address).values(until=until))
        if changed.rowcount == 0:  # type: ignore[attr-defined]
            session.execute(insert(AuthBlockRow).values(address=address, until=until))
        # The block is what counts now; start the next window afresh after it.
        session.execute(delete(AuthFailureRow).where(AuthFailureRow.address == address))
    session.execute(delete(AuthBlockRow).where(AuthBlockRow.until <= now))
