"""Widgets never do I/O (ARCHITECTURE §9): while the main window is built, each of its pages shown
and every dialog opened and used, no file is opened, no keyring asked, no socket connected
and no process started on the GUI thread. Workers (``ui/tasks.py``) may do all of it.

The checks wrap Python's own entry points (``open``, ``os.open``, a keyring backend,
``socket.connect``, ``subprocess.Popen``); Qt's own reading of its translations and icons is
not Python I/O and is not seen here.
"""

from __future__ import annotations

import builtins
import io
import os
import socket
import subprocess
import threading
import traceback
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from compliance_client.ui.about_dialog import AboutDialog
from compliance_client.ui.pages.profile_page import ProfilePage
from compliance_client.ui.profile_dialog import ProfileDialog
from compliance_client.ui.session import ConnectionState
from compliance_client.ui.tasks import pending_tasks
from compliance_client.ui.testing import (
    open_key_dialog,
    open_main_window,
    open_profile_dialog,
    open_token_dialog,
)

from ..helpers.keyring_fakes import InMemoryKeyring
from ..helpers.ui import answer_next_box


class GuiThreadIO:
    """Records every guarded call made on the GUI thread while armed."""

    def __init__(self) -> None:
        self.armed = False
        self.calls: list[str] = []
        self._inside = threading.local()

    def check(self, what: str, target: object = None) -> None:
        if (not self.armed or threading.current_thread() is not threading.main_thread()
                or getattr(self._inside, "on", False)):
            return
        self._inside.on = True  # formatting the stack must not record itself
        try:
            shown = target if isinstance(target, str | bytes | int | os.PathLike) else ""
            stack = "".join(traceback.format_stack(limit=14)[:-2])
            self.calls.append(f"{what}({shown!r})\n{stack}")
        finally:
            self._inside.on = False

    def wrap(self, what: str, original: Callable[..., Any]) -> Callable[..., Any]:
        def guarded(*args: Any, **kwargs: Any) -> Any:
            self.check(what, args[0] if args else None)
            return original(*args, **kwargs)

        return guarded


class GuardedKeyring(InMemoryKeyring):
    guard: GuiThreadIO

    def get_password(self, service: str, username: str) -> str | None:
        self.guard.check("keyring.get_password", username)
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self.guard.check("keyring.set_password", username)
        super().set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        self.guard.check("keyring.delete_password", username)
        super().delete_password(service, username)


@pytest.fixture
def gui_io(monkeypatch: pytest.MonkeyPatch, install_keyring: Any) -> Iterator[GuiThreadIO]:
    guard = GuiThreadIO()
    keyring = GuardedKeyring()
    keyring.guard = guard
    install_keyring(keyring)
    for owner, name in ((builtins, "open"), (io, "open"), (os, "open"),
                        (socket.socket, "connect"), (socket.socket, "connect_ex"),
                        (subprocess.Popen, "__init__")):
        monkeypatch.setattr(owner, name, guard.wrap(f"{getattr(owner, '__name__', owner)}."
                                                    f"{name}", getattr(owner, name)))
    yield guard
    guard.armed = False


def settle(qtbot: Any) -> None:
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=15000)


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen only
def test_the_gui_thread_does_no_io(qtbot: Any, gui_io: GuiThreadIO, context: Any,
                                   session: Any, make_profile: Any, ui_server: Any,
                                   client: Any) -> None:
    # Set-up (profile file, keyring, server) on this thread, before the guard is armed.
    make_profile("Admin", ui_server.admin_key)
    issued = client.create_token(organization_name="Guarded", organization_id="guarded")
    from tests.secrets_plugin import record_key

    record_key(issued.key)

    gui_io.armed = True
    window = open_main_window(context, session=session)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: session.state == ConnectionState.CONNECTED, timeout=10000)
    for key in ("device", "tokens", "audit", "profile"):
        window.show_page(key)
        settle(qtbot)

    # Help → About, and Copy diagnostics (reads the log).
    window.about_action.trigger()
    qtbot.waitUntil(lambda: window.about_dialog is not None)
    about = window.about_dialog
    assert isinstance(about, AboutDialog)
    with qtbot.waitSignal(about.copied):
        about.copy_diagnostics()
    about.close()

    # The Profile page's "Edit profile…" (modal): opened, read, cancelled.
    page = window.pages["profile"]
    assert isinstance(page, ProfilePage)

    def cancel_when_read() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ProfileDialog) and dialog.ready and not dialog.token_checking:
            dialog.reject()
        else:
            qtbot.wait(10)
            cancel_when_read()

    QTimer.singleShot(0, cancel_when_read)
    assert page.open_dialog() is False

    # The profile dialog on its own: test the connection with the stored token, then save.
    dialog = open_profile_dialog(context)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.ready and not dialog.token_checking)
    assert dialog.token_stored is True
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.test_result.isVisible(), timeout=10000)
    box = answer_next_box(QMessageBox.StandardButton.Ok)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert box.texts == ["Your profile is saved."]

    # The API token dialog, adding and editing; the key dialog.
    for token in (None, issued.token):
        editor = open_token_dialog(session, token)
        qtbot.addWidget(editor)
        qtbot.waitUntil(lambda editor=editor: editor.save_button.isEnabled(), timeout=10000)
        settle(qtbot)
        editor.reject()
    shown = open_key_dialog(issued.key, "Guarded", clear_after_ms=50)
    qtbot.addWidget(shown)
    shown.accept()
    settle(qtbot)

    gui_io.armed = False
    assert not gui_io.calls, (f"{len(gui_io.calls)} I/O calls on the GUI thread; the first:\n"
                              + gui_io.calls[0])


def test_the_guard_sees_gui_thread_io(qtbot: Any, gui_io: GuiThreadIO, store: Any) -> None:
    """The check itself: a read on the GUI thread is seen, the same read on a worker is not."""
    from compliance_client.ui.tasks import run_task

    store.path.parent.mkdir(parents=True, exist_ok=True)
    store.path.write_text("{}", encoding="utf-8")
    owner = QApplication.instance()
    assert owner is not None
    gui_io.armed = True
    run_task(owner, store.path.read_bytes)
    settle(qtbot)
    assert not gui_io.calls
    store.path.read_bytes()
    gui_io.armed = False
    assert len(gui_io.calls) == 1 and "open" in gui_io.calls[0]
