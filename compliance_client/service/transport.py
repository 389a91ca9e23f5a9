"""HTTP transport of the client: one ``requests.Session``, timeouts, retries, URL policy.

Why each rule is here:

* A timeout on every call (connect, read): a desktop app must never hang on a dead server.
* ``urllib3.Retry`` only where repeating cannot do harm: connect errors (nothing was sent,
  so even a POST is safe), and 502/503/504 for idempotent methods only — never POST/PATCH,
  which could create a second token or apply an edit twice. Retry-After is honoured but
  capped, and 429 is never retried (a retry would only add to the failed attempts).
  Read errors and read timeouts are never retried, so a hung server costs one read timeout.
* The key is only ever in the ``Authorization`` header. It is dropped on a redirect to another
  host or port (as requests does), a redirect from https to http is refused outright, and
  .netrc is never consulted (it could replace or add credentials).
* Plain http:// is accepted only for loopback hosts unless the caller allows it.
* A request to a loopback host never goes through a proxy, whatever HTTP_PROXY, HTTPS_PROXY,
  ALL_PROXY or NO_PROXY say (ARCHITECTURE §7): a proxy would receive the key of an http://127.0.0.1
  server in clear, and "this PC" is by definition reachable without one. Every other server
  keeps the environment's proxies (and NO_PROXY). "Loopback" is the domain's one rule,
  :func:`~compliance_client.domain.urls.is_loopback_host`: ``localhost`` and loopback IP
  literals only, so the URL check and the proxy bypass cannot disagree.
* Any other server: environment proxies first (NO_PROXY honoured), else the system's PAC file
  (:mod:`.proxies`: fetched once per process, never WPAD), else requests' own choice. Applied
  in ``_Session.merge_environment_settings`` and, for redirects, ``rebuild_proxies``.
* TLS trust is the operating system's store (``truststore``) plus the optional CA bundle,
  which adds to it and never replaces it (ARCHITECTURE §13.4). One context per Transport,
  given to every pool by :class:`TrustAdapter`; certificate and host name checks are always
  on. ``REQUESTS_CA_BUNDLE``/``CURL_CA_BUNDLE`` are ignored (one INFO line says so): requests
  would let them replace the trust silently. A bundle that is missing or cannot be loaded is
  a :class:`TlsVerificationFailed` (``ca_bundle_missing``/``ca_bundle_unusable``) when the
  Transport is made, before any request.
* One DEBUG log line per request: method, path (never the query), status, duration, request
  id. Never headers, never the key.
"""

from __future__ import annotations

import email.utils
import logging
import os
import re
import socket
import ssl
import time
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

import requests
import truststore
from requests.adapters import HTTPAdapter
from requests.auth import AuthBase
from urllib3 import exceptions as urllib3_exc
from urllib3.util.retry import Retry

from .. import __version__
from ..domain.urls import is_loopback_host
from . import proxies
from .errors import (
    BadResponse,
    CannotConnect,
    InsecureUrl,
    InvalidUrl,
    RedirectRefused,
    ServiceError,
    TimedOut,
    TlsVerificationFailed,
    display_url,
    error_from_response,
)

if TYPE_CHECKING:
    from ..domain.dpop import DeviceKey

LOG = logging.getLogger("compliance_client.service")

USER_AGENT = f"compliance-client/{__version__}"
API_PREFIX = "/api/v1"
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RETRY_STATUSES = frozenset({502, 503, 504})
RETRY_AFTER_CAP = 5.0
DEFAULT_TIMEOUT = (3.05, 15.0)

Timeout = float | tuple[float, float]


class CappedRetry(Retry):
    """``Retry`` that waits at most ``RETRY_AFTER_CAP`` seconds for a Retry-After.

    Only 503 honours Retry-After: 429 means "too many failed sign-ins", where an automatic
    retry would only extend the lock-out.
    """

    RETRY_AFTER_STATUS_CODES = frozenset({503})
    RETRY_AFTER_CAP = RETRY_AFTER_CAP

    def parse_retry_after(self, retry_after: str) -> float:
        return min(super().parse_retry_after(retry_after), self.RETRY_AFTER_CAP)


