"""The token form's field problems in the user's language, chosen by the domain's codes
(the domain's English message is only the fallback for a code without a text here)."""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

from PySide6.QtCore import QObject

from ...domain.errors import FieldProblem
from ...domain.ipset import IPEntryError
from ..i18n import translate
from ..text import fill


class PolicyPlurals(QObject):
    """The texts with a number of days: pyside6-lupdate makes a plural (one form per number,
    "1 day") only of ``self.tr`` in a method, with a plain name as the number."""

    def too_late(self, days: int) -> str:
        return self.tr("The token policy allows at most %n days from today: pick an earlier "
                       "day.", "", days)


_PLURALS = PolicyPlurals()


def ip_problem_text(exc: IPEntryError) -> str:
    """One IP entry's problem, translated by its code (the domain's English is a fallback)."""
    entry = exc.entry.strip()
    if exc.code == "ip_empty":
        return translate("TokenDialog", "The entry is empty.")
    if exc.code == "ip_host_bits":
        fixed = ipaddress.ip_network(entry, strict=False)
        return fill(
            translate("TokenDialog", "%1 has host bits set; did you mean %2?"), entry, fixed
        )
    if exc.code == "ip_invalid" and "%" in entry:
        return fill(
            translate(
                "TokenDialog", "%1 holds an interface zone (%…); enter the address without it."
            ),
            entry,
        )
    if exc.code == "ip_invalid":
        return fill(
            translate(
                "TokenDialog",
                "%1 is not an IP address or network (e.g. 10.0.0.5, 10.0.0.0/8, 2001:db8::/32).",
            ),
            entry,
        )
    return str(exc)


def _whole(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def problem_text(p: FieldProblem) -> str:
    """A field problem from ``validate_token_fields`` or ``TokenPolicy.problems`` in the
    user's language."""
    entry = str(p.params.get("entry", ""))
    texts = {
        "required": {
            "organization_name": translate("TokenDialog", "Enter the organization name."),
            "organization_id": translate("TokenDialog", "Enter the organization ID."),
        }.get(p.field),
        "too_long": fill(
            translate("TokenDialog", "This is longer than %1 characters."), p.params.get("max", "")
        ),
        "not_text": translate("TokenDialog", "This must be text."),
        "bad_org_id": translate(
            "TokenDialog",
            "An organization ID holds letters, digits, '.', '_' and '-', and "
            "starts with a letter or digit.",
        ),
        "too_many": fill(
            translate("TokenDialog", "At most %1 entries are allowed."), p.params.get("max", "")
        ),
        "unknown_endpoint": fill(
            translate(
                "TokenDialog",
                "%1 matches no endpoint; use an id such as tokens.read, "
                "a group such as tokens.*, or *.",
            ),
            entry or "?",
        ),
        "duplicate": fill(translate("TokenDialog", "%1 is listed twice."), entry),
        "in_both_lists": fill(
            translate(
                "TokenDialog", "%1 is in both the allowed and the blocked list; remove it from one."
            ),
            entry,
        ),
        "expiry_past": translate("TokenDialog", "The expire date must be in the future."),
        "expiry_far": translate("TokenDialog", "The expire date is more than 100 years away."),
        "bad_instant": translate("TokenDialog", "The expire date is not valid."),
        "bad_device_id": fill(translate("TokenDialog", "%1 is not a device ID."), entry or "?"),
        "control_character": translate(
            "TokenDialog", "This holds a control character (pasted, perhaps); remove it."),
        "lone_surrogate": translate(
            "TokenDialog", "This holds a broken character (pasted, perhaps); type it again."),
        # the token policy (ARCHITECTURE §11)
        "expiry_required": translate(
            "TokenDialog", "The token policy requires an expire date: pick one."),
        "expiry_too_late": _PLURALS.too_late(_whole(p.params.get("days"))),
        "ip_restriction_required": translate(
            "TokenDialog",
            "The token policy requires at least one allowed IP address or network: add one."),
    }
    if p.code.startswith("ip_") and entry:
        return ip_problem_text(IPEntryError(entry, p.code, p.message))
    return texts.get(p.code) or p.message


def foreign_devices_text(device_ids: Sequence[str], organization_id: str) -> str:
    """Devices ticked that are not (or no longer) devices of the token's organization: the
    dialog's own check, and its reading of the server's 422 on ``bound_devices`` (whose
    English text names the device)."""
    if not device_ids:
        return fill(
            translate(
                "TokenDialog",
                "A device ticked here is not registered in organization %1 (deleted "
                "meanwhile?): untick it, or pick the organization's devices again.",
            ),
            organization_id,
        )
    return fill(
        translate(
            "TokenDialog",
            "Not a registered device of organization %1: %2. Untick it: a token is bound only "
            "to devices of its own organization.",
        ),
        organization_id,
        ", ".join(device_ids),
    )
