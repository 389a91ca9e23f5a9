"""What a person reads about an error: chosen by the error's contract code and translated
here, in the client. The server's English ``detail`` is only the fallback for codes this
version of the client does not know (DESIGN §7)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale


def _tr(text: str) -> str:
    return QCoreApplication.translate("errors", text)


def _date(value: object) -> str:
    if isinstance(value, datetime):
        dt = value
    else:
        try:
            dt = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
        except ValueError:
            return str(value)
    return QLocale().toString(dt.astimezone().date(), QLocale.FormatType.ShortFormat)


def _fill(text: str, **params: object) -> str:
    for name, value in params.items():
        text = text.replace("{" + name + "}", str(value))
    return text


def describe(error: BaseException) -> str:
    """One translated sentence for ``error`` that says what happened and what to do."""
    code = getattr(error, "code", None)
    params: dict[str, object] = dict(getattr(error, "params", None) or {})
    params.setdefault("url", getattr(error, "server_url", "") or "")
    texts = {
        "invalid_token": _tr("The server does not know this API token. It may have been "
                             "deleted or regenerated; ask your administrator for a new one."),
        "token_expired": _tr("This token expired on {expires_at}. Ask your administrator "
                             "to extend it or issue a new one."),
        "ip_blocked": _tr("This token is blocked for your address {address}."),
        "ip_not_allowed": _tr("This token may not be used from your address {address}."),
        "endpoint_blocked": _tr("This token is blocked from {endpoint}."),
        "endpoint_not_allowed": _tr("This token is not allowed to use {endpoint}."),
        "privilege_escalation": _tr("A token may not reach further than your own: {detail}"),
        "not_found": _tr("It no longer exists on the server; someone may have deleted it."),
        "version_mismatch": _tr("This token was changed by someone else."),
        "if_match_required": _tr("The server refused a change without a version check."),
        "invalid_input": _tr("The server refused some fields: {detail}"),
        "too_many_attempts": _tr("Too many failed sign-ins from your address. Try again in "
                                 "{retry_after} seconds."),
        "service_unavailable": _tr("The server at {url} is temporarily unavailable. "
                                   "Try again in a minute."),
        "internal_error": _tr("The server at {url} had an internal error. Try again; if it "
                              "persists, tell the server's administrator."),
        "cannot_connect": _tr("The server at {url} refused the connection. Is the URL right "
                              "and the server running?"),
        "timed_out": _tr("The server at {url} did not answer in time. Check your network "
                         "and try again."),
        "tls_verification_failed": _tr("The server at {url} presented a certificate this PC "
                                       "does not trust. Check the URL, or set the "
                                       "organization's CA bundle in the profile."),
        "bad_response": _tr("The server at {url} answered with something that is not a "
                            "Compliance token server. Is the URL right?"),
        "unexpected_status": _tr("The server at {url} answered unexpectedly ({detail})."),
        "insecure_url": _tr("Plain http:// is only allowed for this computer's own "
                            "addresses. Use https:// for {url}."),
        "invalid_url": _tr("The server URL is not valid. Enter it like "
                           "https://compliance.example.com."),
        "redirect_refused": _tr("The server at {url} redirected to an address the API token "
                                "must not be sent to. Check the server URL."),
        "vault_unavailable": _tr("No secure keyring is available on this PC, so the API "
                                 "token could not be kept safely. Install or unlock your "
                                 "system's keyring (Windows Credential Manager, GNOME Keyring, "
                                 "KWallet), then try again."),
        "vault_locked": _tr("Your keyring is locked, or its unlock prompt was dismissed. "
                            "Unlock the keyring and try again."),
        "token_too_long": _tr("This API token is too long for Windows Credential Manager "
                              "(at most 2,560 bytes). Check that you pasted only the token."),
        "vault_error": _tr("The system keyring reported an error. Try again; if it persists, "
                           "restart the keyring service or this PC."),
        "profile_file_corrupt": _tr("The profile file could not be read, so the app starts "
                                    "without a profile. The old file was kept as {moved_to}. "
                                    "Set up your profile again, or ask your support team to "
                                    "recover it from that file."),
        "profile_save_failed": _tr("The profile could not be saved to {path}; the previous "
                                   "profile file is unchanged. Free some disk space or check "
                                   "the folder's permissions, then save again."),
        "device_id_unavailable": _tr("This PC's device ID could not be read or created. Check "
                                     "that the app may write to its data folder."),
        "no_profile": _tr("No profile is set up yet. Fill in the profile first."),
        "no_token": _tr("This profile has no API token. Enter one in the profile."),
    }
    template = texts.get(code or "")
    if template is None:
        # A code this client does not know (or a local error): the error's own sentence.
        return str(getattr(error, "message", None) or error) or _tr("Something went wrong.")
    if "expires_at" in params:
        params["expires_at"] = _date(params["expires_at"])
    params.setdefault("detail", getattr(error, "detail", "") or str(error))
    return _fill(template, **params)
