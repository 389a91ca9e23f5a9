"""Usage counters of tokens (DESIGN §11, ARCHITECTURE §12): requests per token and UTC day,
allowed and denied, with the addresses and endpoints they came from and went to.

What counts: every request whose key was recognised (a current key, or a replaced one in
its grace period). ``allowed``: it passed the access checks (suspension, expiry, IPs, device
proof, endpoint lists), whatever the operation then answered (404, 412, 422, or a
privilege_escalation, which the audit log records). ``denied``: it was refused by one of
those checks, or throttled after it (token_suspended, token_expired, ip_*, device_*,
invalid_device_proof, endpoint_*, too_many_attempts). A request with an unknown key, or from
a blocked address before its key is looked at, belongs to no token and is not counted.

The hot path only adds to dicts under a lock (about a microsecond). A thread writes the
batch every ``FLUSH_EVERY_S`` seconds, and ``close`` writes the rest when the server stops
(``EmbeddedServer.stop``; `serve` and each of its ``--workers`` after uvicorn's graceful
shutdown, on SIGINT and on SIGTERM alike, server/workers.py; :func:`close_all` at
interpreter exit for anything else): one write transaction of
three executemany upserts, whatever the traffic. Upserts add to the stored numbers, so
several server processes on one database count correctly together. A batch never writes for
a token that is gone, or for one created after the counted request (SQLite may give a deleted
token's id to the next one). Rows older than ``KEEP_DAYS`` are deleted by the first flush of
each UTC day (an indexed range delete). At most ``MAX_ADDRESSES`` addresses are kept per token
and day (the first seen; more may slip in when several processes race): a holder of the key
spraying from a whole IPv6 network cannot grow the table without bound; its requests still
count in the day's numbers and endpoints.

``tokens.usage`` adds the counts this process has not written yet; another process's are up
to ``FLUSH_EVERY_S`` late (the contract allows 10 s).
"""

from __future__ import annotations

import logging
import threading
import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import Table, case, delete, func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from ..domain.tokens import format_instant
from .db import Database
from .models import TokenRow, UsageAddressRow, UsageDayRow, UsageEndpointRow

log = logging.getLogger(__name__)

FLUSH_EVERY_S = 10.0
KEEP_DAYS = 90
MAX_ADDRESSES = 50  # per token and day
SHOWN_ADDRESSES = 10  # tokens.usage's "at most 10, most recent first"
_CHUNK = 500  # ids per IN list


@dataclass(slots=True)
class _Day:
    """One token's counts of one UTC day in a batch."""

    first_seen: datetime
    allowed: int = 0
    denied: int = 0
    addresses: dict[str, list[Any]] = field(default_factory=dict)  # address -> [n, last]
    endpoints: dict[str, int] = field(default_factory=dict)

    def merge(self, other: _Day) -> None:
        self.first_seen = min(self.first_seen, other.first_seen)
        self.allowed += other.allowed
        self.denied += other.denied
        for address, (n, last) in other.addresses.items():
            mine = self.addresses.get(address)
            if mine is None:
                if len(self.addresses) < MAX_ADDRESSES:
                    self.addresses[address] = [n, last]
            else:
                mine[0] += n
                mine[1] = max(mine[1], last)
        for endpoint, n in other.endpoints.items():
            self.endpoints[endpoint] = self.endpoints.get(endpoint, 0) + n


Batch = dict[tuple[int, date], _Day]
_LIVE: weakref.WeakSet[UsageCounter] = weakref.WeakSet()


