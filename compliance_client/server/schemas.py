"""Pydantic models: what /openapi.json documents for every body, response and error.

Responses are built from the domain objects' ``to_json`` (one source of the shapes); these
models describe them, and the integration tests check every answer against them.
"""

from __future__ import annotations

import itertools
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, WithJsonSchema, model_validator
from pydantic.config import JsonDict

from ..domain.catalogue import ENDPOINT_IDS
from ..domain.keys import KEY_LENGTH
from ..domain.lifecycle import MAX_GRACE_SECONDS, MAX_POLICY_DAYS, MAX_WARN_DAYS
from ..domain.tokens import (
    MAX_DESCRIPTION_LENGTH,
    MAX_OWNER_LENGTH,
    MAX_TOKEN_NAME_LENGTH,
    UNSAFE_TEXT_MESSAGE,
    unsafe_text,
)

Instant = str  # ISO-8601 UTC instant, e.g. 2030-01-31T22:59:59Z

_INSTANT: JsonDict = {"format": "date-time"}


def _safe(text: str) -> str:
    problem = unsafe_text(text)
    if problem is not None:
        raise ValueError(UNSAFE_TEXT_MESSAGE[problem].format(label="text"))
    return text


# Text that may be stored and shown: no control characters, NUL or lone surrogates (§12).
SafeText = Annotated[str, AfterValidator(_safe)]
Scope = Literal["global", "organization"]
_BOUND_DOC = ("Device IDs of the token's own organization whose proof (DPoP header) the "
              "token needs; empty: not bound (DESIGN §9)")
_SCOPE_DOC = ("global: acts on every organization; organization: only inside its own "
              "organization_id (ARCHITECTURE §7)")


class Error(BaseModel):
    """Every error answer (ARCHITECTURE §6)."""

    error: str = Field(description="Stable error code, e.g. invalid_token, version_mismatch")
    detail: str = Field(description="English explanation; clients translate by `error`")
    fields: dict[str, str] | None = Field(
        default=None, description="For invalid_input: field name -> what to fix")
    params: dict[str, str] | None = Field(
        default=None, description="Values for the client's own sentence, e.g. address, "
                                  "endpoint, entry, expires_at, field")


class HealthOut(BaseModel):
    status: Literal["ok"]


class EndpointOut(BaseModel):
    id: str = Field(json_schema_extra={"enum": list(ENDPOINT_IDS)})
    method: str
    path: str
    description: str


_NAME_DOC = f"What the token is for (0-{MAX_TOKEN_NAME_LENGTH} characters)"
_DESCRIPTION_DOC = (f"More about the token (0-{MAX_DESCRIPTION_LENGTH} characters; line "
                    "feeds and tabs allowed)")
_OWNER_DOC = f"Who to ask about the token (0-{MAX_OWNER_LENGTH} characters)"
Status = Literal["active", "suspended"]
SuspendedReason = Literal["admin", "leaked"]


class TokenOut(BaseModel):
    id: int
    organization_name: str
    organization_id: str
    key_prefix: str = Field(description="The first 12 characters of the key")
    allowed_endpoints: list[str]
    blocked_endpoints: list[str]
    allowed_ips: list[str]
    blocked_ips: list[str]
    expires_at: Instant | None = Field(json_schema_extra=_INSTANT,
                                       description="null: never expires")
    created_at: Instant = Field(json_schema_extra=_INSTANT)
    updated_at: Instant = Field(json_schema_extra=_INSTANT)
    last_used_at: Instant | None = Field(json_schema_extra=_INSTANT)
    last_used_ip: str | None
    version: int = Field(description="Also sent as ETag; send it back in If-Match")
    scope: Scope = Field(description=_SCOPE_DOC)
    bound_devices: list[str] = Field(description=_BOUND_DOC)
    name: str = Field(description=_NAME_DOC)
    description: str = Field(description=_DESCRIPTION_DOC)
    owner: str = Field(description=_OWNER_DOC)
    status: Status = Field(description="suspended: every request with it is 401 "
                                        "token_suspended until it is resumed")
    suspended_reason: SuspendedReason | None = Field(
        description="null while active; admin (tokens.suspend) or leaked "
                    "(tokens.revoke_leaked)")
    created_by: int | None = Field(
        description="The id of the token that created it; null when issued on the server's "
                    "own machine")
    previous_key_expires_at: Instant | None = Field(
        json_schema_extra=_INSTANT,
        description="Until when the key replaced by the last regenerate still works; null: "
                    "it does not")


