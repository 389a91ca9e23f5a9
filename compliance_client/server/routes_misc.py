"""health (no auth), endpoints.list (the catalogue) and audit.read (with its filters)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import func, or_, select, text
from starlette.concurrency import run_in_threadpool

from ..domain.catalogue import API_PREFIX, ENDPOINTS
from ..domain.errors import Code
from .auth import Authorizer, Caller, LoopReader, ThreadPath
from .db import Database
from .errors import AUTH_ERRORS, ApiError, error_responses
from .models import AuditRow
from .routing import MAX_ID, Offset, get_db, operation
from .schemas import AuditPageOut, EndpointOut, HealthOut

router = APIRouter()
DbDep = Annotated[Database, Depends(get_db)]


# HealthOut as FastAPI would render it, made once.
_HEALTH_OK = b'{"status":"ok"}'


@router.get(f"{API_PREFIX}/health", operation_id="health", tags=["health"],
            summary="Is the server up and its database reachable (no authentication)",
            response_model=HealthOut, responses=error_responses(503))
async def health(request: Request) -> Any:
    # SQLite: one query on the event loop's own connection (auth.LoopReader), no thread
    # hop; if it fails or would wait, the pool's path below answers as it always did (503
    # when the database is unreachable). PostgreSQL: always the pool's path, in a thread.
    reader: LoopReader | None = request.app.state.loop_reader
    try:
        if reader is None:
            raise ThreadPath
        reader.ping()
    except ThreadPath:
        await run_in_threadpool(_ping, request.app.state.db)
    return Response(_HEALTH_OK, media_type="application/json")


def _ping(db: Database) -> None:
    with db.read() as session:
        session.execute(text("SELECT 1"))


@operation(router, "endpoints.list", response_model=list[EndpointOut], tags=["endpoints"],
           responses=error_responses(*AUTH_ERRORS))
def list_endpoints(
        caller: Annotated[Caller, Depends(Authorizer("endpoints.list"))]) -> Any:
    return JSONResponse([{"id": e.id, "method": e.method, "path": e.path,
                          "description": e.description} for e in ENDPOINTS])


_ACTION_PATTERN = r"^[a-z_]+(\.[a-z_]+)*$"


def _instant(name: str, value: str | None) -> datetime | None:
    """An ISO-8601 instant with its zone (``Z`` or an offset), as aware UTC; 422 naming
    ``name`` otherwise (a time without zone would mean a different moment on each PC)."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        parsed = datetime.fromisoformat(text[:-1] + "+00:00" if text[-1:] in "Zz" else text)
        if parsed.tzinfo is None:
            raise ValueError("no zone")
        return parsed.astimezone(UTC)
    except (ValueError, OverflowError):
        raise ApiError(Code.INVALID_INPUT, f"Invalid input: {name} is not an ISO-8601 instant.",
                       fields={name: "an ISO-8601 instant with its zone, e.g. "
                                     "2026-01-31T00:00:00Z"}) from None


def audit_terms(token_id: int | None, action: str | None, since: datetime | None,
                until: datetime | None) -> list[Any]:
    """WHERE terms of audit.read's filters (DESIGN §11). ``token_id``: the token acted
    (actor) or was acted on (target), e.g. a leaked-key revocation, which has no actor; the
    OR is two index look-ups (migration 0006: token_id, target). ``since`` is inclusive,
    ``until`` exclusive, so consecutive ranges neither miss nor repeat an entry."""
    terms: list[Any] = []
    if token_id is not None:
        terms.append(or_(AuditRow.token_id == token_id, AuditRow.target == f"token:{token_id}"))
    if action:
        terms.append(AuditRow.action == action)
    if since is not None:
        terms.append(AuditRow.at >= since)
    if until is not None:
        terms.append(AuditRow.at < until)
    return terms


@operation(router, "audit.read", response_model=AuditPageOut, tags=["audit"],
           description="Newest first. The filters combine (AND) with paging and the caller's "
                       "view; `total` counts the filtered entries.",
           responses=error_responses(*AUTH_ERRORS, 422))
def read_audit(db: DbDep, caller: Annotated[Caller, Depends(Authorizer("audit.read"))],
               offset: Offset = 0,
               limit: Annotated[int, Query(ge=1, le=500)] = 50,
               token_id: Annotated[int | None, Query(ge=1, le=MAX_ID, description=(
                   "Only entries whose actor is this token or whose target is "
                   "token:<token_id>"))] = None,
               action: Annotated[str | None, Query(max_length=40, pattern=_ACTION_PATTERN,
                                                   description=(
                   "Only entries of this operation id, e.g. tokens.update"))] = None,
               since: Annotated[str | None, Query(max_length=64, description=(
                   "Only entries at or after this ISO-8601 instant"),
                   json_schema_extra={"format": "date-time"})] = None,
               until: Annotated[str | None, Query(max_length=64, description=(
                   "Only entries before this ISO-8601 instant"),
                   json_schema_extra={"format": "date-time"})] = None) -> Any:
    # An organization-scoped caller reads the entries of its organization: those its
    # organization's tokens made and those about its tokens and devices (ARCHITECTURE §7).
    where = [] if caller.is_global else [or_(AuditRow.actor_org == caller.organization_id,
                                             AuditRow.target_org == caller.organization_id)]
    where += audit_terms(token_id, action, _instant("since", since), _instant("until", until))
    with db.read() as session:
        rows = session.scalars(select(AuditRow).where(*where).order_by(AuditRow.id.desc())
                               .offset(offset).limit(limit)).all()
        if 0 < len(rows) < limit or (not rows and offset == 0):
            total = offset + len(rows)  # the page holds the end: no second query to count
        else:
            total = session.scalar(select(func.count()).select_from(AuditRow)
                                   .where(*where)) or 0
        items = [r.to_json() for r in rows]
    return JSONResponse({"items": items, "total": total})
