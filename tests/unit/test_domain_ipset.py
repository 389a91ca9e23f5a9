"""IP entries, the compiled matcher and address spaces (ARCHITECTURE §7 rule 2 and rule 5)."""

from __future__ import annotations

import ipaddress
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compliance_client.domain.ipset import (
    AddressSpace,
    IPEntryError,
    IPMatcher,
    entry_span,
    normalize_entry,
    parse_address,
    parse_entry,
)

MAPPED = ipaddress.IPv6Network("::ffff:0:0/96")


# ---- a slow, obviously right reference ---------------------------------------------------------


def ref_fold_address(addr: ipaddress._BaseAddress) -> ipaddress._BaseAddress:
    if addr.version == 6 and addr.ipv4_mapped is not None:
        return addr.ipv4_mapped
    return addr


def ref_network(text: str) -> ipaddress._BaseNetwork:
    net = ipaddress.ip_network(text.strip())
    if net.version == 6 and net.prefixlen >= 96 and net.subnet_of(MAPPED):
        first = ref_fold_address(net.network_address)
        return ipaddress.ip_network(f"{first}/{net.prefixlen - 96}")
    return net


def ref_match(entries: list[str], address: str) -> bool:
    addr = ref_fold_address(ipaddress.ip_address(address))
    return any(addr in ref_network(e) for e in entries)


# ---- strategies --------------------------------------------------------------------------------


def _v4_net(base: int, base_len: int):
    return st.tuples(st.integers(0, 2 ** (32 - base_len) - 1), st.integers(base_len, 32)).map(
        lambda t: ipaddress.IPv4Network((base + t[0], t[1]), strict=False))


def _v6_net(base: int, base_len: int):
    return st.tuples(st.integers(0, 2 ** (128 - base_len) - 1), st.integers(base_len, 128)).map(
        lambda t: ipaddress.IPv6Network((base + t[0], t[1]), strict=False))


def _as_mapped(net: ipaddress.IPv4Network) -> str:
    return f"::ffff:{net.network_address}/{net.prefixlen + 96}"


SMALL_V4 = int(ipaddress.IPv4Address("10.0.0.0"))
SMALL_V6 = int(ipaddress.IPv6Address("2001:db8::"))

# Entries crowded into small ranges (so they nest, duplicate and touch), plus anything at all.
v4_nets = st.one_of(_v4_net(SMALL_V4, 24), _v4_net(0, 0))
v6_nets = st.one_of(_v6_net(SMALL_V6, 120), _v6_net(0, 0))
entry_texts = st.one_of(
    v4_nets.map(str),
    v4_nets.map(_as_mapped),
    v6_nets.map(str),
    v4_nets.map(lambda n: str(n.network_address)),
    v6_nets.map(lambda n: str(n.network_address).upper()),
)


def _addresses_near(nets: list[str]):
    """Addresses on, just inside and just outside the given entries, in every notation."""
    candidates: list[str] = ["10.0.0.1", "2001:db8::1", "::1", "255.255.255.255", "0.0.0.0"]
    for text in nets:
        net = ref_network(text)
        for value in (int(net.network_address) - 1, int(net.network_address),
                      int(net.broadcast_address), int(net.broadcast_address) + 1):
            top = 2**32 if net.version == 4 else 2**128
            if 0 <= value < top:
                addr = ipaddress.ip_address(value) if net.version == 6 else \
                    ipaddress.IPv4Address(value)
                candidates.append(str(addr))
                if net.version == 4:
                    candidates.append(f"::ffff:{addr}")
    return st.sampled_from(candidates)


# ---- parsing -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("10.0.0.5", "10.0.0.5"),
    (" 10.0.0.5 ", "10.0.0.5"),
    ("10.0.0.5/32", "10.0.0.5"),
    ("10.0.0.0/8", "10.0.0.0/8"),
    ("10.0.0.0/255.0.0.0", "10.0.0.0/8"),
    ("0.0.0.0/0", "0.0.0.0/0"),
    ("2001:DB8::/32", "2001:db8::/32"),
    ("2001:0db8:0000::1", "2001:db8::1"),
    ("2001:db8::1/128", "2001:db8::1"),
    ("::/0", "::/0"),
    ("::ffff:10.1.2.3", "10.1.2.3"),
    ("::FFFF:10.0.0.0/104", "10.0.0.0/8"),
    ("::ffff:0:0/96", "0.0.0.0/0"),
])
def test_normalize_entry(text: str, expected: str) -> None:
    assert normalize_entry(text) == expected


