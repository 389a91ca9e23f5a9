"""Small widgets the dialogs and pages share: a password field with show/hide, an inline
field-error label, a word-wrapped label that keeps room for all its lines, a read-only
selectable value, and a busy indicator.

Widgets on the start-up path (this module, the main window, the Profile page) set Qt enum
and flag values with :func:`set_properties`, by name, rather than through ``Qt.…``: the first
touch of the ``Qt`` namespace makes PySide6 build all of its hundred-odd enum classes, about
45 ms of a start that is otherwise some 300 ms (README, Performance).

Invalid fields are marked with the dynamic property ``invalid`` and a red border (a style
sheet on that field alone) *and* an inline :class:`FieldError` sentence, so the mark does not
rely on colour alone and a screen reader can announce it.

There is no application-wide style sheet: with one, Qt draws every widget through its style
sheet engine, which made each cell of a 100,000-row grid slower to paint. The few
looks the app adds are set on the widgets that need them.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QSize, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from . import theme

_WHITESPACE = re.compile(r"\s+")
_TEXT_WORD_WRAP = 0x1000  # Qt::TextWordWrap, without touching the Qt namespace


def set_properties(obj: QObject, **values: object) -> None:
    """Set Qt properties by name, enum and flag values as their C++ key names
    (``alignment="AlignLeft|AlignTop"``), the way a Designer ``.ui`` file does.

    Qt's meta-object system converts the names, so Python never touches the ``Qt`` enums.
    A misspelt property or key raises instead of being silently ignored."""
    for name, value in values.items():
        if not obj.setProperty(name, value):
            raise ValueError(f"{type(obj).__name__} rejected {name}={value!r}")


#: Room a window manager's title bar and borders take around a window (logical pixels).
TITLE_BAR_ALLOWANCE = 32
BORDER_ALLOWANCE = 8


def fit_to_screen(window: QWidget, preferred: QSize) -> None:
    """Size a top-level window ``preferred``, or as large as its screen's free area allows
    (less a title bar) when that is smaller: at 200 % on a 1400×900 screen only 700×450
    logical pixels are free, and a window larger than that puts its title bar off-screen."""
    area = window.screen().availableGeometry()
    room = QSize(area.width() - 2 * BORDER_ALLOWANCE,
                 area.height() - TITLE_BAR_ALLOWANCE - BORDER_ALLOWANCE)
    window.resize(preferred.boundedTo(room).expandedTo(window.minimumSizeHint()
                                                        .boundedTo(room)))


def _invalid_style() -> str:
    colour = theme.text_colour(theme.Tone.ERROR).name()
    return f"QLineEdit, QPlainTextEdit {{ border: 1px solid {colour}; }}"


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Set the ``invalid`` property and the red border that shows it."""
    if bool(widget.property("invalid")) == invalid:
        return
    widget.setProperty("invalid", invalid)
    widget.setStyleSheet(_invalid_style() if invalid else "")
    if invalid and not widget.property("followsPalette"):
        widget.setProperty("followsPalette", True)
        theme.follow_palette(widget, lambda: widget.setStyleSheet(
            _invalid_style() if widget.property("invalid") else ""))


class PageTitle(QLabel):
    """The heading at the top of a page: the app font at 15 pt."""

    POINT_SIZE = 15

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = self.font()
        font.setPointSizeF(self.POINT_SIZE)
        self.setFont(font)


def _look_of_an_error(label: QLabel) -> None:
    """Word-wrapped red plain text, selectable, no taller than it needs, hidden for now."""
    label.setProperty("role", "fieldError")
    label.setWordWrap(True)
    set_properties(label, alignment="AlignLeft|AlignTop", textFormat="PlainText",
                   textInteractionFlags="TextSelectableByMouse")
    # Never take more height than the text needs: spare room goes below the form.
    label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    # The palette colour works without the app's style sheet (tests, embedding).
    colour_text(label, theme.Tone.ERROR)
    label.hide()


def colour_text(widget: QWidget, tone: theme.Tone) -> None:
    """Draw ``widget``'s text in the colour of ``tone`` for the palette in force, now and
    whenever the system's colour scheme changes (call it once per widget)."""
    def apply() -> None:
        palette = widget.palette()
        palette.setColor(widget.foregroundRole(), theme.text_colour(tone))
        widget.setPalette(palette)

    theme.follow_palette(widget, apply)


