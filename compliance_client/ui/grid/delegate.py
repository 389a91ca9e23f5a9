"""The grid's cell painter: painting is the grid's hot path (no stall over 50 ms while
scrolling 100,000 rows).

Qt's own item delegate asks the model for seven roles per cell and lays each text out again
on every paint, about 30 ms for a screenful here. :class:`CellTextDelegate` instead takes a
row's texts and colours from :meth:`.model.PagedTableModel.painted_row` (computed once, kept
for a minute) and draws each text from a cache of laid-out ``QStaticText``: about a third of
that. A column of row buttons (:mod:`.row_buttons`) is painted by its
:class:`~.row_buttons.RowButtons`, from pixmaps drawn once.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QStaticText, QTransform
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView

from .. import theme

if TYPE_CHECKING:
    from .model import PagedTableModel
    from .row_buttons import RowButtons


class CellTextDelegate(QStyledItemDelegate):
    """Paints a grid cell: the selection highlight, then the cell's one line of text, elided
    at the right, from a cache of laid-out texts (see the module docstring).

    Only for cells that are a line of plain text, as every paged grid's are (or the row
    buttons' column, see :meth:`set_row_buttons`); in a right-to-left layout the text is
    aligned right. Editing is QStyledItemDelegate's. The selected row shows as selected;
    there is no separate focus frame, as the grid selects whole rows and the current row is
    the selected one. The model's ``MARK_COLUMN`` holds a marked row's badge; the text of its
    ``BADGE_COLUMN`` is drawn as a badge in the tone ``badge(row)`` gives, when it gives one.
    """

    TEXTS_KEPT = 8000  # distinct (text, width, bold) triples: a few screens of a wide grid
    BADGE_GAP = 6  # pixels between the badge and the cell's text

    def __init__(self, model: PagedTableModel[Any], view: QTableView) -> None:
        super().__init__(view)
        self._model = model
        self._view = view
        self._texts: OrderedDict[tuple[str, int, bool], tuple[QStaticText, float]] = (
            OrderedDict())
        self._selected = QStyle.StateFlag.State_Selected.value
        self._margin = 0
        self._bold: QFont | None = None
        self._badge_font: QFont | None = None
        self._mark_column = model.MARK_COLUMN
        self._badge_column = model.BADGE_COLUMN
        self._buttons: RowButtons | None = None
        self._buttons_column = -1
        self.forget_texts()

    def set_row_buttons(self, buttons: RowButtons | None) -> None:
        """Paint ``buttons`` in their column instead of its text."""
        self._buttons = buttons
        self._buttons_column = buttons.column if buttons is not None else -1

    def forget_texts(self) -> None:
        """After a change of font or style: lay every text out again."""
        self._texts.clear()
        self._bold = None
        self._badge_font = None
        self._margin = self._view.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, self._view) + 1
        if self._buttons is not None:
            self._buttons.forget()

    def text_width(self, text: str, font: QFont, mark: str | None = None, *,
                   badge: bool = False) -> int:
        """The cell width that shows ``text`` whole in ``font`` (and a marked row's badge
        and bold text, or ``text`` as a badge itself): for fitting columns to their
        content."""
        if badge:
            return (QFontMetrics(self._fonts(font)[1]).horizontalAdvance(text) + 10
                    + 2 * self._margin)
        if mark is None:
            return QFontMetrics(font).horizontalAdvance(text) + 2 * self._margin
        bold, badge_font = self._fonts(font)
        return (QFontMetrics(bold).horizontalAdvance(text) + 2 * self._margin
                + QFontMetrics(badge_font).horizontalAdvance(mark) + 10 + self.BADGE_GAP)

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        if self._buttons is not None and index.column() == self._buttons_column:
            return QSize(self._buttons.width(), option.rect.height())
        return super().sizeHint(option, index)

    def _fonts(self, font: QFont) -> tuple[QFont, QFont]:
        """The bold font of a marked row and the badge's font (made once per font)."""
        if self._bold is None or self._badge_font is None:
            bold = QFont(font)
            bold.setBold(True)
            badge = QFont(bold)
            if font.pointSizeF() > 0:
                badge.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
            else:
                badge.setPixelSize(max(8, round(font.pixelSize() * 0.85)))
            self._bold, self._badge_font = bold, badge
        return self._bold, self._badge_font

    def _draw_badge(self, painter: QPainter, option: QStyleOptionViewItem, text: str,
                    left: int, right_to_left: bool,
                    tone: theme.Tone = theme.Tone.SUCCESS) -> int:
        """A badge of ``text`` in ``tone`` at the start of the cell (``left``: the text's
        left edge; the marked row's "You" is a success's green); returns the room it
        took."""
        rect = option.rect
        _bold, font = self._fonts(option.font)
        metrics = QFontMetrics(font)
        width = metrics.horizontalAdvance(text) + 10
        height = min(rect.height() - 2, metrics.height() + 2)
        width = min(width, max(0, rect.width() - 2 * self._margin))
        if width <= 0:
            return 0
        if right_to_left:
            left = rect.right() + 1 - self._margin - width
        top = rect.top() + (rect.height() - height) // 2
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        background, foreground = theme.badge_colours(tone)  # few rows: cheap
        painter.setBrush(background)
        painter.drawRoundedRect(left, top, width, height, 3, 3)
        painter.setFont(font)
        painter.setPen(foreground)
        painter.drawText(left, top, width, height, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()
        return width + self.BADGE_GAP

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        row, column = index.row(), index.column()
        selected = option.state.value & self._selected
        if selected:
            self._view.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem,
                                             option, painter, self._view)
        # The view's direction, a plain bool: option.direction would build a Python enum
        # for every cell (PySide6), a measurable part of a paint.
        right_to_left = self._view.isRightToLeft()
        if column == self._buttons_column and self._buttons is not None:
            self._buttons.paint(painter, option.rect, row, right_to_left)
            return
        texts, colours = self._model.painted_row(row)
        if column == self._badge_column:
            tone = self._model.badge(row)
            if tone is not None:
                self._draw_badge(painter, option, texts[column],
                                 option.rect.left() + self._margin, right_to_left, tone)
                return
        mark = self._model.row_mark(row)
        rect = option.rect
        if selected:
            pen = option.palette.color(QPalette.ColorRole.HighlightedText)
        else:
            pen = colours[column] or option.palette.color(QPalette.ColorRole.Text)
        left = rect.left() + self._margin
        width = rect.width() - 2 * self._margin
        bold = mark is not None
        if mark is not None:  # bold; spelled out so that mypy knows mark is a str
            painter.save()
            if column == self._mark_column:
                taken = self._draw_badge(painter, option, mark, left, right_to_left)
                if not right_to_left:
                    left += taken
                width -= taken
            painter.setFont(self._fonts(option.font)[0])
        painter.setPen(pen)
        key = (texts[column], width, bold)
        laid_out = self._texts.get(key)
        if laid_out is None:
            font = self._fonts(option.font)[0] if bold else None
            laid_out = self._texts[key] = self._lay_out(texts[column], width, option, font)
            if len(self._texts) > self.TEXTS_KEPT:
                self._texts.popitem(last=False)
        static, height = laid_out
        x: float = left
        if right_to_left:
            x = left + width - static.size().width()
        painter.drawStaticText(QPointF(x, rect.top() + (rect.height() - height) / 2), static)
        if bold:
            painter.restore()

    @staticmethod
    def _lay_out(text: str, width: int, option: QStyleOptionViewItem,
                 font: QFont | None = None) -> tuple[QStaticText, float]:
        """The text laid out once; elided (laid out again) only when it does not fit, as
        most cell texts do: shaping is the costly part of a cell never painted before.
        ``font`` (a marked row's bold) when not the view's own."""
        static = QStaticText(text)
        static.setTextFormat(Qt.TextFormat.PlainText)
        if font is not None:
            static.prepare(QTransform(), font)
        size = static.size()
        if size.width() > width:
            metrics = QFontMetrics(font) if font is not None else option.fontMetrics
            static = QStaticText(metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                                    max(0, width)))
            static.setTextFormat(Qt.TextFormat.PlainText)
            if font is not None:
                static.prepare(QTransform(), font)
        return static, size.height()
