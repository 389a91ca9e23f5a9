"""Page shortcuts work the moment a page is chosen with the mouse in the navigation, without
Tab first (issue 15): F5 on the audit log and on This device reads them again."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from compliance_client.service.client import TokenServerClient
from compliance_client.ui.grid.model import LoadState
from compliance_client.ui.session import ConnectionState
from compliance_client.ui.testing import open_main_window

from ..helpers.ui import unique


def _window(qtbot: Any, admin: Any) -> Any:
    w = open_main_window(admin.context, session=admin, load=False)
    qtbot.addWidget(w)
    w.activateWindow()
    qtbot.waitExposed(w)
    assert admin.state == ConnectionState.CONNECTED
    return w


def _click_page(qtbot: Any, w: Any, key: str) -> None:
    item = w._items[key]
    rect = w.nav.visualItemRect(item)
    qtbot.mouseClick(w.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.stack.currentWidget() is w.pages[key]
    assert QApplication.focusWidget() in (w.nav, None)


def test_f5_reads_the_audit_log_again_right_after_a_click_in_the_navigation(
        qtbot: Any, admin: Any, ui_server: Any) -> None:
    w = _window(qtbot, admin)
    _click_page(qtbot, w, "device")  # built now, with its own F5, hidden behind the log next
    _click_page(qtbot, w, "audit")
    page = w.pages["audit"]
    qtbot.waitUntil(lambda: page.model.state == LoadState.READY, timeout=8000)
    name = unique("After F5")
    with TokenServerClient(ui_server.url, ui_server.admin_key) as c:
        c.create_token(organization_name=name, organization_id="f5")
    qtbot.keyClick(w.nav, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and name in str(
        page.model.index(0, 3).data()), timeout=8000)


def test_f5_asks_the_server_again_on_this_device(qtbot: Any, admin: Any) -> None:
    w = _window(qtbot, admin)
    _click_page(qtbot, w, "device")
    page = w.pages["device"]
    qtbot.waitUntil(lambda: not page.busy_now, timeout=8000)
    qtbot.keyClick(w.nav, Qt.Key.Key_F5)
    assert page.busy_now  # the question is on its way
    qtbot.waitUntil(lambda: not page.busy_now, timeout=8000)
