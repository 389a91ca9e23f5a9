"""enrollments.create and enrollments.redeem (DESIGN §13): a PC enrolls with a code, and no
API key is ever pasted.

``enrollments.create`` (authenticated) takes a template, the fields of a new token exactly as
tokens.create takes them, and checks it exactly as tokens.create checks a new token, through
the same functions (routes_tokens.check_new_token and check_new_token_policy): validation,
reach (ARCHITECTURE §7 with the expiry rule) and the token policy, all at creation. Two rules
are the code's own: ``template.bound_devices`` must be left out (each token made from the
code is bound to the device that redeems it), and a caller bound to devices cannot make codes
at all (reach rule 4: the token would be bound to a device outside its set). A template
expiry at or before the code's own would let a redeem make a token born expired: 422. The
answer carries the code, shown this once; the database keeps its SHA-256 and its public
12-character prefix (for logs and the audit log), never the code.

``enrollments.redeem`` (no authentication) trades a code for a token bound to the redeeming
device:

1. The address is resolved as for authenticated operations; a blocked address is answered
   429 before anything else, so a throttled address cannot probe codes. Malformed input is
   422 (FastAPI checks the body after this dependency).
2. One write transaction: the code is looked up by its hash (FOR UPDATE on PostgreSQL, so of
   parallel redeems of a last use one wins and the rest see it used up; SQLite serialises
   writers with BEGIN IMMEDIATE). A code that is unknown (or not even code-shaped), used up
   or expired is 401 ``invalid_enrollment`` with one sentence for all, and counts as a failed
   authentication of the address (the failure is committed, the 401 raised after).
   So is a code whose creator is gone, suspended or expired, or no longer reaches as far as
   the template (decision: a code carries its creator's authority and cannot outlive or
   outreach it; a leaked admin key's codes die with its suspension). The policy is not
   checked again: like a token's, it was checked when the code was made.
3. The device is registered in the template's organization with the sent key: a new one is
   inserted (``registered_by`` = the new token), a known one with the same key is reused
   (hostname and profile updated); a known one with another key, or without one, is 409
   ``device_key_mismatch``, a disabled one 403 ``device_disabled``: neither consumes a use
   nor counts towards the throttle (the code was good).
4. The token is created from the template with ``bound_devices=[device_id]`` and a fresh key,
   ``created_by`` the code's creator; ``uses_left`` goes down by one; both are audited
   (``enrollments.redeem`` on the token, ``devices.register`` on the device) and one INFO
   line logs the code's prefix, the token's key prefix, the device and the address.
"""

from __future__ import annotations

import json
import logging
from datetime import datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import JSONResponse
from sqlalchemy import exc as sa_exc
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..domain.catalogue import API_PREFIX
from ..domain.errors import Code, FieldProblem, PolicyViolation, ValidationError
from ..domain.keys import (
    enrollment_code_problem,
    generate_enrollment_code,
    generate_key,
    hash_key,
    key_prefix,
)
from ..domain.policy import Policy, check_change
from ..domain.records import DEVICE_ACTIVE, DEVICE_DISABLED
from ..domain.tokens import STATUS_ACTIVE, format_instant, validate_token_fields
from . import throttle
from .audit import write_audit
from .auth import Authorizer, Caller, now_utc
from .db import Database, affected_rows
from .errors import AUTH_ERRORS, ApiError, error_responses
from .models import DeviceRow, EnrollmentRow, TokenRow
from .routes_devices import key_mismatch, public_key_of
from .routes_tokens import (
    check_new_token,
    check_new_token_policy,
    editable,
    reach_of_fields,
    reach_of_row,
    target_org,
)
from .routing import get_db, operation
from .schemas import EnrolledOut, EnrollmentCodeOut, EnrollmentCreateIn, EnrollmentRedeemIn

log = logging.getLogger(__name__)

router = APIRouter(tags=["enrollments"])
DbDep = Annotated[Database, Depends(get_db)]

#: The one answer to an unknown, used-up or expired code (and to one that is not a code):
#: which of them it was is no one's business but the server log's.
INVALID_ENROLLMENT = "The enrollment code is unknown, used up or expired."
_TEMPLATE = "template."


# ---- enrollments.create -------------------------------------------------------------------


def _in_template(exc: ValidationError) -> ValidationError:
    """The same problems, their field names prefixed ``template.`` (the body's nesting)."""
    problems = [FieldProblem(_TEMPLATE + p.field, p.code, p.message, **p.params)
                for p in exc.problems]
    return PolicyViolation(problems) if isinstance(exc, PolicyViolation) else \
        ValidationError(problems)


