"""The server URL rule and the language list of a profile."""

from __future__ import annotations

import pytest

from compliance_client.domain.keys import generate_key
from compliance_client.profile.languages import SUPPORTED_LANGUAGES, language_problem
from compliance_client.profile.urls import (
    is_loopback_host,
    normalize_server_url,
    validate_server_url,
)


@pytest.mark.parametrize("url", [
    "https://compliance.example.com",
    "https://compliance.example.com:8443/base/",
    "HTTPS://EXAMPLE.COM",
    "https://[2001:db8::1]:443",
    "http://localhost:8765",
    "http://LOCALHOST",
    "http://127.0.0.1:8765",
    "http://127.1.2.3",
    "http://[::1]:8765/",
    "http://[::ffff:127.0.0.1]:80",
    "  https://padded.example.com  ",
])
def test_valid_urls(url: str) -> None:
    assert validate_server_url(url) is None


@pytest.mark.parametrize(("url", "code"), [
    ("", "url_empty"),
    ("   ", "url_empty"),
    ("compliance.example.com", "url_scheme"),
    ("ftp://example.com", "url_scheme"),
    ("https:example.com", "url_scheme"),
    ("https://", "url_host"),
    ("http://:8080", "url_host"),
    ("https://user:secret@example.com", "url_credentials"),
    ("https://user@example.com", "url_credentials"),
    ("https://example.com:99999", "url_port"),
    ("https://example.com:http", "url_port"),
    ("https://example.com:0", "url_port"),
    ("https://example.com/?x=1", "url_query"),
    ("https://example.com/#top", "url_query"),
    ("https://example.com/?", "url_query"),
    ("https://exa mple.com", "url_spaces"),
    ("http://example.com", "url_insecure"),
    ("http://10.0.0.5:8765", "url_insecure"),
    ("http://localhost.evil.example", "url_insecure"),
    ("http://LOCALHOST.", "url_insecure"),  # a trailing dot is a name to resolve (§12)
    ("http://127.0.0.1.nip.io", "url_insecure"),
    ("http://[::ffff:10.0.0.1]", "url_insecure"),
    ("https://" + "a" * 2000 + ".com", "url_too_long"),
])
def test_invalid_urls(url: str, code: str) -> None:
    problem = validate_server_url(url)
    assert problem is not None
    assert (problem.field, problem.code) == ("url", code)
    assert problem.message.endswith(".")


def test_http_elsewhere_only_with_the_explicit_override() -> None:
    assert validate_server_url("http://intranet.example", allow_insecure_http=True) is None


def test_a_key_in_the_url_is_refused_and_not_echoed() -> None:
    key = generate_key()
    problem = validate_server_url(f"https://example.com/{key}")
    assert problem is not None and problem.code == "url_holds_key"
    assert key not in problem.message and key not in repr(problem)
    secret_problem = validate_server_url("https://admin:hunter2@example.com")
    assert secret_problem is not None and "hunter2" not in secret_problem.message


@pytest.mark.parametrize(("host", "loopback"), [
    ("localhost", True), ("127.0.0.1", True), ("127.255.0.9", True), ("::1", True),
    ("[::1]", True), ("::ffff:127.0.0.1", True), ("example.com", False), ("10.1.1.1", False),
    ("0.0.0.0", False), ("::", False), ("localhost.example", False),
])
def test_is_loopback_host(host: str, loopback: bool) -> None:
    assert is_loopback_host(host) is loopback


# ARCHITECTURE §7: only literal loopback addresses and the name ``localhost`` are this PC. A name
# that goes through name resolution (a trailing dot, a *.localhost subdomain) is not, even if
# a resolver would answer 127.0.0.1 for it.
@pytest.mark.parametrize(("host", "loopback"), [
    ("localhost", True), ("LOCALHOST", True), ("LocalHost", True),
    ("127.1.2.3", True), ("127.0.0.1", True), ("[::1]", True), ("::1", True),
    ("[::ffff:127.0.0.1]", True), ("::ffff:127.0.0.1", True), ("::ffff:7f01:203", True),
    ("0:0:0:0:0:0:0:1", True),
    ("localhost.", False), ("LOCALHOST.", False), ("app.localhost", False),
    ("app.localhost.", False), ("127.0.0.1.", False), ("[localhost]", False),
    ("127.1", False), ("2130706433", False), ("::ffff:10.0.0.1", False),
    ("İocalhost", False), ("", False), ("[]", False),
])
def test_only_literal_loopback_and_the_name_localhost_are_local(host: str,
                                                                 loopback: bool) -> None:
    assert is_loopback_host(host) is loopback


@pytest.mark.parametrize(("url", "accepted"), [
    ("http://localhost:8765", True), ("http://LOCALHOST:8765", True),
    ("http://127.1.2.3:8765", True), ("http://[::1]:8765", True),
    ("http://[::ffff:127.0.0.1]:8765", True),
    ("http://localhost.:8765", False), ("http://app.localhost:8765", False),
])
def test_plain_http_only_for_literal_loopback(url: str, accepted: bool) -> None:
    problem = validate_server_url(url)
    assert (problem is None) is accepted, problem
    if not accepted:
        assert problem is not None and problem.code == "url_insecure"


def test_normalize() -> None:
    assert normalize_server_url(" HTTPS://Example.COM:8443/Base/ ") == "https://example.com:8443/Base"
    assert normalize_server_url("http://[::1]:8765/") == "http://[::1]:8765"


def test_languages() -> None:
    assert SUPPORTED_LANGUAGES == {"en": "English", "de": "Deutsch", "fr": "Français",
                                   "bn": "বাংলা", "ar": "العربية"}
    for code in SUPPORTED_LANGUAGES:
        assert language_problem(code) is None
    for bad in ("", "EN", "es", "en-US"):
        problem = language_problem(bad)
        assert problem is not None and (problem.field, problem.code) == ("language",
                                                                         "language_unknown")
        assert "de (Deutsch)" in problem.message
