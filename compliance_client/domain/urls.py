"""The rule for a profile's server URL.

Pure: no I/O, no name resolution. The profile dialog, ``profile set --url`` and the stored
profile all check a URL with :func:`validate_server_url`, so they cannot disagree.

Plain ``http://`` is accepted only for this PC's own addresses (``localhost``, 127.0.0.0/8,
``::1``): anything else would send the API token across a network in clear (ARCHITECTURE §9).
:func:`is_loopback_host` is the one rule for "this PC": the transport uses it too, both for
plain http:// and for never sending a request to this PC through a proxy (ARCHITECTURE §7).
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from .errors import FieldProblem
from .keys import whole_key_prefix

FIELD = "url"
MAX_URL_LENGTH = 2000


def is_loopback_host(host: str) -> bool:
    """True when ``host`` (a URL's host, brackets allowed) is this PC without any lookup.

    The rule (ARCHITECTURE §7), decided once for the dialog, the CLI and the transport:

    * the name ``localhost``, in any ASCII case, exactly: resolvers and browsers pin it to
      the loopback interface;
    * IP literals in 127.0.0.0/8, ``::1`` (any spelling, a zone index ignored) and
      IPv4-mapped loopback (``::ffff:127.0.0.1``).

    Everything else is *not* local, in particular ``localhost.`` (a trailing dot makes it a
    fully qualified name that goes to the resolver, so a DNS server or a hosts file decides
    where it points) and ``*.localhost`` (RFC 6761 only recommends that resolvers answer
    loopback for them; many don't). Short or numeric IPv4 forms such as ``127.1`` or
    ``2130706433`` are not literals here either. Pure: no name resolution, ever.
    """
    bracketed = host.startswith("[") and host.endswith("]")
    if bracketed:
        host = host[1:-1]
    if not host or not host.isascii():
        return False
    if host.lower() == "localhost":
        return not bracketed  # brackets hold an IPv6 literal, never a name
    try:
        address = ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    if bracketed and not isinstance(address, ipaddress.IPv6Address):
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def _problem(code: str, message: str) -> FieldProblem:
    # The URL is not echoed: it may hold something pasted by mistake (a key, a password).
    return FieldProblem(FIELD, code, message)


def validate_server_url(text: str, *, allow_insecure_http: bool = False) -> FieldProblem | None:
    """None when ``text`` is a usable server base URL, else what to fix.

    ``allow_insecure_http`` is the explicit "the user says otherwise" override for plain
    http:// to another host; nothing in the product sets it by default.
    """
    text = text.strip()
    if not text:
        return _problem("url_empty", "Enter the server URL, for example https://compliance.example.com.")
    if len(text) > MAX_URL_LENGTH:
        return _problem("url_too_long", f"A server URL is at most {MAX_URL_LENGTH} characters.")
    if whole_key_prefix(text) is not None:
        return _problem("url_holds_key",
                        "This looks like an API token. Put the token in the token field, "
                        "not in the server URL.")
    if any(c.isspace() for c in text):
        return _problem("url_spaces", "A server URL cannot contain spaces.")
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not text.lower().startswith(f"{scheme}://"):
        return _problem("url_scheme", "The server URL must start with https:// (or http:// "
                                      "for a server on this computer).")
    if parts.username is not None or parts.password is not None:
        return _problem("url_credentials", "Leave the user name and password out of the "
                                           "server URL; the API token is entered separately.")
    host = parts.hostname
    if not host:
        return _problem("url_host", "The server URL needs a host name, for example "
                                    "https://compliance.example.com.")
    try:
        port = parts.port  # raises ValueError for a port out of range or not a number
    except ValueError:
        port = 0
    if port == 0:
        return _problem("url_port", "The port in the server URL must be a number from 1 to 65535.")
    if parts.query or parts.fragment or text.endswith(("?", "#")):
        return _problem("url_query", "The server URL cannot hold a query (?…) or a fragment (#…).")
    if scheme == "http" and not allow_insecure_http and not is_loopback_host(host):
        return _problem("url_insecure", "Use https:// for a server on another computer: plain "
                                        "http:// would send the API token in clear. http:// is "
                                        "allowed only for this computer (localhost, 127.0.0.1, "
                                        "::1).")
    return None


def normalize_server_url(text: str) -> str:
    """The form a valid URL is stored in: trimmed, scheme and host lower case, no trailing /."""
    text = text.strip()
    parts = urlsplit(text)
    netloc = parts.netloc
    if "@" not in netloc:
        netloc = netloc.lower()
    path = parts.path.rstrip("/")
    return f"{parts.scheme.lower()}://{netloc}{path}"
