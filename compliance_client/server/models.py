"""The tables. Migrations (``migrations/versions``) create them; keep the two in step."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    ColumnElement,
    DateTime,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    exists,
    func,
    literal,
    select,
    text,
    type_coerce,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from ..domain.lifecycle import TokenPolicy
from ..domain.records import Device
from ..domain.tokens import STATUS_ACTIVE, Token, format_instant


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes in and out, on every backend (SQLite keeps no zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


JSONList = JSON().with_variant(JSONB(), "postgresql")


class Base(DeclarativeBase):
    pass


class TokenRow(Base):
    __tablename__ = "tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    organization_name: Mapped[str] = mapped_column(String(200))
    organization_id: Mapped[str] = mapped_column(String(64))
    key_hash: Mapped[str] = mapped_column(String(64), unique=True)  # SHA-256 hex, never the key
    key_prefix: Mapped[str] = mapped_column(String(12))
    allowed_endpoints: Mapped[list[str]] = mapped_column(JSONList, default=list)
    blocked_endpoints: Mapped[list[str]] = mapped_column(JSONList, default=list)
    allowed_ips: Mapped[list[str]] = mapped_column(JSONList, default=list)
    blocked_ips: Mapped[list[str]] = mapped_column(JSONList, default=list)
    expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_used_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_used_ip: Mapped[str | None] = mapped_column(String(45))
    version: Mapped[int] = mapped_column(Integer, default=1)
    scope: Mapped[str] = mapped_column(String(16), default="organization")
    #: Device IDs of the token's organization whose proof it needs (DESIGN §9); empty: any.
    bound_devices: Mapped[list[str]] = mapped_column(JSONList, default=list,
                                                     server_default=text("'[]'"))
    # What the token is for, in words (DESIGN §10); empty for tokens made before them.
    name: Mapped[str] = mapped_column(String(100), default="", server_default="")
    description: Mapped[str] = mapped_column(String(1000), default="", server_default="")
    owner: Mapped[str] = mapped_column(String(200), default="", server_default="")
    #: "active" or "suspended"; a suspended token fails authentication (token_suspended).
    status: Mapped[str] = mapped_column(String(16), default=STATUS_ACTIVE,
                                        server_default=STATUS_ACTIVE)
    #: None while active; "admin" or "leaked" while suspended.
    suspended_reason: Mapped[str | None] = mapped_column(String(16))
    #: The token that created it (no FK: the record outlives it); None for bootstrap.
    created_by: Mapped[int | None] = mapped_column(Integer)
    #: SHA-256 of the key replaced by the last regenerate, while its grace period lasts:
    #: hashed exactly like key_hash, never the key. Indexed: a request whose key misses
    #: key_hash is looked up here.
    previous_key_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    previous_key_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime)

    # One index per sort order of tokens.list, each ending in id (the tie-breaker), so a
    # page of a 100,000-row table is an index walk, not a sort. "Never" (NULL) sorts after
    # every date, the same on SQLite and PostgreSQL.
    __table_args__ = (
        Index("ix_tokens_org_name", func.lower(organization_name), id),
        Index("ix_tokens_org_id", organization_id, id),
        Index("ix_tokens_key_prefix", key_prefix, id),
        Index("ix_tokens_expires_at", expires_at.is_(None), expires_at, id),
        Index("ix_tokens_created_at", created_at, id),
        Index("ix_tokens_last_used_at", last_used_at.is_(None), last_used_at, id),
    )

    def to_domain(self) -> Token:
        return Token(
            id=self.id,
            organization_name=self.organization_name,
            organization_id=self.organization_id,
            key_prefix=self.key_prefix,
            allowed_endpoints=tuple(self.allowed_endpoints or ()),
            blocked_endpoints=tuple(self.blocked_endpoints or ()),
            allowed_ips=tuple(self.allowed_ips or ()),
            blocked_ips=tuple(self.blocked_ips or ()),
            expires_at=self.expires_at,
            created_at=self.created_at,
            updated_at=self.updated_at,
            last_used_at=self.last_used_at,
            last_used_ip=self.last_used_ip,
            version=self.version,
            scope=self.scope,
            bound_devices=tuple(self.bound_devices or ()),
            name=self.name,
            description=self.description,
            owner=self.owner,
            status=self.status,
            suspended_reason=self.suspended_reason,
            created_by=self.created_by,
            previous_key_expires_at=self.previous_key_expires_at,
        )


def bound_to(device_id: str, *, postgres: bool) -> ColumnElement[bool]:
    """WHERE term: the token's ``bound_devices`` holds ``device_id`` (callers add the
    organization). PostgreSQL answers it with jsonb containment (``@>``), SQLite with a walk of
    the list in json_each; both read the stored JSON, no side table to keep in step."""
    if postgres:
        return type_coerce(TokenRow.bound_devices, JSONB).contains([device_id])
    entries = func.json_each(TokenRow.bound_devices).table_valued("value")
    return exists(select(literal(1)).select_from(entries).where(entries.c.value == device_id))


class DeviceRow(Base):
    __tablename__ = "devices"

    organization_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    device_id: Mapped[str] = mapped_column(String(128), primary_key=True)
    hostname: Mapped[str] = mapped_column(String(255), default="")
    profile_name: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(16))
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime)
    disabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    #: The public JWK as JSON text ({"kty", "crv", "x"} only); null: registered without a key.
    public_key: Mapped[str | None] = mapped_column(Text)
    #: RFC 7638 thumbprint of ``public_key``: what a signed request's devices are found by.
    key_thumbprint: Mapped[str | None] = mapped_column(String(43), index=True)
    #: The token that first registered the device (no FK: the device outlives it).
    registered_by: Mapped[int | None] = mapped_column(Integer)

    def to_domain(self) -> Device:
        return Device(
            device_id=self.device_id,
            organization_id=self.organization_id,
            hostname=self.hostname,
            status=self.status,
            registered_at=self.registered_at,
            disabled_at=self.disabled_at,
            last_seen_at=self.last_seen_at,
            key_thumbprint=self.key_thumbprint,
        )


class AuditRow(Base):
    __tablename__ = "audit"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    token_id: Mapped[int | None] = mapped_column(Integer)  # no FK: entries outlive tokens
    key_prefix: Mapped[str] = mapped_column(String(12), default="")
    address: Mapped[str] = mapped_column(String(45), default="")
    action: Mapped[str] = mapped_column(String(40))
    target: Mapped[str] = mapped_column(String(200), default="")
    changes: Mapped[dict[str, Any]] = mapped_column(JSONList, default=dict)
    # The organizations the entry belongs to (ARCHITECTURE §7): the acting token's when it is
    # organization-scoped, and the target's; null for a global actor or a global target.
    actor_org: Mapped[str | None] = mapped_column(String(64))
    target_org: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_audit_actor_org", actor_org, id),
        Index("ix_audit_target_org", target_org, id),
    )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "at": format_instant(self.at),
            "token_id": self.token_id,
            "key_prefix": self.key_prefix,
            "address": self.address,
            "action": self.action,
            "target": self.target,
            "changes": self.changes or {},
        }


class AuthThrottleRow(Base):
    """Failed authentications of one address (an IPv6 address counts as its /64) in the
    current window, and the block they led to. Changed only by one atomic upsert
    (``throttle.record_failure``)."""

    __tablename__ = "auth_throttle"

    address: Mapped[str] = mapped_column(String(64), primary_key=True)
    window_start: Mapped[datetime] = mapped_column(UTCDateTime)
    failures: Mapped[int] = mapped_column(Integer)
    blocked_until: Mapped[datetime | None] = mapped_column(UTCDateTime)

    __table_args__ = (Index("ix_auth_throttle_window_start", window_start),)


class TokenPolicyRow(Base):
    """The service's token policy (DESIGN §10): exactly one row, id 1, made by migration
    0005 with the contract's defaults."""

    __tablename__ = "token_policy"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    max_lifetime_days: Mapped[int | None] = mapped_column(Integer)
    require_expiry: Mapped[bool] = mapped_column(Boolean)
    require_ip_restriction: Mapped[bool] = mapped_column(Boolean)
    default_lifetime_days: Mapped[int] = mapped_column(Integer)
    warn_before_days: Mapped[int] = mapped_column(Integer)

    def to_domain(self) -> TokenPolicy:
        return TokenPolicy(self.max_lifetime_days, self.require_expiry,
                           self.require_ip_restriction, self.default_lifetime_days,
                           self.warn_before_days)
