"""The pieces the token form is built of: a field with its inline error and, after a
conflicting edit, the server's value under it; tinted note panels; comparing values."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from ...domain.ipset import IPEntryError, normalize_entry
from ..theme import Tone
from ..widgets import WrappedLabel, colour_text, mark_invalid, tint_panel


class NotePanel(QFrame):
    """A tinted panel holding one wrapped plain-text ``label`` (a note over the form)."""

    def __init__(self, parent: QWidget, tone: Tone) -> None:
        super().__init__(parent)
        tint_panel(self, tone)
        self.label = WrappedLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.label)


class FormField(QWidget):
    """A field with its inline error and (after a conflict) the server's value under it."""

    def __init__(self, widget: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widget = widget
        self.error = WrappedLabel(self, error=True)
        self.hint = WrappedLabel(self)
        self.hint.setObjectName("serverValue")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        colour_text(self.hint, Tone.WARNING)
        self.hint.hide()
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(2)
        self.column.addWidget(widget)
        self.column.addWidget(self.error)
        self.column.addWidget(self.hint)

    def show_error(self, text: str | None) -> None:
        self.error.show_text(text)
        mark_invalid(self.widget, bool(text))

    def show_hint(self, text: str | None) -> None:
        self.hint.show_text(text)


def same(a: Any, b: Any) -> bool:
    """Equal as form values: a list and a tuple of the same entries are the same."""
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return list(a) == list(b)
    return bool(a == b)


def normalize_or_keep(entry: str) -> str:
    """An IP entry in its normal form, or as typed when it is not a valid one."""
    try:
        return normalize_entry(entry)
    except IPEntryError:
        return entry
