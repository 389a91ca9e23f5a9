"""The app's own colours, in one place, for the light and dark colour schemes and for
high-contrast mode.

The style (Fusion, or Windows' own) follows the system's scheme by itself; what it cannot
know are the few colours the app adds: an error's red, a warning's amber, the green of the
"You" badge, the tinted note panels. Each is asked for by its meaning (:class:`Tone`) at the
moment it is drawn, so it suits the palette in force then:

* light scheme: dark tones on light backgrounds (the values the app always had);
* dark scheme (the window colour is dark): light tones, dark tinted panels;
* high contrast (the system asks for it): no colours of our own at all, only the palette's
  text, window and highlight colours, which the user chose to be readable.

Widgets that keep a colour in their own palette (a tinted panel, a coloured label) re-apply
it when the system's scheme changes, and take it when first shown: :func:`follow_palette`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget


class Tone(Enum):
    ERROR = "error"
    WARNING = "warning"
    SUCCESS = "success"


# Text tones: (light scheme, dark scheme). Each keeps a contrast of at least 4.5:1 against
# its scheme's window and base colours (tests/ui/test_theme.py measures it).
_TEXT = {
    Tone.ERROR: ("#b3261e", "#ff9a8f"),
    Tone.WARNING: ("#8a5300", "#f2c14e"),
    Tone.SUCCESS: ("#0e6b0e", "#7fd47f"),
}
# Note panels: (background, text) per scheme.
_PANEL = {
    Tone.ERROR: (("#fde7e9", "#5c0f0a"), ("#442726", "#ffd6d2")),
    Tone.WARNING: (("#fff4ce", "#3b2f00"), ("#433519", "#fff1c2")),
    Tone.SUCCESS: (("#dff6dd", "#0b3d0b"), ("#1f3b1f", "#d4f5d0")),
}
# A badge: white text on a strong colour, in both schemes.
_BADGE = {
    Tone.ERROR: "#b3261e",
    Tone.WARNING: "#8a5300",
    Tone.SUCCESS: "#107c10",
}


def high_contrast() -> bool:
    """Whether the system asks for high contrast (Windows' contrast themes; Qt ≥ 6.10)."""
    from PySide6.QtCore import Qt

    # Keep the style hints in a name while asking: PySide6 6.11 drops the accessibility
    # hints' C++ object with a temporary QStyleHints wrapper.
    style_hints = QGuiApplication.styleHints()
    preference = style_hints.accessibility().contrastPreference()
    return bool(preference == Qt.ContrastPreference.HighContrast)


def _palette() -> QPalette:
    return QGuiApplication.palette()


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the palette in force draws light text on a dark window."""
    p = palette or _palette()
    return p.color(QPalette.ColorRole.Window).lightness() < 128


def text_colour(tone: Tone) -> QColor:
    """The colour of a text that means ``tone`` (an error, a warning, a success)."""
    if high_contrast():
        return _palette().color(QPalette.ColorRole.WindowText)
    light, dark = _TEXT[tone]
    return QColor(dark if is_dark() else light)


def panel_colours(tone: Tone) -> tuple[QColor, QColor]:
    """(background, text) of a note panel that means ``tone``."""
    p = _palette()
    if high_contrast():
        return p.color(QPalette.ColorRole.Window), p.color(QPalette.ColorRole.WindowText)
    background, text = _PANEL[tone][1 if is_dark(p) else 0]
    return QColor(background), QColor(text)


def badge_colours(tone: Tone) -> tuple[QColor, QColor]:
    """(background, text) of a small badge that means ``tone``."""
    p = _palette()
    if high_contrast():
        return (p.color(QPalette.ColorRole.Highlight),
                p.color(QPalette.ColorRole.HighlightedText))
    return QColor(_BADGE[tone]), QColor("#ffffff")


class _PaletteFollower(QObject):
    """Re-applies a widget's colours (every ``apply`` given for it, in the order given)
    when the application's palette changes; first applies them when the widget is first
    shown, if it was not visible when they were given.

    Why wait for the first show: knowing whether the system asks for high contrast means
    touching ``Qt``'s enums (``high_contrast``), about 15 ms the first time, and the widgets
    coloured at start (the main window's device banner, the Profile page's error and notes)
    are all hidden until they have something to say."""

    def __init__(self, widget: QObject) -> None:
        super().__init__(widget)
        self._widget = widget
        self._applies: list[Callable[[], None]] = []
        self._pending = False  # colours to apply at the first Show
        self._applied_for = QGuiApplication.palette().cacheKey()
        widget.installEventFilter(self)

    @classmethod
    def of(cls, widget: QObject) -> _PaletteFollower:
        # One per widget: with one each, the filters would run newest first, and an older
        # colour (a note panel's earlier tone) would win.
        for child in widget.children():
            if isinstance(child, cls) and child._widget is widget:
                return child
        return cls(widget)

    def add(self, apply: Callable[[], None]) -> None:
        self._applies.append(apply)
        if self._pending:
            return
        if isinstance(self._widget, QWidget) and not self._widget.isVisible():
            self._pending = True
        else:
            apply()

    def _apply_all(self) -> None:
        self._applied_for = QGuiApplication.palette().cacheKey()
        for apply in self._applies:
            apply()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self._pending:
            if kind == QEvent.Type.Show:
                self._pending = False
                self._apply_all()
            return False
        # A new application palette (the system's scheme or contrast changed) reaches a
        # window as ApplicationPaletteChange and its children as PaletteChange. apply()
        # setting the widget's own palette sends PaletteChange too, so act only when the
        # application's palette is another than the one the colours were chosen for.
        if (kind in _palette_events()
                and QGuiApplication.palette().cacheKey() != self._applied_for):
            self._apply_all()
        return False


@functools.cache
def _palette_events() -> frozenset[QEvent.Type]:
    # Built on first use: this module is imported before the first window is shown.
    return frozenset((QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange,
                      QEvent.Type.ThemeChange))


def follow_palette(widget: QObject, apply: Callable[[], None]) -> None:
    """Call ``apply()`` now (a widget not visible yet: when it is first shown) and whenever
    the system's colour scheme or contrast changes."""
    _PaletteFollower.of(widget).add(apply)
