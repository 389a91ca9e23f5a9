"""Offline rules of the transport and client: URL policy, retry policy, request bodies; and
what a signed client really sends, seen by a plain recording HTTP server on loopback."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote, urlsplit

import pytest
import requests
from requests.adapters import HTTPAdapter
from requests.utils import select_proxy

from compliance_client.domain.dpop import DeviceKey, ProofError, verify_proof
from compliance_client.domain.keys import generate_key
from compliance_client.domain.tokens import Token
from compliance_client.domain.urls import is_loopback_host, validate_server_url
from compliance_client.service import (
    CannotConnect,
    InsecureUrl,
    InvalidUrl,
    NotFound,
    ServiceUnavailable,
    TlsVerificationFailed,
    proxies,
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


# -- signed requests (DESIGN §9): what a server really receives ---------------------------------


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]


class RecordingServer:
    """A plain HTTP server on loopback that records every request and answers each with
    ``answer(path) -> (status, headers)`` and a contract error body: what the client sends is
    the subject here, and a real token server would check the proofs instead of showing them."""

    def __init__(self, answer: Callable[[str], tuple[int, dict[str, str]]]) -> None:
        self.received: list[Received] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def _any(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                self.rfile.read(length)
                server.received.append(Received(self.command, self.path, dict(self.headers)))
                if self.path.endswith("/health"):
                    status, headers, body = 200, {}, b'{"status": "ok"}'
                else:
                    status, headers = answer(self.path)
                    body = json.dumps({"error": "not_found" if status == 404 else
                                       "service_unavailable", "detail": "test"}).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(body)

            do_GET = do_POST = do_PATCH = do_DELETE = _any

            def log_message(self, format: str, *args: Any) -> None:
                pass  # quiet

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self._httpd.server_address[1]
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()

    def url(self, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}"

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


@pytest.fixture
def recording() -> Iterator[Callable[[Callable[[str], tuple[int, dict[str, str]]]],
                                     RecordingServer]]:
    servers: list[RecordingServer] = []

    def start(answer: Callable[[str], tuple[int, dict[str, str]]]) -> RecordingServer:
        servers.append(RecordingServer(answer))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def _not_found(path: str) -> tuple[int, dict[str, str]]:
    return 404, {}


def _check(received: Received, key: str, device_key: DeviceKey) -> str:
    """The request's proof verified as the server does; returns its jti."""
    # The server compares the path as it decodes it (DESIGN §9), "/devices/a b" for "a%20b".
    verified = verify_proof(received.headers["DPoP"], method=received.method,
                            path=unquote(urlsplit(received.path).path), access_key=key,
                            now=time.time())
    assert verified.thumbprint == device_key.thumbprint
    return verified.jti


def test_a_signed_client_proves_every_request_with_a_new_proof(recording) -> None:
    server = recording(_not_found)
    key, device_key = generate_key(), DeviceKey.generate()
    with TokenServerClient(server.url(), key, device_key=device_key) as client:
        assert "signed" in repr(client) and device_key.secret() not in repr(client)
        assert client.health().ok
        for call in (client.verify, client.verify, lambda: client.get_token(7),
                     lambda: client.delete_device("a b", organization_id="org 1"),
                     lambda: client.register_device("d", "h", "p", device_key.public_jwk)):
            with pytest.raises(NotFound):
                call()
    health, *signed = server.received
    # /health is unauthenticated: neither the key nor a proof goes with it.
    assert "Authorization" not in health.headers and "DPoP" not in health.headers
    assert [(r.method, urlsplit(r.path).path) for r in signed] == [
        ("GET", "/api/v1/tokens/self"), ("GET", "/api/v1/tokens/self"),
        ("GET", "/api/v1/tokens/7"), ("DELETE", "/api/v1/devices/a%20b"),
        ("POST", "/api/v1/devices")]
    jtis = [_check(r, key, device_key) for r in signed]
    assert len(set(jtis)) == len(jtis)  # a replayed proof would be refused
    # A proof is bound to its key: with any other API key it fails.
    with pytest.raises(ProofError) as info:
        verify_proof(signed[0].headers["DPoP"], method="GET", path="/api/v1/tokens/self",
                     access_key=generate_key(), now=time.time())
    assert info.value.reason == "ath"


def test_an_unsigned_client_sends_no_proof(recording) -> None:
    server = recording(_not_found)
    with TokenServerClient(server.url(), generate_key()) as client, pytest.raises(NotFound):
        client.verify()
    assert "Authorization" in server.received[0].headers
    assert "DPoP" not in server.received[0].headers
    # A device key without a token signs nothing either: there is no key for ath.
    with TokenServerClient(server.url(), device_key=DeviceKey.generate()) as client:
        assert client.device_key is None
        client.health()
    assert "DPoP" not in server.received[1].headers


