"""The This device page against a real token server on loopback."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from compliance_client.domain.device_identity import is_device_id
from compliance_client.profile import device_id
from compliance_client.service.client import TokenServerClient
from compliance_client.ui.pages.device_page import DevicePage, DeviceState
from compliance_client.ui.session import ConnectionState

from ..helpers.cli import dead_port_url
from ..helpers.ui import answer_next_box

Yes = QMessageBox.StandardButton.Yes
No = QMessageBox.StandardButton.No
Ok = QMessageBox.StandardButton.Ok


@pytest.fixture
def page(qtbot, session):
    def make() -> DevicePage:
        session.reload()
        qtbot.waitUntil(lambda: session.state != ConnectionState.CONNECTING)
        p = DevicePage(session)
        qtbot.addWidget(p)
        p.resize(760, 520)
        p.show()
        p.activate()
        qtbot.waitUntil(lambda: not p.busy_now)
        return p

    return make


def server_status(url: str, key: str) -> str:
    with TokenServerClient(url, key) as client:
        return client.get_device(device_id()).status


def test_register_then_disable_no_and_yes(qtbot, page, make_profile, issue_token, ui_server):
    key = issue_token()
    make_profile("Work", key)
    p = page()
    assert is_device_id(p.id_value.text()) and p.id_value.text() == device_id()
    assert p.host_value.text()
    assert p.state == DeviceState.NOT_REGISTERED
    assert p.register_button.isVisible() and not p.disable_button.isVisible()
    assert not p.error_label.isVisible()

    QApplication.clipboard().clear()
    qtbot.mouseClick(p.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == device_id()

    box = answer_next_box(Ok)
    qtbot.mouseClick(p.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(box.texts))
    assert box.titles == ["Device registered"]
    assert p.state == DeviceState.ACTIVE and p.status_value.text() == "Active"
    assert p.registered_value.text() and p.registered_value.isVisible()
    assert p.disable_button.isVisible() and not p.register_button.isVisible()

    # No changes nothing, on the page or on the server.
    box = answer_next_box(No)
    qtbot.mouseClick(p.disable_button, Qt.MouseButton.LeftButton)
    assert box.titles == ["Disable device ID"]
    assert ("This PC will no longer be accepted by the compliance server until an "
            "administrator enables it again.") in box.texts[0]
    assert not p.busy_now and p.state == DeviceState.ACTIVE
    assert server_status(ui_server.url, key) == "active"

    box = answer_next_box(Yes)
    qtbot.mouseClick(p.disable_button, Qt.MouseButton.LeftButton)
    assert box.texts
    done = answer_next_box(Ok)
    qtbot.waitUntil(lambda: bool(done.texts))
    assert done.titles == ["Device ID disabled"]
    assert done.texts[0].startswith("Device ID disabled.")
    assert server_status(ui_server.url, key) == "disabled"
    assert p.state == DeviceState.DISABLED and p.status_value.text() == "Disabled"
    assert p.disabled_value.isVisible() and not p.disable_button.isVisible()
    # This PC registered with its device key and signs: the server now refuses it, so the
    # app stops and Enable is not offered here (ARCHITECTURE §10: someone else enables it).
    qtbot.waitUntil(lambda: p.session.device_disabled)
    assert not p.enable_button.isVisible()

    with TokenServerClient(ui_server.url, key) as elsewhere:  # unsigned: another PC
        elsewhere.enable_device(device_id())
    p.session.retry_now()
    qtbot.waitUntil(lambda: p.session.state == ConnectionState.CONNECTED)
    qtbot.waitUntil(lambda: p.state == DeviceState.ACTIVE)
    assert server_status(ui_server.url, key) == "active"


def test_enable_offered_for_a_pc_without_device_key(qtbot, page, make_profile, issue_token,
                                                    ui_server):
    """A device registered without a key (by a script) cannot sign, so disabling it does not
    stop this PC's requests; the page then offers Enable, and it works."""
    key = issue_token()
    make_profile("Work", key)
    p = page()
    with TokenServerClient(ui_server.url, key) as client:
        client.register_device(device_id(), "pc", "Work")
        client.disable_device(device_id())
    p.refresh()
    qtbot.waitUntil(lambda: not p.busy_now)
    assert p.state == DeviceState.DISABLED and p.enable_button.isVisible()
    assert "no device key" in p.key_note.text()
    done = answer_next_box(Ok)
    qtbot.mouseClick(p.enable_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(done.texts))
    assert done.titles == ["Device ID enabled"]
    assert server_status(ui_server.url, key) == "active"


def test_enable_hidden_without_the_right(qtbot, page, make_profile, issue_token, ui_server):
    key = issue_token(blocked_endpoints=["devices.enable"])
    make_profile("Work", key)
    p = page()
    with TokenServerClient(ui_server.url, key) as client:
        client.register_device(device_id(), "pc", "Work")
        client.disable_device(device_id())
    p.refresh()
    qtbot.waitUntil(lambda: not p.busy_now)
    assert p.state == DeviceState.DISABLED
    assert not p.enable_button.isVisible() and not p.disable_button.isVisible()


def test_no_profile(qtbot, page):
    p = page()
    assert p.id_value.text() == device_id()  # the ID needs no server
    assert p.error_label.isVisible()
    assert p.error_label.text() == "No profile is set up yet. Fill in the profile first."
    assert p.state == DeviceState.UNKNOWN
    assert not p.disable_button.isVisible() and not p.register_button.isVisible()


def test_no_token(qtbot, page, make_profile):
    make_profile("Work", None)
    p = page()
    assert p.error_label.text() == "This profile has no API token. Enter one in the profile."


def test_token_lacks_the_right(qtbot, page, make_profile, issue_token):
    make_profile("Work", issue_token(allowed_endpoints=["tokens.*"]))
    p = page()
    assert p.error_label.text() == "This token is not allowed to use devices.read."
    assert p.state == DeviceState.UNKNOWN


def test_server_down(qtbot, page, make_profile, issue_token):
    make_profile("Work", issue_token(), url=dead_port_url())
    p = page()
    assert "refused the connection" in p.error_label.text()
    assert p.refresh_button.isEnabled()


def test_profile_change_refreshes(qtbot, page, make_profile, issue_token, session):
    make_profile("Work", issue_token(allowed_endpoints=["tokens.*"]))
    p = page()
    assert p.error_label.isVisible()
    make_profile("Other", issue_token())
    session.reload()
    qtbot.waitUntil(lambda: p.state == DeviceState.NOT_REGISTERED)
    assert not p.error_label.isVisible()
