"""Device keys and proofs of possession against the real server (DESIGN §9, issue 16).

A PC registers its device with the public half of its key; from then on every request it
signs carries a DPoP proof. These tests act as such PCs (``LiveServer.call(device_key=...)``
signs exactly as the client does) and as the attackers the design is written against: a proof
tampered with, replayed, made for another request or key; an API key copied to a second PC; a
disabled PC that keeps calling.
"""

from __future__ import annotations

import http.client
import json
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from compliance_client.domain.dpop import (
    JTI_BYTES,
    DeviceKey,
    access_key_hash,
    b64url,
    b64url_decode,
)
from compliance_client.server.schemas import DeviceOut, TokenAccessOut, TokenOut

from ..helpers.live_server import LiveServer, assert_error, session_from

PC1, PC2 = "pc-1", "pc-2"


def register(server: LiveServer, key: Any, device_id: str, device_key: DeviceKey | None,
             **extra: Any) -> Any:
    body: dict[str, Any] = {"device_id": device_id, "hostname": f"{device_id}.example",
                            "profile_name": "Default", **extra}
    if device_key is not None:
        body["public_key"] = device_key.public_jwk
    return server.call("POST", "/devices", key=key, json=body)


def acme_pc(server: LiveServer, device_id: str = PC1) -> tuple[str, DeviceKey]:
    """An acme token and the key of its PC, registered with it."""
    acme = server.create_token(organization_id="acme")["key"]
    device_key = DeviceKey.generate()
    assert register(server, acme, device_id, device_key).status_code == 201
    return acme, device_key


def bound_token(server: LiveServer, *devices: str, org: str = "acme") -> dict[str, Any]:
    return server.create_token(organization_id=org, bound_devices=list(devices))


# ---- forging proofs -------------------------------------------------------------------------


def _segment(value: Any) -> str:
    return b64url(json.dumps(value, separators=(",", ":")).encode())


def forge(device_key: DeviceKey, *, header: dict[str, Any] | None = None,
          claims: dict[str, Any] | None = None, sign: bool = True) -> str:
    """A proof signed with ``device_key`` but with the header or claims an attacker chose
    (merged over the honest ones; a None value removes the member)."""
    honest_header: dict[str, Any] = {"typ": "dpop+jwt", "alg": "EdDSA",
                                     "jwk": device_key.public_jwk}
    honest_claims: dict[str, Any] = {"jti": b64url(bytes(range(JTI_BYTES))), "htm": "GET",
                                     "htu": "http://x/api/v1/tokens/self",
                                     "iat": int(time.time()), "ath": ""}
    h = {k: v for k, v in {**honest_header, **(header or {})}.items() if v is not None}
    c = {k: v for k, v in {**honest_claims, **(claims or {})}.items() if v is not None}
    signing_input = f"{_segment(h)}.{_segment(c)}"
    private = Ed25519PrivateKey.from_private_bytes(b64url_decode(device_key.secret()))
    signature = b64url(private.sign(signing_input.encode())) if sign else ""
    return f"{signing_input}.{signature}"


def _self_claims(server: LiveServer, key: str) -> dict[str, Any]:
    return {"htu": f"{server.url}/api/v1/tokens/self", "ath": access_key_hash(key),
            "jti": b64url(time.time_ns().to_bytes(16, "big"))}


def _flip_signature(proof: str) -> str:
    head, claims, signature = proof.split(".")
    raw = bytearray(b64url_decode(signature))
    raw[0] ^= 0x01
    return f"{head}.{claims}.{b64url(bytes(raw))}"


