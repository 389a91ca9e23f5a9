"""Which server and token the scripting commands use (ARCHITECTURE §5), and their error handling.

Order: ``--url``/``--token``, then ``COMPLIANCE_URL``/``COMPLIANCE_TOKEN``, then the active
profile and its token in the vault, then (for the URL only) the managed ``ServerUrl``.

The active profile is always the *effective* one (DESIGN §13): the managed settings IT set
for this PC (:mod:`compliance_client.profile.managed`) merged over the saved profile by
:func:`effective_profile`, the one place every command gets it from. A locked server URL or
language wins over the profile's, an unlocked one fills in only what the profile lacks, and a
managed CA bundle applies to every connection. Problems in the managed settings are printed
once per run as warnings on stderr (:func:`managed_settings`), never with a secret.

``--token`` works but shows the key to anyone who can list processes; the environment or the
profile is safer.

The profile's token is sent only to the profile's own server: with a different ``--url`` the
token must be given too, so a typo'd or hostile URL never receives the saved key.

Every request is signed with this PC's device key when the keyring holds one (DESIGN §9,
ARCHITECTURE §10), whatever token or server is used: a disabled PC is refused, and a token
bound to this PC works only here. The key is read only when a command talks to a server.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..domain.errors import ComplianceError
from ..domain.keys import KEY_PROBLEM_TEXT, key_format_problem
from .common import CliError

if TYPE_CHECKING:
    from ..domain.dpop import DeviceKey
    from ..profile.managed import ManagedSettings
    from ..profile.profiles import Profile
    from ..service.client import TokenServerClient

ENV_URL = "COMPLIANCE_URL"
ENV_TOKEN = "COMPLIANCE_TOKEN"


@dataclass(frozen=True)
class Connection:
    url: str
    token: str = field(repr=False)
    ca_bundle: str | None = None
    profile_name: str | None = None  # set when the URL is the active profile's
    profile: Any = field(default=None, repr=False)
    #: What signs the requests (set by :func:`open_client`); None: unsigned.
    device_key: DeviceKey | None = field(default=None, repr=False)
    #: Why the keyring could not be read for the device key, or None (read, or not tried).
    keyring_problem: str | None = None
    #: Whether ``token`` is the one kept in the keyring for ``profile_name`` (not --token or
    #: the environment): what ``tokens rotate-self`` must replace there.
    token_from_profile: bool = False


@dataclass(frozen=True)
class LocalKey:
    """This PC's device key as the keyring gave it: ``key`` (None when there is none or it
    could not be read) and, when it could not be read, the vault's ``problem``:
    ``"unavailable"`` (no usable keyring) or another vault error code, with its message."""

    key: DeviceKey | None = field(default=None, repr=False)
    problem: str | None = None
    message: str = ""

    @property
    def thumbprint(self) -> str | None:
        return self.key.thumbprint if self.key is not None else None


def add_connection_options(parser: argparse.ArgumentParser, *, nested: bool = False,
                           token: bool = True) -> None:
    """``--url``/``--token`` on a group parser, and again (``nested``) on its actions;
    ``--url`` only, without ``token``, on an action that sends none.

    The actions' copies default to SUPPRESS so that ``tokens --url X list`` is not undone by
    the ``list`` parser's own default (an argparse quirk).
    """
    default = argparse.SUPPRESS if nested else None
    group = parser.add_argument_group("server")
    group.add_argument("--url", metavar="URL", default=default,
                       help=f"token server URL (default: ${ENV_URL}, else the active profile)")
    if not token:
        return
    group.add_argument("--token", metavar="KEY", default=default,
                       help=f"API token (default: ${ENV_TOKEN}, else the active profile's; "
                            "safer than this option, which other users can see in the "
                            "process list)")


def _same_url(a: str, b: str) -> bool:
    return a.rstrip("/").lower() == b.rstrip("/").lower()


_MANAGED: list[ManagedSettings] = []  # read once per run (a process is one command)


def managed_settings() -> ManagedSettings:
    """The managed settings in force, read once per run; their problems (values IT set that
    do not validate and are ignored) are printed here once as warnings on stderr. They never
    hold a secret: the reader keeps the enrollment code out of every problem."""
    if not _MANAGED:
        from ..profile.managed import read_managed

        settings = read_managed(log=False)
        for problem in settings.problems:
            warn(f"managed settings ({settings.origin or 'unknown origin'}): {problem}")
        _MANAGED.append(settings)
    return _MANAGED[0]


def effective_profile(profile: Profile | None) -> Profile | None:
    """``profile`` as it takes effect, the managed settings merged over it (None stays
    None)."""
    return managed_settings().apply(profile) if profile is not None else None


def _active_profile() -> Any:
    """The effective active profile, or None when there is none (or the profile code is
    absent)."""
    try:
        from ..profile import ProfileStore
    except ImportError:
        return None
    return effective_profile(ProfileStore().load().active)


def _vault_token(profile_name: str) -> str | None:
    try:
        from ..profile import Vault
    except ImportError:
        return None
    return Vault().get_token(profile_name)


def _server(args: argparse.Namespace, *, need_profile: bool) -> tuple[str, Any]:
    """The URL to use and the active profile when that URL is the profile's, else None."""
    url = getattr(args, "url", None) or os.environ.get(ENV_URL) or None
    profile = _active_profile() if url is None or need_profile else None
    if url is None:
        url = (profile.url if profile is not None and profile.url
               else managed_settings().server_url)
        if not url:
            raise CliError(f"no server: give --url, set {ENV_URL}, or set up a profile "
                           "(compliance-client profile set --url URL)", code="no_server")
    server_profile = (profile if profile is not None and profile.url
                      and _same_url(url, profile.url) else None)
    return url, server_profile


