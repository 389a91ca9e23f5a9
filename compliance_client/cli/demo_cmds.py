"""``compliance-client demo``: the token server in this process, an admin profile for it, the app.

A run leaves what the next one needs to stay the same demo, one server at one address with
one admin token:

* ``demo.json`` beside the demo database (:class:`DemoState`): the port it served on and the
  id of its admin token. Never the key: that lives in the OS keyring under the Demo profile,
  like any profile's token.
* the Demo profile, pointing at the URL really served.

So the next run serves on the same port (when that port is taken: on a free one, and the
Demo profile follows), reuses the stored key while the server accepts it, gives the
remembered token a new key when the stored one is lost (the keyring forgot it, or there is
no keyring), and issues a new admin token only when there is none to re-key (the first run,
or the token was deleted). Before, each run took a new port and a lost key added another
never-expiring admin token.
"""

from __future__ import annotations

import errno
import json
import logging
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from .app_cmds import DEMO_PROFILE
from .common import CliError

if TYPE_CHECKING:
    import argparse

    from ..domain.tokens import Token
    from ..server.embedded import EmbeddedServer
    from ..ui.context import AppContext

log = logging.getLogger(__name__)

DATABASE_FILE = "demo.db"
STATE_FILE = "demo.json"
DEMO_ORG_NAME = "Demo organization"
DEMO_ORG_ID = "demo"
# Both spellings of "address in use": POSIX errno, and Windows sockets' own code.
_IN_USE = frozenset({errno.EADDRINUSE, 10048})


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = sub.add_parser(
        "demo", help="start an embedded token server and open the app on it",
        description="Start an embedded token server on 127.0.0.1 (SQLite under the user "
                    "data directory), make an admin profile named Demo for it and open the "
                    "app. Each run serves on the port of the last run when it is free, and "
                    "keeps using the same admin token.")
    demo.add_argument("--no-gui", action="store_true",
                      help="only serve, and print the URL (stop with Ctrl+C)")
    demo.set_defaults(func=run_demo)


def _whole(value: object, low: int, high: int) -> int | None:
    """``value`` when it is an integer from ``low`` to ``high``, else None."""
    if isinstance(value, int) and not isinstance(value, bool) and low <= value <= high:
        return value
    return None


@dataclass(frozen=True)
class DemoState:
    """What one demo run leaves for the next: two numbers, never a key."""

    port: int | None = None
    token_id: int | None = None

    @classmethod
    def read(cls, path: Path) -> DemoState:
        """The saved state; an empty one (as on a first run) when the file is missing or
        damaged, since the keyring's key and a free port get the demo going anyway."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError) as exc:
            log.warning("ignoring the demo's state file %s: %s", path, exc)
            return cls()
        if not isinstance(data, dict):
            return cls()
        return cls(port=_whole(data.get("port"), 1, 65535),
                   token_id=_whole(data.get("token_id"), 1, 2**63 - 1))

    def write(self, path: Path) -> None:
        """Saved atomically; a failure is only noted: this run works without it."""
        from ..profile.paths import atomic_write_bytes

        data = json.dumps({"port": self.port, "token_id": self.token_id})
        try:
            atomic_write_bytes(path, data.encode("ascii"))
        except OSError as exc:
            print(f"Note: the demo could not save {path} ({exc.strerror or exc}); the next "
                  "run may use another port.", file=sys.stderr)


def _port_of(server: EmbeddedServer) -> int:
    from urllib.parse import urlsplit

    port = urlsplit(server.url).port
    assert port is not None
    return port


def start_server(db_url: str, port: int | None) -> EmbeddedServer:
    """The demo's server on ``port`` when that is free, else on a free port."""
    from ..server.embedded import EmbeddedServer

    unusable = ""
    if port is not None:
        server = EmbeddedServer(db_url, port=port)
        try:
            server.start()
            return server
        except TimeoutError:  # an OSError too, but another port would not help
            raise
        except OSError as exc:  # taken, or reserved (Windows keeps ranges for Hyper-V)
            server.stop()
            unusable = ("is in use" if exc.errno in _IN_USE
                        else f"cannot be used ({exc.strerror or exc})")
    server = EmbeddedServer(db_url)
    server.start()
    if unusable:
        print(f"Note: port {port} {unusable}; the demo server listens on port "
              f"{_port_of(server)} this time, and the Demo profile points there.",
              file=sys.stderr)
    return server


