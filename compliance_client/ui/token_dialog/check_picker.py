"""A combo box whose popup is a list with check boxes, which stays open while several entries
are ticked: the look of the endpoint pickers and of the device picker.

Each entry has a value (what :meth:`CheckListPicker.selected` gives back) and a text (what the
popup shows); the box itself shows :meth:`CheckListPicker.summary`, greyed like a placeholder
while nothing is ticked.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QVBoxLayout,
    QWidget,
)

#: Rows the popup shows before it scrolls.
POPUP_ROWS = 14


class CheckList(QListWidget):
    """A click anywhere on a row toggles it (not only on the tiny box)."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        if (item is not None and event.button() == Qt.MouseButton.LeftButton
                and item.flags() & Qt.ItemFlag.ItemIsUserCheckable):
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Escape):
            self.window().close()  # the popup: Enter and Esc both just close it
            return
        super().keyPressEvent(event)


class CheckListPicker(QComboBox):
    """A drop-down with a checkable list (see the module docstring).

    It looks and tabs like a combo box; ``changed`` fires when the user ticks or unticks an
    entry (not when code sets the selection).
    """

    changed = Signal()

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_text = empty_text
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(30)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.popup = QFrame(self, Qt.WindowType.Popup)
        self.popup.setFrameShape(QFrame.Shape.StyledPanel)
        self.list = CheckList(self.popup)
        self.list.setUniformItemSizes(True)
        self.list.itemChanged.connect(self._item_changed)
        popup_layout = QVBoxLayout(self.popup)
        popup_layout.setContentsMargins(1, 1, 1, 1)
        popup_layout.addWidget(self.list)
        self._updating = False

    # -- entries ---------------------------------------------------------------------------

    def add_entry(self, value: str, text: str, tooltip: str = "") -> QListWidgetItem:
        """A new unticked entry at the end of the list."""
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, value)
        item.setToolTip(tooltip)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.list.addItem(item)
        return item

    def values(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def selected(self) -> list[str]:
        return [
            self.list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def unknown_entry(self, value: str) -> tuple[str, str]:
        """Text and tooltip of an entry ticked by :meth:`set_selected` but not offered."""
        return value, ""

    def set_selected(self, values: Sequence[str]) -> None:
        """Tick exactly ``values``; one not offered is added (as :meth:`unknown_entry`) rather
        than dropped, so nothing the token holds is lost unseen."""
        wanted = list(dict.fromkeys(values))
        self._updating = True
        known = set(self.values())
        for value in wanted:
            if value not in known:
                self.add_entry(value, *self.unknown_entry(value))
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in wanted
                else Qt.CheckState.Unchecked
            )
        self._updating = False
        self._refresh()

    def set_checked(self, value: str, checked: bool) -> None:
        """Tick or untick one entry (what a click in the popup does)."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == value:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
                return
        raise KeyError(value)

    def replace_entries(self, entries: Sequence[tuple[str, str, str]]) -> None:
        """Offer ``entries`` (value, text, tooltip) instead of the current ones; what is
        ticked stays ticked."""
        keep = self.selected()
        self._updating = True
        self.list.clear()
        for value, text, tooltip in entries:
            self.add_entry(value, text, tooltip)
        self._updating = False
        self.set_selected(keep)

    def summary(self) -> str:
        chosen = self.selected()
        return ", ".join(chosen) if chosen else self.empty_text

    def tooltip(self) -> str:
        return "\n".join(self.selected()) or self.empty_text

    def _item_changed(self, _item: QListWidgetItem) -> None:
        if not self._updating:
            self._refresh()
            self.changed.emit()

    def setAccessibleName(self, name: str) -> None:
        """The popup's list is named after its picker too, for a screen reader inside it."""
        super().setAccessibleName(name)
        self.list.setAccessibleName(name)

    def _refresh(self) -> None:
        summary = self.summary()
        # The combo box's one item is the summary: its current text is what it shows, and
        # what a screen reader reads as its value (on Linux, as its name).
        if self.count():
            self.setItemText(0, summary)
        else:
            self.addItem(summary)
        self.setToolTip(self.tooltip())
        self.setAccessibleDescription(summary)
        self.update()

    # -- combo box look --------------------------------------------------------------------

    def showPopup(self) -> None:
        rows = min(self.list.count(), POPUP_ROWS)
        height = rows * max(self.list.sizeHintForRow(0), 18) + 6
        width = max(self.width(), self.list.sizeHintForColumn(0) + 40)
        self.popup.resize(QSize(width, height))
        below = self.mapToGlobal(QPoint(0, self.height()))
        self.popup.move(below)
        self.popup.show()
        self.list.setFocus()
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)

    def hidePopup(self) -> None:
        self.popup.hide()
        super().hidePopup()

    def paintEvent(self, _event: object) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        chosen = bool(self.selected())
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        option.currentText = self.fontMetrics().elidedText(
            self.summary(), Qt.TextElideMode.ElideRight, max(20, field.width() - 4)
        )
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        if not chosen:
            # Only the text is greyed, like a placeholder; the frame and arrow stay enabled.
            palette = option.palette
            palette.setColor(
                palette.ColorRole.ButtonText, palette.color(palette.ColorRole.PlaceholderText)
            )
            palette.setColor(
                palette.ColorRole.Text, palette.color(palette.ColorRole.PlaceholderText)
            )
            option.palette = palette
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