def tint_panel(panel: QFrame, tone: theme.Tone) -> None:
    """Give ``panel`` a frame and the background and text colours of a note meaning
    ``tone``, kept right when the system's colour scheme changes (call it once)."""
    panel.setFrameShape(QFrame.Shape.StyledPanel)
    panel.setAutoFillBackground(True)

    def apply() -> None:
        background, text = theme.panel_colours(tone)
        palette = panel.palette()
        palette.setColor(panel.backgroundRole(), background)
        palette.setColor(panel.foregroundRole(), text)
        panel.setPalette(palette)

    theme.follow_palette(panel, apply)


class FieldError(QLabel):
    """A sentence under a field saying what to fix; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        _look_of_an_error(self)

    def show_error(self, text: str | None) -> None:
        self.setText(text or "")
        self.setVisible(bool(text))

    def clear_error(self) -> None:
        self.show_error(None)


class WrappedLabel(QLabel):
    """A word-wrapped label that keeps room for every one of its lines, in any layout.

    A word-wrapped QLabel normally negotiates its height with its layout (height-for-width),
    but a top-level dialog does not honour that: its minimum size counts such a label as one
    line, so a three-line message gets one line's room and overlaps the widget above. This
    label opts out of height-for-width and, whenever its text or width changes, sets its
    wrapped height as a plain minimum height, which every layout honours.

    ``error=True`` gives it the look of a :class:`FieldError` (red, hidden until there is
    something to say). :meth:`show_text` sets the text and shows the label only when there
    is one; :meth:`show_error` and :meth:`clear_error` are FieldError's names for the same.
    """

    def __init__(self, parent: QWidget | None = None, *, error: bool = False) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        if error:
            _look_of_an_error(self)

    def show_text(self, text: str | None) -> None:
        self.setText(text or "")
        self.setVisible(bool(text))

    def show_error(self, text: str | None) -> None:
        self.show_text(text)

    def clear_error(self) -> None:
        self.show_text(None)

    def hasHeightForWidth(self) -> bool:
        return False

    def setText(self, text: str) -> None:
        super().setText(text)
        self._reserve_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The width the layout has just given: a label being shown gets this event before
        # it counts as visible, in its layout cell, which may be narrower than its parent.
        self._reserve_height(event.size().width())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Text set while hidden was measured at a guessed width; when the layout gives the
        # label the same geometry as last time there is no resize event to correct it.
        self._reserve_height(self.width())

    def _reserve_height(self, outer: int | None = None) -> None:
        """Reserve the text's wrapped height at ``outer`` px wide (None: the current width,
        or while hidden, a guess: the parent's width)."""
        height = 0
        if self.text():
            margins = self.contentsMargins()
            if outer is None:
                # A hidden label's width is stale; it will take its parent's width when
                # shown, or less (a grid column): its resize event then measures again.
                parent = self.parentWidget()
                outer = (self.width() if self.isVisible() or parent is None
                         else parent.contentsRect().width())
            width = max(1, outer - margins.left() - margins.right() - 2 * self.margin())
            bounds = self.fontMetrics().boundingRect(
                0, 0, width, 100_000, _TEXT_WORD_WRAP, self.text())
            height = bounds.height() + margins.top() + margins.bottom() + 2 * self.margin()
        if height != self.minimumHeight():
            self.setMinimumHeight(max(0, height))