def _template_problem(field: str, code: str, message: str, **params: object) -> ValidationError:
    return ValidationError([FieldProblem(_TEMPLATE + field, code, message, **params)])


def _template_json(fields: dict[str, Any]) -> str:
    """What is stored: the cleaned fields but bound_devices, the expiry as an instant."""
    stored = {k: v for k, v in fields.items() if k != "bound_devices"}
    stored["expires_at"] = format_instant(fields["expires_at"])
    return json.dumps(stored, ensure_ascii=False, separators=(",", ":"))


_CREATE_ERRORS = {
    422: "invalid_input, with `fields` (a template's fields are named template.<field>): "
         "the template is not a valid new token, has bound_devices, or expires at or before "
         "the code does; expires_in_seconds not 60..604800 or uses not 1..1000",
}


@operation(router, "enrollments.create", status_code=201, response_model=EnrollmentCodeOut,
           description="A code that enrolls up to `uses` devices until `expires_in_seconds` "
                       "from now: each redeem (enrollments.redeem) registers the device and "
                       "creates a token from `template` bound to it. The template is checked "
                       "as tokens.create checks a new token (validation, reach, token "
                       "policy), now. A token bound to devices cannot create codes (403 "
                       "privilege_escalation). The code is shown this once.",
           responses=error_responses(*AUTH_ERRORS, 422, escalation=True, policy=True,
                                     texts=_CREATE_ERRORS))
def create_enrollment(body: EnrollmentCreateIn, db: DbDep,
                      caller: Annotated[Caller, Depends(Authorizer("enrollments.create"))]
                      ) -> Any:
    if caller.policy.bound_devices:
        # Reach rule 4: each token made from the code is bound to the device that redeems
        # it, which need not be one of the caller's.
        raise ApiError(Code.PRIVILEGE_ESCALATION,
                       "Your token is bound to devices; it cannot create enrollment codes, "
                       "whose tokens are bound to the devices that redeem them.",
                       params={"field": "bound_devices"})
    now = now_utc()
    expires_at = now + timedelta(seconds=body.expires_in_seconds)
    template = body.template.model_dump()
    if template.pop("bound_devices", None):
        raise _template_problem("bound_devices", "not_allowed",
                                "Leave bound_devices out: each token made from the code is "
                                "bound to the device that redeems it.")
    try:
        fields = check_new_token(caller, template, now)
    except ValidationError as exc:
        raise _in_template(exc) from None
    if fields["expires_at"] is not None and fields["expires_at"] <= expires_at:
        when = format_instant(expires_at) or ""
        raise _template_problem("expires_at", "expiry_before_code",
                                f"The token would expire before the code does ({when}); "
                                "make it expire later, or the code sooner.", expires_at=when)
    code = generate_enrollment_code()
    prefix = key_prefix(code)
    with db.write() as session:
        try:
            check_new_token_policy(session, fields, now)
        except ValidationError as exc:
            raise _in_template(exc) from None
        row = EnrollmentRow(organization_id=fields["organization_id"],
                            code_hash=hash_key(code), code_prefix=prefix,
                            template=_template_json(fields), expires_at=expires_at,
                            uses_left=body.uses, uses=body.uses, created_by=caller.token_id,
                            created_at=now)
        session.add(row)
        session.flush()
        enrollment_id = row.id
        changes: dict[str, Any] = {
            "code_prefix": [None, prefix], "uses": [None, body.uses],
            "expires_at": [None, format_instant(expires_at)]}
        for name, value in fields.items():
            if name != "bound_devices" and value not in (None, [], ""):
                changes[_TEMPLATE + name] = [
                    None, format_instant(value) if isinstance(value, datetime) else value]
        write_audit(session, caller, "enrollments.create", f"enrollment:{enrollment_id}",
                    changes, now,
                    target_org=fields["organization_id"] if fields["scope"] != "global"
                    else None)
    log.info("enrollment %s (%d) created by token %s: %d uses until %s", prefix,
             enrollment_id, caller.key_prefix, body.uses, format_instant(expires_at))
    return JSONResponse({"id": enrollment_id, "code": code,
                         "expires_at": format_instant(expires_at),
                         "uses_left": body.uses}, status_code=201)


# ---- enrollments.redeem -------------------------------------------------------------------


def _throttled(address: str, wait: int) -> ApiError:
    log.warning("refused enrollments.redeem from %s: %s", address, Code.TOO_MANY_ATTEMPTS)
    return ApiError(Code.TOO_MANY_ATTEMPTS,
                    "Too many failed authentications from this address; "
                    f"try again in {wait} seconds.", headers={"Retry-After": str(wait)})


