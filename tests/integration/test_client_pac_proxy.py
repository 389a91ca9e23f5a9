"""PAC proxies: a PAC file served on loopback sends ``tokens.example.test`` through a small
forwarding proxy on loopback and everything else direct (ARCHITECTURE §13b).

Offline and loopback only: a fake resolver replaces ``socket.getaddrinfo`` for the whole
test, so a name that is not loopback (or mapped by the test to 127.0.0.1) fails without any
DNS query and the test can assert which names were ever asked. With a PROXY answer requests
gives the absolute URL (or CONNECT host:port) to the proxy without resolving the name; the
proxy maps the name to the loopback server itself.
"""

from __future__ import annotations

import contextlib
import logging
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
import trustme

from compliance_client.service import CannotConnect, TokenServerClient
from compliance_client.service import proxies as proxies_module

from .test_client_transport import FaultyServer, Request, response
from .test_client_trust import KEY, answer

NAME = "tokens.example.test"  # routed through the proxy by the PAC
DIRECT_NAME = "direct.example.test"  # DIRECT by the PAC; the fake resolver may map it
PROXY_VARS = ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "NO_PROXY")
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})
PAC_LOGGER = "compliance_client.service.proxies"


# -- the fake resolver --------------------------------------------------------------------------


@dataclass
class FakeDns:
    """Every host name this process tried to resolve; ``hosts`` maps a name to 127.0.0.1."""

    asked: list[str] = field(default_factory=list)
    hosts: dict[str, str] = field(default_factory=dict)

    def names_asked(self) -> set[str]:
        return {h for h in self.asked if h not in LOOPBACK}


@pytest.fixture
def dns(monkeypatch: pytest.MonkeyPatch) -> FakeDns:
    fake = FakeDns()
    real_getaddrinfo = socket.getaddrinfo

    def getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else str(host)
        fake.asked.append(name)
        if name in LOOPBACK:
            return real_getaddrinfo(host, *args, **kwargs)
        if name in fake.hosts:
            return real_getaddrinfo(fake.hosts[name], *args, **kwargs)
        raise socket.gaierror(socket.EAI_NONAME, "not resolved (test)")

    def gethostbyname(host: str) -> str:
        fake.asked.append(host)
        if host in LOOPBACK or host in fake.hosts:
            return "127.0.0.1"
        raise socket.gaierror(socket.EAI_NONAME, "not resolved (test)")

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket, "gethostbyname", gethostbyname)
    return fake


# -- the PAC server and the proxy ------------------------------------------------------------------


def pac_js(proxy_port: int, *, route: str = NAME) -> str:
    return (f'function FindProxyForURL(url, host) {{\n'
            f'  if (host == "{route}") return "PROXY 127.0.0.1:{proxy_port}";\n'
            f'  return "DIRECT";\n}}\n')


class PacServer:
    """Serves ``body`` as /proxy.pac on 127.0.0.1 and records each fetch's headers."""

    def __init__(self, body: str) -> None:
        self.body = body.encode()
        self.fetches: list[dict[str, str]] = []
        pac = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                pac.fetches.append({k.lower(): v for k, v in self.headers.items()})
                self.send_response(200)
                self.send_header("Content-Type", "application/x-ns-proxy-autoconfig")
                self.send_header("Content-Length", str(len(pac.body)))
                self.end_headers()
                self.wfile.write(pac.body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self._httpd.server_address[1]}/proxy.pac"
        threading.Thread(target=self._httpd.serve_forever, daemon=True).start()

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


