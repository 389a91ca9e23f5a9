"""WrappedLabel keeps room for every line of its text, also when it is shown after being hidden
in a layout column narrower than its parent (issue 14: in German, the profile dialog's
invalid-token message showed only its first line)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from compliance_client.ui.widgets import WrappedLabel

_LABEL_COLUMN = 160


def _grid_dialog(qtbot: Any, *, error: bool) -> tuple[QDialog, WrappedLabel]:
    """A dialog whose grid puts the label in a column ``_LABEL_COLUMN`` px narrower than the
    label's parent; the label hidden, as a field error is until there is something to say."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QWidget(dialog)
    grid = QGridLayout(form)
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(0)
    spacer = QLabel("Field:", form)
    spacer.setFixedWidth(_LABEL_COLUMN)
    grid.addWidget(spacer, 0, 0)
    grid.addWidget(QLineEdit(form), 0, 1)
    label = WrappedLabel(form, error=error)
    label.hide()
    grid.addWidget(label, 1, 1)
    grid.setColumnStretch(1, 1)
    outer = QVBoxLayout(dialog)
    outer.addWidget(form)
    dialog.setMinimumWidth(600)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, label


def _two_lines_in_the_column(label: WrappedLabel, parent_width: int, column_width: int) -> str:
    """Words that fit one line at ``parent_width`` but need two at ``column_width``."""
    metrics = label.fontMetrics()
    text = "Wort"
    while metrics.horizontalAdvance(text + " Wort") < parent_width - 20:
        text += " Wort"
    assert metrics.horizontalAdvance(text) > column_width + 20
    return text


def _lines_fit(label: WrappedLabel) -> bool:
    return label.height() >= label.heightForWidth(label.width())


def _line_height(label: WrappedLabel) -> int:
    return label.fontMetrics().boundingRect("Wort").height()


def test_a_hidden_label_shown_in_a_narrower_column_gets_room_for_every_line(qtbot: Any) -> None:
    _dialog, label = _grid_dialog(qtbot, error=True)
    form = label.parentWidget()
    assert form is not None
    column = form.width() - _LABEL_COLUMN
    text = _two_lines_in_the_column(label, form.width(), column)

    label.show_text(text)
    qtbot.waitUntil(lambda: label.isVisible() and label.width() == column)
    qtbot.wait(50)  # let any follow-up layout pass run

    assert label.heightForWidth(label.width()) >= 2 * _line_height(label)
    assert _lines_fit(label), (label.height(), label.heightForWidth(label.width()))
    assert label.minimumHeight() >= label.heightForWidth(label.width())


def test_a_label_shown_again_with_a_longer_text_gets_room_for_every_line(qtbot: Any) -> None:
    """Hidden after a one-line text, given a two-line one while hidden: the layout gives it the
    same geometry as before (no resize), yet it must reserve both lines."""
    _dialog, label = _grid_dialog(qtbot, error=True)
    form = label.parentWidget()
    assert form is not None
    column = form.width() - _LABEL_COLUMN
    label.show_text("Kurz.")
    qtbot.waitUntil(lambda: label.isVisible() and label.width() == column)
    qtbot.wait(50)
    label.show_text(None)
    qtbot.wait(50)

    label.setText(_two_lines_in_the_column(label, form.width(), column))
    label.show()
    qtbot.waitUntil(label.isVisible)
    qtbot.wait(50)

    assert _lines_fit(label), (label.height(), label.heightForWidth(label.width()))


def test_a_visible_label_follows_its_width(qtbot: Any) -> None:
    dialog, label = _grid_dialog(qtbot, error=False)
    form = label.parentWidget()
    assert form is not None
    column = form.width() - _LABEL_COLUMN
    label.show_text(_two_lines_in_the_column(label, form.width(), column))
    qtbot.wait(50)
    dialog.resize(dialog.width() + 400, dialog.height())
    qtbot.waitUntil(lambda: label.width() > column + 300)
    qtbot.wait(50)
    assert label.minimumHeight() == label.heightForWidth(label.width())
    assert label.minimumHeight() < 2 * _line_height(label)
