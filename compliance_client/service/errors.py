"""Errors of the service layer, all under the one root ``domain.errors.ComplianceError``.

Two families share :class:`ServiceError`:

* :class:`ApiError` and its subclasses: the server answered with a contract error
  ``{error, detail, fields?}``; one subclass per contract code (hvac's ``from_status``,
  python-gitlab's ``GitlabAuthenticationError``), chosen by :func:`error_from_response`.
* :class:`TransportError` and its subclasses: no usable answer (refused, timed out, TLS,
  not the contract's shape, an insecure URL).

Every error carries ``status``, ``code`` (stable: the UI translates by it), ``detail`` (the
server's English text), ``request_id``, ``server_url``, ``params`` (values for a translated
message, e.g. ``address``) and ``message``: one English line a person can act on. The
server's detail is only the fallback text for codes this client does not know.

Nothing here imports requests, so the UI can catch these classes without paying for it.
No text of an error ever holds a key: anything key-shaped is redacted on the way in.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..domain.errors import Code, ComplianceError
from ..domain.keys import redact
from .english import english

_USERINFO_RE = re.compile(r"(?<=://)[^/@\s]*@")


def display_url(url: str) -> str:
    """The server URL as shown in messages: no user:password part, no key."""
    return redact(_USERINFO_RE.sub("", url))


class ServiceError(ComplianceError):
    """Root of the service layer's errors; see the module docstring for the attributes."""

    code = "service_error"

    def __init__(self, message: str, *, server_url: str = "", status: int | None = None,
                 code: str | None = None, detail: str | None = None,
                 request_id: str | None = None, fields: Mapping[str, str] | None = None,
                 retry_after: float | None = None,
                 params: Mapping[str, Any] | None = None) -> None:
        super().__init__(redact(message), code=code)
        self.server_url = display_url(server_url)
        self.status = status
        self.detail = redact(detail) if detail else detail
        self.request_id = request_id
        self.fields = {str(k): redact(str(v)) for k, v in (fields or {}).items()}
        self.retry_after = retry_after
        self.params: dict[str, Any] = dict(params or {})

    def __repr__(self) -> str:
        return (f"{type(self).__name__}(code={self.code!r}, status={self.status!r}, "
                f"server_url={self.server_url!r}, request_id={self.request_id!r})")

    def __reduce__(self) -> tuple[Any, ...]:
        # Errors cross thread (and possibly process) boundaries; keep them picklable.
        return (_rebuild, (type(self), self.message, self.__dict__))


def _rebuild(cls: type[ServiceError], message: str, state: dict[str, Any]) -> ServiceError:
    err = cls.__new__(cls)
    Exception.__init__(err, message)
    err.__dict__.update(state)
    return err


# ---- the server refused: contract errors ---------------------------------------------------


class ApiError(ServiceError):
    """The server answered with a contract error. Unknown codes land here directly."""

    code = "api_error"

    def __init__(self, status: int, code: str, detail: str | None, request_id: str | None,
                 fields: Mapping[str, str] | None = None, retry_after: float | None = None,
                 *, server_url: str = "", params: Mapping[str, Any] | None = None,
                 message: str | None = None) -> None:
        params = dict(params or {})
        super().__init__(
            message or english(type(self).code, display_url(server_url), detail, params),
            server_url=server_url, status=status, code=code, detail=detail,
            request_id=request_id, fields=fields, retry_after=retry_after, params=params)


class AuthenticationFailed(ApiError):
    """401: the token itself is not accepted."""

    code = "authentication_failed"


class InvalidToken(AuthenticationFailed):
    code = Code.INVALID_TOKEN


class TokenExpired(AuthenticationFailed):
    code = Code.TOKEN_EXPIRED


class TokenSuspended(AuthenticationFailed):
    """401: an administrator switched the token off, or it was revoked as leaked."""

    code = Code.TOKEN_SUSPENDED


class AccessDenied(ApiError):
    """403: the token is valid but may not do this, from here or at all."""

    code = "access_denied"


class IpBlocked(AccessDenied):
    code = Code.IP_BLOCKED


class IpNotAllowed(AccessDenied):
    code = Code.IP_NOT_ALLOWED


class EndpointBlocked(AccessDenied):
    code = Code.ENDPOINT_BLOCKED


class EndpointNotAllowed(AccessDenied):
    code = Code.ENDPOINT_NOT_ALLOWED