class SecretLineEdit(QLineEdit):
    """A line edit for a key: hidden by default, whitespace removed as it is typed or pasted.

    A key holds only letters, digits and ``_``; whitespace in it is always an accident of
    copying (a trailing newline, a line wrapped in an e-mail), so it is dropped at once
    rather than reported later as a mistyped key.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEchoMode(QLineEdit.EchoMode.Password)
        set_properties(self, inputMethodHints="ImhHiddenText|ImhNoPredictiveText"
                                              "|ImhNoAutoUppercase")
        self.textEdited.connect(self._drop_whitespace)

    def _drop_whitespace(self, text: str) -> None:
        cleaned = _WHITESPACE.sub("", text)
        if cleaned != text:
            cursor = len(_WHITESPACE.sub("", text[:self.cursorPosition()]))
            self.setText(cleaned)
            self.setCursorPosition(cursor)


class PasswordField(QWidget):
    """A :class:`SecretLineEdit` with a "Show"/"Hide" toggle button beside it.

    The toggle shows what is typed in the field. A stored token never comes back into the
    field (it stays in the keyring), so with the field empty there is nothing to show: the
    toggle is off then and its tooltip says why, rather than doing nothing visible.
    """

    textEdited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = SecretLineEdit(self)
        self.toggle = QToolButton(self)
        self.toggle.setCheckable(True)
        set_properties(self.toggle, focusPolicy="TabFocus")
        self.toggle.toggled.connect(self._set_visible)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.toggle)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self.textEdited)
        self.edit.textChanged.connect(self.retranslate)
        self.retranslate()

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def clear(self) -> None:
        self.edit.clear()

    def setPlaceholderText(self, text: str) -> None:
        self.edit.setPlaceholderText(text)

    def placeholderText(self) -> str:
        return self.edit.placeholderText()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    def is_revealed(self) -> bool:
        return self.edit.echoMode() == QLineEdit.EchoMode.Normal

    def _set_visible(self, shown: bool) -> None:
        self.edit.setEchoMode(QLineEdit.EchoMode.Normal if shown
                              else QLineEdit.EchoMode.Password)
        self.retranslate()

    def retranslate(self) -> None:
        typed = bool(self.edit.text())
        if not typed and self.toggle.isChecked():
            self.toggle.setChecked(False)  # calls back here once hidden again
            return
        self.toggle.setEnabled(typed)
        shown = self.toggle.isChecked()
        self.toggle.setText(self.tr("Hide") if shown else self.tr("Show"))
        self.toggle.setAccessibleName(self.tr("Hide the token") if shown
                                      else self.tr("Show the token"))
        self.toggle.setToolTip(self.toggle.accessibleName() if typed else self.tr(
            "Only a token typed here can be shown: a stored token stays in the system "
            "keyring."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ValueLabel(QLabel):
    """A read-only value a person may select and copy (an ID, a URL, a date).

    It sits at the leading edge, next to its label, whatever the script of its text: a
    word-wrapped label aligns each paragraph by the paragraph's own direction, so in an
    Arabic window a URL would otherwise drift to the far left, away from its label."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        set_properties(self, textFormat="PlainText",
                       textInteractionFlags="TextSelectableByMouse|TextSelectableByKeyboard")
        self._align()
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)

    def _align(self) -> None:
        set_properties(self, alignment="AlignRight|AlignAbsolute|AlignTop"
                       if self.isRightToLeft() else "AlignLeft|AlignTop")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LayoutDirectionChange:
            self._align()
        super().changeEvent(event)


class BusyIndicator(QProgressBar):
    """An indeterminate, slim progress bar shown while background work runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRange(0, 0)
        self.setTextVisible(False)
        self.setFixedSize(80, 12)
        self.hide()

    def set_busy(self, busy: bool) -> None:
        self.setVisible(busy)


class EditDialog(QDialog):
    """A dialog of input that asks before throwing changes away: on Esc, Cancel and the title
    bar's close button, :meth:`confirm_discard` decides (subclasses ask when something was
    changed). ``close()`` called by code (a window closing its dialogs, a test tearing down)
    is no person throwing input away, and a question would block that code: it never asks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._closing_from_code = False

    def confirm_discard(self) -> bool:
        """True when the input may go (nothing changed, or the user said so)."""
        return True

    def reject(self) -> None:
        if not self._closing_from_code and not self.confirm_discard():
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        # QDialog.closeEvent calls reject(); the title bar's close is a spontaneous event.
        self._closing_from_code = not event.spontaneous()
        try:
            super().closeEvent(event)
        finally:
            self._closing_from_code = False


class ButtonBox(QDialogButtonBox):
    """A dialog's button box that keeps the app's button texts across a language switch.

    On ``LanguageChange`` QDialogButtonBox puts Qt's own texts back on its standard buttons
    (without the app's mnemonics), whether the dialog retranslated before or after it; so the
    box calls ``retranslate`` again once it has done so."""

    def __init__(self, parent: QWidget, retranslate: Callable[[], None]) -> None:
        super().__init__(parent)
        self._retranslate = retranslate

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()


def copy_to_clipboard(text: str) -> None:
    QGuiApplication.clipboard().setText(text)


def plain_button(text: str = "", parent: QWidget | None = None) -> QPushButton:
    """A push button that never becomes the dialog's default, so Enter keeps meaning Save."""
    button = QPushButton(text, parent)
    button.setAutoDefault(False)
    button.setDefault(False)
    return button