def _redeeming_address(request: Request, db: DbDep) -> str:
    """The client address, refused with 429 while it is blocked (before the body is even
    checked: FastAPI solves dependencies first). Counts nothing: only a bad code does."""
    address: str | None = request.app.state.addresses.resolve(request)
    if address is None:
        # As for authenticated operations (auth.py): never the proxy's address.
        raise ApiError(Code.INVALID_TOKEN, "The client address cannot be determined.")
    with db.read() as session:
        wait = throttle.blocked_for(session, address, now_utc())
    if wait is not None:
        raise _throttled(address, wait)
    return address


def _unusable(session: Session, row: EnrollmentRow | None, device_id: str, now: datetime
              ) -> tuple[str | None, dict[str, Any] | None]:
    """(why the code cannot be redeemed, or None; the fields of the token to create, bound
    to ``device_id``, when it can). The reasons are for the server log only."""
    if row is None:
        return "unknown code", None
    if row.uses_left <= 0:
        return "used up", None
    if row.expires_at <= now:
        return "expired", None
    creator = session.get(TokenRow, row.created_by) if row.created_by is not None else None
    if creator is None:
        return "its creator token is deleted", None
    if creator.status != STATUS_ACTIVE:
        return "its creator token is suspended", None
    if creator.expires_at is not None and creator.expires_at <= now:
        return "its creator token is expired", None
    try:
        fields = validate_token_fields(json.loads(row.template), now=now, check_expiry=True)
    except (ValueError, ValidationError):
        return "its template is no longer a valid token", None
    fields["bound_devices"] = [device_id]
    if not check_change(reach_of_row(creator), result=reach_of_fields(fields),
                        sets_expiry=True).allowed:
        return "its creator token no longer reaches as far as its template", None
    return None, fields


def _device(session: Session, organization: str, body: EnrollmentRedeemIn, thumbprint: str,
            now: datetime, *, lock: bool) -> tuple[DeviceRow | None, dict[str, Any]]:
    """The known device (hostname and profile updated) or None for a new one, and the audit
    changes; 409/403 for a device that cannot enroll with this key. A refusal rolls the
    transaction back: no use is consumed. ``lock``: FOR UPDATE (PostgreSQL), as
    devices.delete takes it."""
    row = session.get(DeviceRow, (organization, body.device_id), with_for_update=lock or None)
    if row is None:
        return None, {"status": [None, DEVICE_ACTIVE], "hostname": [None, body.hostname],
                      "profile_name": [None, body.profile_name],
                      "key_thumbprint": [None, thumbprint]}
    if row.key_thumbprint is None:
        raise key_mismatch(body.device_id, "is registered without a key; delete the device "
                           "to enroll it with a code.")
    if row.key_thumbprint != thumbprint:
        raise key_mismatch(body.device_id, "is registered with another key; delete the "
                           "device to enroll it anew.")
    if row.status == DEVICE_DISABLED:
        raise ApiError(Code.DEVICE_DISABLED,
                       f"Device {body.device_id} is disabled on the server; an administrator "
                       "can enable it.", params={"device_id": body.device_id})
    changes = {k: [getattr(row, k), v] for k, v in
               (("hostname", body.hostname), ("profile_name", body.profile_name))
               if getattr(row, k) != v}
    row.hostname, row.profile_name, row.last_seen_at = body.hostname, body.profile_name, now
    return row, changes


def _redeem(db: Database, body: EnrollmentRedeemIn, public_key: str, thumbprint: str,
            address: str) -> JSONResponse:
    now = now_utc()
    with db.write() as session:
        row = None
        if enrollment_code_problem(body.code) is None:
            stmt = select(EnrollmentRow).where(EnrollmentRow.code_hash == hash_key(body.code))
            row = session.scalars(stmt.with_for_update() if db.is_postgres else stmt).first()
        reason, fields = _unusable(session, row, body.device_id, now)
        if row is not None and fields is not None:
            return _enroll(session, row, fields, body, public_key, thumbprint, address, now,
                           lock=db.is_postgres)
        # Committed with the transaction; the 401 (or 429) is raised after it.
        wait = throttle.record_failure(session, address, now)
        known = f"enrollment {row.code_prefix} ({row.id}): " if row is not None else ""
    if wait is not None:
        raise _throttled(address, wait)
    log.warning("refused enrollments.redeem from %s: %s (%s%s)", address,
                Code.INVALID_ENROLLMENT, known, reason)
    raise ApiError(Code.INVALID_ENROLLMENT, INVALID_ENROLLMENT)