def test_a_redirect_gets_a_new_proof_for_its_url_or_none_off_the_host(recording) -> None:
    key, device_key = generate_key(), DeviceKey.generate()
    elsewhere = recording(_not_found)
    # 127.0.0.1 -> localhost is another host as far as the key is concerned.
    other_host = elsewhere.url("localhost")

    def redirect(path: str) -> tuple[int, dict[str, str]]:
        if path.startswith("/moved/"):
            return 404, {}
        if path.endswith("/tokens/self"):
            return 307, {"Location": "/moved" + path}
        return 307, {"Location": other_host + path}

    server = recording(redirect)
    with TokenServerClient(server.url(), key, device_key=device_key) as client:
        with pytest.raises(NotFound):
            client.verify()
        with pytest.raises(NotFound):
            client.get_token(3)
    first, moved, to_other = server.received[0], server.received[1], server.received[2]
    assert urlsplit(moved.path).path == "/moved/api/v1/tokens/self"
    # Same host: a fresh proof naming the new path (the old one names the old path).
    assert _check(moved, key, device_key) != _check(first, key, device_key)
    with pytest.raises(ProofError):
        verify_proof(first.headers["DPoP"], method="GET", path=urlsplit(moved.path).path,
                     access_key=key, now=time.time())
    # Another host: neither the key nor a proof made with it follows.
    _check(to_other, key, device_key)
    (arrived,) = elsewhere.received
    assert urlsplit(arrived.path).path == "/api/v1/tokens/3"
    assert "Authorization" not in arrived.headers and "DPoP" not in arrived.headers


def test_a_signed_client_does_not_resend_after_503(recording) -> None:
    server = recording(lambda path: (503, {}))
    with TokenServerClient(server.url(), generate_key(), device_key=DeviceKey.generate(),
                           retries=2) as client, pytest.raises(ServiceUnavailable):
        client.verify()
    # urllib3 would re-send the same proof, which the server must refuse as a replay.
    assert len(server.received) == 1
    with TokenServerClient(server.url(), generate_key(), retries=2) as client, \
            pytest.raises(ServiceUnavailable):
        client.verify()
    assert len(server.received) == 1 + 3  # unsigned: the usual two retries
    signed_retry = default_retry(2, signed=True)
    assert not signed_retry.is_retry("GET", 503) and signed_retry.connect == 2


# -- PAC proxies (ARCHITECTURE §13b): the resolver on its own, no network -------------------------

ROUTE_PAC = """function FindProxyForURL(url, host) {
  if (host == "tokens.example.test") return "PROXY proxy.example.test:3128; DIRECT";
  if (shExpMatch(host, "*.socks.test")) return "SOCKS socks.example.test:1080";
  if (host == "mixed.test") return "SOCKS socks.example.test:1080; HTTPS secure.example.test:443";
  if (host == "origin.test")
    return "PROXY " + (url == "https://origin.test:8443/" ? "seen:1" : "leak:1");
  return "DIRECT";
}"""


def test_pac_answers_are_turned_into_requests_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(proxies, "_socks_usable", lambda: False)  # PySocks is not a dependency
    pac = proxies.PacResolver(js=ROUTE_PAC)
    assert pac.proxies_for("https://tokens.example.test/api/v1/tokens/self") == {
        "http": "http://proxy.example.test:3128", "https": "http://proxy.example.test:3128"}
    assert pac.proxies_for("https://other.example.test") == {}
    # SOCKS is skipped without PySocks: the next usable entry, else direct.
    assert pac.proxies_for("https://mixed.test") == {
        "http": "https://secure.example.test:443", "https": "https://secure.example.test:443"}
    assert pac.proxies_for("https://a.socks.test") == {}
    monkeypatch.setattr(proxies, "_socks_usable", lambda: True)
    # With it, the proxy resolves the name (socks5h), never this PC.
    assert proxies.PacResolver(js=ROUTE_PAC).proxies_for("https://b.socks.test") == {
        "http": "socks5h://socks.example.test:1080", "https": "socks5h://socks.example.test:1080"}


def test_a_pac_sees_the_origin_only() -> None:
    pac = proxies.PacResolver(js=ROUTE_PAC)
    # Path and query never reach the PAC (which could put them in DNS queries).
    assert pac.proxies_for("https://origin.test:8443/api/v1/tokens?q=secret") == {
        "http": "http://seen:1", "https": "http://seen:1"}


