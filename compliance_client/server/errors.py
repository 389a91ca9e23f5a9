"""The contract's error answers, and the handlers that turn every failure into one.

Whatever goes wrong, the client gets ``{"error", "detail", "fields"?}`` JSON: our own
refusals (ApiError), FastAPI's 404/405/422, the domain's ValidationError, a database that is
down or locked (503), and anything unexpected (500, logged here without request data).
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy import exc as sa_exc
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..domain.errors import STATUS_OF_CODE, Code, ValidationError
from .schemas import Error

log = logging.getLogger(__name__)


class ApiError(Exception):
    """A refusal with a contract code; the status follows from the code."""

    def __init__(self, code: str, detail: str, *, fields: dict[str, str] | None = None,
                 headers: dict[str, str] | None = None, status: int | None = None,
                 params: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.code = code
        self.detail = detail
        self.fields = fields
        self.params = params or None
        self.headers = headers or {}
        self.status = status or STATUS_OF_CODE.get(code, 400)


def error_response(status: int, code: str, detail: str, *,
                   fields: dict[str, str] | None = None,
                   headers: dict[str, str] | None = None,
                   params: dict[str, str] | None = None) -> JSONResponse:
    body: dict[str, Any] = {"error": code, "detail": detail}
    if fields is not None:
        body["fields"] = fields
    if params:
        body["params"] = params
    return JSONResponse(body, status_code=status, headers=headers)


def not_found(what: str) -> ApiError:
    return ApiError(Code.NOT_FOUND, f"{what} does not exist.")


# ---- OpenAPI: which errors a route can answer ---------------------------------------------

_ERROR_TEXT = {
    401: "invalid_token (missing, unknown or deleted key, or a replaced key past its grace "
         "period), token_suspended (the token is suspended), token_expired, "
         "invalid_device_proof (a DPoP header that fails a check) or device_proof_required "
         "(the token is bound to devices and the request carries no proof)",
    403: "ip_blocked, ip_not_allowed, device_disabled (the proof names a disabled device), "
         "device_not_bound (the proof names none of the token's devices), endpoint_blocked "
         "or endpoint_not_allowed",
    404: "not_found (also another organization's token or device, for an "
         "organization-scoped caller)",
    409: "last_admin: the change would leave no administrator token",
    413: "payload_too_large: the request body is over 1 MiB",
    412: "version_mismatch: If-Match names an older version",
    422: "invalid_input, with `fields`",
    428: "if_match_required: send If-Match with the token's version",
    429: "too_many_attempts: too many failed authentications from this address; "
         "see Retry-After",
    503: "service_unavailable: the database cannot be reached",
}


_POLICY_TEXT = ("; policy_violation, with `fields`: the token policy forbids the expiry or "
                "the empty allowed IPs (see policy.read)")


def error_responses(*statuses: int, escalation: bool = False, conflict: str | None = None,
                    policy: bool = False, texts: dict[int, str] | None = None
                    ) -> dict[int | str, Any]:
    """The ``responses=`` entry documenting these error statuses with the Error schema;
    ``conflict`` replaces the 409 text for routes whose conflicts are not last_admin,
    ``texts`` any status's text; ``policy``: the route enforces the token policy (422)."""
    out: dict[int | str, Any] = {}
    for status in statuses:
        text = conflict if status == 409 and conflict is not None else _ERROR_TEXT[status]
        text = (texts or {}).get(status, text)
        if status == 422 and policy:
            text += _POLICY_TEXT
        if status == 403 and escalation:
            text += ("; privilege_escalation: the token would reach further than yours, "
                     "outside your organization, expire later than yours, or be bound to "
                     "devices yours is not bound to")
        entry: dict[str, Any] = {"model": Error, "description": text}
        if status == 429:
            entry["headers"] = {"Retry-After": {
                "description": "Seconds until this address may try again",
                "schema": {"type": "integer"}}}
        out[status] = entry
    return out


AUTH_ERRORS = (401, 403, 429, 503)


# ---- handlers -----------------------------------------------------------------------------


def _audit_escalation(request: Request, caller: Any, operation: str) -> None:
    """DESIGN §11: a refused privilege escalation is audited (audit.audit_refusal, which
    keeps a repeated one from flooding the table). The target comes from the path: the token
    or device acted on, the policy, or none for a create. (A sync handler: Starlette runs it
    in the thread pool, so the write blocks no event loop.)"""
    from .audit import audit_refusal
    from .auth import now_utc

    params = request.path_params
    if "id" in params:
        target = f"token:{params['id']}"
    elif "device_id" in params:
        target = f"device:{params['device_id']}"
    elif operation.startswith("policy."):
        target = "policy"
    else:
        target = ""
    try:
        audit_refusal(request.app.state.db, request.app.state.refusals, caller, operation,
                      target, now_utc())
    except Exception as exc:  # the refusal is answered whether or not its entry is written
        log.warning("could not audit the refused %s: %s", operation, type(exc).__name__)



