"""Small helpers shared by the route modules."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request

from ..domain.catalogue import BY_ID
from .db import Database

# Ids and offsets are 32-bit INTEGERs on PostgreSQL: refuse larger ones before the database
# does (a 500), and say so in /openapi.json.
MAX_ID = 2_147_483_647
TokenId = Annotated[int, Path(ge=1, le=MAX_ID)]
Offset = Annotated[int, Query(ge=0, le=MAX_ID)]


def operation(router: APIRouter, endpoint_id: str, **kwargs: Any) -> Callable[..., Any]:
    """Register a route under its catalogue id, method and path: the contract's, exactly."""
    ep = BY_ID[endpoint_id]
    return router.api_route(ep.path, methods=[ep.method], operation_id=ep.id,
                            summary=ep.description, **kwargs)


async def get_db(request: Request) -> Database:
    # async: a plain attribute read needs no trip through the thread pool, which FastAPI
    # would make for a sync dependency on every request.
    db: Database = request.app.state.db
    return db


def etag(version: int) -> str:
    return f'"{version}"'


_STRONG_TAG = re.compile(r'"([0-9]{1,10})"')


def if_match_version(header: str | None) -> int | None:
    """The version named by If-Match, or None unless it is exactly one strong entity tag
    ``"N"`` (ARCHITECTURE §7): ``*``, weak tags, lists and bare numbers would each let a client
    change a token without saying which version it read."""
    match = _STRONG_TAG.fullmatch((header or "").strip())
    return int(match.group(1)) if match else None
