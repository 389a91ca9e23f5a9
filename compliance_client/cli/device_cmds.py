"""``compliance-client device id/register/status/disable/enable`` (ARCHITECTURE §5): this PC
and its device ID on the server.

The device ID comes from compliance_client.profile.device (derived from the OS machine
identifier, never the raw one).
"""

from __future__ import annotations

import argparse
import sys

from ..domain.errors import ComplianceError
from ..domain.records import Device
from ..domain.tokens import format_instant
from .common import CliError, confirm, print_json, print_table, shown
from .connection import Connection, add_connection_options, open_client, reports_errors


def _this_device() -> tuple[str, str]:
    """(device ID, host name) of this PC."""
    from ..profile.device import device_id, hostname

    return device_id(), hostname()


def _not_registered(exc: ComplianceError, device: str, url: str) -> CliError:
    return CliError.from_error(
        exc, f"this PC (device ID {device}) is not registered with the server at {url}; "
             "run: compliance-client device register")


def _print_device(device: Device) -> None:
    print_table(("field", "value"), [
        ("device ID", device.device_id),
        ("organization ID", device.organization_id),
        ("host name", device.hostname or "-"),
        ("status", device.status),
        ("registered", format_instant(device.registered_at) or "-"),
        ("disabled", format_instant(device.disabled_at) or "-"),
        ("last seen", format_instant(device.last_seen_at) or "-"),
    ])


def _remember_registration(conn: Connection) -> None:
    """Mark the profile as registered; the server has the device whatever happens here."""
    if conn.profile is None or getattr(conn.profile, "device_registered", True):
        return
    from ..profile import ProfileStore, mark_device_registered

    try:
        mark_device_registered(ProfileStore(), conn.profile.name, conn.profile.url)
    except ComplianceError as exc:
        print(f"compliance-client: warning: registered, but the profile was not updated: {exc}",
              file=sys.stderr)


@reports_errors
def cmd_id(args: argparse.Namespace) -> int:
    device, _host = _this_device()
    if args.json:
        print_json({"device_id": device})
    else:
        print(device)
    return 0


@reports_errors
def cmd_register(args: argparse.Namespace) -> int:
    device, host = _this_device()
    client, conn = open_client(args)
    with client:
        registered = client.register_device(device, host, conn.profile_name or "")
    _remember_registration(conn)
    if args.json:
        print_json(registered.to_json())
    else:
        print(f"Device ID {shown(registered.device_id)} registered with {client.base_url} "
              f"(organization {shown(registered.organization_id)}, "
              f"status {shown(registered.status)}).")
    return 0


@reports_errors
def cmd_status(args: argparse.Namespace) -> int:
    from ..service.errors import NotFound

    device, _host = _this_device()
    client, _conn = open_client(args)
    with client:
        try:
            found = client.get_device(device)
        except NotFound as exc:
            raise _not_registered(exc, device, client.base_url) from None
    if args.json:
        print_json(found.to_json())
    else:
        _print_device(found)
    return 0


@reports_errors
def cmd_disable(args: argparse.Namespace) -> int:
    from ..service.errors import NotFound

    device, _host = _this_device()
    client, _conn = open_client(args)
    with client:
        if not confirm(f"Disable this PC's device ID {device} on {client.base_url}? "
                       "Only an administrator can enable it again.", yes=args.yes):
            raise CliError("cancelled: the device ID was not disabled", code="cancelled")
        try:
            disabled = client.disable_device(device)
        except NotFound as exc:
            raise _not_registered(exc, device, client.base_url) from None
    if args.json:
        print_json(disabled.to_json())
    else:
        print(f"Device ID {shown(disabled.device_id)} is disabled.")
    return 0


@reports_errors
def cmd_enable(args: argparse.Namespace) -> int:
    """Enable a device ID again: an administrator's act, for any device of the token's
    organization (this PC's or another's), so it takes the ID rather than reading this PC's."""
    from ..domain.device_identity import is_device_id
    from ..service.errors import NotFound

    device = args.device_id.strip()
    if not is_device_id(device):
        raise CliError(f"{shown(device)} is not a device ID (like "
                       "0f0e0d0c-0b0a-0908-0706-050403020100); see: compliance-client device id",
                       code="invalid_device_id")
    client, _conn = open_client(args)
    with client:
        try:
            enabled = client.enable_device(device)
        except NotFound:
            raise CliError(f"the server at {client.base_url} has no device {device} in this "
                           "token's organization", code="not_found") from None
    if args.json:
        print_json(enabled.to_json())
    else:
        print(f"Device ID {shown(enabled.device_id)} is enabled.")
    return 0


def _add_json(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument("--json", action="store_true", help=f"print {what} as JSON")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = subparsers.add_parser(
        "device", help="this PC's device ID and its state on the server",
        description="This PC's device ID and its state on the server. The server and the "
                    "token to use come from --url and --token, else $COMPLIANCE_URL and "
                    "$COMPLIANCE_TOKEN, else the active profile.")
    add_connection_options(group)
    sub = group.add_subparsers(dest="device_command", metavar="ACTION", required=True)

    p = sub.add_parser("id", help="print this PC's device ID",
                       description="Print this PC's device ID. It is derived from the "
                                   "operating system's machine ID (never the raw one) and "
                                   "needs no server.")
    _add_json(p, "{device_id}")
    p.set_defaults(func=cmd_id)

    p = sub.add_parser("register", help="register this PC's device ID with the server",
                       description="Register this PC's device ID with the server, in the "
                                   "organization of the token used. Registering again "
                                   "changes nothing, and does not enable a disabled device "
                                   "ID.")
    _add_json(p, "the device")
    p.set_defaults(func=cmd_register)
    add_connection_options(p, nested=True)

    p = sub.add_parser("status", help="show the state of this PC's device ID on the server",
                       description="Show the state of this PC's device ID on the server: "
                                   "active or disabled, when it was registered and last "
                                   "seen.")
    _add_json(p, "the device")
    p.set_defaults(func=cmd_status)
    add_connection_options(p, nested=True)

    p = sub.add_parser("disable", help="disable this PC's device ID on the server",
                       description="Disable this PC's device ID on the server. Only an "
                                   "administrator can enable it again.")
    p.add_argument("--yes", action="store_true",
                   help="do not ask for confirmation (needed when standard input is not a "
                        "terminal)")
    _add_json(p, "the device")
    p.set_defaults(func=cmd_disable)
    add_connection_options(p, nested=True)

    p = sub.add_parser("enable", help="enable a disabled device ID again (administrators)",
                       description="Enable a disabled device ID again, so the server accepts "
                                   "that PC. Needs a token that may use devices.enable; the "
                                   "device must belong to the token's organization.")
    p.add_argument("device_id", metavar="ID",
                   help="the device ID to enable (as `compliance-client device id` prints it "
                        "on that PC)")
    _add_json(p, "the device")
    p.set_defaults(func=cmd_enable)
    add_connection_options(p, nested=True)
