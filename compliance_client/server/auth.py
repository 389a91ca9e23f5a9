"""Who is calling: the client address, the key, the token, the device, and the policy decision.

Order (ARCHITECTURE §7 and DESIGN §9, with the throttle first): blocked address -> 429; no
or unknown key -> invalid_token; suspended -> token_suspended; expired -> token_expired;
blocked or not-allowed IP; a DPoP header that fails a check -> invalid_device_proof (counted
like an unknown key); a proof naming a disabled device -> device_disabled; a bound token
without a proof, or whose proof names none of its devices -> device_proof_required /
device_not_bound; tokens.self always passes; blocked or not-allowed endpoint. A request
without a DPoP header costs no device query: only a proof names devices. Compiled policies
are cached per token revision (id, version, key hash, expiry), so a decision costs a dict
look-up, not a compile of a 1,000-entry list, and the authentication query reads only the
few small columns it needs.

Why the key hash is part of a revision: every change of a token bumps its version, but on
SQLite a deleted token's id can be given to the next token created, again at version 1; the
hash, unique per key, keeps the new token from inheriting anything cached for the old one.
The expiry is part of it because an operator may move it straight in the database (into the
past, which the API refuses) without a new version.

Token lifecycle (ARCHITECTURE §11): the status is read by the authentication query itself,
never from a cache, so a suspend or resume decides the very next request. A suspended token
is refused with token_suspended and counted towards the throttle like an unknown key: a
leaked key reported through tokens.revoke_leaked is in someone else's hands, and its holder
must not get unlimited tries at the other rules. During a grace period the key a regenerate
replaced authenticates as its token (same revision, same checks); it is looked up in
``previous_key_hash`` only when the key is no current one, so a request with a current key
still costs one indexed query.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import sqlite3
import threading
import time
from collections import OrderedDict, namedtuple
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Annotated, Any, Generic, TypeVar

from fastapi import Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import bindparam, or_, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select
from starlette.concurrency import run_in_threadpool

from ..domain.catalogue import SELF_ID
from ..domain.dpop import ProofError, ProofReason, ReplayCache, VerifiedProof, verify_proof
from ..domain.errors import Code
from ..domain.ipset import IPMatcher, parse_address
from ..domain.keys import hash_key, key_format_problem, keys_match
from ..domain.policy import Decision, Policy
from ..domain.records import Device
from ..domain.tokens import SCOPE_GLOBAL, SCOPE_ORGANIZATION, STATUS_SUSPENDED
from . import throttle
from .db import Database, affected_rows
from .errors import ApiError
from .models import AuthThrottleRow, DeviceRow, TokenPolicyRow, TokenRow

if TYPE_CHECKING:
    from .usage import UsageCounter

log = logging.getLogger(__name__)

LAST_USED_EVERY = timedelta(minutes=1)
UNKNOWN_PEER = "0.0.0.0"
PEER_CACHE_SIZE = 4096
bearer = HTTPBearer(auto_error=False, description="An API key: Authorization: Bearer cct_...")
DPOP_HEADER = "DPoP"
DPOP_DOC = ("A proof of this PC's device key (RFC 9449 compact JWS, DESIGN §9), fresh for "
            "each request. Required by tokens bound to devices; one that fails a check is "
            "401 invalid_device_proof; one naming a disabled device is 403 device_disabled.")


def now_utc() -> datetime:
    return datetime.now(UTC)


# ---- client address -----------------------------------------------------------------------


def _forwarded_entry(text: str) -> str | None:
    """One X-Forwarded-For hop as a normalised address, or None if it is not one."""
    text = text.strip()
    if text.startswith("["):  # [v6]:port
        text = text[1:].split("]", 1)[0]
    elif text.count(":") == 1:  # v4:port
        text = text.split(":", 1)[0]
    try:
        return str(parse_address(text))
    except ValueError:
        return None


class AddressResolver:
    """The client address: the TCP peer, or what trusted proxies say it is."""

    def __init__(self, trusted_proxies: Sequence[str] = ()) -> None:
        self._trusted = IPMatcher(trusted_proxies)  # raises IPEntryError on a bad entry
        # TCP peer text -> (normalised address, whether a trusted proxy): parsing an address
        # with ipaddress cost more than the rest of the resolving, on every request.
        self._peers: dict[str, tuple[str, bool]] = {}

    def _is_trusted(self, address: str) -> bool:
        return bool(self._trusted) and self._trusted.match(parse_address(address)) is not None

    def _peer(self, peer: str) -> tuple[str, bool]:
        known = self._peers.get(peer)
        if known is None:
            address = str(parse_address(peer))  # ValueError: not an address
            known = (address, self._is_trusted(address))
            if len(self._peers) >= PEER_CACHE_SIZE:
                self._peers.clear()  # a wide scan cannot grow it without end
            self._peers[peer] = known
        return known

    def resolve(self, request: Request) -> str | None:
        """The client address, or None when a trusted proxy's X-Forwarded-For holds an entry
        that is not an address where the walk reaches it: the caller is then unknown
        (ARCHITECTURE §7), never taken to be the proxy."""
        peer = request.client.host if request.client else ""
        try:
            address, trusted = self._peer(peer)
        except ValueError:
            # Not a TCP peer (a unix socket, an in-process test client): an address that no
            # allowed list names, so IP-restricted tokens are refused, others are not.
            return UNKNOWN_PEER
        if not trusted:
            return address
        hops = [h for value in request.headers.getlist("x-forwarded-for")
                for h in value.split(",")]
        # Right to left: each trusted proxy appended the address it saw; the first hop not
        # itself a trusted proxy is the client. Anything left of it may be forged.
        for hop in reversed(hops):
            parsed = _forwarded_entry(hop)
            if parsed is None:
                return None
            address = parsed
            if not self._is_trusted(parsed):
                break
        return address


# ---- compiled policies --------------------------------------------------------------------

V = TypeVar("V")


class LruCache(Generic[V]):
    """A bounded, thread-safe map that forgets the least recently used entry first."""

    def __init__(self, size: int = 4096) -> None:
        self._size = size
        self._items: OrderedDict[tuple[object, ...], V] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: tuple[object, ...]) -> V | None:
        with self._lock:
            value = self._items.get(key)
            if value is not None:
                self._items.move_to_end(key)
            return value

    def put(self, key: tuple[object, ...], value: V) -> None:
        with self._lock:
            self._items[key] = value
            self._items.move_to_end(key)
            while len(self._items) > self._size:
                self._items.popitem(last=False)


# ---- the caller ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Caller:
    """The authenticated token behind a request (never its key)."""

    token_id: int
    organization_id: str
    key_prefix: str
    policy: Policy
    address: str
    scope: str = SCOPE_ORGANIZATION
    #: (id, version, key hash, expiry): changes with every change of the token, and is never the
    #: same for two tokens (see the module docstring). Keys the caches of compiled policies
    #: and of tokens.self answers.
    revision: tuple[object, ...] = ()
    #: (last_used_at, last_used_ip) as stored after this request, or None when another
    #: request recorded the use at the same moment and the values are not known here.
    last_used: tuple[datetime | None, str | None] | None = None
    #: The registered devices the request's valid proof names (its organization's; every
    #: organization's for a global caller), or None when the request carries no proof.
    devices: tuple[Device, ...] | None = None
    #: The policy's warn_before_days, read with the token for tokens.self only (else None).
    warn_before_days: int | None = None

    def own_device(self) -> Device | None:
        """The proof's device in the caller's own organization, if any."""
        return next((d for d in self.devices or () if d.organization_id
                     == self.organization_id), None)

    @property
    def is_global(self) -> bool:
        return self.scope == SCOPE_GLOBAL

    def sees_organization(self, organization_id: str, scope: str = SCOPE_ORGANIZATION) -> bool:
        """Whether a token or device of ``organization_id`` (and ``scope``) is in view."""
        return self.is_global or (scope == SCOPE_ORGANIZATION
                                  and organization_id == self.organization_id)


_CALLER_COLUMNS = (TokenRow.id, TokenRow.version, TokenRow.key_hash, TokenRow.key_prefix,
                   TokenRow.organization_id, TokenRow.scope, TokenRow.expires_at,
                   TokenRow.last_used_at, TokenRow.last_used_ip, TokenRow.status)
_WARN_BEFORE_DAYS = (select(TokenPolicyRow.warn_before_days).where(TokenPolicyRow.id == 1)
                     .scalar_subquery().label("warn_before_days"))


_DEVICE_COLUMNS = (DeviceRow.device_id, DeviceRow.organization_id, DeviceRow.hostname,
                   DeviceRow.status, DeviceRow.registered_at, DeviceRow.disabled_at,
                   DeviceRow.last_seen_at, DeviceRow.key_thumbprint)
# Built once: on every signed request, building the statement cost more than running it.
_ALL_HOLDING = (select(*_DEVICE_COLUMNS)
                .where(DeviceRow.key_thumbprint == bindparam("thumbprint"))
                .order_by(DeviceRow.organization_id, DeviceRow.device_id))
_ORG_HOLDING = _ALL_HOLDING.where(DeviceRow.organization_id == bindparam("organization"))


def _devices_holding(session: Session, thumbprint: str, organization_id: str | None
                     ) -> tuple[Device, ...]:
    """The registered devices holding the key, of one organization (None: of every one, for
    a global caller); empty when the key is not registered. A Core query of plain columns
    on the session's connection, no ORM objects: this runs on every signed request."""
    if organization_id is None:
        rows = session.connection().execute(_ALL_HOLDING, {"thumbprint": thumbprint})
    else:
        rows = session.connection().execute(_ORG_HOLDING, {"thumbprint": thumbprint,
                                                           "organization": organization_id})
    return tuple(Device(**row._mapping) for row in rows)


