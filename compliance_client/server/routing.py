"""Small helpers shared by the route modules."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Request

from ..domain.catalogue import BY_ID
from .db import Database


def operation(router: APIRouter, endpoint_id: str, **kwargs: Any) -> Callable[..., Any]:
    """Register a route under its catalogue id, method and path: the contract's, exactly."""
    ep = BY_ID[endpoint_id]
    return router.api_route(ep.path, methods=[ep.method], operation_id=ep.id,
                            summary=ep.description, **kwargs)


def get_db(request: Request) -> Database:
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
