"""Which proxy a request to a server that is not this PC goes through: the environment's, else
the operating system's PAC file (DESIGN §13 "Trust and proxies", ARCHITECTURE §13.4).

A loopback server never gets here: the transport sends those requests direct, whatever any
setting says (ARCHITECTURE §7). For every other URL the order is:

1. **Environment proxies win.** When ``HTTP_PROXY`` / ``HTTPS_PROXY`` / ``ALL_PROXY`` (either
   spelling) names a proxy for the URL's scheme, requests' own choice stands, ``NO_PROXY``
   included. Someone who set them meant them, and this is how the client behaved before.
2. **``NO_PROXY`` is honoured for the PAC too**: a host it names goes direct.
3. **Else the PAC file**: ``FindProxyForURL(url, host)`` decides. ``DIRECT`` means no proxy;
   ``PROXY h:p`` / ``HTTP h:p`` an http proxy, ``HTTPS h:p`` an https one; ``SOCKS`` entries
   only when PySocks is installed (requests needs it for SOCKS; it is not a dependency, so on
   a normal install they are skipped), then as ``socks5h``/``socks4a`` so that the proxy, not
   this PC, resolves the name. The first usable entry is taken, with no fail-over to the next:
   that would mean repeating a request, which the transport never does for a POST. A PAC
   answer with no usable entry goes direct, with one WARNING per origin.
4. **Else** what requests finds on its own (on Windows and macOS that includes the static
   system proxy through urllib's ``getproxies``), or direct.

Where the PAC comes from:

* ``COMPLIANCE_PAC_URL``, when set, replaces the OS lookup (for IT, and for tests): an
  ``https://`` URL, an ``http://`` URL **on a loopback host only**, a ``file://`` URL or a
  local path; ``none`` turns PAC off. Plain http from the network is refused for this override
  because anyone on the path could swap the file and send every request through their proxy.
* Else the OS setting: on Windows the ``AutoConfigURL`` of Internet Settings (Group Policy
  first; pypac's registry reader), on macOS the automatic proxy configuration URL (pypac's
  reader, which needs pyobjc's SystemConfiguration). Linux has no system-wide PAC setting.
  The OS-given URL may be plain http: it is what the browser and every system program on
  this PC already use.
* Never WPAD: looking up ``wpad.<domain>`` in DNS lets whoever answers that name decide the
  proxy (a known attack), so pypac's discovery (``from_dns``) is never used.

Fetching: once per process and source, under a lock (the GUI calls the service from several
worker threads), by a plain GET with no key, no cookies, no proxy, no redirects, at most
:data:`PAC_MAX_BYTES`, giving up after :data:`PAC_TIMEOUT` seconds; https is verified against
the OS store. A PAC that cannot be fetched, parsed or run costs one WARNING (its URL without
user name, password or query) and requests go as if there were none for
:data:`RETRY_AFTER` seconds; then it is tried again.

Evaluating: the PAC sees ``scheme://host[:port]/`` only, never the path or query (browsers do
the same for https: a PAC may call ``dnsResolve`` on anything it is given, which would carry
it out in DNS queries). Answers are cached per origin. dukpy's interpreter is not
thread-safe, so evaluation holds the resolver's lock. A PAC that loops forever would hang
the calling worker: dukpy cannot be interrupted; PAC files are IT's, like the OS setting.

Test seam: :class:`PacResolver` takes its source as a constructor argument (default: the OS
lookup), and the transport gets its resolver from :func:`pac_resolver` alone, which honours
``COMPLIANCE_PAC_URL``.
"""

from __future__ import annotations

import enum
import importlib.util
import logging
import os
import re
import threading
import time
import urllib.request
from collections.abc import Callable
from typing import Any
from urllib.parse import unquote, urlsplit, urlunsplit

import requests

from ..domain.keys import redact
from ..domain.urls import is_loopback_host

LOG = logging.getLogger("compliance_client.service.proxies")