class PrivilegeEscalation(AccessDenied):
    code = Code.PRIVILEGE_ESCALATION


class DeviceDisabled(AccessDenied):
    """403: this PC's device ID is disabled; every request it signs is refused."""

    code = Code.DEVICE_DISABLED


class DeviceNotBound(AccessDenied):
    """403: the token is bound to other devices than the one that signed."""

    code = Code.DEVICE_NOT_BOUND


class InvalidDeviceProof(AuthenticationFailed):
    """401: the DPoP proof this client sent failed a check (clock, key, replay)."""

    code = Code.INVALID_DEVICE_PROOF


class DeviceProofRequired(AuthenticationFailed):
    """401: the token is bound to devices and the request was not signed."""

    code = Code.DEVICE_PROOF_REQUIRED


class InvalidEnrollment(AuthenticationFailed):
    """401: the enrollment code is unknown, used up or expired (the server does not say
    which, so a code cannot be probed)."""

    code = Code.INVALID_ENROLLMENT


class DeviceKeyMismatch(ApiError):
    """409: the server knows this device ID with another key."""

    code = Code.DEVICE_KEY_MISMATCH


class DeviceInUse(ApiError):
    """409: a token is bound to the device, so it cannot be deleted."""

    code = Code.DEVICE_IN_USE


class NotFound(ApiError):
    code = Code.NOT_FOUND


class VersionMismatch(ApiError):
    code = Code.VERSION_MISMATCH


class IfMatchRequired(ApiError):
    code = Code.IF_MATCH_REQUIRED


class InvalidInput(ApiError):
    """422: ``fields`` maps each field name to what to fix."""

    code = Code.INVALID_INPUT

    def __init__(self, status: int, code: str, detail: str | None, request_id: str | None,
                 fields: Mapping[str, str] | None = None, retry_after: float | None = None,
                 **kw: Any) -> None:
        kw.setdefault("params", {})["fields"] = dict(fields or {})
        super().__init__(status, code, detail, request_id, fields, retry_after, **kw)


class PolicyViolation(InvalidInput):
    """422: the fields are well formed but the token policy forbids them (``fields``)."""

    code = Code.POLICY_VIOLATION


class LastAdmin(ApiError):
    """409: the change would leave the service without an administrator token."""

    code = Code.LAST_ADMIN


class PayloadTooLarge(ApiError):
    """413: the request body is over the server's limit."""

    code = Code.PAYLOAD_TOO_LARGE


class TooManyAttempts(ApiError):
    """429: too many failed authentications from this address; ``retry_after`` seconds."""

    code = Code.TOO_MANY_ATTEMPTS


class ServerError(ApiError):
    """500 ``internal_error``: a fault of the server, not of the request."""

    code = Code.INTERNAL


class ServiceUnavailable(ApiError):
    """503: the server runs but cannot serve now (e.g. its database is down)."""

    code = Code.SERVICE_UNAVAILABLE


_CLASS_OF_CODE: dict[str, type[ApiError]] = {
    cls.code: cls
    for cls in (InvalidToken, TokenExpired, IpBlocked, IpNotAllowed, EndpointBlocked,
                EndpointNotAllowed, PrivilegeEscalation, NotFound, VersionMismatch,
                IfMatchRequired, InvalidInput, LastAdmin, PayloadTooLarge, TooManyAttempts,
                ServerError, ServiceUnavailable, DeviceDisabled, DeviceNotBound,
                InvalidDeviceProof, DeviceProofRequired, DeviceKeyMismatch, DeviceInUse,
                TokenSuspended, PolicyViolation, InvalidEnrollment)
}
# A code this client does not know still gets the right family from its status.
_CLASS_OF_STATUS: dict[int, type[ApiError]] = {401: AuthenticationFailed, 403: AccessDenied,
                                               404: NotFound, 422: InvalidInput}


# ---- no usable answer: transport errors ----------------------------------------------------


class SearchHoldsKey(ServiceError):
    """A search (``q``) holds a whole API key, so it was not sent: it would put the secret in
    the server's logs (ARCHITECTURE §7). ``params["prefix"]`` is the key's public 12-character
    prefix, which finds the same token."""

    code = "search_holds_key"

    def __init__(self, prefix: str, server_url: str = "") -> None:
        super().__init__("The search holds a whole API key, so it was not sent to the server; "
                         "search by the key's first 12 characters instead.",
                         server_url=server_url, code=self.code, params={"prefix": prefix})


