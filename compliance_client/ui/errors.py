"""What a person reads about an error: chosen by the error's contract code and translated
here, in the client. The server's English ``detail`` is only the fallback for codes this
version of the client does not know (ARCHITECTURE §9)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from .i18n import translate
from .text import date_text, fill_named

# Marked for lupdate here, translated when shown (the language may change at run time).
_TEXTS = {
    "invalid_token": QT_TRANSLATE_NOOP(
        "errors",
        "The server does not know this API token. It may have been "
        "deleted or regenerated; ask your administrator for a new one.",
    ),
    "token_expired": QT_TRANSLATE_NOOP(
        "errors",
        "This token expired on {expires_at}. Ask your administrator "
        "to extend it or issue a new one.",
    ),
    "token_suspended": QT_TRANSLATE_NOOP(
        "errors",
        "This API token is suspended: an administrator switched it off, or its key was "
        "reported as leaked. Ask your administrator to resume it or to issue a new one.",
    ),
    "ip_blocked": QT_TRANSLATE_NOOP("errors", "This token is blocked for your address {address}."),
    "ip_not_allowed": QT_TRANSLATE_NOOP(
        "errors", "This token may not be used from your address {address}."
    ),
    "endpoint_blocked": QT_TRANSLATE_NOOP("errors", "This token is blocked from {endpoint}."),
    "endpoint_not_allowed": QT_TRANSLATE_NOOP(
        "errors", "This token is not allowed to use {endpoint}."
    ),
    "privilege_escalation": QT_TRANSLATE_NOOP(
        "errors", "A token may not reach further than your own: {detail}"
    ),
    "not_found": QT_TRANSLATE_NOOP(
        "errors", "It no longer exists on the server; someone may have deleted it."
    ),
    "version_mismatch": QT_TRANSLATE_NOOP("errors", "This token was changed by someone else."),
    "if_match_required": QT_TRANSLATE_NOOP(
        "errors", "The server refused a change without a version check."
    ),
    "invalid_input": QT_TRANSLATE_NOOP("errors", "The server refused some fields: {detail}"),
    "policy_violation": QT_TRANSLATE_NOOP(
        "errors", "The token policy forbids this: {detail}"
    ),
    "last_admin": QT_TRANSLATE_NOOP(
        "errors",
        "This is the last administrator token: deleting or restricting it would leave "
        "nobody able to manage tokens. Create another administrator token first.",
    ),
    "device_disabled": QT_TRANSLATE_NOOP(
        "errors",
        "This PC's device ID is disabled on the server. An administrator can enable it.",
    ),
    "device_not_bound": QT_TRANSLATE_NOOP(
        "errors",
        "This API token is bound to other devices and cannot be used on this PC. Ask your "
        "administrator for a token for this PC.",
    ),
    "invalid_device_proof": QT_TRANSLATE_NOOP(
        "errors",
        "The server did not accept this PC's device proof. Check that this PC's date and time "
        "are right, then try again.",
    ),
    "device_proof_required": QT_TRANSLATE_NOOP(
        "errors",
        "This API token is bound to devices, and this PC's keyring holds no device key to "
        "prove which device it is. Register this PC on the This device page, or ask your "
        "administrator.",
    ),
    "device_key_mismatch": QT_TRANSLATE_NOOP(
        "errors",
        "The server knows this PC's device ID with another device key: the key in this PC's "
        "keyring is missing or different. An administrator can delete this device ID on the "
        "server so that this PC can register again.",
    ),
    "device_in_use": QT_TRANSLATE_NOOP(
        "errors",
        "A token is bound to this device, so it cannot be deleted. Unbind it from those "
        "tokens first.",
    ),
    "invalid_enrollment": QT_TRANSLATE_NOOP(
        "errors",
        "The server does not accept this enrollment code: it is unknown, used up or expired. "
        "Ask your administrator for a new one.",
    ),
    "payload_too_large": QT_TRANSLATE_NOOP(
        "errors",
        "The request is too large for the server at {url}. Send fewer entries at once.",
    ),
    "search_holds_key": QT_TRANSLATE_NOOP(
        "errors",
        "The search holds a whole API key, so it was not sent to the server. Search by the "
        "key's first 12 characters, {prefix}, instead.",
    ),
    "too_many_attempts": QT_TRANSLATE_NOOP(
        "errors",
        "Too many failed sign-ins from your address. Try again in {retry_after} seconds.",
    ),
    "service_unavailable": QT_TRANSLATE_NOOP(
        "errors", "The server at {url} is temporarily unavailable. Try again in a minute."
    ),
    "internal_error": QT_TRANSLATE_NOOP(
        "errors",
        "The server at {url} had an internal error. Try again; if it "
        "persists, tell the server's administrator.",
    ),
    "cannot_connect": QT_TRANSLATE_NOOP(
        "errors",
        "The server at {url} refused the connection. Is the URL right and the server running?",
    ),
    "timed_out": QT_TRANSLATE_NOOP(
        "errors",
        "The server at {url} did not answer in time. Check your network and try again.",
    ),
    "tls_verification_failed": QT_TRANSLATE_NOOP(
        "errors",
        "The server at {url} presented a certificate this PC "
        "does not trust. Check the URL, or set the "
        "organization's CA bundle in the profile.",
    ),
    "bad_response": QT_TRANSLATE_NOOP(
        "errors",
        "The server at {url} answered with something that is not a "
        "Compliance token server. Is the URL right?",
    ),
    "unexpected_status": QT_TRANSLATE_NOOP(
        "errors", "The server at {url} answered unexpectedly ({detail})."
    ),
    "insecure_url": QT_TRANSLATE_NOOP(
        "errors",
        "Plain http:// is only allowed for this computer's own addresses. Use https:// for {url}.",
    ),
    "invalid_url": QT_TRANSLATE_NOOP(
        "errors", "The server URL is not valid. Enter it like https://compliance.example.com."
    ),
    "redirect_refused": QT_TRANSLATE_NOOP(
        "errors",
        "The server at {url} redirected to an address the API token "
        "must not be sent to. Check the server URL.",
    ),
    "vault_unavailable": QT_TRANSLATE_NOOP(
        "errors",
        "No secure keyring is available on this PC, so the API "
        "token could not be kept safely. Install or unlock your "
        "system's keyring (Windows Credential Manager, GNOME Keyring, "
        "KWallet), then try again.",
    ),
    "vault_unavailable/device_key": QT_TRANSLATE_NOOP(
        "errors",
        "No secure keyring is available on this PC, so its device key could not be kept. "
        "Install or unlock your system's keyring (Windows Credential Manager, GNOME Keyring, "
        "KWallet), then try again.",
    ),
    "vault_locked/device_key": QT_TRANSLATE_NOOP(
        "errors",
        "Your keyring is locked, or its unlock prompt was dismissed, so this PC's device key "
        "could not be used. Unlock the keyring and try again.",
    ),
    "vault_locked": QT_TRANSLATE_NOOP(
        "errors",
        "Your keyring is locked, or its unlock prompt was dismissed. "
        "Unlock the keyring and try again.",
    ),
    "token_too_long": QT_TRANSLATE_NOOP(
        "errors",
        "This API token is too long for Windows Credential Manager "
        "(at most 2,560 bytes). Check that you pasted only the token.",
    ),
    "vault_error": QT_TRANSLATE_NOOP(
        "errors",
        "The system keyring reported an error. Try again; if it persists, "
        "restart the keyring service or this PC.",
    ),
    "profile_file_corrupt": QT_TRANSLATE_NOOP(
        "errors",
        "The profile file could not be read, so the app starts "
        "without a profile. The old file was kept as {moved_to}. "
        "Set up your profile again, or ask your support team to "
        "recover it from that file.",
    ),
    "profile_save_failed": QT_TRANSLATE_NOOP(
        "errors",
        "The profile could not be saved to {path}; the previous "
        "profile file is unchanged. Free some disk space or check "
        "the folder's permissions, then save again.",
    ),
    "device_id_unavailable": QT_TRANSLATE_NOOP(
        "errors",
        "This PC's device ID could not be read or created. Check "
        "that the app may write to its data folder.",
    ),
    "no_profile": QT_TRANSLATE_NOOP(
        "errors", "No profile is set up yet. Fill in the profile first."
    ),
    "no_token": QT_TRANSLATE_NOOP(
        "errors", "This profile has no API token. Enter one in the profile."
    ),
}


def describe(error: BaseException) -> str:
    """One translated sentence for ``error`` that says what happened and what to do."""
    code = getattr(error, "code", None)
    params: dict[str, object] = dict(getattr(error, "params", None) or {})
    params.setdefault("url", getattr(error, "server_url", "") or "")
    # The keyring's errors name what they were keeping: the token, or this PC's device key.
    secret = params.get("secret")
    template = (_TEXTS.get(f"{code}/{secret}") if secret and secret != "token" else None
                ) or _TEXTS.get(code or "")
    if template is None:
        # A code this client does not know (or a local error): the error's own sentence.
        return str(getattr(error, "message", None) or error) or translate(
            "errors", "Something went wrong."
        )
    template = translate("errors", str(template))
    if "expires_at" in params:
        params["expires_at"] = date_text(str(params["expires_at"]))
    params.setdefault("detail", getattr(error, "detail", "") or str(error))
    return fill_named(template, **params)
