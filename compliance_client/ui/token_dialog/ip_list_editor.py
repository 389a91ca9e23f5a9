"""The IP list editor: one address or network per line, each line checked as it is typed by
the domain's rules; bad lines are tinted in place and listed under the field."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QTextCharFormat, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from ...domain.ipset import IPEntryError, normalize_entry
from .. import theme
from ..i18n import translate
from ..text import fill
from .problem_texts import ip_problem_text

MAX_LISTED_PROBLEMS = 6


class IpListEdit(QPlainTextEdit):
    """One IP entry per line; invalid lines are tinted in place and listed under the field."""

    checked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        lines = 4
        self.setFixedHeight(
            self.fontMetrics().lineSpacing() * lines + 2 * int(self.document().documentMargin()) + 6
        )
        self.problems: list[tuple[int, str]] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)  # 5,000 lines parse in a few ms; still, not per key
        self._timer.timeout.connect(self.check)
        self.textChanged.connect(self._timer.start)

    def set_entries(self, entries: Sequence[str]) -> None:
        self.setPlainText("\n".join(entries))
        self.check()

    def raw_entries(self) -> list[str]:
        """The non-blank lines as typed (the domain validation normalizes them)."""
        return [line.strip() for line in self.toPlainText().splitlines() if line.strip()]

    def valid_entries(self) -> list[str]:
        """The lines that parse, normalized, without repeats (for the live summary)."""
        out: list[str] = []
        for line in self.raw_entries():
            try:
                norm = normalize_entry(line)
            except IPEntryError:
                continue
            if norm not in out:
                out.append(norm)
        return out

    def check(self) -> None:
        """Check every line now; tint the bad ones; ``problems`` lists (line, sentence)."""
        self._timer.stop()
        problems: list[tuple[int, str]] = []
        seen: dict[str, int] = {}
        selections: list[QTextEdit.ExtraSelection] = []
        block = self.document().firstBlock()
        while block.isValid():
            text = block.text().strip()
            number = block.blockNumber() + 1
            problem = None
            if text:
                try:
                    norm = normalize_entry(text)
                except IPEntryError as exc:
                    problem = ip_problem_text(exc)
                else:
                    if norm in seen:
                        problem = fill(
                            translate("TokenDialog", "%1 is listed twice (line %2)."),
                            norm,
                            seen[norm],
                        )
                    else:
                        seen[norm] = number
            if problem is not None:
                problems.append((number, problem))
                selection = QTextEdit.ExtraSelection()
                fmt = QTextCharFormat()
                fmt.setBackground(theme.panel_colours(theme.Tone.ERROR)[0])
                fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
                selection.format = fmt
                cursor = self.textCursor()
                cursor.setPosition(block.position())
                selection.cursor = cursor
                selections.append(selection)
            block = block.next()
        self.setExtraSelections(selections)
        self.problems = problems
        self.checked.emit()

    def problem_summary(self) -> str:
        lines = [
            fill(translate("TokenDialog", "Line %1: %2"), n, text)
            for n, text in self.problems[:MAX_LISTED_PROBLEMS]
        ]
        rest = len(self.problems) - MAX_LISTED_PROBLEMS
        if rest > 0:
            lines.append(fill(translate("TokenDialog", "… and %1 more lines to fix."), rest))
        return "\n".join(lines)