class TransportError(ServiceError):
    """The request did not get a usable answer from a compliance token server."""

    code = "transport_error"


class InvalidUrl(TransportError):
    code = "invalid_url"


class InsecureUrl(TransportError):
    """Plain http:// to a host that is not this machine, without allow_insecure_http."""

    code = "insecure_url"


class RedirectRefused(TransportError):
    """The server redirected somewhere the key must not follow (https→http, insecure host)."""

    code = "redirect_refused"


class CannotConnect(TransportError):
    code = "cannot_connect"


class TimedOut(TransportError):
    code = "timed_out"


class TlsVerificationFailed(TransportError):
    code = "tls_verification_failed"


class BadResponse(TransportError):
    """An answer that is not the contract's: not JSON, wrong shape, or cut off."""

    code = "bad_response"


class UnexpectedStatus(TransportError):
    """An HTTP status without a contract error body (e.g. a proxy's 502 page, a web site's 404)."""

    code = "unexpected_status"


# ---- mapping a response to an error --------------------------------------------------------

def _params(code: str, body: Mapping[str, Any], operation: str | None) -> dict[str, Any]:
    """The values for a translated sentence: the error body's structured ``params`` (the
    server's words are never parsed), plus the operation the client called when the server
    named none for an endpoint refusal."""
    raw = body.get("params")
    params: dict[str, Any] = ({str(k): redact(str(v)) for k, v in raw.items()
                               if isinstance(v, str | int | float)}
                              if isinstance(raw, Mapping) else {})
    if (code in (Code.ENDPOINT_BLOCKED, Code.ENDPOINT_NOT_ALLOWED) and operation
            and "endpoint" not in params):
        params["endpoint"] = operation
    return params


def error_from_response(status: int, body: Any, *, request_id: str | None,
                        retry_after: float | None, server_url: str,
                        operation: str | None = None, what: str | None = None,
                        reason: str = "", content_type: str = "") -> ServiceError:
    """The error for a non-2xx answer (hvac's ``from_status``).

    ``body`` is the decoded JSON (or None when it was not JSON). ``operation`` is the
    endpoint id that was called and ``what`` names the item ("API token 5") for messages.
    A body that is not a contract error gives :class:`UnexpectedStatus` (or
    :class:`ServiceUnavailable` for a bare 503, which a proxy or the server may send).
    """
    if not (isinstance(body, Mapping) and isinstance(body.get("error"), str)):
        if status == 503:
            return ServiceUnavailable(status, Code.SERVICE_UNAVAILABLE, None, request_id,
                                      retry_after=retry_after, server_url=server_url,
                                      params={"retry_after": retry_after})
        url = display_url(server_url)
        kind = f" ({content_type.split(';')[0]})" if content_type else ""
        return UnexpectedStatus(
            f"The server at {url} answered HTTP {status} {reason}{kind}, which is not a "
            "compliance token server's answer. Is the URL right?".replace("  ", " "),
            server_url=server_url, status=status, request_id=request_id,
            params={"status": status, "reason": reason})
    code = body["error"]
    detail = body.get("detail")
    detail = detail if isinstance(detail, str) else None
    raw_fields = body.get("fields")
    fields = ({str(k): str(v) for k, v in raw_fields.items()}
              if isinstance(raw_fields, Mapping) else None)
    params = _params(code, body, operation)
    if what:
        params["what"] = what
    if retry_after is not None:
        params["retry_after"] = int(retry_after) if float(retry_after).is_integer() \
            else retry_after
    if request_id:
        params["request_id"] = request_id
    cls = _CLASS_OF_CODE.get(code) or _CLASS_OF_STATUS.get(status) or ApiError
    if cls is not ApiError and cls.code != code:
        # A code we do not know in a known family: keep its code, use the server's words.
        return cls(status, code, detail, request_id, fields, retry_after,
                   server_url=server_url, params=params,
                   message=english(ApiError.code, display_url(server_url), detail, params))
    return cls(status, code, detail, request_id, fields, retry_after,
               server_url=server_url, params=params)


ALL_API_ERRORS: tuple[type[ApiError], ...] = tuple(_CLASS_OF_CODE.values())
