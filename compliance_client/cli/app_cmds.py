"""The desktop app: ``compliance-client`` (saved profile), ``demo`` (embedded server) and
``--smoke`` (show the main window, run the event loop once, exit 0)."""

from __future__ import annotations

import logging
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

log = logging.getLogger(__name__)

DEMO_PROFILE = "Demo"


def register(sub: argparse._SubParsersAction) -> None:
    demo = sub.add_parser(
        "demo", help="start an embedded token server and open the app on it",
        description="Start an embedded token server (SQLite under the user data dir, a free "
                    "port on 127.0.0.1), make an admin profile for it and open the app.")
    demo.add_argument("--no-gui", action="store_true",
                      help="serve only and print the URL (stop with Ctrl+C)")
    demo.set_defaults(func=run_demo)


def _page_factories() -> dict:
    from ..ui.pages import page_factories

    return page_factories()


def _build_window(token_override: str | None = None):  # -> (app, session, window)
    from ..ui.app import create_application
    from ..ui.main_window import MainWindow
    from ..ui.session import Session

    app = create_application()
    # The profile package is imported when the session first reads the profile, and keyring
    # (behind the vault) only when a worker thread first needs the token.
    store = vault = None

    def profile_store():  # -> ProfileStore
        nonlocal store
        if store is None:
            from ..profile import ProfileStore

            store = ProfileStore()
        return store

    def load_profile():
        return profile_store().load().active

    def load_token(name: str) -> str | None:
        nonlocal vault
        if vault is None:
            from ..profile import Vault

            vault = Vault()
        return vault.get_token(name)

    def mark_registered(name: str, url: str) -> None:
        from ..profile import mark_device_registered

        mark_device_registered(profile_store(), name, url)

    session = Session(load_profile, load_token, mark_registered=mark_registered)
    session.use_token_in_memory(token_override)
    window = MainWindow(session, _page_factories())
    return app, session, window


def run_app(*, smoke: bool = False, token_override: str | None = None) -> int:
    from PySide6.QtCore import QTimer

    from ..profile.logs import setup_logging

    setup_logging()  # rotating file under user_log_dir; keys redacted before writing
    app, session, window = _build_window(token_override)
    if smoke:
        # The window up and one turn of the event loop; the profile, the keyring and the
        # server are read after the first frame in a real start, so not at all here.
        window.show()
        QTimer.singleShot(0, app.quit)
        app.exec()
        return 0
    window.start()
    session.reload()
    profile_page = window.pages.get("profile")
    if profile_page is not None:
        # First start: open the profile dialog once the window is on screen.
        QTimer.singleShot(0, profile_page.first_run)
    return app.exec()


def _demo_db_url() -> str:
    from ..profile.paths import data_dir

    data = data_dir()
    data.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{data / 'demo.db'}"


def _reusable_demo_key(url: str) -> str | None:
    """The Demo profile's stored key when the demo server still accepts it, so each start
    does not add another admin token to the demo database."""
    from ..domain.errors import ComplianceError
    from ..profile import Vault
    from ..service.client import TokenServerClient

    try:
        key = Vault().get_token(DEMO_PROFILE)
        if not key:
            return None
        with TokenServerClient(url, key) as client:
            client.verify()
    except ComplianceError:
        return None
    return key


def run_demo(args: argparse.Namespace) -> int:
    from ..profile import ProfileFileCorrupt, ProfileStore, Vault, VaultError
    from ..profile.store import Profile
    from ..server.bootstrap import issue_admin_token
    from ..server.embedded import EmbeddedServer

    db_url = _demo_db_url()
    server = EmbeddedServer(db_url)
    url = server.start()
    print(f"Demo token server listening on {url} (database {db_url})", flush=True)
    try:
        if args.no_gui:
            import time

            while True:
                time.sleep(3600)
        store = ProfileStore()
        with store.locked():  # one read-modify-write: a `profile set` meanwhile is kept
            try:
                profiles = store.load()
            except ProfileFileCorrupt as exc:  # moved aside; say so, go on with no profiles
                print(f"Note: {exc}", file=sys.stderr)
                profiles = exc.profile_set
            current = profiles.get(DEMO_PROFILE)
            language = current.language if current else "en"
            store.save(profiles.with_profile(Profile(name=DEMO_PROFILE, language=language,
                                                     url=url)).switched(DEMO_PROFILE))
        key = (_reusable_demo_key(url) if current else None) or issue_admin_token(
            db_url, "Demo organization", "demo")
        token_override = None
        try:
            Vault().set_token(DEMO_PROFILE, key)
        except VaultError as exc:  # no keyring: keep the demo usable for this run
            print(f"Note: {exc} The demo token is kept in memory for this run only.",
                  file=sys.stderr)
            token_override = key
        return run_app(token_override=token_override)
    finally:
        server.stop()