class ForwardingProxy:
    """An HTTP proxy on loopback: absolute-form requests are forwarded, CONNECT is tunnelled,
    to 127.0.0.1 only (a name is mapped there, never resolved). Records the request heads
    (``heads``, without the HTTP version) and every byte a client sent (``received``)."""

    def __init__(self) -> None:
        self._sock = socket.create_server(("127.0.0.1", 0))
        self.port = self._sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.heads: list[str] = []
        self.received = bytearray()
        self._lock = threading.Lock()
        threading.Thread(target=self._serve, daemon=True).start()

    def saw_key(self, key: str) -> bool:
        with self._lock:
            return key.encode() in self.received

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self._sock.accept()
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _record(self, data: bytes) -> None:
        with self._lock:
            self.received += data

    def _handle(self, conn: socket.socket) -> None:
        with contextlib.ExitStack() as stack:
            stack.enter_context(conn)
            conn.settimeout(10)
            reader = conn.makefile("rb")
            head = b""
            while (line := reader.readline()) not in (b"\r\n", b""):
                head += line
            self._record(head)
            if not head:
                return
            request_line, *header_lines = head.decode("latin-1").split("\r\n")
            self.heads.append(request_line.rsplit(" ", 1)[0])  # without HTTP/1.x
            method, target, _ = request_line.split(" ", 2)
            if method == "CONNECT":
                port = int(target.rsplit(":", 1)[1])
                upstream = stack.enter_context(socket.create_connection(("127.0.0.1", port)))
                conn.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
                self._pipe(reader, conn, upstream)
                return
            # Absolute form: http://name:port/path
            rest = target.split("://", 1)[1]
            hostport, _, path = rest.partition("/")
            port = int(hostport.rsplit(":", 1)[1]) if ":" in hostport else 80
            headers = [h for h in header_lines if h and not h.lower().startswith(
                ("proxy-", "connection:"))]
            length = next((int(h.split(":", 1)[1]) for h in headers
                           if h.lower().startswith("content-length:")), 0)
            body = reader.read(length) if length else b""
            self._record(body)
            upstream = stack.enter_context(socket.create_connection(("127.0.0.1", port)))
            upstream.sendall(f"{method} /{path} HTTP/1.1\r\n".encode()
                             + "\r\n".join([*headers, "Connection: close"]).encode()
                             + b"\r\n\r\n" + body)
            while chunk := upstream.recv(65536):
                conn.sendall(chunk)

    def _pipe(self, reader: Any, client: socket.socket, upstream: socket.socket) -> None:
        def back() -> None:
            with contextlib.suppress(OSError):
                while chunk := upstream.recv(65536):
                    client.sendall(chunk)
            with contextlib.suppress(OSError):
                client.shutdown(socket.SHUT_WR)

        threading.Thread(target=back, daemon=True).start()
        with contextlib.suppress(OSError):
            while chunk := reader.read1(65536):
                self._record(chunk)
                upstream.sendall(chunk)

    def close(self) -> None:
        self._sock.close()


@pytest.fixture
def no_env_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARS:
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(name.lower(), raising=False)


@pytest.fixture
def proxy() -> Iterator[ForwardingProxy]:
    p = ForwardingProxy()
    yield p
    p.close()


@pytest.fixture
def pac_server() -> Iterator[Callable[[str], PacServer]]:
    servers: list[PacServer] = []

    def start(body: str) -> PacServer:
        servers.append(PacServer(body))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


@pytest.fixture
def use_pac(monkeypatch: pytest.MonkeyPatch, no_env_proxies: None) -> Callable[[str], None]:
    def use(url: str) -> None:
        monkeypatch.setenv(proxies_module.ENV_PAC_URL, url)

    return use


@pytest.fixture
def servers() -> Iterator[Callable[..., FaultyServer]]:
    started: list[FaultyServer] = []

    def start(respond: Callable[[Request, int], bytes | None] = answer,
              tls: ssl.SSLContext | None = None) -> FaultyServer:
        started.append(FaultyServer(respond, tls))
        return started[-1]

    yield start
    for s in started:
        s.close()


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


def tls_for(ca: trustme.CA, *names: str) -> ssl.SSLContext:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert(*names).configure_cert(ctx)
    return ctx


def bundle(ca: trustme.CA, tmp_path: Path) -> Path:
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    return path


def pac_warnings(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == PAC_LOGGER and r.levelno == logging.WARNING]


# -- through the PAC's proxy ---------------------------------------------------------------------


def test_the_pac_sends_a_named_host_through_its_proxy(
        live_server, dns: FakeDns, proxy: ForwardingProxy, pac_server, use_pac) -> None:
    pac = pac_server(pac_js(proxy.port))
    use_pac(pac.url)
    port = live_server.url.rsplit(":", 1)[1]
    url = f"http://{NAME}:{port}"
    with TokenServerClient(url, live_server.admin_key, allow_insecure_http=True) as client:
        assert client.verify().token.id >= 1
        assert client.health().ok
    with TokenServerClient(url, live_server.admin_key, allow_insecure_http=True) as again:
        assert again.endpoints()
    assert proxy.heads == [f"GET {url}/api/v1/tokens/self",
                           f"GET {url}/api/v1/health",
                           f"GET {url}/api/v1/endpoints"]
    assert NAME not in dns.names_asked()  # only the proxy was ever given the name
    # Fetched once for the process, with no key and no credentials of any kind.
    assert len(pac.fetches) == 1
    assert not {"authorization", "proxy-authorization", "cookie", "dpop"} & set(pac.fetches[0])
    # Plain http: the proxy reads the key. That is why a real deployment uses https (below).
    assert proxy.saw_key(live_server.admin_key)


def test_https_through_the_pac_proxy_is_a_tunnel_the_proxy_cannot_read(
        dns: FakeDns, proxy: ForwardingProxy, pac_server, use_pac, servers, ca,
        tmp_path) -> None:
    server = servers(tls=tls_for(ca, NAME))
    use_pac(pac_server(pac_js(proxy.port)).url)
    url = f"https://{NAME}:{server.port}"
    with TokenServerClient(url, KEY, ca_bundle=bundle(ca, tmp_path)) as client:
        assert client.verify().token.organization_id == "acme"
    assert proxy.heads == [f"CONNECT {NAME}:{server.port}"]
    assert server.requests[0].headers["authorization"] == f"Bearer {KEY}"
    assert not proxy.saw_key(KEY)  # it relayed TLS records only
    assert NAME not in dns.names_asked()


