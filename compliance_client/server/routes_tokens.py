"""tokens.*: list, read, create, update (If-Match), regenerate, delete, self; and the
helpers that the lifecycle operations (routes_lifecycle) share with them."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Annotated, Any, Literal, get_args

import orjson
from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import JSONResponse, Response
from sqlalchemy import (
    delete,
    func,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session
from starlette.concurrency import run_in_threadpool

from ..domain.catalogue import API_PREFIX
from ..domain.errors import Code
from ..domain.filters import MAX_FILTER_DAYS, STATUS_FILTERS, StatusFilter, TokenFilter
from ..domain.keys import generate_key, hash_key, key_prefix
from ..domain.lifecycle import TokenPolicy, validate_grace
from ..domain.policy import Policy, Reach, check_change, is_administrator
from ..domain.tokens import (
    EDITABLE_FIELDS,
    SCOPE_GLOBAL,
    SCOPE_ORGANIZATION,
    STATUS_ACTIVE,
    IssuedToken,
    Token,
    format_instant,
    unsafe_text,
    validate_token_fields,
)
from .audit import diff, write_audit
from .auth import Authorizer, Caller, LruCache, now_utc
from .db import Database, affected_rows
from .errors import AUTH_ERRORS, ApiError, error_responses, not_found
from .models import DeviceRow, TokenRow
from .routes_policy import load_policy
from .routing import Offset, TokenId, etag, get_db, if_match_version, operation
from .schemas import (
    IssuedTokenOut,
    RegenerateIn,
    TokenAccessOut,
    TokenCreateIn,
    TokenOut,
    TokenPageOut,
    TokenUpdateIn,
)
from .token_search import filter_terms, page_of_tokens, search_term
from .usage import forget_token

router = APIRouter(tags=["tokens"])

MAX_PAGE = 500

# Sort keys of tokens.list; each matches an index of models.TokenRow (then id).
_SORT_COLUMNS: dict[str, tuple[Any, ...]] = {
    "id": (),
    "organization_name": (func.lower(TokenRow.organization_name),),
    "organization_id": (TokenRow.organization_id,),
    "key_prefix": (TokenRow.key_prefix,),
    "expires_at": (TokenRow.expires_at.is_(None), TokenRow.expires_at),
    "created_at": (TokenRow.created_at,),
    "last_used_at": (TokenRow.last_used_at.is_(None), TokenRow.last_used_at),
}
SortKey = Literal["id", "-id", "organization_name", "-organization_name", "organization_id",
                  "-organization_id", "key_prefix", "-key_prefix", "expires_at", "-expires_at",
                  "created_at", "-created_at", "last_used_at", "-last_used_at"]
assert set(get_args(SortKey)) == {s for n in _SORT_COLUMNS for s in (n, f"-{n}")}

ETAG_HEADER = {"ETag": {"description": 'The token\'s version, e.g. "3"',
                         "schema": {"type": "string"}}}
DbDep = Annotated[Database, Depends(get_db)]


def token_response(token: Token, body: dict[str, Any] | None = None,
                    status: int = 200) -> JSONResponse:
    return JSONResponse(body if body is not None else token.to_json(), status_code=status,
                        headers={"ETag": etag(token.version)})


def editable(token: Token) -> dict[str, Any]:
    data = token.to_json()
    return {name: data[name] for name in EDITABLE_FIELDS}


def reach_of_fields(fields: dict[str, Any], *, active: bool = True) -> Reach:
    return Reach(fields["scope"], fields["organization_id"], Policy(
        allowed_endpoints=fields["allowed_endpoints"],
        blocked_endpoints=fields["blocked_endpoints"],
        allowed_ips=fields["allowed_ips"], blocked_ips=fields["blocked_ips"],
        expires_at=fields["expires_at"], bound_devices=fields["bound_devices"]),
        active=active)


def reach_of_row(row: TokenRow, *, active: bool | None = None) -> Reach:
    """The token's reach as stored, or as it would be with ``active`` (a suspend: False)."""
    return Reach(row.scope, row.organization_id, Policy.of(row),
                 active=row.status == STATUS_ACTIVE if active is None else active)


