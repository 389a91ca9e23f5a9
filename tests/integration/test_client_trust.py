"""TLS trust of the client: the operating system's store (truststore) plus an optional CA
bundle that adds to it, never replaces it; REQUESTS_CA_BUNDLE changes nothing.

The "system store" is a temporary one: truststore verifies on Linux with OpenSSL's default
verify paths, which ``SSL_CERT_FILE`` and ``SSL_CERT_DIR`` name, so a test installs a local CA
(trustme) by writing its PEM there. Servers are HTTPS on 127.0.0.1 with trustme certificates.
"""

from __future__ import annotations

import json
import os
import ssl
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import trustme

from compliance_client.domain.keys import generate_key
from compliance_client.service import TlsVerificationFailed, TokenServerClient
from compliance_client.service import transport as transport_module

from .test_client_transport import FaultyServer, Request, response, timed

KEY = generate_key()
HEALTH = json.dumps({"status": "ok", "version": "trust-test"}).encode()
TOKENS_SELF = json.dumps({
    "token": {"id": 1, "organization_name": "Acme Corp", "organization_id": "acme",
              "key_prefix": KEY[:12]},
    "effective_endpoints": ["tokens.self"], "client_address": "127.0.0.1"}).encode()


def answer(req: Request, n: int) -> bytes:
    """/health for anyone, /tokens/self for the right key, like the real server."""
    if req.path == "/api/v1/health":
        return response("200 OK", HEALTH, close=False)
    if req.path == "/api/v1/tokens/self":
        if req.headers.get("authorization") == f"Bearer {KEY}":
            return response("200 OK", TOKENS_SELF, close=False)
        return response("401 Unauthorized", b'{"error": "invalid_token", "detail": "no"}',
                        close=False)
    return response("404 Not Found", b'{"error": "not_found", "detail": "no"}', close=False)


class SystemStore:
    """A temporary OS trust store: a PEM file and an (empty) hashed-certificate folder."""

    def __init__(self, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.file = root / "system-store.pem"
        directory = root / "system-certs"
        directory.mkdir()
        monkeypatch.setenv("SSL_CERT_FILE", str(self.file))
        monkeypatch.setenv("SSL_CERT_DIR", str(directory))
        for name in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
            monkeypatch.delenv(name, raising=False)
        # Never empty: with no usable file truststore falls back to the distribution's
        # bundle, which is a real store but not this test's.
        self.install(trustme.CA())

    def install(self, *cas: trustme.CA) -> None:
        """The store holds exactly ``cas`` from now on."""
        self.file.write_bytes(b"".join(ca.cert_pem.bytes() for ca in cas))


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> SystemStore:
    return SystemStore(tmp_path, monkeypatch)


@pytest.fixture
def https() -> Iterator[Callable[..., FaultyServer]]:
    """``https(ca, *names)``: a server on 127.0.0.1 with a certificate of ``ca`` for
    ``names`` (127.0.0.1 and localhost unless given)."""
    servers: list[FaultyServer] = []

    def start(ca: trustme.CA, *names: str) -> FaultyServer:
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ca.issue_cert(*(names or ("127.0.0.1", "localhost"))).configure_cert(ctx)
        servers.append(FaultyServer(answer, ctx))
        return servers[-1]

    yield start
    for server in servers:
        server.close()


def bundle_of(ca: trustme.CA, path: Path) -> Path:
    ca.cert_pem.write_to_path(str(path))
    return path


def test_a_ca_in_the_system_store_is_trusted_without_a_bundle(store, https) -> None:
    ca = trustme.CA()
    server = https(ca)
    store.install(ca)
    with TokenServerClient(server.url, KEY) as client:
        assert client.health().ok
        access = client.verify()
    assert access.token.organization_id == "acme"
    assert server.connections == 1  # one TLS connection, reused
    # The name too: localhost is in the certificate.
    with TokenServerClient(server.url.replace("127.0.0.1", "localhost"), KEY) as client:
        assert client.health().ok


def test_a_ca_missing_from_the_store_is_refused(store, https) -> None:
    server = https(trustme.CA())  # the store holds another CA only
    client = TokenServerClient(server.url, KEY)
    exc, took = timed(client.verify)
    assert isinstance(exc, TlsVerificationFailed)
    assert str(exc).startswith(f"Could not open a trusted TLS connection to {server.url}: ")
    assert "certificate" in exc.params["reason"]
    assert KEY not in str(exc) and KEY not in repr(exc)
    assert server.requests == []  # the key never left: the handshake failed first
    assert took < 2.0


def test_a_bundle_adds_to_the_store_and_does_not_replace_it(store, https, tmp_path) -> None:
    system_ca, private_ca = trustme.CA(), trustme.CA()
    store.install(system_ca)
    public = https(system_ca)
    private = https(private_ca)
    bundle = bundle_of(private_ca, tmp_path / "private.pem")

    # Only in the bundle: trusted with it, not without.
    with TokenServerClient(private.url, KEY, ca_bundle=bundle) as client:
        assert client.verify().token.id == 1
    exc, _ = timed(TokenServerClient(private.url, KEY).health)
    assert isinstance(exc, TlsVerificationFailed)
    # Only in the store: still trusted by a client that has a bundle (requests' verify=path
    # would have trusted the bundle alone).
    with TokenServerClient(public.url, KEY, ca_bundle=bundle) as client:
        assert client.health().ok


def test_requests_ca_bundle_neither_replaces_nor_adds_trust(
        store, https, tmp_path, monkeypatch: pytest.MonkeyPatch,
        caplog: pytest.LogCaptureFixture) -> None:
    system_ca, other_ca = trustme.CA(), trustme.CA()
    store.install(system_ca)
    server = https(system_ca)
    other = https(other_ca)
    elsewhere = bundle_of(other_ca, tmp_path / "elsewhere.pem")
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(elsewhere))
    monkeypatch.setenv("CURL_CA_BUNDLE", str(elsewhere))
    monkeypatch.setattr(transport_module, "_ca_variable_noted", False)
    caplog.set_level("INFO", logger="compliance_client.service")

    with TokenServerClient(server.url, KEY) as client:
        assert client.health().ok
        assert client.verify().token.id == 1
    # Nor does the variable make its own CA trusted: trust is the store plus our bundle.
    exc, _ = timed(TokenServerClient(other.url, KEY).health)
    assert isinstance(exc, TlsVerificationFailed)
    notes = [r for r in caplog.records if "REQUESTS_CA_BUNDLE" in r.getMessage()]
    assert len(notes) == 1 and notes[0].levelname == "INFO"


