"""Offline rules of the transport and client: URL policy, retry policy, request bodies."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests
from requests.adapters import HTTPAdapter
from requests.utils import select_proxy

from compliance_client.domain.keys import generate_key
from compliance_client.domain.tokens import Token
from compliance_client.domain.urls import is_loopback_host, validate_server_url
from compliance_client.service import (
    CannotConnect,
    InsecureUrl,
    InvalidUrl,
    TlsVerificationFailed,
)
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
)

PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")
PROXY = "http://proxy.invalid:3128"


@pytest.mark.parametrize("host", ["127.0.0.1", "127.9.8.7", "::1", "[::1]", "localhost",
                                  "LOCALHOST", "::ffff:127.0.0.1", "[::ffff:127.0.0.1]"])
def test_loopback_hosts(host: str) -> None:
    assert is_loopback_host(host)


@pytest.mark.parametrize("host", ["10.0.0.1", "example.com", "128.0.0.1", "::2",
                                  "localhost.example.com", "0.0.0.0", "localhost.",
                                  "api.localhost"])
def test_not_loopback_hosts(host: str) -> None:
    assert not is_loopback_host(host)


# The dialog (domain.urls.validate_server_url) and the transport (check_url) once had a rule
# each: http://localhost.:8765 passed the dialog and was refused by the transport, and
# http://app.localhost the other way round. One rule now: they agree on every URL.
@pytest.mark.parametrize("url", [
    "http://localhost:8765", "http://LOCALHOST:8765", "http://127.1.2.3:8765",
    "http://[::1]:8765", "http://[::ffff:127.0.0.1]:8765", "http://localhost.:8765",
    "http://app.localhost:8765", "http://app.localhost.:8765", "http://127.0.0.1.:8765",
    "http://example.com", "http://[::ffff:10.0.0.1]",
])
def test_dialog_and_transport_agree_on_plain_http(url: str) -> None:
    dialog_accepts = validate_server_url(url) is None
    try:
        check_url(url, allow_insecure_http=False)
    except InsecureUrl:
        transport_accepts = False
    else:
        transport_accepts = True
    assert dialog_accepts == transport_accepts
    assert transport_accepts == is_loopback_host(urlsplit(url).hostname or "")


# -- proxies: never for loopback, the environment's for everything else (ARCHITECTURE §7) --------


@pytest.fixture
def env_proxy(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[tuple[str, str | None]]]:
    """Every proxy variable set to one (unused) proxy, NO_PROXY unset; the adapter's send is
    replaced by one that records (url, the proxy requests would use) and fails to connect."""
    for name in PROXY_VARS:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    for name in PROXY_VARS[:3]:
        monkeypatch.setenv(name, PROXY)
        monkeypatch.setenv(name.lower(), PROXY)
    seen: list[tuple[str, str | None]] = []

    def send(self: HTTPAdapter, request: requests.PreparedRequest, **kwargs: Any) -> None:
        url = request.url or ""
        seen.append((url, select_proxy(url, kwargs.get("proxies") or {})))
        raise requests.ConnectionError("not sent (test)")

    monkeypatch.setattr(HTTPAdapter, "send", send)
    yield seen


@pytest.mark.parametrize("url", ["http://127.0.0.1:8765", "https://127.0.0.1:8765",
                                 "http://localhost:8765", "https://LOCALHOST",
                                 "http://127.1.2.3", "http://[::1]:8765",
                                 "https://[::ffff:127.0.0.1]:8443"])
def test_no_proxy_for_loopback(env_proxy: list[tuple[str, str | None]], url: str) -> None:
    client = TokenServerClient(url, generate_key(), retries=0)
    with pytest.raises(CannotConnect):
        client.verify()
    assert len(env_proxy) == 1
    sent_to, proxy = env_proxy[0]
    assert sent_to.lower().startswith(url.lower()) and proxy is None


@pytest.mark.parametrize("url", ["https://compliance.example.com",
                                 "https://localhost.:8443", "https://app.localhost",
                                 "http://intranet.example"])
def test_other_servers_keep_the_environments_proxy(env_proxy: list[tuple[str, str | None]],
                                                   url: str) -> None:
    client = TokenServerClient(url, generate_key(), retries=0, allow_insecure_http=True)
    with pytest.raises(CannotConnect):
        client.verify()
    assert [proxy for _, proxy in env_proxy] == [PROXY]


def test_no_proxy_still_honoured_for_other_servers(env_proxy: list[tuple[str, str | None]],
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_PROXY", "compliance.example.com")
    monkeypatch.setenv("no_proxy", "compliance.example.com")
    with pytest.raises(CannotConnect):
        TokenServerClient("https://compliance.example.com", retries=0).health()
    assert [proxy for _, proxy in env_proxy] == [None]


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