class IssuedTokenOut(TokenOut):
    key: str = Field(description="The API key, shown this once and never again")


class TokenPageOut(BaseModel):
    items: list[TokenOut]
    total: int


class StrictBody(BaseModel):
    """A request body: unknown fields are refused (422, each named).

    ``extra="forbid"`` makes pydantic build one error per unknown field: a 1 MiB body of
    80,000 of them took 0.7 s to refuse. Only the first 20 go on to be reported (a 422 lists
    at most 20 problems anyway); the rest are dropped unread.
    """

    model_config = ConfigDict(extra="forbid")

    @model_validator(mode="before")
    @classmethod
    def _few_unknown_fields(cls, data: Any) -> Any:
        if isinstance(data, dict) and len(data) > len(cls.model_fields) + 20:
            unknown = (k for k in data if k not in cls.model_fields)
            kept = set(itertools.islice(unknown, 20))
            return {k: v for k, v in data.items() if k in cls.model_fields or k in kept}
        return data


_LIST_DOC = "Endpoint patterns (id, group.*, *) or IP entries (address or CIDR)"


class TokenCreateIn(StrictBody):
    organization_name: str
    organization_id: str
    allowed_endpoints: list[str] = Field(default_factory=list, description=_LIST_DOC)
    blocked_endpoints: list[str] = Field(default_factory=list, description=_LIST_DOC)
    allowed_ips: list[str] = Field(default_factory=list, description=_LIST_DOC)
    blocked_ips: list[str] = Field(default_factory=list, description=_LIST_DOC)
    expires_at: str | None = Field(default=None, json_schema_extra=_INSTANT,
                                   description="An instant in the future, or null for never")
    scope: Scope = Field(default="organization", description=_SCOPE_DOC)
    bound_devices: list[str] = Field(default_factory=list, description=_BOUND_DOC)
    name: str = Field(default="", description=_NAME_DOC)
    description: str = Field(default="", description=_DESCRIPTION_DOC)
    owner: str = Field(default="", description=_OWNER_DOC)


class TokenUpdateIn(StrictBody):
    """A partial change: only the fields present are changed."""

    organization_name: str | None = None
    organization_id: str | None = None
    allowed_endpoints: list[str] | None = None
    blocked_endpoints: list[str] | None = None
    allowed_ips: list[str] | None = None
    blocked_ips: list[str] | None = None
    expires_at: str | None = Field(default=None, json_schema_extra=_INSTANT,
                                   description="null: never expires")
    scope: Scope | None = Field(default=None, description=_SCOPE_DOC + "; null keeps it")
    bound_devices: list[str] | None = Field(default=None,
                                            description=_BOUND_DOC + "; null keeps them")
    name: str | None = Field(default=None, description=_NAME_DOC + "; null empties it")
    description: str | None = Field(default=None,
                                    description=_DESCRIPTION_DOC + "; null empties it")
    owner: str | None = Field(default=None, description=_OWNER_DOC + "; null empties it")


# Typed Any and checked by the domain (domain.lifecycle), so that a bad value gets its
# sentence naming the field; the schema says what is accepted.
_Grace = Annotated[Any, WithJsonSchema({
    "type": "integer", "minimum": 0, "maximum": MAX_GRACE_SECONDS, "default": 0,
    "description": "How long the replaced key keeps working, in seconds (0: not at all; "
                   "at most 7 days)"})]


class RegenerateIn(StrictBody):
    """tokens.regenerate and tokens.rotate_self: how long the old key keeps working."""

    grace_seconds: _Grace = 0


class RevokeIn(StrictBody):
    """tokens.revoke_leaked: keys found where they should not be (a public repository, a
    paste site). Sent without authentication."""

    # SafeText: a key is ASCII; a lone surrogate could not even be hashed (§12: 422, never
    # a 500).
    keys: list[Annotated[SafeText, Field(min_length=1, max_length=256)]] = Field(
        min_length=1, max_length=100,
        description="1 to 100 API keys (each at most 256 characters) to revoke as leaked")


class AcceptedOut(BaseModel):
    """The one answer of tokens.revoke_leaked, whatever it found (no oracle)."""

    status: Literal["accepted"]


def _whole(low: int, high: int, description: str) -> JsonDict:
    return {"type": "integer", "minimum": low, "maximum": high, "description": description}


