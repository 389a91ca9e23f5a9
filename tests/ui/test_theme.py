"""The app's own colours suit the palette in force (issue 15): readable in the light and the
dark scheme (WCAG contrast of at least 4.5:1 for text), the palette's own colours in
high-contrast mode, and re-applied when the system switches scheme while the app runs.

The offscreen platform has no system scheme to switch, so the dark scheme is applied the way
the platform does it: a new application palette (``ApplicationPaletteChange``)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from compliance_client.ui import theme
from compliance_client.ui.widgets import FieldError


def _luminance(colour: QColor) -> float:
    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def _dark_palette() -> QPalette:
    p = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202020"),
                         (QPalette.ColorRole.Base, "#191919"),
                         (QPalette.ColorRole.WindowText, "#ffffff"),
                         (QPalette.ColorRole.Text, "#ffffff"),
                         (QPalette.ColorRole.Button, "#2d2d2d"),
                         (QPalette.ColorRole.ButtonText, "#ffffff"),
                         (QPalette.ColorRole.Highlight, "#4cc2ff"),
                         (QPalette.ColorRole.HighlightedText, "#000000")):
        p.setColor(role, QColor(colour))
    return p


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[None]:
    light = qapp.palette()
    qapp.setPalette(_dark_palette())
    yield
    qapp.setPalette(light)


def _readable_everywhere() -> list[str]:
    palette = QApplication.palette()
    problems = []
    for tone in theme.Tone:
        text = theme.text_colour(tone)
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            ratio = contrast(text, palette.color(role))
            if ratio < 4.5:
                problems.append(f"{tone.name} text on {role.name}: {ratio:.2f}")
        for what, (bg, fg) in (("panel", theme.panel_colours(tone)),
                               ("badge", theme.badge_colours(tone))):
            if contrast(bg, fg) < 4.5:
                problems.append(f"{tone.name} {what}: {contrast(bg, fg):.2f}")
    return problems


def test_light_scheme_colours_are_readable(qapp: Any) -> None:
    assert not theme.is_dark()
    assert _readable_everywhere() == []


def test_dark_scheme_colours_are_readable(dark: None) -> None:
    assert theme.is_dark()
    assert _readable_everywhere() == []


def test_an_error_follows_a_scheme_switch_while_shown(qtbot: Any, qapp: QApplication) -> None:
    error = FieldError()
    qtbot.addWidget(error)
    error.show_error("The organization ID is needed.")
    light_red = error.palette().color(QPalette.ColorRole.WindowText)
    before = qapp.palette()
    qapp.setPalette(_dark_palette())
    qapp.processEvents()
    try:
        dark_red = error.palette().color(QPalette.ColorRole.WindowText)
        assert dark_red != light_red
        assert contrast(dark_red, qapp.palette().color(QPalette.ColorRole.Window)) >= 4.5
    finally:
        qapp.setPalette(before)
        qapp.processEvents()
    assert error.palette().color(QPalette.ColorRole.WindowText) == light_red


def test_high_contrast_uses_only_the_palettes_colours(monkeypatch: Any, qapp: Any) -> None:
    # The offscreen platform cannot ask for high contrast; Windows' contrast themes do.
    monkeypatch.setattr(theme, "high_contrast", lambda: True)
    palette = QApplication.palette()
    for tone in theme.Tone:
        assert theme.text_colour(tone) == palette.color(QPalette.ColorRole.WindowText)
        assert theme.panel_colours(tone) == (palette.color(QPalette.ColorRole.Window),
                                             palette.color(QPalette.ColorRole.WindowText))
        assert theme.badge_colours(tone) == (palette.color(QPalette.ColorRole.Highlight),
                                             palette.color(QPalette.ColorRole.HighlightedText))


def test_a_note_panel_follows_a_scheme_switch(qtbot: Any, qapp: QApplication) -> None:
    from PySide6.QtWidgets import QWidget

    from compliance_client.ui.token_dialog.fields import NotePanel

    parent = QWidget()
    qtbot.addWidget(parent)
    note = NotePanel(parent, theme.Tone.WARNING)
    parent.show()
    assert note.palette().color(note.backgroundRole()).lightness() > 128
    before = qapp.palette()
    qapp.setPalette(_dark_palette())
    qapp.processEvents()
    try:
        background = note.palette().color(note.backgroundRole())
        text = note.palette().color(note.foregroundRole())
        assert background.lightness() < 128 and contrast(background, text) >= 4.5
    finally:
        qapp.setPalette(before)
        qapp.processEvents()


def test_the_grid_colours_an_expired_token_for_the_scheme_in_force(qapp: QApplication) -> None:
    from datetime import UTC, datetime, timedelta

    from PySide6.QtCore import Qt

    from compliance_client.domain.tokens import Token
    from compliance_client.ui.grid.tokens import Column, TokenModel

    model = TokenModel.__new__(TokenModel)  # only the cell code, no session needed
    TokenModel.__init__(model, session=None)  # type: ignore[arg-type]
    expired = Token(id=1, organization_name="Old", organization_id="old",
                    key_prefix="cct_abcdefgh", expires_at=datetime.now(UTC) - timedelta(days=1))

    def red() -> QColor:
        brush = model.cell(expired, Column.EXPIRES, Qt.ItemDataRole.ForegroundRole)
        return brush.color()

    light = red()
    before = qapp.palette()
    qapp.setPalette(_dark_palette())
    try:
        model.refresh_colours()  # what the grid's view calls on a scheme change
        assert red() != light
        assert contrast(red(), qapp.palette().color(QPalette.ColorRole.Base)) >= 4.5
    finally:
        qapp.setPalette(before)


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_status_badges_are_readable_and_apart(request: Any, qapp: Any, scheme: str) -> None:
    """A suspended token's badge (a warning's tone) and a leaked one's (an error's): their
    words readable on them in either scheme, and the two told apart from each other."""
    if scheme == "dark":
        request.getfixturevalue("dark")
    suspended = theme.badge_colours(theme.Tone.WARNING)
    leaked = theme.badge_colours(theme.Tone.ERROR)
    for background, text in (suspended, leaked):
        assert contrast(background, text) >= 4.5
    assert suspended[0] != leaked[0]


def test_a_hidden_widget_takes_its_colours_when_first_shown(qtbot: Any, qapp: Any,
                                                            monkeypatch: Any) -> None:
    """Colours given to a widget not shown yet are applied at its first show (so that a
    start never asks whether the system wants high contrast, issue 20), and the tone given
    last wins, then and after a scheme switch."""
    from PySide6.QtWidgets import QFrame, QWidget

    from compliance_client.ui.widgets import tint_panel

    asked: list[bool] = []
    real = theme.high_contrast
    monkeypatch.setattr(theme, "high_contrast", lambda: asked.append(True) or real())
    parent = QWidget()
    qtbot.addWidget(parent)
    note = QFrame(parent)
    tint_panel(note, theme.Tone.ERROR)
    tint_panel(note, theme.Tone.SUCCESS)
    assert asked == []
    parent.show()
    success = theme.panel_colours(theme.Tone.SUCCESS)[0]
    assert note.palette().color(note.backgroundRole()) == success
    before = qapp.palette()
    qapp.setPalette(_dark_palette())
    qapp.processEvents()
    try:
        assert note.palette().color(note.backgroundRole()) == \
            theme.panel_colours(theme.Tone.SUCCESS)[0]
    finally:
        qapp.setPalette(before)
        qapp.processEvents()