def default_retry(retries: int, *, signed: bool = False) -> Retry:
    """The retry policy for ``retries`` extra attempts (0 disables retrying).

    A ``signed`` client retries connect errors only: urllib3 re-sends a request as it was, and
    a signed request's device proof may be used once (ARCHITECTURE §10), so after a 503 the same
    proof would come back as a replay. The app's own reconnect retries with a fresh proof.
    """
    return CappedRetry(
        total=retries, connect=retries, status=0 if signed else retries, read=0, other=0,
        redirect=None, allowed_methods=IDEMPOTENT_METHODS,
        status_forcelist=frozenset() if signed else RETRY_STATUSES,
        backoff_factor=0.25, backoff_max=2.0, respect_retry_after_header=True,
        raise_on_status=False, raise_on_redirect=False,
    )


# ---- URL policy ----------------------------------------------------------------------------


def is_loopback_url(url: str) -> bool:
    """True when ``url``'s host is this PC by the domain's rule (no name resolution)."""
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return False
    return is_loopback_host(host or "")


def check_url(url: str, *, allow_insecure_http: bool, redirect_from: str | None = None) -> str:
    """Raise unless ``url`` is a URL the key may be sent to; return it without a trailing /."""
    shown = display_url(url)
    error_cls = RedirectRefused if redirect_from else InvalidUrl
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname or ""
        parts.port  # noqa: B018 - raises ValueError for a bad port
    except ValueError:
        raise error_cls(f"{shown} is not a valid server URL.", server_url=url) from None
    if parts.scheme not in ("http", "https") or not host:
        raise error_cls(
            f"{shown} is not a valid server URL; it should look like https://server.example.",
            server_url=url)
    if parts.username or parts.password:
        raise error_cls("A server URL may not hold a user name or password.",
                        server_url=url)
    if parts.scheme == "http" and not allow_insecure_http and not is_loopback_host(host):
        if redirect_from:
            raise RedirectRefused(
                f"The server at {display_url(redirect_from)} redirected to {shown}, plain "
                "http to another machine; the API token was not sent there.",
                server_url=redirect_from, params={"location": shown})
        raise InsecureUrl(
            f"Refusing to send the API token in clear over {shown}; use https:// "
            "(plain http is only for this machine unless you allow it).",
            server_url=url, params={"host": host})
    path = parts.path.rstrip("/")
    if path.endswith(API_PREFIX):  # people paste the API URL; accept it
        path = path[: -len(API_PREFIX)]
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


# ---- trust ---------------------------------------------------------------------------------


def system_trust_context(ca_bundle: str | None = None) -> ssl.SSLContext:
    """A client context that trusts the OS store (truststore) plus ``ca_bundle``, if given.

    ``load_verify_locations`` adds to the store truststore verifies against (on Windows and
    macOS its certificates are extra anchors for the system verifier), so a private CA
    counts next to the system's, never instead of it. PROTOCOL_TLS_CLIENT means certificate
    and host name checks on. Raises OSError or ssl.SSLError for a bundle that cannot be used.
    """
    ctx = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    if ca_bundle is not None:
        if os.path.isdir(ca_bundle):
            ctx.load_verify_locations(capath=ca_bundle)
        else:
            ctx.load_verify_locations(cafile=ca_bundle)
    return ctx


