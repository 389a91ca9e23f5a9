"""The expiry field (DESIGN §10): a preset ("30 days"), "On a date…" with the date field, or
"Never", offered as the token policy allows.

A preset is a quick way to fill in the date: it writes the day N days ahead into the date
field, which stays in view, so the user sees the day the token will stop working; typing or
picking another day turns the choice into "On a date…". The day means the end of that day in the
user's zone (DESIGN §5), whichever way it was set. "Never" hides the date field (its day is
kept, for a change of mind) and shows why an expire date is better.

Its texts are the dialog's (translation context ``TokenDialog``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from ...domain.lifecycle import EXPIRY_PRESET_DAYS
from ..date_edit import DateEdit, format_example
from ..i18n import translate
from ..text import fill
from ..theme import Tone
from ..widgets import WrappedLabel, colour_text

ON_A_DATE = "date"
NEVER = "never"
#: A choice of the drop-down: a preset's number of days, ON_A_DATE or NEVER.
Choice = int | str


class ExpiryField(QWidget):
    """The expiry choice and the date field beside it.

    ``today`` gives the user's day (in their zone); ``days_ahead(n)`` the day a preset of
    ``n`` days fills in (the dialog knows the policy's limit).
    ``changed`` fires whenever the value (:meth:`state`) may have changed;
    ``editing_finished`` when the user leaves the date field.
    """

    changed = Signal()
    editing_finished = Signal()

    def __init__(self, today: Callable[[], date], days_ahead: Callable[[int], date],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today, self._days_ahead = today, days_ahead
        self.choice = QComboBox(self)
        self.choice.setObjectName("expiryChoice")
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.date_edit = DateEdit(self)
        self.date_edit.setObjectName("expiresAt")
        self.never_warning = WrappedLabel(self)
        self.never_warning.setObjectName("neverWarning")
        colour_text(self.never_warning, Tone.WARNING)
        self.never_warning.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.choice)
        row.addWidget(self.date_edit)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.never_warning)

        self._presets: tuple[int, ...] = EXPIRY_PRESET_DAYS
        self._never_offered = True
        self._setting_day = False  # the field writes the day itself: not the user's pick
        self._rebuild(ON_A_DATE)
        self.choice.currentIndexChanged.connect(self._chosen)
        self.choice.activated.connect(self._activated)
        self.date_edit.changed.connect(self._day_changed)
        self.date_edit.editing_finished.connect(self.editing_finished)
        self.retranslate()

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        for index in range(self.choice.count()):
            self.choice.setItemText(index, self._choice_text(self.choice.itemData(index)))
        self.date_edit.setAccessibleName(translate("TokenDialog", "Expire date"))
        self.date_edit.edit.setToolTip(translate(
            "TokenDialog", "The token stops working at the end of this day, in your time zone."))
        self.never_warning.setText(translate(
            "TokenDialog",
            "A token that never expires keeps working until someone deletes it. Prefer an "
            "expire date."))

    def _choice_text(self, choice: Choice) -> str:
        if choice == NEVER:
            return translate("TokenDialog", "Never")
        if choice == ON_A_DATE:
            return translate("TokenDialog", "On a date…")
        # self.tr, and a plain name as n: pyside6-lupdate makes a plural (one form per
        # number, "1 day") only of self.tr, and skips a call whose n is an expression.
        days = int(choice)
        return self.tr("%n days", "", days)

    # -- what is offered -------------------------------------------------------------------

    def offer(self, presets: Sequence[int], never: bool) -> bool:
        """Offer these presets, "On a date…" and, if ``never``, "Never". Returns whether
        the current choice is still offered; if not, it becomes "On a date…" with the day
        the date field holds (a preset's day stays as it was; "Never" takes the day last
        shown). A preset kept is counted again: a new limit may move its day."""
        current = self.current()
        self._presets, self._never_offered = tuple(presets), never
        kept = self._rebuild(current)
        self._show(current if kept else ON_A_DATE)
        return kept

    def offered(self) -> list[Choice]:
        return [self.choice.itemData(i) for i in range(self.choice.count())]

    def _rebuild(self, keep: Choice) -> bool:
        """Refill the drop-down, selecting ``keep`` if still offered (without signals: the
        value does not change by this), else "On a date…"."""
        choices: list[Choice] = [*self._presets, ON_A_DATE]
        if self._never_offered:
            choices.append(NEVER)
        blocked = self.choice.blockSignals(True)
        try:
            self.choice.clear()
            for choice in choices:
                self.choice.addItem(self._choice_text(choice), choice)
            index = self.choice.findData(keep)
            self.choice.setCurrentIndex(index if index >= 0 else self.choice.findData(ON_A_DATE))
        finally:
            self.choice.blockSignals(blocked)
        return index >= 0

    # -- the value -------------------------------------------------------------------------

    def current(self) -> Choice:
        data = self.choice.currentData()
        return data if isinstance(data, int | str) else ON_A_DATE

    def show_default(self, days: int) -> None:
        """A new token's expiry: ``days`` from today, as its preset when there is one."""
        self.date_edit.set_minimum_day(self._today())
        if days in self._presets:
            self.pick(days)
        else:
            self.show_day(self._days_ahead(days))

    def show_day(self, day: date) -> None:
        """"On a date…" with ``day`` (an edit's current expiry, which may have passed)."""
        self.date_edit.set_minimum_day(min(day, self._today()))
        self._set_day(day)
        self._show(ON_A_DATE)

    def show_never(self, day: date) -> None:
        """"Never" (which must be offered), keeping ``day`` for "On a date…"."""
        self.date_edit.set_minimum_day(self._today())
        self._set_day(day)
        self._show(NEVER)

    def pick(self, choice: Choice) -> None:
        """Select ``choice`` as the user would: a preset counts from today."""
        self._show(choice)

    def picked_day(self) -> date | None:
        """The day the token expires at the end of; None for "Never", and None while the
        date typed cannot be read (then :meth:`problem` says why: never save that None)."""
        if self.current() == NEVER:
            return None
        return self.date_edit.day()

    def state(self) -> tuple[object, ...]:
        """The value as shown, for telling a change: "Never", or the day read (a language
        switch rewrites its text), or the text while it cannot be read. Which way the day
        was set (a preset or typed) makes no difference."""
        if self.current() == NEVER:
            return (NEVER,)
        return (self.date_edit.day() or self.date_edit.text(),)

    def problem(self) -> str | None:
        """Why the date typed cannot be read, naming the field and the format it reads;
        None when it can (or the token never expires)."""
        if self.current() == NEVER or self.date_edit.day() is not None:
            return None
        typed = self.date_edit.text().strip()
        if not typed:
            return fill(translate("TokenDialog", "Type the expire date as %1."),
                        format_example())
        return fill(translate("TokenDialog",
                              "\u201c%1\u201d is not a date: type the expire date as %2."),
                    typed, format_example())

    # -- reacting --------------------------------------------------------------------------

    def _show(self, choice: Choice) -> None:
        blocked = self.choice.blockSignals(True)
        self.choice.setCurrentIndex(self.choice.findData(choice))
        self.choice.blockSignals(blocked)
        self._chosen()

    def _set_day(self, day: date) -> None:
        self._setting_day = True
        try:
            self.date_edit.set_day(day)
        finally:
            self._setting_day = False

    def _chosen(self, _index: int = -1) -> None:
        choice = self.current()
        if isinstance(choice, int):
            self._set_day(self._days_ahead(choice))
        never = choice == NEVER
        self.date_edit.setVisible(not never)
        self.never_warning.setVisible(never)
        self.changed.emit()

    def _activated(self, _index: int) -> None:
        if self.current() == ON_A_DATE:
            self.date_edit.setFocus()  # the user chose to type a day: the cursor goes there

    def _day_changed(self) -> None:
        if not self._setting_day and isinstance(self.current(), int):
            # Another day than the preset's: the choice says so, the day stays.
            blocked = self.choice.blockSignals(True)
            self.choice.setCurrentIndex(self.choice.findData(ON_A_DATE))
            self.choice.blockSignals(blocked)
        self.changed.emit()
