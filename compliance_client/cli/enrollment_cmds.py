"""Enrollment on the command line (DESIGN §13): ``enrollments create`` for an administrator,
``profile enroll`` on the PC that joins.

``enrollments create`` takes the options of ``tokens add`` (built by the same functions in
tokens_cmds.py) as the template of the tokens to come, and prints the code once. ``profile
enroll --code-stdin`` reads that code from standard input, never from the command line, and
runs the one enroll flow (:func:`compliance_client.profile.enrollment.enroll`, also the
GUI's): the code is checked offline, this PC's device key made in the keyring, the code
redeemed, and the new token's key goes straight into the keyring. The key is never printed,
whatever happens; if the keyring fails to take it, the token is named by its ID and key prefix
so that an administrator can delete it.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from ..domain.errors import ComplianceError
from ..domain.lifecycle import MAX_GRACE_SECONDS, parse_duration
from .common import CliError, print_json, shown
from .connection import (
    add_connection_options,
    effective_profile,
    managed_settings,
    open_client,
    reports_errors,
)
from .tokens_cmds import (
    OPTION_OF_FIELD,
    add_field_options,
    fill_default_expiry,
    new_token_fields,
    until_text,
    with_option_names,
)

if TYPE_CHECKING:
    from ..domain.records import Enrollment
    from ..profile.profiles import Profile

#: ``--expires-in``: from one minute to seven days (the contract's 60..604800 seconds).
MIN_CODE_SECONDS, MAX_CODE_SECONDS = 60, MAX_GRACE_SECONDS
DEFAULT_CODE_SECONDS = 24 * 3600
MAX_USES = 1000
_DURATION_FORMS = "90s, 30m, 24h or 7d"
#: A field of the request named by the option that sets it (a template's fields too).
OPTION_OF_ENROLLMENT_FIELD = {
    **OPTION_OF_FIELD, **{f"template.{k}": v for k, v in OPTION_OF_FIELD.items()},
    "expires_in_seconds": "--expires-in", "uses": "--uses"}
ENROLL_HINT = ("give --url URL, the token server your administrator named (or ask them to "
               "set ServerUrl in the managed settings)")


# ---- enrollments create ----------------------------------------------------------------------


def code_lifetime(text: str) -> int:
    """``--expires-in``: a duration from 60 seconds to 7 days, in seconds."""
    try:
        seconds = parse_duration(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a duration; write it as {_DURATION_FORMS} (from 60 seconds to "
            "7 days)") from None
    if not MIN_CODE_SECONDS <= seconds <= MAX_CODE_SECONDS:
        raise argparse.ArgumentTypeError(
            f"{text!r} is outside 60 seconds to 7 days, how long a code may be valid")
    return seconds


def use_count(text: str) -> int:
    """``--uses``: how many PCs may enroll with one code, 1 to 1,000."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"--uses is a number, not {text!r}") from None
    if not 1 <= value <= MAX_USES:
        raise argparse.ArgumentTypeError(f"--uses is from 1 to {MAX_USES}, not {value}")
    return value


@reports_errors
def cmd_create(args: argparse.Namespace) -> int:
    from ..service.client import new_token_body

    fields = new_token_fields(args)
    client, _ = open_client(args)
    with client:
        default = fill_default_expiry(client, fields)
        try:
            created = client.create_enrollment(new_token_body(**fields),
                                               expires_in_seconds=args.expires_in,
                                               uses=args.uses)
        except ComplianceError as exc:
            raise with_option_names(exc, OPTION_OF_ENROLLMENT_FIELD) from None
        url = client.base_url
    if args.json:
        print_json(created.to_json())
    else:
        uses = created.uses_left
        until = until_text(created.expires_at) if created.expires_at is not None else "-"
        print(f"Enrollment code (shown once): {created.code}")
        print(f"Valid until {until} for {uses} enrollment{'s' if uses != 1 else ''}.")
        print(f"On each PC: compliance-client profile enroll --code-stdin --url {url}")
    if default is not None:
        default.note()
    return 0


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = subparsers.add_parser(
        "enrollments", help="create enrollment codes for PCs to join (admin)",
        description="Enrollment codes let PCs join without anyone pasting an API token: each "
                    "PC that redeems a code (compliance-client profile enroll) gets a new "
                    "token of its own, made from the code's template and bound to that PC. "
                    "The server and the token to use come from --url and --token, else "
                    "$COMPLIANCE_URL and $COMPLIANCE_TOKEN, else the active profile.")
    add_connection_options(group)
    sub = group.add_subparsers(dest="enrollments_command", metavar="ACTION", required=True)
    p = sub.add_parser(
        "create", help="create an enrollment code and print it once",
        description="Create an enrollment code and print it once: the server keeps only its "
                    "hash. The token options are those of tokens add and make the template "
                    "of every token the code creates; each is bound to the PC that redeems "
                    "the code. The code works --uses times, until --expires-in has passed.")
    add_field_options(p, editing=False, devices=False,
                      json_help="print {id, code, expires_at, uses_left} as JSON")
    p.add_argument("--uses", type=use_count, default=1, metavar="N",
                   help=f"how many PCs may enroll with the code, 1 to {MAX_USES}; default 1")
    p.add_argument("--expires-in", type=code_lifetime, default=DEFAULT_CODE_SECONDS,
                   metavar="DURATION",
                   help=f"how long the code works: {_DURATION_FORMS} (s, m, h or d; from "
                        "60 seconds to 7 days); default 24h")
    p.set_defaults(func=cmd_create)
    add_connection_options(p, nested=True)


