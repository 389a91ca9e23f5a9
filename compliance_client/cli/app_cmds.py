"""The desktop app: ``compliance-client`` (saved profile) and ``--smoke`` (show the main
window, run the event loop once, exit 0). ``demo`` opens it too (demo_cmds.py). Where the
desktop has a system tray the app lives on in it when its window is closed (``ui/tray.py``)."""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from ..domain.dpop import DeviceKey
    from ..profile import ProfileStore, Vault
    from ..profile.managed import ManagedSettings
    from ..service.client import TokenServerClient
    from ..ui.context import AppContext, ClientFactory, DeviceIdentity
    from ..ui.main_window import MainWindow
    from ..ui.session import Session
    from ..ui.tray import TrayController

log = logging.getLogger(__name__)

DEMO_PROFILE = "Demo"  # the profile `demo` makes (demo_cmds.py); the uninstaller purges it


class _ThisPC:
    """This PC's identity from the OS (``profile.device``); the session and the This device
    page read it on worker threads."""

    def device_id(self) -> str:
        from ..profile import device_id

        return device_id()

    def hostname(self) -> str:
        from ..profile import hostname

        return hostname()


def _connect(url: str, token: str, *, ca_bundle: str | None = None,
             device_key: DeviceKey | None = None) -> TokenServerClient:
    from ..service.client import TokenServerClient

    return TokenServerClient(url, token, ca_bundle=ca_bundle, device_key=device_key)


class _Context:
    """The app's :class:`~compliance_client.ui.context.AppContext`. The store and the vault
    are made on first use (by a worker, once the window is up), so that start-up and
    ``--smoke`` do not pay for importing them."""

    def __init__(self, store: ProfileStore | None, vault: Vault | None,
                 connect: ClientFactory, device: DeviceIdentity,
                 managed: ManagedSettings | None = None) -> None:
        self._lock = threading.Lock()
        self._store = store
        self._vault = vault
        self._connect = connect
        self.device = device
        self._managed = managed

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

    @property
    def managed(self) -> ManagedSettings:
        # Read once per run (the first worker that asks), so that every window agrees on
        # what IT set; read_managed logs each problem of the policy as it reads it.
        with self._lock:
            if self._managed is None:
                from ..profile.managed import read_managed

                self._managed = read_managed()
            return self._managed

    def connect(self, url: str, token: str, *, ca_bundle: str | None = None,
                device_key: DeviceKey | None = None) -> TokenServerClient:
        return self._connect(url, token, ca_bundle=ca_bundle, device_key=device_key)


def build_context(*, store: ProfileStore | None = None, vault: Vault | None = None,
                  connect: ClientFactory | None = None,
                  device: DeviceIdentity | None = None,
                  managed: ManagedSettings | None = None) -> AppContext:
    """The app's context: the user's profile file, the system keyring, clients on
    ``requests``, this PC's identity and IT's managed settings (read on first use); tests
    and tools replace any of them."""
    return _Context(store, vault, connect if connect is not None else _connect,
                    device if device is not None else _ThisPC(), managed)


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


def _tray(window: MainWindow) -> TrayController | None:
    """The tray icon for ``window`` when this desktop has a system tray, else None."""
    from PySide6.QtWidgets import QSystemTrayIcon

    if not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    from ..ui.tray import TrayController

    return TrayController(window)


def run_app(*, smoke: bool = False, token_override: str | None = None,
            context: AppContext | None = None, autostart: bool = False) -> int:
    """The desktop app. ``autostart``: started at sign-in (``--autostart``), so it opens
    out of the way: in the tray when there is one, else as a minimized window."""
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
    tray = _tray(window)
    # With a tray, closing the window hides it (tray.py); Quit in the icon's menu quits.
    app.setQuitOnLastWindowClosed(tray is None)
    window.start(hidden=autostart and tray is not None, minimized=autostart)
    if tray is not None:
        tray.start()
    window.apply_managed_autostart()  # IT's Autostart, once the policy is read
    first_run = getattr(window.pages.get("profile"), "first_run", None)

    def loaded() -> None:
        # First start: no profile yet, so open the profile dialog (after a zero timer, so
        # its event loop does not run inside the session's slot). Not while IT's enrollment
        # code sets this PC up, and not at sign-in: a modal dialog nobody asked for.
        if first_run is not None and not session.enrolling and not autostart:
            QTimer.singleShot(0, first_run)

    session.reload(then=loaded)
    return app.exec()
