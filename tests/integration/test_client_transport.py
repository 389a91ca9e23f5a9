"""Transport failures against small misbehaving servers on loopback.

A real token server cannot be made to hang, send HTML, break off mid-body or present an
untrusted certificate, so these are raw sockets speaking just enough HTTP/1.1. Each test
checks the error class, its message and how long the failure took.
"""

from __future__ import annotations

import contextlib
import json
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
import trustme

from compliance_client.domain.keys import generate_key
from compliance_client.service import (
    BadResponse,
    CannotConnect,
    RedirectRefused,
    ServiceUnavailable,
    TimedOut,
    TlsVerificationFailed,
    TokenServerClient,
    TooManyAttempts,
    UnexpectedStatus,
)

HEALTH = json.dumps({"status": "ok", "version": "test"}).encode()


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


Responder = Callable[[Request, int], bytes | None]  # (request, n-th request) → raw answer


def response(status: str, body: bytes = b"", *, ctype: str = "application/json",
             headers: dict[str, str] | None = None, close: bool = True) -> bytes:
    lines = [f"HTTP/1.1 {status}", f"Content-Type: {ctype}", f"Content-Length: {len(body)}",
             *(f"{k}: {v}" for k, v in (headers or {}).items())]
    if close:
        lines.append("Connection: close")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


@dataclass
class FaultyServer:
    """A loopback HTTP server whose every answer is decided by ``respond``.

    ``respond`` returns the raw bytes to send (then the connection closes if they say so),
    or None to hang until the test ends.
    """

    respond: Responder
    tls: ssl.SSLContext | None = None
    requests: list[Request] = field(default_factory=list)
    connections: int = 0

    def __post_init__(self) -> None:
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        self._stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        try:
            if self.tls:
                conn = self.tls.wrap_socket(conn, server_side=True)
            reader = conn.makefile("rb")
            while True:
                line = reader.readline()
                if not line:
                    return
                method, path, _ = line.decode().split(" ", 2)
                headers: dict[str, str] = {}
                while (h := reader.readline()) not in (b"\r\n", b""):
                    k, v = h.decode().split(":", 1)
                    headers[k.strip().lower()] = v.strip()
                body = reader.read(int(headers.get("content-length", 0)))
                req = Request(method, path, headers, body)
                self.requests.append(req)
                answer = self.respond(req, len(self.requests))
                if answer is None:
                    self._stop.wait(30)
                    return
                if not answer:
                    return
                conn.sendall(answer)
                if b"Connection: close" in answer.split(b"\r\n\r\n")[0]:
                    return
        except (OSError, ssl.SSLError, ValueError):
            return
        finally:
            conn.close()

    def close(self) -> None:
        self._stop.set()
        self._sock.close()


@pytest.fixture
def serve() -> Iterator[Callable[..., FaultyServer]]:
    servers: list[FaultyServer] = []

    def start(respond: Responder, tls: ssl.SSLContext | None = None) -> FaultyServer:
        server = FaultyServer(respond, tls)
        servers.append(server)
        return server

    yield start
    for s in servers:
        s.close()


def timed(fn: Callable[[], object]) -> tuple[BaseException | None, float]:
    started = time.monotonic()
    try:
        fn()
    except Exception as exc:
        return exc, time.monotonic() - started
    return None, time.monotonic() - started


KEY = generate_key()