ENV_PAC_URL = "COMPLIANCE_PAC_URL"
PAC_OFF = "none"
PAC_TIMEOUT = 3.0  # seconds for the whole fetch: the first request of the process waits for it
PAC_MAX_BYTES = 1024 * 1024
RETRY_AFTER = 300.0  # seconds a failed PAC is not tried again
_MAX_CACHED_ORIGINS = 256

Proxies = dict[str, str]


class _Os(enum.Enum):
    SETTINGS = "os settings"


#: The default source of :class:`PacResolver`: the operating system's setting.
OS_SETTINGS = _Os.SETTINGS
PacSource = str | _Os | None


class PacUnusable(Exception):
    """The PAC could not be had or used; the message is safe to log (no secrets)."""


def shown(source: str) -> str:
    """A PAC URL as logged: no user name, password, query or fragment."""
    parts = urlsplit(source)
    if not parts.scheme or len(parts.scheme) == 1:  # a path (or a Windows drive letter)
        return source
    host = parts.hostname or ""
    netloc = f"[{host}]" if ":" in host else host
    if parts.port:
        netloc += f":{parts.port}"
    return redact(urlunsplit((parts.scheme, netloc, parts.path, "", "")))


def os_pac_url() -> str | None:
    """The PAC URL (or path) the OS is set to, or None; never WPAD."""
    try:
        from pypac import os_settings  # type: ignore[import-untyped]

        if os_settings.ON_WINDOWS:
            value = os_settings.autoconfig_url_from_registry()
        elif os_settings.ON_DARWIN:
            value = os_settings.autoconfig_url_from_preferences()
        else:
            value = None
    except ImportError:  # macOS without pyobjc's SystemConfiguration: no reader, no PAC
        LOG.debug("No reader for the system's PAC setting on this system")
        return None
    except Exception as exc:  # a reader that fails must never stop a request
        LOG.warning("Could not read the system's proxy auto-config setting (%s)",
                    type(exc).__name__)
        return None
    return value.strip() if isinstance(value, str) and value.strip() else None


def configured_source() -> PacSource:
    """``COMPLIANCE_PAC_URL`` if set (``none``: no PAC), else the OS lookup."""
    value = os.environ.get(ENV_PAC_URL, "").strip()
    if not value:
        return OS_SETTINGS
    return None if value.lower() == PAC_OFF else value


def _socks_usable() -> bool:
    return importlib.util.find_spec("socks") is not None