def _caller_reach(caller: Caller) -> Reach:
    return Reach(caller.scope, caller.organization_id, caller.policy)


def require_reach(caller: Caller, *, target: TokenRow | None = None,
             result: dict[str, Any] | None = None, sets_expiry: bool = False) -> None:
    """ARCHITECTURE §7's reach rules for creating (no target), changing or deleting (no result)."""
    decision = check_change(_caller_reach(caller),
                            target=reach_of_row(target) if target is not None else None,
                            result=reach_of_fields(result) if result is not None else None,
                            sets_expiry=sets_expiry)
    if not decision.allowed:
        raise ApiError(Code.PRIVILEGE_ESCALATION, decision.message, params=decision.params)


def check_new_token(caller: Caller, values: dict[str, Any], now: datetime) -> dict[str, Any]:
    """The fields of a new token as tokens.create takes them (and enrollments.create's
    template): validated (ValidationError, 422 invalid_input) and within the caller's reach
    (403 privilege_escalation, ARCHITECTURE §7 with the expiry rule). Returns them cleaned;
    the policy is :func:`check_new_token_policy`'s, inside the write transaction."""
    fields = validate_token_fields(values, now=now, check_expiry=True)
    require_reach(caller, result=fields, sets_expiry=True)
    return fields


def check_new_token_policy(session: Session, fields: dict[str, Any], now: datetime) -> None:
    """A new token answers to every rule of the policy (ARCHITECTURE §11): PolicyViolation
    (422 policy_violation) otherwise."""
    load_policy(session).check(expires_at=fields["expires_at"],
                               allowed_ips=fields["allowed_ips"], now=now)


def _check_bound_devices(db: Database, session: Session, fields: dict[str, Any]) -> None:
    """422 unless every bound device is registered in the token's own organization
    (DESIGN §9). On PostgreSQL the devices are read FOR SHARE, so a concurrent
    devices.delete (FOR UPDATE) waits for this token, then sees it bound: device_in_use."""
    wanted = fields["bound_devices"]
    if not wanted:
        return
    organization = fields["organization_id"]
    stmt = select(DeviceRow.device_id).where(DeviceRow.organization_id == organization,
                                             DeviceRow.device_id.in_(wanted))
    if db.is_postgres:
        stmt = stmt.with_for_update(read=True)
    known = set(session.scalars(stmt))
    unknown = [d for d in wanted if d not in known]
    if unknown:
        listed = ", ".join(unknown[:5]) + (" ..." if len(unknown) > 5 else "")
        raise ApiError(Code.INVALID_INPUT,
                       f"Invalid input: bound_devices: not a registered device of "
                       f"organization {organization}: {listed}.",
                       fields={"bound_devices": f"{unknown[0]} is not a registered device of "
                                                f"organization {organization}."},
                       params={"entry": unknown[0]})


def _visible(caller: Caller) -> list[Any]:
    """WHERE terms limiting tokens to the caller's view: an organization-scoped caller sees
    only its organization's organization-scoped tokens (ARCHITECTURE §7)."""
    if caller.is_global:
        return []
    return [TokenRow.organization_id == caller.organization_id,
            TokenRow.scope == SCOPE_ORGANIZATION]


def load_token(session: Session, caller: Caller, token_id: int, *,
               lock: bool = False) -> TokenRow:
    """The token, if it is in the caller's view; else 404 exactly as for a missing one.
    ``lock``: FOR UPDATE on PostgreSQL (SQLite's write transactions are serialised)."""
    row = session.get(TokenRow, token_id, with_for_update=lock or None)
    if row is None or not caller.sees_organization(row.organization_id, row.scope):
        raise not_found(f"Token {token_id}")
    return row


def target_org(row: TokenRow | Token) -> str | None:
    return row.organization_id if row.scope == SCOPE_ORGANIZATION else None


# PostgreSQL advisory lock serialising changes that could remove the last administrator
# (SQLite's BEGIN IMMEDIATE serialises every writer already).
_LAST_ADMIN_LOCK_ID = 0x4C41444D


