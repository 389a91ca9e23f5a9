"""The grid's cell painter: painting is the grid's hot path (no stall over 50 ms while
scrolling 100,000 rows).

Qt's own item delegate asks the model for seven roles per cell and lays each text out again
on every paint, about 30 ms for a screenful here. :class:`CellTextDelegate` instead takes a
row's texts and colours from :meth:`.model.PagedTableModel.painted_row` (computed once, kept
for a minute) and draws each text from a cache of laid-out ``QStaticText``: about a third of
that.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QStaticText, QTransform
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView

if TYPE_CHECKING:
    from .model import PagedTableModel


class CellTextDelegate(QStyledItemDelegate):
    """Paints a grid cell: the selection highlight, then the cell's one line of text, elided
    at the right, from a cache of laid-out texts (see the module docstring).

    Only for cells that are a line of plain text, as every paged grid's are, drawn left to
    right (as every shipped language writes); editing and size hints are
    QStyledItemDelegate's. The selected row shows as selected; there is no separate focus
    frame, as the grid selects whole rows and the current row is the selected one.
    """

    TEXTS_KEPT = 8000  # distinct (text, width, bold) triples: a few screens of a wide grid
    BADGE_COLOUR = QColor("#107c10")  # a marked row's badge: white text on green
    BADGE_TEXT_COLOUR = QColor("#ffffff")
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
        self.forget_texts()

    def forget_texts(self) -> None:
        """After a change of font or style: lay every text out again."""
        self._texts.clear()
        self._bold = None
        self._badge_font = None
        self._margin = self._view.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, self._view) + 1

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
                    left: int) -> int:
        """The marked row's badge at ``left`` in the first column; returns the room it took."""
        rect = option.rect
        _bold, font = self._fonts(option.font)
        metrics = QFontMetrics(font)
        width = metrics.horizontalAdvance(text) + 10
        height = min(rect.height() - 2, metrics.height() + 2)
        width = min(width, max(0, rect.right() - left - self._margin))
        if width <= 0:
            return 0
        top = rect.top() + (rect.height() - height) // 2
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.BADGE_COLOUR)
        painter.drawRoundedRect(left, top, width, height, 3, 3)
        painter.setFont(font)
        painter.setPen(self.BADGE_TEXT_COLOUR)
        painter.drawText(left, top, width, height, int(Qt.AlignmentFlag.AlignCenter), text)
        painter.restore()
        return width + self.BADGE_GAP

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        row, column = index.row(), index.column()
        texts, colours = self._model.painted_row(row)
        mark = self._model.row_mark(row)
        rect = option.rect
        if option.state.value & self._selected:
            self._view.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem,
                                             option, painter, self._view)
            pen = option.palette.color(QPalette.ColorRole.HighlightedText)
        else:
            pen = colours[column] or option.palette.color(QPalette.ColorRole.Text)
        left = rect.left() + self._margin
        width = rect.width() - 2 * self._margin
        bold = mark is not None
        if mark is not None:  # bold; spelled out so that mypy knows mark is a str
            painter.save()
            if column == 0:
                taken = self._draw_badge(painter, option, mark, left)
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
        painter.drawStaticText(QPointF(left, rect.top() + (rect.height() - height) / 2), static)
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
