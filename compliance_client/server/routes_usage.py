"""tokens.usage: how a token was used, per UTC day (ARCHITECTURE §12). The counting is in
usage.py; this reads it for a token in the caller's view (another organization's is 404,
as for tokens.read)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import JSONResponse

from .auth import Authorizer, Caller, now_utc
from .db import Database
from .errors import AUTH_ERRORS, error_responses
from .routes_tokens import load_token
from .routing import TokenId, get_db, operation
from .schemas import UsageOut
from .usage import KEEP_DAYS, UsageCounter

router = APIRouter(tags=["tokens"])
DbDep = Annotated[Database, Depends(get_db)]


@operation(router, "tokens.usage", response_model=UsageOut,
           description="Requests made with the token per UTC day (allowed, and refused by "
                       "the access checks after its key was recognised), the addresses they "
                       "came from and the operations they called. Counts may lag by up to "
                       "10 s: each server process writes them in batches.",
           responses=error_responses(*AUTH_ERRORS, 404, 422))
def token_usage(id: TokenId, request: Request, db: DbDep,
                caller: Annotated[Caller, Depends(Authorizer("tokens.usage"))],
                days: Annotated[int, Query(ge=1, le=KEEP_DAYS, description=(
                    "How many UTC days, today included (1-90)"))] = 30) -> Any:
    with db.read() as session:
        load_token(session, caller, id)
    counter: UsageCounter = request.app.state.usage
    return JSONResponse(counter.usage(id, days, now_utc()))
