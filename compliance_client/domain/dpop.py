"""This PC's device key and its proofs of possession: RFC 9449 (DPoP) with Ed25519, exactly as
ARCHITECTURE §10 (devices) states it. Pure code: the client signs with it, the server and the
tests check with it, so the two cannot drift.

Why no JOSE library: a proof here is one compact JWS with one algorithm. PyJWT or joserfc
would bring algorithm negotiation, which is precisely the attack surface to refuse outright
(``alg: none``, algorithm confusion), and a slower path through generic option handling on
every signed request. ``cryptography`` does the one thing that must not be hand-written, the
Ed25519 signature; the rest (base64url, JSON, claim checks) is a few plain lines.

A proof is ``base64url(header) . base64url(claims) . base64url(signature)`` with

* header ``{"typ": "dpop+jwt", "alg": "EdDSA", "jwk": {"kty": "OKP", "crv": "Ed25519", "x"}}``;
* claims ``{"jti", "htm", "htu", "iat", "ath"}``: a random id (>= 16 bytes), the request's
  method and URL (no query or fragment), the time in unix seconds, and the base64url SHA-256
  of the API key sent with it (so a proof is useless with any other key).

The server checks all of it (:func:`verify_proof`) and remembers each ``jti`` for as long as
its proof could be accepted (:class:`ReplayCache`, one per server process).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import heapq
import hmac
import json
import math
import os
import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote, urlsplit

from .errors import Code, ComplianceError

TYP = "dpop+jwt"
ALG = "EdDSA"
#: A proof is accepted while ``|iat - now|`` is at most this many seconds (clock skew both ways).
MAX_AGE_SECONDS = 120
JTI_BYTES = 16
#: Longer proofs are refused before any decoding: a real one is about 400 characters.
MAX_PROOF_LENGTH = 2048
_MAX_JTI_LENGTH = 128
_B64URL = re.compile(r"[A-Za-z0-9_-]*")
_JWK_MEMBERS = ("crv", "kty", "x")  # RFC 7638: the required members, in lexical order


class ProofReason:
    """Why a proof was refused (for logs and tests; the client sees one code)."""

    MALFORMED = "malformed"
    HEADER = "header"  # typ, alg, crit
    JWK = "jwk"
    SIGNATURE = "signature"
    CLAIMS = "claims"
    METHOD = "htm"
    PATH = "htu"
    STALE = "iat_stale"
    FUTURE = "iat_future"
    REPLAYED = "jti_replayed"
    ACCESS_KEY = "ath"


class ProofError(ComplianceError):
    """A ``DPoP`` header that fails a check: 401 ``invalid_device_proof``. ``reason`` is a
    :class:`ProofReason`; the message never quotes the proof or the key."""

    code = Code.INVALID_DEVICE_PROOF

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


# ---- base64url and JWK ----------------------------------------------------------------------


def b64url(data: bytes) -> str:
    """Base64url without padding (RFC 7515 §2)."""
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    """Strict base64url without padding; ValueError for anything else."""
    if not isinstance(text, str) or not _B64URL.fullmatch(text) or len(text) % 4 == 1:
        raise ValueError("not base64url")
    try:
        return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise ValueError("not base64url") from None


def access_key_hash(access_key: str) -> str:
    """The ``ath`` claim for an API key: base64url of its SHA-256."""
    return b64url(hashlib.sha256(access_key.encode("utf-8")).digest())


def public_key_bytes(jwk: Any) -> bytes:
    """The 32 raw bytes of a public Ed25519 JWK; ValueError (saying what is wrong) unless it
    is exactly an OKP Ed25519 public key. A private part (``d``) is refused: a client that
    sends it has leaked its key."""
    if not isinstance(jwk, Mapping):
        raise ValueError("the public key must be a JWK object")
    if "d" in jwk:
        raise ValueError("the JWK holds a private key; send only the public part")
    if jwk.get("kty") != "OKP" or jwk.get("crv") != "Ed25519":
        raise ValueError('the public key must be {"kty": "OKP", "crv": "Ed25519", "x": ...}')
    try:
        raw = b64url_decode(jwk.get("x"))  # type: ignore[arg-type]
    except ValueError:
        raise ValueError("the public key's x is not base64url") from None
    if len(raw) != 32:
        raise ValueError("the public key's x is not 32 bytes")
    return raw


def public_jwk(raw: bytes) -> dict[str, str]:
    """The public JWK of 32 raw Ed25519 public key bytes."""
    return {"kty": "OKP", "crv": "Ed25519", "x": b64url(raw)}


def jwk_thumbprint(jwk: Mapping[str, Any]) -> str:
    """RFC 7638 SHA-256 thumbprint (base64url) of a public Ed25519 JWK: the hash of its
    required members in lexical order, as JSON without white space."""
    public_key_bytes(jwk)  # only a valid key has a thumbprint
    canonical = json.dumps({m: jwk[m] for m in _JWK_MEMBERS}, separators=(",", ":"),
                           sort_keys=True)
    return b64url(hashlib.sha256(canonical.encode("ascii")).digest())


def request_target(url: str) -> str:
    """The ``htu`` of a request URL: without query and fragment."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}{parts.path}"


