"""The filters of ``tokens.list`` and ``audit.read`` (ARCHITECTURE §12), as typed objects:
the clients build their query from them and the server reads its parameters into them, so
both sides mean the same by "expiring" or "unused 90 days". :func:`token_matches` is the
filter as plain Python (what the server's SQL must agree with; tests compare the two).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from .tokens import Token, format_instant


class StatusFilter(StrEnum):
    """``status`` of ``tokens.list`` (DESIGN §11)."""

    ACTIVE = "active"  # status active and not expired
    SUSPENDED = "suspended"  # status suspended, expired or not
    EXPIRED = "expired"  # expires_at at or before now, whatever the status
    EXPIRING = "expiring"  # not expired, expires within expiring_within_days


STATUS_FILTERS = tuple(s.value for s in StatusFilter)
MAX_FILTER_DAYS = 36500


@dataclass(frozen=True, slots=True)
class TokenFilter:
    """Which tokens a list shows; every field None (or empty) means "any"."""

    q: str | None = None
    status: str | None = None
    #: With ``status="expiring"``: how many days ahead; None: the policy's warn_before_days.
    expiring_within_days: int | None = None
    #: Never used, or last used at least this many days ago.
    unused_days: int | None = None
    #: True: empty allowed endpoints and empty allowed IPs (reaches everything, from anywhere).
    unrestricted: bool | None = None
    organization_id: str | None = None
    bound_device: str | None = None

    @property
    def is_empty(self) -> bool:
        return self == TokenFilter()

    def with_query(self, q: str | None) -> TokenFilter:
        return replace(self, q=q or None)

    def to_query(self) -> dict[str, Any]:
        """The query parameters that ask the server for this filter (none for "any")."""
        query: dict[str, Any] = {}
        if self.q:
            query["q"] = self.q
        if self.status:
            query["status"] = self.status
        if self.expiring_within_days is not None:
            query["expiring_within_days"] = self.expiring_within_days
        if self.unused_days is not None:
            query["unused_days"] = self.unused_days
        if self.unrestricted is not None:
            query["unrestricted"] = "true" if self.unrestricted else "false"
        if self.organization_id:
            query["organization_id"] = self.organization_id
        if self.bound_device:
            query["bound_device"] = self.bound_device
        return query


def token_matches(token: Token, f: TokenFilter, now: datetime,
                  warn_before_days: int = 14) -> bool:
    """Whether ``token`` passes ``f`` (all but ``q``, which is the server's text search)."""
    expired = token.expires_at is not None and token.expires_at <= now
    if f.status == StatusFilter.ACTIVE and (token.is_suspended or expired):
        return False
    if f.status == StatusFilter.SUSPENDED and not token.is_suspended:
        return False
    if f.status == StatusFilter.EXPIRED and not expired:
        return False
    if f.status == StatusFilter.EXPIRING:
        days = f.expiring_within_days if f.expiring_within_days is not None else (
            warn_before_days)
        if (token.expires_at is None or expired
                or token.expires_at > now + timedelta(days=days)):
            return False
    if f.unused_days is not None and token.last_used_at is not None and (
            token.last_used_at > now - timedelta(days=f.unused_days)):
        return False
    if f.unrestricted is not None:
        open_ended = not token.allowed_endpoints and not token.allowed_ips
        if open_ended != f.unrestricted:
            return False
    if f.organization_id and token.organization_id != f.organization_id:
        return False
    return not (f.bound_device and f.bound_device not in token.bound_devices)


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """Which audit entries to read: ``token_id`` matches the actor or the target."""

    token_id: int | None = None
    action: str | None = None
    since: datetime | None = None
    until: datetime | None = None

    @property
    def is_empty(self) -> bool:
        return self == AuditFilter()

    def to_query(self) -> dict[str, Any]:
        query: dict[str, Any] = {}
        if self.token_id is not None:
            query["token_id"] = self.token_id
        if self.action:
            query["action"] = self.action
        if self.since is not None:
            query["since"] = format_instant(self.since)
        if self.until is not None:
            query["until"] = format_instant(self.until)
        return query
