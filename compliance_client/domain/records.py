"""Typed objects of the contract besides tokens: devices, audit entries, endpoints."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

from .tokens import IssuedToken, Token, format_instant, parse_instant


class DeviceStatus(StrEnum):
    """A device's state on the server (each equal to its string, as stored and sent)."""

    ACTIVE = "active"
    DISABLED = "disabled"


DEVICE_ACTIVE = DeviceStatus.ACTIVE.value
DEVICE_DISABLED = DeviceStatus.DISABLED.value


@dataclass(frozen=True, slots=True)
class Device:
    device_id: str
    organization_id: str
    hostname: str
    status: str
    registered_at: datetime | None = None
    disabled_at: datetime | None = None
    last_seen_at: datetime | None = None
    #: RFC 7638 thumbprint of the device's public key; None for a device registered without.
    key_thumbprint: str | None = None

    @property
    def disabled(self) -> bool:
        return self.status == DEVICE_DISABLED

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Device:
        return cls(
            device_id=str(data["device_id"]),
            organization_id=str(data["organization_id"]),
            hostname=str(data.get("hostname") or ""),
            status=str(data["status"]),
            registered_at=parse_instant(data.get("registered_at")),
            disabled_at=parse_instant(data.get("disabled_at")),
            last_seen_at=parse_instant(data.get("last_seen_at")),
            key_thumbprint=data.get("key_thumbprint") or None,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "device_id": self.device_id,
            "organization_id": self.organization_id,
            "hostname": self.hostname,
            "status": self.status,
            "registered_at": format_instant(self.registered_at),
            "disabled_at": format_instant(self.disabled_at),
            "last_seen_at": format_instant(self.last_seen_at),
            "key_thumbprint": self.key_thumbprint,
        }


@dataclass(frozen=True, slots=True)
class AuditEntry:
    id: int
    at: datetime | None
    token_id: int | None
    key_prefix: str
    address: str
    action: str
    target: str
    changes: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> AuditEntry:
        return cls(
            id=int(data["id"]),
            at=parse_instant(data.get("at")),
            token_id=data.get("token_id"),
            key_prefix=str(data.get("key_prefix") or ""),
            address=str(data.get("address") or ""),
            action=str(data["action"]),
            target=str(data.get("target") or ""),
            changes=dict(data.get("changes") or {}),
        )

    def to_json(self) -> dict[str, Any]:
        """The entry as the contract's JSON (DESIGN §7b)."""
        return {"id": self.id, "at": format_instant(self.at), "token_id": self.token_id,
                "key_prefix": self.key_prefix, "address": self.address, "action": self.action,
                "target": self.target, "changes": self.changes}


@dataclass(frozen=True, slots=True)
class AuditPage:
    items: tuple[AuditEntry, ...]
    total: int


# ---- usage (ARCHITECTURE §12) ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class UsageDay:
    """Requests made with a token on one UTC day: allowed, and refused after its key was
    recognised (denied)."""

    date: date
    allowed: int
    denied: int


@dataclass(frozen=True, slots=True)
class UsageAddress:
    address: str
    last_seen_at: datetime | None
    requests: int


@dataclass(frozen=True, slots=True)
class UsageEndpoint:
    id: str
    requests: int


@dataclass(frozen=True, slots=True)
class TokenUsage:
    """What ``tokens.usage`` answers: one entry per day of the window, oldest first, the
    last addresses (most recent first, at most 10) and the endpoints called."""

    days: tuple[UsageDay, ...]
    addresses: tuple[UsageAddress, ...]
    endpoints: tuple[UsageEndpoint, ...]

    @property
    def allowed(self) -> int:
        return sum(d.allowed for d in self.days)

    @property
    def denied(self) -> int:
        return sum(d.denied for d in self.days)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> TokenUsage:
        return cls(
            days=tuple(UsageDay(date.fromisoformat(str(d["date"])), int(d["allowed"]),
                                int(d["denied"])) for d in data["days"]),
            addresses=tuple(UsageAddress(str(a["address"]), parse_instant(a.get("last_seen_at")),
                                         int(a["requests"])) for a in data["addresses"]),
            endpoints=tuple(UsageEndpoint(str(e["id"]), int(e["requests"]))
                            for e in data["endpoints"]),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "days": [{"date": d.date.isoformat(), "allowed": d.allowed, "denied": d.denied}
                     for d in self.days],
            "addresses": [{"address": a.address, "last_seen_at": format_instant(a.last_seen_at),
                           "requests": a.requests} for a in self.addresses],
            "endpoints": [{"id": e.id, "requests": e.requests} for e in self.endpoints],
        }


@dataclass(frozen=True, slots=True)
class EnrollmentCode:
    """What ``enrollments.create`` answers (DESIGN §13). ``code`` is shown this once: the
    server keeps only its hash."""

    id: int
    code: str = field(repr=False)
    expires_at: datetime | None = None
    uses_left: int = 0

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> EnrollmentCode:
        code = data["code"]
        if not isinstance(code, str) or not code:
            raise ValueError("no code")
        return cls(id=int(data["id"]), code=code, expires_at=parse_instant(data["expires_at"]),
                   uses_left=int(data["uses_left"]))

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "code": self.code, "expires_at": format_instant(self.expires_at),
                "uses_left": self.uses_left}


@dataclass(frozen=True, slots=True)
class Enrollment:
    """What ``enrollments.redeem`` answers: the new token with its key (shown this once: it
    goes straight into the keyring) and this PC's device as registered."""

    issued: IssuedToken
    device: Device

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Enrollment:
        key = data["key"]
        if not isinstance(key, str) or not key:
            raise ValueError("no key")
        return cls(IssuedToken(Token.from_json(data["token"]), key),
                   Device.from_json(data["device"]))