# ---- profile enroll --------------------------------------------------------------------------


def _read_code() -> str:
    """The code from standard input, trimmed; without echo when it is a terminal."""
    stream = sys.stdin
    if stream is None:
        raise CliError("--code-stdin needs a standard input to read the code from")
    if stream.isatty():
        import getpass

        return getpass.getpass("Enrollment code: ").strip()
    return stream.read().strip()


def _enroll_url(args: argparse.Namespace, profile: Profile | None) -> str:
    """``--url``, else the managed ServerUrl, else the active profile's (DESIGN §13)."""
    from ..domain.errors import ValidationError
    from ..profile.enrollment import check_url
    from .profile_cmds import locked_refusal

    managed = managed_settings()
    url = args.url or managed.server_url or (profile.url if profile is not None else "")
    if not url:
        raise CliError(f"no server to enroll with: {ENROLL_HINT}", 2, code="no_server")
    try:
        url = check_url(url)
    except ValidationError as exc:
        raise CliError.from_error(exc, " ".join(p.message for p in exc.problems),
                                  options={"url": "--url"}) from None
    if managed.locked("url") and managed.server_url != url:
        raise locked_refusal("url")
    return url


def _ca_bundle(url: str, profile: Profile | None) -> str | None:
    """The managed CA bundle, else the active profile's when it is for this server."""
    managed = managed_settings().ca_bundle
    if managed:
        return managed
    if profile is not None and profile.url == url and profile.ca_bundle:
        return str(profile.ca_bundle)
    return None


def _not_stored(enrollment: Enrollment, url: str, why: str) -> CliError:
    token = enrollment.issued.token
    return CliError(
        f"The server at {url} created API token {token.id} (key prefix {token.key_prefix}) "
        f"for this PC, but it could not be stored: {why} The key is not shown anywhere. Ask "
        f"an administrator to delete token {token.id} (compliance-client tokens delete "
        f"{token.id}) and to give you a new enrollment code, then enroll again.",
        code="token_not_stored",
        params={"token_id": token.id, "key_prefix": token.key_prefix})


def _refusal(exc: ComplianceError, url: str, device: str) -> CliError:
    """The clear sentence for what the server or the keyring refused."""
    from ..profile.vault import VaultError
    from ..service.errors import DeviceDisabled, DeviceKeyMismatch

    if isinstance(exc, VaultError):
        return CliError.from_error(exc, f"{exc} Nothing was sent to the server: this PC "
                                        "needs a working keyring to enroll.")
    if isinstance(exc, DeviceKeyMismatch):
        return CliError.from_error(
            exc, f"The server at {url} knows this PC's device ID {device} with another device "
                 "key than the one in this PC's keyring, so this PC was not enrolled. An "
                 f"administrator deletes the device ID on the server (compliance-client "
                 f"device delete {device}); then enroll again.")
    if isinstance(exc, DeviceDisabled):
        return CliError.from_error(
            exc, f"This PC's device ID {device} is disabled on the server at {url}, so it "
                 "cannot be enrolled. An administrator can enable it from another PC: "
                 f"compliance-client device enable {device}")
    return CliError.from_error(exc)


