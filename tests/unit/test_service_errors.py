"""The service error hierarchy: mapping from contract errors, params, messages, no key."""

from __future__ import annotations

import pickle

import pytest

from compliance_client.domain.errors import STATUS_OF_CODE, Code, ComplianceError
from compliance_client.domain.keys import generate_key
from compliance_client.service import errors as E

URL = "https://tokens.example"


def make(status: int, body: object, **kw: object) -> E.ServiceError:
    kw.setdefault("request_id", "rid-1")
    kw.setdefault("retry_after", None)
    return E.error_from_response(status, body, server_url=URL, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize("code", list(STATUS_OF_CODE))
def test_every_contract_code_has_its_own_class(code: str) -> None:
    err = make(STATUS_OF_CODE[code], {"error": code, "detail": "server words"})
    assert type(err) is not E.ApiError
    assert isinstance(err, E.ApiError)
    assert isinstance(err, ComplianceError)
    assert err.code == code
    assert err.status == STATUS_OF_CODE[code]
    assert err.request_id == "rid-1"
    assert err.server_url == URL
    assert err.detail == "server words"
    # Known codes speak the client's own words, not the server's (invalid_input without
    # fields has nothing but the server's summary to show).
    if code != Code.INVALID_INPUT:
        assert "server words" not in str(err)


def test_class_per_code() -> None:
    expected = {
        Code.INVALID_TOKEN: E.InvalidToken, Code.TOKEN_EXPIRED: E.TokenExpired,
        Code.IP_BLOCKED: E.IpBlocked, Code.IP_NOT_ALLOWED: E.IpNotAllowed,
        Code.ENDPOINT_BLOCKED: E.EndpointBlocked,
        Code.ENDPOINT_NOT_ALLOWED: E.EndpointNotAllowed,
        Code.PRIVILEGE_ESCALATION: E.PrivilegeEscalation, Code.NOT_FOUND: E.NotFound,
        Code.VERSION_MISMATCH: E.VersionMismatch, Code.IF_MATCH_REQUIRED: E.IfMatchRequired,
        Code.INVALID_INPUT: E.InvalidInput, Code.TOO_MANY_ATTEMPTS: E.TooManyAttempts,
        Code.SERVICE_UNAVAILABLE: E.ServiceUnavailable, Code.INTERNAL: E.ServerError,
    }
    for code, cls in expected.items():
        assert type(make(STATUS_OF_CODE[code], {"error": code, "detail": "x"})) is cls
    assert issubclass(E.InvalidToken, E.AuthenticationFailed)
    assert issubclass(E.IpBlocked, E.AccessDenied)


def test_unknown_code_uses_server_detail_and_family_by_status() -> None:
    err = make(403, {"error": "geo_fenced", "detail": "Not from this country."})
    assert type(err) is E.AccessDenied
    assert err.code == "geo_fenced"
    assert "Not from this country." in str(err)
    err = make(418, {"error": "teapot", "detail": "I am a teapot."})
    assert type(err) is E.ApiError
    assert "I am a teapot." in str(err) and URL in str(err)


def test_params_come_from_the_body_never_from_the_detail() -> None:
    err = make(403, {"error": "ip_blocked", "detail": "10.9.9.9 is in (10.0.0.0/8).",
                     "params": {"address": "10.1.2.3", "entry": "10.0.0.0/8"}})
    assert err.params["address"] == "10.1.2.3"
    assert err.params["entry"] == "10.0.0.0/8"
    assert "10.1.2.3" in str(err)
    # The English detail is not parsed: without params there are none.
    err = make(403, {"error": "ip_not_allowed", "detail": "::1 is not in the allowed IPs."})
    assert "address" not in err.params
    err = make(403, {"error": "endpoint_blocked", "detail": "blocked",
                     "params": {"endpoint": "tokens.delete", "entry": "tokens.*"}},
               operation="tokens.delete")
    assert err.params == {"endpoint": "tokens.delete", "entry": "tokens.*",
                          "request_id": "rid-1"}
    # The operation the client called names the endpoint when the server did not.
    err = make(403, {"error": "endpoint_not_allowed", "detail": "nope"}, operation="audit.read")
    assert err.params["endpoint"] == "audit.read"
    assert "audit.read" in str(err)
    err = make(401, {"error": "token_expired", "detail": "expired",
                     "params": {"expires_at": "2024-05-01T12:00:00Z"}})
    assert err.params["expires_at"] == "2024-05-01T12:00:00Z"
    assert "2024-05-01" in str(err)
    # A key-shaped value is redacted like any text from the server.
    err = make(403, {"error": "privilege_escalation", "detail": "x",
                     "params": {"endpoint": "audit.read", "entry": "cct_" + "A" * 49}})
    assert err.params["endpoint"] == "audit.read"
    assert "A" * 20 not in err.params["entry"]


def test_invalid_input_fields_and_not_found_what() -> None:
    err = make(422, {"error": "invalid_input", "detail": "Invalid input",
                     "fields": {"allowed_ips": "10.0.0.1/8 has host bits set"}})
    assert isinstance(err, E.InvalidInput)
    assert err.fields == {"allowed_ips": "10.0.0.1/8 has host bits set"}
    assert str(err) == "Invalid input: allowed_ips: 10.0.0.1/8 has host bits set"
    err = make(404, {"error": "not_found", "detail": "x"}, what="API token 7")
    assert str(err).startswith("API token 7 was not found")


def test_too_many_attempts_carries_retry_after() -> None:
    err = make(429, {"error": "too_many_attempts", "detail": "slow down"}, retry_after=60.0)
    assert isinstance(err, E.TooManyAttempts)
    assert err.retry_after == 60.0
    assert err.params["retry_after"] == 60
    assert "60 seconds" in str(err)


def test_non_contract_bodies() -> None:
    err = make(404, None, reason="Not Found", content_type="text/html; charset=utf-8")
    assert isinstance(err, E.UnexpectedStatus)
    assert err.status == 404 and err.code == "unexpected_status"
    assert "HTTP 404 Not Found (text/html)" in str(err)
    assert "Is the URL right?" in str(err)
    err = make(503, None, retry_after=3.0)
    assert isinstance(err, E.ServiceUnavailable)
    assert err.retry_after == 3.0


def test_no_key_in_any_text() -> None:
    key = generate_key()
    err = make(400, {"error": "weird", "detail": f"bad key {key}", "fields": {"k": key}})
    url_err = E.InvalidUrl(f"bad {key}", server_url=f"https://user:{key}@host")
    for e in (err, url_err):
        texts = [str(e), repr(e), e.message, e.detail or "", e.server_url, str(e.fields),
                 str(e.params), str(e.args)]
        assert not any(key in t for t in texts), texts
    assert key[:12] in str(err)  # the display prefix is kept: it identifies the token


def test_errors_pickle_with_their_attributes() -> None:
    err = make(422, {"error": "invalid_input", "detail": "d", "fields": {"a": "b"}})
    copy = pickle.loads(pickle.dumps(err))
    assert type(copy) is E.InvalidInput
    assert (copy.code, copy.status, copy.fields, str(copy)) == (
        err.code, err.status, err.fields, str(err))


def test_one_english_sentence_per_contract_code() -> None:
    from compliance_client.service.english import ENGLISH

    assert set(ENGLISH) == set(STATUS_OF_CODE)
    # The classes hold no sentences of their own: their text comes from the table.
    assert not any("describe" in vars(cls) for cls in E.ALL_API_ERRORS)
