"""devices.*: a device belongs to the organization of the token that registered it.

A device is (organization_id, device_id). A path names the device of the caller's own
organization; a global caller names another organization's with ``?organization_id=`` and
lists every organization's devices (ARCHITECTURE §7). For an organization-scoped caller another
organization's device is answered 404, exactly as a device that does not exist, so a token
learns nothing about other organizations' devices.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query
from fastapi.responses import JSONResponse, Response
from sqlalchemy import delete, exists, func, select
from sqlalchemy import exc as sa_exc
from sqlalchemy.orm import Session

from ..domain.dpop import jwk_thumbprint, public_jwk, public_key_bytes
from ..domain.errors import Code
from ..domain.policy import Reach, is_administrator
from ..domain.records import DEVICE_ACTIVE, DEVICE_DISABLED
from .audit import write_audit
from .auth import Authorizer, Caller, now_utc
from .db import Database
from .errors import AUTH_ERRORS, ApiError, error_responses, not_found
from .models import DeviceRow, TokenRow, bound_to
from .routing import Offset, get_db, operation
from .schemas import DeviceOut, DevicePageOut, DeviceRegisterIn

router = APIRouter(tags=["devices"])
DbDep = Annotated[Database, Depends(get_db)]
DeviceId = Annotated[str, Path(max_length=128, pattern=r"^[A-Za-z0-9][A-Za-z0-9._:-]*$")]


# Empty rather than nullable: the same meaning, a simpler schema for clients and fuzzers.
OrganizationParam = Annotated[str, Query(
    max_length=64, pattern=r"^([A-Za-z0-9][A-Za-z0-9._-]*)?$",
    description="A global caller's choice of organization (empty: its own)")]


def _load(session: Session, caller: Caller, device_id: str,
          organization_id: str | None = None, *, lock: bool = False) -> DeviceRow:
    """The device, if in the caller's view (else 404). ``lock``: FOR UPDATE on PostgreSQL, so
    a token being bound to it meanwhile (which reads it FOR SHARE) waits or is waited for."""
    organization = organization_id or caller.organization_id
    row = (session.get(DeviceRow, (organization, device_id), with_for_update=lock or None)
           if caller.sees_organization(organization) else None)
    if row is None:
        raise not_found(f"Device {device_id}")
    return row


@operation(router, "devices.register", response_model=DeviceOut, status_code=201,
           responses={200: {"model": DeviceOut,
                            "description": "Already registered: hostname and profile updated; "
                                           "a disabled device stays disabled"},
                      **error_responses(*AUTH_ERRORS, 409, 422, conflict=(
                          "device_key_mismatch: the device is registered with another key, "
                          "or without one and you are neither the token that registered it "
                          "nor an administrator token"))})
def register_device(body: DeviceRegisterIn, db: DbDep,
                    caller: Annotated[Caller, Depends(Authorizer("devices.register"))]) -> Any:
    key = public_key_of(body.public_key)
    for attempt in range(2):  # a concurrent first registration may win the insert
        try:
            return _register(db, caller, body, key)
        except sa_exc.IntegrityError:
            if attempt:
                raise
    raise AssertionError("unreachable")


def public_key_of(jwk: dict[str, Any] | None) -> tuple[str, str] | None:
    """(JSON text, thumbprint) of the sent key, kept to its public members; 422 for a bad
    one. Only kty, crv and x are stored: whatever else a client adds is not ours to keep."""
    if jwk is None:
        return None
    try:
        clean = public_jwk(public_key_bytes(jwk))
    except ValueError as exc:
        raise ApiError(Code.INVALID_INPUT, f"Invalid input: public_key: {exc}.",
                       fields={"public_key": f"{exc}"}) from None
    return json.dumps(clean, sort_keys=True, separators=(",", ":")), jwk_thumbprint(clean)


def key_mismatch(device_id: str, why: str) -> ApiError:
    return ApiError(Code.DEVICE_KEY_MISMATCH, f"Device {device_id} {why}",
                    params={"device_id": device_id})


def _may_give_key(caller: Caller, row: DeviceRow, now: datetime) -> bool:
    """A keyless device gets its key only from the token that registered it or from an
    administrator token (DESIGN §9): anyone else could otherwise claim another's PC."""
    return row.registered_by == caller.token_id or is_administrator(
        Reach(caller.scope, caller.organization_id, caller.policy), now)