def test_host_names_are_still_checked(store, https) -> None:
    ca = trustme.CA()
    store.install(ca)
    server = https(ca, "tokens.example.test")  # a trusted certificate, for another name
    exc, _ = timed(TokenServerClient(server.url, KEY).health)
    assert isinstance(exc, TlsVerificationFailed)
    assert "mismatch" in exc.params["reason"].lower()
    assert server.requests == []


@pytest.mark.parametrize(("content", "kind"), [
    (b"this is not a certificate\n", "garbage"),
    (b"", "empty"),
    (b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n", "broken PEM"),
])
def test_an_unusable_bundle_is_a_clear_error(store, tmp_path, content: bytes,
                                             kind: str) -> None:
    bundle = tmp_path / "bundle.pem"
    bundle.write_bytes(content)
    with pytest.raises(TlsVerificationFailed) as info:
        TokenServerClient("https://127.0.0.1:9", KEY, ca_bundle=bundle)
    assert info.value.params == {"reason": "ca_bundle_unusable"}, kind
    assert str(info.value) == (
        f"Could not use the CA bundle {bundle} for https://127.0.0.1:9: it holds no "
        "certificate that could be read (is it a PEM file?).")
    with pytest.raises(TlsVerificationFailed) as missing:
        TokenServerClient("https://127.0.0.1:9", KEY, ca_bundle=tmp_path / "nope.pem")
    assert missing.value.params == {"reason": "ca_bundle_missing"}


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root reads a file whatever its mode")
def test_an_unreadable_bundle_is_a_clear_error(store, tmp_path) -> None:
    bundle = tmp_path / "locked.pem"
    bundle.write_bytes(trustme.CA().cert_pem.bytes())
    bundle.chmod(0)
    try:
        with pytest.raises(TlsVerificationFailed) as info:
            TokenServerClient("https://127.0.0.1:9", KEY, ca_bundle=bundle)
    finally:
        bundle.chmod(0o600)
    assert info.value.params == {"reason": "ca_bundle_unusable"}
    assert "Permission denied" in str(info.value)


def test_a_bundle_folder_is_a_certificate_directory(store, https, tmp_path) -> None:
    # An OpenSSL hashed directory, as requests accepted for verify=<dir>.
    ca = trustme.CA()
    server = https(ca)
    folder = tmp_path / "cas"
    folder.mkdir()
    # OpenSSL finds a directory's certificates by subject hash: let it name the file.
    try:
        hashed = subprocess.run(["openssl", "x509", "-noout", "-subject_hash"],
                                input=ca.cert_pem.bytes(), capture_output=True, check=True)
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("no openssl command to hash the certificate")
    (folder / f"{hashed.stdout.decode().strip()}.0").write_bytes(ca.cert_pem.bytes())
    with TokenServerClient(server.url, KEY, ca_bundle=folder) as client:
        assert client.health().ok


def test_one_context_per_transport_and_no_certifi_in_it(
        store, https, tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:
    ca = trustme.CA()
    store.install(ca)
    server = https(ca)
    built: list[ssl.SSLContext] = []
    real = transport_module.system_trust_context

    def counting(ca_bundle: str | None = None) -> ssl.SSLContext:
        built.append(real(ca_bundle))
        return built[-1]

    monkeypatch.setattr(transport_module, "system_trust_context", counting)
    with TokenServerClient(server.url, KEY, ca_bundle=bundle_of(trustme.CA(),
                                                                tmp_path / "b.pem")) as client:
        for _ in range(3):
            client.health()
        client.verify()
    assert len(built) == 1
    # requests would have had urllib3 load certifi's ~150 roots into the context on every
    # connection; the context holds the bundle's CA and the store's only.
    inner = built[0]._ctx  # type: ignore[attr-defined]  # truststore's wrapped context
    assert inner.cert_store_stats()["x509_ca"] <= 2
