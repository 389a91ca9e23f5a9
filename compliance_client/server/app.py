"""The FastAPI application of the reference token server."""

from __future__ import annotations

import atexit
import json
import logging
import random
import re
from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI

from ..domain.dpop import ReplayCache
from ..domain.errors import Code
from . import (
    routes_devices,
    routes_enrollments,
    routes_lifecycle,
    routes_misc,
    routes_policy,
    routes_tokens,
    routes_usage,
    usage,
)
from .audit import RefusalGate
from .auth import DPOP_DOC, DPOP_HEADER, AddressResolver, LoopReader, LruCache
from .db import Database
from .errors import install_error_handlers
from .limits import MAX_BODY_BYTES, BodyLimitMiddleware

log = logging.getLogger(__name__)

REQUEST_ID_HEADER = "X-Request-ID"
_SANE_REQUEST_ID = re.compile(r"[A-Za-z0-9._:\-]{1,128}")

DESCRIPTION = """\
Reference token server of Compliance Client (ARCHITECTURE §6).

Authenticate with `Authorization: Bearer <key>`. Every operation has a stable id (its
operationId here); a token's allowed/blocked endpoint lists hold these ids, `group.*` or `*`.
Every error is `{"error": CODE, "detail": text, "fields"?: {name: text}}`, and every response
carries `X-Request-ID`.
"""


def create_app(db_url: str, *, trusted_proxies: Sequence[str] = (),
               max_body: int = MAX_BODY_BYTES, count_usage: bool = True,
               usage_flush_every: float = usage.FLUSH_EVERY_S) -> FastAPI:
    """Open (and migrate) the database at ``db_url`` and build the application.

    ``trusted_proxies``: addresses or CIDR networks whose ``X-Forwarded-For`` is believed.
    ``max_body``: larger request bodies are answered 413 before they are read (ARCHITECTURE §7).
    ``count_usage``: count requests per token (usage.py; False only for the bench's
    baseline); ``usage_flush_every``: seconds between writes of the counters. They are also
    written by ``app.state.usage.close()`` (EmbeddedServer.stop) and at interpreter exit.
    Raises ValueError for a bad proxy entry and SQLAlchemy errors for an unusable database.
    """
    addresses = AddressResolver(trusted_proxies)
    db = Database(db_url)
    try:
        db.migrate()
    except BaseException:
        db.dispose()
        raise

    app = FastAPI(title="Compliance token server", version="1", description=DESCRIPTION,
                  docs_url="/docs", redoc_url=None)
    app.state.db = db
    # The hot path's reads on the event loop, for SQLite (auth.LoopReader says why).
    app.state.loop_reader = LoopReader(db) if db.is_sqlite else None
    app.state.addresses = addresses
    app.state.policies = LruCache()  # compiled policies by token revision
    app.state.self_answers = LruCache()  # tokens.self bodies (routes_tokens.token_self)
    # Proofs' jti of this process (DESIGN §9: replay protection is per server process).
    app.state.replays = ReplayCache()
    # Request counters per token, written in batches (ARCHITECTURE §12).
    app.state.usage = usage.UsageCounter(db, flush_every=usage_flush_every,
                                         enabled=count_usage)
    app.state.usage.start()
    # One audit entry per token, operation and minute for refused escalations (audit.py).
    app.state.refusals = RefusalGate()
    install_error_handlers(app)
    app.include_router(routes_misc.router)
    app.include_router(routes_tokens.router)
    app.include_router(routes_lifecycle.router)
    app.include_router(routes_usage.router)
    app.include_router(routes_policy.router)
    app.include_router(routes_devices.router)
    app.include_router(routes_enrollments.router)
    # Starlette runs the middleware added last first: RequestIdMiddleware wraps the body
    # limit, so a 413 sent before the app ever sees the request still gets X-Request-ID.
    app.add_middleware(BodyLimitMiddleware, max_body=max_body, addresses=addresses)
    app.add_middleware(RequestIdMiddleware)
    _document_middleware_and_proofs(app, max_body)
    return app


# `serve` runs uvicorn without lifespan events: its counters' rest is written at exit.
atexit.register(usage.close_all)

_DPOP_PARAMETER = {"name": DPOP_HEADER, "in": "header", "required": False,
                   "description": DPOP_DOC, "schema": {"type": "string"}}


def _document_middleware_and_proofs(app: FastAPI, max_body: int) -> None:
    """Add to /openapi.json what no route declares: the 413 of every operation that takes a
    body (the limit is the middleware's), and the optional DPoP header of every
    authenticated one (the Authorizer reads it itself; see auth.py).
    """
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = generate()  # caches itself in app.openapi_schema
            for item in schema.get("paths", {}).values():
                for op in item.values():
                    if isinstance(op, dict) and op.get("security"):
                        op.setdefault("parameters", []).append(dict(_DPOP_PARAMETER))
                    if isinstance(op, dict) and "requestBody" in op:
                        op.setdefault("responses", {}).setdefault("413", {
                            "description": f"payload_too_large: the body is over {max_body} "
                                           "bytes (answered before it is read)",
                            "content": {"application/json": {
                                "schema": {"$ref": "#/components/schemas/Error"}}}})
        return app.openapi_schema  # type: ignore[return-value]

    app.openapi = openapi  # type: ignore[method-assign]


class RequestIdMiddleware:
    """Give every response an X-Request-ID, and turn any escaped exception into a 500 JSON.

    A plain ASGI middleware, the outermost of ours, so it also covers the body limit's 413
    and the responses that Starlette's own error middleware would otherwise send without the
    header and as plain text.
    """

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        request_id = _incoming_request_id(scope) or _new_request_id()
        scope.setdefault("state", {})["request_id"] = request_id
        started = False

        async def send_with_id(message: dict[str, Any]) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = [(k, v) for k, v in message.get("headers", [])
                           if k.lower() != b"x-request-id"]
                headers.append((b"x-request-id", request_id.encode("ascii")))
                message = {**message, "headers": headers}
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except Exception:
            # The traceback names code, not request data; the Authorization header is never
            # part of it.
            log.exception("unhandled error in %s %s (request %s)", scope.get("method"),
                          scope.get("path"), request_id)
            if started:
                raise
            body = json.dumps({"error": Code.INTERNAL,
                               "detail": f"Internal server error (request {request_id})."})
            await send({"type": "http.response.start", "status": 500, "headers": [
                (b"content-type", b"application/json"),
                (b"x-request-id", request_id.encode("ascii"))]})
            await send({"type": "http.response.body", "body": body.encode()})


def _new_request_id() -> str:
    """32 hex digits, like uuid4().hex. An id only tells log lines and answers apart: it
    need not be unpredictable, and os.urandom (a system call each time) was a visible part
    of every request's cost. The random module is reseeded in every new process."""
    return f"{random.getrandbits(128):032x}"


def _incoming_request_id(scope: dict[str, Any]) -> str | None:
    for name, value in scope.get("headers", []):
        if name == b"x-request-id":
            text = value.decode("latin-1").strip()
            return text if _SANE_REQUEST_ID.fullmatch(text) else None
    return None