def guard_last_admin(db: Database, session: Session, row: TokenRow, after: Reach | None,
                     now: Any) -> None:
    """409 last_admin when deleting ``row`` (``after`` None) or changing it to ``after``
    (an update, or a suspend) would leave no administrator token. Runs inside the change's
    transaction, after taking a lock, so two administrators removing each other at once
    cannot both succeed."""
    if not is_administrator(reach_of_row(row), now):
        return  # a change to a non-administrator never lowers their number
    if after is not None and is_administrator(after, now):
        return
    if db.is_postgres:
        session.execute(select(func.pg_advisory_xact_lock(_LAST_ADMIN_LOCK_ID)))
    others = session.scalars(
        select(TokenRow).where(TokenRow.scope == SCOPE_GLOBAL, TokenRow.id != row.id,
                               TokenRow.status == STATUS_ACTIVE,
                               or_(TokenRow.expires_at.is_(None), TokenRow.expires_at > now))
        .execution_options(populate_existing=True))
    if not any(is_administrator(reach_of_row(other), now) for other in others):
        raise ApiError(Code.LAST_ADMIN,
                       f"Token {row.id} is the last administrator token; create another "
                       "administrator token before you delete, suspend or restrict it.")


def _read_domain(db: Database, token_id: int) -> Token:
    with db.read() as session:
        row = session.get(TokenRow, token_id)
        if row is None:
            raise not_found(f"Token {token_id}")
        return row.to_domain()


def reload_token(session: Session, token_id: int) -> Token:
    stmt = select(TokenRow).where(TokenRow.id == token_id)
    return session.execute(stmt.execution_options(populate_existing=True)).scalar_one().to_domain()


@operation(router, "tokens.self", response_model=TokenAccessOut,
           responses={200: {"headers": ETAG_HEADER}, **error_responses(*AUTH_ERRORS)})
async def token_self(request: Request,
                     caller: Annotated[Caller, Depends(Authorizer("tokens.self"))]) -> Any:
    """The hot path of every client's start. All of the answer but the client address and
    the proof's device changes only with the token's revision or its last use (recorded at
    most once a minute), so it is serialised once per pair and kept: a call costs the
    authentication query, not a read and a JSON encoding of a token that may hold thousands
    of list entries."""
    answers: LruCache[tuple[int, bytes]] = request.app.state.self_answers
    # The policy's warn_before_days (read with the token) is part of the key: a
    # policy.update reaches the very next answer.
    warn = caller.warn_before_days
    if warn is None:
        warn = TokenPolicy().warn_before_days
    key = None if caller.last_used is None else (*caller.revision, *caller.last_used, warn)
    cached = answers.get(key) if key is not None else None
    if cached is None:
        token = await run_in_threadpool(_read_domain, request.app.state.db, caller.token_id)
        cached = (token.version, _dumps({"token": token.to_json(), "effective_endpoints":
                                         list(caller.policy.effective_endpoints()),
                                         "warn_before_days": warn})[:-1]
                  + b',"client_address":')
        read_at = (caller.token_id, token.version, caller.revision[2], token.expires_at,
                   token.last_used_at, token.last_used_ip, warn)
        if key == read_at:  # nothing changed between the two reads
            answers.put(key, cached)
    version, head = cached
    # The address and the device are this request's: appended, never part of the cache.
    device = caller.own_device()
    tail = (_dumps(caller.address) + b',"device":'
            + _dumps(device.to_json() if device is not None else None) + b"}")
    return Response(head + tail, media_type="application/json",
                    headers={"ETag": etag(version)})


def _dumps(value: Any) -> bytes:
    """JSON as JSONResponse renders it."""
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":")
                      ).encode("utf-8")


StatusParam = Literal["active", "suspended", "expired", "expiring"]
assert set(get_args(StatusParam)) == set(STATUS_FILTERS)
_DAYS = {"ge": 0, "le": MAX_FILTER_DAYS}


def _plain_text(name: str, value: str | None) -> str | None:
    """A filter's text, stripped; 422 naming ``name`` for control characters."""
    text = (value or "").strip()
    if unsafe_text(text) is not None:
        raise ApiError(Code.INVALID_INPUT, f"Invalid input: {name} holds a control character.",
                       fields={name: "remove control characters"})
    return text or None


