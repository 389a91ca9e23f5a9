"""ARCHITECTURE §7: the access decision, rule by rule, and the reach check (rule 5)."""

from __future__ import annotations

import ipaddress
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compliance_client.domain.catalogue import ENDPOINT_IDS, pattern_choices
from compliance_client.domain.errors import STATUS_OF_CODE, Code
from compliance_client.domain.ipset import IPEntryError
from compliance_client.domain.policy import (
    Decision,
    Policy,
    Reach,
    check_change,
    check_reach,
    is_administrator,
)

NOW = datetime(2030, 6, 1, 12, 0, tzinfo=UTC)
US = timedelta(microseconds=1)
MAPPED = ipaddress.IPv6Network("::ffff:0:0/96")


def decide(address: str = "10.1.2.3", endpoint: str = "tokens.read", now: datetime = NOW,
           **lists: object) -> Decision:
    return Policy(**lists).decide(address, endpoint, now)  # type: ignore[arg-type]


# ---- a reference implementation, written from the text of §5 -----------------------------------


def _fold(addr: ipaddress._BaseAddress) -> ipaddress._BaseAddress:
    return addr.ipv4_mapped if addr.version == 6 and addr.ipv4_mapped else addr


def _entry(text: str) -> ipaddress._BaseNetwork:
    net = ipaddress.ip_network(text)
    if net.version == 6 and net.prefixlen >= 96 and net.subnet_of(MAPPED):
        return ipaddress.ip_network(f"{_fold(net.network_address)}/{net.prefixlen - 96}")
    return net


def _pattern_matches(pattern: str, endpoint: str) -> bool:
    if pattern == "*":
        return True
    if pattern.endswith(".*"):
        return endpoint.split(".")[0] == pattern[:-2]
    return pattern == endpoint


def ref_ip_code(allowed_ips: list[str], blocked_ips: list[str], address: str) -> str | None:
    return _ref_ip_code([_entry(e) for e in allowed_ips], [_entry(e) for e in blocked_ips],
                        _fold(ipaddress.ip_address(address)))


def _ref_ip_code(allowed: list, blocked: list, a: ipaddress._BaseAddress) -> str | None:
    if any(a in net for net in blocked):
        return Code.IP_BLOCKED
    if allowed and not any(a in net for net in allowed):
        return Code.IP_NOT_ALLOWED
    return None


def ref_endpoint_code(allowed: list[str], blocked: list[str], endpoint: str) -> str | None:
    if endpoint == "tokens.self":
        return None
    if any(_pattern_matches(p, endpoint) for p in blocked):
        return Code.ENDPOINT_BLOCKED
    if allowed and not any(_pattern_matches(p, endpoint) for p in allowed):
        return Code.ENDPOINT_NOT_ALLOWED
    return None


def ref_decide(t: dict, address: str, endpoint: str, now: datetime) -> str | None:
    if t["expires_at"] is not None and t["expires_at"] <= now:
        return Code.TOKEN_EXPIRED
    return (ref_ip_code(t["allowed_ips"], t["blocked_ips"], address)
            or ref_endpoint_code(t["allowed_endpoints"], t["blocked_endpoints"], endpoint))


# ---- strategies --------------------------------------------------------------------------------

v4_entries = st.tuples(st.integers(0, 63), st.integers(26, 32)).map(
    lambda t: ipaddress.IPv4Network((int(ipaddress.IPv4Address("10.0.0.0")) + t[0], t[1]),
                                    strict=False))
v6_entries = st.tuples(st.integers(0, 31), st.integers(123, 128)).map(
    lambda t: ipaddress.IPv6Network((int(ipaddress.IPv6Address("2001:db8::")) + t[0], t[1]),
                                    strict=False))
ip_entries = st.one_of(
    v4_entries.map(str),
    v4_entries.map(lambda n: f"::ffff:{n.network_address}/{n.prefixlen + 96}"),
    v6_entries.map(str),
)
addresses = st.one_of(
    st.integers(0, 63).map(lambda i: f"10.0.0.{i}"),
    st.integers(0, 63).map(lambda i: f"::ffff:10.0.0.{i}"),
    st.integers(0, 31).map(lambda i: str(ipaddress.IPv6Address("2001:db8::") + i)),
    st.sampled_from(["192.0.2.1", "2001:db8:1::1", "::1"]),
)
patterns = st.sampled_from(pattern_choices())
expiries = st.one_of(st.none(), st.sampled_from([-timedelta(days=1), -US, timedelta(0), US,
                                                 timedelta(days=1)]).map(lambda d: NOW + d))
