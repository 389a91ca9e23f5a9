"""Issuing unrestricted admin tokens from the server's own machine (no API call needed).

These are the operator's own: the token policy (ARCHITECTURE §11) does not apply to them,
so that ``admin-token`` can always recover a service whose administrators are all suspended
(a leaked key is suspended even when it is the last administrator's) or whose policy
requires what no fresh administrator token has, such as an IP restriction.
"""

from __future__ import annotations

from sqlalchemy import func, select

from ..domain.keys import generate_key, hash_key, key_prefix
from ..domain.tokens import SCOPE_GLOBAL, validate_token_fields
from .audit import write_audit
from .auth import now_utc
from .db import Database
from .models import TokenRow

DEFAULT_ORG_NAME = "Administrators"
DEFAULT_ORG_ID = "admin"
_BOOTSTRAP_LOCK_ID = 0x41444D4E  # pg_advisory_xact_lock key: one bootstrapper at a time


def _insert_admin(db: Database, org_name: str, org_id: str, *, only_if_empty: bool,
                  scope: str = SCOPE_GLOBAL) -> str | None:
    now = now_utc()
    fields = validate_token_fields({"organization_name": org_name, "organization_id": org_id,
                                    "scope": scope}, now=now, check_expiry=True)
    key = generate_key()
    with db.write() as session:  # BEGIN IMMEDIATE on SQLite: two starts cannot both insert
        if db.is_postgres:
            session.execute(select(func.pg_advisory_xact_lock(_BOOTSTRAP_LOCK_ID)))
        if only_if_empty and session.scalar(select(func.count()).select_from(TokenRow)):
            return None
        row = TokenRow(**fields, key_hash=hash_key(key), key_prefix=key_prefix(key),
                       created_at=now, updated_at=now, version=1)
        session.add(row)
        session.flush()
        write_audit(session, None, "tokens.create", f"token:{row.id}",
                    {"organization_name": [None, org_name], "organization_id": [None, org_id],
                     "scope": [None, scope]},
                    now)
    return key


def ensure_admin_token(db_url: str, *, org_name: str = DEFAULT_ORG_NAME,
                       org_id: str = DEFAULT_ORG_ID) -> str | None:
    """On a database without tokens, create one unrestricted admin token and return its key.

    Returns None when any token exists. Migrates the database first. Raises the domain's
    ValidationError for a bad name or ID.
    """
    db = Database(db_url)
    try:
        db.migrate()
        return _insert_admin(db, org_name, org_id, only_if_empty=True)
    finally:
        db.dispose()


def issue_admin_token(db_url: str, org_name: str = DEFAULT_ORG_NAME,
                      org_id: str = DEFAULT_ORG_ID, scope: str = SCOPE_GLOBAL) -> str:
    """Create a new unrestricted token and return its key (shown once, stored hashed).

    ``scope`` "global" (the default) makes an administrator of the whole service;
    "organization" one of ``org_id`` only (ARCHITECTURE §7).
    """
    db = Database(db_url)
    try:
        db.migrate()
        key = _insert_admin(db, org_name, org_id, only_if_empty=False, scope=scope)
        assert key is not None
        return key
    finally:
        db.dispose()