def test_pac_resolver_sources(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(proxies.ENV_PAC_URL, raising=False)
    assert proxies.configured_source() is proxies.OS_SETTINGS
    monkeypatch.setenv(proxies.ENV_PAC_URL, "none")
    assert proxies.configured_source() is None
    assert proxies.pac_resolver().proxies_for("https://x.example") is None
    monkeypatch.setenv(proxies.ENV_PAC_URL, "https://pac.example.test/p.pac")
    first = proxies.pac_resolver()
    assert proxies.pac_resolver() is first  # one per source and process: fetched once
    assert repr(first) == "<PacResolver https://pac.example.test/p.pac>"
    assert proxies.shown("http://u:pw@pac.example.test:81/p.pac?k=v#f") == \
        "http://pac.example.test:81/p.pac"


def test_environment_first_then_no_proxy_then_pac(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARS:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)
    pac = proxies.PacResolver(js=ROUTE_PAC)
    url = "https://tokens.example.test/api/v1/health"
    via_pac = {"http": "http://proxy.example.test:3128", "https": "http://proxy.example.test:3128"}
    assert proxies.choose_proxies(url, {}, pac) == via_pac
    assert proxies.choose_proxies(url, {}, None) == {}
    monkeypatch.setenv("NO_PROXY", ".example.test")
    assert proxies.choose_proxies(url, {}, pac) == {}
    monkeypatch.delenv("NO_PROXY")
    monkeypatch.setenv("HTTPS_PROXY", PROXY)
    assert proxies.choose_proxies(url, {"https": PROXY}, pac) == {"https": PROXY}
    # HTTP_PROXY alone says nothing about an https URL: the PAC decides that one.
    monkeypatch.delenv("HTTPS_PROXY")
    monkeypatch.setenv("HTTP_PROXY", PROXY)
    assert proxies.choose_proxies(url, {}, pac) == via_pac


class _FakeKey:
    def __init__(self, values: dict[str, object]) -> None:
        self.values = values

    def __enter__(self) -> _FakeKey:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


class FakeWinreg:
    """Just the part of ``winreg`` pypac's reader uses, over a dict (hive, path) -> values."""

    HKEY_CURRENT_USER = "HKCU"
    HKEY_LOCAL_MACHINE = "HKLM"

    def __init__(self, keys: dict[tuple[str, str], dict[str, object]]) -> None:
        self.keys = keys
        self.opened: list[tuple[str, str]] = []

    def OpenKey(self, hive: str, path: str) -> _FakeKey:  # winreg's names
        self.opened.append((hive, path))
        if (hive, path) not in self.keys:
            raise FileNotFoundError(2, "no such key")
        return _FakeKey(self.keys[(hive, path)])

    def QueryValueEx(self, key: _FakeKey, name: str) -> tuple[object, int]:
        if name not in key.values:
            raise FileNotFoundError(2, "no such value")
        return key.values[name], 1


POLICIES = "Software\\Policies\\Microsoft\\Windows\\CurrentVersion\\Internet Settings"
NORMAL = "Software\\Microsoft\\Windows\\CurrentVersion\\Internet Settings"


def test_the_windows_pac_setting_is_read_from_the_registry(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    from pypac import os_settings  # type: ignore[import-untyped]

    fake = FakeWinreg({("HKCU", NORMAL): {"AutoConfigURL": "http://pac.corp.test/user.pac"},
                       ("HKLM", POLICIES): {"AutoConfigURL": "http://pac.corp.test/gpo.pac"}})
    monkeypatch.setattr(os_settings, "ON_WINDOWS", True)
    monkeypatch.setattr(os_settings, "ON_DARWIN", False)
    monkeypatch.setattr(os_settings, "winreg", fake)
    monkeypatch.setattr(builtins, "WindowsError", OSError, raising=False)  # Windows-only name
    # Group Policy before the user's own setting.
    assert proxies.os_pac_url() == "http://pac.corp.test/gpo.pac"
    # Per-machine proxy settings: the user's keys are not read at all.
    fake.keys = {("HKLM", POLICIES): {"ProxySettingsPerUser": 0},
                 ("HKCU", POLICIES): {"AutoConfigURL": "http://user.test/x.pac"},
                 ("HKLM", NORMAL): {"AutoConfigURL": "  http://pac.corp.test/m.pac "}}
    fake.opened.clear()
    assert proxies.os_pac_url() == "http://pac.corp.test/m.pac"
    assert not [k for k in fake.opened if k[0] == "HKCU"]
    fake.keys = {}
    assert proxies.os_pac_url() is None
    # The OS-given URL may be plain http from the network (refused for COMPLIANCE_PAC_URL):
    # it is fetched, and its failure is a fallback, not an error.
    fetched: list[str] = []

    def download(url: str, timeout: float) -> str:
        fetched.append(url)
        return 'function FindProxyForURL(u, h) { return "PROXY gpo.proxy.test:8080"; }'

    monkeypatch.setattr(proxies, "_download", download)
    fake.keys = {("HKLM", POLICIES): {"AutoConfigURL": "http://pac.corp.test/gpo.pac"}}
    resolver = proxies.PacResolver()
    assert resolver.proxies_for("https://tokens.example.test") == {
        "http": "http://gpo.proxy.test:8080", "https": "http://gpo.proxy.test:8080"}
    assert fetched == ["http://pac.corp.test/gpo.pac"]
    assert proxies.PacResolver("http://pac.corp.test/gpo.pac").proxies_for(
        "https://tokens.example.test") is None  # the same URL given by hand: refused
    assert len(fetched) == 1
