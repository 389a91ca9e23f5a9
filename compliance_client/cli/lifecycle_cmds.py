"""``compliance-client tokens suspend/resume/rotate-self/revoke-leaked``: the token lifecycle
on the command line (ARCHITECTURE §11). Registered under ``tokens`` by tokens_cmds.py.

``rotate-self`` replaces the key of the token the command runs with. When that key is the
active profile's, kept in the keyring, the keyring must take the new key: the command first
writes the current key again (a keyring that cannot store refuses before anything changed on
the server), rotates, then stores the new key. Should that last write still fail, the old
key keeps working for the grace period and the new key is printed once, so that nobody is
locked out.
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import TYPE_CHECKING, Any

from ..domain.keys import WHOLE_KEY_SHAPED, is_well_formed, key_prefix, redact
from ..domain.lifecycle import SELF_ROTATION_GRACE_SECONDS
from .common import CliError, confirm, fail, print_json
from .connection import (
    open_client,
    reports_errors,
    resolve_server,
    unauthenticated_client,
    warn,
)
from .tokens_cmds import (
    add_grace,
    add_id,
    add_yes,
    old_key_fate,
    old_key_line,
    print_issued,
    status_text,
    until_text,
)

if TYPE_CHECKING:
    from ..domain.tokens import IssuedToken, Token
    from ..profile.vault import VaultError

#: How many keys one ``tokens.revoke_leaked`` request may carry (DESIGN §10).
REVOKE_BATCH = 100
# A whole key standing on its own in any text (a scanner's report, a log, a diff): not the
# middle of a longer run of letters and digits.
_KEY_IN_TEXT = re.compile(rf"(?<![0-9A-Za-z_]){WHOLE_KEY_SHAPED.pattern}(?![0-9A-Za-z])")


# ---- suspend and resume ----------------------------------------------------------------------


def _print_state(token: Token, as_json: bool, headline: str) -> None:
    if as_json:
        print_json(token.to_json())
    else:
        print(headline)


@reports_errors
def cmd_suspend(args: argparse.Namespace) -> int:
    client, _ = open_client(args)
    with client:
        if client.verify().token.id == args.id and not confirm(
                f"API token {args.id} is the token you are signed in with: suspending it "
                "stops your own access, and another administrator has to resume it. "
                "Suspend it?", yes=args.yes):
            raise CliError("cancelled: the token was not suspended", code="cancelled")
        token = client.suspend_token(args.id)
    _print_state(token, args.json,
                 f"API token {token.id} is {status_text(token)}. Its key is refused until it "
                 f"is resumed: compliance-client tokens resume {token.id}")
    return 0


@reports_errors
def cmd_resume(args: argparse.Namespace) -> int:
    client, _ = open_client(args)
    with client:
        leaked = client.get_token(args.id).token.is_leaked
        token = client.resume_token(args.id)
    _print_state(token, args.json, f"API token {token.id} is {status_text(token)} again.")
    if leaked and not token.is_suspended:
        warn(f"the key of API token {token.id} was reported as leaked and works again now; "
             f"give it a new key (compliance-client tokens regenerate {token.id}) so that "
             "the leaked one stops working.")
    return 0


# ---- rotating the caller's own key -----------------------------------------------------------


def _why(exc: VaultError) -> str:
    """The keyring's problem in a few words (its full message tells to "save again", which
    does not fit here)."""
    params = getattr(exc, "params", {}) or {}
    return str(params.get("detail") or params.get("reason") or exc.code)


def _not_stored(issued: IssuedToken, profile: str, exc: VaultError) -> str:
    until = issued.token.previous_key_expires_at
    works = until is not None and issued.token.previous_key_works()
    still = (f"which works until {until_text(until)}" if until is not None and works
             else "which has stopped working")
    # The backend's words are scrubbed of keys by the vault; redact() again costs nothing.
    return redact(
        f"the new key could not be stored in the system keyring ({_why(exc)}), so profile "
        f"\u201c{profile}\u201d still holds the old key, {still}. The new key is printed "
        f"above and is not shown again: store it in the profile {'before then' if works else 'now'}"
        " with compliance-client profile set --token-stdin")


@reports_errors
def cmd_rotate_self(args: argparse.Namespace) -> int:
    from ..profile.vault import Vault, VaultError

    client, conn = open_client(args)
    profile = conn.profile_name if conn.token_from_profile else None
    where = (f" and store it in profile \u201c{profile}\u201d" if profile is not None
             else "; it is printed once, and the programs using the current key need it")
    vault = Vault()  # touches no keyring until it is used
    with client:
        if not confirm(f"Issue a new key for the token you are signed in with{where}? "
                       f"{old_key_fate(args.grace)}", yes=args.yes):
            raise CliError("cancelled: the key was not changed", code="cancelled")
        if profile is not None:
            try:  # proves the keyring can store before the server makes a key it would lose
                vault.set_token(profile, conn.token)
            except VaultError as exc:
                raise CliError.from_error(
                    exc, f"the key was not changed: the system keyring cannot store profile "
                         f"\u201c{profile}\u201d's key ({_why(exc)}). Unlock or repair the "
                         "keyring and try again.") from None
        issued = client.rotate_self(args.grace)
    if profile is None:
        print_issued(issued, f"New key for API token {issued.token.id}, the token you are "
                             "signed in with", args.json, old_key_line(issued.token))
        return 0
    try:
        vault.set_token(profile, issued.key)
    except VaultError as exc:
        if args.json:
            print_json(issued.to_json())
        else:
            print(f"key: {issued.key}")
        return fail(_not_stored(issued, profile, exc))
    if args.json:
        print_json(issued.token.to_json())
    else:
        print(f"Profile \u201c{profile}\u201d now uses the new key of API token "
              f"{issued.token.id} ({issued.token.key_prefix}). {old_key_line(issued.token)}")
    return 0


# ---- reporting leaked keys -------------------------------------------------------------------


def keys_in(text: str) -> tuple[list[str], int]:
    """The distinct keys in ``text``, in order, and how many key-shaped runs were not keys
    (their checksum is wrong: mistyped, cut, or made up)."""
    found: dict[str, None] = {}
    broken = 0
    for match in _KEY_IN_TEXT.finditer(text):
        key = match.group(0)
        if is_well_formed(key):
            found[key] = None
        else:
            broken += 1
    return list(found), broken


def _read_report() -> str:
    stream = sys.stdin
    if stream is None:
        raise CliError("--key-stdin needs a standard input to read the keys from",
                       code="no_keys")
    if stream.isatty():
        print("Paste the leaked keys, or a report that holds them, then press Ctrl-D "
              "(Ctrl-Z and Enter on Windows):", file=sys.stderr)
    return stream.read()


@reports_errors
def cmd_revoke_leaked(args: argparse.Namespace) -> int:
    from ..domain.errors import ComplianceError

    keys, broken = keys_in(_read_report())
    if not keys:
        raise CliError("no API key found in standard input: give the keys (cct_\u2026) one a "
                       "line, or a text that holds them, such as a secret scanner's report",
                       code="no_keys", params={"ignored": broken})
    conn = resolve_server(args)
    sent = 0
    with unauthenticated_client(conn) as client:
        for start in range(0, len(keys), REVOKE_BATCH):
            batch = keys[start:start + REVOKE_BATCH]
            try:
                client.revoke_leaked(batch)
            except ComplianceError as exc:
                if not sent:
                    raise
                raise CliError.from_error(
                    exc, f"{sent} of {len(keys)} keys were reported; the rest were not: "
                         f"{exc}") from None
            sent += len(batch)
    prefixes = [key_prefix(k) for k in keys]
    if args.json:
        print_json({"reported": len(keys), "key_prefixes": prefixes, "ignored": broken})
        return 0
    print(f"Reported {len(keys)} key{'s' if len(keys) != 1 else ''} as leaked to "
          f"{conn.url}: {', '.join(prefixes)}.")
    print("The server answers the same whether or not a key belongs to a token, so this does "
          "not tell which did; every token whose key it was is now suspended as leaked.")
    if broken:
        print(f"Ignored {broken} key-shaped text{'s' if broken != 1 else ''} whose checksum "
              "does not match (not an API key, or mistyped).")
    return 0


# ---- parsers ---------------------------------------------------------------------------------


def _add_json(p: argparse.ArgumentParser, text: str) -> None:
    p.add_argument("--json", action="store_true", help=text)


def register_actions(sub: Any) -> None:
    """Add the lifecycle actions to the ``tokens`` group's sub-parsers."""
    p = sub.add_parser(
        "suspend", help="switch a token off without deleting it",
        description="Suspend a token: its key is refused (token_suspended) until the token is "
                    "resumed; its settings and history stay. Suspending the token you are "
                    "signed in with asks first.")
    add_id(p)
    add_yes(p)
    _add_json(p, "print the suspended token as JSON")
    p.set_defaults(func=cmd_suspend)

    p = sub.add_parser(
        "resume", help="switch a suspended token on again",
        description="Resume a suspended token: its key works again. A token whose key was "
                    "reported as leaked should get a new key too (tokens regenerate).")
    add_id(p)
    _add_json(p, "print the resumed token as JSON")
    p.set_defaults(func=cmd_resume)

    p = sub.add_parser(
        "rotate-self", help="issue a new key for the token you are signed in with",
        description="Issue a new key for the token this command runs with. When that token "
                    "is the active profile's, the new key goes straight into the system "
                    "keyring and is not printed; a token from --token or $COMPLIANCE_TOKEN "
                    "gets its new key printed once. The old key keeps working for the grace "
                    "period, so that everything using it can change over.")
    add_grace(p, SELF_ROTATION_GRACE_SECONDS, "1h")
    add_yes(p)
    _add_json(p, "print the token as JSON (with its new key only when it was not stored in "
                 "the profile)")
    p.set_defaults(func=cmd_rotate_self)

    p = sub.add_parser(
        "revoke-leaked", help="report leaked keys: their tokens are suspended",
        description="Report keys that leaked (pasted in a chat, committed to a repository): "
                    "every token whose key it is gets suspended as leaked. Needs no API "
                    "token, only the server (--url, $COMPLIANCE_URL or the active profile). "
                    "The keys are read from standard input, one a line or anywhere in a text "
                    "such as a secret scanner's report; anything else is ignored. The server "
                    "answers the same whether or not a key exists.")
    p.add_argument("--key-stdin", action="store_true", required=True,
                   help="read the keys from standard input")
    _add_json(p, "print {reported, key_prefixes, ignored} as JSON")
    p.set_defaults(func=cmd_revoke_leaked)
