"""Message-box titles are never cut short (issue 15: the grid's delete question showed
"Delet… token" in its title bar). Every box of ``ui/messages.py`` is at least as wide as
its title needs in the title bar's font, with room for the window icon and the close
button; Qt's own allowance (50 pixels, in another font) is less than a Windows 11 title bar
takes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from compliance_client.ui import messages

#: What a title bar takes besides the title's text, at the least: a close button (46 px on
#: Windows 10/11) on one side and the same again on the other for a centred title (GNOME),
#: or the window icon and its margins (Windows).
TITLE_BAR_ROOM = 92


def title_width(title: str) -> int:
    widths = []
    for name in ("QTitleBar", "QMdiSubWindowTitleBar", "QMessageBox"):
        font = QFont(QApplication.font(name))  # type: ignore[call-overload]  # str, not bytes
        font.setBold(True)  # many window managers draw titles bold: the wider of the two
        widths.append(QFontMetrics(font).horizontalAdvance(title))
    return max(widths)


class BoxWatcher:
    """Reads the next message box's size once it is shown, then closes it."""

    def __init__(self) -> None:
        self.sizes: list[tuple[str, int]] = []
        self._tries = 500
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            self.sizes.append((box.windowTitle(), box.width()))
            box.buttons()[0].click()
            return
        self._tries -= 1
        if self._tries > 0:
            QTimer.singleShot(10, self._poll)


BOXES: dict[str, Callable[[QWidget | None, str, str], Any]] = {
    "ask": lambda parent, title, text: messages.ask(parent, title, text),
    "ask destructive": lambda parent, title, text: messages.ask(parent, title, text,
                                                                destructive=True),
    "inform": lambda parent, title, text: messages.inform(parent, title, text),
    "warn": lambda parent, title, text: messages.warn(parent, title, text, detail="Why."),
}


@pytest.mark.parametrize("kind", sorted(BOXES))
@pytest.mark.parametrize("title", [
    "Delete API token",
    "A rather long title for a message box with a very short text in it",
])
def test_a_box_is_as_wide_as_its_title(qtbot: Any, kind: str, title: str) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    watcher = BoxWatcher()
    BOXES[kind](parent, title, "Done.")
    assert watcher.sizes, "no box was shown"
    shown_title, width = watcher.sizes[0]
    assert shown_title == title
    assert width >= title_width(title) + TITLE_BAR_ROOM


def test_a_box_never_grows_wider_than_its_screen(qtbot: Any) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    watcher = BoxWatcher()
    messages.inform(parent, "Title " * 400, "Done.")
    screen = parent.screen().availableGeometry().width()
    assert watcher.sizes and watcher.sizes[0][1] <= screen