def _ca_bundle(server_profile: Any) -> str | None:
    """The CA bundle of a connection: the (effective) profile's with the profile's URL, else
    the managed one, which IT set for every server this PC talks to (it only adds trust)."""
    if server_profile is not None and server_profile.ca_bundle:
        return str(server_profile.ca_bundle)
    return managed_settings().ca_bundle


def resolve_server(args: argparse.Namespace) -> Connection:
    """The URL and CA bundle, without a token: for the operations that need none
    (``tokens revoke-leaked``). The profile's CA bundle comes with the profile's URL."""
    url, server_profile = _server(args, need_profile=True)
    return Connection(
        url=url, token="", ca_bundle=_ca_bundle(server_profile),
        profile_name=server_profile.name if server_profile else None,
        profile=server_profile)


def unauthenticated_client(conn: Connection) -> TokenServerClient:
    """A client that sends no token and no device proof (:func:`resolve_server`)."""
    from ..service.client import TokenServerClient

    allow_http = bool(getattr(conn.profile, "allow_insecure_http", False))
    return TokenServerClient(conn.url, None, ca_bundle=conn.ca_bundle,
                             allow_insecure_http=allow_http)


def resolve_connection(args: argparse.Namespace) -> Connection:
    """The URL, token and CA bundle to use, or a CliError saying what is missing."""
    token = args.token or os.environ.get(ENV_TOKEN) or None
    url, server_profile = _server(args, need_profile=token is None)
    from_profile = token is None
    if token is None:
        if server_profile is None:
            raise CliError(f"no API token for {url}: give --token or set {ENV_TOKEN} (the "
                           "active profile's token is only sent to the profile's server)",
                           code="no_token")
        token = _vault_token(server_profile.name)
        if not token:
            raise CliError(f"no API token: profile \u201c{server_profile.name}\u201d has none "
                           f"saved; set {ENV_TOKEN} or save one with compliance-client "
                           "profile set --token-stdin", code="no_token")
    problem = key_format_problem(token)
    if problem is not None:
        raise CliError(KEY_PROBLEM_TEXT[problem], code=problem)
    return Connection(
        url=url, token=token, ca_bundle=_ca_bundle(server_profile),
        profile_name=server_profile.name if server_profile else None,
        profile=server_profile, token_from_profile=from_profile)


def warn(message: str) -> None:
    """One warning line on standard error (the command goes on)."""
    from .common import shown

    print(f"compliance-client: warning: {shown(message)}", file=sys.stderr)


def read_device_key(device_id: str) -> LocalKey:
    """This PC's device key from the keyring, or what kept it from being read. Never raises
    for a keyring problem: a command that cannot sign still runs unsigned, and the server
    says so if the token needs a proof."""
    from ..profile import VaultError, VaultUnavailable, load_device_key
    from ..profile.vault import Vault

    try:
        return LocalKey(load_device_key(Vault(), device_id))
    except VaultUnavailable as exc:
        return LocalKey(problem="unavailable", message=str(exc))
    except VaultError as exc:
        return LocalKey(problem=str(exc.code), message=str(exc))


def _signing_key() -> tuple[DeviceKey | None, str | None]:
    """The key to sign with and, when the keyring failed, its problem code. Servers and CI
    run the CLI without a keyring: that is silent. A keyring that is there but locked or
    failing is worth one line, because a bound token will be refused for it."""
    from ..profile import DeviceIdError, device_id

    try:
        this_device = device_id()
    except DeviceIdError as exc:
        warn(f"{exc} Requests are sent without this PC's device proof.")
        return None, exc.code
    local = read_device_key(this_device)
    if local.problem is not None and local.problem != "unavailable":
        warn(f"{local.message} Requests are sent without this PC's device proof.")
    return local.key, local.problem


def open_client(args: argparse.Namespace, *, sign: bool = True,
                device_key: DeviceKey | None = None, conn: Connection | None = None
                ) -> tuple[TokenServerClient, Connection]:
    """A client for ``conn`` (default: the resolved connection; requests is imported only
    now), signing with ``device_key``, else with this PC's key from the keyring unless
    ``sign`` is False."""
    conn = resolve_connection(args) if conn is None else conn
    problem = None
    if device_key is None and sign:
        device_key, problem = _signing_key()
    conn = dataclasses.replace(conn, device_key=device_key, keyring_problem=problem)
    from ..service.client import TokenServerClient

    allow_http = bool(getattr(conn.profile, "allow_insecure_http", False))
    return TokenServerClient(conn.url, conn.token, ca_bundle=conn.ca_bundle,
                             allow_insecure_http=allow_http, device_key=device_key), conn


def reports_errors(handler: Callable[[argparse.Namespace], int]
                   ) -> Callable[[argparse.Namespace], int]:
    """Turn the product's errors into CliErrors (exit status 1) that keep their data."""

    @functools.wraps(handler)
    def wrapper(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except ComplianceError as exc:
            raise CliError.from_error(exc) from None

    return wrapper
