"""``compliance-client profile show/set/enroll``: the profile without the GUI (ARCHITECTURE §5).

``show`` never prints the token, only whether one is stored. It shows the *effective*
profile, the managed settings IT set merged over the saved one (DESIGN §13), and says where
each value comes from; ``set`` refuses to change a value IT locked. ``enroll`` trades an
enrollment code for a token bound to this PC (:mod:`compliance_client.profile.enrollment`),
which goes straight into the keyring: nobody ever sees or pastes the key.

``set --token-stdin`` reads the token from standard input (never from the command line, where
other users could see it in the process list), checks it offline and stores it through the
same save function as the GUI, so "profile saved, token not" is reported the same way in
both.

``set`` reads, changes and writes the profile file as one step under the file's lock
(:func:`~compliance_client.profile.saving.update_profile`), so two ``set`` runs at once (or
``set`` while the app saves) never lose each other's edits (ARCHITECTURE §7). The token is read
before the lock is taken: nobody may hold the lock while a person types.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from ..domain.languages import LANGUAGES
from ..profile.managed import SET_BY_ORGANIZATION
from .common import CliError, print_json, shown
from .connection import managed_settings

if TYPE_CHECKING:
    from ..profile.managed import ManagedSettings
    from ..profile.profiles import Profile, ProfileSet
    from ..profile.store import ProfileStore

NEW_PROFILE_HINT = ("compliance-client profile set --name NAME --url URL --token-stdin "
                    "(the token read from standard input)")


def _one_of(words: list[str]) -> str:
    """``a, b or c``."""
    *rest, last = words
    return f"{', '.join(rest)} or {last}" if rest else last


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "profile", help="show or change this PC's compliance profile",
        description="Show or change the active compliance profile. The API token is kept in "
                    "the system keyring and never printed.")
    actions = parser.add_subparsers(dest="profile_command", metavar="ACTION", required=True)

    show = actions.add_parser("show", help="show the active profile (never the token)",
                              description="Show the active profile and whether its API token "
                                          "is stored. The token itself is never printed.")
    show.add_argument("--json", action="store_true",
                      help="print the profile as a JSON object (without the token)")
    show.set_defaults(func=run_show)

    change = actions.add_parser(
        "set", help="change the active profile, or create the first one",
        description="Change the active profile. --name selects the profile of that name if "
                    "there is one, else renames the active profile (its stored token moves "
                    "with it); with no profile yet, it creates one. The token is read from "
                    "standard input with --token-stdin, e.g. "
                    "`printenv TOKEN | compliance-client profile set --token-stdin`.")
    change.add_argument("--name", metavar="N", help="profile name (at most 100 characters)")
    change.add_argument("--language", metavar="CODE",
                        # Codes only: a language's own name may not survive a console's
                        # code page (help redirected to a file on Windows).
                        help=f"UI language: {_one_of(list(LANGUAGES))}")
    change.add_argument("--url", metavar="URL",
                        help="token server URL (https://, or http:// for this PC only)")
    change.add_argument("--token-stdin", action="store_true",
                        help="read the API token from standard input and store it in the "
                             "system keyring")
    change.set_defaults(func=run_set)

    from .enrollment_cmds import register_enroll

    register_enroll(actions)


def _fields_text(exc: Any) -> str:
    """The sentences of a ValidationError, without the "Invalid input:" frame."""
    return " ".join(getattr(exc, "fields", {}).values()) or str(exc)


def _load(store: ProfileStore) -> ProfileSet:
    """The saved profiles; a corrupt file is reported on stderr (it was moved aside) and the
    command goes on with no profiles, as the GUI does."""
    from ..profile.store import ProfileFileCorrupt

    try:
        return store.load()
    except ProfileFileCorrupt as exc:
        print(f"compliance-client: warning: {exc}", file=sys.stderr)
        return exc.profile_set


def _token_status(profile: Profile) -> tuple[str, str | None]:
    """("stored" | "not stored" | "unknown", the keyring's problem or None)."""
    from ..profile.vault import Vault, VaultError

    try:
        token = Vault().get_token(profile.name)
    except VaultError as exc:
        return "unknown", exc.message
    return ("stored" if token else "not stored"), None


#: How ``show`` names each source of a value (DESIGN §13's ``sources``).
_SOURCE_TEXT = {"managed": "set by your organization", "profile": "profile",
                "default": "default"}


def _managed_json(managed: ManagedSettings) -> dict[str, Any] | None:
    """What ``show --json`` says of the managed settings: never the enrollment code itself."""
    if not managed.present and not managed.problems:
        return None
    return {"origin": managed.origin,
            "locked": [f for f in ("url", "language") if managed.locked(f)],
            "enrollment_code": managed.enrollment_code is not None,
            "disable_demo": managed.disable_demo, "autostart": managed.autostart,
            "problems": list(managed.problems)}


def _unsaved_profile(managed: ManagedSettings) -> dict[str, Any]:
    """The values a first profile would start with, for ``show`` before there is one."""
    from ..profile.languages import DEFAULT_LANGUAGE

    fields = managed.new_profile_fields()
    return {"name": fields.get("name", ""), "language": fields.get("language", DEFAULT_LANGUAGE),
            "url": fields.get("url", ""), "ca_bundle": fields.get("ca_bundle"),
            "device_registered": False}


def run_show(args: argparse.Namespace) -> int:
    from ..profile.languages import SUPPORTED_LANGUAGES
    from ..profile.store import ProfileStore

    managed = managed_settings()
    profile_set = _load(ProfileStore())
    saved = profile_set.active
    if saved is None and not managed.present:
        raise CliError(f"no profile is set up yet; create one with {NEW_PROFILE_HINT}",
                       code="no_profile")
    sources = managed.sources(saved)
    if saved is not None:
        values = managed.apply(saved).to_json()
        token, token_error = _token_status(saved)
    else:  # no profile yet: what IT set is what a first profile starts with
        values = _unsaved_profile(managed)
        token, token_error = "not stored", None
    if args.json:
        print_json({**values, "token": token, "token_error": token_error,
                    "profiles": list(profile_set.names), "sources": sources,
                    "managed": _managed_json(managed)})
        return 0

    def source(field: str, value: str) -> str:
        if value.startswith("("):  # "(not set)", "(system certificates)": says it itself
            return value
        return f"{value} ({_SOURCE_TEXT[sources[field]]})"

    language_code = values["language"]
    language = SUPPORTED_LANGUAGES.get(language_code, "")
    rows = [
        ("name", source("name", values["name"] or "(not set)")),
        ("language", source("language", f"{language_code} ({language})" if language
                            else language_code)),
        ("url", source("url", values["url"] or "(not set)")),
        ("ca bundle", source("ca_bundle", values["ca_bundle"] or "(system certificates)")),
        ("device registered", "yes" if values["device_registered"] else "no"),
        ("token", token if token_error is None else f"{token} ({token_error})"),
    ]
    if saved is None:
        rows.append(("profile", "none saved yet (these are your organization's settings)"))
    if len(profile_set) > 1 and saved is not None:
        rows.append(("other profiles", ", ".join(n for n in profile_set.names
                                                 if n != saved.name)))
    if managed.present:
        rows.append(("managed settings", managed.origin or "(unknown origin)"))
    width = max(len(label) for label, _ in rows) + 1
    for label, value in rows:
        print(f"{label + ':':<{width}} {shown(value)}")
    return 0


def _read_token() -> str:
    """The token from standard input, trimmed; without echo when it is a terminal."""
    stream = sys.stdin
    if stream is None:
        raise CliError("--token-stdin needs a standard input to read the token from")
    if stream.isatty():
        import getpass

        return getpass.getpass("API token: ").strip()
    return stream.read().strip()


def _target(profile_set: ProfileSet, name: str | None,
            managed_name: str | None = None) -> tuple[Profile | None, str | None]:
    """The profile to change and its current name, or (None, None) to create one (named
    ``name``, else IT's ``ProfileName``)."""
    if name is not None:
        existing = profile_set.get(name)
        if existing is not None:
            return existing, existing.name
    current = profile_set.active
    if current is None and name is None and managed_name is None:
        raise CliError(f"no profile is set up yet; give --name to create one: {NEW_PROFILE_HINT}")
    return current, (current.name if current is not None else None)


def locked_refusal(field: str) -> CliError:
    """The refusal of a change to a field IT locked (DESIGN §13: exit 1, that sentence)."""
    return CliError(f"{field}: {SET_BY_ORGANIZATION}; it cannot be changed here.",
                    code="locked_by_organization", params={"field": field})


def run_set(args: argparse.Namespace) -> int:
    from ..domain.errors import ComplianceError, ValidationError
    from ..profile.languages import DEFAULT_LANGUAGE, language_problem
    from ..profile.profiles import Profile, name_problem
    from ..profile.saving import check_token, update_profile
    from ..profile.store import ProfileStore
    from ..profile.urls import validate_server_url
    from ..profile.vault import Vault

    if args.name is None and args.language is None and args.url is None and not args.token_stdin:
        raise CliError("nothing to set: give --name, --language, --url or --token-stdin", 2)
    # IT's locks first: before any other check, and long before the token is read.
    managed = managed_settings()
    for field, given in (("url", args.url), ("language", args.language)):
        if given is not None and managed.locked(field):
            raise locked_refusal(field)
    # Check every option before asking for the token, so nobody pastes it in vain.
    name = args.name.strip() if args.name is not None else None
    for problem in (
        name_problem(name) if name is not None else None,
        language_problem(args.language) if args.language is not None else None,
        validate_server_url(args.url) if args.url is not None else None,
    ):
        if problem is not None:
            raise CliError(problem.message)
    changes: dict[str, Any] = {}
    if name is not None:
        changes["name"] = name
    if args.language is not None:
        changes["language"] = args.language
    if args.url is not None:
        changes["url"] = args.url

    def edit(profile_set: ProfileSet) -> tuple[Profile, str | None]:
        """The changed profile and its current name, from the profiles as they are now."""
        base, previous_name = _target(profile_set, name, managed.profile_name)
        try:
            if base is None:  # the first profile starts from what IT set
                return Profile(**{"language": DEFAULT_LANGUAGE,
                                  **managed.new_profile_fields(), **changes}), None
            return base.edited(**changes), previous_name
        except ValidationError as exc:
            raise CliError(_fields_text(exc)) from None

    store = ProfileStore()
    token: str | None = None
    if args.token_stdin:
        edit(_load(store))  # a dry run: refuse before the token is typed, not after
        try:
            token = check_token(_read_token())
        except ValidationError as exc:
            raise CliError(_fields_text(exc)) from None
    try:
        result = update_profile(store, Vault(), edit, token, activate=True,
                                load=lambda: _load(store))
    except ValidationError as exc:  # e.g. the new name is another profile's
        raise CliError(_fields_text(exc)) from None
    except ComplianceError as exc:  # ProfileSaveError, ProfileFileBusy: what to do
        raise CliError(str(exc)) from None
    if result.token_error is not None:
        raise CliError(result.message)
    assert result.profile is not None
    print(f"Profile \u201c{result.profile.name}\u201d saved.")
    if token is not None:
        print("API token stored in the system keyring.")
    return 0
