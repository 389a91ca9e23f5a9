"""``TokenServerClient``: every operation of the REST contract (ARCHITECTURE §6), typed.

Results are the domain's objects (Token, IssuedToken, TokenAccess, TokenPage, Device,
AuditPage), never raw dicts, so the UI and the CLI cannot drift from the contract's shape.
Every failure is a :class:`~compliance_client.service.errors.ServiceError`.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import quote

from urllib3.util.retry import Retry

from ..domain.catalogue import Endpoint
from ..domain.filters import AuditFilter, TokenFilter
from ..domain.keys import whole_key_prefix
from ..domain.lifecycle import TokenPolicy
from ..domain.records import (
    AuditEntry,
    AuditPage,
    Device,
    Enrollment,
    EnrollmentCode,
    TokenUsage,
)
from ..domain.tokens import (
    EDITABLE_FIELDS,
    IssuedToken,
    Token,
    TokenAccess,
    TokenPage,
    format_instant,
    parse_instant,
)
from .errors import BadResponse, SearchHoldsKey
from .transport import DEFAULT_TIMEOUT, Reply, Timeout, Transport

if TYPE_CHECKING:
    from ..domain.dpop import DeviceKey

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class VersionedToken:
    """A token with the ETag to send back as If-Match when changing it."""

    token: Token
    etag: str


@dataclass(frozen=True, slots=True)
class ServerHealth:
    """What ``GET /health`` answered; ``details`` keeps any further fields as given."""

    status: str
    version: str | None
    details: Mapping[str, Any]

    @property
    def ok(self) -> bool:
        return self.status.lower() in ("ok", "healthy", "pass")


IfMatch = str | int | Token | VersionedToken


def _if_match(value: IfMatch) -> str:
    """The If-Match header for a raw ETag, a version number, a Token or a VersionedToken."""
    if isinstance(value, VersionedToken):
        return value.etag
    if isinstance(value, Token):
        return f'"{value.version}"'
    if isinstance(value, bool):
        raise TypeError("if_match must be an ETag, a version, a Token or a VersionedToken")
    if isinstance(value, int):
        return f'"{value}"'
    if isinstance(value, str) and value:
        return value if value.startswith(('"', 'W/"')) else f'"{value}"'
    raise TypeError("if_match must be an ETag, a version, a Token or a VersionedToken")


def _field_value(name: str, value: Any) -> Any:
    """One editable field as JSON: lists as lists, instants as ISO-8601 UTC with 'Z'."""
    if name == "expires_at":
        return format_instant(parse_instant(value))
    if name.endswith(("_ips", "_endpoints", "_devices")):
        if isinstance(value, str):
            raise TypeError(f"{name} takes a list of entries, not one string")
        return [str(v) for v in value or ()]
    return value


def new_token_body(*, organization_name: str, organization_id: str,
                   allowed_endpoints: Sequence[str] = (), blocked_endpoints: Sequence[str] = (),
                   allowed_ips: Sequence[str] = (), blocked_ips: Sequence[str] = (),
                   expires_at: datetime | str | None = None, scope: str | None = None,
                   bound_devices: Sequence[str] = (), name: str = "", description: str = "",
                   owner: str = "") -> dict[str, Any]:
    """The JSON of a new token: the body of ``tokens.create`` and the ``template`` of
    ``enrollments.create``. Optional fields are sent only when set, so older servers that
    know no such field still accept the rest."""
    fields: dict[str, Any] = {
        "organization_name": organization_name, "organization_id": organization_id,
        "allowed_endpoints": allowed_endpoints, "blocked_endpoints": blocked_endpoints,
        "allowed_ips": allowed_ips, "blocked_ips": blocked_ips, "expires_at": expires_at}
    if bound_devices:
        fields["bound_devices"] = bound_devices
    for text_field, text in (("name", name), ("description", description), ("owner", owner)):
        if text:
            fields[text_field] = text
    if scope is not None:
        fields["scope"] = scope
    return {k: _field_value(k, v) for k, v in fields.items()}


class TokenServerClient:
    """A client of one token server, with one connection-reusing session.

    ``token`` is the API key (``cct_...``); it is only ever sent in the Authorization
    header and appears in no repr, message or log line. ``timeout`` is seconds for both
    connect and read, or a ``(connect, read)`` pair. ``retries`` is the number of extra
    attempts for connect errors and 502/503/504 on idempotent methods (or a urllib3
    ``Retry``). With ``device_key`` every authenticated request carries a fresh proof of it
    (ARCHITECTURE §10), and only connect errors are retried. Use it as a context manager, or
    call :meth:`close`.
    """

    def __init__(self, base_url: str, token: str | None = None, *,
                 timeout: Timeout = DEFAULT_TIMEOUT,
                 ca_bundle: str | os.PathLike[str] | None = None,
                 allow_insecure_http: bool = False, retries: int | Retry = 2,
                 device_key: DeviceKey | None = None) -> None:
        self._transport = Transport(base_url, token, timeout=timeout, ca_bundle=ca_bundle,
                                    allow_insecure_http=allow_insecure_http, retries=retries,
                                    device_key=device_key)
        self._has_token = bool(token)
        #: The device key the requests are signed with, or None.
        self.device_key = device_key if token else None

    @property
    def base_url(self) -> str:
        """The server's root URL as used (no trailing slash, no /api/v1)."""
        return self._transport.base_url

    def __repr__(self) -> str:
        signed = ", signed" if self.device_key is not None else ""
        return (f"TokenServerClient({self.base_url!r}, "
                f"token={'<set>' if self._has_token else None}{signed})")

    def close(self) -> None:
        self._transport.close()

    def __enter__(self) -> TokenServerClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- plumbing ----------------------------------------------------------------------------

    def _call(self, method: str, path: str, operation: str | None, **kw: Any) -> Reply:
        return self._transport.request(method, path, operation=operation, **kw)

    def _parse(self, reply: Reply, build: Callable[[Any], T]) -> T:
        """Build a typed result; a body of the wrong shape is a BadResponse, not a KeyError."""
        try:
            return build(reply.body)
        except (KeyError, TypeError, ValueError, AttributeError):
            raise BadResponse(
                f"The server at {self.base_url} answered in a shape this client does not "
                "know. Are the client and server versions compatible?",
                server_url=self.base_url, status=reply.status, request_id=reply.request_id,
                params={"reason": "bad_shape"}) from None

    @staticmethod
    def _items(body: Any, build: Callable[[Any], T]) -> tuple[tuple[T, ...], int]:
        items = body["items"]
        if not isinstance(items, list):
            raise TypeError("items is not a list")
        return tuple(build(i) for i in items), int(body["total"])

    @staticmethod
    def _issued(body: Any) -> IssuedToken:
        key = body["key"]
        if not isinstance(key, str) or not key:
            raise ValueError("no key")
        token = body["token"] if isinstance(body.get("token"), Mapping) else body
        return IssuedToken(Token.from_json(token), key)

    # -- service -----------------------------------------------------------------------------

    def health(self) -> ServerHealth:
        """``GET /health`` (no token sent). Raises ServiceUnavailable when its DB is down."""
        reply = self._call("GET", "/health", None, authenticated=False)
        return self._parse(reply, lambda b: ServerHealth(
            status=str(b.get("status", "")), version=b.get("version"), details=dict(b)))

    def endpoints(self) -> tuple[Endpoint, ...]:
        """The server's endpoint catalogue (``endpoints.list``)."""
        reply = self._call("GET", "/endpoints", "endpoints.list")
        body = reply.body
        if isinstance(body, Mapping) and "items" in body:
            body = body["items"]
        return self._parse(reply, lambda _b: tuple(
            Endpoint(str(e["id"]), str(e["method"]), str(e["path"]),
                     str(e.get("description") or "")) for e in body))

    def verify(self) -> TokenAccess:
        """The calling token and its effective access (``tokens.self``): tests a profile."""
        reply = self._call("GET", "/tokens/self", "tokens.self")
        return self._parse(reply, TokenAccess.from_json)

    # -- tokens ------------------------------------------------------------------------------

    def list_tokens(self, offset: int = 0, limit: int = 50, q: str | None = None,
                    sort: str | None = None, *, filters: TokenFilter | None = None) -> TokenPage:
        """One page of tokens; search (``q``), ``filters`` and sort are done by the server.

        A ``q`` (or ``filters.q``) holding a whole key is never sent: :class:`SearchHoldsKey`
        names its prefix.
        """
        query: dict[str, Any] = {"offset": offset, "limit": limit}
        chosen = filters or TokenFilter()
        if q:
            chosen = chosen.with_query(q)
        if chosen.q:
            prefix = whole_key_prefix(chosen.q)
            if prefix is not None:
                raise SearchHoldsKey(prefix, self.base_url)
        query.update(chosen.to_query())
        if sort:
            query["sort"] = sort
        reply = self._call("GET", "/tokens", "tokens.list", query=query)
        return self._parse(reply, lambda b: TokenPage(*self._items(b, Token.from_json)))

    def iter_tokens(self, q: str | None = None, sort: str | None = None,
                    page_size: int = 100, *, filters: TokenFilter | None = None
                    ) -> Iterator[Token]:
        """Every matching token, fetching page after page as the caller goes."""
        offset = 0
        while True:
            page = self.list_tokens(offset, page_size, q, sort, filters=filters)
            yield from page.items
            offset += len(page.items)
            if not page.items or offset >= page.total:
                return

    def token_usage(self, token_id: int, days: int = 30) -> TokenUsage:
        """How the token was used over the last ``days`` (1-90) days (``tokens.usage``)."""
        reply = self._call("GET", f"/tokens/{int(token_id)}/usage", "tokens.usage",
                           what=f"API token {token_id}", query={"days": int(days)})
        return self._parse(reply, TokenUsage.from_json)

    def get_token(self, token_id: int) -> VersionedToken:
        """One token with its ETag (``tokens.read``)."""
        reply = self._call("GET", f"/tokens/{int(token_id)}", "tokens.read",
                           what=f"API token {token_id}")
        token = self._parse(reply, Token.from_json)
        return VersionedToken(token, reply.etag or f'"{token.version}"')

    def create_token(self, *, organization_name: str, organization_id: str,
                     allowed_endpoints: Sequence[str] = (), blocked_endpoints: Sequence[str] = (),
                     allowed_ips: Sequence[str] = (), blocked_ips: Sequence[str] = (),
                     expires_at: datetime | str | None = None,
                     scope: str | None = None,
                     bound_devices: Sequence[str] = (), name: str = "",
                     description: str = "", owner: str = "") -> IssuedToken:
        """A new token and its key, which the server shows this once (``tokens.create``).

        ``scope`` ("global" or "organization", ARCHITECTURE §7) is sent only when given; the
        server makes a token "organization" unless asked otherwise.
        """
        body = new_token_body(
            organization_name=organization_name, organization_id=organization_id,
            allowed_endpoints=allowed_endpoints, blocked_endpoints=blocked_endpoints,
            allowed_ips=allowed_ips, blocked_ips=blocked_ips, expires_at=expires_at,
            scope=scope, bound_devices=bound_devices, name=name, description=description,
            owner=owner)
        reply = self._call("POST", "/tokens", "tokens.create", json=body)
        return self._parse(reply, self._issued)

    def update_token(self, token_id: int, *, if_match: IfMatch, **changes: Any) -> Token:
        """Change some fields (``tokens.update``), only if the token is still at ``if_match``.

        A stale ``if_match`` raises VersionMismatch. Unknown field names raise TypeError.
        """
        unknown = sorted(set(changes) - set(EDITABLE_FIELDS))
        if unknown:
            raise TypeError(f"not editable token fields: {', '.join(unknown)}")
        body = {k: _field_value(k, v) for k, v in changes.items()}
        reply = self._call("PATCH", f"/tokens/{int(token_id)}", "tokens.update",
                           what=f"API token {token_id}", json=body,
                           headers={"If-Match": _if_match(if_match)})
        return self._parse(reply, Token.from_json)

    def regenerate_token(self, token_id: int, grace_seconds: int = 0) -> IssuedToken:
        """A new key for the token (``tokens.regenerate``). The old key stops working at
        once, or keeps working ``grace_seconds`` more (up to 7 days): the token's
        ``previous_key_expires_at`` says until when."""
        body = {"grace_seconds": int(grace_seconds)} if grace_seconds else None
        reply = self._call("POST", f"/tokens/{int(token_id)}/regenerate", "tokens.regenerate",
                           what=f"API token {token_id}", json=body)
        return self._parse(reply, self._issued)

    def rotate_self(self, grace_seconds: int = 0) -> IssuedToken:
        """A new key for the calling token itself (``tokens.rotate_self``); the key this
        client holds keeps working ``grace_seconds`` more. Store the new key before using
        it: this client goes on sending the old one."""
        reply = self._call("POST", "/tokens/self/rotate", "tokens.rotate_self",
                           json={"grace_seconds": int(grace_seconds)})
        return self._parse(reply, self._issued)

    def suspend_token(self, token_id: int) -> Token:
        """Switch the token off without deleting it (``tokens.suspend``; idempotent): its key
        then fails with TokenSuspended until it is resumed."""
        reply = self._call("POST", f"/tokens/{int(token_id)}/suspend", "tokens.suspend",
                           what=f"API token {token_id}")
        return self._parse(reply, Token.from_json)

    def resume_token(self, token_id: int) -> Token:
        """Switch a suspended token on again (``tokens.resume``; idempotent)."""
        reply = self._call("POST", f"/tokens/{int(token_id)}/resume", "tokens.resume",
                           what=f"API token {token_id}")
        return self._parse(reply, Token.from_json)

    def revoke_leaked(self, keys: Sequence[str]) -> None:
        """Report 1-100 keys as leaked (``tokens.revoke_leaked``, sent without a token).

        The server answers 202 whatever it finds, so nothing here says whether a key
        existed; each that does is suspended as leaked."""
        self._call("POST", "/tokens/revoke", None, authenticated=False,
                   json={"keys": [str(k) for k in keys]})

    # -- enrollment (DESIGN §13) -------------------------------------------------------------

    def create_enrollment(self, template: Mapping[str, Any], *, expires_in_seconds: int,
                          uses: int = 1) -> EnrollmentCode:
        """A new enrollment code (``enrollments.create``), shown this once. ``template`` is
        the JSON of a new token (:func:`new_token_body`); each redeemed use creates a token
        from it, bound to the redeeming device. ``expires_in_seconds`` 60..604,800, ``uses``
        1..1,000."""
        reply = self._call("POST", "/enrollments", "enrollments.create",
                           json={"template": dict(template),
                                 "expires_in_seconds": int(expires_in_seconds),
                                 "uses": int(uses)})
        return self._parse(reply, EnrollmentCode.from_json)

    def redeem_enrollment(self, code: str, *, device_id: str, hostname: str,
                          profile_name: str, public_key: Mapping[str, str]) -> Enrollment:
        """Trade an enrollment code for a token bound to this PC (``enrollments.redeem``,
        sent without a token): the server registers the device with ``public_key`` and
        answers the new token's key, shown this once. An unknown, used-up or expired code is
        :class:`~.errors.InvalidEnrollment`."""
        reply = self._call("POST", "/enrollments/redeem", None, authenticated=False,
                           json={"code": code, "device_id": device_id, "hostname": hostname,
                                 "profile_name": profile_name,
                                 "public_key": dict(public_key)})
        return self._parse(reply, Enrollment.from_json)

    def get_policy(self) -> TokenPolicy:
        """The token policy (``policy.read``)."""
        reply = self._call("GET", "/policy", "policy.read")
        return self._parse(reply, TokenPolicy.from_json)

    def set_policy(self, policy: TokenPolicy) -> TokenPolicy:
        """Replace the token policy (``policy.update``; global callers only)."""
        reply = self._call("PUT", "/policy", "policy.update", json=policy.to_json())
        return self._parse(reply, TokenPolicy.from_json)

    def delete_token(self, token_id: int) -> None:
        """Delete the token (``tokens.delete``); its key stops working at once."""
        self._call("DELETE", f"/tokens/{int(token_id)}", "tokens.delete",
                   what=f"API token {token_id}")

    # -- devices -----------------------------------------------------------------------------

    @staticmethod
    def _device_path(device_id: str, suffix: str = "") -> str:
        return f"/devices/{quote(str(device_id), safe='')}{suffix}"

    @staticmethod
    def _organization(organization_id: str | None) -> dict[str, Any] | None:
        return {"organization_id": organization_id} if organization_id else None

    def register_device(self, device_id: str, hostname: str, profile_name: str,
                        public_key: Mapping[str, str] | None = None) -> Device:
        """Register this PC's device ID with the token's organization (``devices.register``),
        with the public JWK of its device key when there is one (201 new, 200 known; a known
        device with another key is DeviceKeyMismatch)."""
        body: dict[str, Any] = {"device_id": device_id, "hostname": hostname,
                                "profile_name": profile_name}
        if public_key is not None:
            body["public_key"] = dict(public_key)
        reply = self._call("POST", "/devices", "devices.register", json=body)
        return self._parse(reply, Device.from_json)

    def list_devices(self, page_size: int = 200) -> tuple[Device, ...]:
        """Every device of the token's organization (``devices.list``), all pages."""
        devices: list[Device] = []
        while True:
            reply = self._call("GET", "/devices", "devices.list",
                               query={"offset": len(devices), "limit": page_size})
            items, total = self._parse(reply, lambda b: self._items(b, Device.from_json))
            devices.extend(items)
            if not items or len(devices) >= total:
                return tuple(devices)

    def get_device(self, device_id: str, organization_id: str | None = None) -> Device:
        """One device of the token's organization; a global token names another
        organization's with ``organization_id``."""
        reply = self._call("GET", self._device_path(device_id), "devices.read",
                           what=f"Device {device_id}",
                           query=self._organization(organization_id))
        return self._parse(reply, Device.from_json)

    def disable_device(self, device_id: str, organization_id: str | None = None) -> Device:
        """Disable the device ID (``devices.disable``); disabling twice is fine."""
        reply = self._call("POST", self._device_path(device_id, "/disable"), "devices.disable",
                           what=f"Device {device_id}",
                           query=self._organization(organization_id))
        return self._parse(reply, Device.from_json)

    def enable_device(self, device_id: str, organization_id: str | None = None) -> Device:
        reply = self._call("POST", self._device_path(device_id, "/enable"), "devices.enable",
                           what=f"Device {device_id}",
                           query=self._organization(organization_id))
        return self._parse(reply, Device.from_json)

    def delete_device(self, device_id: str, organization_id: str | None = None) -> None:
        """Forget the device and its key (``devices.delete``) so that it can register anew;
        DeviceInUse while a token is bound to it."""
        self._call("DELETE", self._device_path(device_id), "devices.delete",
                   what=f"Device {device_id}", query=self._organization(organization_id))

    # -- audit -------------------------------------------------------------------------------

    def audit(self, offset: int = 0, limit: int = 50, *,
              filters: AuditFilter | None = None) -> AuditPage:
        """One page of the audit log (``audit.read``), newest first as the server orders it,
        optionally only a token's entries, an action's, or a time range's."""
        query: dict[str, Any] = {"offset": offset, "limit": limit}
        if filters is not None:
            query.update(filters.to_query())
        reply = self._call("GET", "/audit", "audit.read", query=query)
        return self._parse(reply, lambda b: AuditPage(*self._items(b, AuditEntry.from_json)))

    def iter_audit(self, filters: AuditFilter | None = None,
                   page_size: int = 200) -> Iterator[AuditEntry]:
        """Every matching audit entry, newest first, page after page."""
        offset = 0
        while True:
            page = self.audit(offset, page_size, filters=filters)
            yield from page.items
            offset += len(page.items)
            if not page.items or offset >= page.total:
                return