def test_other_hosts_go_direct(dns: FakeDns, proxy: ForwardingProxy, pac_server, use_pac,
                               servers) -> None:
    server = servers()
    use_pac(pac_server(pac_js(proxy.port)).url)
    dns.hosts[DIRECT_NAME] = "127.0.0.1"
    url = f"http://{DIRECT_NAME}:{server.port}"
    with TokenServerClient(url, KEY, allow_insecure_http=True) as client:
        assert client.verify().token.id == 1
    assert proxy.heads == []
    assert len(server.requests) == 1
    # A DIRECT name that cannot be resolved: the usual error, still no proxy.
    exc = _error(lambda: TokenServerClient(f"http://unknown.example.test:{server.port}", KEY,
                                           allow_insecure_http=True, retries=0).verify())
    assert isinstance(exc, CannotConnect) and exc.params == {"reason": "name_not_resolved"}
    assert proxy.heads == []


@pytest.mark.parametrize("host", ["127.0.0.1", "localhost"])
def test_a_loopback_server_never_uses_the_pac(live_server, dns: FakeDns,
                                              proxy: ForwardingProxy, pac_server, use_pac,
                                              host: str) -> None:
    pac = pac_server(f'function FindProxyForURL(url, host) {{ '
                     f'return "PROXY 127.0.0.1:{proxy.port}"; }}')
    use_pac(pac.url)
    with TokenServerClient(live_server.url.replace("127.0.0.1", host),
                           live_server.admin_key) as client:
        client.verify()
        client.list_tokens()
    assert proxy.heads == [] and not proxy.saw_key(live_server.admin_key)
    assert pac.fetches == []  # not even asked


def test_redirects_get_their_own_decision(dns: FakeDns, proxy: ForwardingProxy, pac_server,
                                          use_pac, servers) -> None:
    use_pac(pac_server(pac_js(proxy.port)).url)
    dns.hosts[DIRECT_NAME] = "127.0.0.1"
    target = servers()
    # direct.example.test (DIRECT) -> tokens.example.test (the proxy) -> localhost (never).
    hop = servers(lambda req, n: response("307 Temporary Redirect", headers={
        "Location": f"http://localhost:{target.port}{req.path}"}))
    first = servers(lambda req, n: response("307 Temporary Redirect", headers={
        "Location": f"http://{NAME}:{hop.port}{req.path}"}))
    with TokenServerClient(f"http://{DIRECT_NAME}:{first.port}", KEY,
                           allow_insecure_http=True) as client:
        assert client.health().ok
    assert len(first.requests) == 1
    assert proxy.heads == [f"GET http://{NAME}:{hop.port}/api/v1/health"]
    assert len(hop.requests) == 1 and len(target.requests) == 1
    assert NAME not in dns.names_asked()


# -- what wins, and what fails --------------------------------------------------------------------