def _send(server: LiveServer, key: str, dpop: list[str], path: str = "/tokens/self") -> Any:
    """GET with each of ``dpop`` as its own DPoP header line (requests merges repeats)."""
    parts = urlsplit(server.url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        conn.putrequest("GET", f"/api/v1{path}")
        conn.putheader("Authorization", f"Bearer {key}")
        for value in dpop:
            conn.putheader("DPoP", value)
        conn.endheaders()
        response = conn.getresponse()
        return response.status, json.loads(response.read() or b"null")
    finally:
        conn.close()


BadProof = Callable[[LiveServer, str, DeviceKey], list[str]]

INVALID_PROOFS: dict[str, BadProof] = {
    "bad signature": lambda s, k, d: [_flip_signature(
        d.proof("GET", f"{s.url}/api/v1/tokens/self", k, now=time.time()))],
    "signed by another key than its jwk": lambda s, k, d: [
        forge(d, header={"jwk": DeviceKey.generate().public_jwk}, claims=_self_claims(s, k))],
    "other method": lambda s, k, d: [
        d.proof("POST", f"{s.url}/api/v1/tokens/self", k, now=time.time())],
    "other path": lambda s, k, d: [d.proof("GET", f"{s.url}/api/v1/tokens", k,
                                           now=time.time())],
    "stale iat (-121 s)": lambda s, k, d: [
        d.proof("GET", f"{s.url}/api/v1/tokens/self", k, now=time.time() - 121)],
    "future iat (+121 s)": lambda s, k, d: [
        d.proof("GET", f"{s.url}/api/v1/tokens/self", k, now=time.time() + 121)],
    "wrong ath (made for another key)": lambda s, k, d: [
        d.proof("GET", f"{s.url}/api/v1/tokens/self", k[:-1] + ("A" if k[-1] != "A" else "B"),
                now=time.time())],
    "alg none, unsigned": lambda s, k, d: [
        forge(d, header={"alg": "none"}, claims=_self_claims(s, k), sign=False)],
    "alg HS256": lambda s, k, d: [forge(d, header={"alg": "HS256"}, claims=_self_claims(s, k))],
    "typ jwt": lambda s, k, d: [forge(d, header={"typ": "JWT"}, claims=_self_claims(s, k))],
    "jwk with private d": lambda s, k, d: [forge(
        d, header={"jwk": {**d.public_jwk, "d": d.secret()}}, claims=_self_claims(s, k))],
    "jwk of another curve": lambda s, k, d: [forge(
        d, header={"jwk": {**d.public_jwk, "crv": "X25519"}}, claims=_self_claims(s, k))],
    "no ath": lambda s, k, d: [forge(d, claims={**_self_claims(s, k), "ath": None})],
    "short jti": lambda s, k, d: [forge(d, claims={**_self_claims(s, k), "jti": "abc"})],
    "iat as text": lambda s, k, d: [forge(d, claims={**_self_claims(s, k),
                                                     "iat": str(int(time.time()))})],
    "not a JWS": lambda s, k, d: ["not-a-proof"],
    "four segments": lambda s, k, d: ["a.b.c.d"],
    "empty segments": lambda s, k, d: [".."],
    "header not JSON": lambda s, k, d: [f"{b64url(b'{nope')}.{b64url(b'{}')}.AAAA"],
    "oversized": lambda s, k, d: ["A" * 3000 + ".B.C"],
    "two DPoP headers": lambda s, k, d: [
        d.proof("GET", f"{s.url}/api/v1/tokens/self", k, now=time.time()),
        d.proof("GET", f"{s.url}/api/v1/tokens/self", k, now=time.time())],
}


@pytest.mark.parametrize("case", list(INVALID_PROOFS))
def test_each_invalid_proof_is_refused(live_server: LiveServer, case: str,
                                       caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING)
    acme, device_key = acme_pc(live_server)
    proofs = INVALID_PROOFS[case](live_server, acme, device_key)
    status, body = _send(live_server, acme, proofs)
    assert (status, body["error"]) == (401, "invalid_device_proof"), body
    assert body["detail"]
    # The same token and PC, honestly signed, are fine: only the proof was refused.
    assert live_server.call("GET", "/tokens/self", key=acme,
                            device_key=device_key).status_code == 200
    refusals = [r.getMessage() for r in caplog.records if "invalid_device_proof" in r.getMessage()]
    assert refusals and all(r.levelname == "WARNING" for r in caplog.records
                            if "invalid_device_proof" in r.getMessage())
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert acme not in logged and acme[12:] not in logged
    assert all(p[:40] not in logged for p in proofs)  # no proof is logged either


def test_the_token_expiry_and_ips_are_decided_before_the_proof(
        live_server: LiveServer) -> None:
    """DESIGN §9: step 2a comes after steps 1 (token, expiry) and 2 (IPs). A refusal there
    leaves the proof unspent: the same proof then works with a usable token."""
    device_key = DeviceKey.generate()
    blocked = live_server.create_token(blocked_ips=["127.0.0.1"])
    expired = live_server.create_token()
    live_server.set_expiry(expired["id"], datetime.now(UTC) - timedelta(minutes=1))
    garbage = ["not-a-proof"]
    status, body = _send(live_server, "cct_" + "0" * 49, garbage)
    assert (status, body["error"]) == (401, "invalid_token")
    assert _send(live_server, expired["key"], garbage)[1]["error"] == "token_expired"
    assert _send(live_server, blocked["key"], garbage)[1]["error"] == "ip_blocked"
    honest = device_key.proof("GET", f"{live_server.url}/api/v1/tokens/self",
                              live_server.admin_key, now=time.time())
    assert _send(live_server, expired["key"], [honest])[1]["error"] == "token_expired"
    assert _send(live_server, live_server.admin_key, [honest])[0] == 200


def test_a_replayed_proof_is_refused(live_server: LiveServer) -> None:
    acme, device_key = acme_pc(live_server)
    proof = device_key.proof("GET", f"{live_server.url}/api/v1/tokens/self", acme,
                             now=time.time())
    assert _send(live_server, acme, [proof])[0] == 200
    status, body = _send(live_server, acme, [proof])
    assert (status, body["error"]) == (401, "invalid_device_proof")


def test_a_proof_binds_the_path_not_the_query_or_host(live_server: LiveServer) -> None:
    """Scheme and host are not compared (proxies terminate TLS), the query is not part of
    htu: a proof for https://proxy.example/api/v1/devices/pc-1 fits GET ...?organization_id=."""
    acme, device_key = acme_pc(live_server)
    proof = device_key.proof("GET", f"https://proxy.example/api/v1/devices/{PC1}?x=1", acme,
                             now=time.time())
    status, body = _send(live_server, acme, [proof], f"/devices/{PC1}?organization_id=")
    assert status == 200, body
    assert body["device_id"] == PC1


def test_invalid_proofs_count_towards_the_throttle(live_server: LiveServer) -> None:
    acme, device_key = acme_pc(live_server)
    stale = device_key.proof("GET", f"{live_server.url}/api/v1/tokens/self", acme,
                             now=time.time() - 600)
    for _ in range(20):
        assert _send(live_server, acme, [stale])[1]["error"] == "invalid_device_proof"
    r = live_server.call("GET", "/tokens/self", key=acme, device_key=device_key)
    assert_error(r, 429, "too_many_attempts")
    assert int(r.headers["Retry-After"]) > 0
    # Another address is not blocked: the failures were counted against this one.
    other = live_server.call("GET", "/tokens/self", session=session_from("127.0.0.2"))
    assert other.status_code == 200


# ---- registration ---------------------------------------------------------------------------


def test_register_with_a_key(live_server: LiveServer) -> None:
    acme = live_server.create_token(organization_id="acme")["key"]
    device_key = DeviceKey.generate()
    first = register(live_server, acme, PC1, device_key)
    assert first.status_code == 201, first.text
    assert DeviceOut.model_validate(first.json()).key_thumbprint == device_key.thumbprint
    again = register(live_server, acme, PC1, device_key, hostname="renamed")
    assert again.status_code == 200
    assert again.json()["key_thumbprint"] == device_key.thumbprint
    assert again.json()["hostname"] == "renamed"
    # Registering again without the key keeps it (a script refreshing the hostname).
    assert register(live_server, acme, PC1, None).json()["key_thumbprint"] == \
        device_key.thumbprint
    body = assert_error(register(live_server, acme, PC1, DeviceKey.generate()), 409,
                        "device_key_mismatch")
    assert body["params"]["device_id"] == PC1
    listed = live_server.call("GET", "/devices", key=acme).json()["items"]
    assert [(d["device_id"], d["key_thumbprint"]) for d in listed] == [
        (PC1, device_key.thumbprint)]
    audit = live_server.call("GET", "/audit").json()["items"]
    created = next(e for e in audit if e["action"] == "devices.register"
                   and "status" in e["changes"])
    assert created["changes"]["key_thumbprint"] == [None, device_key.thumbprint]


def test_a_keyless_device_gets_its_key_only_from_its_registrar_or_an_admin(
        live_server: LiveServer) -> None:
    first = live_server.create_token(organization_id="admin")["key"]
    second = live_server.create_token(organization_id="admin")["key"]
    for device_id in (PC1, PC2):
        r = register(live_server, first, device_id, None)
        assert r.status_code == 201 and r.json()["key_thumbprint"] is None
    key1, key2 = DeviceKey.generate(), DeviceKey.generate()
    assert_error(register(live_server, second, PC1, key1), 409, "device_key_mismatch")
    given = register(live_server, first, PC1, key1)
    assert given.status_code == 200
    assert given.json()["key_thumbprint"] == key1.thumbprint
    # The admin token (global, organization "admin") may give the other device its key.
    assert register(live_server, live_server.admin_key, PC2, key2).json()[
        "key_thumbprint"] == key2.thumbprint
    audit = live_server.call("GET", "/audit").json()["items"]
    changes = [e["changes"].get("key_thumbprint") for e in audit
               if e["action"] == "devices.register"]
    assert [None, key1.thumbprint] in changes and [None, key2.thumbprint] in changes


@pytest.mark.parametrize(("public_key", "why"), [
    ({"kty": "OKP", "crv": "Ed25519", "x": "AAAA"}, "32 bytes"),
    ({"kty": "OKP", "crv": "Ed25519", "x": "A" * 42 + "!"}, "base64url"),
    ({"kty": "EC", "crv": "P-256", "x": "A" * 43}, "OKP"),
    ({"kty": "OKP", "crv": "X25519", "x": "A" * 43}, "OKP"),
    ({"kty": "OKP", "crv": "Ed25519", "x": "A" * 43, "d": "dSecretPart" + "Q" * 32}, "private"),
    ("not an object", "object"),
])
def test_register_refuses_a_bad_public_key(live_server: LiveServer, public_key: Any,
                                           why: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    acme = live_server.create_token(organization_id="acme")["key"]
    r = live_server.call("POST", "/devices", key=acme,
                         json={"device_id": PC1, "public_key": public_key})
    body = assert_error(r, 422, "invalid_input")
    assert list(body["fields"]) == ["public_key"]
    if not isinstance(public_key, str):
        assert why in body["fields"]["public_key"]
    assert live_server.call("GET", f"/devices/{PC1}", key=acme).status_code == 404
    # A private part sent by mistake is echoed nowhere: not in the answer, not in a log.
    secret = public_key.get("d") if isinstance(public_key, dict) else None
    if secret:
        logged = "\n".join(f"{rec.getMessage()} {rec.args!r}" for rec in caplog.records)
        assert secret not in r.text and secret not in logged


# ---- disabled devices -----------------------------------------------------------------------


def test_a_disabled_pc_is_refused_everywhere_until_enabled(live_server: LiveServer) -> None:
    acme, device_key = acme_pc(live_server)
    signed: Callable[..., Any] = lambda method, path, **kw: live_server.call(  # noqa: E731
        method, path, key=acme, device_key=device_key, **kw)
    assert signed("POST", f"/devices/{PC1}/disable").json()["status"] == "disabled"
    for method, path in (("GET", "/tokens/self"), ("GET", "/tokens"), ("GET", "/endpoints"),
                         ("GET", f"/devices/{PC1}"), ("GET", "/devices"), ("GET", "/audit"),
                         ("POST", f"/devices/{PC1}/enable"), ("DELETE", f"/devices/{PC1}")):
        body = assert_error(signed(method, path), 403, "device_disabled")
        assert body["params"] == {"device_id": PC1}
    created = signed("POST", "/tokens", json={"organization_name": "A",
                                              "organization_id": "acme"})
    assert_error(created, 403, "device_disabled")
    # Nor may the PC register itself again, signed, to try its luck.
    assert_error(signed("POST", "/devices", json={"device_id": PC1,
                                                  "public_key": device_key.public_jwk}),
                 403, "device_disabled")
    # An administrator elsewhere (unsigned) still works, sees it disabled, and enables it.
    admin = live_server.call("GET", f"/devices/{PC1}?organization_id=acme")
    assert admin.json()["status"] == "disabled"
    assert live_server.call("POST", f"/devices/{PC1}/enable?organization_id=acme").json()[
        "status"] == "active"
    me = signed("GET", "/tokens/self")
    assert me.status_code == 200
    assert me.json()["device"]["device_id"] == PC1


def test_a_global_callers_proof_names_devices_of_every_organization(
        live_server: LiveServer) -> None:
    acme, device_key = acme_pc(live_server)
    other = live_server.create_token(organization_name="Other", organization_id="other")["key"]
    assert live_server.call("POST", f"/devices/{PC1}/disable", key=acme).status_code == 200
    # The admin token signing with that PC's key: the PC is disabled, so it is refused.
    assert_error(live_server.call("GET", "/tokens/self", device_key=device_key), 403,
                 "device_disabled")
    # An organization token sees only its own organization's devices: for "other" the key
    # names no device, so nothing is disabled (and its tokens.self names no device).
    r = live_server.call("GET", "/tokens/self", key=other, device_key=device_key)
    assert r.status_code == 200
    assert r.json()["device"] is None


def test_tokens_self_names_the_proofs_device(live_server: LiveServer) -> None:
    acme, device_key = acme_pc(live_server)
    unsigned = TokenAccessOut.model_validate(
        live_server.call("GET", "/tokens/self", key=acme).json())
    assert unsigned.device is None
    assert unsigned.warn_before_days == 14
    signed = TokenAccessOut.model_validate(
        live_server.call("GET", "/tokens/self", key=acme, device_key=device_key).json())
    assert signed.device is not None
    assert (signed.device.device_id, signed.device.key_thumbprint) == (
        PC1, device_key.thumbprint)
    # The cached part of the answer holds no device: unsigned again, none again.
    assert live_server.call("GET", "/tokens/self", key=acme).json()["device"] is None
    stranger = live_server.call("GET", "/tokens/self", key=acme,
                                device_key=DeviceKey.generate())
    assert stranger.status_code == 200 and stranger.json()["device"] is None


def test_a_signed_request_records_when_the_device_was_last_seen(
        live_server: LiveServer) -> None:
    from sqlalchemy import update

    from compliance_client.server.db import Database
    from compliance_client.server.models import DeviceRow

    acme, device_key = acme_pc(live_server)
    long_ago = datetime(2026, 1, 1, tzinfo=UTC)
    db = Database(live_server.db_url)
    try:
        with db.write() as session:
            session.execute(update(DeviceRow).values(last_seen_at=long_ago))
    finally:
        db.dispose()
    assert live_server.call("GET", f"/devices/{PC1}", key=acme).json()[
        "last_seen_at"] == "2026-01-01T00:00:00Z"  # unsigned: not this PC's doing
    live_server.call("GET", "/tokens/self", key=acme, device_key=device_key)
    seen = datetime.fromisoformat(live_server.call("GET", f"/devices/{PC1}", key=acme).json()[
        "last_seen_at"].replace("Z", "+00:00"))
    assert datetime.now(UTC) - seen < timedelta(minutes=1)


# ---- bound tokens ---------------------------------------------------------------------------


def test_a_bound_token_needs_a_proof_of_one_of_its_devices(live_server: LiveServer) -> None:
    acme, key1 = acme_pc(live_server, PC1)
    key2 = DeviceKey.generate()
    assert register(live_server, acme, PC2, key2).status_code == 201
    token = bound_token(live_server, PC1)
    assert TokenOut.model_validate(token).bound_devices == [PC1]
    bound = token["key"]
    assert_error(live_server.call("GET", "/tokens/self", key=bound), 401,
                 "device_proof_required")
    assert_error(live_server.call("GET", "/tokens", key=bound), 401, "device_proof_required")
    assert_error(live_server.call("GET", "/tokens/self", key=bound, device_key=key2), 403,
                 "device_not_bound")
    unregistered = DeviceKey.generate()
    assert_error(live_server.call("GET", "/tokens/self", key=bound, device_key=unregistered),
                 403, "device_not_bound")
    ok = live_server.call("GET", "/tokens/self", key=bound, device_key=key1)
    assert ok.status_code == 200
    assert ok.json()["token"]["bound_devices"] == [PC1]
    live_server.call("POST", f"/devices/{PC1}/disable", key=acme)
    assert_error(live_server.call("GET", "/tokens/self", key=bound, device_key=key1), 403,
                 "device_disabled")


def test_a_key_copied_to_a_second_pc_is_useless(live_server: LiveServer) -> None:
    """The API key of a token bound to PC 1 leaks to a second PC. That PC has its own
    device key: its proofs name no bound device; claiming PC 1's device ID for its own key
    is refused; and registering itself as a new device does not bind the token to it."""
    acme, key1 = acme_pc(live_server, PC1)
    leaked = bound_token(live_server, PC1)["key"]
    second_pc = DeviceKey.generate()
    assert_error(live_server.call("GET", "/tokens", key=leaked, device_key=second_pc), 403,
                 "device_not_bound")
    assert_error(register(live_server, leaked, PC1, second_pc), 401, "device_proof_required")
    assert_error(live_server.call("POST", "/devices", key=leaked, device_key=second_pc, json={
        "device_id": PC1, "public_key": second_pc.public_jwk}), 403, "device_not_bound")
    assert_error(register(live_server, acme, PC1, second_pc), 409, "device_key_mismatch")
    assert register(live_server, acme, "pc-thief", second_pc).status_code == 201
    assert_error(live_server.call("GET", "/tokens/self", key=leaked, device_key=second_pc),
                 403, "device_not_bound")
    assert live_server.call("GET", "/tokens/self", key=leaked,
                            device_key=key1).status_code == 200


def test_binding_needs_devices_of_the_tokens_own_organization(live_server: LiveServer) -> None:
    acme_pc(live_server, PC1)
    other = live_server.create_token(organization_name="Other", organization_id="other")["key"]
    register(live_server, other, PC2, DeviceKey.generate())
    for devices, named in (([PC1, "nowhere"], "nowhere"), ([PC2], PC2)):
        r = live_server.call("POST", "/tokens", json={
            "organization_name": "Acme", "organization_id": "acme", "bound_devices": devices})
        body = assert_error(r, 422, "invalid_input")
        assert named in body["fields"]["bound_devices"]
    assert_error(live_server.call("POST", "/tokens", json={
        "organization_name": "Acme", "organization_id": "acme", "bound_devices": ["bad id!"]}),
        422, "invalid_input")
    token = bound_token(live_server, PC1)
    # Moving the bound token to another organization: its device is not of that one.
    moved = live_server.call("PATCH", f"/tokens/{token['id']}", headers={"If-Match": '"1"'},
                             json={"organization_id": "other"})
    assert "bound_devices" in assert_error(moved, 422, "invalid_input")["fields"]
    # null keeps the binding; a list replaces it; the audit log records the change.
    kept = live_server.call("PATCH", f"/tokens/{token['id']}", headers={"If-Match": '"1"'},
                            json={"organization_name": "Acme 2", "bound_devices": None})
    assert kept.json()["bound_devices"] == [PC1]
    cleared = live_server.call("PATCH", f"/tokens/{token['id']}", headers={"If-Match": '"2"'},
                               json={"bound_devices": []})
    assert cleared.json()["bound_devices"] == []
    audit = live_server.call("GET", "/audit").json()["items"]
    assert audit[0]["changes"]["bound_devices"] == [[PC1], []]


def test_a_bound_caller_makes_only_tokens_bound_to_its_devices(live_server: LiveServer) -> None:
    acme, key1 = acme_pc(live_server, PC1)
    register(live_server, acme, PC2, DeviceKey.generate())
    caller = bound_token(live_server, PC1)["key"]

    def create(**fields: Any) -> Any:
        return live_server.call("POST", "/tokens", key=caller, device_key=key1, json={
            "organization_name": "Acme", "organization_id": "acme", **fields})

    body = assert_error(create(), 403, "privilege_escalation")
    assert body["params"]["field"] == "bound_devices"
    assert_error(create(bound_devices=[PC2]), 403, "privilege_escalation")
    assert_error(create(bound_devices=[PC1, PC2]), 403, "privilege_escalation")
    made = create(bound_devices=[PC1])
    assert made.status_code == 201 and made.json()["bound_devices"] == [PC1]
    # Nor may it change an unbound token (it reaches further than a bound one).
    unbound = live_server.create_token(organization_id="acme")
    r = live_server.call("PATCH", f"/tokens/{unbound['id']}", key=caller, device_key=key1,
                         headers={"If-Match": '"1"'}, json={"organization_name": "x"})
    assert_error(r, 403, "privilege_escalation")


def test_a_bound_token_is_no_administrator(live_server: LiveServer) -> None:
    """Binding the only administrator token would leave none (DESIGN §8: an administrator
    token is bound to no device)."""
    pc_key = DeviceKey.generate()
    assert register(live_server, live_server.admin_key, PC1, pc_key).status_code == 201
    me = live_server.call("GET", "/tokens/self").json()["token"]
    r = live_server.call("PATCH", f"/tokens/{me['id']}", headers={"If-Match": '"1"'},
                         json={"bound_devices": [PC1]})
    assert_error(r, 409, "last_admin")


# ---- devices.delete -------------------------------------------------------------------------


def test_delete_a_device(live_server: LiveServer) -> None:
    acme, old_key = acme_pc(live_server)
    other = live_server.create_token(organization_name="Other", organization_id="other")["key"]
    token = bound_token(live_server, PC1)
    assert_error(live_server.call("DELETE", f"/devices/{PC1}", key=other), 404, "not_found")
    assert_error(live_server.call("DELETE", "/devices/never-registered", key=acme), 404,
                 "not_found")
    body = assert_error(live_server.call("DELETE", f"/devices/{PC1}", key=acme), 409,
                        "device_in_use")
    assert body["params"] == {"device_id": PC1}
    live_server.call("PATCH", f"/tokens/{token['id']}", headers={"If-Match": '"1"'},
                     json={"bound_devices": []})
    gone = live_server.call("DELETE", f"/devices/{PC1}", key=acme)
    assert gone.status_code == 204 and gone.content == b""
    assert_error(live_server.call("GET", f"/devices/{PC1}", key=acme), 404, "not_found")
    # Its old key names nothing any more; the PC registers anew with a new key.
    old = live_server.call("GET", "/tokens/self", key=acme, device_key=old_key)
    assert old.status_code == 200 and old.json()["device"] is None
    new_key = DeviceKey.generate()
    again = register(live_server, acme, PC1, new_key)
    assert again.status_code == 201
    assert again.json()["key_thumbprint"] == new_key.thumbprint
    entry = next(e for e in live_server.call("GET", "/audit").json()["items"]
                 if e["action"] == "devices.delete")
    assert entry["target"] == f"device:{PC1}"
    assert entry["changes"]["key_thumbprint"] == [old_key.thumbprint, None]


def test_a_global_caller_deletes_another_organizations_device(live_server: LiveServer) -> None:
    acme_pc(live_server)
    assert_error(live_server.call("DELETE", f"/devices/{PC1}"), 404, "not_found")
    assert live_server.call("DELETE", f"/devices/{PC1}?organization_id=acme").status_code == 204
    assert live_server.call("GET", "/devices").json()["total"] == 0
