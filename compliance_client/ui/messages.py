"""The one message-box helper: every question and notice of the app goes through here.

Tests answer the boxes by finding ``QApplication.activeModalWidget()`` and clicking the
button they want (see tests/ui/helpers.py), so these stay ordinary modal QMessageBoxes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from .i18n import translate
from .widgets import set_properties


def _box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, detail: str | None
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("messageBox")
    # Texts hold names from the server (an organization called "<h1>…" is possible): never
    # let Qt guess they are rich text.
    set_properties(box, textFormat="PlainText")
    if detail:
        box.setInformativeText(detail)
    return box


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    detail: str | None = None,
    destructive: bool = False,
) -> bool:
    """A Yes/No question; No is the default for destructive actions."""
    box = _box(
        parent,
        QMessageBox.Icon.Warning if destructive else QMessageBox.Icon.Question,
        title,
        text,
        detail,
    )
    yes = box.addButton(QMessageBox.StandardButton.Yes)
    no = box.addButton(QMessageBox.StandardButton.No)
    yes.setText(translate("messages", "&Yes"))
    no.setText(translate("messages", "&No"))
    box.setDefaultButton(no if destructive else yes)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def inform(parent: QWidget | None, title: str, text: str, *, detail: str | None = None) -> None:
    """A notice with one OK button (e.g. "Profile saved")."""
    box = _box(parent, QMessageBox.Icon.Information, title, text, detail)
    box.addButton(QMessageBox.StandardButton.Ok).setText(translate("messages", "OK"))
    box.exec()


def warn(parent: QWidget | None, title: str, text: str, *, detail: str | None = None) -> None:
    """Something went wrong and the user should know what to do next."""
    box = _box(parent, QMessageBox.Icon.Warning, title, text, detail)
    box.addButton(QMessageBox.StandardButton.Ok).setText(translate("messages", "OK"))
    box.exec()
