"""``compliance-client device id/register/status/disable/enable/delete`` (ARCHITECTURE §5): this
PC and its device ID on the server.

The device ID comes from compliance_client.profile.device (derived from the OS machine
identifier, never the raw one). ``register`` also makes this PC's device key (DESIGN §9) when
the keyring has none and sends its public half; from then on every command signs its requests
with it (cli/connection.py), so disabling this PC's device ID stops this PC.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from ..domain.errors import ComplianceError
from ..domain.records import Device
from ..domain.tokens import format_instant
from .common import CliError, confirm, print_json, print_table, shown
from .connection import (
    Connection,
    add_connection_options,
    open_client,
    reports_errors,
    resolve_connection,
    warn,
)

if TYPE_CHECKING:
    from ..domain.dpop import DeviceKey


def _this_device() -> tuple[str, str]:
    """(device ID, host name) of this PC."""
    from ..profile.device import device_id, hostname

    return device_id(), hostname()


def _device_argument(text: str) -> str:
    """A device ID typed by a person, checked before anything is sent."""
    from ..domain.device_identity import is_device_id

    device = text.strip()
    if not is_device_id(device):
        raise CliError(f"{shown(device)} is not a device ID (like "
                       "0f0e0d0c-0b0a-0908-0706-050403020100); see: compliance-client device id",
                       code="invalid_device_id")
    return device


def _not_registered(exc: ComplianceError, device: str, url: str) -> CliError:
    return CliError.from_error(
        exc, f"this PC (device ID {device}) is not registered with the server at {url}; "
             "run: compliance-client device register")


def _no_such_device(exc: ComplianceError, device: str, url: str,
                    organization_id: str | None) -> CliError:
    where = (f"organization {shown(organization_id)}" if organization_id
             else "this token's organization")
    return CliError.from_error(exc, f"the server at {url} has no device {device} in {where}")


def _cannot_enable_itself(exc: ComplianceError, device: str) -> CliError:
    """This PC signs with the key of the disabled device, so the server refuses it whatever
    the token: enabling has to come from elsewhere (DESIGN §9)."""
    return CliError.from_error(
        exc, "This PC's device ID is disabled on the server, and this PC proves it with every "
             "request, so the server refuses this PC whatever the token. An administrator "
             f"enables it from another PC: compliance-client device enable {device}")


def _key_mismatch(exc: ComplianceError, device: str, url: str) -> CliError:
    return CliError.from_error(
        exc, f"The server at {url} knows this PC's device ID {device} with another device key "
             "than the one in this PC's keyring (the keyring lost it, or it was reset), or "
             "without a key that only the token that registered it or an administrator may "
             "add; this PC was not registered. An administrator deletes the device ID on the "
             f"server (compliance-client device delete {device}); then run compliance-client "
             "device register again.")


def _local_key_text(conn: Connection, server_thumbprint: str | None) -> str:
    """What `device status` says about the key in this PC's keyring."""
    key = conn.device_key
    if key is None:
        if conn.keyring_problem == "unavailable":
            return "unknown: no usable keyring"
        if conn.keyring_problem is not None:
            return "unknown: the keyring could not be read"
        return "none in the keyring"
    if server_thumbprint is None:
        return f"{key.thumbprint} (the server has none: run compliance-client device register)"
    return f"{key.thumbprint} ({'matches' if key.thumbprint == server_thumbprint else 'differs'})"


def _print_device(device: Device, local_key: str | None = None) -> None:
    rows = [
        ("device ID", device.device_id),
        ("organization ID", device.organization_id),
        ("host name", device.hostname or "-"),
        ("status", device.status),
        ("registered", format_instant(device.registered_at) or "-"),
        ("disabled", format_instant(device.disabled_at) or "-"),
        ("last seen", format_instant(device.last_seen_at) or "-"),
        ("device key", device.key_thumbprint or "none (this device cannot sign requests)"),
    ]
    if local_key is not None:
        rows.append(("this PC's key", local_key))
    print_table(("field", "value"), rows)


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