@reports_errors
def cmd_enroll(args: argparse.Namespace) -> int:
    from filelock import Timeout

    from ..domain.errors import ValidationError
    from ..profile import DeviceIdError, ProfileStore, Vault, device_id
    from ..profile.enrollment import check_code, enroll
    from ..profile.store import ProfileError
    from ..service.client import TokenServerClient
    from .profile_cmds import _load

    if args.code is not None:
        raise CliError("an enrollment code is not taken on the command line, where other "
                       "users can see it in the process list; pipe it in: "
                       "compliance-client profile enroll --code-stdin", 2)
    if not args.code_stdin:
        raise CliError("give --code-stdin and pipe the enrollment code in, e.g. "
                       "`printenv CODE | compliance-client profile enroll --code-stdin`", 2)
    store = ProfileStore()
    profile = effective_profile(_load(store).active)
    url = _enroll_url(args, profile)  # checked before the code is typed
    try:
        code = check_code(_read_code())
    except ValidationError as exc:
        raise CliError.from_error(exc, " ".join(p.message for p in exc.problems)
                                  + " Nothing was sent to the server.") from None
    try:
        this_pc = device_id()
    except DeviceIdError as exc:
        raise CliError.from_error(exc) from None
    redeemed: list[Enrollment] = []
    # The user's "plain http:// to another host is fine" holds for their own profile's server.
    allow_http = profile is not None and profile.url == url and profile.allow_insecure_http

    def redeem(code: str, device: str, host: str, profile_name: str,
               public_jwk: Any) -> str:
        with TokenServerClient(url, None, ca_bundle=_ca_bundle(url, profile),
                               allow_insecure_http=allow_http) as client:
            enrollment = client.redeem_enrollment(code, device_id=device, hostname=host,
                                                  profile_name=profile_name,
                                                  public_key=public_jwk)
        redeemed.append(enrollment)
        return enrollment.issued.key

    try:
        result = enroll(store, Vault(), url=url, code=code, redeem=redeem,
                        profile_name=args.name, managed=managed_settings(),
                        load=lambda: _load(store))
    except ProfileError as exc:
        if redeemed:
            raise _not_stored(redeemed[0], url, f"{exc}") from None
        raise CliError.from_error(exc) from None
    except ValidationError as exc:  # the name given (checked before the code is sent)
        raise CliError.from_error(exc, " ".join(p.message for p in exc.problems),
                                  options={"name": "--name"}) from None
    except ComplianceError as exc:
        raise _refusal(exc, url, this_pc) from None
    except Timeout:
        raise CliError("another compliance-client is making this PC's device key; try again "
                       "in a moment", code="device_key_busy") from None
    enrollment = redeemed[0]
    if result.token_error is not None:
        raise _not_stored(enrollment, url, result.token_error.message)
    assert result.profile is not None
    token = enrollment.issued.token
    if args.json:
        print_json({"profile": result.profile.name, "url": url,
                    "device_id": enrollment.device.device_id, "token_id": token.id,
                    "key_prefix": token.key_prefix,
                    "organization_id": token.organization_id})
    else:
        print(f"This PC is enrolled with {url} as device "
              f"{shown(enrollment.device.device_id)}; its API token is stored in the system "
              "keyring.")
        print(f"Profile \u201c{shown(result.profile.name)}\u201d saved (API token "
              f"{token.id}, key prefix {token.key_prefix}).")
    return 0


def register_enroll(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``profile enroll``, registered under ``profile`` by profile_cmds.py."""
    p = actions.add_parser(
        "enroll", help="enroll this PC with an enrollment code from your administrator",
        description="Enroll this PC with an enrollment code: the server makes an API token "
                    "bound to this PC and it goes straight into the system keyring, never "
                    "shown. The code is read from standard input, e.g. `printenv CODE | "
                    "compliance-client profile enroll --code-stdin`, or asked for without "
                    "echo on a terminal. The server is --url, else the one your organization "
                    "set, else the active profile's. The profile enrolled is --name, else the "
                    "active one, else a new one, and becomes the active profile.")
    p.add_argument("--code-stdin", action="store_true",
                   help="read the enrollment code from standard input")
    p.add_argument("--code", metavar="CODE", help=argparse.SUPPRESS)
    p.add_argument("--url", metavar="URL",
                   help="token server URL (default: the one your organization set, else the "
                        "active profile's)")
    p.add_argument("--name", metavar="N",
                   help="the profile to enroll (made when there is none of that name)")
    p.add_argument("--json", action="store_true",
                   help="print {profile, url, device_id, token_id, key_prefix, "
                        "organization_id} as JSON (never the key)")
    p.set_defaults(func=cmd_enroll)