@operation(router, "tokens.list", response_model=TokenPageOut,
           description="Filters combine (AND) with q, sort, paging and the caller's view; "
                       "`total` counts the filtered tokens.",
           responses=error_responses(*AUTH_ERRORS, 422))
def list_tokens(
    db: DbDep,
    caller: Annotated[Caller, Depends(Authorizer("tokens.list"))],
    offset: Offset = 0,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
    q: Annotated[str | None, Query(max_length=200, description=(
        "Case-insensitive text to find in organization name, organization ID, key prefix, "
        "name or owner"))] = None,
    sort: Annotated[SortKey, Query(description="Column; a leading '-' sorts descending")] = "id",
    status: Annotated[StatusParam | None, Query(description=(
        "active: active and not expired; suspended: suspended, expired or not; expired: "
        "expires_at at or before now, whatever the status; expiring: not expired and "
        "expiring within expiring_within_days, whatever the status"))] = None,
    expiring_within_days: Annotated[int | None, Query(**_DAYS, description=(
        "With status=expiring: how many days ahead (default: the policy's "
        "warn_before_days)"))] = None,
    unused_days: Annotated[int | None, Query(**_DAYS, description=(
        "Only tokens never used, or last used at least this many days ago"))] = None,
    unrestricted: Annotated[bool | None, Query(description=(
        "true: only tokens whose allowed endpoints and allowed IPs are both empty; false: "
        "only the others"))] = None,
    organization_id: Annotated[str | None, Query(max_length=64, description=(
        "Only this organization's tokens (an organization-scoped caller sees only its own "
        "anyway)"))] = None,
    bound_device: Annotated[str | None, Query(max_length=128, description=(
        "Only tokens bound to this device ID"))] = None,
) -> Any:
    descending = sort.startswith("-")
    columns = (*_SORT_COLUMNS[sort.lstrip("-")], TokenRow.id)
    order = [c.desc() if descending else c.asc() for c in columns]
    where = _visible(caller)
    text = _plain_text("q", q)
    chosen = TokenFilter(q=text, status=status, expiring_within_days=expiring_within_days,
                         unused_days=unused_days, unrestricted=unrestricted,
                         organization_id=_plain_text("organization_id", organization_id),
                         bound_device=_plain_text("bound_device", bound_device))
    if text:
        where.append(search_term(db, text))
    now = now_utc()
    with db.read() as session:
        warn = TokenPolicy().warn_before_days
        if chosen.status == StatusFilter.EXPIRING and chosen.expiring_within_days is None:
            warn = load_policy(session).warn_before_days
        where += filter_terms(db, chosen, now, warn)
        rows, total = page_of_tokens(session, where, order, offset, limit)
        items = [token_json(r) for r in rows]
    return Response(json_bytes({"items": items, "total": total}),
                    media_type="application/json")


def token_json(row: TokenRow) -> dict[str, Any]:
    """``row.to_domain().to_json()`` without the Token in between: a page of 50 spent more
    on building Tokens than on anything else of its own (tests hold the two equal)."""
    return {
        "id": row.id,
        "organization_name": row.organization_name,
        "organization_id": row.organization_id,
        "key_prefix": row.key_prefix,
        "allowed_endpoints": list(row.allowed_endpoints or ()),
        "blocked_endpoints": list(row.blocked_endpoints or ()),
        "allowed_ips": list(row.allowed_ips or ()),
        "blocked_ips": list(row.blocked_ips or ()),
        "expires_at": format_instant(row.expires_at),
        "created_at": format_instant(row.created_at),
        "updated_at": format_instant(row.updated_at),
        "last_used_at": format_instant(row.last_used_at),
        "last_used_ip": row.last_used_ip,
        "version": row.version,
        "scope": row.scope,
        "bound_devices": list(row.bound_devices or ()),
        "name": row.name,
        "description": row.description,
        "owner": row.owner,
        "status": row.status,
        "suspended_reason": row.suspended_reason,
        "created_by": row.created_by,
        "previous_key_expires_at": format_instant(row.previous_key_expires_at),
    }


def json_bytes(value: Any) -> bytes:
    """JSON exactly as JSONResponse renders it (compact, UTF-8, no NaN), by orjson: a
    tenth of json.dumps's time on a page of tokens (tests hold the two byte-equal)."""
    return orjson.dumps(value)


