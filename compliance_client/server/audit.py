"""Writing audit entries: who (token id, key prefix, address) did what to which target.

Refused privilege escalations (DESIGN §11) are audited too, as an entry of the refused
operation with ``changes`` ``{"refused": ["", "privilege_escalation"]}``, written in a
transaction of its own (the refused change's is rolled back). So that a token cannot flood
the table by repeating a refused call, each server process writes at most one such entry per
token and operation per ``REFUSAL_EVERY`` (the gate is in memory: with N processes, at most N
a minute); the refusals in between are still logged as warnings (errors.py).
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from ..domain.errors import Code
from ..domain.tokens import SCOPE_ORGANIZATION
from .auth import Caller
from .db import Database
from .models import AuditRow, TokenRow

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


REFUSAL_EVERY = timedelta(minutes=1)
REFUSED = {"refused": ["", Code.PRIVILEGE_ESCALATION]}


class RefusalGate:
    """Which (token, operation) pairs had a refusal entry written lately (bounded LRU)."""

    def __init__(self, size: int = 4096) -> None:
        self._size = size
        self._last: OrderedDict[tuple[int, str], float] = OrderedDict()
        self._lock = threading.Lock()

    def admit(self, token_id: int, action: str) -> bool:
        """True (and remembered) unless the pair was admitted within REFUSAL_EVERY."""
        now = time.monotonic()
        key = (token_id, action)
        with self._lock:
            last = self._last.get(key)
            if last is not None and now - last < REFUSAL_EVERY.total_seconds():
                return False
            self._last[key] = now
            self._last.move_to_end(key)
            while len(self._last) > self._size:
                self._last.popitem(last=False)
            return True


def audit_refusal(db: Database, gate: RefusalGate, caller: Caller, action: str, target: str,
                  now: datetime) -> bool:
    """Record a refused privilege escalation, unless the gate says one was just recorded.
    ``target``: "token:<id>", "device:<id>", "policy", or "" (a refused create). The entry
    belongs to the caller's organization, and to the target token's (its administrators see
    who tried). True when an entry was written."""
    if not gate.admit(caller.token_id, action):
        return False
    with db.write() as session:
        organization = None
        if target.startswith("token:") and target[6:].isdigit():
            found = session.execute(select(TokenRow.organization_id, TokenRow.scope)
                                    .where(TokenRow.id == int(target[6:]))).first()
            if found is not None and found.scope == SCOPE_ORGANIZATION:
                organization = found.organization_id
        write_audit(session, caller, action, target, {k: list(v) for k, v in REFUSED.items()},
                    now, target_org=organization)
    return True
