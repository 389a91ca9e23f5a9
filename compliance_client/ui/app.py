"""QApplication set-up: identity, style, icon (no style sheet: see widgets.py).

Start-up cost matters here (README, Performance): PySide6 builds a Python enum class for
every enum of a Qt type the first time Python touches that type. ``Qt`` alone holds about a
hundred enums (some 45 ms on the benchmark machine) and ``QStyle`` another twenty (17 ms), so
this module reaches neither: the style is chosen with Qt's own ``-style`` argument instead
of ``setStyle()`` (whose return value would wrap a ``QStyle``), and the high-DPI rounding
policy is left at Qt 6's default, ``PassThrough`` (fractional 125 %/150 % scaling without
rounding).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from .resources import resource_path

APP_NAME = "Compliance Client"

#: How long a worker thread may keep the GIL while the GUI thread waits for it. Painting calls
#: into Python for every cell, so with Python's default (5 ms) a page being parsed on a worker
#: could stretch one paint by several multiples of that.
GIL_SWITCH_INTERVAL_S = 0.001


def style_arguments() -> list[str]:
    """Fusion everywhere but Windows; on Windows no argument, so Qt picks the native style
    (windows11, else windowsvista)."""
    return [] if sys.platform == "win32" else ["-style", "fusion"]


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    QCoreApplication.setOrganizationName("Compliance Client")
    QCoreApplication.setApplicationName(APP_NAME)
    args = list(argv) if argv is not None else sys.argv[:1]
    if "-style" not in args:
        args[1:1] = style_arguments()
    app = QApplication(args)
    app.setWindowIcon(app_icon())
    return app


#: The rendered sizes (tools/render_icons.py) a title bar or the tray may ask for: the
#: small ones are drawn from app-small.svg, whose heavier strokes stay legible on 16 px.
_RENDERED_SIZES = (16, 24, 32, 48)


def app_icon() -> QIcon:
    """The app's icon for windows and the tray icon: the rendered small sizes, and app.svg
    for every other. Files are read when a size is first drawn, not here."""
    from PySide6.QtCore import QSize

    icon = QIcon()
    for size in _RENDERED_SIZES:
        png = resource_path("icons", f"app-{size}.png")
        if png.exists():
            icon.addFile(str(png), QSize(size, size))
    svg = resource_path("icons", "app.svg")
    if svg.exists():
        icon.addFile(str(svg))
    return icon
