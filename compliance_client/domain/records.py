"""Typed objects of the contract besides tokens: devices, audit entries, endpoints."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from .tokens import format_instant, parse_instant


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


@dataclass(frozen=True, slots=True)
class AuditPage:
    items: tuple[AuditEntry, ...]
    total: int
