"""The one message-box helper: every question and notice of the app goes through here.

Tests answer the boxes by finding ``QApplication.activeModalWidget()`` and clicking the
button they want (see tests/helpers/ui.py), so these stay ordinary modal QMessageBoxes.

A box is never narrower than its title needs (:func:`_fit_title`): QMessageBox allows the
title its width in the MDI title font plus 50 pixels, less than a real title bar takes (a
Windows 11 close button alone is 46), so "Delete API token" showed as "Delet… token".
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QGridLayout,
    QMessageBox,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from .i18n import translate
from .widgets import set_properties

#: What a title bar takes besides its text, in logical pixels: room for a close button on
#: both sides (46 pixels on Windows 10/11; a title centred in the bar, as GNOME draws it,
#: needs the same room on the side without buttons) and for the window icon's margins.
TITLE_BAR_ROOM = 2 * 46 + 20

#: The fonts a title may be drawn in: the platform's title bar font (Windows: the caption
#: font), the one QMessageBox measures with, and the box's own; the widest counts.
_TITLE_FONTS = ("QTitleBar", "QMdiSubWindowTitleBar", "QMessageBox")


def title_width(title: str) -> int:
    """The width a title bar needs for ``title``: its text in the widest title font, bold
    (many window managers draw titles bold), plus :data:`TITLE_BAR_ROOM`."""
    widest = 0
    for name in _TITLE_FONTS:
        # The stub types the class name as bytes (C++ const char*); the binding wants str.
        font = QFont(QApplication.font(name))  # type: ignore[call-overload]
        font.setBold(True)
        widest = max(widest, QFontMetrics(font).horizontalAdvance(title))
    return widest + TITLE_BAR_ROOM


def _fit_title(box: QMessageBox) -> None:
    """Make ``box`` at least as wide as its title needs (never wider than its screen).

    QMessageBox fixes its own size from its layout's minimum width when shown, so a strut
    across its grid layout is what widens it; set last, after every text and button, as
    setting a text may rebuild that layout."""
    layout = box.layout()
    if not isinstance(layout, QGridLayout):
        return
    screen = box.screen() or QApplication.primaryScreen()
    limit = screen.availableGeometry().width() if screen is not None else 1000
    margins = layout.contentsMargins()
    width = min(title_width(box.windowTitle()), limit) - margins.left() - margins.right()
    strut = QSpacerItem(max(0, width), 0, QSizePolicy.Policy.Minimum,
                        QSizePolicy.Policy.Minimum)
    layout.addItem(strut, layout.rowCount(), 0, 1, max(1, layout.columnCount()))


def _show(box: QMessageBox) -> None:
    _fit_title(box)
    box.exec()


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


def _put_above_buttons(box: QMessageBox, row: QWidget) -> None:
    """Add ``row`` under the box's texts, above its buttons (where QMessageBox puts its own
    check box); the box lays itself out again only when texts or buttons are added, and
    none is after this. A widget, not a layout: a layout made in Python stays Python's to
    delete, and its C++ side would be freed under the box's grid (a crash seen in CI)."""
    grid = box.layout()
    buttons = box.findChild(QDialogButtonBox)
    if not isinstance(grid, QGridLayout) or buttons is None:
        return
    grid.removeWidget(buttons)
    at = grid.rowCount()
    grid.addWidget(row, at, 1, 1, max(1, grid.columnCount() - 1))
    grid.addWidget(buttons, at + 1, 0, 1, grid.columnCount())


def ask(
    parent: QWidget | None,
    title: str,
    text: str,
    *,
    detail: str | None = None,
    destructive: bool = False,
    extra: Callable[[QMessageBox], QWidget] | None = None,
) -> bool:
    """A Yes/No question; No is the default for destructive actions.

    ``extra`` builds a row of further choices as a child widget of the box it is given (e.g.
    to change the box's detail as the choice changes), shown above the buttons."""
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
    if extra is not None:
        _put_above_buttons(box, extra(box))
    _show(box)
    return box.clickedButton() is yes


def inform(parent: QWidget | None, title: str, text: str, *, detail: str | None = None) -> None:
    """A notice with one OK button (e.g. "Profile saved")."""
    box = _box(parent, QMessageBox.Icon.Information, title, text, detail)
    box.addButton(QMessageBox.StandardButton.Ok).setText(translate("messages", "OK"))
    _show(box)


def warn(parent: QWidget | None, title: str, text: str, *, detail: str | None = None) -> None:
    """Something went wrong and the user should know what to do next."""
    box = _box(parent, QMessageBox.Icon.Warning, title, text, detail)
    box.addButton(QMessageBox.StandardButton.Ok).setText(translate("messages", "OK"))
    _show(box)