def test_refused_connection_is_cannot_connect() -> None:
    sock = socket.create_server(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    client = TokenServerClient(f"http://127.0.0.1:{port}", KEY)
    exc, took = timed(client.verify)
    assert isinstance(exc, CannotConnect)
    assert str(exc) == (f"The server at http://127.0.0.1:{port} refused the connection. "
                        "Is the URL right and the server running?")
    assert exc.params == {"reason": "refused"}
    assert took < 2.0  # two quick connect retries, no long backoff
    assert KEY not in repr(exc) and KEY not in str(exc)


def test_server_that_never_answers_times_out(serve) -> None:
    server = serve(lambda req, n: None)
    client = TokenServerClient(server.url, KEY, timeout=(1.0, 0.5))
    exc, took = timed(client.verify)
    assert isinstance(exc, TimedOut)
    assert str(exc).startswith(f"The server at {server.url} did not answer within 0.5 seconds")
    assert exc.params["phase"] == "read"
    assert 0.45 <= took < 1.5  # one read timeout: read errors are never retried
    assert len(server.requests) == 1


def test_503_with_retry_after_is_retried_for_get(serve) -> None:
    def respond(req: Request, n: int) -> bytes:
        if n == 1:
            return response("503 Service Unavailable", b'{"error": "service_unavailable", '
                            b'"detail": "db down"}', headers={"Retry-After": "1"})
        return response("200 OK", HEALTH)

    server = serve(respond)
    client = TokenServerClient(server.url, KEY)
    started = time.monotonic()
    health = client.health()
    took = time.monotonic() - started
    assert health.ok and health.version == "test"
    assert [r.method for r in server.requests] == ["GET", "GET"]
    assert 0.9 <= took < 3.0  # waited for Retry-After


def test_503_is_not_retried_for_post(serve) -> None:
    server = serve(lambda req, n: response(
        "503 Service Unavailable", b'{"error": "service_unavailable", "detail": "db down"}',
        headers={"Retry-After": "1"}))
    client = TokenServerClient(server.url, KEY)
    exc, took = timed(lambda: client.create_token(organization_name="A", organization_id="a"))
    assert isinstance(exc, ServiceUnavailable)
    assert exc.retry_after == 1.0 and exc.status == 503
    assert "temporarily unavailable" in str(exc)
    assert len(server.requests) == 1
    assert took < 0.9  # did not sleep for Retry-After either


def test_429_is_not_retried(serve) -> None:
    server = serve(lambda req, n: response(
        "429 Too Many Requests", b'{"error": "too_many_attempts", "detail": "wait"}',
        headers={"Retry-After": "60", "X-Request-ID": "r-429"}))
    client = TokenServerClient(server.url, KEY)
    exc, took = timed(client.verify)
    assert isinstance(exc, TooManyAttempts)
    assert exc.retry_after == 60.0 and exc.request_id == "r-429"
    assert "try again in 60 seconds" in str(exc)
    assert len(server.requests) == 1 and took < 1.0


def test_html_answer_is_bad_response(serve) -> None:
    server = serve(lambda req, n: response("200 OK", b"<html><body>Welcome</body></html>",
                                           ctype="text/html"))
    client = TokenServerClient(server.url, KEY)
    exc, _ = timed(client.verify)
    assert isinstance(exc, BadResponse)
    assert str(exc) == (f"The server at {server.url} did not answer like a compliance token "
                        "server (HTTP 200, text/html). Is the URL right?")


def test_json_of_the_wrong_shape_is_bad_response(serve) -> None:
    server = serve(lambda req, n: response("200 OK", b'{"hello": "world"}'))
    client = TokenServerClient(server.url, KEY)
    exc, _ = timed(client.verify)
    assert isinstance(exc, BadResponse)
    assert exc.params == {"reason": "bad_shape"}
    assert "compatible" in str(exc)


def test_html_error_page_is_unexpected_status(serve) -> None:
    server = serve(lambda req, n: response("404 Not Found", b"<h1>nginx</h1>",
                                           ctype="text/html"))
    client = TokenServerClient(server.url, KEY)
    exc, _ = timed(client.verify)
    assert isinstance(exc, UnexpectedStatus)
    assert exc.status == 404
    assert "Is the URL right?" in str(exc)


def test_connection_closed_mid_body_is_bad_response(serve) -> None:
    head = (b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200\r\n"
            b"Connection: close\r\n\r\n")
    server = serve(lambda req, n: head + b'{"token": {"id": 1,')
    client = TokenServerClient(server.url, KEY)
    exc, took = timed(client.verify)
    assert isinstance(exc, BadResponse)
    assert exc.params == {"reason": "incomplete"}
    assert str(exc) == (f"The server at {server.url} broke off its answer before it was "
                        "complete. Try again; if it keeps happening, tell the server's "
                        "administrator.")
    assert took < 2.0


def test_connection_dropped_before_answer_is_cannot_connect(serve) -> None:
    server = serve(lambda req, n: b"")  # read the request, then just close
    client = TokenServerClient(server.url, KEY)
    exc, took = timed(client.verify)
    assert isinstance(exc, CannotConnect)
    assert exc.params == {"reason": "dropped"}
    assert "closed the connection without answering" in str(exc)
    assert len(server.requests) == 1  # a read error: never retried
    assert took < 2.0


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


def tls_context(ca: trustme.CA) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(ctx)
    return ctx


def test_untrusted_certificate_then_trusted_with_ca_bundle(serve, ca, tmp_path) -> None:
    server = serve(lambda req, n: response("200 OK", HEALTH, close=False), tls_context(ca))
    client = TokenServerClient(server.url, KEY)
    exc, took = timed(client.health)
    assert isinstance(exc, TlsVerificationFailed)
    assert str(exc).startswith(f"Could not open a trusted TLS connection to {server.url}: ")
    assert "CA bundle" in str(exc)
    assert exc.params["reason"]  # e.g. "self-signed certificate in certificate chain"
    assert took < 2.0

    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    with TokenServerClient(server.url, KEY, ca_bundle=bundle) as trusted:
        assert trusted.health().ok
        assert trusted.health().ok
    assert server.connections == 2  # the failed handshake, then one reused connection


def test_session_reuses_one_connection(serve) -> None:
    server = serve(lambda req, n: response("200 OK", HEALTH, close=False))
    with TokenServerClient(server.url, KEY) as client:
        for _ in range(5):
            client.health()
    assert len(server.requests) == 5
    assert server.connections == 1
    assert all(r.headers["user-agent"].startswith("compliance-client/")
               for r in server.requests)
    # health needs no token, so none is sent.
    assert not any("authorization" in r.headers for r in server.requests)


def test_authorization_does_not_follow_redirect_to_another_origin(serve) -> None:
    target = serve(lambda req, n: response("200 OK", b"{}"))
    # Same host, other port: another origin, so requests must drop the header.
    source = serve(lambda req, n: (
        response("200 OK", b"{}") if req.path.startswith("/moved") else
        response("307 Temporary Redirect", headers={"Location": f"{target.url}/x"})))
    client = TokenServerClient(source.url, KEY, retries=0)
    timed(client.endpoints)
    assert source.requests[0].headers["authorization"] == f"Bearer {KEY}"
    assert len(target.requests) == 1
    assert "authorization" not in target.requests[0].headers

    # A redirect within the same origin keeps it (so the check above can fail).
    same = serve(lambda req, n: (
        response("200 OK", b"[]") if req.path == "/moved" else
        response("307 Temporary Redirect", headers={"Location": "/moved"})))
    assert TokenServerClient(same.url, KEY).endpoints() == ()
    assert same.requests[1].headers["authorization"] == f"Bearer {KEY}"


def test_https_to_http_redirect_is_refused(serve, ca, tmp_path) -> None:
    plain = serve(lambda req, n: response("200 OK", b"[]"))
    secure = serve(lambda req, n: response("302 Found", headers={
        "Location": f"{plain.url}/api/v1/endpoints"}), tls_context(ca))
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    client = TokenServerClient(secure.url, KEY, ca_bundle=bundle)
    exc, _ = timed(client.endpoints)
    assert isinstance(exc, RedirectRefused)
    assert "from https to plain" in str(exc)
    assert plain.requests == []


def test_redirect_to_insecure_remote_host_is_refused(serve) -> None:
    source = serve(lambda req, n: response("302 Found", headers={
        "Location": "http://192.0.2.1/api/v1/endpoints"}))
    client = TokenServerClient(source.url, KEY)
    exc, took = timed(client.endpoints)
    assert isinstance(exc, RedirectRefused)
    assert "http://192.0.2.1" in str(exc) and "not sent" in str(exc)
    assert took < 1.0  # refused before any connection to 192.0.2.1 was tried


# -- proxies: a request to a loopback server never goes through one (ARCHITECTURE §7) ------------


class FakeProxy:
    """An HTTP proxy on loopback that forwards nothing: it records every byte it receives
    (so a leaked ``Authorization: Bearer cct_…`` would be seen) and answers 502."""

    def __init__(self) -> None:
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._sock.getsockname()[1]}"
        self.received: list[bytes] = []
        self._stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(5)
                data = b""
                try:
                    while b"\r\n\r\n" not in data and (chunk := conn.recv(65536)):
                        data += chunk
                except OSError:
                    pass
                # Recorded before answering: the client's error must not outrun the record.
                self.received.append(data)
                with contextlib.suppress(OSError):
                    conn.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n"
                                 b"Connection: close\r\n\r\n")

    def close(self) -> None:
        self._stop.set()
        self._sock.close()


