"""The usage chart: one stacked bar per day of a token's allowed and denied requests
(ARCHITECTURE §12), painted with QPainter.

What a reader needs besides the bars:

* colours by meaning (:mod:`.theme`: success for allowed, error for denied), and never colour
  alone: denied requests are also hatched, and the legend names both in words. In high
  contrast the theme gives both the palette's text colour, so the hatching is what tells
  them apart there;
* a y-axis with a few round ticks, and day labels only every :data:`LABEL_EVERY` days,
  counted back from the newest, in the user's locale's order without the year;
* a tooltip per bar with its date and both counts;
* an accessible name and a description that sums the numbers up: a screen reader cannot
  see bars;
* right to left: time runs from right to left in a mirrored window, the axis on the right.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..domain.records import UsageDay
from . import theme
from .text import day_format, day_text, fill

#: A day label under every 7th bar, the newest day always labelled.
LABEL_EVERY = 7
#: How many ticks the y-axis aims for (the round step decides the exact number).
TICKS = 4

_PAD = 6
_SWATCH = 10
_YEAR = re.compile(r"^y+\W*|\W*y+\W*$")


def month_day_format() -> str:
    """The locale's short date format without its year ("M/d" in English, "dd.MM" in
    German): a chart's day labels need no year, and keep the locale's order."""
    fmt = day_format()
    short = _YEAR.sub("", fmt)
    return short if short != fmt and "y" not in short else fmt


def nice_step(maximum: int, ticks: int = TICKS) -> int:
    """A round step (1, 2, 5 × 10ⁿ) so that about ``ticks`` steps reach ``maximum``."""
    if maximum <= ticks:
        return 1
    raw = maximum / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return int(factor * power)
    return int(10 * power)  # pragma: no cover - the loop always returns


def number_text(n: int) -> str:
    """A count the way the user's locale writes it ("1,234", "1.234", "١٬٢٣٤")."""
    return str(QLocale().toString(n))