class TrustAdapter(HTTPAdapter):
    """An HTTPAdapter whose every TLS connection (direct, tunnelled through a proxy, and to
    an https proxy) is verified with one given context, whatever ``verify`` says.

    requests would otherwise point each pool at certifi's bundle (``cert_verify``) or at a
    path from ``verify``; urllib3 then loads that file into the shared context on every new
    connection, which adds certifi's roots (or REQUESTS_CA_BUNDLE's) to our trust and costs a
    file parse per connection.
    """

    def __init__(self, ssl_context: ssl.SSLContext, **kwargs: Any) -> None:
        self.ssl_context = ssl_context  # before super().__init__, which builds the pools
        super().__init__(**kwargs)

    def init_poolmanager(self, connections: int, maxsize: int, block: bool = False,
                         **pool_kwargs: Any) -> None:
        pool_kwargs["ssl_context"] = self.ssl_context
        super().init_poolmanager(connections, maxsize, block=block, **pool_kwargs)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> Any:  # urllib3's manager
        proxy_kwargs.setdefault("ssl_context", self.ssl_context)
        if not proxy.lower().startswith("socks"):
            proxy_kwargs.setdefault("proxy_ssl_context", self.ssl_context)
        return super().proxy_manager_for(proxy, **proxy_kwargs)

    def build_connection_pool_key_attributes(
            self, request: requests.PreparedRequest, verify: bool | str | None,
            cert: Any = None) -> Any:  # requests' (host params, pool kwargs)
        # True: never a ca_certs/ca_cert_dir pool key, whose file urllib3 would load into
        # the context; the context (from init_poolmanager) is part of every pool's key.
        return super().build_connection_pool_key_attributes(request, True, cert)

    def cert_verify(self, conn: Any, url: str, verify: bool | str | None, cert: Any) -> None:
        # Let requests handle a client certificate (none today) and clear its CA paths...
        super().cert_verify(conn, url, False, cert)  # type: ignore[no-untyped-call]
        if url.lower().startswith("https"):
            conn.cert_reqs = "CERT_REQUIRED"  # ...then verify, always, with our context


class _BearerAuth(AuthBase):
    """Puts the key in the Authorization header and, with a device key, a fresh device proof
    in the DPoP header (ARCHITECTURE §10); its repr never shows either."""

    def __init__(self, token: str | None, device_key: DeviceKey | None = None) -> None:
        self._token = token
        self._device_key = device_key if token else None

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        if self._token:
            request.headers["Authorization"] = f"Bearer {self._token}"
            self.sign(request)
        return request

    def sign(self, request: requests.PreparedRequest) -> None:
        """A new proof for the request's method and URL (again after a redirect)."""
        if self._device_key is not None and self._token:
            request.headers["DPoP"] = self._device_key.proof(
                request.method or "GET", request.url or "", self._token, now=time.time())

    def __repr__(self) -> str:
        signed = ", signed" if self._device_key is not None else ""
        return f"<BearerAuth {'set' if self._token else 'none'}{signed}>"


class _Session(requests.Session):
    """A Session whose redirects cannot carry the key anywhere it should not go, whose
    requests to a loopback host never go through a proxy, whose other requests follow the
    environment's proxies, else the PAC file's (:mod:`.proxies`), and whose trust is the
    adapter's, not REQUESTS_CA_BUNDLE's."""

    def __init__(self, allow_insecure_http: bool,
                 pac: proxies.PacResolver | None = None) -> None:
        super().__init__()
        self._allow_insecure_http = allow_insecure_http
        self._pac = pac

    def merge_environment_settings(self, url: str | bytes | None, proxies: Any, stream: Any,
                                   verify: Any, cert: Any) -> Any:  # requests' own settings dict
        # The one place requests adds the environment's proxies to a request (redirects
        # go through rebuild_proxies below).
        settings = super().merge_environment_settings(url, proxies, stream, verify, cert)
        if verify is not None and settings["verify"] != verify:
            # requests swaps verify=True for REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE here. Our
            # trust is the OS store plus the profile's CA bundle (TrustAdapter ignores verify
            # anyway); say once that the variable is ignored rather than obey it silently.
            _note_ignored_ca_bundle_variable()
            settings["verify"] = verify
        if isinstance(url, str):
            settings["proxies"] = self._proxies_for(url, dict(settings["proxies"] or {}))
        return settings

    def rebuild_proxies(self, prepared_request: requests.PreparedRequest,
                        proxies: Any) -> dict[str, str]:
        # A redirect: requests re-reads the environment for the new URL. It would keep the
        # old URL's proxies too; start from none so the new URL gets its own decision.
        new_proxies: dict[str, str] = super().rebuild_proxies(  # type: ignore[no-untyped-call]
            prepared_request, dict(self.proxies))
        chosen = self._proxies_for(prepared_request.url or "", new_proxies)
        if chosen is not new_proxies:
            # Loopback or a PAC proxy: drop the Proxy-Authorization requests may have added
            # for an environment proxy that is not used now.
            prepared_request.headers.pop("Proxy-Authorization", None)
        return chosen

    def _proxies_for(self, url: str, from_requests: dict[str, str]) -> dict[str, str]:
        if is_loopback_url(url):
            return {}
        if not self.trust_env:
            return from_requests
        return proxies.choose_proxies(url, from_requests, self._pac)

    def rebuild_auth(self, prepared_request: requests.PreparedRequest,
                     response: requests.Response) -> None:
        old_url = response.request.url or ""
        new_url = prepared_request.url or ""
        if urlsplit(old_url).scheme == "https" and urlsplit(new_url).scheme != "https":
            response.close()
            raise RedirectRefused(
                f"The server at {display_url(old_url)} redirected from https to plain "
                f"{display_url(new_url)}; refused.",
                server_url=old_url, params={"location": display_url(new_url)})
        check_url(new_url, allow_insecure_http=self._allow_insecure_http,
                  redirect_from=old_url)
        strip = self.should_strip_auth(old_url, new_url)  # type: ignore[no-untyped-call]
        if "Authorization" in prepared_request.headers and strip:
            del prepared_request.headers["Authorization"]
        if strip:
            prepared_request.headers.pop("DPoP", None)
        elif "DPoP" in prepared_request.headers and isinstance(self.auth, _BearerAuth):
            self.auth.sign(prepared_request)  # a proof names its URL: the new one needs its own
        # Deliberately no .netrc lookup (requests would add its credentials here).


