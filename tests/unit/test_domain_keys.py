"""ARCHITECTURE §8: the key format, its offline checksum, and how the server stores and
compares it."""

from __future__ import annotations

import hashlib
import hmac
import re
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

from compliance_client.domain.keys import (
    ALPHABET,
    KEY_LENGTH,
    KEY_PROBLEM_TEXT,
    KeyFormatProblem,
    generate_key,
    hash_key,
    is_well_formed,
    key_format_problem,
    key_prefix,
    keys_match,
)

KEY_RE = re.compile(r"cct_[0-9A-Za-z]{43}[0-9A-Za-z]{6}")
ALL_PROBLEMS = (KeyFormatProblem.EMPTY, KeyFormatProblem.PREFIX, KeyFormatProblem.LENGTH,
                KeyFormatProblem.CHARACTERS, KeyFormatProblem.CHECKSUM)


def key_from_bytes(raw: bytes) -> str:
    """A key as generate_key makes it, from chosen random bytes (so hypothesis can drive it)."""
    with mock.patch("secrets.token_bytes", return_value=raw):
        return generate_key()


random_keys = st.binary(min_size=32, max_size=32).map(key_from_bytes)


# ---- shape -------------------------------------------------------------------------------------


def test_generated_key_has_the_documented_shape() -> None:
    key = generate_key()
    assert len(key) == 53 == KEY_LENGTH
    assert KEY_RE.fullmatch(key)
    assert key_format_problem(key) is None
    assert is_well_formed(key)


@pytest.mark.parametrize("raw", [b"\x00" * 32, b"\xff" * 32, b"\x00" * 31 + b"\x01"])
def test_extreme_random_bytes_still_give_a_full_length_well_formed_key(raw: bytes) -> None:
    # All-zero bytes must be padded, all-0xff must still fit in 43 characters.
    key = key_from_bytes(raw)
    assert len(key) == KEY_LENGTH
    assert KEY_RE.fullmatch(key)
    assert key_format_problem(key) is None


def test_zero_bytes_give_a_zero_padded_body() -> None:
    key = key_from_bytes(b"\x00" * 32)
    assert key[4:47] == "0" * 43


def test_body_encodes_the_random_bytes_losslessly() -> None:
    raw = bytes(range(32))
    body = key_from_bytes(raw)[4:47]
    value = 0
    for c in body:
        value = value * 62 + ALPHABET.index(c)
    assert value.to_bytes(32, "big") == raw


def test_generated_keys_are_unique() -> None:
    generated = [generate_key() for _ in range(2000)]
    assert len(set(generated)) == len(generated)
    # The display prefix is what tells tokens apart in lists: it must vary too.
    assert len({key_prefix(k) for k in generated}) > 1990


@given(random_keys)
def test_every_key_from_any_random_bytes_is_well_formed(key: str) -> None:
    assert KEY_RE.fullmatch(key)
    assert key_format_problem(key) is None


# ---- the checksum catches typing mistakes ------------------------------------------------------


def _substitutions(key: str):
    for i, old in enumerate(key):
        for c in ALPHABET:
            if c != old:
                yield i, key[:i] + c + key[i + 1:]


@pytest.mark.parametrize("raw", [b"\x00" * 32, bytes(range(32)), b"\xa5" * 32])
def test_checksum_detects_every_single_character_substitution_exhaustively(raw: bytes) -> None:
    key = key_from_bytes(raw)
    for i, bad in _substitutions(key):
        problem = key_format_problem(bad)
        expected = KeyFormatProblem.PREFIX if i < 4 else KeyFormatProblem.CHECKSUM
        assert problem == expected, (i, problem)


@pytest.mark.parametrize("raw", [b"\x00" * 32, bytes(range(32)), b"\xa5" * 32])
def test_checksum_detects_every_adjacent_transposition_exhaustively(raw: bytes) -> None:
    key = key_from_bytes(raw)
    for i in range(len(key) - 1):
        if key[i] == key[i + 1]:
            continue  # swapping equal characters is no mistake
        bad = key[:i] + key[i + 1] + key[i] + key[i + 2:]
        assert key_format_problem(bad) is not None, i


@given(random_keys, st.data())
def test_checksum_detects_a_substitution_anywhere(key: str, data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(key) - 1), label="position")
    c = data.draw(st.sampled_from(ALPHABET).filter(lambda ch: ch != key[i]), label="char")
    bad = key[:i] + c + key[i + 1:]
    assert key_format_problem(bad) in (KeyFormatProblem.PREFIX, KeyFormatProblem.CHECKSUM)


