"""A token's life after creation (ARCHITECTURE §11): tokens.suspend, tokens.resume,
tokens.rotate_self and tokens.revoke_leaked. tokens.regenerate, which shares the key
replacement with rotate_self, is in routes_tokens.

Decisions the contract leaves open, taken here:
- suspend and resume are idempotent: a second call changes nothing, bumps no version and
  writes no audit entry. Resume also resumes a token suspended as leaked (an administrator
  may judge the report wrong); the audit entry records the reason it had. Its key is still
  the reported one: regenerate it first.
- tokens.revoke_leaked suspends a token whose current key is reported, and one whose
  previous key (still in its grace period) is: the old key leaked, so whoever holds it may
  hold the new one too. Either way any previous key is cleared, so a later resume cannot
  bring it back. A reported key suspends even the last administrator token: security wins
  over availability there, and ``admin-token`` on the server's machine recovers.
- tokens.revoke_leaked answers 202 with one constant body whatever it found, and every call
  (malformed ones too) counts as a failed authentication of its address, so it is no oracle
  for guessing keys and no way round the throttle. The look-up is one query either way; a
  found key adds one UPDATE and one audit INSERT in the same transaction.
"""

from __future__ import annotations

import logging
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from sqlalchemy import and_, or_, select, update

from ..domain.catalogue import API_PREFIX
from ..domain.errors import Code
from ..domain.keys import hash_key
from ..domain.lifecycle import validate_grace
from ..domain.tokens import (
    REASON_ADMIN,
    REASON_LEAKED,
    STATUS_ACTIVE,
    STATUS_SUSPENDED,
    format_instant,
)
from . import throttle
from .audit import write_audit
from .auth import Authorizer, Caller, now_utc
from .db import Database
from .errors import AUTH_ERRORS, ApiError, error_responses
from .models import TokenRow
from .routes_tokens import (
    ETAG_HEADER,
    GRACE_DOC,
    guard_last_admin,
    load_token,
    reach_of_row,
    reload_token,
    replace_key,
    require_reach,
    target_org,
    token_response,
)
from .routing import TokenId, get_db, operation
from .schemas import AcceptedOut, IssuedTokenOut, RegenerateIn, RevokeIn, TokenOut

log = logging.getLogger(__name__)

router = APIRouter(tags=["tokens"])
DbDep = Annotated[Database, Depends(get_db)]

ACCEPTED = {"status": "accepted"}


def _set_status(db: Database, caller: Caller, token_id: int, *, suspend: bool,
                action: str) -> JSONResponse:
    now = now_utc()
    status, reason = (STATUS_SUSPENDED, REASON_ADMIN) if suspend else (STATUS_ACTIVE, None)
    with db.write() as session:
        # Locked, so that of two concurrent calls the second sees the first's change and is
        # the idempotent no-op, not a version conflict.
        row = load_token(session, caller, token_id, lock=True)
        # Rules 2 and 4 of reach: no one switches off (or on) a token that reaches further
        # than they do, or is bound to devices theirs is not.
        require_reach(caller, target=row)
        if row.status == status:
            return token_response(row.to_domain())
        if suspend:
            guard_last_admin(db, session, row, reach_of_row(row, active=False), now)
        changes = {"status": [row.status, status],
                   "suspended_reason": [row.suspended_reason, reason]}
        session.execute(update(TokenRow).where(TokenRow.id == token_id).values(
            status=status, suspended_reason=reason, updated_at=now, version=row.version + 1))
        token = reload_token(session, token_id)
        write_audit(session, caller, action, f"token:{token_id}", changes, now,
                    target_org=target_org(token))
    return token_response(token)


_STATUS_RESPONSES = {200: {"headers": ETAG_HEADER},
                     **error_responses(*AUTH_ERRORS, 404, 422, escalation=True)}


@operation(router, "tokens.suspend", response_model=TokenOut,
           description="Idempotent. Every request with the token is then 401 "
                       "token_suspended until it is resumed.",
           responses={**_STATUS_RESPONSES, **error_responses(409)})
def suspend_token(id: TokenId, db: DbDep,
                  caller: Annotated[Caller, Depends(Authorizer("tokens.suspend"))]) -> Any:
    return _set_status(db, caller, id, suspend=True, action="tokens.suspend")


@operation(router, "tokens.resume", response_model=TokenOut,
           description="Idempotent. Also resumes a token suspended as leaked; its key is then "
                       "still the reported one, so regenerate it.",
           responses=_STATUS_RESPONSES)
