"""The tray icon (DESIGN §10, ARCHITECTURE §11) against the real server: what it tells the end
user and when (the token's expiry near or past, this PC refused), each once; clicking a
notification opens the window on the Profile page; closing the window with a tray hides it,
and Quit quits.

The offscreen platform has no system tray, so the controller runs with its icon present but
never shown: what it would show comes through its ``notified`` signal, and the time it
checks at is the test's clock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QSystemTrayIcon

from compliance_client.cli.app_cmds import _tray
from compliance_client.profile import device_id
from compliance_client.service.client import TokenServerClient
from compliance_client.ui.context import AppContext
from compliance_client.ui.main_window import MainWindow
from compliance_client.ui.session import ConnectionState, Session
from compliance_client.ui.testing import make_session, open_main_window
from compliance_client.ui.tray import TrayController

from ..helpers.ui import connect

Notices = list[tuple[str, str]]


class Clock:
    """The time the tray checks at: now, or later by ``ahead`` (the test's days pass at
    once)."""

    def __init__(self) -> None:
        self.ahead = timedelta(0)

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.ahead


class Tray:
    """A tray controller on its own main window, and what it told."""

    def __init__(self, qtbot: Any, context: AppContext, session: Session,
                 clock: Clock) -> None:
        self.window = open_main_window(context, session=session, load=False)
        qtbot.addWidget(self.window)
        self.quits: list[int] = []
        self.controller = TrayController(self.window, clock=clock,
                                         quit_app=lambda: self.quits.append(1))
        self.notices: Notices = []
        self.controller.notified.connect(lambda title, text: self.notices.append((title,
                                                                                  text)))


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def open_tray(qtbot: Any, context: AppContext, clock: Clock) -> Callable[[Session], Tray]:
    return lambda session: Tray(qtbot, context, session, clock)


def _issue(client: TokenServerClient, organization_id: str, days: float) -> tuple[str, int]:
    issued = client.create_token(organization_name=organization_id.title(),
                                 organization_id=organization_id,
                                 expires_at=datetime.now(UTC) + timedelta(days=days))
    from tests.secrets_plugin import record_key

    record_key(issued.key)
    return issued.key, issued.token.id


SOON = ("API token expires soon",
        "Your API token expires in 5 days. Ask your administrator to extend it.")
EXPIRED = ("API token expired", "Your API token has expired. Ask your administrator to "
           "extend it or to issue a new one.")


def test_the_expiry_warning_is_told_once_per_token_and_expiry(
        qtbot: Any, session: Session, make_profile: Callable[..., Any],
        client: TokenServerClient, open_tray: Callable[[Session], Tray]) -> None:
    key, token_id = _issue(client, "tray-soon", days=5)
    connect(qtbot, session, make_profile, key)
    tray = open_tray(session)

    tray.controller.check()
    assert tray.notices == [SOON]
    assert "Your API token expires in 5 days." in tray.controller.icon.toolTip()
    # Checked again, hourly or at a state change: not told again.
    tray.controller.check()
    session.verify()
    qtbot.waitUntil(lambda: session.state == ConnectionState.CONNECTED, timeout=10000)
    assert tray.notices == [SOON]

    # The next start remembers it.
    tray.controller.quit()
    later = open_tray(session)
    later.controller.check()
    assert later.notices == []

    # Extended, the token nears its new expiry: that is news again.
    current = client.get_token(token_id)
    client.update_token(token_id, if_match=current.etag,
                        expires_at=datetime.now(UTC) + timedelta(days=8))
    session.verify()
    qtbot.waitUntil(lambda: bool(later.notices), timeout=10000)
    assert later.notices == [("API token expires soon", "Your API token expires in 8 days. "
                              "Ask your administrator to extend it.")]


def test_a_token_far_from_its_expiry_is_not_told(
        qtbot: Any, session: Session, make_profile: Callable[..., Any],
        client: TokenServerClient, open_tray: Callable[[Session], Tray]) -> None:
    key, _id = _issue(client, "tray-far", days=60)
    connect(qtbot, session, make_profile, key)
    tray = open_tray(session)
    tray.controller.check()
    assert tray.notices == []
    assert tray.controller.icon.toolTip() == "Compliance Client: Connected"


def test_expiry_is_told_when_the_time_comes_without_asking_the_server(
        qtbot: Any, session: Session, make_profile: Callable[..., Any],
        client: TokenServerClient, clock: Clock,
        open_tray: Callable[[Session], Tray]) -> None:
    key, _id = _issue(client, "tray-expired", days=5)
    connect(qtbot, session, make_profile, key)
    tray = open_tray(session)
    tray.controller.check()
    clock.ahead = timedelta(days=5, hours=1)  # the hourly check after the expiry
    tray.controller.check()
    tray.controller.check()
    assert tray.notices == [SOON, EXPIRED]


def test_a_token_refused_as_expired_at_start_is_told_once(
        qtbot: Any, context: AppContext, session: Session, make_profile: Callable[..., Any],
        client: TokenServerClient, expire_token: Callable[..., None],
        open_tray: Callable[[Session], Tray]) -> None:
    key, _id = _issue(client, "tray-refused", days=30)
    make_profile(token=key)
    expire_token(key)
    session.reload()
    qtbot.waitUntil(lambda: session.state == ConnectionState.FAILED, timeout=10000)
    tray = open_tray(session)
    tray.controller.check()
    assert tray.notices == [EXPIRED]

    restarted = make_session(context)  # the next start: the server refuses it again
    restarted.reload()
    qtbot.waitUntil(lambda: restarted.state == ConnectionState.FAILED, timeout=10000)
    later = open_tray(restarted)
    later.controller.check()
    assert later.notices == []


def test_a_suspended_token_is_told_once_per_change(
        qtbot: Any, session: Session, make_profile: Callable[..., Any],
        client: TokenServerClient, open_tray: Callable[[Session], Tray]) -> None:
    key, token_id = _issue(client, "tray-suspended", days=60)
    connect(qtbot, session, make_profile, key)
    tray = open_tray(session)
    suspended = ("API token suspended",
                 "Your API token is suspended. Ask your administrator to resume it.")

    client.suspend_token(token_id)
    session.verify()  # the session's state change is what the tray hears
    qtbot.waitUntil(lambda: bool(tray.notices), timeout=10000)
    assert tray.notices == [suspended]
    session.verify()
    qtbot.waitUntil(lambda: not session.retrying, timeout=10000)
    tray.controller.check()
    assert tray.notices == [suspended]

    client.resume_token(token_id)
    session.verify()
    qtbot.waitUntil(lambda: session.state == ConnectionState.CONNECTED, timeout=10000)
    client.suspend_token(token_id)
    session.verify()
    qtbot.waitUntil(lambda: len(tray.notices) == 2, timeout=10000)
    assert tray.notices == [suspended, suspended]


def test_a_disabled_device_is_told_and_shown_in_the_menu(
        qtbot: Any, context: AppContext, make_profile: Callable[..., Any],
        client: TokenServerClient, open_tray: Callable[[Session], Tray]) -> None:
    key, _id = _issue(client, "tray-device", days=60)
    make_profile(token=key)
    session = make_session(context, register_device=True)  # signs, as the app does
    with qtbot.waitSignal(session.device_registered, timeout=15000):
        session.reload()
    qtbot.waitUntil(lambda: session.state == ConnectionState.CONNECTED
                    and session.access is not None and session.access.device is not None,
                    timeout=15000)
    tray = open_tray(session)
    tray.controller.check()
    assert tray.controller.status_action.text() == "Compliance Client: Connected"
    assert not tray.controller.status_action.isEnabled()

    client.disable_device(device_id(), organization_id="tray-device")
    session.verify()
    qtbot.waitUntil(lambda: session.device_disabled, timeout=10000)
    assert tray.notices == [("Device ID disabled", "This PC's device ID is disabled on the "
                             "server. An administrator can enable it.")]
    assert tray.controller.status_action.text() == "Compliance Client: Device ID disabled"
    assert tray.controller.icon.toolTip() == "Compliance Client: Device ID disabled"
    tray.controller.check()
    assert len(tray.notices) == 1


offscreen_raise = pytest.mark.qt_log_ignore("This plugin does not support raise")


@offscreen_raise
def test_clicking_a_notification_opens_the_window_on_the_profile_page(
        qtbot: Any, session: Session, make_profile: Callable[..., Any],
        client: TokenServerClient, open_tray: Callable[[Session], Tray]) -> None:
    key, _id = _issue(client, "tray-click", days=5)
    connect(qtbot, session, make_profile, key)
    tray = open_tray(session)
    window: MainWindow = tray.window
    window.show_page("device")
    window.close()  # hidden to the tray
    assert not window.isVisible()

    tray.controller.icon.messageClicked.emit()
    assert window.isVisible()
    assert window.stack.currentWidget() is window.pages["profile"]

    window.close()
    tray.controller.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)
    assert window.isVisible()
    window.close()
    tray.controller.open_action.trigger()  # the menu's "Open Compliance Client"
    assert window.isVisible()


@offscreen_raise
def test_closing_the_window_hides_it_to_the_tray_and_quit_quits(
        qtbot: Any, session: Session, make_profile: Callable[..., Any],
        client: TokenServerClient, open_tray: Callable[[Session], Tray]) -> None:
    key, _id = _issue(client, "tray-close", days=60)
    connect(qtbot, session, make_profile, key)
    tray = open_tray(session)
    window = tray.window
    running = ("Compliance Client", "Compliance Client keeps running in the notification "
               "area. To quit it, choose Quit in its icon's menu.")

    assert not window.close()  # refused: hidden instead
    assert not window.isVisible() and tray.quits == []
    assert tray.notices == [running]
    tray.controller.open_window()
    window.close()
    assert tray.notices == [running]  # told the first time only, ever
    later = open_tray(session)
    later.window.close()
    assert later.notices == []

    # File → Exit quits too, rather than hiding the window.
    tray.controller.open_window()
    window.quit_action.trigger()
    assert tray.quits == [1] and not window.isVisible()

    later.controller.open_window()
    later.controller.quit_action.trigger()  # the icon's menu: Quit
    assert later.quits == [1] and not later.window.isVisible()
    assert not later.controller.icon.isVisible()


def test_without_a_system_tray_there_is_no_icon_and_closing_closes(
        qtbot: Any, context: AppContext, session: Session) -> None:
    if QSystemTrayIcon.isSystemTrayAvailable():
        pytest.skip("this desktop has a system tray")
    window = open_main_window(context, session=session, load=False)
    qtbot.addWidget(window)
    assert _tray(window) is None
    assert window.close()
