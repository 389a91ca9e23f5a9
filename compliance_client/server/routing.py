"""Small helpers shared by the route modules."""

from __future__ import annotations

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
    return request.app.state.db


def etag(version: int) -> str:
    return f'"{version}"'


def if_match_accepts(header: str, version: int) -> bool:
    """RFC 9110 If-Match: a list of (possibly weak) entity tags, or ``*``."""
    for part in header.split(","):
        tag = part.strip()
        if tag == "*":
            return True
        tag = tag.removeprefix("W/").strip('"')
        if tag == str(version):
            return True
    return False