tokens = st.fixed_dictionaries({
    "allowed_endpoints": st.lists(patterns, max_size=3),
    "blocked_endpoints": st.lists(patterns, max_size=3),
    "allowed_ips": st.lists(ip_entries, max_size=3),
    "blocked_ips": st.lists(ip_entries, max_size=3),
    "expires_at": expiries,
})


@settings(max_examples=200)
@given(tokens, addresses, st.sampled_from(ENDPOINT_IDS))
def test_decide_equals_the_reference(t: dict, address: str, endpoint: str) -> None:
    d = Policy(**t).decide(address, endpoint, NOW)
    assert d.code == ref_decide(t, address, endpoint, NOW)
    assert d.allowed == (d.code is None)
    if d.code == Code.IP_BLOCKED:
        # The entry named really holds the address, and it is one of the token's entries.
        assert d.params["entry"] in t["blocked_ips"]
        assert ref_ip_code([], [d.params["entry"]], address) == Code.IP_BLOCKED
    if d.code == Code.ENDPOINT_BLOCKED:
        assert d.params["entry"] in t["blocked_endpoints"]
        assert _pattern_matches(d.params["entry"], endpoint)
    if d.code is not None:
        assert d.message
        assert d.code in STATUS_OF_CODE


# ---- rule order --------------------------------------------------------------------------------


def test_everything_fails_and_expiry_is_named_first() -> None:
    d = decide(expires_at=NOW, blocked_ips=["10.0.0.0/8"], blocked_endpoints=["*"])
    assert d.code == Code.TOKEN_EXPIRED
    assert STATUS_OF_CODE[d.code] == 401


def test_ip_is_named_before_endpoint() -> None:
    assert decide(blocked_ips=["10.0.0.0/8"], blocked_endpoints=["*"]).code == Code.IP_BLOCKED
    assert decide(allowed_ips=["192.0.2.0/24"],
                  allowed_endpoints=["devices.list"]).code == Code.IP_NOT_ALLOWED


def test_endpoint_rules_apply_once_address_passes() -> None:
    assert decide(blocked_endpoints=["tokens.*"]).code == Code.ENDPOINT_BLOCKED
    assert decide(allowed_endpoints=["devices.*"]).code == Code.ENDPOINT_NOT_ALLOWED
    assert STATUS_OF_CODE[Code.ENDPOINT_BLOCKED] == 403


def test_unrestricted_token_is_allowed_everywhere() -> None:
    p = Policy()
    for endpoint in ENDPOINT_IDS:
        for address in ("10.1.2.3", "::1", "2001:db8::1", "::ffff:192.0.2.1"):
            assert p.decide(address, endpoint, NOW).allowed


# ---- rule 1: expiry ----------------------------------------------------------------------------


def test_expiry_boundary() -> None:
    assert decide(expires_at=NOW).code == Code.TOKEN_EXPIRED  # at now: expired
    assert decide(expires_at=NOW - US).code == Code.TOKEN_EXPIRED
    assert decide(expires_at=NOW + US).allowed  # i.e. now is 1 µs before expiry: not yet
    assert decide(expires_at=None).allowed


def test_expired_message_names_the_day() -> None:
    d = decide(expires_at=datetime(2030, 5, 31, 21, 59, 59, tzinfo=UTC))
    assert d.message == "This token expired on 2030-05-31."
    assert d.params == {"expires_at": "2030-05-31T21:59:59Z"}


# ---- rule 2: addresses -------------------------------------------------------------------------


def test_blocked_ip_message_names_address_and_entry() -> None:
    d = decide(address="10.1.2.3", blocked_ips=["10.1.0.0/16"])
    assert d.code == Code.IP_BLOCKED
    assert d.message == "10.1.2.3 is in this token's blocked IPs (10.1.0.0/16)."
    assert d.params == {"address": "10.1.2.3", "entry": "10.1.0.0/16"}


def test_not_allowed_ip_message_names_address() -> None:
    d = decide(address="192.0.2.9", allowed_ips=["10.0.0.0/8", "2001:db8::/32"])
    assert d.code == Code.IP_NOT_ALLOWED
    assert d.message == "192.0.2.9 is not in this token's allowed IPs."
    assert d.params == {"address": "192.0.2.9"}


def test_blocked_ip_wins_over_allowed() -> None:
    lists = {"allowed_ips": ["10.0.0.0/8"], "blocked_ips": ["10.1.0.0/16"]}
    assert decide(address="10.1.2.3", **lists).code == Code.IP_BLOCKED
    assert decide(address="10.2.0.1", **lists).allowed
    # Even an exact allowed host loses to a blocked network around it.
    assert decide(address="10.1.2.3", allowed_ips=["10.1.2.3"],
                  blocked_ips=["10.0.0.0/8"]).code == Code.IP_BLOCKED