class UsageChart(QWidget):
    """Requests per day, oldest first as :class:`~..domain.records.TokenUsage` gives them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("usageChart")
        self._days: tuple[UsageDay, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)  # tooltips follow the bar under the pointer
        self._describe()

    # -- data ------------------------------------------------------------------------------

    @property
    def days(self) -> tuple[UsageDay, ...]:
        """The days drawn, oldest first (what each bar stands for)."""
        return self._days

    def set_days(self, days: Sequence[UsageDay]) -> None:
        self._days = tuple(days)
        self._describe()
        self.update()

    def axis_maximum(self) -> int:
        """The top of the y-axis: the highest day's total rounded up to a whole tick."""
        step = nice_step(self._highest())
        return max(step, math.ceil(self._highest() / step) * step)

    def ticks(self) -> list[int]:
        step = nice_step(self._highest())
        return list(range(0, self.axis_maximum() + 1, step))

    def _highest(self) -> int:
        return max((d.allowed + d.denied for d in self._days), default=0)

    def busiest(self) -> UsageDay | None:
        """The day with the most requests (the latest of equals), None when there were none."""
        best: UsageDay | None = None
        for d in self._days:
            if d.allowed + d.denied > 0 and (
                    best is None or d.allowed + d.denied >= best.allowed + best.denied):
                best = d
        return best

    # -- texts -----------------------------------------------------------------------------

    def bar_text(self, index: int) -> str:
        """The tooltip of bar ``index``: "12/3/2026: 120 allowed, 4 denied"."""
        d = self._days[index]
        return fill(self.tr("%1: %2 allowed, %3 denied"), day_text(d.date),
                    number_text(d.allowed), number_text(d.denied))

    def summary(self) -> str:
        """The numbers in one sentence, for screen readers."""
        allowed = sum(d.allowed for d in self._days)
        denied = sum(d.denied for d in self._days)
        count = len(self._days)
        text = fill(self.tr("Last %Ln days: %1 allowed, %2 denied", "", count),
                    number_text(allowed), number_text(denied))
        busiest = self.busiest()
        if busiest is not None:
            requests = busiest.allowed + busiest.denied
            text = fill(self.tr("%1; busiest day %2 (%Ln requests)", "", requests), text,
                        day_text(busiest.date))
        return text

    def _describe(self) -> None:
        self.setAccessibleName(self.tr("Requests per day"))
        self.setAccessibleDescription(self.summary())

    def day_label(self, day: date) -> str:
        return str(QLocale().toString(QDate(day.year, day.month, day.day), month_day_format()))

    # -- geometry --------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        line = self.fontMetrics().height()
        return QSize(max(360, 30 * 10 + self._axis_width()), 12 * line + 3 * _PAD)

    def minimumSizeHint(self) -> QSize:
        # Thirty bars of 4 pixels and a gap stay countable; the plot keeps 4 lines of text.
        line = self.fontMetrics().height()
        return QSize(30 * 5 + self._axis_width() + 2 * _PAD, 7 * line + 3 * _PAD)

    def _axis_width(self) -> int:
        metrics = self.fontMetrics()
        return max(metrics.horizontalAdvance(number_text(t)) for t in self.ticks()) + 2 * _PAD

    def _plot(self) -> QRect:
        """Where the bars go: under the legend, above the day labels, beside the axis."""
        line = self.fontMetrics().height()
        axis = self._axis_width()
        top = line + 2 * _PAD + line // 2  # the legend, and room for the top tick's label
        bottom = self.height() - line - _PAD
        left, right = axis + _PAD, self.width() - _PAD
        if self.isRightToLeft():
            left, right = _PAD, self.width() - axis - _PAD
        return QRect(QPoint(left, top), QPoint(right, bottom))

    def _slot(self, plot: QRect, index: int) -> tuple[float, float]:
        """(x, width) of day ``index``'s slot; day 0 is at the leading edge's side."""
        width = plot.width() / max(1, len(self._days))
        x = plot.left() + index * width
        if self.isRightToLeft():
            x = plot.right() + 1 - (index + 1) * width
        return x, width

    def label_every(self, metrics: QFontMetrics | None = None) -> int:
        """Label every this many days: :data:`LABEL_EVERY`, or a multiple of it when the
        chart is too narrow for the labels to stand apart."""
        metrics = metrics or self.fontMetrics()
        if not self._days:
            return LABEL_EVERY
        widest = max(metrics.horizontalAdvance(self.day_label(d.date)) for d in self._days)
        _x, slot = self._slot(self._plot(), 0)
        every = LABEL_EVERY
        while every * slot < widest + 2 * _PAD and every < len(self._days):
            every += LABEL_EVERY
        return every

    def bar_at(self, point: QPoint) -> int | None:
        """The index of the day whose slot holds ``point``, or None."""
        plot = self._plot()
        if not self._days or not (plot.left() <= point.x() <= plot.right()):
            return None
        for index in range(len(self._days)):
            x, width = self._slot(plot, index)
            if x <= point.x() < x + width:
                return index
        return None

    def bar_centre(self, index: int) -> QPoint:
        """Where bar ``index`` is drawn (tests point at it)."""
        plot = self._plot()
        x, width = self._slot(plot, index)
        return QPoint(int(x + width / 2), plot.bottom() - 1)

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        grid = QColor(palette.color(QPalette.ColorRole.Mid))
        allowed_colour = theme.text_colour(theme.Tone.SUCCESS)
        denied_colour = theme.text_colour(theme.Tone.ERROR)
        metrics = QFontMetrics(self.font())
        plot = self._plot()
        rtl = self.isRightToLeft()

        self._paint_legend(painter, metrics, text, allowed_colour, denied_colour)

        # The y-axis: a line and a label per tick, on the side the text starts from.
        top = self.axis_maximum()
        align = Qt.AlignmentFlag.AlignVCenter | (
            Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight)
        for tick in self.ticks():
            y = plot.bottom() - round(tick / top * plot.height())
            painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine if tick else Qt.PenStyle.SolidLine))
            painter.drawLine(plot.left(), y, plot.right(), y)
            painter.setPen(text)
            where = QRect(0, y - metrics.height() // 2, self._axis_width() - _PAD,
                          metrics.height())
            if rtl:
                where.moveLeft(plot.right() + 2 * _PAD)
            painter.drawText(where, int(align), number_text(tick))

        # The bars: allowed at the bottom, solid; denied stacked on top, hatched.
        newest = len(self._days) - 1
        every = self.label_every(metrics)
        for index, d in enumerate(self._days):
            x, width = self._slot(plot, index)
            gap = max(1.0, width * 0.2)
            bar_x, bar_w = x + gap / 2, max(1.0, width - gap)
            allowed_h = d.allowed / top * plot.height()
            denied_h = d.denied / top * plot.height()
            base = plot.bottom() + 1
            if d.allowed:
                painter.fillRect(QRectF(bar_x, base - allowed_h, bar_w, allowed_h),
                                 allowed_colour)
            if d.denied:
                rect = QRectF(bar_x, base - allowed_h - denied_h, bar_w, denied_h)
                painter.fillRect(rect, QBrush(denied_colour, Qt.BrushStyle.BDiagPattern))
                painter.setPen(QPen(denied_colour, 1))
                painter.drawRect(rect.adjusted(0, 0, -1, 0))
            if (newest - index) % every == 0:
                painter.setPen(text)
                day = self.day_label(d.date)
                w = metrics.horizontalAdvance(day)
                lx = int(x + width / 2 - w / 2)
                lx = max(_PAD, min(lx, self.width() - _PAD - w))
                painter.drawText(QRect(lx, plot.bottom() + _PAD // 2, w, metrics.height()),
                                 int(Qt.AlignmentFlag.AlignCenter), day)
        painter.end()

    def _paint_legend(self, painter: QPainter, metrics: QFontMetrics, text: QColor,
                      allowed: QColor, denied: QColor) -> None:
        """Swatch and word for each series, along the top, from the leading edge."""
        rtl = self.isRightToLeft()
        x = self.width() - _PAD if rtl else _PAD
        y = _PAD
        for colour, pattern, word in (
                (allowed, Qt.BrushStyle.SolidPattern, self.tr("Allowed")),
                (denied, Qt.BrushStyle.BDiagPattern, self.tr("Denied"))):
            swatch_y = y + (metrics.height() - _SWATCH) // 2
            w = metrics.horizontalAdvance(word)
            swatch_x = x - _SWATCH if rtl else x
            swatch = QRect(swatch_x, swatch_y, _SWATCH, _SWATCH)
            painter.fillRect(swatch, QBrush(colour, pattern))
            painter.setPen(QPen(colour, 1))
            painter.drawRect(swatch.adjusted(0, 0, -1, -1))
            painter.setPen(text)
            text_x = swatch_x - 4 - w if rtl else swatch_x + _SWATCH + 4
            painter.drawText(QRect(text_x, y, w, metrics.height()),
                             int(Qt.AlignmentFlag.AlignVCenter), word)
            step = _SWATCH + 4 + w + 3 * _PAD
            x = x - step if rtl else x + step

    # -- events ----------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.bar_at(event.pos())
            if index is None:
                QToolTip.hideText()
                event.ignore()
            else:
                QToolTip.showText(event.globalPos(), self.bar_text(index), self)
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.LanguageChange, QEvent.Type.LocaleChange):
            self._describe()
            self.updateGeometry()
            self.update()
        super().changeEvent(event)
