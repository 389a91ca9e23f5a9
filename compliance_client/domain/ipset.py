"""IP entries (addresses or CIDR networks, IPv4 or IPv6) compiled for fast lookup.

CIDR networks are either nested or disjoint, so after dropping every network that lies
inside another, the rest are disjoint and sorted: a lookup is one ``bisect``, whatever
the number of entries. IPv4-mapped IPv6 (``::ffff:a.b.c.d``) is folded to IPv4 both in
entries and in the address being checked.
"""

from __future__ import annotations

import functools
import ipaddress
import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

_MAPPED = ipaddress.IPv6Network("::ffff:0:0/96")


class IPEntryError(ValueError):
    """An IP entry that does not parse; ``code`` is the reason, for translation."""

    def __init__(self, entry: str, code: str, message: str) -> None:
        super().__init__(message)
        self.entry = entry
        self.code = code


def parse_address(text: str) -> IPAddress:
    """A client address, with IPv4-mapped IPv6 folded to IPv4. Raises ValueError."""
    addr = ipaddress.ip_address(text.strip().split("%", 1)[0])
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        return addr.ipv4_mapped
    return addr


def parse_entry(text: str) -> IPNetwork:
    """One list entry. Host bits set is an error, never silently masked."""
    raw = text.strip()
    if not raw:
        raise IPEntryError(text, "ip_empty", "An IP entry is empty.")
    if "%" in raw:
        # A zone (fe80::1%eth0) names an interface of one machine; it means nothing in a
        # token's list, and keeping it would let "fe80::1" and "fe80::1%eth0" coexist.
        raise IPEntryError(
            raw, "ip_invalid",
            f"{raw} holds an interface zone (%...); enter the address without it.",
        )
    try:
        net = ipaddress.ip_network(raw, strict=True)
    except ValueError as exc:
        if "host bits set" in str(exc):
            fixed = ipaddress.ip_network(raw, strict=False)
            raise IPEntryError(
                raw, "ip_host_bits",
                f"{raw} has host bits set; did you mean {fixed}?",
            ) from None
        raise IPEntryError(
            raw, "ip_invalid",
            f"{raw} is not an IP address or network (e.g. 10.0.0.5, 10.0.0.0/8, 2001:db8::/32).",
        ) from None
    if isinstance(net, ipaddress.IPv6Network) and net.subnet_of(_MAPPED) and net.prefixlen >= 96:
        v4 = ipaddress.IPv4Address(int(net.network_address) & 0xFFFFFFFF)
        net = ipaddress.IPv4Network(f"{v4}/{net.prefixlen - 96}")
    return net


# Plain dotted IPv4, optionally with a prefix, and no leading zeros: by far the most common
# entry, parsed here in a few microseconds (ipaddress takes about 14). Anything else, and
# every error, goes through ipaddress via parse_entry.
_PLAIN_V4 = re.compile(r"(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})\.(0|[1-9][0-9]{0,2})\."
                       r"(0|[1-9][0-9]{0,2})(?:/(0|[1-9][0-9]?))?")


@functools.lru_cache(maxsize=65536)
def entry_span(text: str) -> tuple[int, int, int]:
    """(IP version, first address, last address) of a valid entry, as integers.

    Cached: one request compiles the same list for validation, the policy and the reach
    check, and a 10,000-entry body must be judged in well under 100 ms (ARCHITECTURE §7).
    Raises IPEntryError like :func:`parse_entry`.
    """
    raw = text.strip()
    plain = _PLAIN_V4.fullmatch(raw)
    if plain is not None:
        a, b, c, d, prefix = plain.groups()
        octets = (int(a), int(b), int(c), int(d))
        bits = 32 if prefix is None else int(prefix)
        if max(octets) <= 255 and bits <= 32:
            value = (octets[0] << 24) | (octets[1] << 16) | (octets[2] << 8) | octets[3]
            host = (1 << (32 - bits)) - 1
            if not value & host:
                return 4, value, value | host
    net = parse_entry(raw)
    return net.version, int(net.network_address), int(net.broadcast_address)


def normalize_entry(text: str) -> str:
    """The canonical text of an entry: a bare address for a single host, else CIDR."""
    raw = text.strip()
    version, _start, _end = entry_span(raw)
    if version == 4 and _PLAIN_V4.fullmatch(raw):
        return raw.removesuffix("/32")  # plain dotted IPv4 without leading zeros: canonical
    net = parse_entry(raw)
    return str(net.network_address) if net.num_addresses == 1 else str(net)


@dataclass(frozen=True, slots=True)
class _Family:
    starts: tuple[int, ...]
    ends: tuple[int, ...]  # inclusive
    labels: tuple[str, ...]