def test_only_a_blocked_ip_restricts_nothing_else() -> None:
    lists = {"blocked_ips": ["10.1.2.3"]}
    assert decide(address="10.1.2.3", **lists).code == Code.IP_BLOCKED
    for other in ("10.1.2.2", "10.1.2.4", "192.0.2.1", "2001:db8::1"):
        assert decide(address=other, **lists).allowed


def test_ipv4_mapped_client_compared_as_ipv4() -> None:
    d = decide(address="::ffff:10.1.2.3", blocked_ips=["10.1.0.0/16"])
    assert d.code == Code.IP_BLOCKED
    assert d.params["address"] == "10.1.2.3"
    assert decide(address="::ffff:10.1.2.3", allowed_ips=["10.1.0.0/16"]).allowed
    assert decide(address=ipaddress.IPv6Address("::ffff:10.1.2.3"),  # type: ignore[arg-type]
                  blocked_ips=["10.1.0.0/16"]).params["address"] == "10.1.2.3"
    # And a mapped entry holds the plain IPv4 client.
    assert decide(address="10.1.2.3",
                  blocked_ips=["::ffff:10.1.0.0/112"]).code == Code.IP_BLOCKED


def test_ipv6_entries() -> None:
    lists = {"allowed_ips": ["2001:db8::/32"], "blocked_ips": ["2001:db8:bad::/48"]}
    assert decide(address="2001:db8::1", **lists).allowed
    assert decide(address="2001:db8:bad::1", **lists).code == Code.IP_BLOCKED
    assert decide(address="2001:db9::1", **lists).code == Code.IP_NOT_ALLOWED
    assert decide(address="10.1.2.3", **lists).code == Code.IP_NOT_ALLOWED


def test_invalid_stored_entry_is_refused_at_compile_time() -> None:
    with pytest.raises(IPEntryError):
        Policy(blocked_ips=["10.0.0.1/8"])


# ---- rule 3: tokens.self -----------------------------------------------------------------------


def test_tokens_self_passes_endpoint_rules() -> None:
    assert decide(endpoint="tokens.self", blocked_endpoints=["*"]).allowed
    assert decide(endpoint="tokens.self", blocked_endpoints=["tokens.self"]).allowed
    assert decide(endpoint="tokens.self", allowed_endpoints=["devices.list"]).allowed


def test_tokens_self_still_needs_a_valid_token_and_address() -> None:
    assert decide(endpoint="tokens.self", blocked_ips=["10.1.2.3"]).code == Code.IP_BLOCKED
    assert decide(endpoint="tokens.self",
                  allowed_ips=["192.0.2.0/24"]).code == Code.IP_NOT_ALLOWED
    assert decide(endpoint="tokens.self", expires_at=NOW).code == Code.TOKEN_EXPIRED


# ---- rule 4: endpoints -------------------------------------------------------------------------


@pytest.mark.parametrize(("pattern", "hits", "misses"), [
    ("tokens.read", ["tokens.read"], ["tokens.list", "devices.read"]),
    ("tokens.*", ["tokens.read", "tokens.delete", "tokens.create"], ["devices.read", "audit.read"]),
    ("devices.*", ["devices.disable", "devices.list"], ["tokens.read"]),
    ("*", list(ENDPOINT_IDS), []),
])
def test_patterns(pattern: str, hits: list[str], misses: list[str]) -> None:
    for endpoint in hits:
        if endpoint == "tokens.self":
            continue
        d = decide(endpoint=endpoint, blocked_endpoints=[pattern])
        assert d.code == Code.ENDPOINT_BLOCKED
        assert d.message == f"{endpoint} is in this token's blocked endpoints ({pattern})."
        assert decide(endpoint=endpoint, allowed_endpoints=[pattern]).allowed
    for endpoint in misses:
        assert decide(endpoint=endpoint, blocked_endpoints=[pattern]).allowed
        d = decide(endpoint=endpoint, allowed_endpoints=[pattern])
        assert d.code == Code.ENDPOINT_NOT_ALLOWED
        assert d.message == f"{endpoint} is not in this token's allowed endpoints."


def test_blocked_endpoint_wins_over_allowed() -> None:
    lists = {"allowed_endpoints": ["tokens.*"], "blocked_endpoints": ["tokens.delete"]}
    assert decide(endpoint="tokens.delete", **lists).code == Code.ENDPOINT_BLOCKED
    assert decide(endpoint="tokens.read", **lists).allowed
    assert decide(endpoint="tokens.read", allowed_endpoints=["tokens.read"],
                  blocked_endpoints=["*"]).code == Code.ENDPOINT_BLOCKED