@given(random_keys, st.data())
def test_checksum_detects_an_adjacent_transposition(key: str, data: st.DataObject) -> None:
    i = data.draw(st.integers(0, len(key) - 2), label="position")
    if key[i] == key[i + 1]:
        return
    bad = key[:i] + key[i + 1] + key[i] + key[i + 2:]
    assert key_format_problem(bad) in (KeyFormatProblem.PREFIX, KeyFormatProblem.CHECKSUM)


# ---- key_format_problem codes ------------------------------------------------------------------


def _bad_keys() -> list[tuple[str, str]]:
    good = key_from_bytes(bytes(range(1, 33)))
    return [
        ("", KeyFormatProblem.EMPTY),
        ("CCT_" + good[4:], KeyFormatProblem.PREFIX),
        ("ghp_" + good[4:], KeyFormatProblem.PREFIX),
        (good[4:], KeyFormatProblem.PREFIX),
        ("cct", KeyFormatProblem.PREFIX),
        ("cct_", KeyFormatProblem.LENGTH),
        (good[:-1], KeyFormatProblem.LENGTH),
        (good + "A", KeyFormatProblem.LENGTH),
        (good + "\n", KeyFormatProblem.LENGTH),
        (" " + good, KeyFormatProblem.PREFIX),
        (good[:20] + "-" + good[21:], KeyFormatProblem.CHARACTERS),
        (good[:20] + "_" + good[21:], KeyFormatProblem.CHARACTERS),
        (good[:20] + "é" + good[21:], KeyFormatProblem.CHARACTERS),
        (good[:-1] + " ", KeyFormatProblem.CHARACTERS),
        (good[:-6] + "000000" if good[-6:] != "000000" else good[:-6] + "000001",
         KeyFormatProblem.CHECKSUM),
    ]


@pytest.mark.parametrize(("bad", "code"), _bad_keys())
def test_key_format_problem_names_the_first_thing_wrong(bad: str, code: str) -> None:
    assert key_format_problem(bad) == code
    assert not is_well_formed(bad)


def test_every_problem_code_has_a_text() -> None:
    assert set(KEY_PROBLEM_TEXT) == set(ALL_PROBLEMS)
    assert str(KEY_LENGTH) in KEY_PROBLEM_TEXT[KeyFormatProblem.LENGTH]


@pytest.mark.parametrize(("bad", "code"), _bad_keys())
def test_problem_text_never_contains_the_key(bad: str, code: str) -> None:
    text = KEY_PROBLEM_TEXT[key_format_problem(bad)]  # type: ignore[index]
    if len(bad) > 4:  # "cct" and "cct_" are no secret: the text quotes the prefix on purpose
        assert bad not in text
        # Not even a recognisable piece of the secret part.
        body = bad[4:]
        assert all(body[i:i + 8] not in text for i in range(0, max(len(body) - 8, 0)))


# ---- storage and comparison --------------------------------------------------------------------


def test_hash_key_is_sha256_hex() -> None:
    assert hash_key("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    key = generate_key()
    digest = hash_key(key)
    assert digest == hashlib.sha256(key.encode()).hexdigest()
    assert re.fullmatch(r"[0-9a-f]{64}", digest)
    assert key not in digest


def test_keys_match_accepts_only_the_right_key() -> None:
    key, other = generate_key(), generate_key()
    stored = hash_key(key)
    assert keys_match(stored, key)
    assert not keys_match(stored, other)
    assert not keys_match(stored, key[:-1])
    assert not keys_match(stored, "")


def test_keys_match_compares_in_constant_time() -> None:
    key = generate_key()
    stored = hash_key(key)
    with mock.patch("hmac.compare_digest", wraps=hmac.compare_digest) as spy:
        assert keys_match(stored, key)
    spy.assert_called_once_with(stored, stored)


def test_key_prefix_is_the_first_twelve_characters() -> None:
    key = generate_key()
    assert key_prefix(key) == key[:12]
    assert len(key_prefix(key)) == 12
    assert key_prefix(key).startswith("cct_")
    # The prefix is short enough that it does not give the key away.
    assert key_format_problem(key_prefix(key)) == KeyFormatProblem.LENGTH