@pytest.mark.parametrize(("text", "suggestion"), [
    ("10.0.0.1/24", "10.0.0.0/24"),
    ("10.1.2.3/16", "10.1.0.0/16"),
    ("192.168.1.1/0", "0.0.0.0/0"),
    ("2001:db8::1/32", "2001:db8::/32"),
    ("10.0.0.1/0.0.0.255", "10.0.0.0/24"),
])
def test_host_bits_set_is_an_error_with_a_suggested_fix(text: str, suggestion: str) -> None:
    with pytest.raises(IPEntryError) as info:
        parse_entry(text)
    assert info.value.code == "ip_host_bits"
    assert info.value.entry == text
    assert f"did you mean {suggestion}?" in str(info.value)
    assert text in str(info.value)


def test_host_bits_are_never_masked_silently() -> None:
    with pytest.raises(IPEntryError):
        IPMatcher(["10.0.0.1/24"])
    with pytest.raises(IPEntryError):
        AddressSpace.of(["10.0.0.1/24"])


@pytest.mark.parametrize("text", [
    "10.0.0.256", "10.0.0", "1", "10.0.0.0/33", "2001:db8::/129", "2001:db8:::1", "abc",
    "10.0.0.0/", "/8", "010.0.0.1", "10.0.0.1 10.0.0.2", "fe80::1%eth0", "fe80::1%eth0/128",
    "10.0.0.1,10.0.0.2", "10.0.0.0/-1",
])
def test_invalid_entries(text: str) -> None:
    with pytest.raises(IPEntryError) as info:
        parse_entry(text)
    assert info.value.code == "ip_invalid"
    assert isinstance(info.value, ValueError)


@pytest.mark.parametrize("text", ["", "   ", "\t\n"])
def test_empty_entry(text: str) -> None:
    with pytest.raises(IPEntryError) as info:
        parse_entry(text)
    assert info.value.code == "ip_empty"


def test_parse_address_folds_ipv4_mapped_and_drops_a_zone() -> None:
    assert parse_address("::ffff:10.1.2.3") == ipaddress.IPv4Address("10.1.2.3")
    assert parse_address(" 10.1.2.3 ") == ipaddress.IPv4Address("10.1.2.3")
    assert parse_address("fe80::1%eth0") == ipaddress.IPv6Address("fe80::1")
    assert parse_address("2001:DB8::1") == ipaddress.IPv6Address("2001:db8::1")
    with pytest.raises(ValueError):
        parse_address("not an address")


# ---- the matcher -------------------------------------------------------------------------------


def test_cidr_edges_v4() -> None:
    m = IPMatcher(["10.1.0.0/16"])
    assert m.match(parse_address("10.1.0.0")) == "10.1.0.0/16"
    assert m.match(parse_address("10.1.255.255")) == "10.1.0.0/16"
    assert m.match(parse_address("10.0.255.255")) is None
    assert m.match(parse_address("10.2.0.0")) is None


def test_cidr_edges_v6() -> None:
    m = IPMatcher(["2001:db8::/32"])
    assert m.match(parse_address("2001:db8::")) == "2001:db8::/32"
    assert m.match(parse_address("2001:db8:ffff:ffff:ffff:ffff:ffff:ffff")) == "2001:db8::/32"
    assert m.match(parse_address("2001:db7:ffff:ffff:ffff:ffff:ffff:ffff")) is None
    assert m.match(parse_address("2001:db9::")) is None