def _compile_family(items: list[tuple[int, int, str]]) -> _Family:
    # Widest first at equal start, so nested networks are dropped.
    items.sort(key=lambda t: (t[0], -t[1]))
    starts: list[int] = []
    ends: list[int] = []
    labels: list[str] = []
    for start, end, label in items:
        if ends and start <= ends[-1]:
            continue  # inside the previous network (CIDR ranges never partly overlap)
        starts.append(start)
        ends.append(end)
        labels.append(label)
    return _Family(tuple(starts), tuple(ends), tuple(labels))


def _lookup(fam: _Family, value: int) -> str | None:
    i = bisect_right(fam.starts, value) - 1
    if i >= 0 and value <= fam.ends[i]:
        return fam.labels[i]
    return None


class IPMatcher:
    """A compiled list of IP entries. ``match`` returns the entry containing an address."""

    __slots__ = ("_v4", "_v6", "size")

    def __init__(self, entries: Iterable[str]) -> None:
        v4: list[tuple[int, int, str]] = []
        v6: list[tuple[int, int, str]] = []
        count = 0
        for text in entries:
            version, start, end = entry_span(text)
            count += 1
            (v4 if version == 4 else v6).append((start, end, text.strip()))
        self._v4 = _compile_family(v4)
        self._v6 = _compile_family(v6)
        self.size = count

    def __bool__(self) -> bool:
        return self.size > 0

    def match(self, address: IPAddress) -> str | None:
        if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
            address = address.ipv4_mapped
        fam = self._v4 if address.version == 4 else self._v6
        return _lookup(fam, int(address))


# ---- Interval sets, for the reach (privilege escalation) check ---------------------------

_V4_MAX = 2**32 - 1
_V6_MAX = 2**128 - 1
# IPv4-mapped IPv6 addresses are always compared as IPv4, so no IPv6 space ever holds them:
# leaving them in would make "::/64" look wider than an equivalent list that skips them.
_MAPPED_RANGE = [(int(_MAPPED.network_address), int(_MAPPED.broadcast_address))]


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    ranges.sort()
    out: list[tuple[int, int]] = []
    for start, end in ranges:
        if out and start <= out[-1][1] + 1:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _subtract(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    j = 0
    for start, end in a:
        cur = start
        while j < len(b) and b[j][1] < cur:
            j += 1
        k = j
        while k < len(b) and b[k][0] <= end:
            if b[k][0] > cur:
                out.append((cur, b[k][0] - 1))
            cur = max(cur, b[k][1] + 1)
            k += 1
        if cur <= end:
            out.append((cur, end))
    return out


def _is_subset(a: list[tuple[int, int]], b: list[tuple[int, int]]) -> bool:
    return not _subtract(a, b)


@dataclass(frozen=True, slots=True)
class AddressSpace:
    """A set of addresses, as merged inclusive integer ranges per IP version."""

    v4: tuple[tuple[int, int], ...]
    v6: tuple[tuple[int, int], ...]

    @classmethod
    def everything(cls) -> AddressSpace:
        return cls(((0, _V4_MAX),), tuple(_subtract([(0, _V6_MAX)], _MAPPED_RANGE)))

    @classmethod
    def of(cls, entries: Iterable[str]) -> AddressSpace:
        v4: list[tuple[int, int]] = []
        v6: list[tuple[int, int]] = []
        for text in entries:
            version, start, end = entry_span(text)
            (v4 if version == 4 else v6).append((start, end))
        return cls(tuple(_merge(v4)), tuple(_subtract(_merge(v6), _MAPPED_RANGE)))

    @classmethod
    def reach(cls, allowed: Iterable[str], blocked: Iterable[str]) -> AddressSpace:
        """Where a token may be used from: allowed (or everything) minus blocked."""
        allowed = list(allowed)
        base = cls.of(allowed) if allowed else cls.everything()
        return base - cls.of(blocked)

    def __sub__(self, other: AddressSpace) -> AddressSpace:
        return AddressSpace(
            tuple(_subtract(list(self.v4), list(other.v4))),
            tuple(_subtract(list(self.v6), list(other.v6))),
        )

    def __le__(self, other: AddressSpace) -> bool:
        return _is_subset(list(self.v4), list(other.v4)) and _is_subset(
            list(self.v6), list(other.v6)
        )

    def is_empty(self) -> bool:
        return not self.v4 and not self.v6

    def first_outside(self, other: AddressSpace) -> str | None:
        """An address in self but not in other, to name in a message; None if self <= other."""
        rest = self - other
        if rest.v4:
            return str(ipaddress.IPv4Address(rest.v4[0][0]))
        if rest.v6:
            return str(ipaddress.IPv6Address(rest.v6[0][0]))
        return None
