"""The access decision (ARCHITECTURE §7) and the reach check that stops privilege escalation.

A :class:`Policy` is compiled once per token version (IP lists into sorted ranges, endpoint
patterns into id sets); a decision is then a bisect and two set look-ups.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from .catalogue import ENDPOINT_IDS, SELF_ID, expand_pattern
from .errors import Code
from .ipset import AddressSpace, IPAddress, IPMatcher, parse_address
from .tokens import SCOPE_GLOBAL, format_instant, is_expired

if TYPE_CHECKING:
    from .records import Device


@dataclass(frozen=True, slots=True)
class Decision:
    """The outcome: ``code`` is None when allowed, else the contract's error code."""

    code: str | None = None
    message: str = ""
    params: dict[str, str] = field(default_factory=dict)

    @property
    def allowed(self) -> bool:
        return self.code is None


ALLOW = Decision()


class HasRestrictions(Protocol):
    """A token as the domain has it, or a database row of one."""

    @property
    def allowed_endpoints(self) -> Sequence[str]: ...
    @property
    def blocked_endpoints(self) -> Sequence[str]: ...
    @property
    def allowed_ips(self) -> Sequence[str]: ...
    @property
    def blocked_ips(self) -> Sequence[str]: ...
    @property
    def expires_at(self) -> datetime | None: ...
    @property
    def bound_devices(self) -> Sequence[str]: ...


def _pattern_index(patterns: Sequence[str]) -> dict[str, str]:
    """Map each catalogue id to the first pattern that covers it."""
    index: dict[str, str] = {}
    for p in patterns:
        for endpoint_id in expand_pattern(p):
            index.setdefault(endpoint_id, p)
    return index


class Policy:
    """One token's compiled restrictions."""

    __slots__ = ("_allowed_ep", "_allowed_ep_given", "_allowed_ips", "_blocked_ep", "_blocked_ips",
                 "_ip_lists", "_space", "bound_devices", "expires_at")

    def __init__(self, *, allowed_endpoints: Sequence[str] = (),
                 blocked_endpoints: Sequence[str] = (), allowed_ips: Sequence[str] = (),
                 blocked_ips: Sequence[str] = (), expires_at: datetime | None = None,
                 bound_devices: Collection[str] = ()) -> None:
        self._allowed_ep = _pattern_index(allowed_endpoints)
        self._blocked_ep = _pattern_index(blocked_endpoints)
        # An allowed list whose patterns match nothing must still restrict.
        self._allowed_ep_given = bool(allowed_endpoints)
        self._allowed_ips = IPMatcher(allowed_ips)
        self._blocked_ips = IPMatcher(blocked_ips)
        self._ip_lists = (tuple(allowed_ips), tuple(blocked_ips))
        self._space: AddressSpace | None = None
        self.expires_at = expires_at
        #: Device IDs (of the token's organization) whose proof the token needs; empty: any.
        self.bound_devices = frozenset(bound_devices)

    @classmethod
    def of(cls, token: HasRestrictions) -> Policy:
        """Compile from anything with the token's list and expiry attributes."""
        return cls(
            allowed_endpoints=token.allowed_endpoints,
            blocked_endpoints=token.blocked_endpoints,
            allowed_ips=token.allowed_ips,
            blocked_ips=token.blocked_ips,
            expires_at=token.expires_at,
            bound_devices=token.bound_devices or (),
        )

    # -- the decision ----------------------------------------------------------------------

    def check_expiry(self, now: datetime) -> Decision:
        if is_expired(self.expires_at, now):
            when = format_instant(self.expires_at) or ""
            return Decision(Code.TOKEN_EXPIRED, f"This token expired on {when[:10]}.",
                            {"expires_at": when})
        return ALLOW

    def check_address(self, address: IPAddress | str) -> Decision:
        # Fold IPv4-mapped IPv6 here too, so the message names the address as it is compared.
        addr = parse_address(str(address))
        entry = self._blocked_ips.match(addr)
        if entry is not None:
            return Decision(Code.IP_BLOCKED,
                            f"{addr} is in this token's blocked IPs ({entry}).",
                            {"address": str(addr), "entry": entry})
        if self._allowed_ips and self._allowed_ips.match(addr) is None:
            return Decision(Code.IP_NOT_ALLOWED,
                            f"{addr} is not in this token's allowed IPs.",
                            {"address": str(addr)})
        return ALLOW

    def check_endpoint(self, endpoint_id: str) -> Decision:
        if endpoint_id == SELF_ID:
            return ALLOW
        pattern = self._blocked_ep.get(endpoint_id)
        if pattern is not None:
            return Decision(Code.ENDPOINT_BLOCKED,
                            f"{endpoint_id} is in this token's blocked endpoints ({pattern}).",
                            {"endpoint": endpoint_id, "entry": pattern})
        if self._allowed_ep_given and endpoint_id not in self._allowed_ep:
            return Decision(Code.ENDPOINT_NOT_ALLOWED,
                            f"{endpoint_id} is not in this token's allowed endpoints.",
                            {"endpoint": endpoint_id})
        return ALLOW

    def check_devices(self, proof_devices: Sequence[Device] | None,
                      organization_id: str) -> Decision:
        """Steps 2b and 2c of ARCHITECTURE §10: ``proof_devices`` are the registered devices the
        request's valid proof names (None: no proof). A disabled one refuses everything; a
        bound token needs a proof naming one of its devices (of its ``organization_id``)."""
        for device in proof_devices or ():
            if device.disabled:
                return Decision(Code.DEVICE_DISABLED,
                                f"The device ID {device.device_id} of this PC is disabled on "
                                "the server. An administrator can enable it.",
                                {"device_id": device.device_id})
        if not self.bound_devices:
            return ALLOW
        if proof_devices is None:
            return Decision(Code.DEVICE_PROOF_REQUIRED,
                            "This token is bound to devices: send a proof of this PC's "
                            "device key (DPoP header).")
        if not any(d.device_id in self.bound_devices and d.organization_id == organization_id
                   for d in proof_devices):
            return Decision(Code.DEVICE_NOT_BOUND,
                            "This token is bound to other devices than the one this request "
                            "comes from.")
        return ALLOW

    def decide(self, address: IPAddress | str, endpoint_id: str, now: datetime,
               proof_devices: Sequence[Device] | None = None,
               organization_id: str = "") -> Decision:
        """Rules 1 (expiry) to 4 of ARCHITECTURE §7 with the device steps 2b and 2c (§8), in
        order; the first failure names the error. Step 2a (the proof's validity) is checked
        before the devices it names can be known, by the server."""
        for decision in (self.check_expiry(now), self.check_address(address)):
            if not decision.allowed:
                return decision
        decision = self.check_devices(proof_devices, organization_id)
        return decision if not decision.allowed else self.check_endpoint(endpoint_id)

    # -- reach -----------------------------------------------------------------------------

    def effective_endpoints(self) -> tuple[str, ...]:
        """Every catalogue id this token may call (tokens.self always among them)."""
        return tuple(i for i in ENDPOINT_IDS if self.check_endpoint(i).allowed)

    @property
    def restricts_addresses(self) -> bool:
        return any(self._ip_lists)

    def address_space(self) -> AddressSpace:
        """Where the token may be used from; worked out once (a caller's compiled policy is
        cached per token revision, so its space serves every reach check it makes)."""
        if self._space is None:
            self._space = AddressSpace.reach(*self._ip_lists)
        return self._space


