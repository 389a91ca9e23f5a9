"""The desktop app: ``compliance-client`` (saved profile), ``demo`` (embedded server) and
``--smoke`` (show the main window, run the event loop once, exit 0)."""

from __future__ import annotations

import logging
import sys
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse

    from PySide6.QtWidgets import QApplication

    from ..profile import ProfileStore, Vault
    from ..service.client import TokenServerClient
    from ..ui.context import AppContext, ClientFactory, DeviceIdentity
    from ..ui.main_window import MainWindow
    from ..ui.session import Session

log = logging.getLogger(__name__)

DEMO_PROFILE = "Demo"


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = sub.add_parser(
        "demo", help="start an embedded token server and open the app on it",
        description="Start an embedded token server (SQLite under the user data dir, a free "
                    "port on 127.0.0.1), make an admin profile for it and open the app.")
    demo.add_argument("--no-gui", action="store_true",
                      help="serve only and print the URL (stop with Ctrl+C)")
    demo.set_defaults(func=run_demo)


class _ThisPC:
    """This PC's identity from the OS (``profile.device``); the session and the This device
    page read it on worker threads."""

    def device_id(self) -> str:
        from ..profile import device_id

        return device_id()

    def hostname(self) -> str:
        from ..profile import hostname

        return hostname()


def _connect(url: str, token: str, *, ca_bundle: str | None = None) -> TokenServerClient:
    from ..service.client import TokenServerClient

    return TokenServerClient(url, token, ca_bundle=ca_bundle)


class _Context:
    """The app's :class:`~compliance_client.ui.context.AppContext`. The store and the vault
    are made on first use (by a worker, once the window is up), so that start-up and
    ``--smoke`` do not pay for importing them."""

    def __init__(self, store: ProfileStore | None, vault: Vault | None,
                 connect: ClientFactory, device: DeviceIdentity) -> None:
        self._lock = threading.Lock()
        self._store = store
        self._vault = vault
        self._connect = connect
        self.device = device

    @property
    def store(self) -> ProfileStore:
        with self._lock:
            if self._store is None:
                from ..profile import ProfileStore

                self._store = ProfileStore()
            return self._store

    @property
    def vault(self) -> Vault:
        with self._lock:
            if self._vault is None:
                from ..profile import Vault

                self._vault = Vault()
            return self._vault

    def connect(self, url: str, token: str, *,
                ca_bundle: str | None = None) -> TokenServerClient:
        return self._connect(url, token, ca_bundle=ca_bundle)


def build_context(*, store: ProfileStore | None = None, vault: Vault | None = None,
                  connect: ClientFactory | None = None,
                  device: DeviceIdentity | None = None) -> AppContext:
    """The app's context: the user's profile file, the system keyring, clients on
    ``requests`` and this PC's identity; tests and tools replace any of them."""
    return _Context(store, vault, connect if connect is not None else _connect,
                    device if device is not None else _ThisPC())


def _build_window(token_override: str | None = None, context: AppContext | None = None
                  ) -> tuple[QApplication, Session, MainWindow]:
    from ..ui.app import create_application
    from ..ui.main_window import MainWindow
    from ..ui.pages import page_factories
    from ..ui.session import Session

    app = create_application()
    # Nothing is read here: the session reads the profile on a worker thread (reload), and
    # keyring is imported only when a worker first needs the token.
    session = Session(context or build_context(), register_device=True)
    session.use_token_in_memory(token_override)
    window = MainWindow(session, page_factories())
    return app, session, window


def run_app(*, smoke: bool = False, token_override: str | None = None,
            context: AppContext | None = None) -> int:
    from PySide6.QtCore import QTimer

    from ..profile.logs import setup_logging

    setup_logging()  # rotating file under user_log_dir; keys redacted before writing
    app, session, window = _build_window(token_override, context)
    if smoke:
        # The window up and one turn of the event loop; the profile, the keyring and the
        # server are read after the first frame in a real start, so not at all here.
        window.show()
        QTimer.singleShot(0, app.quit)
        app.exec()
        return 0
    window.start()
    first_run = getattr(window.pages.get("profile"), "first_run", None)

    def loaded() -> None:
        # First start: no profile yet, so open the profile dialog (after a zero timer, so
        # its event loop does not run inside the session's slot).
        if first_run is not None:
            QTimer.singleShot(0, first_run)

    session.reload(then=loaded)
    return app.exec()


def _demo_db_url() -> str:
    from ..profile.paths import data_dir

    data = data_dir()
    data.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{data / 'demo.db'}"


def _reusable_demo_key(context: AppContext, url: str) -> str | None:
    """The Demo profile's stored key when the demo server still accepts it, so each start
    does not add another admin token to the demo database."""
    from ..domain.errors import ComplianceError

    try:
        key = context.vault.get_token(DEMO_PROFILE)
        if not key:
            return None
        with context.connect(url, key) as client:
            client.verify()
    except ComplianceError:
        return None
    return key


def run_demo(args: argparse.Namespace) -> int:
    from ..profile import ProfileFileCorrupt, VaultError
    from ..profile.profiles import Profile
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
        context = build_context()
        store = context.store
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
        key = (_reusable_demo_key(context, url) if current else None) or issue_admin_token(
            db_url, "Demo organization", "demo")
        token_override = None
        try:
            context.vault.set_token(DEMO_PROFILE, key)
        except VaultError as exc:  # no keyring: keep the demo usable for this run
            print(f"Note: {exc} The demo token is kept in memory for this run only.",
                  file=sys.stderr)
            token_override = key
        return run_app(token_override=token_override, context=context)
    finally:
        server.stop()