_ca_variable_noted = False


def _note_ignored_ca_bundle_variable() -> None:
    global _ca_variable_noted
    if not _ca_variable_noted:
        _ca_variable_noted = True
        LOG.info("REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE is ignored: TLS trust is the system's "
                 "certificate store plus the profile's CA bundle.")


# ---- one request ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Reply:
    """A successful answer: status, decoded JSON body (None for 204), request id, ETag."""

    status: int
    body: Any
    request_id: str | None
    etag: str | None


def parse_retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    parsed = email.utils.parsedate_tz(value)
    if parsed is None:
        return None
    return max(0.0, email.utils.mktime_tz(parsed) - time.time())


def _root_causes(exc: BaseException) -> Iterable[BaseException]:
    """The exception, what it wraps (args, ``reason``) and its causes, depth first."""
    seen: set[int] = set()
    stack: list[BaseException] = [exc]
    while stack:
        e = stack.pop()
        if id(e) in seen:
            continue
        seen.add(id(e))
        yield e
        for nxt in (getattr(e, "reason", None), e.__cause__, e.__context__, *e.args):
            if isinstance(nxt, BaseException):
                stack.append(nxt)


# Most telling first: OpenSSL's verify reason, a host name mismatch, then the bare SSL code.
_TLS_REASONS = (re.compile(r"certificate verify failed: ([^(')\]]+)"),
                re.compile(r"(Hostname mismatch[^'\"]*)"),
                re.compile(r"\[SSL: ([A-Z_]+)\]"))


def _tls_reason(text: str) -> str:
    for pattern in _TLS_REASONS:
        match = pattern.search(text)
        if match:
            return match.group(1).strip()
    return ""


