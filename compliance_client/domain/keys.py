"""API key format (ARCHITECTURE §8), and the enrollment code's, which is the same shape.

``cct_`` + 32 random bytes in base62 (43 characters) + a 6-character base62 CRC32 of what
precedes it. The prefix makes keys recognisable to secret scanners; the checksum lets a
client reject a mistyped key offline, before anything is sent. An enrollment code (DESIGN
§13) is ``cce_`` and the same body and checksum: a secret too, stored hashed, redacted from
text like a key.
"""

from __future__ import annotations

import logging
import re
import zlib

# hashlib (OpenSSL), hmac and secrets are imported where used: the app's log set-up imports
# this module for redact() before the first window, and they would cost it about 7 ms.

KEY_PREFIX = "cct_"
ENROLLMENT_PREFIX = "cce_"
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
BODY_LENGTH = 43  # 62**43 > 2**256
CHECKSUM_LENGTH = 6  # 62**6 > 2**32
KEY_LENGTH = len(KEY_PREFIX) + BODY_LENGTH + CHECKSUM_LENGTH
DISPLAY_PREFIX_LENGTH = 12  # key_prefix: what identifies a token in lists and logs

_INDEX = {c: i for i, c in enumerate(ALPHABET)}


def _base62(number: int, width: int) -> str:
    digits = []
    while number:
        number, rest = divmod(number, 62)
        digits.append(ALPHABET[rest])
    return "".join(reversed(digits)).rjust(width, ALPHABET[0])


def _checksum(text: str) -> str:
    return _base62(zlib.crc32(text.encode("ascii")), CHECKSUM_LENGTH)


def generate_key(prefix: str = KEY_PREFIX) -> str:
    """A new random key (or, with ``ENROLLMENT_PREFIX``, enrollment code); the caller shows
    it once and stores only its hash."""
    import secrets

    body = _base62(int.from_bytes(secrets.token_bytes(32), "big"), BODY_LENGTH)
    head = prefix + body
    return head + _checksum(head)


def generate_enrollment_code() -> str:
    return generate_key(ENROLLMENT_PREFIX)


class KeyFormatProblem:
    """Why a string is not a well-formed key (codes the UI translates)."""

    EMPTY = "key_empty"
    PREFIX = "key_prefix"
    LENGTH = "key_length"
    CHARACTERS = "key_characters"
    CHECKSUM = "key_checksum"


def key_format_problem(key: str, prefix: str = KEY_PREFIX) -> str | None:
    """None for a well-formed key (with ``prefix``), else a :class:`KeyFormatProblem` code.
    Never echoes the key."""
    if not key:
        return KeyFormatProblem.EMPTY
    if not key.startswith(prefix):
        return KeyFormatProblem.PREFIX
    if len(key) != KEY_LENGTH:
        return KeyFormatProblem.LENGTH
    if any(c not in _INDEX for c in key[len(prefix):]):
        return KeyFormatProblem.CHARACTERS
    import hmac

    head, check = key[:-CHECKSUM_LENGTH], key[-CHECKSUM_LENGTH:]
    if not hmac.compare_digest(_checksum(head), check):
        return KeyFormatProblem.CHECKSUM
    return None


KEY_PROBLEM_TEXT = {
    KeyFormatProblem.EMPTY: "Enter an API token.",
    KeyFormatProblem.PREFIX: "An API token starts with \u201ccct_\u201d.",
    KeyFormatProblem.LENGTH: f"An API token is {KEY_LENGTH} characters long.",
    KeyFormatProblem.CHARACTERS: (
        "An API token holds only letters and digits after \u201ccct_\u201d."
    ),
    KeyFormatProblem.CHECKSUM: "This API token is mistyped: its checksum does not match.",
}


ENROLLMENT_CODE_PROBLEM_TEXT = {
    KeyFormatProblem.EMPTY: "Enter an enrollment code.",
    KeyFormatProblem.PREFIX: "An enrollment code starts with \u201ccce_\u201d.",
    KeyFormatProblem.LENGTH: f"An enrollment code is {KEY_LENGTH} characters long.",
    KeyFormatProblem.CHARACTERS: (
        "An enrollment code holds only letters and digits after \u201ccce_\u201d."
    ),
    KeyFormatProblem.CHECKSUM: "This enrollment code is mistyped: its checksum does not match.",
}


def enrollment_code_problem(code: str) -> str | None:
    """None for a well-formed enrollment code, else a :class:`KeyFormatProblem` code."""
    return key_format_problem(code, ENROLLMENT_PREFIX)


def is_well_formed(key: str) -> bool:
    return key_format_problem(key) is None


def hash_key(key: str) -> str:
    """SHA-256 hex of the key: what the server stores. No salt: the key has 256 random bits."""
    import hashlib

    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def key_prefix(key: str) -> str:
    return key[:DISPLAY_PREFIX_LENGTH]


def keys_match(stored_hash: str, key: str) -> bool:
    import hmac

    return hmac.compare_digest(stored_hash, hash_key(key))


# ---- keys in text: logs, error texts, searches ---------------------------------------------

# "cct_" (or an enrollment code's "cce_") and at least 8 base62 characters: a key, a truncated
# key or a key pasted into text. Shorter runs (e.g. a bare "cct_" in prose) carry no secret.
KEY_SHAPED = re.compile(r"cc[te]_[0-9A-Za-z]{8,}")
# A complete key's shape, checksum aside: what a search box must not send to a server.
WHOLE_KEY_SHAPED = re.compile(rf"cct_[0-9A-Za-z]{{{BODY_LENGTH + CHECKSUM_LENGTH}}}")
REDACTED = "\u2026[redacted]"


def redact(text: str) -> str:
    """``text`` with every key-shaped run cut to its public prefix plus a redaction mark."""
    return KEY_SHAPED.sub(_cut, text)


def _cut(match: re.Match[str]) -> str:
    found = match.group(0)
    if len(found) <= DISPLAY_PREFIX_LENGTH:
        return found  # a key prefix on its own is public
    return found[:DISPLAY_PREFIX_LENGTH] + REDACTED


def whole_key_prefix(text: str) -> str | None:
    """The 12-character prefix of the first complete key in ``text``, or None when it holds
    none: a search or a URL must not carry a key, and the prefix finds the same token."""
    found = WHOLE_KEY_SHAPED.search(text)
    return key_prefix(found.group(0)) if found else None


class RedactKeysFilter(logging.Filter):
    """Rewrite a log record so that no key-shaped text reaches a handler's output.

    The message is rendered once (``getMessage()``), redacted and stored with no arguments,
    so a later ``%`` formatting cannot bring an argument back. Exception and stack texts are
    rendered and redacted here too; the formatter then uses ``exc_text`` as given. Used by
    the app's log file and by every handler of the server.
    """

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string: keep what can be shown
            message = f"{record.msg!s} {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True