# ---- the key --------------------------------------------------------------------------------


class DeviceKey:
    """This PC's Ed25519 key pair. ``secret()`` is what the keyring keeps (the 32-byte private
    seed, base64url); nothing else ever holds it, and no repr or message shows it."""

    __slots__ = ("_private", "public_jwk", "thumbprint")

    def __init__(self, seed: bytes) -> None:
        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
        from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

        if len(seed) != 32:
            raise ValueError("an Ed25519 private key is 32 bytes")
        self._private = Ed25519PrivateKey.from_private_bytes(seed)
        raw = self._private.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        self.public_jwk = public_jwk(raw)
        self.thumbprint = jwk_thumbprint(self.public_jwk)

    @classmethod
    def generate(cls) -> DeviceKey:
        return cls(os.urandom(32))

    @classmethod
    def from_secret(cls, text: str) -> DeviceKey:
        """The key kept as :meth:`secret`; ValueError when ``text`` is not one."""
        return cls(b64url_decode(text.strip()))

    def secret(self) -> str:
        from cryptography.hazmat.primitives.serialization import (
            Encoding,
            NoEncryption,
            PrivateFormat,
        )

        return b64url(self._private.private_bytes(Encoding.Raw, PrivateFormat.Raw,
                                                  NoEncryption()))

    def proof(self, method: str, url: str, access_key: str, *, now: float,
              jti: str | None = None) -> str:
        """A ``DPoP`` header value for one request (a new random ``jti`` unless given)."""
        header = {"typ": TYP, "alg": ALG, "jwk": self.public_jwk}
        claims = {"jti": jti or b64url(os.urandom(JTI_BYTES)), "htm": method.upper(),
                  "htu": request_target(url), "iat": int(now),
                  "ath": access_key_hash(access_key)}
        signing_input = f"{_segment(header)}.{_segment(claims)}"
        signature = self._private.sign(signing_input.encode("ascii"))
        return f"{signing_input}.{b64url(signature)}"

    def __repr__(self) -> str:
        return f"<DeviceKey {self.thumbprint}>"


def _segment(value: Mapping[str, Any]) -> str:
    return b64url(json.dumps(value, separators=(",", ":")).encode("utf-8"))


# ---- the check ------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class VerifiedProof:
    """A proof that passed every check but the replay window (see :class:`ReplayCache`)."""

    thumbprint: str
    jti: str
    iat: float


def _decode_json(segment: str, what: str) -> dict[str, Any]:
    try:
        value = json.loads(b64url_decode(segment))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise ProofError(ProofReason.MALFORMED, f"The device proof's {what} is not "
                         "base64url JSON.") from None
    if not isinstance(value, dict):
        raise ProofError(ProofReason.MALFORMED, f"The device proof's {what} is not an "
                         "object.")
    return value


def _verify_signature(raw_public: bytes, signature: bytes, signing_input: bytes) -> bool:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(raw_public).verify(signature, signing_input)
    except (InvalidSignature, ValueError):
        return False
    return True