_MaxLifetime = Annotated[Any, WithJsonSchema({
    "anyOf": [_whole(1, MAX_POLICY_DAYS, "days"), {"type": "null"}],
    "description": "The longest a token created or changed now may last, in days; null: "
                   "no limit"})]
_DefaultLifetime = Annotated[Any, WithJsonSchema(_whole(
    1, MAX_POLICY_DAYS, "The clients' preset lifetime of a new token, in days; at most "
                        "max_lifetime_days"))]
_WarnBefore = Annotated[Any, WithJsonSchema(_whole(
    0, MAX_WARN_DAYS, "How many days before expiry clients warn; 0: never"))]
_Flag = Annotated[Any, WithJsonSchema({"type": "boolean"})]


class PolicyOut(BaseModel):
    """The service's token policy (DESIGN §10)."""

    max_lifetime_days: int | None = Field(
        description="The longest a token created or changed now may last, in days; null: "
                    "no limit")
    require_expiry: bool = Field(description="Tokens must have an expire date")
    require_ip_restriction: bool = Field(description="Tokens must have allowed IPs")
    default_lifetime_days: int = Field(
        description="The clients' preset for a new token's lifetime; the server never fills "
                    "it in")
    warn_before_days: int = Field(
        description="How many days before a token's expiry clients warn its user")


class PolicyIn(StrictBody):
    """policy.update: the whole object; every field is required."""

    max_lifetime_days: _MaxLifetime
    require_expiry: _Flag
    require_ip_restriction: _Flag
    default_lifetime_days: _DefaultLifetime
    warn_before_days: _WarnBefore


# What /openapi.json promises of a public key; the route checks it (a plain object here, so
# that every flaw is reported under the one field name public_key, by domain.dpop).
PublicJwk = Annotated[dict[str, Any], WithJsonSchema({
    "type": "object",
    "properties": {"kty": {"type": "string", "enum": ["OKP"]},
                   "crv": {"type": "string", "enum": ["Ed25519"]},
                   "x": {"type": "string", "pattern": "^[A-Za-z0-9_-]{43}$",
                         "description": "base64url of the 32-byte Ed25519 public key"}},
    "required": ["kty", "crv", "x"],
    "not": {"required": ["d"]},
})]


class DeviceRegisterIn(StrictBody):
    device_id: str = Field(min_length=1, max_length=128, pattern=r"^[A-Za-z0-9][A-Za-z0-9._:-]*$")
    hostname: SafeText = Field(default="", max_length=255)
    profile_name: SafeText = Field(default="", max_length=200)
    public_key: PublicJwk | None = Field(
        default=None,
        description='The device\'s public key as a JWK: {"kty": "OKP", "crv": "Ed25519", '
                    '"x": base64url of 32 bytes}, no private part. Optional: a device without '
                    "a key cannot sign requests. A known device with another key is 409 "
                    "device_key_mismatch.")


class DeviceOut(BaseModel):
    device_id: str
    organization_id: str
    hostname: str
    status: Literal["active", "disabled"]
    registered_at: Instant = Field(json_schema_extra=_INSTANT)
    disabled_at: Instant | None = Field(json_schema_extra=_INSTANT)
    last_seen_at: Instant | None = Field(json_schema_extra=_INSTANT)
    key_thumbprint: str | None = Field(
        description="RFC 7638 SHA-256 thumbprint (base64url) of the device's public key; "
                    "null: registered without a key")


class DevicePageOut(BaseModel):
    items: list[DeviceOut]
    total: int


class TokenAccessOut(BaseModel):
    token: TokenOut
    effective_endpoints: list[str] = Field(
        description="Every endpoint id this token may call from this address")
    client_address: str = Field(description="The address the server sees the call from")
    warn_before_days: int = Field(
        description="How many days before the token's expiry clients start warning")
    device: DeviceOut | None = Field(
        default=None, description="The device of the caller's organization that the "
                                  "request's proof (DPoP header) names; null when unsigned or "
                                  "signed with a key no device of it holds")


class AuditEntryOut(BaseModel):
    id: int
    at: Instant = Field(json_schema_extra=_INSTANT)
    token_id: int | None = Field(description="The acting token; null for local bootstrap")
    key_prefix: str
    address: str
    action: str = Field(description="The operation id, e.g. tokens.update")
    target: str = Field(description="e.g. token:5 or device:<device_id>")
    changes: dict[str, Any] = Field(description="field -> [old, new]")


