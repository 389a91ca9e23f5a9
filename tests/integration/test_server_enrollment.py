"""Enrollment codes against the real server (DESIGN §13, issue 19): enrollments.create makes
a code from a token template, checked as tokens.create checks a new token; enrollments.redeem,
sent without a token, trades it for a token bound to the redeeming PC. Run on SQLite and, with
COMPLIANCE_TEST_PG_URL, PostgreSQL (the parallel redeem matters most there)."""

from __future__ import annotations

import logging
import threading
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests
from sqlalchemy import text, update

from compliance_client.domain.dpop import DeviceKey
from compliance_client.domain.keys import generate_enrollment_code, generate_key
from compliance_client.server.db import Database
from compliance_client.server.models import EnrollmentRow
from compliance_client.server.schemas import EnrolledOut, EnrollmentCodeOut
from compliance_client.service import TokenServerClient
from compliance_client.service.client import new_token_body
from compliance_client.service.errors import InvalidEnrollment

from ..helpers.live_server import LiveServer, assert_error, session_from
from ..secrets_plugin import issued_keys

SENTENCE = "The enrollment code is unknown, used up or expired."


def template(**fields: Any) -> dict[str, Any]:
    return {"organization_name": "Acme Corp", "organization_id": "acme", **fields}


def create(server: LiveServer, *, key: Any = None, uses: int = 1, seconds: int = 600,
           **fields: Any) -> requests.Response:
    body = {"template": template(**fields), "expires_in_seconds": seconds, "uses": uses}
    return server.call("POST", "/enrollments", json=body,
                       **({} if key is None else {"key": key}))


def new_code(server: LiveServer, **kwargs: Any) -> dict[str, Any]:
    r = create(server, **kwargs)
    assert r.status_code == 201, r.text
    EnrollmentCodeOut.model_validate(r.json())
    return r.json()


def redeem(server: LiveServer, code: str, device_id: str = "pc-1",
           device_key: DeviceKey | None = None, *, source: str | None = None,
           **extra: Any) -> requests.Response:
    body: dict[str, Any] = {"code": code, "device_id": device_id,
                            "hostname": f"{device_id}.example", "profile_name": "Default",
                            "public_key": (device_key or DeviceKey.generate()).public_jwk,
                            **extra}
    r = server.call("POST", "/enrollments/redeem", key=None, json=body,
                    session=session_from(source) if source else None)
    if r.status_code == 201:
        server.issued_keys.append(r.json()["key"])
    return r


def audit(server: LiveServer, action: str | None, key: Any = None) -> list[dict[str, Any]]:
    params: dict[str, Any] = {"limit": 500, **({"action": action} if action else {})}
    r = server.call("GET", "/audit", params=params,
                    **({} if key is None else {"key": key}))
    assert r.status_code == 200, r.text
    items: list[dict[str, Any]] = r.json()["items"]
    return items


def set_code(server: LiveServer, code_id: int, **values: Any) -> None:
    db = Database(server.db_url)
    try:
        with db.write() as session:
            session.execute(update(EnrollmentRow).where(EnrollmentRow.id == code_id)
                            .values(**values))
    finally:
        db.dispose()


def uses_left(server: LiveServer, code_id: int) -> int:
    db = Database(server.db_url)
    try:
        with db.read() as session:
            row = session.get(EnrollmentRow, code_id)
            assert row is not None
            return row.uses_left
    finally:
        db.dispose()


# ---- the whole way, with the client library ------------------------------------------------------


