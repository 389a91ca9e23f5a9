"""health (no auth), endpoints.list (the catalogue) and audit.read."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse
from sqlalchemy import func, or_, select, text

from ..domain.catalogue import API_PREFIX, ENDPOINTS
from .auth import Authorizer, Caller
from .db import Database
from .errors import AUTH_ERRORS, error_responses
from .models import AuditRow
from .routing import Offset, get_db, operation
from .schemas import AuditPageOut, EndpointOut, HealthOut

router = APIRouter()
DbDep = Annotated[Database, Depends(get_db)]


@router.get(f"{API_PREFIX}/health", operation_id="health", tags=["health"],
            summary="Is the server up and its database reachable (no authentication)",
            response_model=HealthOut, responses=error_responses(503))
def health(db: DbDep) -> Any:
    with db.read() as session:
        session.execute(text("SELECT 1"))
    return {"status": "ok"}


@operation(router, "endpoints.list", response_model=list[EndpointOut], tags=["endpoints"],
           responses=error_responses(*AUTH_ERRORS))
def list_endpoints(
        caller: Annotated[Caller, Depends(Authorizer("endpoints.list"))]) -> Any:
    return JSONResponse([{"id": e.id, "method": e.method, "path": e.path,
                          "description": e.description} for e in ENDPOINTS])


@operation(router, "audit.read", response_model=AuditPageOut, tags=["audit"],
           responses=error_responses(*AUTH_ERRORS, 422))
def read_audit(db: DbDep, caller: Annotated[Caller, Depends(Authorizer("audit.read"))],
               offset: Offset = 0,
               limit: Annotated[int, Query(ge=1, le=500)] = 50) -> Any:
    # An organization-scoped caller reads the entries of its organization: those its
    # organization's tokens made and those about its tokens and devices (ARCHITECTURE §7).
    where = [] if caller.is_global else [or_(AuditRow.actor_org == caller.organization_id,
                                             AuditRow.target_org == caller.organization_id)]
    with db.read() as session:
        total = session.scalar(select(func.count()).select_from(AuditRow).where(*where)) or 0
        rows = session.scalars(select(AuditRow).where(*where).order_by(AuditRow.id.desc())
                               .offset(offset).limit(limit)).all()
        items = [r.to_json() for r in rows]
    return JSONResponse({"items": items, "total": total})
