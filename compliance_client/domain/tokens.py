"""API token fields: the typed objects of the contract and the validation of their fields."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from .catalogue import expand_pattern
from .errors import FieldProblem, ValidationError
from .ipset import IPEntryError, normalize_entry

if TYPE_CHECKING:
    from .records import Device

LIST_FIELDS = ("allowed_endpoints", "blocked_endpoints", "allowed_ips", "blocked_ips")
#: What a token is for, in words (ARCHITECTURE §11); empty for tokens made before them.
TEXT_FIELDS = ("name", "description", "owner")
EDITABLE_FIELDS = ("organization_name", "organization_id", *LIST_FIELDS, "expires_at", "scope",
                   "bound_devices", *TEXT_FIELDS)

# ARCHITECTURE §7: a global token acts on every organization; an organization token only inside
# its own organization_id. A token is "organization" unless created as "global".
class Scope(StrEnum):
    """How far a token acts (each equal to its string, as stored and sent)."""

    GLOBAL = "global"
    ORGANIZATION = "organization"


# Plain strings, for SQL parameters and JSON: a driver need not know our enum.
SCOPE_GLOBAL = Scope.GLOBAL.value
SCOPE_ORGANIZATION = Scope.ORGANIZATION.value
SCOPES = tuple(s.value for s in Scope)


class Status(StrEnum):
    """Whether a token works (ARCHITECTURE §11): a suspended one fails with token_suspended."""

    ACTIVE = "active"
    SUSPENDED = "suspended"


class SuspendedReason(StrEnum):
    """Why a token is suspended: by an administrator, or revoked as leaked by its key."""

    ADMIN = "admin"
    LEAKED = "leaked"


STATUS_ACTIVE = Status.ACTIVE.value
STATUS_SUSPENDED = Status.SUSPENDED.value
REASON_ADMIN = SuspendedReason.ADMIN.value
REASON_LEAKED = SuspendedReason.LEAKED.value

#: How long a new token lasts when its creator names no expiry (the GUI and the CLI alike).
DEFAULT_VALID_DAYS = 90

MAX_NAME_LENGTH = 200  # the organization name
MAX_TOKEN_NAME_LENGTH = 100
MAX_DESCRIPTION_LENGTH = 1000
MAX_OWNER_LENGTH = 200
TEXT_FIELD_LIMITS = {"name": MAX_TOKEN_NAME_LENGTH, "description": MAX_DESCRIPTION_LENGTH,
                     "owner": MAX_OWNER_LENGTH}
MAX_ORG_ID_LENGTH = 64
MAX_IP_ENTRIES = 5000
MAX_ENDPOINT_PATTERNS = 100
MAX_BOUND_DEVICES = 100
ORG_ID_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
#: A device ID as the server takes it (this client's are UUID-shaped; scripts may use others).
DEVICE_ID_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._:-]*$"
MAX_DEVICE_ID_LENGTH = 128
_DEVICE_ID_RE = re.compile(DEVICE_ID_PATTERN)


def parse_instant(value: Any) -> datetime | None:
    """An ISO-8601 instant (or datetime) as an aware UTC datetime; None stays None."""
    if value is None or isinstance(value, datetime):
        dt = value
    else:
        dt = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if dt is None:
        return None
    if dt.tzinfo is None:
        raise ValueError("an instant needs a time zone")
    try:
        return dt.astimezone(UTC)
    except OverflowError:
        # 0001-01-01T00:00+01:00 or 9999-12-31T23:59-01:00 parse, but have no UTC instant.
        raise ValueError("the instant lies outside the representable range") from None


def format_instant(dt: datetime | None) -> str | None:
    if dt is None:
        return None
    return dt.astimezone(UTC).isoformat().replace("+00:00", "Z")


def end_of_day(day: date, tz: tzinfo) -> datetime:
    """The expiry a picked date means: the last second of that day in the user's zone.

    ``fold=1`` picks the later of two readings when 23:59:59 happens twice (zones such as
    America/Santiago fall back from 24:00 to 23:00), and the reading after the transition
    when it falls in a gap; either way the result is the day's real last second.
    """
    local = datetime.combine(day, time(23, 59, 59, fold=1), tzinfo=tz)
    return local.astimezone(UTC)


def is_expired(expires_at: datetime | None, now: datetime) -> bool:
    """Expired when ``expires_at`` is at or before now; None never expires."""
    return expires_at is not None and expires_at <= now


@dataclass(frozen=True, slots=True)
class Token:
    id: int
    organization_name: str
    organization_id: str
    key_prefix: str
    allowed_endpoints: tuple[str, ...] = ()
    blocked_endpoints: tuple[str, ...] = ()
    allowed_ips: tuple[str, ...] = ()
    blocked_ips: tuple[str, ...] = ()
    expires_at: datetime | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    last_used_at: datetime | None = None
    last_used_ip: str | None = None
    version: int = 1
    scope: str = SCOPE_ORGANIZATION
    #: Device IDs of its organization whose proof it needs (ARCHITECTURE §10); empty: unbound.
    bound_devices: tuple[str, ...] = ()
    name: str = ""
    description: str = ""
    owner: str = ""
    status: str = STATUS_ACTIVE
    #: None while active; "admin" or "leaked" while suspended.
    suspended_reason: str | None = None
    #: The id of the token that created it; None for the server's own bootstrap.
    created_by: int | None = None
    #: Until when the key replaced by the last regenerate still works (None: not at all).
    previous_key_expires_at: datetime | None = None

    @property
    def is_global(self) -> bool:
        return self.scope == SCOPE_GLOBAL

    @property
    def is_suspended(self) -> bool:
        return self.status == STATUS_SUSPENDED

    @property
    def is_leaked(self) -> bool:
        """Suspended because its key was reported as leaked (``tokens.revoke_leaked``)."""
        return self.is_suspended and self.suspended_reason == REASON_LEAKED

    def previous_key_works(self, now: datetime | None = None) -> bool:
        """Whether the key replaced by the last regenerate still works (a grace period)."""
        until = self.previous_key_expires_at
        return until is not None and until > (now or datetime.now(UTC))

    def is_expired(self, now: datetime | None = None) -> bool:
        return is_expired(self.expires_at, now or datetime.now(UTC))

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Token:
        return cls(
            id=int(data["id"]),
            organization_name=str(data["organization_name"]),
            organization_id=str(data["organization_id"]),
            key_prefix=str(data["key_prefix"]),
            allowed_endpoints=tuple(data.get("allowed_endpoints") or ()),
            blocked_endpoints=tuple(data.get("blocked_endpoints") or ()),
            allowed_ips=tuple(data.get("allowed_ips") or ()),
            blocked_ips=tuple(data.get("blocked_ips") or ()),
            expires_at=parse_instant(data.get("expires_at")),
            created_at=parse_instant(data.get("created_at")),
            updated_at=parse_instant(data.get("updated_at")),
            last_used_at=parse_instant(data.get("last_used_at")),
            last_used_ip=data.get("last_used_ip"),
            version=int(data.get("version", 1)),
            scope=str(data.get("scope") or SCOPE_ORGANIZATION),
            bound_devices=tuple(data.get("bound_devices") or ()),
            name=str(data.get("name") or ""),
            description=str(data.get("description") or ""),
            owner=str(data.get("owner") or ""),
            status=str(data.get("status") or STATUS_ACTIVE),
            suspended_reason=(None if data.get("suspended_reason") is None
                              else str(data["suspended_reason"])),
            created_by=None if data.get("created_by") is None else int(data["created_by"]),
            previous_key_expires_at=parse_instant(data.get("previous_key_expires_at")),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "organization_name": self.organization_name,
            "organization_id": self.organization_id,
            "key_prefix": self.key_prefix,
            "allowed_endpoints": list(self.allowed_endpoints),
            "blocked_endpoints": list(self.blocked_endpoints),
            "allowed_ips": list(self.allowed_ips),
            "blocked_ips": list(self.blocked_ips),
            "expires_at": format_instant(self.expires_at),
            "created_at": format_instant(self.created_at),
            "updated_at": format_instant(self.updated_at),
            "last_used_at": format_instant(self.last_used_at),
            "last_used_ip": self.last_used_ip,
            "version": self.version,
            "scope": self.scope,
            "bound_devices": list(self.bound_devices),
            "name": self.name,
            "description": self.description,
            "owner": self.owner,
            "status": self.status,
            "suspended_reason": self.suspended_reason,
            "created_by": self.created_by,
            "previous_key_expires_at": format_instant(self.previous_key_expires_at),
        }


@dataclass(frozen=True, slots=True)
class IssuedToken:
    """A token together with its key, as create and regenerate return it (shown once)."""

    token: Token
    key: str = field(repr=False)

    def to_json(self) -> dict[str, Any]:
        return {**self.token.to_json(), "key": self.key}


@dataclass(frozen=True, slots=True)
class TokenAccess:
    """What ``tokens.self`` answers: the calling token and its effective access."""

    token: Token
    effective_endpoints: tuple[str, ...]
    client_address: str
    #: The device the request's proof named (ARCHITECTURE §10), or None: unsigned, or signed
    #: with a key the server does not know for this organization.
    device: Device | None = None
    #: How many days ahead of expiry clients warn (the organization policy's).
    warn_before_days: int | None = None

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> TokenAccess:
        from .records import Device

        device = data.get("device")
        warn = data.get("warn_before_days")
        return cls(
            token=Token.from_json(data["token"]),
            effective_endpoints=tuple(data.get("effective_endpoints") or ()),
            client_address=str(data.get("client_address", "")),
            device=Device.from_json(device) if isinstance(device, Mapping) else None,
            warn_before_days=int(warn) if isinstance(warn, int) else None,
        )

    def may(self, endpoint_id: str) -> bool:
        return endpoint_id in self.effective_endpoints


@dataclass(frozen=True, slots=True)
class TokenPage:
    items: tuple[Token, ...]
    total: int


# ---- validation ---------------------------------------------------------------------------


def unsafe_text(text: str, *, multiline: bool = False) -> str | None:
    """Why ``text`` may not be stored, or None (ARCHITECTURE §7).

    Control characters (Unicode Cc: NUL, escape sequences that would reach a terminal through
    a list) and lone surrogates (not encodable as UTF-8: a 500 at the database) are refused;
    ``multiline`` text may hold line feeds and tabs. Returns a problem code.
    """
    for char in text:
        category = unicodedata.category(char)
        if category == "Cs":
            return "lone_surrogate"
        if category == "Cc" and not (multiline and char in "\n\t"):
            return "control_character"
    return None


UNSAFE_TEXT_MESSAGE = {
    "lone_surrogate": "The {label} holds an invalid character (a lone surrogate).",
    "control_character": "The {label} holds a control character; remove it.",
}


def _clean_text(problems: list[FieldProblem], name: str, value: Any, label: str,
                max_length: int) -> str:
    if value is not None and not isinstance(value, str):
        # A list or object would otherwise be stored as its Python repr ("['Acme']").
        problems.append(FieldProblem(name, "not_text", f"The {label} must be text.",
                                     label=label))
        return ""
    text = "" if value is None else value.strip()
    unsafe = unsafe_text(text)
    if unsafe is not None:
        problems.append(FieldProblem(name, unsafe, UNSAFE_TEXT_MESSAGE[unsafe].format(
            label=label), label=label))
    elif not text:
        problems.append(FieldProblem(name, "required", f"Enter the {label}.", label=label))
    elif len(text) > max_length:
        problems.append(FieldProblem(
            name, "too_long", f"The {label} is longer than {max_length} characters.",
            label=label, max=max_length))
    return text


_TEXT_LABELS = {"name": "token name", "description": "description", "owner": "owner"}


def _clean_optional_text(problems: list[FieldProblem], name: str, value: Any) -> str:
    """``name``, ``description`` or ``owner``: may be empty; the description may hold lines."""
    label, max_length = _TEXT_LABELS[name], TEXT_FIELD_LIMITS[name]
    if value is not None and not isinstance(value, str):
        problems.append(FieldProblem(name, "not_text", f"The {label} must be text.",
                                     label=label))
        return ""
    text = "" if value is None else value.strip()
    unsafe = unsafe_text(text, multiline=name == "description")
    if unsafe is not None:
        problems.append(FieldProblem(name, unsafe, UNSAFE_TEXT_MESSAGE[unsafe].format(
            label=label), label=label))
    elif len(text) > max_length:
        problems.append(FieldProblem(
            name, "too_long", f"The {label} is longer than {max_length} characters.",
            label=label, max=max_length))
    return text


def _as_list(problems: list[FieldProblem], name: str, value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str) or not isinstance(value, list | tuple):
        problems.append(FieldProblem(name, "not_a_list", "Expected a list of entries."))
        return []
    return [str(v) for v in value]


def _clean_ips(problems: list[FieldProblem], name: str, value: Any) -> list[str]:
    out: list[str] = []
    seen: set[str] = set()
    entries = _as_list(problems, name, value)
    if len(entries) > MAX_IP_ENTRIES:
        problems.append(FieldProblem(
            name, "too_many", f"At most {MAX_IP_ENTRIES} entries are allowed.",
            max=MAX_IP_ENTRIES))
        return []
    for raw in entries:
        try:
            norm = normalize_entry(raw)
        except IPEntryError as exc:
            problems.append(FieldProblem(name, exc.code, str(exc), entry=exc.entry))
            continue
        if norm in seen:
            problems.append(FieldProblem(
                name, "duplicate", f"{norm} is listed twice.", entry=norm))
            continue
        seen.add(norm)
        out.append(norm)
    return out


def _clean_endpoints(problems: list[FieldProblem], name: str, value: Any) -> list[str]:
    out: list[str] = []
    entries = _as_list(problems, name, value)
    if len(entries) > MAX_ENDPOINT_PATTERNS:
        problems.append(FieldProblem(
            name, "too_many", f"At most {MAX_ENDPOINT_PATTERNS} patterns are allowed.",
            max=MAX_ENDPOINT_PATTERNS))
        return []
    for raw in entries:
        pattern = raw.strip()
        if not expand_pattern(pattern):
            problems.append(FieldProblem(
                name, "unknown_endpoint",
                f"{pattern or '(empty)'} matches no endpoint; use an id such as tokens.read, "
                "a group such as tokens.*, or *.",
                entry=pattern))
            continue
        if pattern in out:
            problems.append(FieldProblem(
                name, "duplicate", f"{pattern} is listed twice.", entry=pattern))
            continue
        out.append(pattern)
    return out


def is_device_id_text(text: str) -> bool:
    """Whether ``text`` has the shape of a device ID the server accepts."""
    return len(text) <= MAX_DEVICE_ID_LENGTH and bool(_DEVICE_ID_RE.fullmatch(text))


def _clean_devices(problems: list[FieldProblem], value: Any) -> list[str]:
    """``bound_devices``: device IDs, each once. Whether each is a device of the token's
    organization is the server's check (it needs the database)."""
    name = "bound_devices"
    entries = _as_list(problems, name, value)
    if len(entries) > MAX_BOUND_DEVICES:
        problems.append(FieldProblem(
            name, "too_many", f"At most {MAX_BOUND_DEVICES} devices are allowed.",
            max=MAX_BOUND_DEVICES))
        return []
    out: list[str] = []
    for raw in entries:
        device = raw.strip()
        if not is_device_id_text(device):
            problems.append(FieldProblem(
                name, "bad_device_id", f"{device or '(empty)'} is not a device ID.",
                entry=device[:MAX_DEVICE_ID_LENGTH]))
        elif device in out:
            problems.append(FieldProblem(
                name, "duplicate", f"{device} is listed twice.", entry=device))
        else:
            out.append(device)
    return out