def _ensure_key(device: str) -> DeviceKey | None:
    """This PC's device key, made and kept first when the keyring has none; None when there
    is no usable keyring (servers and CI: the device is registered without a key). A keyring
    that is there but locked or failing stops the command: registering without the key would
    leave a device that cannot sign, and unlocking is the user's to do."""
    from filelock import Timeout

    from ..profile import VaultError, VaultUnavailable, ensure_device_key
    from ..profile.vault import Vault

    try:
        return ensure_device_key(Vault(), device)
    except VaultUnavailable:
        return None
    except VaultError as exc:
        raise CliError.from_error(exc, f"{exc} Nothing was sent to the server.") from None
    except Timeout:
        raise CliError("another compliance-client is making this PC's device key; try again "
                       "in a moment", code="device_key_busy") from None
    except OSError as exc:
        raise CliError(f"this PC's device key could not be made: the lock file in the user "
                       f"data folder is not writable ({exc.strerror or exc})",
                       code="device_key_unavailable") from None


@reports_errors
def cmd_register(args: argparse.Namespace) -> int:
    from ..service.errors import DeviceDisabled, DeviceKeyMismatch

    device, host = _this_device()
    conn = resolve_connection(args)  # no server or token: fail before a key is made
    key = _ensure_key(device)
    client, conn = open_client(args, conn=conn, device_key=key, sign=False)
    with client:
        try:
            registered = client.register_device(
                device, host, conn.profile_name or "",
                public_key=key.public_jwk if key is not None else None)
        except DeviceKeyMismatch as exc:
            raise _key_mismatch(exc, device, client.base_url) from None
        except DeviceDisabled as exc:
            raise CliError.from_error(
                exc, f"This PC's device ID {device} is disabled on the server at "
                     f"{client.base_url}, so registering it again changes nothing. An "
                     "administrator can enable it from another PC: compliance-client device "
                     f"enable {device}") from None
    _remember_registration(conn)
    if key is None:
        if registered.key_thumbprint is None:
            warn("there is no usable keyring, so this PC was registered without a device "
                 "key: it cannot sign requests, and tokens bound to it will not work here. "
                 "Install or unlock a keyring and run compliance-client device register "
                 "again.")
        else:
            warn("there is no usable keyring, so this PC cannot sign requests with the device "
                 "key the server knows for it; tokens bound to it will not work here.")
    if args.json:
        print_json(registered.to_json())
    else:
        key_text = (f"device key {registered.key_thumbprint}" if registered.key_thumbprint
                    else "no device key")
        print(f"Device ID {shown(registered.device_id)} registered with {client.base_url} "
              f"(organization {shown(registered.organization_id)}, "
              f"status {shown(registered.status)}, {shown(key_text)}).")
    return 0


@reports_errors
def cmd_status(args: argparse.Namespace) -> int:
    from ..service.errors import DeviceDisabled, NotFound

    device, _host = _this_device()
    client, conn = open_client(args)
    with client:
        try:
            found = client.get_device(device)
        except NotFound as exc:
            raise _not_registered(exc, device, client.base_url) from None
        except DeviceDisabled:
            # The server refuses a disabled PC everything, reading its own state included;
            # the refusal is the answer (DESIGN §9: status prints it and exits 0).
            if args.json:
                print_json({"device_id": device, "status": "disabled"})
            else:
                print(f"This PC's device ID {device} is disabled on the server at "
                      f"{client.base_url}. An administrator can enable it from another PC: "
                      f"compliance-client device enable {device}")
            return 0
    local = _local_key_text(conn, found.key_thumbprint)
    if args.json:
        data: dict[str, Any] = found.to_json()
        data["local_key_thumbprint"] = (conn.device_key.thumbprint
                                        if conn.device_key is not None else None)
        print_json(data)
    else:
        _print_device(found, local)
    return 0


@reports_errors
def cmd_disable(args: argparse.Namespace) -> int:
    from ..service.errors import DeviceDisabled, NotFound

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
        except DeviceDisabled:
            # Already disabled: the server refuses this PC's proof, and what was asked holds.
            if args.json:
                print_json({"device_id": device, "status": "disabled"})
            else:
                print(f"Device ID {device} is disabled.")
            return 0
    if args.json:
        print_json(disabled.to_json())
    else:
        print(f"Device ID {shown(disabled.device_id)} is disabled.")
    return 0


