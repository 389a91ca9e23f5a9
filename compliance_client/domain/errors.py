"""The one error hierarchy of the product, and the contract's error codes (ARCHITECTURE §6).

``ComplianceError`` is the root. The service layer derives its API and transport errors
from it; the domain raises ``ValidationError`` for bad fields. Messages never hold a key.
"""

from __future__ import annotations

from enum import StrEnum


class Code(StrEnum):
    """Error codes of the REST contract (each equal to its string, as sent in JSON)."""

    INVALID_TOKEN = "invalid_token"
    TOKEN_EXPIRED = "token_expired"
    TOKEN_SUSPENDED = "token_suspended"
    IP_BLOCKED = "ip_blocked"
    IP_NOT_ALLOWED = "ip_not_allowed"
    ENDPOINT_BLOCKED = "endpoint_blocked"
    ENDPOINT_NOT_ALLOWED = "endpoint_not_allowed"
    PRIVILEGE_ESCALATION = "privilege_escalation"
    NOT_FOUND = "not_found"
    VERSION_MISMATCH = "version_mismatch"
    INVALID_INPUT = "invalid_input"
    POLICY_VIOLATION = "policy_violation"
    IF_MATCH_REQUIRED = "if_match_required"
    TOO_MANY_ATTEMPTS = "too_many_attempts"
    LAST_ADMIN = "last_admin"
    INVALID_DEVICE_PROOF = "invalid_device_proof"
    DEVICE_PROOF_REQUIRED = "device_proof_required"
    DEVICE_DISABLED = "device_disabled"
    DEVICE_NOT_BOUND = "device_not_bound"
    DEVICE_KEY_MISMATCH = "device_key_mismatch"
    DEVICE_IN_USE = "device_in_use"
    INVALID_ENROLLMENT = "invalid_enrollment"
    PAYLOAD_TOO_LARGE = "payload_too_large"
    SERVICE_UNAVAILABLE = "service_unavailable"
    INTERNAL = "internal_error"


STATUS_OF_CODE: dict[str, int] = {
    Code.INVALID_TOKEN: 401,
    Code.TOKEN_EXPIRED: 401,
    Code.TOKEN_SUSPENDED: 401,
    Code.IP_BLOCKED: 403,
    Code.IP_NOT_ALLOWED: 403,
    Code.ENDPOINT_BLOCKED: 403,
    Code.ENDPOINT_NOT_ALLOWED: 403,
    Code.PRIVILEGE_ESCALATION: 403,
    Code.NOT_FOUND: 404,
    Code.VERSION_MISMATCH: 412,
    Code.INVALID_INPUT: 422,
    Code.POLICY_VIOLATION: 422,
    Code.IF_MATCH_REQUIRED: 428,
    Code.LAST_ADMIN: 409,
    Code.INVALID_DEVICE_PROOF: 401,
    Code.DEVICE_PROOF_REQUIRED: 401,
    Code.DEVICE_DISABLED: 403,
    Code.DEVICE_NOT_BOUND: 403,
    Code.DEVICE_KEY_MISMATCH: 409,
    Code.DEVICE_IN_USE: 409,
    Code.INVALID_ENROLLMENT: 401,
    Code.PAYLOAD_TOO_LARGE: 413,
    Code.TOO_MANY_ATTEMPTS: 429,
    Code.INTERNAL: 500,
    Code.SERVICE_UNAVAILABLE: 503,
}


class ComplianceError(Exception):
    """Root of every error this product raises on purpose."""

    code: str = "error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if code is not None:
            self.code = code


class ValidationError(ComplianceError):
    """Bad input: ``fields`` maps each field name to a sentence saying what to fix.

    ``problems`` holds the same as structured :class:`FieldProblem` objects, so a client
    can show its own translated text.
    """

    code = Code.INVALID_INPUT

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = problems
        self.fields: dict[str, str] = {}
        for p in problems:
            # The first problem of a field is the one to fix first.
            self.fields.setdefault(p.field, p.message)
        summary = "; ".join(f"{k}: {v}" for k, v in self.fields.items())
        super().__init__(f"Invalid input: {summary}")


class FieldProblem:
    """One problem with one field: a code for translation, its parameters, English text."""

    __slots__ = ("code", "field", "message", "params")

    def __init__(self, field: str, code: str, message: str, **params: object) -> None:
        self.field = field
        self.code = code
        self.message = message
        self.params = params

    def __repr__(self) -> str:
        return f"FieldProblem({self.field!r}, {self.code!r}, {self.message!r})"


class PolicyViolation(ValidationError):
    """The fields are well formed, but the organization policy forbids them (ARCHITECTURE
    §11): 422 ``policy_violation`` with ``fields``, like ``invalid_input``."""

    code = Code.POLICY_VIOLATION

    def __init__(self, problems: list[FieldProblem]) -> None:
        super().__init__(problems)
        summary = "; ".join(f"{k}: {v}" for k, v in self.fields.items())
        self.message = f"The token policy forbids this: {summary}"
        self.args = (self.message,)