def _origin(url: str) -> tuple[str, str] | None:
    """(host, what the PAC is given) for ``url``, or None for a URL without a host."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        port = parts.port
    except ValueError:
        return None
    if not host:
        return None
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    return host, f"{parts.scheme.lower()}://{netloc}/"


class PacResolver:
    """Answers "which proxy for this URL" from one PAC source (see the module docstring).

    ``source`` is :data:`OS_SETTINGS` (read when first needed), a URL or path, or None (no
    PAC). ``js`` gives the PAC text itself instead (tests, a PAC already at hand).
    ``trusted_http`` lets a plain-http URL from the network be fetched: only for a URL the
    OS gave. Constructing one does no I/O.
    """

    def __init__(self, source: PacSource = OS_SETTINGS, *, js: str | None = None,
                 timeout: float | None = None, retry_after: float | None = None,
                 trusted_http: bool = False,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.source = source
        self._js = js
        self._timeout = PAC_TIMEOUT if timeout is None else timeout
        self._retry_after = RETRY_AFTER if retry_after is None else retry_after
        self._trusted_http = trusted_http
        self._clock = clock
        self._lock = threading.RLock()
        self._pac: Any = None  # pypac.parser.PACFile once loaded
        self._failed_until: float | None = None
        self._answers: dict[str, Proxies | None] = {}
        self._warned: set[str] = set()
        self._url: str | None = None  # the PAC URL or path last used, for messages

    def __repr__(self) -> str:
        what = ("js" if self._js is not None else "os" if self.source is OS_SETTINGS
                else "off" if self.source is None else shown(str(self.source)))
        return f"<PacResolver {what}>"

    def proxies_for(self, url: str) -> Proxies | None:
        """requests' ``proxies`` for ``url`` by the PAC: ``{}`` for DIRECT, a proxy for both
        schemes, or None when there is no PAC to ask (none set, or it failed)."""
        origin = _origin(url)
        if origin is None:
            return None
        host, pac_url = origin
        with self._lock:
            pac = self._loaded()
            if pac is None:
                return None
            if pac_url in self._answers:
                return self._answers[pac_url]
            try:
                answer = str(pac.find_proxy_for_url(pac_url, host) or "")
            except Exception as exc:  # a PAC's own error must not stop the request
                self._fail(f"its FindProxyForURL failed ({_short(exc)})")
                return None
            proxies = self._choose(answer, pac_url)
            if len(self._answers) >= _MAX_CACHED_ORIGINS:
                self._answers.clear()
            self._answers[pac_url] = proxies
            return proxies

    # -- helpers ---------------------------------------------------------------------------

    def _loaded(self) -> Any:
        """The parsed PAC, loading it if due; None while there is none or it failed."""
        if self._pac is not None:
            return self._pac
        if self._failed_until is not None and self._clock() < self._failed_until:
            return None
        try:
            js = self._js if self._js is not None else self._fetch()
            if js is None:
                self._failed_until = float("inf")  # no PAC set: nothing to retry
                return None
            from pypac.parser import PACFile  # type: ignore[import-untyped]

            self._pac = PACFile(js)
        except PacUnusable as exc:
            self._fail(str(exc))
            return None
        except Exception as exc:  # MalformedPacError, or dukpy's own errors
            self._fail(f"it could not be parsed ({_short(exc)})")
            return None
        self._failed_until = None
        return self._pac

    def _fail(self, why: str) -> None:
        self._pac = None
        self._answers.clear()
        self._failed_until = self._clock() + self._retry_after
        LOG.warning("Proxy auto-config %s is not used for %.0f minutes: %s; requests go "
                    "direct (or through the environment's proxy) meanwhile.",
                    self._name(), self._retry_after / 60, why)

    def _name(self) -> str:
        if self._js is not None:
            return "(given as text)"
        if self._url is not None:
            return shown(self._url)
        return "(from the system settings)"

    def _fetch(self) -> str | None:
        """The PAC text from the source; None when no PAC is set. The OS setting is read
        again on each attempt, so a PAC set or fixed by IT is picked up after a failure."""
        trusted_http = self._trusted_http
        if self.source is None:
            return None
        if self.source is OS_SETTINGS:
            self._url = os_pac_url()
            trusted_http = True  # the URL the whole PC already uses
        else:
            self._url = str(self.source)
        source = self._url
        if source is None:
            return None
        parts = urlsplit(source)
        scheme = parts.scheme.lower()
        if scheme in ("http", "https"):
            if scheme == "http" and not trusted_http and not is_loopback_host(
                    parts.hostname or ""):
                raise PacUnusable("plain http is only allowed from this PC or from the "
                                  "system's own setting")
            return _download(source, self._timeout)
        if scheme == "file":
            path = parts.path
            if re.fullmatch(r"[A-Za-z]:", parts.netloc):  # file://C:/proxy.pac (Windows)
                path = f"/{parts.netloc}{path}"
            return _read_file(urllib.request.url2pathname(unquote(path)))
        if len(scheme) <= 1:  # a local path (C:\\... parses as scheme "c")
            return _read_file(source)
        raise PacUnusable(f"{scheme}: is not a way to get a PAC file")

    def _choose(self, answer: str, pac_url: str) -> Proxies:
        from pypac.parser import parse_pac_value

        socks = _socks_usable()
        for entry in parse_pac_value(answer):
            if entry == "DIRECT":
                return {}
            scheme = entry.split("://", 1)[0]
            if scheme in ("http", "https"):
                return {"http": entry, "https": entry}
            if socks and scheme in ("socks5", "socks4"):
                remote_dns = entry.replace(scheme, "socks5h" if scheme == "socks5"
                                           else "socks4a", 1)
                return {"http": remote_dns, "https": remote_dns}
        if pac_url not in self._warned:
            self._warned.add(pac_url)
            LOG.warning("Proxy auto-config %s named no usable proxy for %s; going direct.",
                        self._name(), pac_url)
        return {}


def _short(exc: BaseException) -> str:
    """An error's first line, key-shaped text cut, at most 200 characters."""
    text = str(exc).strip().splitlines()
    return redact(f"{type(exc).__name__}: {text[0] if text else ''}")[:200]


