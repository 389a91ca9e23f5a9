"""Every window of the app as a user meets it, for tests that walk them all (keyboard,
screen readers, right-to-left): the main window once per page, Profile settings, Add and
Edit API token, the show-once key dialog and About."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QToolBar,
    QWidget,
)

from compliance_client.domain.records import EnrollmentCode
from compliance_client.domain.tokens import Token
from compliance_client.ui.about_dialog import Environment
from compliance_client.ui.session import Session
from compliance_client.ui.testing import (
    open_about_dialog,
    open_enrollment_code_dialog,
    open_enrollment_dialog,
    open_key_dialog,
    open_main_window,
    open_profile_dialog,
    open_token_dialog,
)

#: A made-up About environment: finding the real one starts processes.
ABOUT = Environment(app_version="1.0", python_version="3.11", qt_version="6",
                    pyside_version="6", os_name="test", config_dir=Path("/c"),
                    data_dir=Path("/d"), log_dir=Path("/l"))

KEY = "cct_" + "A1b2C3d4E5f6" + "x" * 31  # key-shaped only: the key dialog shows any text
CODE = EnrollmentCode(1, "cce_" + "A1b2C3d4E5f6" + "x" * 37,
                      datetime(2030, 1, 1, 12, 0, tzinfo=UTC), 25)

MAIN_PAGES = ("profile", "device", "tokens", "audit")


def every_window(qtbot: Any, session: Session, token: Token) -> Iterator[tuple[str, QWidget]]:
    """Yield (name, window) for each window in turn, shown and settled; each is closed once
    the caller asks for the next."""
    main = open_main_window(session.context, session=session, load=False)
    qtbot.addWidget(main)
    qtbot.waitExposed(main)
    for key in MAIN_PAGES:
        main.show_page(key)
        qtbot.wait(50)
        yield f"main window, {key} page", main
    # Offline, the status bar adds "Retry now" to every page.
    main.retry_button.show()
    for key in MAIN_PAGES:
        main.show_page(key)
        qtbot.wait(20)
        yield f"main window offline, {key} page", main
    main.close()

    openers: list[tuple[str, Callable[[], QWidget]]] = [
        ("profile dialog", lambda: open_profile_dialog(session.context)),
        ("add token dialog", lambda: open_token_dialog(session)),
        ("edit token dialog", lambda: open_token_dialog(session, token)),
        ("key dialog", lambda: open_key_dialog(KEY, token.organization_name)),
        ("enrollment code template dialog", lambda: open_enrollment_dialog(session)),
        ("enrollment code dialog", lambda: open_enrollment_code_dialog(CODE)),
        ("about dialog", lambda: open_about_dialog(ABOUT)),
    ]
    for name, open_window in openers:
        window = open_window()
        qtbot.addWidget(window)
        qtbot.waitExposed(window)
        qtbot.wait(50)
        yield name, window
        window.close()


def mnemonic(text: str) -> str | None:
    """The lower-case letter after the single "&" of ``text``, or None."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].lower()
            i += 1  # "&&" is a literal ampersand
        i += 1
    return None


def mnemonics(window: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of every mnemonic a user can press in ``window`` as it is shown now:
    buttons, labels with a buddy, group boxes, tabs and menu titles of visible widgets."""
    found: list[tuple[str, str]] = []

    def add(text: str) -> None:
        letter = mnemonic(text)
        if letter is not None:
            found.append((letter, text))

    for w in [window, *window.findChildren(QWidget)]:
        if not w.isVisible():
            continue
        if isinstance(w, QAbstractButton) or (isinstance(w, QLabel) and w.buddy() is not None):
            add(w.text())
        elif isinstance(w, QGroupBox):
            add(w.title())
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                add(w.tabText(i))
        elif isinstance(w, QMenuBar):
            for action in w.actions():
                if action.isVisible():
                    add(action.text())
    return found


_CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView,
             QPlainTextEdit, QTextEdit)


def unreachable(window: QWidget) -> list[QWidget]:
    """Visible, enabled controls that Tab never reaches. Toolbar buttons are reached by
    their shortcuts and mnemonics, as in every Windows program, a table's corner button by
    Ctrl+A, and a button marked ``keyboardAlternative`` by the key its tooltip names (a date
    field's calendar button: Alt+Down or F4 in the field)."""
    out = []
    for w in window.findChildren(QWidget):
        if (not isinstance(w, _CONTROLS) or not w.isVisible() or not w.isEnabled()
                or isinstance(w.parentWidget(), QToolBar | QAbstractItemView)
                or w.property("keyboardAlternative")):
            continue
        if isinstance(w, QTextEdit | QPlainTextEdit) and w.isReadOnly():
            continue  # read-only text is read by the screen reader with its window
        target = w.focusProxy() or w
        if not target.focusPolicy() & Qt.FocusPolicy.TabFocus:
            out.append(w)
    return out


def keyboard_controls(window: QWidget) -> list[QWidget]:
    """The visible widgets a keyboard user can Tab to."""
    return [w for w in window.findChildren(QWidget)
            if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
            and w.focusProxy() is None]
