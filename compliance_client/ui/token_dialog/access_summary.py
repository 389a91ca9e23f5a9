"""What a token's fields let it do: the summary the token dialog shows under its form.

Pure (no Qt), so it is tested without a display. :func:`summarize` works out the facts (how
many endpoints, from which addresses and devices, until when, and what deserves a warning);
:func:`sentence` and :func:`warning_lines` put them into templates the caller has already
translated (:class:`SummaryTexts`), filling ``%1``, ``%2``… in one pass.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from ...domain.catalogue import ENDPOINT_IDS, SELF_ID, expand_pattern
from ...domain.ipset import AddressSpace
from ...domain.policy import Policy, check_reach
from ...domain.records import Device
from ...domain.tokens import SCOPE_GLOBAL
from ..text import fill

PREVIEW_LIMIT = 3  # IP entries named in the sentence before "… and N more"


class Caution(StrEnum):
    """Something about the token worth a warning under the summary."""

    ENDPOINT_IN_BOTH = "endpoint_in_both"  # an endpoint pattern is allowed and blocked (%1)
    IP_IN_BOTH = "ip_in_both"  # an IP entry is allowed and blocked (%1)
    NOWHERE = "nowhere"  # the blocked IPs cover every allowed address
    SELF_ONLY = "self_only"  # no endpoint but checking itself (tokens.self)
    UNRESTRICTED = "unrestricted"  # every endpoint from any address
    GLOBAL = "global"  # it acts on every organization
    BEYOND_CALLER = "beyond_caller"  # it reaches further than the signed-in token
    DEVICE_UNKNOWN = "device_unknown"  # a bound device is not one of the organization's (%1)
    DEVICE_DISABLED = "device_disabled"  # a bound device is disabled (%1)
    DEVICE_CANNOT_SIGN = "device_cannot_sign"  # a bound device has no device key (%1)
    DEVICES_BEYOND_CALLER = "devices_beyond_caller"  # the signed-in token is bound; this is not
    # bound to some of its devices (DESIGN §8 reach rule 4)


@dataclass(frozen=True)
class AccessSummary:
    """The facts behind the summary; ``cautions`` pairs each caution with the entry it is
    about ("" when it is about the whole token), in the order they are shown."""

    endpoints: int  # how many endpoints the token may call (tokens.self among them)
    total: int  # how many endpoints there are
    allowed_ips: tuple[str, ...]
    blocked_ips: tuple[str, ...]
    expires_at: datetime | None
    # tokens.self is counted only because every token may call it (ARCHITECTURE §7 rule 3):
    # the lists leave it out or block it. Unsaid, "2 ticked, may call 3" reads like a bug.
    self_included: bool
    cautions: tuple[tuple[Caution, str], ...] = ()
    expiry_known: bool = True  # False while the expire date typed cannot be read
    #: The devices it is bound to, each as its host name (its ID while the device is not
    #: known); empty: not bound, usable from any device.
    devices: tuple[str, ...] = ()

    @property
    def every_endpoint(self) -> bool:
        return self.endpoints == self.total

    @property
    def from_anywhere(self) -> bool:
        return not self.allowed_ips and not self.blocked_ips


def summarize(
    *,
    allowed_endpoints: Sequence[str] = (),
    blocked_endpoints: Sequence[str] = (),
    allowed_ips: Sequence[str] = (),
    blocked_ips: Sequence[str] = (),
    expires_at: datetime | None = None,
    expiry_known: bool = True,
    scope: str = "",
    caller: Policy | None = None,
    bound_devices: Sequence[str] = (),
    devices: Sequence[Device] | None = None,
) -> AccessSummary:
    """The summary of a token with these fields. The IP lists hold the valid entries only,
    normalized and without repeats (what the editors' ``valid_entries()`` give);
    ``expiry_known`` is False while the date typed cannot be read (the summary then names no
    expiry); ``caller`` is the policy of the token the app is signed in with, when known.
    ``bound_devices`` are the IDs of the devices the token is bound to, ``devices`` the
    registered devices of its organization (None while they are not known)."""
    policy = Policy(
        allowed_endpoints=allowed_endpoints,
        blocked_endpoints=blocked_endpoints,
        allowed_ips=allowed_ips,
        blocked_ips=blocked_ips,
    )
    count, total = len(policy.effective_endpoints()), len(ENDPOINT_IDS)
    listed = not allowed_endpoints or any(SELF_ID in expand_pattern(p) for p in allowed_endpoints)
    blocked = any(SELF_ID in expand_pattern(p) for p in blocked_endpoints)
    cautions: list[tuple[Caution, str]] = []
    cautions += [(Caution.ENDPOINT_IN_BOTH, e) for e in allowed_endpoints if e in blocked_endpoints]
    cautions += [(Caution.IP_IN_BOTH, e) for e in allowed_ips if e in blocked_ips]
    if allowed_ips and AddressSpace.reach(allowed_ips, blocked_ips).is_empty():
        cautions.append((Caution.NOWHERE, ""))
    if count == 1:
        cautions.append((Caution.SELF_ONLY, ""))
    if count == total and not allowed_ips and not blocked_ips and not bound_devices:
        cautions.append((Caution.UNRESTRICTED, ""))
    if scope == SCOPE_GLOBAL:
        cautions.append((Caution.GLOBAL, ""))
    if caller is not None and not check_reach(caller, policy).allowed:
        cautions.append((Caution.BEYOND_CALLER, ""))
    known = {d.device_id: d for d in devices or ()}
    names: list[str] = []
    for device_id in bound_devices:
        device = known.get(device_id)
        names.append(device.hostname or device_id if device is not None else device_id)
        if device is None:
            if devices is not None:
                cautions.append((Caution.DEVICE_UNKNOWN, device_id))
            continue
        if device.disabled:
            cautions.append((Caution.DEVICE_DISABLED, names[-1]))
        if not device.key_thumbprint:
            cautions.append((Caution.DEVICE_CANNOT_SIGN, names[-1]))
    if caller is not None and caller.bound_devices and not (
            bound_devices and set(bound_devices) <= caller.bound_devices):
        cautions.append((Caution.DEVICES_BEYOND_CALLER, ""))
    return AccessSummary(
        endpoints=count,
        total=total,
        allowed_ips=tuple(allowed_ips),
        blocked_ips=tuple(blocked_ips),
        expires_at=expires_at,
        self_included=blocked or not listed,
        cautions=tuple(cautions),
        expiry_known=expiry_known,
        devices=tuple(names),
    )


@dataclass(frozen=True)
class SummaryTexts:
    """The summary's templates in the user's language (the English is in the comments)."""

    unrestricted: str  # "This token may call every endpoint from any address."
    any_address: str  # "any address"
    every_endpoint: str  # "May call every endpoint from %1."
    every_endpoint_except: str  # "May call every endpoint from %1 except %2."
    some_endpoints: str  # "May call %1 of %2 endpoints from %3."
    some_endpoints_except: str  # "May call %1 of %2 endpoints from %3 except %4."
    self_included: str  # "This includes %1, which every token may call." (%1: tokens.self)
    never_expires: str  # "Never expires."
    expires: str  # "Expires %1."
    more: str  # "%1 and %2 more"
    cautions: Mapping[Caution, str]  # one line per caution, %1 the entry it is about
    # Last, with its English as the default: summaries of tokens bound to no device (all of
    # them before DESIGN §9) never use it.
    bound: str = "Only from the devices it is bound to: %1."


def preview(entries: Sequence[str], more: str, limit: int = PREVIEW_LIMIT) -> str:
    """The first ``limit`` entries, then ``more`` ("%1 and %2 more") when there are others."""
    shown = ", ".join(entries[:limit])
    rest = len(entries) - limit
    return fill(more, shown, rest) if rest > 0 else shown


def sentence(
    summary: AccessSummary, texts: SummaryTexts, instant_text: Callable[[datetime], str]
) -> str:
    """What the token may call, from where, why the count holds tokens.self when the lists
    do not, and until when; ``instant_text`` writes the expiry instant as the user reads
    instants."""
    s, t = summary, texts
    if s.every_endpoint and s.from_anywhere:
        text = t.unrestricted
    else:
        where = preview(s.allowed_ips, t.more) if s.allowed_ips else t.any_address
        if s.every_endpoint and s.blocked_ips:
            text = fill(t.every_endpoint_except, where, preview(s.blocked_ips, t.more))
        elif s.every_endpoint:
            text = fill(t.every_endpoint, where)
        elif s.blocked_ips:
            text = fill(
                t.some_endpoints_except, s.endpoints, s.total, where, preview(s.blocked_ips, t.more)
            )
        else:
            text = fill(t.some_endpoints, s.endpoints, s.total, where)
    if s.self_included:
        text += " " + fill(t.self_included, SELF_ID)
    if s.devices:
        text += " " + fill(t.bound, preview(s.devices, t.more))
    if not s.expiry_known:
        return text
    if s.expires_at is None:
        return text + " " + t.never_expires
    return text + " " + fill(t.expires, instant_text(s.expires_at))


def warning_lines(summary: AccessSummary, texts: SummaryTexts) -> list[str]:
    """One line per caution, in order."""
    return [fill(texts.cautions[caution], entry) for caution, entry in summary.cautions]
