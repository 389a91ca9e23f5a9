"""Transport limits of the token server (ARCHITECTURE §7): body size, read timeouts and
connection caps.

Two pieces, each at the one place that sees what it limits:

* :class:`BodyLimitMiddleware`, a plain ASGI middleware: a request whose ``Content-Length``
  says more than 1 MiB is answered 413 ``payload_too_large`` at once, before a byte of its
  body is read; a body without a length (chunked) is counted as it arrives and answered 413
  as soon as the count passes 1 MiB, without reading the rest. The answer carries
  ``Connection: close``: uvicorn then closes the connection instead of reading and
  discarding the remainder (a 1 GB body would otherwise still cross the wire).

* :func:`protocol_class`, a subclass of uvicorn's own ``H11Protocol`` (what ``http="auto"``
  picks when httptools is not installed, as here), given to ``uvicorn.Config(http=...)``.
  uvicorn has no timeout for reading request headers (its keep-alive timer runs only
  between requests and stops at the first byte of the next one, so a client that sends one
  byte every few seconds holds a connection forever) and no cap on connections per address;
  ``limit_concurrency`` only answers 503 to *complete* requests over the limit, after their
  connection and file descriptor are already taken, so it does nothing against half-sent
  requests. Other ASGI servers were weighed: Hypercorn and Granian have read timeouts of
  their own but, as far as their documented settings go, no cap per client address, and
  Granian is a compiled (Rust) dependency the installer would have to ship as well. A small
  subclass of the protocol we already run keeps one server and gives:

  - a header deadline: a connection waiting for a request's headers (a new one, or a
    keep-alive one after a response) is closed when they are not complete within
    ``header_timeout`` (10 s); once they are, a body deadline (``body_timeout``) bounds how
    long the body may take, so a slow body cannot hold a connection forever either;
  - a cap on open connections per address (an IPv6 address counts as its /64, the key of
    :func:`.throttle.throttle_key`) and one in all. A new connection over a cap first
    closes the oldest connection in the cap's scope that is still waiting for its request
    headers (a slow or idle one: a client about to send its request has it out within
    milliseconds), and is itself closed at once only when every connection in that scope
    is busy with a request. So 1,000 half-sent requests from many addresses cannot keep
    ``/api/v1/health`` from being answered: each new caller takes the slot of the oldest
    staller. Trusted proxies (``--trusted-proxy``) are held to the total cap only: every
    client behind them shares their address.

  The total cap defaults to at most 1,000 and at most half of what the file-descriptor soft
  limit leaves after a reserve for the database, logs and the interpreter, so accepting a
  connection never fails with EMFILE (which would stop asyncio from accepting anyone for a
  second at a time).

Refusals are logged at WARNING; the connection-level ones at most once a minute per
address and kind, so an attack cannot flood the log.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import Counter
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any, ClassVar

import h11
from starlette.requests import Request
from uvicorn.protocols.http.h11_impl import H11Protocol
from uvicorn.protocols.utils import get_remote_addr

from ..domain.errors import Code
from ..domain.ipset import IPMatcher, parse_address
from .auth import AddressResolver
from .errors import error_response
from .throttle import throttle_key

log = logging.getLogger(__name__)

Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]

MAX_BODY_BYTES = 1024 * 1024  # ARCHITECTURE §7: 1 MiB
HEADER_TIMEOUT_S = 10.0  # ARCHITECTURE §7
# 1 MiB in 30 s is 35 KB/s: slower than any link a client of this service sits on.
BODY_TIMEOUT_S = 30.0
# A site behind one NAT address shares it; each client holds a few pooled connections at most.
PER_ADDRESS_CAP = 64
TOTAL_CAP_MAX = 1000
BACKLOG_MAX = 2048  # uvicorn's default
# File descriptors kept out of the connection budget: the database (a pool per thread of the
# thread pool), log files, the listening socket and what the interpreter holds open.
FD_RESERVE = 128


def _descriptor_soft_limit() -> int | None:
    try:
        import resource
    except ImportError:  # Windows: no per-process descriptor limit of this kind
        return None
    soft, _hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    return None if soft == resource.RLIM_INFINITY else soft


def default_total_cap() -> int:
    """At most TOTAL_CAP_MAX, and at most half of the descriptors the soft limit leaves."""
    soft = _descriptor_soft_limit()
    if soft is None:
        return TOTAL_CAP_MAX
    return max(16, min(TOTAL_CAP_MAX, (soft - FD_RESERVE) // 2))


def default_backlog(total: int | None = None) -> int:
    """The listen backlog, which asyncio also uses as the most connections it accepts in
    one turn of the loop, before any of them reaches the cap check (connection_made runs
    two turns later, a close lands one turn after that). A quarter of the descriptors the
    cap leaves keeps a burst of accepts below the soft limit; uvicorn's default of 2048
    where the limit allows it."""
    soft = _descriptor_soft_limit()
    if soft is None:
        return BACKLOG_MAX
    total = default_total_cap() if total is None else total
    return max(8, min(BACKLOG_MAX, (soft - FD_RESERVE - total) // 4))


# ---- the body ----------------------------------------------------------------------------


def _declared_length(headers: list[tuple[bytes, bytes]]) -> int | None:
    """Content-Length when the body is framed by it (not chunked), else None."""
    length: int | None = None
    for name, value in headers:
        if name == b"transfer-encoding":
            return None  # chunked: the length header means nothing (RFC 9112 §6.3)
        if name == b"content-length" and value.strip().isdigit():
            length = int(value)
    return length


class BodyLimitMiddleware:
    """413 ``payload_too_large`` for a body over ``max_body`` bytes, before more is read.

    Install it inside RequestIdMiddleware, so the 413 carries X-Request-ID like any answer.
    """

    def __init__(self, app: Any, max_body: int = MAX_BODY_BYTES,
                 addresses: AddressResolver | None = None) -> None:
        self.app = app
        self.max_body = max_body
        self.addresses = addresses

    async def __call__(self, scope: Message, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _declared_length(scope.get("headers", []))
        if declared is not None and declared > self.max_body:
            await self._refuse(scope, receive, send, f"Content-Length {declared}")
            return

        received = 0
        refused = False
        started = False

        async def limited_receive() -> Message:
            nonlocal received, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body:
                    refused = True
                    if not started:
                        await self._refuse(scope, receive, send,
                                           f"more than {self.max_body} bytes without a length")
                    # To the app the client is gone: Starlette raises ClientDisconnect, and
                    # nothing the app still sends reaches the client (below).
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if refused:
                return
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, limited_receive, guarded_send)
        except Exception:
            if not refused:
                raise
            # The app failed on the body it was cut off from; its client has the 413.

    async def _refuse(self, scope: Message, receive: Receive, send: Send, why: str) -> None:
        address: str | None = None
        if self.addresses is not None:
            address = self.addresses.resolve(Request(scope))
        elif scope.get("client"):
            address = scope["client"][0]
        log.warning("refused %s %s from %s: %s (%s)", scope.get("method"), scope.get("path"),
                    address or "an unknown caller", Code.PAYLOAD_TOO_LARGE, why)
        response = error_response(
            413, Code.PAYLOAD_TOO_LARGE,
            f"The request body is larger than the server accepts ({self.max_body} bytes).",
            # Close rather than keep alive: keeping the connection would mean reading (and
            # discarding) the rest of the body, which is what this answer spares the server.
            headers={"Connection": "close"})
        await response(scope, receive, send)


# ---- connections -------------------------------------------------------------------------


@dataclass(frozen=True)
class ConnectionLimits:
    """Timeouts in seconds and connection caps; see the module docstring."""

    header_timeout: float = HEADER_TIMEOUT_S
    body_timeout: float = BODY_TIMEOUT_S
    per_address: int = PER_ADDRESS_CAP
    total: int = field(default_factory=default_total_cap)
    backlog: int = 0  # 0: default_backlog(total)

    def __post_init__(self) -> None:
        if self.backlog <= 0:
            object.__setattr__(self, "backlog", default_backlog(self.total))
        if self.header_timeout <= 0 or self.body_timeout <= 0:
            raise ValueError("connection timeouts must be positive")
        if self.per_address < 1 or self.total < 1:
            raise ValueError("connection caps must be at least 1")


class _RateLimitedWarnings:
    """At most one WARNING per (address, kind) a minute; the count of the rest goes with it."""

    EVERY_S = 60.0
    MAX_KEYS = 10_000  # forget everything rather than grow without end under a wide attack

    def __init__(self) -> None:
        self._last: dict[tuple[str, str], float] = {}
        self._quiet: Counter[tuple[str, str]] = Counter()

    def warn(self, key: str, kind: str, message: str, *args: object) -> None:
        now = time.monotonic()
        slot = (key, kind)
        last = self._last.get(slot)
        if last is not None and now - last < self.EVERY_S:
            self._quiet[slot] += 1
            return
        if len(self._last) >= self.MAX_KEYS:
            self._last.clear()
            self._quiet.clear()
        quiet = self._quiet.pop(slot, 0)
        self._last[slot] = now
        suffix = f" ({quiet} more like it in the last minute not logged)" if quiet else ""
        log.warning(message + suffix, *args)


class ConnectionSlots:
    """Open connections per address key and in all, and those waiting for request headers.

    Only the server's event loop thread touches it (asyncio protocol callbacks), so no lock.
    The waiting maps are insertion-ordered dicts used as ordered sets: oldest first.
    """

    def __init__(self, limits: ConnectionLimits, exempt: tuple[str, ...] = ()) -> None:
        self.limits = limits
        self._exempt = IPMatcher(exempt)  # raises IPEntryError on a bad entry
        self.total = 0
        self.per_key: Counter[str] = Counter()
        self._waiting: dict[GuardedConnection, None] = {}
        self._waiting_by_key: dict[str, dict[GuardedConnection, None]] = {}
        self.warnings = _RateLimitedWarnings()

    def key_of(self, host: str) -> str | None:
        """The per-address key of a peer, or None for a trusted proxy (total cap only)."""
        if self._exempt:
            try:
                if self._exempt.match(parse_address(host)) is not None:
                    return None
            except ValueError:
                pass
        return throttle_key(host) if host else "unknown"

    def admit(self, conn: GuardedConnection) -> bool:
        """Count ``conn`` in, closing the oldest waiting connection of a full scope first;
        False (nothing counted) when a scope is full of connections busy with requests."""
        key = conn.limit_key
        if (key is not None and self.per_key[key] >= self.limits.per_address
                and not self._evict_oldest(self._waiting_by_key.get(key), "per_address")):
            return False
        if self.total >= self.limits.total and not self._evict_oldest(self._waiting, "total"):
            return False
        self.total += 1
        if key is not None:
            self.per_key[key] += 1
        conn.counted = True
        return True

    def _evict_oldest(self, waiting: dict[GuardedConnection, None] | None, cap: str) -> bool:
        if not waiting:
            return False
        oldest = next(iter(waiting))
        self.warnings.warn(oldest.limit_key or "proxy", f"evict-{cap}",
                           "closed a connection from %s still waiting for request headers "
                           "to admit a new one (%s connection cap)",
                           oldest.limit_key or "a trusted proxy", cap.replace("_", "-"))
        oldest.drop()
        return True

    def set_waiting(self, conn: GuardedConnection, waiting: bool) -> None:
        key = conn.limit_key
        if waiting:
            self._waiting[conn] = None
            if key is not None:
                self._waiting_by_key.setdefault(key, {})[conn] = None
        else:
            self._waiting.pop(conn, None)
            if key is not None and key in self._waiting_by_key:
                of_key = self._waiting_by_key[key]
                of_key.pop(conn, None)
                if not of_key:
                    del self._waiting_by_key[key]

    def release(self, conn: GuardedConnection) -> None:
        """Count ``conn`` out (idempotent: a dropped connection is released at once, and
        again by connection_lost)."""
        if not conn.counted:
            return
        conn.counted = False
        self.set_waiting(conn, False)
        self.total -= 1
        key = conn.limit_key
        if key is not None:
            self.per_key[key] -= 1
            if self.per_key[key] <= 0:
                del self.per_key[key]


class GuardedConnection(H11Protocol):
    """uvicorn's h11 protocol with the deadlines and caps above (see :func:`protocol_class`)."""

    slots: ClassVar[ConnectionSlots]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.limit_key: str | None = None
        self.counted = False
        self._deadline: asyncio.TimerHandle | None = None
        self._waiting_for = ""  # "headers", "body" or "" (the app has the request)

    # -- asyncio.Protocol --------------------------------------------------------------------

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        peer = get_remote_addr(transport)
        self.limit_key = self.slots.key_of(peer[0] if peer else "")
        if not self.slots.admit(self):
            # Over a cap with every connection in it busy: close before uvicorn counts it.
            self.slots.warnings.warn(
                self.limit_key or "proxy", "refuse",
                "refused a connection from %s: %d connections open from it (cap %d), "
                "%d in all (cap %d)", self.limit_key or "a trusted proxy",
                self.slots.per_key.get(self.limit_key or "", 0), self.slots.limits.per_address,
                self.slots.total, self.slots.limits.total)
            transport.close()
            return
        super().connection_made(transport)
        self._follow_state()

    def connection_lost(self, exc: Exception | None) -> None:
        if self.transport is None:  # refused in connection_made: uvicorn never saw it
            return
        self._cancel_deadline()
        self.slots.release(self)
        super().connection_lost(exc)

    # -- hooks into H11Protocol: after every step of h11, see what the client owes -----------

    def handle_events(self) -> None:
        super().handle_events()
        self._follow_state()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._follow_state()

    # -- deadlines ---------------------------------------------------------------------------

    def _follow_state(self) -> None:
        if self.transport is None or self.transport.is_closing():
            return
        state = self.conn.their_state
        # IDLE: a request's headers are awaited (a new connection, or keep-alive after a
        # response); SEND_BODY: its body is. Anything else is the app's time, not the client's.
        wanted = "headers" if state is h11.IDLE else "body" if state is h11.SEND_BODY else ""
        if wanted == self._waiting_for:
            return  # the deadline runs from when the wait began, not from the last byte
        self._cancel_deadline()
        self._waiting_for = wanted
        self.slots.set_waiting(self, wanted == "headers")
        if wanted:
            limits = self.slots.limits
            delay = limits.header_timeout if wanted == "headers" else limits.body_timeout
            self._deadline = self.loop.call_later(delay, self._deadline_passed)

    def _cancel_deadline(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _deadline_passed(self) -> None:
        self._deadline = None
        if self.transport.is_closing():
            return
        limits = self.slots.limits
        timeout = limits.header_timeout if self._waiting_for == "headers" else limits.body_timeout
        self.slots.warnings.warn(
            self.limit_key or "proxy", f"timeout-{self._waiting_for}",
            "closed a connection from %s: request %s not complete within %g s",
            self.limit_key or "a trusted proxy", self._waiting_for, timeout)
        self.drop()

    def drop(self) -> None:
        """Close at once and give the slot back now (connection_lost comes a loop turn later)."""
        self._cancel_deadline()
        self.slots.release(self)
        self.transport.close()


def protocol_class(limits: ConnectionLimits | None = None,
                   exempt: tuple[str, ...] = ()) -> type[asyncio.Protocol]:
    """A protocol class for ``uvicorn.Config(http=...)`` with its own slot counts.

    One class per server: the counts live on the class, since uvicorn builds a protocol
    object per connection from the class alone. ``exempt``: trusted proxy entries, held to
    the total cap only. Raises IPEntryError for a bad entry.
    """
    slots = ConnectionSlots(limits or ConnectionLimits(), exempt)
    return type("GuardedConnection", (GuardedConnection,), {"slots": slots})