# ---- reads on the event loop (SQLite) -----------------------------------------------------

#: How long a read on the event loop may wait for SQLite's lock before it gives up and the
#: request takes the thread pool's path (whose connections wait the full SQLITE_TIMEOUT_S).
#: In WAL mode a reader waits only in rare moments (recovery of a WAL after a crash, a
#: checkpoint that truncates the WAL); the whole server must never wait with it for long.
LOOP_BUSY_TIMEOUT_MS = 20


@functools.lru_cache(maxsize=PEER_CACHE_SIZE)
def _throttle_key(address: str) -> str:
    return throttle.throttle_key(address)


class ThreadPath(Exception):
    """The request cannot be finished on the event loop (it needs a write, a compile, or the
    database made the loop's read wait): the thread pool's path answers it, from the start."""


class _LoopQuery:
    """A Core select compiled once for SQLite and run on the raw DB-API connection: the same
    SQL and the same Python values as SQLAlchemy's execution, without its per-call cost
    (statement cache look-up, result metadata, a transaction begun by an event listener).
    Only for binds that SQLite takes as they are (text, integers): checked here, once."""

    def __init__(self, stmt: Select[*tuple[Any, ...]], dialect: Any, name: str
                 ) -> None:
        compiled = stmt.compile(dialect=dialect)
        self.sql = str(compiled)
        self._defaults = compiled.params  # the literal binds; the rest come per call
        self._order = tuple(compiled.positiontup or ())
        for bind in compiled.binds.values():
            if bind.type.bind_processor(dialect) is not None:
                raise TypeError(f"{name}: bind {bind.key} needs a processor; run it through "
                                "SQLAlchemy instead")
        columns = list(stmt.selected_columns)
        self._processors: list[Callable[[Any], Any] | None] = [
            c.type.dialect_impl(dialect).result_processor(dialect, None) for c in columns]
        self.row_type = namedtuple(name, [c.name for c in columns])  # type: ignore[misc]

    def run(self, cursor: sqlite3.Cursor, **values: Any) -> list[Any]:
        params = {**self._defaults, **values}
        rows = cursor.execute(self.sql, [params[n] for n in self._order]).fetchall()
        processors = self._processors
        return [self.row_type(*(v if f is None or v is None else f(v)
                                for f, v in zip(processors, row, strict=True)))
                for row in rows]


