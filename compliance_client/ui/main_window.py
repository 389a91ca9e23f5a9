"""The main window: navigation on the left (Profile, This device, API tokens, Audit log,
Token policy), the page on the right, the server, organization and connection state in the
status bar.

API tokens, Audit log and Token policy are listed unless the server has said that the
profile's token may not use them (``tokens.self``): while the server cannot be reached they
stay, and say why. Token policy is for the service's own administrators: an organization's
token never sees it (DESIGN §8).
The connection state is the session's (``session.py``); while it is FAILED the status bar
counts down to the next retry and offers "Retry now". When the server refuses this PC because
its device ID is disabled, a banner above the pages says so and offers "Check again": the app
sends nothing more until then (ARCHITECTURE §10).

File → "Start when I sign in" is the user's autostart option (``profile/autostart.py``); IT's
``Autostart`` policy sets it and locks it, and so does a per-machine install's Run value.
When IT's enrollment code enrolls this PC at start, the status bar says so, and says once if
it failed (never a modal box at start: nobody asked for one).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from . import theme
from .session import ConnectionState, Session
from .tasks import Busy
from .text import fill
from .widgets import fit_to_screen, set_properties, tint_panel

if TYPE_CHECKING:
    from ..profile.autostart import Status as AutostartStatus

# (key, endpoint the token must be able to call, or None for always shown)
PAGES: tuple[tuple[str, str | None], ...] = (
    ("profile", None),
    ("device", None),
    ("tokens", "tokens.list"),
    ("audit", "audit.read"),
    ("policy", "policy.read"),
)

#: Pages only a global token is offered (DESIGN §8: the policy is the whole service's).
GLOBAL_ONLY = frozenset({"policy"})


# The page list reads as a sidebar, not a framed list box (on this widget alone: see widgets.py
# on why the app has no style sheet of its own).
NAVIGATION_STYLE = ("QListWidget { border: none; padding-top: 6px; } "
                    "QListWidget::item { padding: 7px 10px; }")


#: The navigation is as wide as its longest page name needs, at most this: every pixel it
#: does not need goes to the page (at 200 % on a small screen there are few to spare).
NAVIGATION_MAX_WIDTH = 190
NAVIGATION_PADDING = 36  # the items' padding on both sides, and a frame


class MainWindow(QMainWindow):
    """The pages of ``page_factories`` (``pages.page_factories()`` for the app) on
    ``session``, which carries the application context to every page and dialog."""

    def __init__(self, session: Session,
                 page_factories: Mapping[str, Callable[[Session], QWidget]]) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.session = session
        self._preferred_size = QSize(1100, 680)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setStyleSheet(NAVIGATION_STYLE)
        self.nav.setFixedWidth(NAVIGATION_MAX_WIDTH)
        self.nav.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        self._items: dict[str, QListWidgetItem] = {}
        for key, _endpoint in PAGES:
            factory = page_factories.get(key)
            if factory is None:
                continue
            page = factory(session)
            self.pages[key] = page
            self.stack.addWidget(page)
            item = QListWidgetItem()
            self.nav.addItem(item)
            self._items[key] = item
        self.nav.currentItemChanged.connect(self._show_page)

        self.device_banner = QFrame()
        self.device_banner.setObjectName("deviceDisabledBanner")
        tint_panel(self.device_banner, theme.Tone.ERROR)
        self.device_banner_text = QLabel(self.device_banner)
        self.device_banner_text.setWordWrap(True)
        set_properties(self.device_banner_text, textFormat="PlainText")
        self.check_again_button = QPushButton(self.device_banner)
        self.check_again_button.setObjectName("checkDeviceAgain")
        self.check_again_button.clicked.connect(session.retry_now)
        banner_layout = QHBoxLayout(self.device_banner)
        banner_layout.setContentsMargins(12, 8, 12, 8)
        banner_layout.addWidget(self.device_banner_text, 1)
        banner_layout.addWidget(self.check_again_button)
        self.device_banner.hide()

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.setSpacing(0)
        right.addWidget(self.device_banner)
        right.addWidget(self.stack, 1)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addLayout(right, 1)
        self.setCentralWidget(central)

        self.server_label = QLabel()
        self.org_label = QLabel()
        self.state_label = QLabel()
        for w in (self.server_label, self.org_label):
            set_properties(w, textFormat="PlainText")  # server text, never rich text
            self.statusBar().addWidget(w)
        self.statusBar().addPermanentWidget(self.state_label)
        self.retry_button = QPushButton()
        self.retry_button.setObjectName("retryConnection")
        self.retry_button.setFlat(True)
        self.retry_button.hide()
        self.retry_button.clicked.connect(session.retry_now)
        self.statusBar().addPermanentWidget(self.retry_button)
        # Counts down to the next retry while FAILED (only then: an idle app has no timers).
        self._countdown = QTimer(self)
        self._countdown.setInterval(1000)
        self._countdown.timeout.connect(self._update_state_text)

        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.setToolTipsVisible(True)  # why "Start when I sign in" is locked
        # Hidden until this OS is known to support it (not macOS) and its state is read.
        self.autostart_action = QAction(self)
        self.autostart_action.setObjectName("autostartAction")
        self.autostart_action.setCheckable(True)
        self.autostart_action.setVisible(False)
        self.autostart_action.triggered.connect(self._autostart_chosen)
        self.file_menu.addAction(self.autostart_action)
        self.file_menu.addSeparator()
        self.autostart: AutostartStatus | None = None  # as last read (worker)
        self._autostart_task = Busy(self, lambda _busy: self._update_autostart(),
                                    self._autostart_failed)
        self._apply_managed_autostart = False  # run_app asks; done once the policy is read
        self._autostart_started = False
        self.quit_action = QAction(self)
        # Through the property: setShortcut()'s overloads would touch the Qt enums (widgets.py)
        set_properties(self.quit_action, shortcut=QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addAction(self.quit_action)
        self.help_menu = self.menuBar().addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.about_dialog: QDialog | None = None
        # The About facts are found on a worker (platform may start a process).
        self._about_facts = Busy(self, lambda busy: self.about_action.setEnabled(not busy),
                                 self._about_failed)
        self.help_menu.addAction(self.about_action)

        session.registration_failed.connect(self._registration_failed)
        session.state_changed.connect(self._update_state)
        session.profile_changed.connect(self._update_state)
        session.profile_changed.connect(self._read_autostart_once)
        session.enrollment_started.connect(self._enrollment_started)
        session.enrolled.connect(self._enrolled)
        session.enrollment_failed.connect(self._enrollment_failed)
        self.retranslate()
        self._update_state()
        fit_to_screen(self, self._preferred_size)
        if self.nav.count():
            self.nav.setCurrentRow(0)

    def start(self, *, hidden: bool = False, minimized: bool = False) -> None:
        """Show the window and, in idle time from then on, prepare the pages not opened yet
        (``pages.warm_up``), so that opening one later does not stall the window.

        Started at sign-in (``--autostart``) the app keeps out of the way: ``hidden`` (only
        the tray icon shows; it opens the window) or ``minimized`` (on the taskbar)."""
        from .pages import warm_up

        if hidden:
            pass  # the tray's "Open Compliance Client" shows it
        elif minimized:
            self.showMinimized()
        else:
            self.show()
        warm_up(self, list(self.pages.values()))

    # -- texts -----------------------------------------------------------------------------

    def page_title(self, key: str) -> str:
        return {
            "profile": self.tr("Profile"),
            "device": self.tr("This device"),
            "tokens": self.tr("API tokens"),
            "audit": self.tr("Audit log"),
            "policy": self.tr("Token policy"),
        }[key]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Compliance Client"))
        for key, item in self._items.items():
            item.setText(self.page_title(key))
        metrics = self.nav.fontMetrics()
        widest = max((metrics.horizontalAdvance(self.page_title(key)) for key in self._items),
                     default=0)
        self.nav.setFixedWidth(min(NAVIGATION_MAX_WIDTH, widest + NAVIGATION_PADDING))
        self.nav.setAccessibleName(self.tr("Pages"))
        self.file_menu.setTitle(self.tr("&File"))
        self.autostart_action.setText(self.tr("&Start when I sign in"))
        self._update_autostart()
        self.quit_action.setText(self.tr("E&xit"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Compliance Client"))
        self.retry_button.setText(self.tr("Retry &now"))
        self.retry_button.setToolTip(self.tr("Try to reach the server again now"))
        # DESIGN §9's sentence, then what the app does meanwhile.
        self.device_banner_text.setText(
            self.tr("This PC's device ID is disabled on the server. An administrator can "
                    "enable it.") + "\n"
            + self.tr("Until then this app does not contact the server. Once it is enabled, "
                      "check again."))
        self.device_banner.setAccessibleName(self.tr("Device ID disabled"))
        self.check_again_button.setText(self.tr("Check a&gain"))
        self.check_again_button.setToolTip(
            self.tr("Ask the server whether this PC's device ID is enabled again"))
        self._update_state()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- state -----------------------------------------------------------------------------

    def _update_state(self) -> None:
        s = self.session
        profile = s.profile
        self.server_label.setText(
            fill(self.tr("Server: %1"), profile.url) if profile and profile.url
            else self.tr("No server set"))
        access = s.access
        self.org_label.setText(
            fill(self.tr("Organization: %1"), access.token.organization_name)
            if access else "")
        self.org_label.setVisible(access is not None)
        failed = s.state == ConnectionState.FAILED
        self._update_state_text()
        if failed and s.error is not None:
            from .errors import describe

            self.state_label.setToolTip(describe(s.error))
        else:
            self.state_label.setToolTip("")
        disabled = s.device_disabled
        self.device_banner.setVisible(disabled)
        self.check_again_button.setEnabled(not s.retrying)
        self.retry_button.setVisible(failed and profile is not None and not disabled)
        if failed and s.retry_in() is not None:
            self._countdown.start()
        else:
            self._countdown.stop()
        known = s.access or s.known_access
        for key, endpoint in PAGES:
            item = self._items.get(key)
            if item is not None and endpoint is not None:
                # Not known yet: offer the page while the server is out of reach.
                hidden = (not known.may(endpoint)
                          or (key in GLOBAL_ONLY and not known.token.is_global)
                          if known is not None else not failed)
                item.setHidden(hidden)
                if hidden and self.nav.currentItem() is item:
                    self.nav.setCurrentRow(0)

    def _update_state_text(self) -> None:
        s = self.session
        wait = s.retry_in() if s.state == ConnectionState.FAILED else None
        if s.retrying:
            self.state_label.setText(self.tr("Not connected · retrying…"))
        elif wait is None:
            self.state_label.setText(s.state_text())
        else:
            self.state_label.setText(fill(self.tr("Not connected · retrying in %1 s"),
                                          max(1, round(wait))))

    def _registration_failed(self, error: BaseException) -> None:
        from .errors import describe

        self.statusBar().showMessage(
            fill(self.tr("This PC could not be registered with the server yet; it will be "
                         "tried again at the next start. %1"), describe(error)), 30000)

    # -- enrolling with IT's code ----------------------------------------------------------

    def _enrollment_started(self, url: str) -> None:
        self.statusBar().showMessage(fill(self.tr("Enrolling this PC with %1…"), url))

    def _enrolled(self, url: str) -> None:
        self.statusBar().showMessage(
            fill(self.tr("Your organization enrolled this PC with %1."), url), 60000)

    def _enrollment_failed(self, _error: BaseException) -> None:
        # Once, and not in a box; short, as a status bar does not wrap: the Profile page
        # says why at length, for the rest of the run.
        self.statusBar().showMessage(
            self.tr("This PC could not be enrolled with your organization's code; the "
                    "Profile page says why."), 60000)

    # -- File → Start when I sign in --------------------------------------------------------

    def apply_managed_autostart(self) -> None:
        """At the app's start: make sign-in start the app, or not, as IT's ``Autostart``
        says (nothing when IT leaves it to the user), once the policy is read."""
        self._apply_managed_autostart = True
        if self.session.managed is not None:
            self._autostart_started = False
            self._read_autostart_once()

    def _managed_autostart(self) -> bool | None:
        managed = self.session.managed
        return managed.autostart if managed is not None else None

    def _read_autostart_once(self) -> None:
        """Once the session has read the managed settings: apply IT's choice if asked
        (:meth:`apply_managed_autostart`), then read the state (a worker: registry, file)."""
        if self._autostart_started or self.session.managed is None:
            return
        self._autostart_started = True
        from ..profile import autostart

        wanted = self._managed_autostart() if self._apply_managed_autostart else None
        if wanted is None:
            self._autostart_task.run(autostart.status, self._autostart_known)
            return

        def apply() -> AutostartStatus:
            state = autostart.status()
            if state.supported and not state.machine and state.enabled != wanted:
                autostart.set_enabled(wanted)
                state = autostart.status()
            return state

        self._autostart_task.run(apply, self._autostart_known)

    def _autostart_chosen(self, checked: bool) -> None:
        """The user ticked or cleared the option: write or remove the entry (worker)."""
        from ..profile import autostart

        def change() -> AutostartStatus:
            autostart.set_enabled(checked)
            return autostart.status()

        self._autostart_task.run(change, self._autostart_known)

    def _autostart_known(self, state: AutostartStatus) -> None:
        self.autostart = state
        self._update_autostart()

    def _autostart_failed(self, error: BaseException) -> None:
        from .errors import describe

        self._update_autostart()  # back to the state last read
        self.statusBar().showMessage(
            fill(self.tr("The \u201cStart when I sign in\u201d setting could not be changed. %1"),
                 describe(error)),
            30000)

    def _update_autostart(self) -> None:
        action, state = self.autostart_action, self.autostart
        action.setVisible(state is not None and state.supported)
        if state is None:
            return
        action.setChecked(state.enabled)
        managed = self._managed_autostart() is not None
        action.setEnabled(not (managed or state.machine or self._autostart_task.running))
        if managed:
            tip = self.tr("Set by your organization")
        elif state.machine:
            tip = self.tr("Set for every user of this PC when the app was installed; only "
                          "an administrator can change it")
        else:
            tip = self.tr("Start Compliance Client in the background when you sign in to "
                          "this PC")
        action.setToolTip(tip)
        action.setStatusTip(tip)

    def _show_page(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        # Rows never move (a page the token may not use is hidden, not removed).
        page = self.pages[list(self._items)[self.nav.row(item)]]
        self.stack.setCurrentWidget(page)
        activate = getattr(page, "activate", None)
        if activate is not None:
            activate()

    def show_page(self, key: str) -> None:
        self.nav.setCurrentItem(self._items[key])

    def _about(self) -> None:
        """Help → About: versions, paths and "Copy diagnostics" (non-modal, one at a time)."""
        from .about_dialog import AboutDialog, Environment

        if self.about_dialog is not None:
            self._show_about(self.about_dialog)
        elif not self._about_facts.running:
            self._about_facts.run(
                Environment.current,
                lambda env: self._show_about(AboutDialog(env, self)))

    def _show_about(self, dialog: QDialog) -> None:
        self.about_dialog = dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()

    def _about_failed(self, error: BaseException) -> None:
        from .errors import describe

        self.statusBar().showMessage(describe(error), 30000)