def verify_proof(proof: str, *, method: str, path: str, access_key: str,
                 now: float) -> VerifiedProof:
    """Check one ``DPoP`` header value for a request (``path``: the request's path as the
    server received it, percent-decoded) sent with ``access_key``; raise :class:`ProofError`
    on the first failed check. Scheme and host of ``htu`` are not compared: a proxy in front
    of the server may terminate TLS under another name."""
    if not isinstance(proof, str) or len(proof) > MAX_PROOF_LENGTH or proof.count(".") != 2:
        raise ProofError(ProofReason.MALFORMED, "The device proof is not a compact JWS.")
    head_b64, claims_b64, signature_b64 = proof.split(".")
    header = _decode_json(head_b64, "header")
    if header.get("typ") != TYP:
        raise ProofError(ProofReason.HEADER, f'The device proof\'s typ is not "{TYP}".')
    if header.get("alg") != ALG:
        raise ProofError(ProofReason.HEADER, f'The device proof\'s alg is not "{ALG}".')
    if "crit" in header:
        raise ProofError(ProofReason.HEADER, "The device proof names critical extensions "
                         "this server does not know.")
    try:
        raw_public = public_key_bytes(header.get("jwk"))
        signature = b64url_decode(signature_b64)
    except ValueError as exc:
        raise ProofError(ProofReason.JWK, f"The device proof's key is unusable: {exc}.") from None
    if len(signature) != 64 or not _verify_signature(
            raw_public, signature, f"{head_b64}.{claims_b64}".encode("ascii")):
        raise ProofError(ProofReason.SIGNATURE, "The device proof's signature does not "
                         "verify with its key.")
    claims = _decode_json(claims_b64, "claims")
    jti, htm, htu, iat, ath = (claims.get(n) for n in ("jti", "htm", "htu", "iat", "ath"))
    if not (isinstance(jti, str) and isinstance(htm, str) and isinstance(htu, str)
            and isinstance(ath, str) and isinstance(iat, int | float)
            and not isinstance(iat, bool) and math.isfinite(iat)):
        raise ProofError(ProofReason.CLAIMS, "The device proof lacks one of jti, htm, htu, "
                         "iat and ath, or one has the wrong type.")
    try:
        jti_bytes = len(b64url_decode(jti))
    except ValueError:
        jti_bytes = 0
    if jti_bytes < JTI_BYTES or len(jti) > _MAX_JTI_LENGTH:
        raise ProofError(ProofReason.CLAIMS, f"The device proof's jti is not {JTI_BYTES} or "
                         "more random bytes in base64url.")
    if htm != method.upper():
        raise ProofError(ProofReason.METHOD, "The device proof was made for another HTTP "
                         "method.")
    try:
        htu_path = unquote(urlsplit(htu).path)
    except ValueError:
        htu_path = None
    if htu_path != path:
        raise ProofError(ProofReason.PATH, "The device proof was made for another URL.")
    if iat < now - MAX_AGE_SECONDS:
        raise ProofError(ProofReason.STALE, "The device proof is too old; check this PC's "
                         "clock.")
    if iat > now + MAX_AGE_SECONDS:
        raise ProofError(ProofReason.FUTURE, "The device proof is dated in the future; check "
                         "this PC's clock.")
    if not hmac.compare_digest(ath.encode("ascii", "replace"),
                               access_key_hash(access_key).encode("ascii")):
        raise ProofError(ProofReason.ACCESS_KEY, "The device proof was made for another API "
                         "key.")
    return VerifiedProof(jwk_thumbprint(header["jwk"]), jti, float(iat))


class ReplayCache:
    """The ``jti`` of every proof accepted in the last window, so each is used once.

    A proof is accepted for ``MAX_AGE_SECONDS`` either side of its ``iat``, so its ``jti`` is
    kept until ``iat + MAX_AGE_SECONDS`` and then forgotten. One per server process (several
    workers do not share it: ARCHITECTURE §10 states the limit). At ``max_entries`` the entry
    closest to expiring is forgotten first: only a proof about to be refused as stale anyway
    could then be replayed, and only under a flood of valid, signed requests.
    """

    def __init__(self, max_entries: int = 500_000) -> None:
        self._max = max_entries
        self._until: dict[str, float] = {}
        self._heap: list[tuple[float, str]] = []
        self._lock = threading.Lock()

    def first_use(self, proof: VerifiedProof, now: float) -> bool:
        """Remember the proof's ``jti``; False when it was seen within its window."""
        expires = proof.iat + MAX_AGE_SECONDS
        with self._lock:
            heap, until = self._heap, self._until
            while heap and (heap[0][0] <= now or len(heap) >= self._max):
                _when, old = heapq.heappop(heap)
                until.pop(old, None)
            if proof.jti in until:
                return False
            until[proof.jti] = expires
            heapq.heappush(heap, (expires, proof.jti))
            return True

    def __len__(self) -> int:
        return len(self._until)
