"""Offline rules of the transport and client: URL policy, retry policy, request bodies."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from compliance_client.domain.keys import generate_key
from compliance_client.domain.tokens import Token
from compliance_client.service import InsecureUrl, InvalidUrl, TlsVerificationFailed
from compliance_client.service.client import (
    TokenServerClient,
    VersionedToken,
    _field_value,
    _if_match,
)
from compliance_client.service.transport import (
    IDEMPOTENT_METHODS,
    USER_AGENT,
    CappedRetry,
    check_url,
    default_retry,
    is_loopback_host,
)


@pytest.mark.parametrize("host", ["127.0.0.1", "127.9.8.7", "::1", "[::1]", "localhost",
                                  "LOCALHOST", "api.localhost", "::ffff:127.0.0.1"])
def test_loopback_hosts(host: str) -> None:
    assert is_loopback_host(host)


@pytest.mark.parametrize("host", ["10.0.0.1", "example.com", "128.0.0.1", "::2",
                                  "localhost.example.com", "0.0.0.0"])
def test_not_loopback_hosts(host: str) -> None:
    assert not is_loopback_host(host)


def test_check_url_policy() -> None:
    assert check_url("https://x.example/", allow_insecure_http=False) == "https://x.example"
    assert check_url("https://x.example/base/api/v1/", allow_insecure_http=False) == \
        "https://x.example/base"
    assert check_url("http://127.0.0.1:8765", allow_insecure_http=False) == \
        "http://127.0.0.1:8765"
    assert check_url("http://[::1]:8765/", allow_insecure_http=False) == "http://[::1]:8765"
    assert check_url("http://intranet:80", allow_insecure_http=True) == "http://intranet:80"
    with pytest.raises(InsecureUrl) as info:
        check_url("http://intranet.example", allow_insecure_http=False)
    assert "https://" in str(info.value) and info.value.params == {"host": "intranet.example"}
    for bad in ("intranet.example", "ftp://x.example", "https://", "https://x:99999",
                "https://user:pw@x.example"):
        with pytest.raises(InvalidUrl):
            check_url(bad, allow_insecure_http=True)


def test_retry_policy() -> None:
    retry = default_retry(2)
    assert isinstance(retry, CappedRetry)
    assert "POST" not in IDEMPOTENT_METHODS and "PATCH" not in IDEMPOTENT_METHODS
    assert retry.is_retry("GET", 503) and retry.is_retry("DELETE", 502)
    assert retry.is_retry("PUT", 504)
    assert not retry.is_retry("POST", 503, has_retry_after=True)
    assert not retry.is_retry("PATCH", 502)
    # 429 is never retried, even with Retry-After: it would only extend the lock-out.
    assert not retry.is_retry("GET", 429, has_retry_after=True)
    assert not retry.is_retry("GET", 500)
    assert retry.read == 0  # a hung server costs one read timeout, not three
    assert retry.parse_retry_after("120") == CappedRetry.RETRY_AFTER_CAP
    assert retry.parse_retry_after("2") == 2
    assert default_retry(0).total == 0


def test_user_agent() -> None:
    assert USER_AGENT.startswith("compliance-client/")


def test_if_match_forms() -> None:
    token = Token(id=3, organization_name="A", organization_id="a", key_prefix="cct_x",
                  version=7)
    assert _if_match(7) == '"7"'
    assert _if_match('"7"') == '"7"'
    assert _if_match("7") == '"7"'
    assert _if_match(token) == '"7"'
    assert _if_match(VersionedToken(token, 'W/"9"')) == 'W/"9"'
    for bad in (True, "", None, 1.5):
        with pytest.raises(TypeError):
            _if_match(bad)  # type: ignore[arg-type]


def test_request_field_values() -> None:
    local = datetime(2030, 1, 2, 23, 59, 59, tzinfo=timezone(timedelta(hours=2)))
    assert _field_value("expires_at", local) == "2030-01-02T21:59:59Z"
    assert _field_value("expires_at", datetime(2030, 1, 1, tzinfo=UTC)) == \
        "2030-01-01T00:00:00Z"
    assert _field_value("expires_at", None) is None
    assert _field_value("allowed_ips", ("10.0.0.0/8",)) == ["10.0.0.0/8"]
    with pytest.raises(TypeError):
        _field_value("blocked_ips", "10.0.0.1")
    with pytest.raises(ValueError):
        _field_value("expires_at", datetime(2030, 1, 1))  # naive: ambiguous


def test_client_repr_and_bad_arguments(tmp_path) -> None:
    key = generate_key()
    client = TokenServerClient("http://127.0.0.1:9", key)
    try:
        assert key not in repr(client) and "<set>" in repr(client)
        assert key not in repr(client._transport._session.auth)
        with pytest.raises(TypeError):
            client.update_token(1, if_match=1, key="x")
    finally:
        client.close()
    with pytest.raises(ValueError):
        TokenServerClient("http://127.0.0.1:9", timeout=0)
    with pytest.raises(TlsVerificationFailed) as info:
        TokenServerClient("https://127.0.0.1:9", ca_bundle=tmp_path / "missing.pem")
    assert info.value.params["reason"] == "ca_bundle_missing"