class UsageCounter:
    """The counters of one server process (``app.state.usage``). ``enabled`` False: nothing
    is counted (the bench's baseline); the stored counts can still be read."""

    def __init__(self, db: Database, *, flush_every: float = FLUSH_EVERY_S,
                 enabled: bool = True) -> None:
        self.db = db
        self.flush_every = flush_every
        self.enabled = enabled
        self._pending: Batch = {}
        self._lock = threading.Lock()  # guards _pending
        self._flush_lock = threading.Lock()  # one flush (or exact read) at a time
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._pruned_on: date | None = None

    # -- the hot path ----------------------------------------------------------------------

    def record(self, token_id: int, address: str, endpoint_id: str, allowed: bool,
               now: datetime) -> None:
        """Count one request of a recognised key (``now``: aware UTC)."""
        key = (token_id, now.date())
        with self._lock:
            day = self._pending.get(key)
            if day is None:
                day = self._pending[key] = _Day(now)
            if allowed:
                day.allowed += 1
            else:
                day.denied += 1
            seen = day.addresses.get(address)
            if seen is not None:
                seen[0] += 1
                seen[1] = now
            elif len(day.addresses) < MAX_ADDRESSES:
                day.addresses[address] = [1, now]
            day.endpoints[endpoint_id] = day.endpoints.get(endpoint_id, 0) + 1

    # -- writing ---------------------------------------------------------------------------

    def start(self) -> None:
        """Flush every ``flush_every`` seconds in a daemon thread, and at interpreter exit."""
        if self._thread is not None:
            return
        _LIVE.add(self)
        self._thread = threading.Thread(target=self._run, name="usage-counters", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.flush_every):
            self.flush()

    def close(self) -> None:
        """Stop the thread and write what is left (idempotent)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=30)
            self._thread = None
        _LIVE.discard(self)
        self.flush()

    def flush(self, now: datetime | None = None) -> None:
        """Write the batch in one transaction. On failure (database unreachable) the counts
        go back into the next batch, so none are lost while the process lives."""
        from .auth import now_utc

        now = now or now_utc()
        with self._flush_lock:
            with self._lock:
                batch, self._pending = self._pending, {}
            if not batch and (self._pruned_on == now.date() or self._stop.is_set()):
                return  # an idle process opens no transaction, nor one that is stopping
            try:
                with self.db.write() as session:
                    if batch:
                        _write(session, self.db, batch)
                    if self._pruned_on != now.date():
                        _prune(session, now.date())
                self._pruned_on = now.date()
            except Exception as exc:
                log.warning("could not write the usage counters (kept for the next try): %s",
                            type(exc).__name__)
                with self._lock:
                    for key, day in self._pending.items():
                        old = batch.get(key)
                        if old is None:
                            batch[key] = day
                        else:
                            old.merge(day)
                    self._pending = batch

    # -- reading ---------------------------------------------------------------------------

    def usage(self, token_id: int, days: int, now: datetime) -> dict[str, Any]:
        """tokens.usage's answer: the stored counts plus this process's unwritten ones. The
        flush lock keeps a batch from being both in the database and in memory meanwhile."""
        today = now.date()
        first = today - timedelta(days=days - 1)
        with self._flush_lock:
            with self.db.read() as session:
                stored_days = session.execute(
                    select(UsageDayRow.day, UsageDayRow.allowed, UsageDayRow.denied)
                    .where(UsageDayRow.token_id == token_id, UsageDayRow.day >= first)).all()
                stored_addresses = session.execute(
                    select(UsageAddressRow.address, func.sum(UsageAddressRow.requests),
                           func.max(UsageAddressRow.last_seen_at))
                    .where(UsageAddressRow.token_id == token_id, UsageAddressRow.day >= first)
                    .group_by(UsageAddressRow.address)).all()
                stored_endpoints = session.execute(
                    select(UsageEndpointRow.endpoint, func.sum(UsageEndpointRow.requests))
                    .where(UsageEndpointRow.token_id == token_id,
                           UsageEndpointRow.day >= first)
                    .group_by(UsageEndpointRow.endpoint)).all()
            with self._lock:
                unwritten = [(d, _copy(day)) for (t, d), day in self._pending.items()
                             if t == token_id and first <= d <= today]
        per_day = {d: [allowed, denied] for d, allowed, denied in stored_days}
        addresses: dict[str, list[Any]] = {}
        for address, n, last in stored_addresses:
            # max() of a UTC column comes back naive on SQLite (no type on an aggregate).
            addresses[address] = [int(n), _aware(last)]
        endpoints = {endpoint: int(n) for endpoint, n in stored_endpoints}
        for d, day in unwritten:
            counts = per_day.setdefault(d, [0, 0])
            counts[0] += day.allowed
            counts[1] += day.denied
            for address, (n, last) in day.addresses.items():
                seen = addresses.setdefault(address, [0, last])
                seen[0] += n
                seen[1] = max(seen[1], last)
            for endpoint, n in day.endpoints.items():
                endpoints[endpoint] = endpoints.get(endpoint, 0) + n
        recent = sorted(addresses.items(), key=lambda a: (a[1][1], a[0]), reverse=True)
        return {
            "days": [{"date": d.isoformat(), "allowed": per_day.get(d, [0, 0])[0],
                      "denied": per_day.get(d, [0, 0])[1]}
                     for d in (first + timedelta(days=i) for i in range(days))],
            "addresses": [{"address": a, "last_seen_at": format_instant(last), "requests": n}
                          for a, (n, last) in recent[:SHOWN_ADDRESSES]],
            "endpoints": [{"id": e, "requests": n} for e, n in
                          sorted(endpoints.items(), key=lambda e: (-e[1], e[0]))],
        }


def forget_token(session: Session, token_id: int) -> None:
    """Delete a token's counters (tokens.delete, in its transaction)."""
    for row in (UsageDayRow, UsageAddressRow, UsageEndpointRow):
        session.execute(delete(row).where(row.token_id == token_id))


