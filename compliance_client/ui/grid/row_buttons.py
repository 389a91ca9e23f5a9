"""Small push buttons painted in one column of every row (the API token grid's Edit, Suspend
or Resume, Delete and "…"), with no widget per row: a 100,000-row grid cannot afford one,
and an index widget per visible row would be created and destroyed as the user scrolls.

:class:`RowButtons` lays the buttons out in a cell, paints them for the delegate (each look
drawn once by the style into a pixmap and then only copied, so a screenful costs a few
pixmap copies), and makes them work with the mouse through an event filter on the viewport:
hover and pressed looks, a click on the button the press started on, and each button's
tooltip. A press first selects the row, as the actions work on the selected token. Keyboard
users have the same actions on Enter, Del and the context menu; what the cell offers is its
accessible text (the model's).

A place may hold alternatives, one shown per row (Suspend for an active token, Resume for a
suspended one): the place is as wide as the widest, so the buttons line up in every row.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QHelpEvent, QMouseEvent, QPainter, QPixmap
from PySide6.QtWidgets import QStyle, QStyleOptionButton, QTableView, QToolTip

from .selection import select_row


@dataclass(frozen=True)
class RowButton:
    """One button: ``key`` names it in :attr:`RowButtons.clicked`; ``text`` is painted (no
    mnemonic: the cell has no keyboard focus of its own); ``tooltip`` shows on hover."""

    key: str
    text: str
    tooltip: str = ""


# A button's look: (key, width, height, enabled, hovered, pressed)
_Look = tuple[str, int, int, bool, bool, bool]
# One place in the cell: its alternatives, the first the default.
_Slot = tuple[RowButton, ...]

_MOUSE_EVENTS = frozenset({
    QEvent.Type.MouseMove, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseButtonRelease, QEvent.Type.Leave, QEvent.Type.ToolTip})


class RowButtons(QObject):
    """The buttons of ``column`` in ``view``; see the module docstring."""

    #: (row, button key) after a click: press and release on the same enabled button.
    clicked = Signal(int, str)
    #: The buttons (their texts, hence the column's width) changed.
    changed = Signal()

    PADDING = 8  # pixels left and right of a button's text
    GAP = 4  # pixels between two buttons
    MARGIN = 4  # pixels between the cell's edge and the first and last button

    def __init__(self, view: QTableView, column: int) -> None:
        super().__init__(view)
        self._view = view
        self.column = column
        self._slots: tuple[_Slot, ...] = ()
        self._choose: Callable[[int], Container[str]] | None = None
        self._enabled: frozenset[str] = frozenset()
        self._hover: tuple[int, str] | None = None
        self._pressed: tuple[int, str] | None = None
        self._widths: list[int] | None = None  # per place, for the view's font
        self._pixmaps: dict[_Look, QPixmap] = {}
        # (cell width, cell height, right to left) -> each place's rectangle in a cell at
        # (0, 0): every row's cell has the same size, so this is worked out once.
        self._offsets: dict[tuple[int, int, bool], list[tuple[_Slot, QRect]]] = {}
        self._viewport = viewport = view.viewport()
        viewport.setMouseTracking(True)  # hover looks; the view itself ignores plain moves
        viewport.installEventFilter(self)

    # -- set-up ----------------------------------------------------------------------------

    @property
    def buttons(self) -> tuple[RowButton, ...]:
        """Every button, alternatives included, in order."""
        return tuple(b for slot in self._slots for b in slot)

    def set_buttons(self, buttons: Sequence[RowButton | Sequence[RowButton]]) -> None:
        """Set (or, after a language change, re-set) the buttons, in order; a sequence of
        buttons is one place whose alternatives :meth:`choose_with` picks from."""
        self._slots = tuple((b,) if isinstance(b, RowButton) else tuple(b) for b in buttons)
        self.forget()
        self.changed.emit()

    def choose_with(self, choose: Callable[[int], Container[str]]) -> None:
        """``choose(row)``: the keys ``row`` shows where a place has alternatives (the
        first alternative in it; else the place's first). Asked per painted row: cheap."""
        self._choose = choose
        self._update_column()

    def shown(self, slot: _Slot, row: int) -> RowButton:
        """The button of ``slot`` that ``row`` shows."""
        if len(slot) > 1 and self._choose is not None:
            keys = self._choose(row)
            for button in slot:
                if button.key in keys:
                    return button
        return slot[0]

    def set_enabled(self, keys: Iterable[str]) -> None:
        """The buttons that work now (the rest are painted disabled and ignore clicks)."""
        enabled = frozenset(keys)
        if enabled != self._enabled:
            self._enabled = enabled
            self._update_column()

    def is_enabled(self, key: str) -> bool:
        return key in self._enabled

    def forget(self) -> None:
        """After a change of font, style, palette or texts: measure and draw again."""
        self._widths = None
        self._pixmaps.clear()
        self._offsets.clear()
        self._update_column()

    # -- geometry --------------------------------------------------------------------------

    def _button_height(self) -> int:
        return max(8, self._view.verticalHeader().defaultSectionSize() - 4)

    def _button_widths(self) -> list[int]:
        if self._widths is None:
            metrics = self._view.fontMetrics()
            height = self._button_height()
            self._widths = [max(height, *(metrics.horizontalAdvance(b.text) + 2 * self.PADDING
                                          for b in slot))
                            for slot in self._slots]
        return self._widths

    def width(self) -> int:
        """The column width that shows every button whole."""
        widths = self._button_widths()
        if not widths:
            return 2 * self.MARGIN
        return 2 * self.MARGIN + sum(widths) + self.GAP * (len(widths) - 1)

    def _offsets_in(self, width: int, height: int,
                    right_to_left: bool) -> list[tuple[_Slot, QRect]]:
        """Each place's rectangle in a ``width`` × ``height`` cell at (0, 0), mirrored for
        a right-to-left layout (kept: every row's cell is the same size)."""
        key = (width, height, right_to_left)
        out = self._offsets.get(key)
        if out is None:
            button_height = min(self._button_height(), height)
            top = (height - button_height) // 2
            out = []
            x = self.MARGIN
            for slot, w in zip(self._slots, self._button_widths(), strict=True):
                left = width - x - w if right_to_left else x
                out.append((slot, QRect(left, top, w, button_height)))
                x += w + self.GAP
            self._offsets[key] = out
        return out

    def _laid_out(self, cell: QRect, row: int,
                  right_to_left: bool) -> list[tuple[RowButton, QRect]]:
        """Each button ``row`` shows and its rectangle in ``cell`` (viewport coordinates)."""
        return [(self.shown(slot, row), r.translated(cell.topLeft()))
                for slot, r in self._offsets_in(cell.width(), cell.height(), right_to_left)]

    def button_rect(self, row: int, key: str) -> QRect:
        """Where ``key``'s button of ``row`` is, in viewport coordinates (empty when the row
        or the column is not shown, or the row shows another alternative)."""
        index = self._view.model().index(row, self.column)
        cell = self._view.visualRect(index)
        if not cell.isValid() or self._view.isColumnHidden(self.column):
            return QRect()
        for button, rect in self._laid_out(cell, row, self._view.isRightToLeft()):
            if button.key == key:
                return rect
        return QRect()

    def button_at(self, pos: QPoint) -> tuple[int, RowButton] | None:
        """The (row, button) under ``pos`` (viewport coordinates), if any."""
        index = self._view.indexAt(pos)
        if not index.isValid() or index.column() != self.column:
            return None
        cell = self._view.visualRect(index)
        for button, rect in self._laid_out(cell, index.row(), self._view.isRightToLeft()):
            if rect.contains(pos):
                return index.row(), button
        return None

    # -- painting --------------------------------------------------------------------------

    def paint(self, painter: QPainter, cell: QRect, row: int, right_to_left: bool) -> None:
        """Paint ``row``'s buttons into ``cell`` (called by the delegate)."""
        hover, pressed = self._hover, self._pressed
        x, y = cell.left(), cell.top()
        for slot, rect in self._offsets_in(cell.width(), cell.height(), right_to_left):
            button = self.shown(slot, row)
            key = button.key
            enabled = key in self._enabled
            look = (key, rect.width(), rect.height(), enabled,
                    enabled and hover == (row, key),
                    enabled and pressed == (row, key) and hover == (row, key))
            pixmap = self._pixmaps.get(look)
            if pixmap is None:
                pixmap = self._pixmaps[look] = self._draw(button, look)
            painter.drawPixmap(x + rect.left(), y + rect.top(), pixmap)

    def _draw(self, button: RowButton, look: _Look) -> QPixmap:
        """One look of one button, drawn by the style (once; then only copied)."""
        _key, width, height, enabled, hovered, pressed = look
        view = self._view
        ratio = view.devicePixelRatioF()
        pixmap = QPixmap(round(width * ratio), round(height * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        option = QStyleOptionButton()
        option.rect = QRect(0, 0, width, height)
        option.text = button.text
        option.palette = view.palette()
        option.fontMetrics = view.fontMetrics()
        option.direction = view.layoutDirection()
        state = QStyle.StateFlag.State_Active
        if enabled:
            state |= QStyle.StateFlag.State_Enabled
        if hovered:
            state |= QStyle.StateFlag.State_MouseOver
        state |= QStyle.StateFlag.State_Sunken if pressed else QStyle.StateFlag.State_Raised
        option.state = state
        painter = QPainter(pixmap)
        painter.setFont(view.font())
        view.style().drawControl(QStyle.ControlElement.CE_PushButton, option, painter, view)
        painter.end()
        return pixmap

    def _update_column(self) -> None:
        view = self._view
        if view.isColumnHidden(self.column):
            return
        viewport = view.viewport()
        viewport.update(QRect(view.columnViewportPosition(self.column), 0,
                              view.columnWidth(self.column), viewport.height()))

    def _update_button(self, hit: tuple[int, str] | None) -> None:
        if hit is not None:
            self._view.viewport().update(self.button_rect(*hit))

    # -- the mouse -------------------------------------------------------------------------

    def _set_hover(self, hit: tuple[int, str] | None) -> None:
        if hit != self._hover:
            old, self._hover = self._hover, hit
            self._update_button(old)
            self._update_button(hit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in _MOUSE_EVENTS or watched is not self._viewport:
            return False  # cheap: every paint and resize of the viewport passes here
        if kind == QEvent.Type.MouseMove and isinstance(event, QMouseEvent):
            found = self.button_at(event.position().toPoint())
            self._set_hover((found[0], found[1].key) if found else None)
            return self._pressed is not None  # no drag-selecting while a button is held
        if (kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick)
                and isinstance(event, QMouseEvent)
                and event.button() == Qt.MouseButton.LeftButton):
            found = self.button_at(event.position().toPoint())
            if found is None or found[1].key not in self._enabled:
                return False  # the view selects the row, as anywhere else
            row, button = found
            select_row(self._view, row)  # the actions work on the selected row
            self._pressed = self._hover = (row, button.key)
            self._update_button(self._pressed)
            return True  # a double click on a button is a second click, not "edit"
        if (kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent)
                and event.button() == Qt.MouseButton.LeftButton and self._pressed is not None):
            pressed, self._pressed = self._pressed, None
            self._update_button(pressed)
            found = self.button_at(event.position().toPoint())
            if (found is not None and (found[0], found[1].key) == pressed
                    and pressed[1] in self._enabled):
                self.clicked.emit(*pressed)
            return True
        if kind == QEvent.Type.Leave:
            self._set_hover(None)
        elif kind == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.button_at(event.pos())
            if found is not None and found[1].tooltip:
                row, button = found
                QToolTip.showText(event.globalPos(), button.tooltip, self._view.viewport(),
                                  self.button_rect(row, button.key))
                return True
        return False
