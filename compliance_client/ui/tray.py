"""The tray icon (DESIGN §10, ARCHITECTURE §11): the app in the notification area, and what
the end user must hear about while its window is closed.

The app makes a :class:`TrayController` when the system has a tray
(``QSystemTrayIcon.isSystemTrayAvailable()``, ``cli/app_cmds.py``). Then closing the main
window hides it instead of quitting (the first time ever, a notification says so), and the
icon's menu offers "Open Compliance Client" and "Quit"; its first line, disabled, is the
connection state (``Session.state_text``, "Device ID disabled" included). Clicking the icon
opens the window.

Notifications, each told once:

* the token entering the warning window (the policy's ``warn_before_days``): "Your API
  token expires in N days"; and the token expiring. Remembered in ``notifications.ini`` in
  the app's config folder by server, token id and expiry, so a restart does not repeat them
  while a token that was extended and later nears its new expiry is warned about again. An
  expired token is remembered by server and expiry alone: the server refusing it at start
  does not say its id. Time passes without any request, so the check runs hourly too, not
  only when the session's state changes;
* this PC's device ID disabled, or the token suspended: once per change of state (in memory:
  at the next start it is news again, as the window's banner or error is).

Clicking a notification opens the window on the Profile page, which says the same at length.

The controller decides and the icon shows: :attr:`TrayController.notified` carries every
notification as shown, and :meth:`TrayController.check` takes the time to check at, so it can
be tested where no system tray exists (offscreen), its icon present but never visible.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from ..domain.lifecycle import days_left, in_warning_window
from ..domain.tokens import parse_instant
from .app import app_icon
from .session import ConnectionState, is_token_suspended, warn_before_days
from .text import fill

if TYPE_CHECKING:
    from .main_window import MainWindow

#: How often the expiry is looked at again while nothing else happens.
CHECK_INTERVAL_MS = 3600 * 1000
#: How long a notification stays up (the system may cap it).
NOTICE_MS = 15000


def notification_settings() -> QSettings:
    """What the tray has told already: ``notifications.ini`` in the app's config folder,
    beside ``view.ini``."""
    from ..profile.paths import config_dir

    return QSettings(str(config_dir() / "notifications.ini"), QSettings.Format.IniFormat)


def _now() -> datetime:
    return datetime.now(UTC)


def _told_key(kind: str, *parts: object) -> str:
    # Hashed: a server URL is no settings key (":" and "/" are INI syntax).
    digest = hashlib.sha256("\n".join(str(p) for p in parts).encode()).hexdigest()[:20]
    return f"told/{kind}-{digest}"


class TrayController(QObject):
    """The tray icon of ``window`` (and of its session). ``clock`` is the time checks use,
    ``settings`` where told notifications are remembered, ``quit_app`` what Quit calls after
    closing the window (``QCoreApplication.quit``); tests replace them."""

    #: (title, message) of every notification, as shown.
    notified = Signal(str, str)

    def __init__(self, window: MainWindow, *, clock: Callable[[], datetime] = _now,
                 settings: QSettings | None = None,
                 quit_app: Callable[[], None] = QCoreApplication.quit) -> None:
        super().__init__(window)
        self.window = window
        self.session = window.session
        self._clock = clock
        self._settings = settings if settings is not None else notification_settings()
        self._quit_app = quit_app
        self._quitting = False
        self._refusal: str | None = None  # "device_disabled" or "token_suspended" when told

        self.icon = QSystemTrayIcon(app_icon(), self)
        # No parent: a menu parented to the window would close with it.
        self.menu = QMenu()
        self.status_action = self.menu.addAction("")
        self.status_action.setEnabled(False)
        self.menu.addSeparator()
        self.open_action = self.menu.addAction("")
        self.open_action.triggered.connect(lambda: self.open_window())
        self.quit_action = self.menu.addAction("")
        self.quit_action.triggered.connect(self.quit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(lambda: self.open_window("profile"))
        self.destroyed.connect(self.menu.deleteLater)

        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)

        # The window's File → Exit closes it, which with a tray would only hide it.
        window.quit_action.triggered.disconnect(window.close)
        window.quit_action.triggered.connect(self.quit)
        window.installEventFilter(self)
        self.session.state_changed.connect(self.check)
        self.retranslate()

    def start(self) -> None:
        """Show the icon and check from now on (hourly, and whenever the state changes)."""
        self.icon.show()
        self._timer.start()
        self.check()

    # -- the window ------------------------------------------------------------------------

    def open_window(self, page: str | None = None) -> None:
        """Show the main window in front (on ``page``, a key of ``MainWindow.PAGES``)."""
        window = self.window
        if page is not None:
            window.show_page(page)
        if window.isMinimized():
            window.showNormal()
        else:
            window.show()
        window.raise_()
        window.activateWindow()

    def quit(self) -> None:
        """Really quit: close the window, take the icon away, leave the event loop."""
        if not self._quitting:
            self._quitting = True
            self._timer.stop()
            self.session.state_changed.disconnect(self.check)  # nothing more to tell
        self.icon.hide()
        self.window.close()
        self._quit_app()

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_window()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            if event.type() == QEvent.Type.Close and not self._quitting:
                event.ignore()
                self.window.hide()
                self._tell_kept_running()
                return True
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
        return False

    def _tell_kept_running(self) -> None:
        key = "told/kept_running"
        if self._settings.value(key, False, type=bool):
            return
        self._settings.setValue(key, True)
        self._notify(
            self.tr("Compliance Client"),
            self.tr("Compliance Client keeps running in the notification area. To quit it, "
                    "choose Quit in its icon's menu."),
            QSystemTrayIcon.MessageIcon.Information)

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.open_action.setText(self.tr("&Open Compliance Client"))
        self.quit_action.setText(self.tr("&Quit"))
        self._update_texts(self._clock())

    def _update_texts(self, now: datetime) -> None:
        state = fill(self.tr("Compliance Client: %1"), self.session.state_text())
        self.status_action.setText(state)
        soon = self._expiry_soon(now)
        self.icon.setToolTip(state if soon is None else f"{state}\n{soon}")

    def _expiry_soon(self, now: datetime) -> str | None:
        """"Your API token expires in N days" within the warning window, else None."""
        access = self.session.access or self.session.known_access
        if access is None or access.token.expires_at is None:
            return None
        expires_at = access.token.expires_at
        if not in_warning_window(expires_at, warn_before_days(access), now):
            return None
        return self.tr("Your API token expires in %n days.", "", days_left(expires_at, now))

    # -- notifications ---------------------------------------------------------------------

    def check(self, now: datetime | None = None) -> None:
        """Tell what there is to tell at ``now`` (default: the clock's time) that has not
        been told: the token's expiry near or past, this PC refused."""
        now = now or self._clock()
        self._update_texts(now)
        self._check_refusal()
        self._check_expiry(now)

    def _check_refusal(self) -> None:
        s = self.session
        failed = s.state == ConnectionState.FAILED
        refusal = ("device_disabled" if s.device_disabled
                   else "token_suspended" if failed and is_token_suspended(s.error) else None)
        if refusal == self._refusal:
            return
        self._refusal = refusal
        if refusal == "device_disabled":
            self._notify(self.tr("Device ID disabled"), self.tr(
                "This PC's device ID is disabled on the server. An administrator can "
                "enable it."))
        elif refusal == "token_suspended":
            self._notify(self.tr("API token suspended"), self.tr(
                "Your API token is suspended. Ask your administrator to resume it."))

    def _check_expiry(self, now: datetime) -> None:
        s = self.session
        profile = s.profile
        if profile is None:
            return
        access = s.access or s.known_access
        if access is not None and access.token.expires_at is not None:
            token, expires_at = access.token, access.token.expires_at
            if expires_at <= now:
                self._tell_expired(profile.url, expires_at)
            elif in_warning_window(expires_at, warn_before_days(access), now):
                key = _told_key("expires_soon", profile.url, token.id,
                                int(expires_at.timestamp()))
                soon = self._expiry_soon(now)
                if soon is not None and self._first_time(key):
                    self._notify(self.tr("API token expires soon"), soon + " " + self.tr(
                        "Ask your administrator to extend it."))
        elif s.state == ConnectionState.FAILED and getattr(s.error, "code", None) == \
                "token_expired":
            params = getattr(s.error, "params", None) or {}
            try:  # the server's word (ARCHITECTURE §12: never trusted to be well formed)
                refused_at = parse_instant(params.get("expires_at"))
            except (ValueError, OverflowError):
                refused_at = None
            if refused_at is not None:
                self._tell_expired(profile.url, refused_at)

    def _tell_expired(self, url: str, expires_at: datetime) -> None:
        if self._first_time(_told_key("expired", url, int(expires_at.timestamp()))):
            self._notify(self.tr("API token expired"), self.tr(
                "Your API token has expired. Ask your administrator to extend it or to issue "
                "a new one."))

    def _first_time(self, key: str) -> bool:
        """Whether ``key`` was never told before (and from now on it was)."""
        if self._settings.value(key, False, type=bool):
            return False
        self._settings.setValue(key, True)
        self._settings.sync()  # a crash right after must not tell it again
        return True

    def _notify(self, title: str, message: str,
                icon: QSystemTrayIcon.MessageIcon = QSystemTrayIcon.MessageIcon.Warning
                ) -> None:
        if self.icon.isVisible():
            self.icon.showMessage(title, message, icon, NOTICE_MS)
        self.notified.emit(title, message)