def test_allowed_list_matching_nothing_still_restricts() -> None:
    # Stored data from an older catalogue: the list is not empty, so it is not "everything".
    assert decide(allowed_endpoints=["gone.*"]).code == Code.ENDPOINT_NOT_ALLOWED


def test_effective_endpoints_always_include_tokens_self() -> None:
    assert Policy(blocked_endpoints=["*"]).effective_endpoints() == ("tokens.self",)
    assert Policy().effective_endpoints() == ENDPOINT_IDS
    assert set(Policy(allowed_endpoints=["devices.*"]).effective_endpoints()) == {
        "tokens.self", "devices.register", "devices.list", "devices.read", "devices.disable",
        "devices.enable", "devices.delete"}


def test_policy_of_a_token_object() -> None:
    token = SimpleNamespace(allowed_endpoints=("devices.*",), blocked_endpoints=(),
                            allowed_ips=(), blocked_ips=("10.1.0.0/16",), expires_at=None,
                            bound_devices=())
    p = Policy.of(token)
    assert p.decide("10.1.2.3", "devices.list", NOW).code == Code.IP_BLOCKED
    assert p.decide("10.2.0.1", "tokens.read", NOW).code == Code.ENDPOINT_NOT_ALLOWED
    assert p.decide("10.2.0.1", "devices.list", NOW).allowed


# ---- rule 5: reach -----------------------------------------------------------------------------


def test_narrower_token_passes_reach() -> None:
    caller = Policy(allowed_endpoints=["tokens.*", "devices.*"], allowed_ips=["10.0.0.0/8"],
                    blocked_ips=["10.9.0.0/16"])
    candidate = Policy(allowed_endpoints=["devices.list"], allowed_ips=["10.1.0.0/16"])
    assert check_reach(caller, candidate).allowed
    assert check_reach(caller, caller).allowed
    assert check_reach(Policy(), Policy()).allowed
    assert check_reach(Policy(), candidate).allowed


def test_wider_endpoint_is_privilege_escalation_naming_it() -> None:
    caller = Policy(allowed_endpoints=["devices.*"])
    d = check_reach(caller, Policy(allowed_endpoints=["devices.*", "audit.read"]))
    assert d.code == Code.PRIVILEGE_ESCALATION
    assert d.params == {"endpoint": "audit.read"}
    assert "audit.read" in d.message
    assert STATUS_OF_CODE[d.code] == 403
    # A token with no endpoint lists reaches everything; a restricted caller may not make it.
    assert check_reach(caller, Policy()).code == Code.PRIVILEGE_ESCALATION
    # Blocking is part of reach: the caller's blocked endpoint may not be unblocked.
    blocked_caller = Policy(blocked_endpoints=["tokens.delete"])
    d = check_reach(blocked_caller, Policy())
    assert d.params == {"endpoint": "tokens.delete"}


def test_wider_address_is_privilege_escalation_naming_it() -> None:
    caller = Policy(allowed_ips=["10.0.0.0/8"])
    d = check_reach(caller, Policy(allowed_ips=["10.0.0.0/8", "192.0.2.0/24"]))
    assert d.code == Code.PRIVILEGE_ESCALATION
    assert d.params == {"address": "192.0.2.0"}
    assert "192.0.2.0" in d.message
    d = check_reach(Policy(blocked_ips=["10.9.0.0/16"]), Policy(allowed_ips=["10.0.0.0/8"]))
    assert d.params == {"address": "10.9.0.0"}
    d = check_reach(caller, Policy())  # unrestricted candidate from a restricted caller
    assert d.code == Code.PRIVILEGE_ESCALATION
    d = check_reach(Policy(allowed_ips=["0.0.0.0/0"]), Policy(allowed_ips=["2001:db8::/32"]))
    assert d.params == {"address": "2001:db8::"}


def test_mapped_and_plain_entries_reach_alike() -> None:
    caller = Policy(allowed_ips=["10.1.0.0/16"])
    assert check_reach(caller, Policy(allowed_ips=["::ffff:10.1.2.0/120"])).allowed
    assert not check_reach(caller, Policy(allowed_ips=["::ffff:10.2.0.0/112"])).allowed


SAMPLE_ADDRESSES = [
    *(f"10.0.0.{i}" for i in range(64)),
    *(str(ipaddress.IPv6Address("2001:db8::") + i) for i in range(32)),
    "192.0.2.1", "2001:db8:1::1",  # one point outside the crowded ranges, per family
]
SAMPLE_PARSED = [(text, ipaddress.ip_address(text)) for text in SAMPLE_ADDRESSES]