def check_reach(caller: Policy, candidate: Policy) -> Decision:
    """Rule 5: a token made or changed by ``caller`` may reach no further than the caller."""
    mine = set(caller.effective_endpoints())
    for endpoint_id in candidate.effective_endpoints():
        if endpoint_id not in mine:
            return Decision(
                Code.PRIVILEGE_ESCALATION,
                f"The token could call {endpoint_id}, which your own token may not.",
                {"endpoint": endpoint_id})
    outside = candidate.address_space().first_outside(caller.address_space())
    if outside is not None:
        return Decision(
            Code.PRIVILEGE_ESCALATION,
            f"The token could be used from {outside}, which your own token may not; "
            "restrict its IPs to your own.",
            {"address": outside})
    return ALLOW


# -- organizations and reach (ARCHITECTURE §7) -----------------------------------------------------


@dataclass(frozen=True, slots=True)
class Reach:
    """What a token can reach: its scope, its organization and its compiled policy (lists
    and expiry). The caller of a change, the token as it is, and the token as it would be
    are each one of these."""

    scope: str
    organization_id: str
    policy: Policy
    #: False for a suspended token (DESIGN §10): it reaches nothing while switched off, and
    #: is no administrator.
    active: bool = True

    @property
    def is_global(self) -> bool:
        return self.scope == SCOPE_GLOBAL


def _escalation(message: str, **params: str) -> Decision:
    return Decision(Code.PRIVILEGE_ESCALATION, message, params)


def check_change(caller: Reach, *, target: Reach | None = None, result: Reach | None = None,
                 sets_expiry: bool = False) -> Decision:
    """May ``caller`` turn ``target`` (None: a new token) into ``result`` (None: deleted)?

    The four rules of ARCHITECTURE §7, in order: scope, endpoints and IPs (of the result and of the
    token as it is), expiry when the change sets one, and devices: a caller bound to devices
    makes and changes only tokens bound to some of them. Visibility is the server's query
    filter, not decided here.
    """
    if result is not None and not caller.is_global:
        if result.is_global:
            return _escalation("Only a global token may create or change global tokens.",
                               field="scope")
        if result.organization_id != caller.organization_id:
            return _escalation(
                f"Your token acts only inside organization {caller.organization_id}.",
                field="organization_id")
    for token in (target, result):
        if token is not None:
            decision = check_reach(caller.policy, token.policy)
            if not decision.allowed:
                return decision
    limit = caller.policy.expires_at
    if sets_expiry and result is not None and limit is not None:
        expires = result.policy.expires_at
        if expires is None or expires > limit:
            when = format_instant(limit) or ""
            return _escalation(
                f"Your own token expires at {when}; the token must expire no later.",
                field="expires_at", expires_at=when)
    mine = caller.policy.bound_devices
    if mine:
        for token in (target, result):
            if token is not None and not (token.policy.bound_devices
                                          and token.policy.bound_devices <= mine):
                return _escalation(
                    "Your token is bound to devices; the token must be bound to some of "
                    "yours too.", field="bound_devices")
    return ALLOW


def is_administrator(reach: Reach, now: datetime) -> bool:
    """An administrator token (ARCHITECTURE §7): active (not suspended), global, unexpired,
    every operation, no IP lists, bound to no device."""
    policy = reach.policy
    return (reach.active and reach.is_global and not is_expired(policy.expires_at, now)
            and not policy.restricts_addresses and not policy.bound_devices
            and len(policy.effective_endpoints()) == len(ENDPOINT_IDS))