def test_a_pc_enrolls_and_its_token_works_only_signed_by_its_key(
        live_server: LiveServer, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    admin_id = live_server.call("GET", "/tokens/self").json()["token"]["id"]
    body = new_token_body(organization_name="Acme Corp", organization_id="acme",
                          allowed_endpoints=["tokens.self", "devices.*"], name="Laptop",
                          expires_at=datetime.now(UTC) + timedelta(days=30))
    with TokenServerClient(live_server.url, live_server.admin_key) as admin:
        made = admin.create_enrollment(body, expires_in_seconds=3600, uses=1)
    assert made.code.startswith("cce_") and made.uses_left == 1
    assert made.code in issued_keys()  # the secrets scan knows codes too
    assert made.expires_at is not None
    assert timedelta(minutes=59) < made.expires_at - datetime.now(UTC) <= timedelta(hours=1)

    device_key = DeviceKey.generate()
    with TokenServerClient(live_server.url) as anonymous:
        enrolled = anonymous.redeem_enrollment(
            made.code, device_id="pc-1", hostname="pc-1.example", profile_name="Work",
            public_key=device_key.public_jwk)
    live_server.issued_keys.append(enrolled.issued.key)
    token, device = enrolled.issued.token, enrolled.device
    assert enrolled.issued.key.startswith("cct_")
    assert token.bound_devices == ("pc-1",)
    assert token.created_by == admin_id
    assert (token.organization_id, token.name, token.scope) == ("acme", "Laptop",
                                                                "organization")
    assert token.allowed_endpoints == ("tokens.self", "devices.*")
    assert (device.device_id, device.organization_id) == ("pc-1", "acme")
    assert device.key_thumbprint == device_key.thumbprint
    read = live_server.call("GET", "/devices/pc-1", params={"organization_id": "acme"}).json()
    assert read["key_thumbprint"] == device_key.thumbprint

    key = enrolled.issued.key
    with TokenServerClient(live_server.url, key, device_key=device_key) as own:
        me = own.verify()
    assert me.token.id == token.id
    assert_error(live_server.call("GET", "/tokens/self", key=key), 401,
                 "device_proof_required")
    assert_error(live_server.call("GET", "/tokens/self", key=key,
                                  device_key=DeviceKey.generate()), 403, "device_not_bound")
    # Used once: used up.
    with TokenServerClient(live_server.url) as anonymous, \
            pytest.raises(InvalidEnrollment):
        anonymous.redeem_enrollment(made.code, device_id="pc-2", hostname="", profile_name="",
                                    public_key=DeviceKey.generate().public_jwk)

    [created] = audit(live_server, "enrollments.create")
    assert (created["target"], created["token_id"]) == (f"enrollment:{made.id}", admin_id)
    assert created["changes"]["uses"] == [None, 1]
    assert created["changes"]["template.organization_id"] == [None, "acme"]
    assert created["changes"]["code_prefix"] == [None, made.code[:12]]
    [redeemed] = audit(live_server, "enrollments.redeem")
    assert (redeemed["target"], redeemed["token_id"], redeemed["address"]) == (
        f"token:{token.id}", None, "127.0.0.1")
    assert redeemed["changes"]["device_id"] == [None, "pc-1"]
    assert redeemed["changes"]["uses_left"] == [1, 0]
    assert redeemed["changes"]["code_prefix"] == [None, made.code[:12]]
    [registered] = [e for e in audit(live_server, "devices.register")
                    if e["target"] == "device:pc-1"]
    assert registered["token_id"] == token.id
    assert registered["changes"]["key_thumbprint"] == [None, device_key.thumbprint]
    everything = str(audit(live_server, None))  # no filter
    assert made.code not in everything and made.code[12:] not in everything
    assert key not in everything

    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert f"enrollment {made.code[:12]}" in logged and token.key_prefix in logged
    for secret in (made.code, key):
        assert secret not in logged and secret[12:] not in logged


def test_the_answers_match_the_documented_schemas(live_server: LiveServer) -> None:
    code = new_code(live_server)
    r = redeem(live_server, code["code"])
    assert r.status_code == 201, r.text
    answer = EnrolledOut.model_validate(r.json())
    read = live_server.call("GET", f"/tokens/{answer.token.id}").json()
    assert r.json()["token"] == read  # the token as tokens.read gives it
    assert r.json()["device"]["key_thumbprint"] is not None


# ---- uses, expiry, unknown codes -----------------------------------------------------------------


def test_uses_count_down_and_a_used_up_code_is_refused(live_server: LiveServer) -> None:
    code = new_code(live_server, uses=3)
    assert code["uses_left"] == 3
    for n in range(3):
        r = redeem(live_server, code["code"], f"pc-{n}")
        assert r.status_code == 201, r.text
        assert uses_left(live_server, code["id"]) == 2 - n
    body = assert_error(redeem(live_server, code["code"], "pc-3"), 401, "invalid_enrollment")
    assert body["detail"] == SENTENCE
    tokens = [e["target"] for e in audit(live_server, "enrollments.redeem")]
    assert len(set(tokens)) == 3


def test_expired_unknown_and_malformed_codes_get_one_answer(live_server: LiveServer) -> None:
    code = new_code(live_server, uses=5)
    set_code(live_server, code["id"], expires_at=datetime.now(UTC) - timedelta(seconds=1))
    answers = [redeem(live_server, c) for c in (
        code["code"], generate_enrollment_code(), "cce_nope", generate_key(),
        code["code"][:-1] + ("A" if code["code"][-1] != "A" else "B"))]
    bodies = [assert_error(r, 401, "invalid_enrollment") for r in answers]
    assert {b["detail"] for b in bodies} == {SENTENCE}
    assert all("fields" not in b for b in bodies)
    assert uses_left(live_server, code["id"]) == 5
    # No device was registered by any of them.
    assert live_server.call("GET", "/devices").json()["total"] == 0


_JWK = DeviceKey.generate().public_jwk


@pytest.mark.parametrize("body", [
    {}, {"code": "cce_x"}, {"code": "cce_x", "device_id": "pc-1"},
    {"code": 1, "device_id": "pc-1", "public_key": _JWK},
    {"code": "", "device_id": "pc-1", "public_key": _JWK},
    {"code": "cce_x", "device_id": "bad id", "public_key": _JWK},
    {"code": "cce_x", "device_id": "pc-1", "public_key": None},
    {"code": "cce_\x00", "device_id": "pc-1", "public_key": _JWK},
    {"code": "\ud800", "device_id": "pc-1", "public_key": _JWK},
    {"code": "x" * 257, "device_id": "pc-1", "public_key": _JWK},
    {"code": "cce_x", "device_id": "pc-1", "public_key": _JWK, "hostname": "a\nb"},
    {"code": "cce_x", "device_id": "pc-1", "public_key": _JWK, "more": 1},
    ["cce_x"], None,
])
def test_malformed_bodies_are_invalid_input(live_server: LiveServer, body: Any) -> None:
    r = live_server.call("POST", "/enrollments/redeem", key=None, json=body)
    answer = assert_error(r, 422, "invalid_input")
    assert answer["fields"]


def test_a_missing_or_bad_public_key_is_invalid_input(live_server: LiveServer) -> None:
    code = new_code(live_server)
    body = {"code": code["code"], "device_id": "pc-1", "hostname": "", "profile_name": ""}
    r = live_server.call("POST", "/enrollments/redeem", key=None, json=body)
    assert "public_key" in assert_error(r, 422, "invalid_input")["fields"]
    bad = {**body, "public_key": {"kty": "OKP", "crv": "Ed25519", "x": "AAAA"}}
    r = live_server.call("POST", "/enrollments/redeem", key=None, json=bad)
    assert "public_key" in assert_error(r, 422, "invalid_input")["fields"]
    assert uses_left(live_server, code["id"]) == 1


# ---- throttling ----------------------------------------------------------------------------------


def test_bad_codes_are_throttled_and_then_even_a_good_one_is(live_server: LiveServer) -> None:
    code = new_code(live_server)
    prober = "127.0.0.2"
    statuses = [redeem(live_server, generate_enrollment_code(), source=prober).status_code
                for _ in range(20)]
    assert statuses == [401] * 20
    refused = redeem(live_server, code["code"], source=prober)
    assert_error(refused, 429, "too_many_attempts")
    assert int(refused.headers["Retry-After"]) >= 1
    malformed = live_server.call("POST", "/enrollments/redeem", key=None, json={},
                                 session=session_from(prober))
    assert_error(malformed, 429, "too_many_attempts")
    # The throttle is the address's: its API keys are refused too, and others are not.
    assert_error(live_server.call("GET", "/tokens/self", session=session_from(prober)), 429,
                 "too_many_attempts")
    assert uses_left(live_server, code["id"]) == 1
    assert redeem(live_server, code["code"]).status_code == 201


def test_malformed_bodies_do_not_count_towards_the_throttle(live_server: LiveServer) -> None:
    source = "127.0.0.3"
    for _ in range(25):
        r = live_server.call("POST", "/enrollments/redeem", key=None, json={},
                             session=session_from(source))
        assert r.status_code == 422
    code = new_code(live_server)
    assert redeem(live_server, code["code"], source=source).status_code == 201


# ---- reach, policy and validation at creation ----------------------------------------------------


def test_an_organization_caller_templates_only_within_its_reach(
        live_server: LiveServer) -> None:
    acme = live_server.create_token(organization_id="acme", allowed_endpoints=[
        "enrollments.create", "tokens.*", "audit.read"])
    key = acme["key"]
    code = new_code(live_server, key=key, allowed_endpoints=["tokens.self"])
    for fields, field in (({"organization_id": "globex"}, "organization_id"),
                          ({"scope": "global"}, "scope"),
                          ({"allowed_endpoints": []}, None),
                          ({"allowed_endpoints": ["devices.*"]}, None)):
        r = create(live_server, key=key, **fields)
        answer = assert_error(r, 403, "privilege_escalation")
        if field is not None:
            assert answer["params"]["field"] == field
    # The code it made works; its tokens are its organization's and reach no further.
    r = redeem(live_server, code["code"])
    assert r.status_code == 201, r.text
    assert r.json()["token"]["created_by"] == acme["id"]
    # Its own organization's audit shows the creation and the redeem; the refusals too.
    assert len(audit(live_server, "enrollments.create", key=key)) == 2
    assert len(audit(live_server, "enrollments.redeem", key=key)) == 1


def test_an_expiring_caller_cannot_template_a_longer_life(live_server: LiveServer) -> None:
    until = datetime.now(UTC) + timedelta(days=2)
    caller = live_server.create_token(expires_at=until.isoformat())
    r = create(live_server, key=caller["key"])  # never expires: longer than the caller
    assert assert_error(r, 403, "privilege_escalation")["params"]["field"] == "expires_at"
    later = (until + timedelta(days=1)).isoformat()
    assert_error(create(live_server, key=caller["key"], expires_at=later), 403,
                 "privilege_escalation")
    sooner = (until - timedelta(days=1)).isoformat()
    assert create(live_server, key=caller["key"], expires_at=sooner).status_code == 201


def test_a_caller_bound_to_devices_cannot_create_codes(live_server: LiveServer) -> None:
    device_key = DeviceKey.generate()
    code = new_code(live_server)
    assert redeem(live_server, code["code"], "pc-1", device_key).status_code == 201
    bound = live_server.create_token(bound_devices=["pc-1"])
    r = live_server.call("POST", "/enrollments", key=bound["key"], device_key=device_key,
                         json={"template": template(), "expires_in_seconds": 600})
    assert_error(r, 403, "privilege_escalation")


def test_the_token_policy_applies_to_the_template(live_server: LiveServer) -> None:
    policy = live_server.call("GET", "/policy").json()
    r = live_server.call("PUT", "/policy", json={**policy, "require_expiry": True,
                                                 "max_lifetime_days": 30,
                                                 "default_lifetime_days": 30})
    assert r.status_code == 200, r.text
    answer = assert_error(create(live_server), 422, "policy_violation")
    assert set(answer["fields"]) == {"template.expires_at"}
    far = (datetime.now(UTC) + timedelta(days=60)).isoformat()
    answer = assert_error(create(live_server, expires_at=far), 422, "policy_violation")
    assert set(answer["fields"]) == {"template.expires_at"}
    near = (datetime.now(UTC) + timedelta(days=10)).isoformat()
    assert create(live_server, expires_at=near).status_code == 201


@pytest.mark.parametrize(("change", "field"), [
    ({"template": template(bound_devices=["pc-1"])}, "template.bound_devices"),
    ({"template": template(allowed_ips=["10.0.0.1/8"])}, "template.allowed_ips"),
    ({"template": template(allowed_endpoints=["no.such"])}, "template.allowed_endpoints"),
    ({"template": template(organization_id="")}, "template.organization_id"),
    ({"template": template(expires_at="2001-01-01T00:00:00Z")}, "template.expires_at"),
    ({"template": template(name="x" * 101)}, "template.name"),
    ({"template": template(colour="red")}, "template.colour"),
    ({"template": {"organization_id": "acme"}}, "template.organization_name"),
    ({"expires_in_seconds": 59}, "expires_in_seconds"),
    ({"expires_in_seconds": 604801}, "expires_in_seconds"),
    ({"expires_in_seconds": "600"}, "expires_in_seconds"),
    ({"uses": 0}, "uses"),
    ({"uses": 1001}, "uses"),
    ({"uses": True}, "uses"),
    ({"more": 1}, "more"),
])
def test_bad_creations_are_invalid_input_naming_the_field(
        live_server: LiveServer, change: dict[str, Any], field: str) -> None:
    body = {"template": template(), "expires_in_seconds": 600, "uses": 2, **change}
    r = live_server.call("POST", "/enrollments", json=body)
    answer = assert_error(r, 422, "invalid_input")
    assert field in answer["fields"], answer


def test_an_empty_bound_devices_is_no_binding(live_server: LiveServer) -> None:
    r = create(live_server, bound_devices=[])
    assert r.status_code == 201, r.text


def test_a_token_born_expired_is_refused(live_server: LiveServer) -> None:
    soon = (datetime.now(UTC) + timedelta(minutes=30)).isoformat()
    answer = assert_error(create(live_server, seconds=3600, expires_at=soon), 422,
                          "invalid_input")
    assert set(answer["fields"]) == {"template.expires_at"}
    assert create(live_server, seconds=600, expires_at=soon).status_code == 201


def test_enrollments_create_is_governed_by_endpoint_lists(live_server: LiveServer) -> None:
    other = live_server.create_token(allowed_endpoints=["tokens.*"])
    assert_error(create(live_server, key=other["key"]), 403, "endpoint_not_allowed")
    blocked = live_server.create_token(blocked_endpoints=["enrollments.*"])
    assert_error(create(live_server, key=blocked["key"]), 403, "endpoint_blocked")
    assert_error(create(live_server, key=generate_key()), 401, "invalid_token")


# ---- the device ----------------------------------------------------------------------------------


def test_a_known_device_enrolls_again_with_its_key_only(live_server: LiveServer) -> None:
    device_key = DeviceKey.generate()
    code = new_code(live_server, uses=5)
    first = redeem(live_server, code["code"], "pc-1", device_key)
    assert first.status_code == 201
    # Same key: the device is reused (hostname updated), a second token bound to it.
    again = redeem(live_server, code["code"], "pc-1", device_key, hostname="renamed")
    assert again.status_code == 201, again.text
    assert again.json()["device"]["hostname"] == "renamed"
    assert again.json()["token"]["id"] != first.json()["token"]["id"]
    assert uses_left(live_server, code["id"]) == 3
    # Another key: 409, no use consumed.
    assert_error(redeem(live_server, code["code"], "pc-1", DeviceKey.generate()), 409,
                 "device_key_mismatch")
    # A device registered without a key cannot be claimed with one by a code.
    acme = live_server.create_token(organization_id="acme")
    r = live_server.call("POST", "/devices", key=acme["key"], json={"device_id": "keyless"})
    assert r.status_code == 201
    assert_error(redeem(live_server, code["code"], "keyless"), 409, "device_key_mismatch")
    assert uses_left(live_server, code["id"]) == 3


def test_a_disabled_device_cannot_enroll(live_server: LiveServer) -> None:
    device_key = DeviceKey.generate()
    code = new_code(live_server, uses=2)
    assert redeem(live_server, code["code"], "pc-1", device_key).status_code == 201
    r = live_server.call("POST", "/devices/pc-1/disable", params={"organization_id": "acme"})
    assert r.status_code == 200
    assert_error(redeem(live_server, code["code"], "pc-1", device_key), 403,
                 "device_disabled")
    assert uses_left(live_server, code["id"]) == 1
    assert redeem(live_server, code["code"], "pc-2").status_code == 201


def test_a_code_dies_with_its_creators_authority(live_server: LiveServer) -> None:
    creator = live_server.create_token(allowed_endpoints=["enrollments.create"])
    code = new_code(live_server, key=creator["key"], uses=5,
                    allowed_endpoints=["enrollments.create"])
    live_server.call("POST", f"/tokens/{creator['id']}/suspend")
    assert_error(redeem(live_server, code["code"]), 401, "invalid_enrollment")
    live_server.call("POST", f"/tokens/{creator['id']}/resume")
    assert redeem(live_server, code["code"], "pc-1").status_code == 201
    assert live_server.call("DELETE", f"/tokens/{creator['id']}").status_code == 204
    assert_error(redeem(live_server, code["code"], "pc-2"), 401, "invalid_enrollment")
    assert uses_left(live_server, code["id"]) == 4


# ---- secrets and races ---------------------------------------------------------------------------


def test_the_database_never_holds_a_code(live_server: LiveServer) -> None:
    codes = [new_code(live_server, uses=2)["code"] for _ in range(2)]
    assert redeem(live_server, codes[0]).status_code == 201
    assert_error(redeem(live_server, "cce_" + codes[1][4:-1] + "x"), 401, "invalid_enrollment")
    if live_server.db_path is not None:
        files = [p for p in live_server.db_path.parent.iterdir()
                 if p.name.startswith(live_server.db_path.name)]
        blobs = [p.read_bytes() for p in files]
        assert any(codes[0][:12].encode() in b for b in blobs)  # the scan sees the prefix
        for code in codes:
            for blob in blobs:
                assert code.encode() not in blob and code[12:].encode() not in blob
        return
    db = Database(live_server.db_url)
    try:
        with db.engine.connect() as conn:
            dumped = "\n".join(str(row) for table in ("enrollments", "audit", "tokens",
                                                      "devices")
                               for row in conn.execute(text(f"SELECT * FROM {table}")))
    finally:
        db.dispose()
    assert codes[0][:12] in dumped
    for code in codes:
        assert code not in dumped and code[12:] not in dumped


def test_a_single_use_code_redeemed_in_parallel_enrolls_one_pc(live_server: LiveServer) -> None:
    code = new_code(live_server)["code"]
    barrier = threading.Barrier(8)
    statuses: list[int] = []
    lock = threading.Lock()

    def attempt(n: int) -> None:
        body = {"code": code, "device_id": f"pc-{n}", "hostname": "", "profile_name": "",
                "public_key": DeviceKey.generate().public_jwk}
        with requests.Session() as session:
            barrier.wait()
            r = session.post(f"{live_server.url}/api/v1/enrollments/redeem", json=body,
                             timeout=30)
        if r.status_code == 201:
            live_server.issued_keys.append(r.json()["key"])
        with lock:
            statuses.append(r.status_code)

    threads = [threading.Thread(target=attempt, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(statuses) == [201] + [401] * 7
    assert live_server.call("GET", "/devices").json()["total"] == 1
    assert len(audit(live_server, "enrollments.redeem")) == 1