@operation(router, "tokens.read", response_model=TokenOut,
           responses={200: {"headers": ETAG_HEADER},
                      **error_responses(*AUTH_ERRORS, 404, 422)})
def read_token(id: TokenId, db: DbDep,
               caller: Annotated[Caller, Depends(Authorizer("tokens.read"))]) -> Any:
    with db.read() as session:
        return token_response(load_token(session, caller, id).to_domain())


@operation(router, "tokens.create", status_code=201, response_model=IssuedTokenOut,
           responses={201: {"headers": ETAG_HEADER},
                      **error_responses(*AUTH_ERRORS, 422, escalation=True, policy=True)})
def create_token(body: TokenCreateIn, db: DbDep,
                 caller: Annotated[Caller, Depends(Authorizer("tokens.create"))]) -> Any:
    now = now_utc()
    fields = check_new_token(caller, body.model_dump(), now)
    key = generate_key()
    with db.write() as session:
        check_new_token_policy(session, fields, now)
        _check_bound_devices(db, session, fields)
        row = TokenRow(**fields, key_hash=hash_key(key), key_prefix=key_prefix(key),
                       created_at=now, updated_at=now, version=1, created_by=caller.token_id)
        session.add(row)
        session.flush()
        token = row.to_domain()
        write_audit(session, caller, "tokens.create", f"token:{token.id}",
                    {k: [None, v] for k, v in editable(token).items()
                     if v not in (None, [], "")},
                    now, target_org=target_org(token))
    response = token_response(token, IssuedToken(token, key).to_json(), status=201)
    response.headers["Location"] = f"{API_PREFIX}/tokens/{token.id}"
    return response


@operation(router, "tokens.update", response_model=TokenOut,
           responses={200: {"headers": ETAG_HEADER},
                      **error_responses(*AUTH_ERRORS, 404, 409, 412, 422, 428,
                                        escalation=True, policy=True)})
def update_token(
    id: TokenId,
    body: TokenUpdateIn,
    db: DbDep,
    caller: Annotated[Caller, Depends(Authorizer("tokens.update"))],
    if_match: Annotated[str | None, Header(
        alias="If-Match", description='The version read, as its ETag: "3"')] = None,
) -> Any:
    expected = if_match_version(if_match)
    if expected is None:
        raise ApiError(Code.IF_MATCH_REQUIRED,
                       'Send If-Match with the token\'s version as one strong entity tag, '
                       'e.g. If-Match: "3" (its ETag), to change it.')
    sent = body.model_dump(exclude_unset=True)
    for name in ("scope", "bound_devices"):
        if name in sent and sent[name] is None:
            del sent[name]  # null: keep it as it is
    now = now_utc()
    with db.write() as session:
        row = load_token(session, caller, id)
        if expected != row.version:
            raise stale(id, row.version)
        current = editable(row.to_domain())
        fields = validate_token_fields({**current, **sent}, now=now,
                                       check_expiry="expires_at" in sent)
        require_reach(caller, target=row, result=fields, sets_expiry="expires_at" in sent)
        # Only the rules of the fields this update sets: a policy made stricter later does
        # not block the older tokens' unrelated edits (ARCHITECTURE §11).
        load_policy(session).check(expires_at=fields["expires_at"],
                                   allowed_ips=fields["allowed_ips"], now=now,
                                   check_expiry="expires_at" in sent,
                                   check_ips="allowed_ips" in sent)
        # Also when only the organization changes: the devices must be the new one's.
        _check_bound_devices(db, session, fields)
        guard_last_admin(db, session, row, reach_of_fields(fields), now)
        # The version in the WHERE makes this a compare-and-swap: of two concurrent PATCHes
        # with the same If-Match, exactly one changes the row.
        done = session.execute(
            update(TokenRow).where(TokenRow.id == id, TokenRow.version == row.version)
            .values(**fields, updated_at=now, version=row.version + 1))
        if affected_rows(done) != 1:
            raise stale(id, None)
        token = reload_token(session, id)
        write_audit(session, caller, "tokens.update", f"token:{id}",
                    diff(current, editable(token)), now, target_org=target_org(token))
    return token_response(token)


