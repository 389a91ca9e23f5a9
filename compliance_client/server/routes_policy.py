"""policy.read and policy.update: the service's token policy (ARCHITECTURE §11).

One policy for the whole service, kept in the one row of ``token_policy``; tokens.create and
tokens.update enforce it (routes_tokens), tokens.self carries its ``warn_before_days`` (read
with the token, auth.py). Tokens issued on the server's own machine (``serve``'s first token,
``admin-token``) are the operator's and are not subject to it (bootstrap.py).
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.errors import Code
from ..domain.lifecycle import TokenPolicy, validate_policy
from .audit import diff, write_audit
from .auth import Authorizer, Caller, now_utc
from .db import Database
from .errors import AUTH_ERRORS, ApiError, error_responses
from .models import TokenPolicyRow
from .routing import get_db, operation
from .schemas import PolicyIn, PolicyOut

router = APIRouter(tags=["policy"])
DbDep = Annotated[Database, Depends(get_db)]

POLICY_ID = 1  # the one row (migration 0005)


def load_policy(session: Session, *, lock: bool = False) -> TokenPolicy:
    """The policy as stored; the contract's defaults if the row was deleted by hand."""
    stmt = select(TokenPolicyRow).where(TokenPolicyRow.id == POLICY_ID)
    row = session.scalar(stmt.with_for_update() if lock else stmt)
    return row.to_domain() if row is not None else TokenPolicy()


@operation(router, "policy.read", response_model=PolicyOut,
           responses=error_responses(*AUTH_ERRORS))
def read_policy(db: DbDep,
                caller: Annotated[Caller, Depends(Authorizer("policy.read"))]) -> Any:
    with db.read() as session:
        return JSONResponse(load_policy(session).to_json())


@operation(router, "policy.update", response_model=PolicyOut,
           description="Replace the whole policy (every field). Global callers only: an "
                       "organization-scoped caller is 403 privilege_escalation.",
           responses=error_responses(*AUTH_ERRORS, 422, escalation=True))
def update_policy(body: PolicyIn, db: DbDep,
                  caller: Annotated[Caller, Depends(Authorizer("policy.update"))]) -> Any:
    if not caller.is_global:
        raise ApiError(Code.PRIVILEGE_ESCALATION,
                       "Only a global token may change the token policy: it governs every "
                       "organization.", params={"field": "policy"})
    policy = validate_policy(body.model_dump())
    now = now_utc()
    with db.write() as session:
        old = load_policy(session, lock=True)
        changes = diff(old.to_json(), policy.to_json())
        if changes:  # a PUT of the same policy changes nothing and writes no entry
            session.merge(TokenPolicyRow(id=POLICY_ID, **policy.to_json()))
            # The entry belongs to the actor's organization only (a global actor: none).
            write_audit(session, caller, "policy.update", "policy", changes, now)
    return JSONResponse(policy.to_json())