def _download(url: str, timeout: float) -> str:
    from .transport import TrustAdapter, system_trust_context

    started = time.monotonic()
    with requests.Session() as session:
        session.trust_env = False  # no proxy, no .netrc, no REQUESTS_CA_BUNDLE for the PAC
        adapter = TrustAdapter(system_trust_context(), max_retries=0)
        session.mount("https://", adapter)
        session.mount("http://", adapter)
        try:
            with session.get(url, timeout=(timeout, timeout), allow_redirects=False,
                             stream=True, headers={"Accept": "*/*"}) as response:
                if response.status_code != 200:
                    raise PacUnusable(f"it answered HTTP {response.status_code}")
                body = b""
                for chunk in response.iter_content(65536):
                    body += chunk
                    if len(body) > PAC_MAX_BYTES:
                        raise PacUnusable(f"it is larger than {PAC_MAX_BYTES} bytes")
                    if time.monotonic() - started > timeout:
                        raise PacUnusable(f"it took longer than {timeout:g} seconds")
                return body.decode(response.encoding or "utf-8", errors="replace")
        except requests.RequestException as exc:
            # The class only: requests' messages repeat the URL, query and all.
            raise PacUnusable(f"it could not be fetched ({type(exc).__name__})") from None


def _read_file(path: str) -> str:
    try:
        with open(path, "rb") as f:
            body = f.read(PAC_MAX_BYTES + 1)
    except OSError as exc:
        raise PacUnusable(f"it could not be read ({exc.strerror or type(exc).__name__})"
                          ) from None
    if len(body) > PAC_MAX_BYTES:
        raise PacUnusable(f"it is larger than {PAC_MAX_BYTES} bytes")
    return body.decode("utf-8", errors="replace")


# ---- the process-wide resolver ---------------------------------------------------------------

_resolvers: dict[PacSource, PacResolver] = {}
_resolvers_lock = threading.Lock()


def pac_resolver() -> PacResolver:
    """The process's resolver for the configured source (one per source, so a PAC is
    fetched once per process; ``COMPLIANCE_PAC_URL`` set later gets its own)."""
    source = configured_source()
    with _resolvers_lock:
        resolver = _resolvers.get(source)
        if resolver is None:
            resolver = _resolvers[source] = PacResolver(source)
        return resolver


def env_proxy_applies(url: str) -> bool:
    """True when an environment variable names a proxy for ``url``'s scheme (NO_PROXY aside:
    requests applies it to these)."""
    env = urllib.request.getproxies_environment()
    scheme = urlsplit(url).scheme.lower()
    return bool(env.get(scheme) or env.get("all"))


def no_proxy_names(url: str) -> bool:
    """True when NO_PROXY (either spelling) names ``url``'s host; no DNS is asked."""
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        port = parts.port
    except ValueError:
        return False
    if not host:
        return False
    target = f"{host}:{port}" if port else host
    # Not in typeshed, but public and documented since Python 2 (urllib.request).
    return bool(urllib.request.proxy_bypass_environment(target))  # type: ignore[attr-defined]


def choose_proxies(url: str, from_requests: Proxies, resolver: PacResolver | None) -> Proxies:
    """The proxies for a non-loopback ``url``: the environment's if they apply, else the
    PAC's, else ``from_requests`` (what requests found itself). See the module docstring."""
    if resolver is None or env_proxy_applies(url) or no_proxy_names(url):
        return from_requests
    from_pac = resolver.proxies_for(url)
    return from_requests if from_pac is None else from_pac