def close_all() -> None:
    """Write every running counter's rest (registered with atexit by app.create_app: after
    ``serve``'s uvicorn has stopped, before the interpreter goes)."""
    for counter in list(_LIVE):
        counter.close()


def _copy(day: _Day) -> _Day:
    return _Day(day.first_seen, day.allowed, day.denied,
                {a: list(v) for a, v in day.addresses.items()}, dict(day.endpoints))


def _aware(value: datetime | str) -> datetime:
    if isinstance(value, str):  # SQLite's max() of a stored instant
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _chunks(values: list[int]) -> Iterator[list[int]]:
    for i in range(0, len(values), _CHUNK):
        yield values[i:i + _CHUNK]


def _write(session: Session, db: Database, batch: Batch) -> None:
    token_ids = sorted({t for t, _d in batch})
    created: dict[int, datetime] = {}
    for chunk in _chunks(token_ids):
        created.update(session.execute(select(TokenRow.id, TokenRow.created_at)
                                       .where(TokenRow.id.in_(chunk))).all())
    # Only tokens that existed when their requests were counted (not deleted since, and not
    # a new token that was given a deleted one's id).
    live = {key: day for key, day in batch.items()
            if key[0] in created and created[key[0]] <= day.first_seen}
    if not live:
        return
    known: dict[tuple[int, date], set[str]] = {}
    for chunk in _chunks(sorted({t for t, _d in live})):
        rows = session.execute(
            select(UsageAddressRow.token_id, UsageAddressRow.day, UsageAddressRow.address)
            .where(UsageAddressRow.token_id.in_(chunk),
                   UsageAddressRow.day.in_({d for _t, d in live}))).all()
        for token_id, on, address in rows:
            known.setdefault((token_id, on), set()).add(address)
    addresses: list[dict[str, Any]] = []
    for (token_id, d), day in live.items():
        stored = known.get((token_id, d), set())
        room = MAX_ADDRESSES - len(stored)
        for address, (n, last) in day.addresses.items():
            if address not in stored:
                if room <= 0:
                    continue
                room -= 1
            addresses.append({"token_id": token_id, "day": d, "address": address,
                              "requests": n, "last_seen_at": last})
    insert = postgresql.insert if db.is_postgres else sqlite.insert
    _upsert(session, insert, UsageDayRow, ("token_id", "day"), ("allowed", "denied"),
            ({"token_id": t, "day": d, "allowed": day.allowed, "denied": day.denied}
             for (t, d), day in live.items()))
    _upsert(session, insert, UsageAddressRow, ("token_id", "day", "address"), ("requests",),
            addresses, latest="last_seen_at")
    _upsert(session, insert, UsageEndpointRow, ("token_id", "day", "endpoint"), ("requests",),
            ({"token_id": t, "day": d, "endpoint": e, "requests": n}
             for (t, d), day in live.items() for e, n in day.endpoints.items()))


def _upsert(session: Session, insert: Any, model: type[Any], keys: tuple[str, ...],
            added: tuple[str, ...], rows: Iterable[dict[str, Any]],
            latest: str | None = None) -> None:
    """One executemany INSERT ... ON CONFLICT DO UPDATE that adds ``added`` to the stored
    numbers (and keeps the later ``latest`` instant)."""
    values = list(rows)
    if not values:
        return
    table = cast(Table, model.__table__)
    stmt = insert(table)
    changes: dict[str, Any] = {name: table.c[name] + stmt.excluded[name] for name in added}
    if latest is not None:
        changes[latest] = case((stmt.excluded[latest] > table.c[latest], stmt.excluded[latest]),
                               else_=table.c[latest])
    session.execute(stmt.on_conflict_do_update(index_elements=[table.c[k] for k in keys],
                                               set_=changes), values)


def _prune(session: Session, today: date) -> None:
    """Delete the rows before the oldest day tokens.usage can show."""
    oldest = today - timedelta(days=KEEP_DAYS - 1)
    for row in (UsageDayRow, UsageAddressRow, UsageEndpointRow):
        session.execute(delete(row).where(row.day < oldest))
