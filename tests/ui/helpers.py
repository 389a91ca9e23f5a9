"""Helpers for UI tests: answer the app's modal message boxes by clicking real buttons."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox


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