def test_environment_proxy_wins_over_the_pac(
        dns: FakeDns, proxy: ForwardingProxy, pac_server, use_pac, servers, ca, tmp_path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    server = servers(tls=tls_for(ca, NAME))
    pac = pac_server(pac_js(proxy.port))
    use_pac(pac.url)
    env_proxy = ForwardingProxy()
    try:
        monkeypatch.setenv("HTTPS_PROXY", env_proxy.url)
        monkeypatch.setenv("https_proxy", env_proxy.url)
        with TokenServerClient(f"https://{NAME}:{server.port}", KEY,
                               ca_bundle=bundle(ca, tmp_path)) as client:
            assert client.health().ok
        assert env_proxy.heads == [f"CONNECT {NAME}:{server.port}"]
        assert proxy.heads == [] and pac.fetches == []
        # NO_PROXY still sends a named host direct, PAC or not.
        dns.hosts[NAME] = "127.0.0.1"
        monkeypatch.setenv("NO_PROXY", NAME)
        monkeypatch.setenv("no_proxy", NAME)
        with TokenServerClient(f"https://{NAME}:{server.port}", KEY,
                               ca_bundle=bundle(ca, tmp_path)) as client:
            assert client.health().ok
        assert len(env_proxy.heads) == 1 and proxy.heads == [] and pac.fetches == []
        monkeypatch.delenv("HTTPS_PROXY")
        monkeypatch.delenv("https_proxy")
        with TokenServerClient(f"https://{NAME}:{server.port}", KEY,
                               ca_bundle=bundle(ca, tmp_path)) as client:
            assert client.health().ok
        assert proxy.heads == []  # NO_PROXY without an environment proxy: still direct
    finally:
        env_proxy.close()


def test_an_unreachable_pac_means_direct_with_one_warning(
        dns: FakeDns, proxy: ForwardingProxy, use_pac, servers,
        caplog: pytest.LogCaptureFixture) -> None:
    closed = socket.create_server(("127.0.0.1", 0))
    pac_url = f"http://user:secret@127.0.0.1:{closed.getsockname()[1]}/proxy.pac?t=secret"
    closed.close()
    use_pac(pac_url)
    server = servers()
    dns.hosts[DIRECT_NAME] = "127.0.0.1"
    caplog.set_level(logging.WARNING, logger=PAC_LOGGER)
    started = time.monotonic()
    for _ in range(2):
        with TokenServerClient(f"http://{DIRECT_NAME}:{server.port}", KEY,
                               allow_insecure_http=True) as client:
            client.verify()
            client.health()
    assert time.monotonic() - started < 2.0
    assert len(server.requests) == 4 and proxy.heads == []
    (warning,) = pac_warnings(caplog)
    text = warning.getMessage()
    assert "could not be fetched" in text and "127.0.0.1" in text
    assert "secret" not in text and KEY not in text


def test_a_pac_with_a_syntax_error_means_direct_with_one_warning(
        dns: FakeDns, proxy: ForwardingProxy, pac_server, use_pac, servers,
        caplog: pytest.LogCaptureFixture) -> None:
    pac = pac_server('function FindProxyForURL(url, host) { return "PROXY 127.0.0.1:1" ')
    use_pac(pac.url)
    server = servers()
    dns.hosts[DIRECT_NAME] = "127.0.0.1"
    caplog.set_level(logging.WARNING, logger=PAC_LOGGER)
    for _ in range(3):
        with TokenServerClient(f"http://{DIRECT_NAME}:{server.port}", KEY,
                               allow_insecure_http=True) as client:
            client.verify()
    assert len(server.requests) == 3 and proxy.heads == []
    assert len(pac.fetches) == 1  # the failure is remembered, not fetched per request
    (warning,) = pac_warnings(caplog)
    assert "could not be parsed" in warning.getMessage()


def test_a_pac_server_that_hangs_costs_one_short_wait(
        dns: FakeDns, use_pac, servers, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    silent = socket.create_server(("127.0.0.1", 0))  # accepts, never answers
    try:
        monkeypatch.setattr(proxies_module, "PAC_TIMEOUT", 0.5)
        use_pac(f"http://127.0.0.1:{silent.getsockname()[1]}/proxy.pac")
        server = servers()
        dns.hosts[DIRECT_NAME] = "127.0.0.1"
        caplog.set_level(logging.WARNING, logger=PAC_LOGGER)
        with TokenServerClient(f"http://{DIRECT_NAME}:{server.port}", KEY,
                               allow_insecure_http=True) as client:
            started = time.monotonic()
            client.verify()
            first = time.monotonic() - started
            started = time.monotonic()
            client.verify()
            second = time.monotonic() - started
        assert 0.4 <= first < 2.0 and second < 0.4
        assert len(pac_warnings(caplog)) == 1
    finally:
        silent.close()


def test_a_pac_over_plain_http_from_the_network_is_refused(
        dns: FakeDns, use_pac, servers, caplog: pytest.LogCaptureFixture) -> None:
    use_pac("http://wpad.example.test/proxy.pac")
    server = servers()
    dns.hosts[DIRECT_NAME] = "127.0.0.1"
    caplog.set_level(logging.WARNING, logger=PAC_LOGGER)
    with TokenServerClient(f"http://{DIRECT_NAME}:{server.port}", KEY,
                           allow_insecure_http=True) as client:
        client.verify()
    assert "wpad.example.test" not in dns.asked  # refused before any lookup
    (warning,) = pac_warnings(caplog)
    assert "plain http" in warning.getMessage()


def test_a_pac_file_on_disk(dns: FakeDns, proxy: ForwardingProxy, use_pac, servers,
                            tmp_path) -> None:
    path = tmp_path / "proxy.pac"
    path.write_text(pac_js(proxy.port))
    use_pac(path.as_uri())
    server = servers()
    with TokenServerClient(f"http://{NAME}:{server.port}", KEY,
                           allow_insecure_http=True) as client:
        client.verify()
    assert proxy.heads == [f"GET http://{NAME}:{server.port}/api/v1/tokens/self"]
    use_pac(str(path))  # a plain path, as the Windows setting may hold
    with TokenServerClient(f"http://{NAME}:{server.port}", KEY,
                           allow_insecure_http=True) as client:
        client.health()
    assert len(proxy.heads) == 2


def _error(fn: Callable[[], object]) -> BaseException | None:
    try:
        fn()
    except Exception as exc:
        return exc
    return None