class AuditPageOut(BaseModel):
    items: list[AuditEntryOut]
    total: int


class UsageDayOut(BaseModel):
    date: str = Field(json_schema_extra={"format": "date"}, description="A UTC day, YYYY-MM-DD")
    allowed: int = Field(description="Requests that passed the access checks")
    denied: int = Field(description="Requests with the token's key refused by the access "
                                    "checks (suspended, expired, IP, device, endpoint)")


class UsageAddressOut(BaseModel):
    address: str
    last_seen_at: Instant = Field(json_schema_extra=_INSTANT)
    requests: int = Field(description="Requests from this address within the window")


class UsageEndpointOut(BaseModel):
    id: str = Field(description="The operation id, e.g. tokens.self")
    requests: int = Field(description="Requests to it within the window")


class UsageOut(BaseModel):
    """tokens.usage (DESIGN §11): counts may lag by up to 10 s (the server batches them)."""

    days: list[UsageDayOut] = Field(description="One entry per UTC day of the window, oldest "
                                                "first, today last; days without requests "
                                                "are 0")
    addresses: list[UsageAddressOut] = Field(
        description="The addresses the token was used from within the window, most recent "
                    "first, at most 10")
    endpoints: list[UsageEndpointOut] = Field(
        description="The operations called with the token within the window, most used first")


# ---- enrollment (DESIGN §13) ----------------------------------------------------------------

MIN_ENROLLMENT_SECONDS = 60
MAX_ENROLLMENT_SECONDS = 604_800  # 7 days
MAX_ENROLLMENT_USES = 1000

# Declared (not left to extra="forbid") so that a script may send a tokens.create body as it
# is, with bound_devices empty; the route refuses a non-empty list naming template.bound_devices.
_NoDevices = Annotated[list[str] | None, WithJsonSchema({
    "type": "array", "items": {"type": "string"}, "maxItems": 0,
    "description": "Leave it out (or empty): each token made from the code is bound to the "
                   "device that redeemed it; a non-empty list is 422 invalid_input"})]


class EnrollmentTemplateIn(TokenCreateIn):
    """The token each use of an enrollment code creates: exactly the fields of tokens.create,
    validated, reach-checked and policy-checked as a new token at the code's creation."""

    bound_devices: _NoDevices = None  # type: ignore[assignment]


class EnrollmentCreateIn(StrictBody):
    """enrollments.create: a code that makes up to ``uses`` tokens from ``template``, each
    bound to the device that redeems it, until ``expires_in_seconds`` from now."""

    template: EnrollmentTemplateIn
    expires_in_seconds: int = Field(
        strict=True, ge=MIN_ENROLLMENT_SECONDS, le=MAX_ENROLLMENT_SECONDS,
        description="How long the code can be redeemed, in seconds (60 to 604800, 7 days); "
                    "the template's expires_at, if any, must be later")
    uses: int = Field(default=1, strict=True, ge=1, le=MAX_ENROLLMENT_USES,
                      description="How many devices can enroll with the code (1 to 1000)")


class EnrollmentCodeOut(BaseModel):
    id: int
    code: str = Field(description=f"The enrollment code (cce_..., {KEY_LENGTH} characters), "
                                  "shown this once and never again: the server keeps only "
                                  "its hash")
    expires_at: Instant = Field(json_schema_extra=_INSTANT,
                                description="Until when the code can be redeemed")
    uses_left: int = Field(description="How many devices can still enroll with it")


class EnrollmentRedeemIn(DeviceRegisterIn):
    """enrollments.redeem: sent without authentication, by the PC that enrolls."""

    # SafeText: a lone surrogate could not even be hashed (§12: 422, never a 500). Its shape
    # is not checked here: a code that is not one is answered like an unknown one (401).
    code: SafeText = Field(min_length=1, max_length=256,
                           description="The enrollment code (cce_...)")
    public_key: PublicJwk = Field(
        description='The device\'s public key as a JWK: {"kty": "OKP", "crv": "Ed25519", '
                    '"x": base64url of 32 bytes}, no private part. Required: the token is '
                    "bound to this device, which must sign its requests with the key.")


class EnrolledOut(BaseModel):
    key: str = Field(description="The new token's API key, shown this once and never again")
    token: TokenOut
    device: DeviceOut
