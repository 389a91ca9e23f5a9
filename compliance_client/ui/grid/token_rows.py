"""The API token grid's rows, kept column by column (issue 20: 100,000 tokens loaded in at
most 180 MB of the whole process).

A domain ``Token`` per row cost about 850 bytes: the object, three ``datetime`` objects, and
its own copy of every text the server repeats ("active", "organization", "127.0.0.1", the
same IP or endpoint list). :class:`TokenRows` keeps the same fields as columns instead:
whole numbers and instants (microseconds since the epoch, UTC) in arrays, each
repeated value (statuses, scopes, addresses, lists) one shared object, and the three texts
every token has its own of (key prefix, organization ID and name) joined in one string, cut
apart by their lengths (a ``str`` object costs some 50 bytes before its first character).
About 250 bytes a token.

A row read back (``rows[i]``) is a new ``Token`` equal to the one stored: the model builds
one only for a row it paints (its texts are then kept, ``PagedTableModel.painted_row``) or
one the user acts on (the selected or edited token). Instants come back in UTC, as
``parse_instant`` gives every instant the server sends.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, MutableSequence
from datetime import UTC, datetime, timedelta
from typing import Any, overload

from ...domain.tokens import Token

#: None in an integer or instant column (no instant lies this far before the epoch).
_NONE = -(2**63)
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)

# Token's fields by how they are kept. Every field is in exactly one of these
# (tests/ui/test_token_model.py checks it), so a row reads back whole.
_INTEGERS = ("id", "version", "created_by")
_INSTANTS = ("expires_at", "created_at", "updated_at", "last_used_at",
             "previous_key_expires_at")
#: Joined in one string; the lengths of all but the last are kept to cut it apart.
_JOINED = ("key_prefix", "organization_id", "organization_name")
#: Texts that differ from token to token (mostly empty: "" is one object anyway).
_OWN = ("name", "description")
#: Values many tokens have alike: one object per distinct value.
_SHARED = ("allowed_endpoints", "blocked_endpoints", "allowed_ips", "blocked_ips",
           "bound_devices", "last_used_ip", "scope", "status", "suspended_reason", "owner")
_OBJECTS = _OWN + _SHARED
_SHARED_FROM = len(_OWN)


def _micros(instant: datetime | None) -> int:
    return _NONE if instant is None else (instant - _EPOCH) // _MICROSECOND


def _instant(micros: int) -> datetime | None:
    return None if micros == _NONE else _EPOCH + timedelta(microseconds=micros)


def _joined(token: Token) -> tuple[str, int, int]:
    key, org_id = token.key_prefix, token.organization_id
    return key + org_id + token.organization_name, len(key), len(org_id)


class TokenRows(MutableSequence[Token]):
    """Tokens in grid order, stored compactly (see the module docstring)."""

    def __init__(self, tokens: Iterable[Token] = ()) -> None:
        self._integers = tuple(array("q") for _ in _INTEGERS)
        self._instants = tuple(array("q") for _ in _INSTANTS)
        self._joined: list[str] = []
        self._key_lengths = array("I")
        self._org_id_lengths = array("I")
        self._objects: tuple[list[Any], ...] = tuple([] for _ in _OBJECTS)
        # Each distinct repeated value once; grows with the distinct values of this list
        # only (a new search or sort starts a new TokenRows).
        self._shared: dict[Any, Any] = {}
        # The row built last: a paint asks for the same row's token a few times in a row
        # (its status badge, its buttons), one cell after the other.
        self._last: tuple[int, Token] | None = None
        self.extend(tokens)

    def _all_columns(self) -> tuple[array[int] | list[Any], ...]:
        return (*self._integers, *self._instants, self._joined, self._key_lengths,
                self._org_id_lengths, *self._objects)

    # -- reading ---------------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._joined)

    @overload
    def __getitem__(self, row: int) -> Token: ...

    @overload
    def __getitem__(self, row: slice) -> list[Token]: ...

    def __getitem__(self, row: int | slice) -> Token | list[Token]:
        if isinstance(row, slice):
            return [self[i] for i in range(*row.indices(len(self)))]
        last = self._last
        if last is not None and last[0] == row:
            return last[1]
        fields: dict[str, Any] = {}
        for name, column in zip(_INTEGERS, self._integers, strict=True):
            value = column[row]
            fields[name] = None if value == _NONE else value
        for name, column in zip(_INSTANTS, self._instants, strict=True):
            fields[name] = _instant(column[row])
        joined, cut = self._joined[row], self._key_lengths[row]
        end = cut + self._org_id_lengths[row]
        fields["key_prefix"], fields["organization_id"], fields["organization_name"] = (
            joined[:cut], joined[cut:end], joined[end:])
        for name, objects in zip(_OBJECTS, self._objects, strict=True):
            fields[name] = objects[row]
        token = Token(**fields)
        self._last = (row, token)
        return token

    def __iter__(self) -> Iterator[Token]:
        for row in range(len(self)):
            yield self[row]

    def id_at(self, row: int) -> int:
        """The token id of ``row``, without building the token (asked per painted cell)."""
        return self._integers[0][row]

    def row_of_id(self, token_id: int) -> int:
        """The row of the token with ``token_id``, or -1."""
        try:
            return self._integers[0].index(token_id)
        except ValueError:
            return -1

    # -- changing --------------------------------------------------------------------------

    def _columns(self, token: Token) -> Iterator[tuple[array[int] | list[Any], Any]]:
        """Each column with the value ``token`` puts in it."""
        for name, column in zip(_INTEGERS, self._integers, strict=True):
            value = getattr(token, name)
            yield column, _NONE if value is None else value
        for name, column in zip(_INSTANTS, self._instants, strict=True):
            yield column, _micros(getattr(token, name))
        joined, key_length, org_id_length = _joined(token)
        yield self._joined, joined
        yield self._key_lengths, key_length
        yield self._org_id_lengths, org_id_length
        shared = self._shared
        for n, (name, objects) in enumerate(zip(_OBJECTS, self._objects, strict=True)):
            value = getattr(token, name)
            if n >= _SHARED_FROM and value is not None:
                value = shared.setdefault(value, value)
            yield objects, value

    def insert(self, index: int, value: Token) -> None:
        self._last = None
        for column, stored in self._columns(value):
            column.insert(index, stored)

    def append(self, value: Token) -> None:
        self._last = None  # rows[-1] is another row now
        for column, stored in self._columns(value):
            column.append(stored)

    def extend(self, values: Iterable[Token]) -> None:
        # Column by column: a page of 200 arrives on the GUI thread, so the per-row cost
        # counts (about 2 µs a token this way, against 7 µs row by row).
        tokens = list(values)
        self._last = None
        for name, column in zip(_INTEGERS, self._integers, strict=True):
            column.extend([_NONE if v is None else v
                           for v in (getattr(t, name) for t in tokens)])
        for name, column in zip(_INSTANTS, self._instants, strict=True):
            column.extend([_micros(getattr(t, name)) for t in tokens])
        joined = [_joined(t) for t in tokens]
        self._joined.extend([j[0] for j in joined])
        self._key_lengths.extend([j[1] for j in joined])
        self._org_id_lengths.extend([j[2] for j in joined])
        shared = self._shared
        for n, (name, objects) in enumerate(zip(_OBJECTS, self._objects, strict=True)):
            values_ = [getattr(t, name) for t in tokens]
            if n >= _SHARED_FROM:
                values_ = [v if v is None else shared.setdefault(v, v) for v in values_]
            objects.extend(values_)

    @overload
    def __setitem__(self, row: int, value: Token) -> None: ...

    @overload
    def __setitem__(self, row: slice, value: Iterable[Token]) -> None: ...

    def __setitem__(self, row: int | slice, value: Token | Iterable[Token]) -> None:
        if isinstance(row, slice) or not isinstance(value, Token):
            raise TypeError("TokenRows changes one row at a time")
        self._last = None
        for column, stored in self._columns(value):
            column[row] = stored

    @overload
    def __delitem__(self, row: int) -> None: ...

    @overload
    def __delitem__(self, row: slice) -> None: ...

    def __delitem__(self, row: int | slice) -> None:
        if isinstance(row, slice):
            raise TypeError("TokenRows changes one row at a time")
        self._last = None
        for column in self._all_columns():
            del column[row]