def _enroll(session: Session, row: EnrollmentRow, fields: dict[str, Any],
            body: EnrollmentRedeemIn, public_key: str, thumbprint: str, address: str,
            now: datetime, *, lock: bool) -> JSONResponse:
    """Steps 3 and 4 of the module docstring, inside the redeem's transaction."""
    organization = fields["organization_id"]
    device, device_changes = _device(session, organization, body, thumbprint, now, lock=lock)
    key = generate_key()
    token_row = TokenRow(**fields, key_hash=hash_key(key), key_prefix=key_prefix(key),
                         created_at=now, updated_at=now, version=1,
                         created_by=row.created_by)
    session.add(token_row)
    session.flush()
    if device is None:
        device = DeviceRow(organization_id=organization, device_id=body.device_id,
                           hostname=body.hostname, profile_name=body.profile_name,
                           status=DEVICE_ACTIVE, registered_at=now, last_seen_at=now,
                           public_key=public_key, key_thumbprint=thumbprint,
                           registered_by=token_row.id)
        session.add(device)
    before = row.uses_left
    # The row lock (PostgreSQL) or BEGIN IMMEDIATE (SQLite) makes this transaction the only
    # writer of the code; the condition is the belt to those braces.
    done = session.execute(update(EnrollmentRow)
                           .where(EnrollmentRow.id == row.id, EnrollmentRow.uses_left > 0)
                           .values(uses_left=EnrollmentRow.uses_left - 1))
    if affected_rows(done) != 1:
        raise ApiError(Code.INVALID_ENROLLMENT, INVALID_ENROLLMENT)
    session.flush()
    token = token_row.to_domain()
    # The device registration is the new token's act, as devices.register records it.
    actor = Caller(token.id, token.organization_id, token.key_prefix, Policy.of(token),
                   address, token.scope)
    write_audit(session, actor, "devices.register", f"device:{body.device_id}",
                device_changes, now, target_org=organization)
    changes: dict[str, Any] = {
        "enrollment_id": [None, row.id], "code_prefix": [None, row.code_prefix],
        "device_id": [None, body.device_id], "uses_left": [before, before - 1]}
    changes.update({k: [None, v] for k, v in editable(token).items()
                    if v not in (None, [], "")})
    write_audit(session, None, "enrollments.redeem", f"token:{token.id}", changes, now,
                target_org=target_org(token), address=address)
    answer = {"key": key, "token": token.to_json(), "device": device.to_domain().to_json()}
    log.info("enrollment %s redeemed from %s: token %s (%d) bound to device %s of %s",
             row.code_prefix, address, token.key_prefix, token.id, body.device_id,
             organization)
    return JSONResponse(answer, status_code=201)


_REDEEM_ERRORS = {
    401: "invalid_enrollment: the code is unknown, used up or expired (one answer for all; it "
         "counts towards the address's failed-authentication limit); invalid_token only when "
         "the client address cannot be determined (a trusted proxy's X-Forwarded-For holds "
         "an entry that is not an address)",
    403: "device_disabled: the device is registered and disabled (no use of the code is "
         "consumed)",
    409: "device_key_mismatch: the device is registered with another key, or without one "
         "(no use of the code is consumed)",
    422: "invalid_input, with `fields`: a malformed body (public_key is required)",
    429: "too_many_attempts: too many failed authentications from this address (bad codes "
         "included); see Retry-After. Answered before the code is looked at",
}


@router.post(f"{API_PREFIX}/enrollments/redeem", operation_id="enrollments.redeem",
             status_code=201, response_model=EnrolledOut,
             summary="Enroll this PC with an enrollment code (no authentication)",
             description="Registers the device with its public key in the template's "
                         "organization and creates a token from the code's template, bound "
                         "to the device; counts one use of the code. The key is shown this "
                         "once. The token works only with requests signed by the device's "
                         "key (DPoP).",
             responses=error_responses(401, 403, 409, 422, 429, 503, texts=_REDEEM_ERRORS))
def redeem_enrollment(body: EnrollmentRedeemIn, db: DbDep,
                      address: Annotated[str, Depends(_redeeming_address)]) -> Any:
    key = public_key_of(body.public_key)
    assert key is not None  # required by the schema
    public_key, thumbprint = key
    for attempt in range(2):  # a concurrent first registration of the device may win
        try:
            return _redeem(db, body, public_key, thumbprint, address)
        except sa_exc.IntegrityError:
            if attempt:
                raise
    raise AssertionError("unreachable")