@reports_errors
def cmd_enable(args: argparse.Namespace) -> int:
    """Enable a device ID again: an administrator's act, for any device of the token's
    organization (this PC's or another's), so it takes the ID rather than reading this PC's."""
    from ..service.errors import DeviceDisabled, NotFound

    device = _device_argument(args.device_id)
    client, _conn = open_client(args)
    with client:
        try:
            enabled = client.enable_device(device, args.organization_id)
        except NotFound as exc:
            raise _no_such_device(exc, device, client.base_url,
                                  args.organization_id) from None
        except DeviceDisabled as exc:
            raise _cannot_enable_itself(exc, device) from None
    if args.json:
        print_json(enabled.to_json())
    else:
        print(f"Device ID {shown(enabled.device_id)} is enabled.")
    return 0


@reports_errors
def cmd_delete(args: argparse.Namespace) -> int:
    """Forget a device ID and its key on the server (an administrator's act), so that PC can
    register anew; this PC's own keyring is not touched (the same key registers again)."""
    from ..service.errors import DeviceInUse, NotFound

    device = _device_argument(args.device_id)
    if not confirm(f"Delete device ID {device} on the server? The server forgets it and its "
                   "device key; that PC must register again.", yes=args.yes):
        raise CliError("cancelled: the device ID was not deleted", code="cancelled")
    client, _conn = open_client(args)
    with client:
        try:
            client.delete_device(device, args.organization_id)
        except NotFound as exc:
            raise _no_such_device(exc, device, client.base_url,
                                  args.organization_id) from None
        except DeviceInUse as exc:
            raise CliError.from_error(
                exc, f"A token is bound to device {device}, so it cannot be deleted. Unbind "
                     "it first: compliance-client tokens edit ID --clear-bound-devices (or "
                     "--bind-device with the other devices).") from None
    if args.json:
        print_json({"device_id": device, "organization_id": args.organization_id,
                    "deleted": True})
    else:
        print(f"Device ID {device} is deleted.")
    return 0


def _add_json(p: argparse.ArgumentParser, what: str) -> None:
    p.add_argument("--json", action="store_true", help=f"print {what} as JSON")


def _add_org(p: argparse.ArgumentParser) -> None:
    p.add_argument("--org", dest="organization_id", metavar="ID",
                   help="the organization ID of the device, for a global token (default: the "
                        "token's own organization)")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = subparsers.add_parser(
        "device", help="this PC's device ID and its state on the server",
        description="This PC's device ID and its state on the server. The server and the "
                    "token to use come from --url and --token, else $COMPLIANCE_URL and "
                    "$COMPLIANCE_TOKEN, else the active profile. When the keyring holds "
                    "this PC's device key, every request is signed with it.")
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
                                   "organization of the token used, with the public half of "
                                   "this PC's device key (made and kept in the keyring the "
                                   "first time). Registering again changes nothing but adds "
                                   "the key to a device registered without one, and does not "
                                   "enable a disabled device ID. Without a usable keyring "
                                   "the device is registered without a key.")
    _add_json(p, "the device")
    p.set_defaults(func=cmd_register)
    add_connection_options(p, nested=True)

    p = sub.add_parser("status", help="show the state of this PC's device ID on the server",
                       description="Show the state of this PC's device ID on the server: "
                                   "active or disabled, when it was registered and last "
                                   "seen, the thumbprint of its device key and whether the "
                                   "key in this PC's keyring matches it.")
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
                                   "device must belong to the token's organization, or to "
                                   "the one --org names. A disabled PC cannot enable "
                                   "itself: run this on another PC.")
    p.add_argument("device_id", metavar="ID",
                   help="the device ID to enable (as `compliance-client device id` prints it "
                        "on that PC)")
    _add_org(p)
    _add_json(p, "the device")
    p.set_defaults(func=cmd_enable)
    add_connection_options(p, nested=True)

    p = sub.add_parser("delete", help="delete a device ID and its key (administrators)",
                       description="Delete a device ID on the server: the server forgets the "
                                   "device and its device key, so that PC can register anew "
                                   "(after its keyring lost the key, for instance). A device "
                                   "that a token is bound to cannot be deleted. The keyring "
                                   "of this PC is not touched.")
    p.add_argument("device_id", metavar="ID", help="the device ID to delete")
    p.add_argument("--yes", action="store_true",
                   help="do not ask for confirmation (needed when standard input is not a "
                        "terminal)")
    _add_org(p)
    _add_json(p, "{device_id, organization_id, deleted}")
    p.set_defaults(func=cmd_delete)
    add_connection_options(p, nested=True)