def stale(token_id: int, version: int | None) -> ApiError:
    now_at = f" (it is now version {version})" if version is not None else ""
    return ApiError(Code.VERSION_MISMATCH,
                    f"Token {token_id} was changed by someone else{now_at}; "
                    "read it again and redo your change.")


def replace_key(db: Database, caller: Caller, token_id: int, grace_seconds: int,
                action: str, *, check_reach: bool) -> JSONResponse:
    """Give the token a new key (tokens.regenerate, tokens.rotate_self): the answer carries
    it, shown this once. With ``grace_seconds`` the replaced key keeps working that long
    (its hash moves to ``previous_key_hash``); without, it stops at once and any earlier
    replaced key with it. Only one previous key is kept: regenerating again during a grace
    period ends the older one. The reach never changes. ``check_reach``: whoever mints a key
    for another token must reach at least as far as it does (a token always reaches as far
    as itself)."""
    now = now_utc()
    key = generate_key()
    with db.write() as session:
        row = load_token(session, caller, token_id)
        if check_reach:
            require_reach(caller, target=row)
        old_prefix, old_until = row.key_prefix, row.previous_key_expires_at
        until = now + timedelta(seconds=grace_seconds) if grace_seconds else None
        done = session.execute(
            update(TokenRow).where(TokenRow.id == token_id, TokenRow.version == row.version)
            .values(key_hash=hash_key(key), key_prefix=key_prefix(key),
                    previous_key_hash=row.key_hash if until else None,
                    previous_key_expires_at=until, updated_at=now, version=row.version + 1))
        if affected_rows(done) != 1:
            raise stale(token_id, None)
        token = reload_token(session, token_id)
        # Prefixes and instants only: never a key or a hash.
        changes: dict[str, Any] = {"key_prefix": [old_prefix, token.key_prefix]}
        if old_until != until:
            changes["previous_key_expires_at"] = [format_instant(old_until),
                                                  format_instant(until)]
        if grace_seconds:
            changes["grace_seconds"] = [None, grace_seconds]
        write_audit(session, caller, action, f"token:{token_id}", changes, now,
                    target_org=target_org(token))
    return token_response(token, IssuedToken(token, key).to_json())


GRACE_DOC = ("Send no body (or grace_seconds 0) to stop the old key at once; with "
             "grace_seconds (up to 604800, 7 days) the old key keeps working until the "
             "token's previous_key_expires_at, then it is 401 invalid_token.")


@operation(router, "tokens.regenerate", response_model=IssuedTokenOut,
           description=GRACE_DOC,
           responses={200: {"headers": ETAG_HEADER},
                      **error_responses(*AUTH_ERRORS, 404, 422, escalation=True)})
def regenerate_token(id: TokenId, db: DbDep,
                     caller: Annotated[Caller, Depends(Authorizer("tokens.regenerate"))],
                     body: RegenerateIn | None = None) -> Any:
    grace = validate_grace(body.grace_seconds if body is not None else 0)
    return replace_key(db, caller, id, grace, "tokens.regenerate", check_reach=True)


@operation(router, "tokens.delete", status_code=204, response_class=Response,
           responses=error_responses(*AUTH_ERRORS, 404, 409, 422, escalation=True))
def delete_token(id: TokenId, db: DbDep,
                 caller: Annotated[Caller, Depends(Authorizer("tokens.delete"))]) -> Response:
    now = now_utc()
    with db.write() as session:
        row = load_token(session, caller, id)
        require_reach(caller, target=row)
        guard_last_admin(db, session, row, None, now)
        gone = {"organization_name": [row.organization_name, None],
                "organization_id": [row.organization_id, None],
                "key_prefix": [row.key_prefix, None]}
        # Of concurrent deletes only the one that removed the row answers 204; on PostgreSQL
        # the others waited on its row lock and find nothing left: 404, and no audit entry.
        done = session.execute(delete(TokenRow).where(TokenRow.id == id))
        if affected_rows(done) != 1:
            raise not_found(f"Token {id}")
        forget_token(session, id)  # its usage counters go with it
        write_audit(session, caller, "tokens.delete", f"token:{id}", gone, now,
                    target_org=target_org(row))
    return Response(status_code=204)
