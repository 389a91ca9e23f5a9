"""The date field: a day typed in the user's locale or picked from a calendar.

Why not ``QDateEdit``: it edits a date section by section, so a whole date typed at once is
fitted into sections ("6/30/27" in "M/d/yy" became 2 June 2030) and what does not fit is
silently changed ("30 06 2027" became 2 06 2027); it kept the two-digit year of the locale's
short format; and Alt+Down/F4 stepped its value. Here the text is read as a whole by
:func:`~compliance_client.ui.text.parse_day`, the same function a test checks against
:func:`~compliance_client.ui.text.day_text` for every UI language: the day read is the day
typed, or there is none (``day()`` is None) and the form says so. Never a different day.

Keys: Alt+Down or F4 open the calendar (as in Windows' own date pickers); in it the arrows
move, Enter or a click picks, Esc (or Alt+Up, F4) closes it unchanged.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .text import day_text, parse_day


def format_example() -> str:
    """A day written the way the field reads it: 31 December of this year, whose day cannot
    be taken for a month ("12/31/2026" in English, "31.12.2026" in German)."""
    return day_text(date(date.today().year, 12, 31))


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _toggles_calendar(event: QKeyEvent) -> bool:
    """F4, Alt+Down or Alt+Up: the keys that open a drop-down and close it again (as in a
    combo box)."""
    alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
    return event.key() == Qt.Key.Key_F4 or (
        alt and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up))


class _CalendarPopup(QFrame):
    """The calendar in a popup window under the field."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.calendar = QCalendarWidget(self)
        self.calendar.setObjectName("calendar")
        self.calendar.setVerticalHeaderFormat(
            QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.first_day = self.calendar.minimumDate()  # Qt's own, for "no minimum"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 1, 1, 1)
        layout.addWidget(self.calendar)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Esc closes a popup already (QWidget); F4 and Alt+Up/Down close it too.
        if _toggles_calendar(event):
            event.accept()
            self.close()
            return
        super().keyPressEvent(event)


class DateEdit(QWidget):
    """A day typed in the user's locale (four-digit year) or picked from a calendar.

    ``day()`` is the day the text means, or None while it means none for sure (empty, half
    typed, no such day, the wrong order). ``changed`` fires whenever ``day()`` changes,
    ``editing_finished`` when the user leaves the field or presses Enter; a text read then is
    rewritten the locale's way, so "6/30/27" shows as "6/30/2027": the user sees which day
    was read. The text follows a language switch (LanguageChange).
    """

    changed = Signal()
    editing_finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("dateText")
        self.calendar_button = QToolButton(self)
        self.calendar_button.setObjectName("openCalendar")
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        # Not a Tab stop: the keyboard opens the calendar from the text (Alt+Down, F4), as
        # its tooltip says; the property tells the every-window keyboard walk so.
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar_button.setProperty("keyboardAlternative", True)
        self.calendar_button.clicked.connect(self.open_calendar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.calendar_button)
        self.setFocusProxy(self.edit)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        # Room for the widest day the locale writes ("12/31/2027", "৩১/১২/২০২৭").
        self.edit.setMinimumWidth(self.edit.fontMetrics().horizontalAdvance("00/00/0000 ") + 12)
        self._day: date | None = None
        self._minimum: date | None = None
        self._popup: _CalendarPopup | None = None  # built when first opened
        self.edit.textEdited.connect(self._read)
        self.edit.editingFinished.connect(self._finished)
        self.edit.installEventFilter(self)
        self.retranslate()

    # -- the day ---------------------------------------------------------------------------

    def day(self) -> date | None:
        """The day the text means; None when it means none for sure."""
        return self._day

    def text(self) -> str:
        return self.edit.text()

    def set_day(self, day: date) -> None:
        """Show ``day`` (four-digit year, the user's locale)."""
        self.edit.setText(day_text(day))
        self._set(day)

    def set_minimum_day(self, day: date | None) -> None:
        """The first day the calendar offers. A day typed before it is still read as typed:
        whether it is allowed is the form's rule to say, with its reason."""
        self._minimum = day

    def _read(self, text: str) -> None:
        self._set(parse_day(text))

    def _set(self, day: date | None) -> None:
        if day != self._day:
            self._day = day
            self.changed.emit()

    def _finished(self) -> None:
        if self._day is not None and self.edit.text() != day_text(self._day):
            self.edit.setText(day_text(self._day))
        self.editing_finished.emit()

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.calendar_button.setAccessibleName(self.tr("Open the calendar"))
        self.calendar_button.setToolTip(self.tr("Open the calendar (Alt+Down)"))
        if self._day is not None:  # the day in the new locale's way; an unread text stays
            self.edit.setText(day_text(self._day))

    def changeEvent(self, event: QEvent) -> None:
        # i18n.set_language sets the locale before it swaps translators, so QLocale() is
        # already the new one here.
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def setAccessibleName(self, name: str) -> None:
        """The name is the text's, the one part that takes focus."""
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    # -- the calendar ----------------------------------------------------------------------

    def calendar(self) -> QCalendarWidget:
        return self._calendar_popup().calendar

    def calendar_shown(self) -> bool:
        return self._popup is not None and self._popup.isVisible()

    def _calendar_popup(self) -> _CalendarPopup:
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.calendar.clicked.connect(self._picked)
            self._popup.calendar.activated.connect(self._picked)
        return self._popup

    def open_calendar(self) -> None:
        """Show the calendar on the day typed (or today), below the field, on screen."""
        if not self.isEnabled():
            return
        popup = self._calendar_popup()
        calendar = popup.calendar
        calendar.setLocale(QLocale())  # the user's locale now (a widget keeps its first)
        calendar.setLayoutDirection(self.layoutDirection())
        calendar.setMinimumDate(_qdate(self._minimum) if self._minimum else popup.first_day)
        calendar.setSelectedDate(_qdate(self._day or date.today()))
        popup.adjustSize()
        popup.move(self._popup_position(popup.sizeHint().width(), popup.sizeHint().height()))
        popup.show()
        calendar.setFocus()

    def _popup_position(self, width: int, height: int) -> QPoint:
        """Below the field (above it when the screen has no room below), inside the screen;
        its right edge on the field's in a right-to-left layout."""
        below = self.mapToGlobal(QPoint(0, self.height()))
        x = below.x() + (self.width() - width
                         if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else 0)
        y = below.y()
        area = self.screen().availableGeometry()
        if y + height > area.bottom():
            y = self.mapToGlobal(QPoint(0, 0)).y() - height
        x = max(area.left(), min(x, area.right() - width))
        return QPoint(x, max(area.top(), y))

    def close_calendar(self) -> None:
        if self._popup is not None:
            self._popup.close()

    def _picked(self, qdate: QDate) -> None:
        self.close_calendar()
        self.set_day(date(qdate.year(), qdate.month(), qdate.day()))
        self.edit.setFocus()
        self.editing_finished.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.edit and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and _toggles_calendar(event)):
            self.open_calendar()
            return True
        return super().eventFilter(watched, event)