def _point_profile_at(context: AppContext, url: str) -> None:
    """Make the Demo profile the active one, at ``url``; its other settings stay."""
    from ..profile import ProfileFileCorrupt
    from ..profile.languages import DEFAULT_LANGUAGE
    from ..profile.profiles import Profile

    store = context.store
    with store.locked():  # one read-modify-write: a `profile set` meanwhile is kept
        try:
            profiles = store.load()
        except ProfileFileCorrupt as exc:  # moved aside; say so, go on with no profiles
            print(f"Note: {exc}", file=sys.stderr)
            profiles = exc.profile_set
        current = profiles.get(DEMO_PROFILE)
        demo = (current.edited(url=url) if current is not None
                else Profile(name=DEMO_PROFILE, language=DEFAULT_LANGUAGE, url=url))
        store.save(profiles.with_profile(demo).switched(DEMO_PROFILE))


def _stored_key(context: AppContext) -> str | None:
    from ..profile import VaultError

    try:
        return context.vault.get_token(DEMO_PROFILE)
    except VaultError:  # said when the key is stored (and fails again) below
        return None


def _accepted(context: AppContext, url: str, key: str) -> Token | None:
    """The token of ``key`` when the demo server accepts the key, else None."""
    from ..domain.errors import ComplianceError

    try:
        with context.connect(url, key) as client:
            return client.verify().token
    except ComplianceError:
        return None


def admin_key(context: AppContext, server: EmbeddedServer, stored: str | None,
              remembered: int | None) -> tuple[str, int]:
    """The Demo profile's key and its token's id: the ``stored`` key while the server
    accepts it; else a new key for the ``remembered`` token; a new admin token only when
    neither works, so runs do not pile up admin tokens that never expire."""
    if stored:
        token = _accepted(context, server.url, stored)
        if token is not None and remembered in (None, token.id):
            return stored, token.id
    if remembered is not None:
        key = server.reissue_key(remembered)
        if key is not None:
            if _accepted(context, server.url, key) is not None:
                return key, remembered
            print(f"Note: the demo's admin token (ID {remembered}) was changed so that it "
                  "no longer works from here; a new admin token replaces it.",
                  file=sys.stderr)
    from ..server.bootstrap import issue_admin_token

    key = issue_admin_token(server.db_url, DEMO_ORG_NAME, DEMO_ORG_ID)
    token = _accepted(context, server.url, key)
    if token is None:
        raise CliError("the demo token server refused the admin token it had just issued")
    return key, token.id


def _keep_key(context: AppContext, key: str, stored: str | None) -> str | None:
    """Store ``key`` under the Demo profile; the key to hold in memory when that fails."""
    from ..profile import VaultError

    if key == stored:
        return None
    try:
        context.vault.set_token(DEMO_PROFILE, key)
    except VaultError as exc:  # no keyring: keep the demo usable for this run
        print(f"Note: {exc} The demo token is kept in memory for this run only.",
              file=sys.stderr)
        return key
    return None


def _serve_forever() -> NoReturn:
    import time

    while True:
        time.sleep(3600)


def run_demo(args: argparse.Namespace) -> int:
    # Looked up when run, so that tests can stand in for the window.
    from ..profile.paths import data_dir
    from .app_cmds import build_context, run_app
    from .connection import managed_settings

    if managed_settings().disable_demo:  # IT's DisableDemo (DESIGN §13)
        raise CliError("The demo is turned off by your organization.", code="demo_disabled")

    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    db_url = f"sqlite:///{folder / DATABASE_FILE}"
    state_path = folder / STATE_FILE
    state = DemoState.read(state_path)
    server = start_server(db_url, state.port)
    try:
        port = _port_of(server)
        if port != state.port:
            DemoState(port, state.token_id).write(state_path)
        print(f"Demo token server listening on {server.url} (database {db_url})", flush=True)
        if args.no_gui:
            _serve_forever()
        context = build_context()
        _point_profile_at(context, server.url)
        stored = _stored_key(context)
        key, token_id = admin_key(context, server, stored, state.token_id)
        if token_id != state.token_id:
            DemoState(port, token_id).write(state_path)
        return run_app(token_override=_keep_key(context, key, stored), context=context)
    finally:
        server.stop()
