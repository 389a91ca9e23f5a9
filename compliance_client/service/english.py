"""What the service layer's errors say in English: one table keyed by the contract's error
code (ARCHITECTURE §9). The exceptions carry data (code, status, params, request id); their
text comes from here. The desktop app says the same in the user's language from its own table
(``ui/errors.py``), keyed by the same codes; the command line prints these sentences.

Each entry takes the server URL as shown to a person, the server's English ``detail`` (used
only for codes this client does not know) and the error's ``params``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..domain.errors import Code

Describe = Callable[[str, "str | None", dict[str, Any]], str]


def _unknown_code(url: str, detail: str | None, params: dict[str, Any]) -> str:
    text = (detail or "no reason given").strip()
    return f"The server at {url} refused the request: {text}"


def _invalid_token(url: str, detail: str | None, params: dict[str, Any]) -> str:
    return (f"The server at {url} does not accept this API token (unknown or revoked). "
            "Check the token in your profile.")


def _token_expired(url: str, detail: str | None, params: dict[str, Any]) -> str:
    when = f" on {str(params['expires_at'])[:10]}" if params.get("expires_at") else ""
    return f"This API token expired{when}. Ask your administrator for a new one."


def _ip_blocked(url: str, detail: str | None, params: dict[str, Any]) -> str:
    addr = params.get("address") or "your address"
    return (f"This API token may not be used from {addr}: the address is in its "
            "blocked IPs. Ask your administrator to change the token.")


def _ip_not_allowed(url: str, detail: str | None, params: dict[str, Any]) -> str:
    addr = params.get("address") or "your address"
    return (f"This API token may not be used from {addr}: the address is not in its "
            "allowed IPs. Ask your administrator to change the token.")


def _endpoint_blocked(url: str, detail: str | None, params: dict[str, Any]) -> str:
    what = params.get("endpoint") or "this operation"
    return (f"This API token is blocked from {what}. "
            "Ask your administrator for a token that may do it.")


def _endpoint_not_allowed(url: str, detail: str | None, params: dict[str, Any]) -> str:
    what = params.get("endpoint") or "this operation"
    return (f"This API token is not allowed to use {what}. "
            "Ask your administrator for a token that may do it.")


def _privilege_escalation(url: str, detail: str | None, params: dict[str, Any]) -> str:
    if params.get("endpoint"):
        why = f": it could call {params['endpoint']}, which your own token may not"
    elif params.get("address"):
        why = f": it could be used from {params['address']}, which your own token may not"
    else:
        why = ""
    return f"You cannot give a token more access than your own token has{why}."


def _not_found(url: str, detail: str | None, params: dict[str, Any]) -> str:
    what = params.get("what")
    if what:
        return f"{what} was not found on the server at {url}; it may have been deleted."
    return f"The server at {url} has no such item; it may have been deleted."


def _version_mismatch(url: str, detail: str | None, params: dict[str, Any]) -> str:
    what = params.get("what") or "This item"
    return (f"{what} was changed by someone else meanwhile. "
            "Reload it and make your change again.")


def _if_match_required(url: str, detail: str | None, params: dict[str, Any]) -> str:
    return ("The server needs the version being changed (If-Match); "
            "reload the item and try again.")


def _invalid_input(url: str, detail: str | None, params: dict[str, Any]) -> str:
    fields = params.get("fields") or {}
    if fields:
        return "Invalid input: " + "; ".join(f"{k}: {v}" for k, v in fields.items())
    return f"Invalid input: {(detail or 'the server gave no reason').strip()}"


def _token_suspended(url: str, detail: str | None, params: dict[str, Any]) -> str:
    return ("This API token is suspended: an administrator switched it off, or its key was "
            "reported as leaked. Ask your administrator to resume it or to issue a new one.")


def _policy_violation(url: str, detail: str | None, params: dict[str, Any]) -> str:
    fields = params.get("fields") or {}
    if fields:
        return "The token policy forbids this: " + "; ".join(
            f"{k}: {v}" for k, v in fields.items())
    return "The token policy forbids this change. Ask an administrator what it allows."


def _last_admin(url: str, detail: str | None, params: dict[str, Any]) -> str:
    return ("This is the last administrator token: deleting, suspending or restricting "
            "it would leave nobody able to manage tokens. Create another administrator "
            "token first.")


def _payload_too_large(url: str, detail: str | None, params: dict[str, Any]) -> str:
    return (f"The request is too large for the server at {url}; "
            "send fewer entries at once.")


def _too_many_attempts(url: str, detail: str | None, params: dict[str, Any]) -> str:
    wait = params.get("retry_after")
    when = f"in {wait} seconds" if wait is not None else "later"
    return (f"Too many failed sign-ins from this address at {url}. "
            f"Check the API token and try again {when}.")


def _internal_error(url: str, detail: str | None, params: dict[str, Any]) -> str:
    rid = f" (request ID {params['request_id']})" if params.get("request_id") else ""
    return (f"The server at {url} failed with an internal error{rid}. "
            "Tell its administrator.")


def _service_unavailable(url: str, detail: str | None, params: dict[str, Any]) -> str:
    return (f"The server at {url} is temporarily unavailable (its database may be "
            "down). Try again in a moment.")


def _device_disabled(url: str, detail: str | None, params: dict[str, Any]) -> str:
    return ("This PC's device ID is disabled on the server. An administrator can enable "
            "it.")


def _device_not_bound(url: str, detail: str | None, params: dict[str, Any]) -> str:
    return ("This API token is bound to other devices and cannot be used on this PC. "
            "Ask your administrator for a token for this PC.")


def _invalid_device_proof(url: str, detail: str | None, params: dict[str, Any]) -> str:
    return (f"The server at {url} did not accept this PC's device proof. Check that this "
            "PC's clock is right, then try again.")


def _device_proof_required(url: str, detail: str | None, params: dict[str, Any]) -> str:
    return ("This API token is bound to devices, and this PC has no device key in its "
            "keyring to prove which device it is. Register this PC again (compliance-client "
            "device register), or ask your administrator.")


def _device_key_mismatch(url: str, detail: str | None, params: dict[str, Any]) -> str:
    return (f"The server at {url} knows this PC's device ID with another device key: the "
            "key in this PC's keyring is missing or different. An administrator can delete "
            "the device ID on the server so that this PC can register again.")


def _device_in_use(url: str, detail: str | None, params: dict[str, Any]) -> str:
    return ("A token is bound to this device, so it cannot be deleted. Unbind it from "
            "those tokens first.")


def _invalid_enrollment(url: str, detail: str | None, params: dict[str, Any]) -> str:
    return (f"The server at {url} does not accept this enrollment code: it is unknown, used "
            "up or expired. Ask your administrator for a new one.")


ENGLISH: dict[str, Describe] = {
    Code.INVALID_TOKEN: _invalid_token,
    Code.TOKEN_EXPIRED: _token_expired,
    Code.IP_BLOCKED: _ip_blocked,
    Code.IP_NOT_ALLOWED: _ip_not_allowed,
    Code.ENDPOINT_BLOCKED: _endpoint_blocked,
    Code.ENDPOINT_NOT_ALLOWED: _endpoint_not_allowed,
    Code.PRIVILEGE_ESCALATION: _privilege_escalation,
    Code.NOT_FOUND: _not_found,
    Code.VERSION_MISMATCH: _version_mismatch,
    Code.IF_MATCH_REQUIRED: _if_match_required,
    Code.INVALID_INPUT: _invalid_input,
    Code.LAST_ADMIN: _last_admin,
    Code.TOKEN_SUSPENDED: _token_suspended,
    Code.POLICY_VIOLATION: _policy_violation,
    Code.PAYLOAD_TOO_LARGE: _payload_too_large,
    Code.TOO_MANY_ATTEMPTS: _too_many_attempts,
    Code.INTERNAL: _internal_error,
    Code.SERVICE_UNAVAILABLE: _service_unavailable,
    Code.DEVICE_DISABLED: _device_disabled,
    Code.DEVICE_NOT_BOUND: _device_not_bound,
    Code.INVALID_DEVICE_PROOF: _invalid_device_proof,
    Code.DEVICE_PROOF_REQUIRED: _device_proof_required,
    Code.DEVICE_KEY_MISMATCH: _device_key_mismatch,
    Code.DEVICE_IN_USE: _device_in_use,
    Code.INVALID_ENROLLMENT: _invalid_enrollment,
}


def english(code: str, url: str, detail: str | None, params: dict[str, Any]) -> str:
    """The English sentence for an error of ``code``; for a code this client does not know,
    the server's own detail."""
    return ENGLISH.get(code, _unknown_code)(url, detail, params)
