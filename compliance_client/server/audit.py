"""Writing audit entries: who (token id, key prefix, address) did what to which target."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from .auth import Caller
from .models import AuditRow

LOCAL_ADDRESS = "local"  # entries written by `serve`/`admin-token` on the server's own machine


def write_audit(session: Session, caller: Caller | None, action: str, target: str,
                changes: dict[str, Any], now: datetime, *,
                target_org: str | None = None, address: str | None = None) -> None:
    """Add an entry in the caller's transaction, so it exists exactly when the change does.

    ``target_org``: the organization of the target (None for a global token). The entry
    then belongs to that organization and to the caller's, when the caller is
    organization-scoped (ARCHITECTURE §7); a global caller's own organization is no tenant's.
    ``address``: where an unauthenticated request came from (no caller: tokens.revoke_leaked);
    without it, a caller's own address, or "local" for the server's own machine.
    """
    session.execute(insert(AuditRow).values(
        actor_org=caller.organization_id if caller and not caller.is_global else None,
        target_org=target_org,
        at=now,
        token_id=caller.token_id if caller else None,
        key_prefix=caller.key_prefix if caller else "",
        address=address or (caller.address if caller else LOCAL_ADDRESS),
        action=action,
        target=target,
        changes=changes,
    ))


def diff(old: dict[str, Any], new: dict[str, Any]) -> dict[str, list[Any]]:
    """field -> [old, new] for the fields that changed (JSON values, lists included)."""
    return {k: [old.get(k), v] for k, v in new.items() if old.get(k) != v}
