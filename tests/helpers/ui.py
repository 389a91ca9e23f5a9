"""Helpers for UI tests: answer the app's modal message boxes by clicking real buttons, catch
the show-once key dialog, connect a session as a given token, type as a person does."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from shiboken6 import isValid

from compliance_client.domain.tokens import Token
from compliance_client.service.client import TokenServerClient
from compliance_client.ui.grid.model import LoadState
from compliance_client.ui.key_dialog import KeyDialog
from compliance_client.ui.pages.tokens_page import TokensPage
from compliance_client.ui.session import ConnectionState, Session
from compliance_client.ui.tasks import pending_tasks
from compliance_client.ui.token_dialog import TokenDialog

Ok = QMessageBox.StandardButton.Ok


class BoxAnswerer:
    """Clicks ``button`` on the next modal QMessageBox and remembers its text."""

    def __init__(self, button: QMessageBox.StandardButton) -> None:
        self.button = button
        self.texts: list[str] = []
        self.titles: list[str] = []
        self._tries = 500  # 5 s, then give up so a missing box fails the test, not hangs it

    def arm(self) -> BoxAnswerer:
        QTimer.singleShot(0, self._poll)
        return self

    def _poll(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            self.titles.append(box.windowTitle())
            self.texts.append(box.text() + ("\n" + box.informativeText()
                                            if box.informativeText() else ""))
            box.button(self.button).click()
            return
        self._tries -= 1
        if self._tries > 0:
            QTimer.singleShot(10, self._poll)


def answer_next_box(button: QMessageBox.StandardButton = QMessageBox.StandardButton.Ok
                    ) -> BoxAnswerer:
    """Arm before the action that opens a box; assert on ``.texts`` afterwards."""
    return BoxAnswerer(button).arm()


class BoxSequenceAnswerer(BoxAnswerer):
    """Clicks ``buttons`` in turn on the next modal QMessageBoxes, one per box: a box is
    answered once, and the next button waits for a box it has not answered yet."""

    def __init__(self, buttons: list[QMessageBox.StandardButton]) -> None:
        super().__init__(buttons[0])
        self.buttons = list(buttons)
        self._answered: list[QMessageBox] = []

    def _poll(self) -> None:
        box = QApplication.activeModalWidget()
        if (isinstance(box, QMessageBox) and self.buttons
                and not any(box is done for done in self._answered if isValid(done))):
            self._answered.append(box)
            self.titles.append(box.windowTitle())
            self.texts.append(box.text() + ("\n" + box.informativeText()
                                            if box.informativeText() else ""))
            button = box.button(self.buttons.pop(0))
            if button is None:  # not the question expected: close it, the test will fail
                self.texts[-1] += "\n[answered by closing: no such button]"
                box.reject()
            else:
                button.click()
            self._tries = 500
        elif self.buttons:
            self._tries -= 1
        if self.buttons and self._tries > 0:
            QTimer.singleShot(10, self._poll)


def answer_boxes(*buttons: QMessageBox.StandardButton) -> BoxSequenceAnswerer:
    """Answer the next ``len(buttons)`` message boxes with these buttons, in order."""
    answerer = BoxSequenceAnswerer(list(buttons))
    QTimer.singleShot(0, answerer._poll)
    return answerer


_names = itertools.count(1)


def unique(prefix: str) -> str:
    """A name no other test uses (the UI tests share one server)."""
    return f"{prefix} {datetime.now(UTC):%H%M%S%f} {next(_names)}"


def connect(qtbot: Any, session: Session, make_profile: Callable[..., Any], key: str,
            name: str = "Admin") -> Session:
    """Make ``key``'s profile active and wait until ``tokens.self`` has answered."""
    make_profile(name=name, token=key)
    session.reload()
    qtbot.waitUntil(lambda: session.state in (ConnectionState.CONNECTED,
                                              ConnectionState.FAILED), timeout=10000)
    assert session.state == ConnectionState.CONNECTED, session.error
    return session


class KeyCatcher:
    """Closes the next KeyDialog (a modal exec()) after reading its key and warning."""

    def __init__(self) -> None:
        self.keys: list[str] = []
        self.warnings: list[str] = []
        self.intros: list[str] = []
        self._tries = 800

    def arm(self) -> KeyCatcher:
        QTimer.singleShot(0, self._poll)
        return self

    def _poll(self) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, KeyDialog):
            self.keys.append(widget.key())
            self.warnings.append(widget.warning.text())
            self.intros.append(widget.intro.text())
            widget.accept()
            return
        self._tries -= 1
        if self._tries > 0:
            QTimer.singleShot(10, self._poll)


def find(client: TokenServerClient, name: str) -> list[Token]:
    return list(client.list_tokens(q=name, limit=50).items)


def type_into(qtbot: Any, widget: Any, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)


def save_and_answer(qtbot: Any, dialog: TokenDialog) -> tuple[Any, KeyCatcher]:
    """Click Save; answer the success box with OK and close a key dialog if one comes."""
    box = answer_next_box(Ok)
    keys = KeyCatcher().arm()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # The page's dialogs delete themselves on close: gone counts as closed.
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible(), timeout=8000)
    return box, keys


# -- the API tokens page and the token dialog --------------------------------------------


def open_tokens_page(qtbot: Any, session: Session, **kw: Any) -> TokensPage:
    page = TokensPage(session, **kw)
    qtbot.addWidget(page)
    page.resize(1200, 600)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.model.state in (LoadState.READY, LoadState.FAILED),
                    timeout=8000)
    return page


def search_tokens(qtbot: Any, page: TokensPage, text: str) -> None:
    """Type into the search box and wait for the (debounced) server answer."""
    type_into(qtbot, page.search_edit, text)
    qtbot.waitUntil(lambda: page.model.query == text.strip()
                    and page.model.state == LoadState.READY, timeout=8000)


def open_token_dialog(qtbot: Any, session: Session, token: Token | None = None,
                **kw: Any) -> TokenDialog:
    dialog = TokenDialog(session, token, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if token is not None:
        qtbot.waitUntil(lambda: dialog.save_button.isEnabled(), timeout=5000)
    # the server's catalogue arrives in the background
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=5000)
    return dialog