class Transport:
    """Sends requests to one server and turns every failure into a :class:`ServiceError`."""

    def __init__(self, base_url: str, token: str | None, *, timeout: Timeout,
                 ca_bundle: str | os.PathLike[str] | None, allow_insecure_http: bool,
                 retries: int | Retry, device_key: DeviceKey | None = None) -> None:
        self.base_url = check_url(base_url, allow_insecure_http=allow_insecure_http)
        self.timeout = _check_timeout(timeout)
        if ca_bundle is not None and not os.path.exists(ca_bundle):
            raise TlsVerificationFailed(
                f"The CA bundle {os.fspath(ca_bundle)} does not exist; check its path.",
                server_url=self.base_url, params={"reason": "ca_bundle_missing"})
        # Built once per Transport: truststore's context plus the bundle's certificates
        # (parsing a bundle is not free; connections then reuse the context).
        try:
            context = system_trust_context(
                os.fspath(ca_bundle) if ca_bundle is not None else None)
        except (OSError, ssl.SSLError) as exc:
            why = (exc.strerror if isinstance(exc, OSError) and exc.strerror
                   and not isinstance(exc, ssl.SSLError) else "it holds no certificate "
                   "that could be read (is it a PEM file?)")
            raise TlsVerificationFailed(
                f"Could not use the CA bundle {os.fspath(ca_bundle or '')} for "
                f"{self.base_url}: {why}.",
                server_url=self.base_url, params={"reason": "ca_bundle_unusable"}) from None
        retry = (retries if isinstance(retries, Retry)
                 else default_retry(retries, signed=device_key is not None and bool(token)))
        session = _Session(allow_insecure_http, pac=proxies.pac_resolver())
        adapter = TrustAdapter(context, max_retries=retry, pool_connections=1, pool_maxsize=4)
        session.mount("https://", adapter)
        session.mount("http://", adapter)
        session.auth = _BearerAuth(token, device_key)
        # verify=True on every request: the trust is in the adapter's context. requests would
        # replace it with REQUESTS_CA_BUNDLE; _Session and TrustAdapter both refuse that.
        self._verify = True
        session.headers.update({"User-Agent": USER_AGENT, "Accept": "application/json"})
        self._session = session

    def close(self) -> None:
        self._session.close()

    def request(self, method: str, path: str, *, operation: str | None,
                what: str | None = None, query: Mapping[str, Any] | None = None,
                json: Any = None, headers: Mapping[str, str] | None = None,
                authenticated: bool = True) -> Reply:
        """Send one request; return the 2xx reply or raise the matching ServiceError."""
        url = self.base_url + API_PREFIX + path
        # Our own request id: the server adopts it, so even a timed-out request can be
        # found in the server's log. The server's answer header has the last word.
        sent_id = uuid.uuid4().hex
        started = time.monotonic()
        try:
            response = self._session.request(
                method, url, params=query, json=json,
                headers={"X-Request-ID": sent_id, **(headers or {})},
                timeout=self.timeout, allow_redirects=True, verify=self._verify,
                auth=None if authenticated else _BearerAuth(None))
        except ServiceError as exc:
            exc.request_id = exc.request_id or sent_id
            self._log(method, path, exc.code, started, sent_id)
            raise
        except (requests.RequestException, OSError) as exc:
            error = self._transport_error(exc, time.monotonic() - started, method)
            error.request_id = sent_id
            self._log(method, path, error.code, started, sent_id)
            raise error from None
        request_id = response.headers.get("X-Request-ID") or sent_id
        self._log(method, path, response.status_code, started, request_id)
        return self._reply(response, request_id, operation, what)

    # -- helpers ---------------------------------------------------------------------------

    def _log(self, method: str, path: str, outcome: int | str, started: float,
             request_id: str | None) -> None:
        if LOG.isEnabledFor(logging.DEBUG):
            LOG.debug("%s %s -> %s in %.0f ms (request id %s)", method, path, outcome,
                      (time.monotonic() - started) * 1000, request_id or "-")

    def _reply(self, response: requests.Response, request_id: str | None,
               operation: str | None, what: str | None) -> Reply:
        status = response.status_code
        content_type = response.headers.get("Content-Type", "")
        body: Any = None
        is_json = "json" in content_type.lower()
        if response.content and is_json:
            try:
                body = response.json()
            except ValueError:
                body = None
                is_json = False
        if 200 <= status < 300:
            if status == 204 or not response.content:
                return Reply(status, None, request_id, response.headers.get("ETag"))
            if not is_json:
                raise BadResponse(
                    f"The server at {self.base_url} did not answer like a compliance token "
                    f"server (HTTP {status}, {content_type.split(';')[0] or 'no type'}). "
                    "Is the URL right?",
                    server_url=self.base_url, status=status, request_id=request_id,
                    params={"reason": "not_json", "content_type": content_type})
            return Reply(status, body, request_id, response.headers.get("ETag"))
        raise error_from_response(
            status, body, request_id=request_id,
            retry_after=parse_retry_after(response.headers.get("Retry-After")),
            server_url=self.base_url, operation=operation, what=what,
            reason=response.reason or "", content_type=content_type)

    def _transport_error(self, exc: BaseException, elapsed: float,
                         method: str = "GET") -> ServiceError:
        """Classify a failure by what it wraps: requests folds urllib3's errors (a read
        timeout after retries, say) into a plain ConnectionError."""
        url = self.base_url
        causes = list(_root_causes(exc))
        # After a read failure the server may have acted on a POST/PATCH already.
        maybe_done = ("" if method.upper() in IDEMPOTENT_METHODS else
                      " The change may have been made anyway; check before repeating it.")

        def caused_by(*types: type[BaseException]) -> bool:
            return any(isinstance(c, types) for c in causes)

        if caused_by(requests.exceptions.SSLError, urllib3_exc.SSLError, ssl.SSLError):
            reason = _tls_reason(" ".join(str(c) for c in causes))
            return TlsVerificationFailed(
                f"Could not open a trusted TLS connection to {url}"
                f"{': ' + reason if reason else ''}. If the server uses a private "
                "certificate authority, give its CA bundle.",
                server_url=url, params={"reason": reason})
        if caused_by(urllib3_exc.NameResolutionError, socket.gaierror):
            return CannotConnect(
                f"The server name in {url} could not be found. Is the URL right?",
                server_url=url, params={"reason": "name_not_resolved"})
        if caused_by(urllib3_exc.NewConnectionError, ConnectionRefusedError):
            return CannotConnect(
                f"The server at {url} refused the connection. "
                "Is the URL right and the server running?",
                server_url=url, params={"reason": "refused"})
        connect = caused_by(urllib3_exc.ConnectTimeoutError, requests.exceptions.ConnectTimeout)
        if connect or caused_by(urllib3_exc.ReadTimeoutError, requests.exceptions.Timeout,
                                TimeoutError):
            limit = self.timeout[0] if connect else self.timeout[1]
            what = "accept the connection" if connect else "answer"
            return TimedOut(
                f"The server at {url} did not {what} within {limit:g} seconds. "
                "Is it overloaded or behind a firewall? Try again later."
                + ("" if connect else maybe_done),
                server_url=url, params={"phase": "connect" if connect else "read",
                                        "seconds": limit, "elapsed": round(elapsed, 2)})
        if caused_by(requests.exceptions.ChunkedEncodingError,
                     requests.exceptions.ContentDecodingError, urllib3_exc.IncompleteRead):
            return BadResponse(
                f"The server at {url} broke off its answer before it was complete. "
                "Try again; if it keeps happening, tell the server's administrator.",
                server_url=url, params={"reason": "incomplete"})
        if isinstance(exc, requests.exceptions.TooManyRedirects):
            return RedirectRefused(f"The server at {url} redirected too many times.",
                                   server_url=url, params={"reason": "too_many_redirects"})
        if isinstance(exc, requests.exceptions.InvalidURL | requests.exceptions.MissingSchema
                      | requests.exceptions.InvalidSchema):
            return InvalidUrl(f"{url} is not a valid server URL.", server_url=url)
        if isinstance(exc, requests.exceptions.ConnectionError):
            return CannotConnect(
                f"The server at {url} closed the connection without answering. "
                "Is the URL right (https or http) and the server running?" + maybe_done,
                server_url=url, params={"reason": "dropped"})
        if isinstance(exc, OSError) and not isinstance(exc, requests.RequestException):
            return TlsVerificationFailed(
                f"Could not use the CA bundle for {url}: {exc.strerror or exc}.",
                server_url=url, params={"reason": "ca_bundle_unusable"})
        return BadResponse(f"The server at {url} gave an answer this client cannot read.",
                           server_url=url, params={"reason": type(exc).__name__})


def _check_timeout(timeout: Timeout) -> tuple[float, float]:
    pair = (timeout, timeout) if isinstance(timeout, int | float) else tuple(timeout)
    if len(pair) != 2 or not all(isinstance(t, int | float) and t > 0 for t in pair):
        raise ValueError("timeout is a positive number or a (connect, read) pair")
    return (float(pair[0]), float(pair[1]))