_LOOP_CALLER = (select(*_CALLER_COLUMNS, _WARN_BEFORE_DAYS,
                       select(AuthThrottleRow.blocked_until)
                       .where(AuthThrottleRow.address == bindparam("throttle_key"))
                       .scalar_subquery().label("blocked_until"))
                .where(TokenRow.key_hash == bindparam("digest")))


class LoopReader:
    """The reads of the hot path (authentication, a signed request's devices, health) on the
    event loop itself, for SQLite only: a thread-pool hop costs more than these reads, which
    take microseconds and, in WAL mode, do not wait for writers. One connection per event
    loop thread (``serve`` has one loop; tests may run several), used only from that thread,
    one callback at a time, never across an ``await``; in autocommit, so a single SELECT
    reads one consistent snapshot, and a signed request's two reads share an explicit one.
    Its busy timeout is LOOP_BUSY_TIMEOUT_MS: a read that would wait longer raises
    ThreadPath, and every other database error does too, so the thread pool's path, with
    SQLAlchemy and its error handling, gives the answer it always gave.

    PostgreSQL gets none (``create_app``): its reads cross a network, which may be slow.
    """

    def __init__(self, db: Database) -> None:
        self._db = db
        self._local = threading.local()
        self._opened: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        dialect = db.engine.dialect
        self._caller = _LoopQuery(_LOOP_CALLER, dialect, "CallerRow")
        self._all_holding = _LoopQuery(_ALL_HOLDING, dialect, "DeviceRow")
        self._org_holding = _LoopQuery(_ORG_HOLDING, dialect, "DeviceRow")

    def _connection(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            pooled = self._db.engine.raw_connection()  # with db.py's connect settings
            pooled.detach()  # ours for good: the pool opens another in its place
            raw = pooled.dbapi_connection
            assert isinstance(raw, sqlite3.Connection)
            conn = raw
            conn.execute(f"PRAGMA busy_timeout = {LOOP_BUSY_TIMEOUT_MS}")
            self._local.conn = conn
            self._local.file = self._file_identity()
            with self._lock:
                self._opened.append(conn)
        return conn

    def _cursor(self) -> sqlite3.Cursor:
        return self._connection().cursor()

    def caller_row(self, digest: str, throttle_key: str, *, begin: bool = False) -> Any:
        """The authentication query's row for the key hash (None: no current key has it).
        ``begin``: leave a transaction open for :meth:`devices_holding` (then :meth:`end`)."""
        try:
            cursor = self._cursor()
            if begin:
                cursor.execute("BEGIN")
            rows = self._caller.run(cursor, digest=digest, throttle_key=throttle_key)
        except sqlite3.Error as exc:
            self.end()
            raise ThreadPath from exc
        return rows[0] if rows else None

    def devices_holding(self, thumbprint: str, organization_id: str | None
                        ) -> tuple[Device, ...]:
        """:func:`_devices_holding`, on this connection."""
        try:
            if organization_id is None:
                rows = self._all_holding.run(self._cursor(), thumbprint=thumbprint)
            else:
                rows = self._org_holding.run(self._cursor(), thumbprint=thumbprint,
                                             organization=organization_id)
        except sqlite3.Error as exc:
            self.end()
            raise ThreadPath from exc
        return tuple(Device(**row._asdict()) for row in rows)

    def end(self) -> None:
        """End the transaction :meth:`caller_row` began, if any (a read: nothing to keep)."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None and conn.in_transaction:
            try:
                conn.execute("ROLLBACK")
            except sqlite3.Error:
                self._local.conn = None  # broken: the next read opens another
                conn.close()

    def ping(self) -> None:
        """health's check: the database answers a query (ThreadPath if not at once), and its
        file is still the one this connection opened. An open connection keeps reading a file
        that was deleted or whose share was unmounted; the pool's path, opening afresh,
        answers 503 for it."""
        try:
            self._cursor().execute("SELECT 1").fetchall()
        except sqlite3.Error as exc:
            raise ThreadPath from exc
        if self._file_identity() != getattr(self._local, "file", None):
            raise ThreadPath

    def _file_identity(self) -> tuple[int, int] | None:
        try:
            st = os.stat(self._db.url.database or "")
        except OSError:
            return None
        return st.st_dev, st.st_ino

    def close(self) -> None:
        """Close every loop's connection (the server has stopped)."""
        with self._lock:
            opened, self._opened = self._opened, []
        for conn in opened:
            with contextlib.suppress(sqlite3.Error):
                conn.close()
        self._local = threading.local()


class Authorizer:
    """The dependency guarding one operation: ``Depends(Authorizer("tokens.read"))``."""

    def __init__(self, endpoint_id: str) -> None:
        self.endpoint_id = endpoint_id
        # tokens.self answers the policy's warn_before_days: read along with the token, so
        # the hot path of every client's start stays one query.
        self._extra = (_WARN_BEFORE_DAYS,) if endpoint_id == SELF_ID else ()

    async def __call__(self, request: Request,
                       credentials: Annotated[HTTPAuthorizationCredentials | None,
                                              Security(bearer)],
                       ) -> Caller:
        # The DPoP header is read here, not declared as a FastAPI parameter: a second one
        # must be refused, not silently dropped, and a declared parameter would give every
        # operation a 422 it can never answer. app.py documents it in /openapi.json.
        reader: LoopReader | None = request.app.state.loop_reader
        if reader is not None:
            try:
                return self._on_loop(request, reader, credentials)
            except ThreadPath:
                pass
        return await run_in_threadpool(self.authorize, request, credentials)

    def _on_loop(self, request: Request, reader: LoopReader,
                 credentials: HTTPAuthorizationCredentials | None) -> Caller:
        """The path of nearly every request, on the event loop (SQLite): one read, then
        the same checks as :meth:`authorize`, in the same order, with the same answers.
        Whatever would write (an unknown key or a suspended token counted by the throttle,
        the last use or a device's last sighting due, a failed proof) or compile (a policy
        not cached) raises ThreadPath before anything is counted or spent, and
        :meth:`authorize` then answers the request from the start."""
        state = request.app.state
        key = credentials.credentials if credentials is not None else ""
        if not key:
            raise ThreadPath
        # No format check here: a stored hash is of a well-formed key, so a malformed one
        # finds no row below and takes the thread's path, which checks and counts it.
        address = state.addresses.resolve(request)
        if address is None:
            raise ThreadPath
        now = now_utc()
        proofs = request.headers.getlist(DPOP_HEADER)
        row = reader.caller_row(hash_key(key), _throttle_key(address), begin=bool(proofs))
        try:
            if row is None:
                raise ThreadPath  # a replaced key in its grace period, or a failure
            wait = throttle.wait_seconds(row.blocked_until, now)
            if wait is not None:
                raise self._throttled(address, wait)
            if not keys_match(row.key_hash, key) or row.status == STATUS_SUSPENDED:
                raise ThreadPath
            policy = state.policies.get((row.id, row.version, row.key_hash, row.expires_at))
            if policy is None or row.last_used_at is None \
                    or row.last_used_at <= now - LAST_USED_EVERY:
                raise ThreadPath
            proof: VerifiedProof | ProofError | None = None
            devices: tuple[Device, ...] | None = None
            if proofs:
                proof = self._check_proof(request, proofs, key)
                if isinstance(proof, VerifiedProof):
                    devices = reader.devices_holding(
                        proof.thumbprint,
                        None if row.scope == SCOPE_GLOBAL else row.organization_id)
                    if any(d.last_seen_at is None or d.last_seen_at <= now - LAST_USED_EVERY
                           for d in devices):
                        raise ThreadPath
        finally:
            reader.end()
        return self._counted(state.usage, row.id, address, now, lambda: self._check(
            request, state.db, row, address, now, proof, devices, policy=policy, on_loop=True))

    def authorize(self, request: Request, credentials: HTTPAuthorizationCredentials | None
                  ) -> Caller:
        """Every request's checks, in a thread of the pool (database work may wait)."""
        state = request.app.state
        db: Database = state.db
        resolved: str | None = state.addresses.resolve(request)
        now = now_utc()
        key = credentials.credentials if credentials is not None else ""
        if resolved is None:
            log.warning("refused %s: X-Forwarded-For from a trusted proxy holds an entry that "
                        "is not an address", self.endpoint_id)
            raise ApiError(Code.INVALID_TOKEN, "The client address cannot be determined.",
                           headers={"WWW-Authenticate": "Bearer"})
        address = resolved
        well_formed = bool(key) and key_format_problem(key) is None
        proofs = request.headers.getlist(DPOP_HEADER)
        proof: VerifiedProof | ProofError | None = None
        devices: tuple[Device, ...] | None = None
        with db.read() as session:
            row = None
            wait = None
            matched_hash = ""  # the stored hash the key matched: current or previous
            if well_formed:
                # The throttle's block rides along with the token look-up: one query on the
                # path every valid request takes. The rules' order is kept below.
                digest = hash_key(key)
                stmt = select(*_CALLER_COLUMNS, *self._extra,
                              throttle.blocked_until_query(address))
                found = session.execute(stmt.where(TokenRow.key_hash == digest)).first()
                if found is not None:
                    matched_hash = found.key_hash
                else:
                    found = session.execute(
                        stmt.add_columns(TokenRow.previous_key_hash)
                        .where(TokenRow.previous_key_hash == digest,
                               TokenRow.previous_key_expires_at > now)).first()
                    matched_hash = found.previous_key_hash if found is not None else ""
                if found is None:
                    wait = throttle.blocked_for(session, address, now)
                else:
                    wait = throttle.wait_seconds(found.blocked_until, now)
                    if wait is None:
                        row = found
            else:
                wait = throttle.blocked_for(session, address, now)
            if row is not None and proofs:
                # Checked now so that the devices it names are read in the token's read
                # transaction, not a second one. Its outcome is applied below, in §9's
                # order: after the token, its expiry and the IPs.
                proof = self._check_proof(request, proofs, key)
                if isinstance(proof, VerifiedProof):
                    devices = _devices_holding(session, proof.thumbprint,
                                               None if row.scope == SCOPE_GLOBAL
                                               else row.organization_id)
        if wait is not None:
            raise self._throttled(address, wait)
        if row is None or not keys_match(matched_hash, key):
            raise self._fail(db, address, now, bool(key), self.endpoint_id)
        # The key is recognised: from here on the request counts in the token's usage,
        # allowed or denied (usage.py says what each means).
        return self._counted(state.usage, row.id, address, now, lambda: self._check(
            request, db, row, address, now, proof, devices))

    def _counted(self, usage: UsageCounter, token_id: int, address: str, now: datetime,
                 check: Callable[[], Caller]) -> Caller:
        """``check()``, the request counted in the token's usage as allowed or denied."""
        try:
            caller = check()
        except ApiError:
            if usage.enabled:
                usage.record(token_id, address, self.endpoint_id, False, now)
            raise
        if usage.enabled:
            usage.record(token_id, address, self.endpoint_id, True, now)
        return caller

    def _check(self, request: Request, db: Database, row: Any, address: str, now: datetime,
               proof: VerifiedProof | ProofError | None, devices: tuple[Device, ...] | None,
               *, policy: Policy | None = None, on_loop: bool = False) -> Caller:
        """Policy steps 1 to 4 for a recognised key (suspension, expiry, IPs, the device
        proof, the endpoint lists); the Caller, or the refusal raised. ``policy``: the
        token's, compiled, when the caller has it; ``on_loop``: a failed proof raises
        ThreadPath instead of counting it (see :meth:`_on_loop`)."""
        state = request.app.state
        if row.status == STATUS_SUSPENDED:
            raise self._suspended(db, address, now, row.key_prefix)
        revision = (row.id, row.version, row.key_hash, row.expires_at)
        policy = (policy or state.policies.get(revision)
                  or self._compile(db, state.policies, revision))
        if proof is None:
            decision = policy.decide(address, self.endpoint_id, now)
        else:
            decision = policy.check_expiry(now)
            if decision.allowed:
                decision = policy.check_address(address)
            if decision.allowed:
                self._accept(proof, state.replays, db, address, row.key_prefix,
                             on_loop=on_loop)
                decision = policy.check_devices(devices, row.organization_id)
                if decision.allowed:
                    decision = policy.check_endpoint(self.endpoint_id)
            else:
                devices = None  # refused before the proof counted: nothing was seen
        if not decision.allowed:
            self._touch_devices(db, devices, now)
            raise self._refuse(row.key_prefix, address, decision)
        last_used: tuple[datetime | None, str | None] | None = (row.last_used_at,
                                                                row.last_used_ip)
        if row.last_used_at is None or row.last_used_at <= now - LAST_USED_EVERY:
            last_used = (now, address) if self._touch(db, row.id, address, now) else None
        self._touch_devices(db, devices, now)
        caller = Caller(row.id, row.organization_id, row.key_prefix, policy, address,
                        row.scope, revision, last_used, devices,
                        row.warn_before_days if self._extra else None)
        # For the refusal log lines the routes' own checks write (errors.py).
        request.state.caller = caller
        return caller

    def _refuse(self, key_prefix: str, address: str, decision: Decision) -> ApiError:
        log.warning("refused %s for token %s from %s: %s", self.endpoint_id, key_prefix,
                    address, decision.code)
        return ApiError(decision.code or Code.INVALID_TOKEN, decision.message,
                        params=decision.params)

    @staticmethod
    def _check_proof(request: Request, proofs: list[str], key: str
                     ) -> VerifiedProof | ProofError:
        """The one DPoP header checked against this request and key (domain.dpop); the
        error is returned, to be raised in its turn (step 2a)."""
        if len(proofs) != 1:
            return ProofError(ProofReason.MALFORMED, "Send one DPoP header, not several.")
        try:
            return verify_proof(proofs[0], method=request.method,
                                path=request.scope["path"], access_key=key, now=time.time())
        except ProofError as exc:
            return exc

    def _accept(self, proof: VerifiedProof | ProofError, replays: ReplayCache, db: Database,
                address: str, key_prefix: str, *, on_loop: bool = False) -> None:
        """Step 2a: refuse a proof that failed a check, or use up the jti of one that passed
        (only now, so that a request refused earlier leaves its proof unspent). A failure
        counts towards the throttle like an unknown key: a stolen API key without its
        device key must not be a free oracle for guessing proofs. ``on_loop``: a failure
        raises ThreadPath before it is counted (a replayed jti stays replayed, a bad proof
        stays bad, so the thread's path finds the same)."""
        if isinstance(proof, VerifiedProof) and replays.first_use(proof, time.time()):
            return
        if on_loop:
            raise ThreadPath
        error = proof if isinstance(proof, ProofError) else ProofError(
            ProofReason.REPLAYED, "The device proof was used before; make a new one for "
            "each request.")
        with db.write() as session:
            wait = throttle.record_failure(session, address, now_utc())
        if wait is not None:
            raise self._throttled(address, wait)
        # The reason names the check, never the proof or the key.
        log.warning("refused %s for token %s from %s: %s (%s)", self.endpoint_id, key_prefix,
                    address, Code.INVALID_DEVICE_PROOF, error.reason)
        raise ApiError(Code.INVALID_DEVICE_PROOF, error.message,
                       headers={"WWW-Authenticate": 'DPoP algs="EdDSA"'})

    @staticmethod
    def _touch_devices(db: Database, devices: tuple[Device, ...] | None,
                       now: datetime) -> None:
        """Record that the devices were seen, at most once a minute each (the conditional
        UPDATE keeps concurrent requests to one write)."""
        stale = [d for d in devices or ()
                 if d.last_seen_at is None or d.last_seen_at <= now - LAST_USED_EVERY]
        if not stale:
            return
        with db.write() as session:
            for device in stale:
                session.execute(
                    update(DeviceRow)
                    .where(DeviceRow.organization_id == device.organization_id,
                           DeviceRow.device_id == device.device_id,
                           or_(DeviceRow.last_seen_at.is_(None),
                               DeviceRow.last_seen_at <= now - LAST_USED_EVERY))
                    .values(last_seen_at=now))

    def _throttled(self, address: str, wait: int) -> ApiError:
        log.warning("refused %s from %s: %s", self.endpoint_id, address,
                    Code.TOO_MANY_ATTEMPTS)
        return ApiError(Code.TOO_MANY_ATTEMPTS,
                        "Too many failed authentications from this address; "
                        f"try again in {wait} seconds.",
                        headers={"Retry-After": str(wait)})

    def _fail(self, db: Database, address: str, now: datetime, key_given: bool,
              endpoint_id: str) -> ApiError:
        """Count the failure towards the throttle; return the error to raise (401, or 429
        when this failure is past the limit)."""
        with db.write() as session:
            wait = throttle.record_failure(session, address, now)
        if wait is not None:
            return self._throttled(address, wait)
        # Nothing of the presented key is logged: it may be a real key, mistyped.
        log.warning("refused %s from %s: %s (%s)", endpoint_id, address, Code.INVALID_TOKEN,
                    "unknown key" if key_given else "no key")
        return ApiError(Code.INVALID_TOKEN,
                        "The API token is missing, unknown or deleted."
                        if key_given else "Send an API token: Authorization: Bearer <key>.",
                        headers={"WWW-Authenticate": "Bearer"})

    def _suspended(self, db: Database, address: str, now: datetime,
                   key_prefix: str) -> ApiError:
        """Policy step 1 for a suspended token: 401 token_suspended, counted towards the
        throttle like an unknown key (see the module docstring)."""
        with db.write() as session:
            wait = throttle.record_failure(session, address, now)
        if wait is not None:
            return self._throttled(address, wait)
        log.warning("refused %s for token %s from %s: %s", self.endpoint_id, key_prefix,
                    address, Code.TOKEN_SUSPENDED)
        return ApiError(Code.TOKEN_SUSPENDED,
                        "This API token is suspended; an administrator can resume it.",
                        headers={"WWW-Authenticate": "Bearer"})

    @staticmethod
    def _compile(db: Database, cache: LruCache[Policy], revision: tuple[object, ...]
                 ) -> Policy:
        """The token's policy, compiled and cached under the revision it was read at (if
        the token was edited since the authentication query, that newer one decides)."""
        token_id, _version, key_hash, _expiry = revision
        with db.read() as session:
            token = session.get(TokenRow, token_id)
            if token is None or token.key_hash != key_hash:  # deleted or regenerated meanwhile
                raise ApiError(Code.INVALID_TOKEN, "The API token is missing, unknown or deleted.")
            policy = Policy.of(token)
            cache.put((token.id, token.version, token.key_hash, token.expires_at), policy)
            return policy

    @staticmethod
    def _touch(db: Database, token_id: int, address: str, now: datetime) -> bool:
        """Record the use at most once a minute; the WHERE keeps concurrent callers to one.
        True when this call recorded it."""
        with db.write() as session:
            done = session.execute(
                update(TokenRow)
                .where(TokenRow.id == token_id,
                       or_(TokenRow.last_used_at.is_(None),
                           TokenRow.last_used_at <= now - LAST_USED_EVERY))
                .values(last_used_at=now, last_used_ip=address))
            return affected_rows(done) == 1
