"""ui/date_edit.py: a day typed in the user's locale is the day read (or none is), shown with a
four-digit year, and the calendar opens from the keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from compliance_client.ui import i18n
from compliance_client.ui.date_edit import DateEdit, format_example
from compliance_client.ui.text import day_text

ALT = Qt.KeyboardModifier.AltModifier
# The offscreen platform can neither raise a popup nor grab the keyboard for it; harmless.
offscreen_popup = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.fixture
def field(qtbot: Any) -> Iterator[DateEdit]:
    window = QWidget()  # held here: qtbot keeps only a weak reference
    qtbot.addWidget(window)
    edit = DateEdit(window)
    edit.set_day(date(2027, 1, 15))
    window.show()
    qtbot.waitExposed(window)
    yield edit


def type_day(qtbot: Any, field: DateEdit, text: str) -> None:
    """Select all, type ``text`` and leave the field, as a person does (Tab)."""
    field.edit.setFocus()
    field.edit.selectAll()
    qtbot.keyClicks(field.edit, text)
    field.edit.editingFinished.emit()


def test_what_is_typed_is_what_is_read(qtbot: Any, field: DateEdit) -> None:
    changes: list[date | None] = []
    field.changed.connect(lambda: changes.append(field.day()))
    type_day(qtbot, field, "6/30/27")
    assert field.day() == date(2027, 6, 30)  # not 2 June 2030
    assert field.text() == "6/30/2027"  # shown back with the century it was read with
    assert changes[-1] == date(2027, 6, 30)


def test_what_cannot_be_read_is_not_a_day(qtbot: Any, field: DateEdit) -> None:
    type_day(qtbot, field, "30 06 2027")  # English reads the month first: there is no month 30
    assert field.day() is None
    assert field.text() == "30 06 2027"  # left as typed, for the user to fix
    type_day(qtbot, field, "")
    assert field.day() is None


def test_set_day_shows_four_digits(field: DateEdit) -> None:
    field.set_day(date(2031, 3, 2))
    assert field.text() == "3/2/2031"
    assert field.day() == date(2031, 3, 2)
    assert format_example() == day_text(date(date.today().year, 12, 31))


@offscreen_popup
@pytest.mark.parametrize("keys", [(Qt.Key.Key_Down, ALT), (Qt.Key.Key_F4, None)],
                         ids=["alt+down", "f4"])
def test_the_calendar_opens_from_the_keyboard_and_picks(qtbot: Any, field: DateEdit,
                                                        keys: Any) -> None:
    key, modifier = keys
    field.edit.setFocus()
    if modifier is None:
        qtbot.keyClick(field.edit, key)
    else:
        qtbot.keyClick(field.edit, key, modifier)
    assert field.calendar_shown()
    assert field.day() == date(2027, 1, 15)  # opening it changes nothing
    calendar = field.calendar()
    assert calendar.selectedDate().toPython() == date(2027, 1, 15)
    view = QApplication.focusWidget() or calendar
    qtbot.keyClick(view, Qt.Key.Key_Right)  # the next day
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert not field.calendar_shown()
    assert field.day() == date(2027, 1, 16)
    assert field.text() == "1/16/2027"


@offscreen_popup
def test_escape_closes_the_calendar_without_a_change(qtbot: Any, field: DateEdit) -> None:
    field.edit.setFocus()
    qtbot.keyClick(field.edit, Qt.Key.Key_F4)
    assert field.calendar_shown()
    view = QApplication.focusWidget() or field.calendar()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not field.calendar_shown()
    assert field.day() == date(2027, 1, 15)


@offscreen_popup
def test_the_button_opens_the_calendar_and_is_named(qtbot: Any, field: DateEdit) -> None:
    qtbot.mouseClick(field.calendar_button, Qt.MouseButton.LeftButton)
    assert field.calendar_shown()
    name = QAccessible.queryAccessibleInterface(field.calendar_button).text(
        QAccessible.Text.Name)
    assert name == "Open the calendar"
    field.close_calendar()
    field.setAccessibleName("Expires on")
    assert QAccessible.queryAccessibleInterface(field.edit).text(
        QAccessible.Text.Name) == "Expires on"


def test_a_language_switch_rewrites_the_day_in_the_new_locale(qtbot: Any,
                                                              field: DateEdit) -> None:
    field.set_day(date(2027, 6, 30))
    i18n.set_language("de")
    qtbot.waitUntil(lambda: field.text() == "30.06.2027", timeout=2000)
    assert field.day() == date(2027, 6, 30)
    i18n.set_language("en")
    qtbot.waitUntil(lambda: field.text() == "6/30/2027", timeout=2000)
