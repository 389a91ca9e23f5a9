"""The service layer: ``TokenServerClient``, the only client code that speaks HTTP.

The error classes are imported eagerly (they need no requests); the client itself, which
imports requests, is loaded on first use so that starting the app stays fast.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from .errors import (
    AccessDenied,
    ApiError,
    AuthenticationFailed,
    BadResponse,
    CannotConnect,
    EndpointBlocked,
    EndpointNotAllowed,
    IfMatchRequired,
    InsecureUrl,
    InvalidEnrollment,
    InvalidInput,
    InvalidToken,
    InvalidUrl,
    IpBlocked,
    IpNotAllowed,
    NotFound,
    PrivilegeEscalation,
    RedirectRefused,
    ServerError,
    ServiceError,
    ServiceUnavailable,
    TimedOut,
    TlsVerificationFailed,
    TokenExpired,
    TooManyAttempts,
    TransportError,
    UnexpectedStatus,
    VersionMismatch,
    error_from_response,
)

if TYPE_CHECKING:
    from .client import ServerHealth, TokenServerClient, VersionedToken

# A library logs, the application decides where to: without this, "No handlers could be
# found" noise or (Python 3) WARNING lines on stderr when the app configured nothing.
logging.getLogger("compliance_client").addHandler(logging.NullHandler())

_LAZY = {"TokenServerClient", "VersionedToken", "ServerHealth"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from . import client

        return getattr(client, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "AccessDenied", "ApiError", "AuthenticationFailed", "BadResponse", "CannotConnect",
    "EndpointBlocked", "EndpointNotAllowed", "IfMatchRequired", "InsecureUrl", "InvalidEnrollment",
    "InvalidInput",
    "InvalidToken", "InvalidUrl", "IpBlocked", "IpNotAllowed", "NotFound",
    "PrivilegeEscalation", "RedirectRefused", "ServerError", "ServerHealth", "ServiceError",
    "ServiceUnavailable", "TimedOut", "TlsVerificationFailed", "TokenExpired",
    "TokenServerClient", "TooManyAttempts", "TransportError", "UnexpectedStatus",
    "VersionMismatch", "VersionedToken", "error_from_response",
]