def test_whole_space_and_single_hosts() -> None:
    everything = IPMatcher(["0.0.0.0/0", "::/0"])
    for a in ("0.0.0.0", "255.255.255.255", "::", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"):
        assert everything.match(parse_address(a)) is not None
    hosts = IPMatcher(["10.0.0.7/32", "2001:db8::7/128"])
    assert hosts.match(parse_address("10.0.0.7")) == "10.0.0.7/32"
    assert hosts.match(parse_address("10.0.0.6")) is None
    assert hosts.match(parse_address("10.0.0.8")) is None
    assert hosts.match(parse_address("2001:db8::7")) == "2001:db8::7/128"
    assert hosts.match(parse_address("2001:db8::8")) is None


def test_families_never_mix() -> None:
    # ::/0 holds no IPv4 client, not even one that arrives IPv4-mapped.
    v6_only = IPMatcher(["::/0"])
    assert v6_only.match(parse_address("10.0.0.1")) is None
    assert v6_only.match(ipaddress.IPv6Address("::ffff:10.0.0.1")) is None
    v4_only = IPMatcher(["0.0.0.0/0"])
    assert v4_only.match(parse_address("2001:db8::1")) is None
    # The IPv4-compatible form ::a.b.c.d is not IPv4-mapped and stays IPv6.
    assert v4_only.match(parse_address("::10.0.0.1")) is None


def test_ipv4_mapped_compared_as_ipv4_both_ways() -> None:
    plain = IPMatcher(["10.1.0.0/16"])
    assert plain.match(ipaddress.IPv6Address("::ffff:10.1.2.3")) == "10.1.0.0/16"
    assert plain.match(ipaddress.IPv6Address("::ffff:10.2.0.1")) is None
    mapped_entry = IPMatcher(["::ffff:10.1.0.0/112"])
    assert mapped_entry.match(ipaddress.IPv4Address("10.1.2.3")) == "::ffff:10.1.0.0/112"
    assert mapped_entry.match(ipaddress.IPv6Address("::ffff:10.1.2.3")) is not None
    assert mapped_entry.match(ipaddress.IPv4Address("10.2.0.1")) is None


def test_nested_and_duplicate_networks() -> None:
    m = IPMatcher(["10.1.2.0/24", "10.0.0.0/8", "10.1.0.0/16", "10.0.0.0/8", "10.1.2.3"])
    assert m.size == 5
    assert bool(m)
    for a in ("10.1.2.3", "10.1.2.4", "10.1.3.1", "10.200.0.1", "10.0.0.0", "10.255.255.255"):
        assert m.match(parse_address(a)) == "10.0.0.0/8"
    assert m.match(parse_address("11.0.0.0")) is None
    assert m.match(parse_address("9.255.255.255")) is None
    # A narrower network listed before and after a disjoint wider one.
    m2 = IPMatcher(["10.0.0.0/24", "10.0.1.0/24", "10.0.0.128/25"])
    assert m2.match(parse_address("10.0.0.200")) == "10.0.0.0/24"
    assert m2.match(parse_address("10.0.1.0")) == "10.0.1.0/24"
    assert m2.match(parse_address("10.0.2.0")) is None


def test_empty_matcher_matches_nothing_and_is_false() -> None:
    m = IPMatcher([])
    assert not m
    assert m.size == 0
    assert m.match(parse_address("10.0.0.1")) is None


@st.composite
def entries_and_addresses(draw: st.DrawFn) -> tuple[list[str], list[str]]:
    entries = draw(st.lists(entry_texts, max_size=12))
    addresses = draw(st.lists(st.one_of(_addresses_near(entries), st.ip_addresses().map(str)),
                              min_size=1, max_size=8))
    return entries, addresses


@settings(max_examples=150)
@given(entries_and_addresses())
def test_matcher_agrees_with_the_slow_reference(case: tuple[list[str], list[str]]) -> None:
    entries, addresses = case
    m = IPMatcher(entries)
    for address in addresses:
        found = m.match(parse_address(address))
        assert (found is not None) == ref_match(entries, address), (entries, address)
        if found is not None:
            # The entry it names really holds the address.
            assert ref_match([found], address)
            assert found in [e.strip() for e in entries]


def test_a_thousand_entries() -> None:
    rng = random.Random(1234)
    entries = [str(ipaddress.IPv4Network((rng.getrandbits(32), rng.randint(8, 32)),
                                         strict=False)) for _ in range(700)]
    entries += [str(ipaddress.IPv6Network((rng.getrandbits(128), rng.randint(16, 128)),
                                          strict=False)) for _ in range(300)]
    m = IPMatcher(entries)
    assert m.size == 1000
    nets = [ipaddress.ip_network(e) for e in entries]
    ranges = {4: [], 6: []}
    for n in nets:
        ranges[n.version].append((int(n.network_address), int(n.broadcast_address)))
    probes = [ipaddress.IPv4Address(rng.getrandbits(32)) for _ in range(400)]
    probes += [n.network_address for n in nets[::5]] + [n.broadcast_address for n in nets[::7]]
    probes += [ipaddress.IPv6Address(rng.getrandbits(128)) for _ in range(100)]
    hits = 0
    for addr in probes:
        expected = any(lo <= int(addr) <= hi for lo, hi in ranges[addr.version])
        found = m.match(addr)
        assert (found is not None) == expected
        hits += found is not None
    assert hits > 100  # the probes did exercise matches, not only misses


# ---- address spaces ----------------------------------------------------------------------------

UNIVERSE_V4 = ipaddress.IPv4Network("10.0.0.0/26")
UNIVERSE_V6 = ipaddress.IPv6Network("2001:db8::/123")
small_entries = st.one_of(
    _v4_net(int(UNIVERSE_V4.network_address), 26).map(str),
    _v4_net(int(UNIVERSE_V4.network_address), 26).map(_as_mapped),
    _v6_net(int(UNIVERSE_V6.network_address), 123).map(str),
)
# One representative just outside the universe, per family: no small entry touches it.
OUTSIDE = (ipaddress.IPv4Address("192.0.2.1"), ipaddress.IPv6Address("2001:db8:1::1"))


def brute_set(entries: list[str]) -> set[ipaddress._BaseAddress]:
    out: set[ipaddress._BaseAddress] = set()
    for e in entries:
        out.update(ref_network(e))
    return out


def space_set(space: AddressSpace) -> set[ipaddress._BaseAddress]:
    """The members of a space within the small universe and the two outside points."""
    points = [*UNIVERSE_V4, *UNIVERSE_V6, *OUTSIDE]
    return {p for p in points if space_holds(space, p)}


def space_holds(space: AddressSpace, addr: ipaddress._BaseAddress) -> bool:
    ranges = space.v4 if addr.version == 4 else space.v6
    return any(lo <= int(addr) <= hi for lo, hi in ranges)


@settings(max_examples=150)
@given(st.lists(small_entries, max_size=6), st.lists(small_entries, max_size=6))
def test_space_subtraction_and_subset_agree_with_sets(a: list[str], b: list[str]) -> None:
    sa, sb = AddressSpace.of(a), AddressSpace.of(b)
    set_a, set_b = brute_set(a), brute_set(b)
    assert space_set(sa) == set_a
    assert space_set(sa - sb) == set_a - set_b
    assert (sa <= sb) == (set_a <= set_b)
    assert (sa - sb).is_empty() == (set_a <= set_b)
    outside = sa.first_outside(sb)
    if set_a <= set_b:
        assert outside is None
    else:
        assert outside is not None
        assert ipaddress.ip_address(outside) in set_a - set_b
        # The first one: the smallest IPv4, else the smallest IPv6.
        rest = set_a - set_b
        v4 = [x for x in rest if x.version == 4]
        assert ipaddress.ip_address(outside) == min(v4 or rest)


@settings(max_examples=100)
@given(st.lists(small_entries, max_size=5), st.lists(small_entries, max_size=5))
def test_reach_is_allowed_or_everything_minus_blocked(allowed: list[str],
                                                      blocked: list[str]) -> None:
    space = AddressSpace.reach(allowed, blocked)
    universe = {*UNIVERSE_V4, *UNIVERSE_V6, *OUTSIDE}
    base = brute_set(allowed) if allowed else universe
    assert space_set(space) == base - brute_set(blocked)


def test_space_merges_touching_and_nested_ranges() -> None:
    space = AddressSpace.of(["10.0.0.0/25", "10.0.0.128/25", "10.0.0.7", "10.0.0.0/24"])
    start = int(ipaddress.IPv4Address("10.0.0.0"))
    assert space.v4 == ((start, start + 255),)
    assert space.v6 == ()


def test_everything_holds_every_address_but_never_mapped_ipv6() -> None:
    everything = AddressSpace.everything()
    for a in ("0.0.0.0", "255.255.255.255", "::", "2001:db8::1",
              "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff"):
        assert space_holds(everything, ipaddress.ip_address(a))
    # An IPv4-mapped client is compared as IPv4, so the IPv6 side never holds that range.
    assert not space_holds(everything, ipaddress.IPv6Address("::ffff:10.0.0.1"))
    assert AddressSpace.of(["::/0", "0.0.0.0/0"]) == everything
    assert AddressSpace.everything() - AddressSpace.of(["0.0.0.0/0", "::/0"]) == \
        AddressSpace((), ())


def test_ipv6_network_spanning_the_mapped_range_is_within_its_pieces() -> None:
    # ::/80 holds ::ffff:0:0/96; minus that range it equals its 16 other pieces, so a
    # token allowed those pieces reaches as far as one allowed ::/80.
    wide = ipaddress.IPv6Network("::/80")
    pieces = [str(n) for n in wide.address_exclude(MAPPED)]
    assert AddressSpace.of(["::/80"]) <= AddressSpace.of(pieces)
    assert AddressSpace.of(pieces) <= AddressSpace.of(["::/80"])
    assert AddressSpace.of(["::/80"]).first_outside(AddressSpace.of(pieces)) is None


_octet = st.one_of(st.integers(0, 300).map(str), st.sampled_from(["00", "01", "010", "255"]))


@given(st.tuples(_octet, _octet, _octet, _octet),
       st.one_of(st.none(), st.integers(0, 40).map(str), st.just("08")))
def test_fast_ipv4_path_agrees_with_ipaddress(octets: tuple[str, ...], prefix: str | None) -> None:
    text = ".".join(octets) + ("" if prefix is None else f"/{prefix}")
    try:
        reference = ipaddress.ip_network(text, strict=True)
    except ValueError:
        with pytest.raises(IPEntryError):
            entry_span(text)
        return
    assert entry_span(text) == (4, int(reference.network_address),
                                int(reference.broadcast_address))
    single = reference.num_addresses == 1
    assert normalize_entry(text) == (str(reference.network_address) if single
                                     else str(reference))