def resume_token(id: TokenId, db: DbDep,
                 caller: Annotated[Caller, Depends(Authorizer("tokens.resume"))]) -> Any:
    return _set_status(db, caller, id, suspend=False, action="tokens.resume")


@operation(router, "tokens.rotate_self", response_model=IssuedTokenOut,
           description="A new key for the calling token; its reach is unchanged. " + GRACE_DOC,
           responses={200: {"headers": ETAG_HEADER}, **error_responses(*AUTH_ERRORS, 422)})
def rotate_self(db: DbDep,
                caller: Annotated[Caller, Depends(Authorizer("tokens.rotate_self"))],
                body: RegenerateIn | None = None) -> Any:
    grace = validate_grace(body.grace_seconds if body is not None else 0)
    return replace_key(db, caller, caller.token_id, grace, "tokens.rotate_self",
                       check_reach=False)


def _count_report(request: Request, db: DbDep) -> str:
    """Count the call as a failed authentication of its address before the body is even
    checked (FastAPI solves dependencies first), so malformed calls count too; 429 past the
    limit. Returns the reporter's address."""
    address: str | None = request.app.state.addresses.resolve(request)
    if address is None:
        # As for authenticated operations (auth.py): never the proxy's address.
        raise ApiError(Code.INVALID_TOKEN, "The client address cannot be determined.")
    now = now_utc()
    with db.write() as session:
        wait = throttle.record_failure(session, address, now)
    if wait is not None:
        log.warning("refused tokens.revoke_leaked from %s: %s", address,
                    Code.TOO_MANY_ATTEMPTS)
        raise ApiError(Code.TOO_MANY_ATTEMPTS,
                       "Too many failed authentications or reports from this address; "
                       f"try again in {wait} seconds.", headers={"Retry-After": str(wait)})
    return address


_REVOKE_ERRORS = {
    401: "invalid_token: only when the client address cannot be determined (a trusted "
         "proxy's X-Forwarded-For holds an entry that is not an address)",
    422: "invalid_input, with `fields`: not {\"keys\": [1 to 100 strings of 1 to 256 "
         "characters]}",
    429: "too_many_attempts: too many failed authentications or reports from this address; "
         "see Retry-After",
}


@router.post(f"{API_PREFIX}/tokens/revoke", operation_id="tokens.revoke_leaked",
             status_code=202, response_model=AcceptedOut,
             summary="Report API keys as leaked (no authentication)",
             description="Each reported key that is a token's current key, or its previous "
                         "key still in its grace period, suspends that token with reason "
                         "leaked. The answer is the same whatever was found; every call "
                         "counts towards the address's failed-authentication limit.",
             responses=error_responses(401, 422, 429, 503, texts=_REVOKE_ERRORS))
def revoke_leaked(body: RevokeIn, db: DbDep,
                  address: Annotated[str, Depends(_count_report)]) -> Any:
    now = now_utc()
    # Every key is hashed, well formed or not: the work does not depend on what was sent.
    hashes = {hash_key(k) for k in body.keys}
    with db.write() as session:
        rows = session.scalars(
            select(TokenRow).where(or_(
                TokenRow.key_hash.in_(hashes),
                and_(TokenRow.previous_key_hash.in_(hashes),
                     TokenRow.previous_key_expires_at > now)))
            .order_by(TokenRow.id).with_for_update()).all()
        for row in rows:
            changes: dict[str, Any] = {}
            if row.status != STATUS_SUSPENDED:
                changes["status"] = [row.status, STATUS_SUSPENDED]
            if row.suspended_reason != REASON_LEAKED:
                changes["suspended_reason"] = [row.suspended_reason, REASON_LEAKED]
            if row.previous_key_hash is not None:
                changes["previous_key_expires_at"] = [
                    format_instant(row.previous_key_expires_at), None]
            if not changes:
                continue  # reported before: nothing more to do, nothing more to record
            session.execute(update(TokenRow).where(TokenRow.id == row.id).values(
                status=STATUS_SUSPENDED, suspended_reason=REASON_LEAKED,
                previous_key_hash=None, previous_key_expires_at=None, updated_at=now,
                version=row.version + 1))
            write_audit(session, None, "tokens.revoke_leaked", f"token:{row.id}", changes,
                        now, target_org=target_org(row), address=address)
            log.warning("token %s suspended as leaked, reported from %s", row.key_prefix,
                        address)
    return JSONResponse(ACCEPTED, status_code=202)