def _field_name(loc: tuple[Any, ...]) -> str:
    parts = [str(p) for p in loc[1:] if isinstance(p, str)] if len(loc) > 1 else []
    return ".".join(parts) or (str(loc[0]) if loc else "request")


MAX_FIELD_PROBLEMS = 20  # per 422 (ARCHITECTURE §7): a hostile body cannot make a huge answer


def _invalid_input(fields: dict[str, str], code: str = Code.INVALID_INPUT) -> JSONResponse:
    """422 ``invalid_input``, or ``policy_violation`` for well-formed fields the policy
    forbids; both carry ``fields``."""
    shown = dict(list(fields.items())[:MAX_FIELD_PROBLEMS])
    more = len(fields) - len(shown)
    summary = "; ".join(f"{k}: {v}" for k, v in shown.items())
    if more:
        summary += f"; and {more} more"
    lead = "Invalid input" if code == Code.INVALID_INPUT else "The token policy forbids this"
    return error_response(422, code, f"{lead}: {summary}", fields=shown)


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        caller = getattr(request.state, "caller", None)
        if caller is not None and exc.status in (403, 409):
            # A refusal after authentication (the authenticator logs its own).
            route = request.scope.get("route")
            operation = getattr(route, "operation_id", None) or request.url.path
            log.warning("refused %s for token %s from %s: %s", operation, caller.key_prefix,
                        caller.address, exc.code)
            if exc.code == Code.PRIVILEGE_ESCALATION:
                _audit_escalation(request, caller, operation)
        return error_response(exc.status, exc.code, exc.detail, fields=exc.fields,
                              headers=exc.headers, params=exc.params)

    @app.exception_handler(ValidationError)
    def _domain_validation(_request: Request, exc: ValidationError) -> JSONResponse:
        return _invalid_input(exc.fields, exc.code)

    @app.exception_handler(RequestValidationError)
    def _request_validation(_request: Request, exc: RequestValidationError) -> JSONResponse:
        fields: dict[str, str] = {}
        for err in exc.errors():
            # Only the message: pydantic's "input" may hold whatever the client sent.
            fields.setdefault(_field_name(tuple(err.get("loc", ()))), str(err.get("msg", "")))
        return _invalid_input(fields)

    @app.exception_handler(StarletteHTTPException)
    def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code: str
        if exc.status_code == 404:
            code, detail = Code.NOT_FOUND, "No such path."
        elif exc.status_code == 405:
            code, detail = "method_not_allowed", "This path does not take that method."
        elif exc.status_code == 400:
            # Starlette's "There was an error parsing the body" (a body that is not UTF-8 or
            # not JSON at all): the contract's answer for bad input is 422 invalid_input,
            # which every operation taking a body documents (Schemathesis found the 400).
            return error_response(422, Code.INVALID_INPUT,
                                  "Invalid input: the request body is not valid JSON.",
                                  fields={"body": "not valid JSON (UTF-8)"})
        else:
            code, detail = "http_error", str(exc.detail)
        return error_response(exc.status_code, code, detail,
                              headers=dict(exc.headers) if exc.headers else None)

    def _unavailable(_request: Request, exc: Exception) -> JSONResponse:
        log.warning("database unavailable: %s", type(exc).__name__)
        return error_response(503, Code.SERVICE_UNAVAILABLE,
                              "The token database cannot be reached; try again shortly.",
                              headers={"Retry-After": "5"})

    def _out_of_range(_request: Request, exc: Exception) -> JSONResponse:
        # A number the database cannot hold (an id or offset beyond 64 bits on SQLite,
        # beyond int4/int8 on PostgreSQL) is bad input, not a server fault. The routes
        # should bound such parameters themselves; this is the backstop Schemathesis needs.
        log.info("value out of range for the database: %s", type(exc).__name__)
        return error_response(422, Code.INVALID_INPUT,
                              "Invalid input: a number in the request is out of range.",
                              fields={"request": "a number is out of range"})

    app.add_exception_handler(sa_exc.DataError, _out_of_range)
    app.add_exception_handler(OverflowError, _out_of_range)

    for exc_type in (sa_exc.OperationalError, sa_exc.InterfaceError, sa_exc.TimeoutError,
                     ConnectionError):
        app.add_exception_handler(exc_type, _unavailable)