def _register(db: Database, caller: Caller, body: DeviceRegisterIn,
              key: tuple[str, str] | None) -> JSONResponse:
    now = now_utc()
    public_key, thumbprint = key if key is not None else (None, None)
    with db.write() as session:
        row = session.get(DeviceRow, (caller.organization_id, body.device_id))
        if row is None:
            row = DeviceRow(organization_id=caller.organization_id, device_id=body.device_id,
                            hostname=body.hostname, profile_name=body.profile_name,
                            status=DEVICE_ACTIVE, registered_at=now, last_seen_at=now,
                            public_key=public_key, key_thumbprint=thumbprint,
                            registered_by=caller.token_id)
            session.add(row)
            changes: dict[str, Any] = {"status": [None, DEVICE_ACTIVE],
                                       "hostname": [None, body.hostname],
                                       "profile_name": [None, body.profile_name]}
            if thumbprint is not None:
                changes["key_thumbprint"] = [None, thumbprint]
            status = 201
        else:
            if thumbprint is not None and row.key_thumbprint != thumbprint:
                if row.key_thumbprint is not None:
                    raise key_mismatch(body.device_id, "is registered with another key; "
                                        "delete the device to register it anew.")
                if not _may_give_key(caller, row, now):
                    raise key_mismatch(body.device_id, "is registered without a key; only "
                                        "the token that registered it or an administrator "
                                        "token can give it one.")
            changes = {k: [getattr(row, k), v] for k, v in
                       (("hostname", body.hostname), ("profile_name", body.profile_name),
                        ("key_thumbprint", thumbprint or row.key_thumbprint))
                       if getattr(row, k) != v}
            row.hostname, row.profile_name, row.last_seen_at = (
                body.hostname, body.profile_name, now)
            if public_key is not None:
                row.public_key, row.key_thumbprint = public_key, thumbprint
            status = 200
        session.flush()
        write_audit(session, caller, "devices.register", f"device:{body.device_id}",
                    changes, now, target_org=caller.organization_id)
        return JSONResponse(row.to_domain().to_json(), status_code=status)


@operation(router, "devices.list", response_model=DevicePageOut,
           responses=error_responses(*AUTH_ERRORS, 422))
def list_devices(db: DbDep, caller: Annotated[Caller, Depends(Authorizer("devices.list"))],
                 offset: Offset = 0,
                 limit: Annotated[int, Query(ge=1, le=500)] = 50) -> Any:
    mine = [] if caller.is_global else [DeviceRow.organization_id == caller.organization_id]
    with db.read() as session:
        total = session.scalar(select(func.count()).select_from(DeviceRow).where(*mine)) or 0
        rows = session.scalars(select(DeviceRow).where(*mine)
                               .order_by(DeviceRow.registered_at, DeviceRow.device_id)
                               .offset(offset).limit(limit)).all()
        items = [r.to_domain().to_json() for r in rows]
    return JSONResponse({"items": items, "total": total})


@operation(router, "devices.read", response_model=DeviceOut,
           responses=error_responses(*AUTH_ERRORS, 404, 422))
def read_device(device_id: DeviceId, db: DbDep,
                caller: Annotated[Caller, Depends(Authorizer("devices.read"))],
                organization_id: OrganizationParam = "") -> Any:
    with db.read() as session:
        return JSONResponse(_load(session, caller, device_id, organization_id)
                            .to_domain().to_json())


def _set_status(db: Database, caller: Caller, device_id: str, organization_id: str | None,
                status: str, action: str) -> JSONResponse:
    now = now_utc()
    with db.write() as session:
        row = _load(session, caller, device_id, organization_id)
        changes: dict[str, Any] = {}
        if row.status != status:  # idempotent: the same request twice changes nothing more
            changes["status"] = [row.status, status]
            row.status = status
            row.disabled_at = now if status == DEVICE_DISABLED else None
        session.flush()
        write_audit(session, caller, action, f"device:{device_id}", changes, now,
                    target_org=row.organization_id)
        return JSONResponse(row.to_domain().to_json())


@operation(router, "devices.disable", response_model=DeviceOut,
           responses=error_responses(*AUTH_ERRORS, 404, 422))
def disable_device(device_id: DeviceId, db: DbDep,
                   caller: Annotated[Caller, Depends(Authorizer("devices.disable"))],
                   organization_id: OrganizationParam = "") -> Any:
    return _set_status(db, caller, device_id, organization_id, DEVICE_DISABLED,
                       "devices.disable")


@operation(router, "devices.enable", response_model=DeviceOut,
           responses=error_responses(*AUTH_ERRORS, 404, 422))
def enable_device(device_id: DeviceId, db: DbDep,
                  caller: Annotated[Caller, Depends(Authorizer("devices.enable"))],
                  organization_id: OrganizationParam = "") -> Any:
    return _set_status(db, caller, device_id, organization_id, DEVICE_ACTIVE,
                       "devices.enable")


@operation(router, "devices.delete", status_code=204, response_class=Response,
           responses=error_responses(*AUTH_ERRORS, 404, 409, 422, conflict=(
               "device_in_use: a token is bound to the device; unbind it first")))
def delete_device(device_id: DeviceId, db: DbDep,
                  caller: Annotated[Caller, Depends(Authorizer("devices.delete"))],
                  organization_id: OrganizationParam = "") -> Response:
    """Forget the device and its key, so that the PC can register anew (with a new key)."""
    now = now_utc()
    with db.write() as session:
        row = _load(session, caller, device_id, organization_id, lock=True)
        in_use = session.scalar(select(exists().where(
            TokenRow.organization_id == row.organization_id,
            bound_to(device_id, postgres=db.is_postgres))))
        if in_use:
            raise ApiError(Code.DEVICE_IN_USE,
                           f"Device {device_id} cannot be deleted: a token is bound to it. "
                           "Unbind it from every token first.",
                           params={"device_id": device_id})
        gone = {"status": [row.status, None], "hostname": [row.hostname, None],
                "key_thumbprint": [row.key_thumbprint, None]}
        organization = row.organization_id
        session.execute(delete(DeviceRow).where(DeviceRow.organization_id == organization,
                                                DeviceRow.device_id == device_id))
        write_audit(session, caller, "devices.delete", f"device:{device_id}", gone, now,
                    target_org=organization)
    return Response(status_code=204)
