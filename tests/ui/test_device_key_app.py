"""The desktop app and this PC's device key (ARCHITECTURE §10), against the real server.

The app registers this PC with a device key kept in the keyring and signs every request with
it; a PC registered before device keys gets one at its next start without anyone doing
anything; when the server disables this PC's device ID the app shows a banner and stops
calling the server until the user checks again.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from compliance_client.profile import (
    ProfileStore,
    Vault,
    device_id,
    load_device_key,
    mark_device_registered,
)
from compliance_client.service.client import TokenServerClient
from compliance_client.service.errors import DeviceDisabled
from compliance_client.ui.context import AppContext
from compliance_client.ui.main_window import MainWindow
from compliance_client.ui.pages import LazyPage
from compliance_client.ui.pages.device_page import DevicePage, DeviceState
from compliance_client.ui.session import ConnectionState, Session
from compliance_client.ui.testing import make_session, open_main_window

from ..helpers.ui import answer_next_box

Yes = QMessageBox.StandardButton.Yes
Ok = QMessageBox.StandardButton.Ok


def _registering_session(context: AppContext) -> Session:
    return make_session(context, register_device=True)


def _connected_and_registered(qtbot: Any, session: Session) -> None:
    """Start the session and wait until this PC is registered and requests are signed."""
    with qtbot.waitSignal(session.device_registered, timeout=15000):
        session.reload()
    qtbot.waitUntil(lambda: session.state == ConnectionState.CONNECTED
                    and session.access is not None and session.access.device is not None,
                    timeout=15000)


def test_first_start_registers_this_pc_with_a_key_and_signs(
        qtbot: Any, context: AppContext, vault: Vault, make_profile: Callable[..., Any],
        issue_token: Callable[..., str], ui_server: Any) -> None:
    key = issue_token(organization_id="keyed-org")
    make_profile("Work", key)
    assert load_device_key(vault, device_id()) is None  # a new PC has no key yet
    session = _registering_session(context)
    _connected_and_registered(qtbot, session)

    device_key = load_device_key(vault, device_id())
    assert device_key is not None  # made at the first registration, kept in the keyring
    with TokenServerClient(ui_server.url, key) as client:
        on_server = client.get_device(device_id())
    assert on_server.key_thumbprint == device_key.thumbprint
    # The server recognises this PC in what the app sends: the requests are signed.
    assert session.access is not None and session.access.device is not None
    assert session.access.device.device_id == device_id()
    session.close()


def test_a_pc_registered_before_device_keys_gets_one_at_its_next_start(
        qtbot: Any, context: AppContext, store: ProfileStore, vault: Vault,
        make_profile: Callable[..., Any], issue_token: Callable[..., str],
        ui_server: Any) -> None:
    key = issue_token(organization_id="old-pc-org")
    profile = make_profile("Work", key)
    # As the first release did it: registered without a key, and the profile says so.
    with TokenServerClient(ui_server.url, key) as client:
        assert client.register_device(device_id(), "old-pc", "Work").key_thumbprint is None
    assert mark_device_registered(store, profile.name, profile.url)

    session = _registering_session(context)
    _connected_and_registered(qtbot, session)  # nobody clicks anything

    device_key = load_device_key(vault, device_id())
    assert device_key is not None
    with TokenServerClient(ui_server.url, key) as client:
        assert client.get_device(device_id()).key_thumbprint == device_key.thumbprint
    session.close()


def _device_page(window: MainWindow) -> DevicePage:
    page = window.pages["device"]
    if isinstance(page, LazyPage):  # built when first shown
        page = page.page
    assert isinstance(page, DevicePage)
    return page


def test_disable_stops_this_pc_at_once_with_a_banner_until_enabled_and_checked_again(
        qtbot: Any, context: AppContext, make_profile: Callable[..., Any],
        issue_token: Callable[..., str], ui_server: Any, tmp_path: Path) -> None:
    key = issue_token(organization_id="disable-org")
    make_profile("Work", key)
    session = _registering_session(context)
    window = open_main_window(context, session=session, load=False)
    qtbot.addWidget(window)
    _connected_and_registered(qtbot, session)
    assert not window.device_banner.isVisible()

    # The user disables this PC's device ID on This device, as the seed's flow has it.
    window.show_page("device")
    page = _device_page(window)
    qtbot.waitUntil(lambda: page.state == DeviceState.ACTIVE, timeout=10000)
    assert page.key_value.text() == session.access.device.key_thumbprint  # type: ignore[union-attr]
    answer_next_box(Yes)
    done = answer_next_box(Ok)
    qtbot.mouseClick(page.disable_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(done.texts), timeout=10000)

    # At once and visibly: the banner, the status bar, and no automatic retry.
    qtbot.waitUntil(lambda: session.device_disabled, timeout=10000)
    assert window.device_banner.isVisible()
    assert ("This PC's device ID is disabled on the server. An administrator can enable it."
            in window.device_banner_text.text())
    assert window.state_label.text() == "Device ID disabled"
    assert session.retry_in() is None and not window.retry_button.isVisible()
    assert page.state == DeviceState.DISABLED and not page.enable_button.isVisible()
    window.grab().save(str(tmp_path / "banner.png"))

    # The app does not call the server any more: a page's request is answered here.
    called: list[int] = []
    failures: list[BaseException] = []
    session.run(window, lambda client: called.append(1), None, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert called == [] and isinstance(failures[0], DeviceDisabled)

    # Really refused by the server, not just by the app: what this PC signs is 403.
    with TokenServerClient(ui_server.url, key, device_key=session.client().device_key) as pc:
        try:
            pc.verify()
        except DeviceDisabled:
            pass
        else:
            raise AssertionError("the server accepted a disabled PC")

    # Checking again while still disabled changes nothing.
    qtbot.mouseClick(window.check_again_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not session.retrying, timeout=10000)
    assert session.device_disabled and window.device_banner.isVisible()

    # An administrator enables it from elsewhere (an unsigned admin token here).
    with TokenServerClient(ui_server.url, ui_server.admin_key) as admin:
        device = admin.get_device(device_id(), organization_id="disable-org")
        admin.enable_device(device.device_id, organization_id="disable-org")
    qtbot.mouseClick(window.check_again_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: session.state == ConnectionState.CONNECTED, timeout=10000)
    assert not window.device_banner.isVisible() and not session.device_disabled
    qtbot.waitUntil(lambda: page.state == DeviceState.ACTIVE, timeout=10000)
    session.close()


def test_keyring_without_the_device_key_is_explained(
        qtbot: Any, context: AppContext, vault: Vault, make_profile: Callable[..., Any],
        issue_token: Callable[..., str], ui_server: Any) -> None:
    key = issue_token(organization_id="lost-key-org")
    make_profile("Work", key)
    session = _registering_session(context)
    _connected_and_registered(qtbot, session)
    vault.delete_device_key(device_id())  # the keyring was reset, or this is another user

    later = make_session(context)  # the next start
    later.reload()
    qtbot.waitUntil(lambda: later.state == ConnectionState.CONNECTED, timeout=10000)
    page = DevicePage(later)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    qtbot.waitUntil(lambda: page.state == DeviceState.ACTIVE, timeout=10000)
    assert page.key_value.text()  # the server's thumbprint
    assert "keyring does not hold this key" in page.key_note.text()
    assert "delete this device ID on the server" in page.key_note.text()
    session.close()
    later.close()