@settings(max_examples=150)
@given(tokens, tokens)
def test_check_reach_equals_the_reference(caller_t: dict, cand_t: dict) -> None:
    caller_t = {**caller_t, "expires_at": None}
    cand_t = {**cand_t, "expires_at": None}
    caller, candidate = Policy(**caller_t), Policy(**cand_t)

    def ref_endpoints(t: dict) -> set[str]:
        return {e for e in ENDPOINT_IDS
                if ref_endpoint_code(t["allowed_endpoints"], t["blocked_endpoints"], e) is None}

    def ref_addresses(t: dict) -> set[str]:
        allowed = [_entry(e) for e in t["allowed_ips"]]
        blocked = [_entry(e) for e in t["blocked_ips"]]
        return {text for text, a in SAMPLE_PARSED if _ref_ip_code(allowed, blocked, a) is None}

    extra_endpoints = ref_endpoints(cand_t) - ref_endpoints(caller_t)
    extra_addresses = ref_addresses(cand_t) - ref_addresses(caller_t)
    d = check_reach(caller, candidate)
    if not extra_endpoints and not extra_addresses:
        assert d.allowed
        return
    assert d.code == Code.PRIVILEGE_ESCALATION
    if extra_endpoints:
        assert d.params["endpoint"] in extra_endpoints
    else:
        # The address named is one the candidate could use and the caller could not.
        named = d.params["address"]
        assert ref_ip_code(cand_t["allowed_ips"], cand_t["blocked_ips"], named) is None
        assert ref_ip_code(caller_t["allowed_ips"], caller_t["blocked_ips"], named) is not None


# ---- organizations and reach (ARCHITECTURE §7) ---------------------------------------------------

_NOW = datetime(2030, 6, 1, tzinfo=UTC)


def _reach(scope: str = "organization", org: str = "acme", **lists: Any) -> Reach:
    return Reach(scope, org, Policy(**lists))


def test_an_organization_caller_acts_only_inside_its_organization() -> None:
    caller = _reach()
    assert check_change(caller, result=_reach()).allowed
    assert check_change(caller, result=_reach(org="other")).code == Code.PRIVILEGE_ESCALATION
    assert check_change(caller, result=_reach("global")).code == Code.PRIVILEGE_ESCALATION
    assert check_change(_reach("global"), result=_reach("global", org="x")).allowed


def test_a_change_needs_reach_over_the_token_as_it_is_and_as_it_becomes() -> None:
    caller = _reach(allowed_endpoints=["tokens.*"])
    narrow = _reach(allowed_endpoints=["tokens.read"])
    wide = _reach()
    assert check_change(caller, target=narrow, result=narrow).allowed
    assert not check_change(caller, target=wide, result=narrow).allowed  # edits a wider one
    assert not check_change(caller, target=narrow, result=wide).allowed  # widens one
    assert not check_change(caller, target=wide).allowed  # deletes a wider one
    assert check_change(caller, target=caller, result=caller).allowed  # itself


def test_an_expiring_caller_gives_out_no_longer_expiry() -> None:
    soon = _NOW + timedelta(hours=1)
    caller = _reach(expires_at=soon)
    assert not check_change(caller, result=_reach(), sets_expiry=True).allowed  # never
    assert not check_change(caller, result=_reach(expires_at=soon + timedelta(seconds=1)),
                            sets_expiry=True).allowed
    assert check_change(caller, result=_reach(expires_at=soon), sets_expiry=True).allowed
    # An update that leaves the expiry alone is not judged by it.
    assert check_change(caller, target=_reach(), result=_reach()).allowed


def test_administrator_is_global_unexpired_unrestricted() -> None:
    assert is_administrator(_reach("global"), _NOW)
    assert not is_administrator(_reach(), _NOW)
    assert not is_administrator(_reach("global", allowed_ips=["10.0.0.0/8"]), _NOW)
    assert not is_administrator(_reach("global", blocked_ips=["10.0.0.1"]), _NOW)
    assert not is_administrator(_reach("global", blocked_endpoints=["audit.read"]), _NOW)
    assert is_administrator(_reach("global", allowed_endpoints=["*"]), _NOW)
    assert not is_administrator(_reach("global", expires_at=_NOW), _NOW)


def test_a_suspended_token_is_no_administrator() -> None:
    """DESIGN §8/§10: an administrator token is an active one; suspending the last one is
    what tokens.suspend refuses with last_admin."""
    admin = Reach("global", "admin", Policy(), active=False)
    assert not is_administrator(admin, _NOW)
    assert is_administrator(Reach("global", "admin", Policy(), active=True), _NOW)