def _both_lists(problems: list[FieldProblem], allowed: list[str], blocked: list[str],
                blocked_name: str) -> None:
    in_allowed = set(allowed)
    for entry in blocked:
        if entry in in_allowed:
            problems.append(FieldProblem(
                blocked_name, "in_both_lists",
                f"{entry} is in both the allowed and the blocked list; remove it from one.",
                entry=entry))


def validate_token_fields(values: Mapping[str, Any], *, now: datetime,
                          check_expiry: bool) -> dict[str, Any]:
    """Check a complete set of editable fields; return them cleaned, or raise ValidationError.

    ``check_expiry`` is set when the expiry is new (a new token, or an edit that sets it):
    it must then lie in the future.
    """
    problems: list[FieldProblem] = []
    unknown = set(values) - set(EDITABLE_FIELDS)
    # str(): a mapping built from garbage may hold non-text keys, which must not break sorting.
    for name in sorted(str(k) for k in unknown):
        problems.append(FieldProblem(name, "unknown_field", f"{name} is not a token field."))
    cleaned: dict[str, Any] = {
        "organization_name": _clean_text(problems, "organization_name",
                                         values.get("organization_name"),
                                         "organization name", MAX_NAME_LENGTH),
        "organization_id": _clean_text(problems, "organization_id",
                                       values.get("organization_id"),
                                       "organization ID", MAX_ORG_ID_LENGTH),
    }
    org_id = cleaned["organization_id"]
    if org_id and len(org_id) <= MAX_ORG_ID_LENGTH and not ORG_ID_RE.fullmatch(org_id):
        problems.append(FieldProblem(
            "organization_id", "bad_org_id",
            "An organization ID holds letters, digits, '.', '_' and '-', "
            "and starts with a letter or digit."))
    for name in LIST_FIELDS:
        clean = _clean_ips if name.endswith("_ips") else _clean_endpoints
        cleaned[name] = clean(problems, name, values.get(name))
    _both_lists(problems, cleaned["allowed_endpoints"], cleaned["blocked_endpoints"],
                "blocked_endpoints")
    _both_lists(problems, cleaned["allowed_ips"], cleaned["blocked_ips"], "blocked_ips")

    expires: datetime | None = None
    try:
        expires = parse_instant(values.get("expires_at"))
    except (ValueError, TypeError):
        problems.append(FieldProblem(
            "expires_at", "bad_instant",
            "The expire date is not an ISO-8601 instant with a time zone."))
    if check_expiry and expires is not None and expires <= now:
        problems.append(FieldProblem(
            "expires_at", "expiry_past", "The expire date must be in the future."))
    if expires is not None and expires > now + timedelta(days=365 * 100):
        problems.append(FieldProblem(
            "expires_at", "expiry_far", "The expire date is more than 100 years away."))
    cleaned["expires_at"] = expires
    scope = values.get("scope")
    if scope is None:
        scope = SCOPE_ORGANIZATION
    if scope not in SCOPES:
        problems.append(FieldProblem(
            "scope", "bad_scope", "The scope is either global or organization."))
    cleaned["scope"] = scope
    cleaned["bound_devices"] = _clean_devices(problems, values.get("bound_devices"))
    for name in TEXT_FIELDS:
        cleaned[name] = _clean_optional_text(problems, name, values.get(name))
    if problems:
        raise ValidationError(problems)
    return cleaned