@pytest.fixture
def fake_proxy() -> Iterator[FakeProxy]:
    proxy = FakeProxy()
    yield proxy
    proxy.close()


def use_proxy(monkeypatch: pytest.MonkeyPatch, proxy: FakeProxy) -> None:
    """Every proxy variable (both spellings) names ``proxy``; NO_PROXY is unset."""
    for name in ("http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.setenv(name, proxy.url)
        monkeypatch.setenv(name.upper(), proxy.url)
    monkeypatch.delenv("no_proxy", raising=False)
    monkeypatch.delenv("NO_PROXY", raising=False)


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_no_proxy_between_the_client_and_a_loopback_server(
        live_server, fake_proxy: FakeProxy, monkeypatch: pytest.MonkeyPatch,
        host: str) -> None:
    use_proxy(monkeypatch, fake_proxy)
    url = live_server.url.replace("127.0.0.1", host)
    calls: list[object] = []
    error: BaseException | None = None
    with TokenServerClient(url, live_server.admin_key, retries=0) as client:
        try:
            calls.append(client.verify())
            calls.append(client.create_token(organization_name="Acme Corp",
                                             organization_id="acme"))
            calls.append(client.list_tokens())
        except Exception as exc:
            error = exc
    assert fake_proxy.received == []  # not a byte, let alone the key
    assert error is None, error
    assert len(calls) == 3

    # The fake proxy is really in the way of everything else, so the check above means
    # something: a non-loopback server is reached through it (CONNECT, never the key).
    with TokenServerClient("https://compliance.example", live_server.admin_key,
                           retries=0) as remote:
        exc, _ = timed(remote.verify)
    assert exc is not None
    assert len(fake_proxy.received) == 1
    assert fake_proxy.received[0].startswith(b"CONNECT compliance.example:443 ")
    assert live_server.admin_key.encode() not in fake_proxy.received[0]


def test_no_proxy_for_a_loopback_https_server(serve, ca, tmp_path, fake_proxy: FakeProxy,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    server = serve(lambda req, n: response("200 OK", HEALTH, close=False), tls_context(ca))
    bundle = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(bundle))
    use_proxy(monkeypatch, fake_proxy)
    with TokenServerClient(server.url, KEY, ca_bundle=bundle, retries=0) as client:
        exc, _ = timed(client.health)
    assert fake_proxy.received == []
    assert exc is None, exc
    assert len(server.requests) == 1


def test_no_proxy_after_a_redirect_to_another_loopback_server(
        serve, fake_proxy: FakeProxy, monkeypatch: pytest.MonkeyPatch) -> None:
    # requests looks the proxies up again for a redirect's new URL.
    target = serve(lambda req, n: response("200 OK", b"[]"))
    source = serve(lambda req, n: response("307 Temporary Redirect", headers={
        "Location": f"{target.url.replace('127.0.0.1', 'localhost')}/api/v1/endpoints"}))
    use_proxy(monkeypatch, fake_proxy)
    with TokenServerClient(source.url, KEY, retries=0) as client:
        exc, _ = timed(client.endpoints)
    assert fake_proxy.received == []
    assert exc is None, exc
    assert len(source.requests) == 1 and len(target.requests) == 1
