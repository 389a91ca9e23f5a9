"""QApplication set-up: identity, high-DPI policy, style, icon, translators."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QStyleFactory

from .resources import resource_path

APP_NAME = "Compliance Client"


def pick_style() -> str:
    """The native look on Windows 11 (and Vista-style before it), Fusion elsewhere."""
    keys = {k.lower(): k for k in QStyleFactory.keys()}  # noqa: SIM118 - a Qt call, not a dict
    if sys.platform == "win32":
        for name in ("windows11", "windowsvista"):
            if name in keys:
                return keys[name]
    return "Fusion"


def create_application(argv: Sequence[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if existing is not None:
        return existing  # type: ignore[return-value]
    # Fractional scale factors (125 %, 150 %) as Windows sets them, without rounding.
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(
        Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    QCoreApplication.setOrganizationName("Compliance Client")
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication(list(argv) if argv is not None else sys.argv[:1])
    app.setStyle(pick_style())
    icon = resource_path("icons", "app.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    qss = resource_path("style.qss")
    if qss.exists():
        app.setStyleSheet(qss.read_text(encoding="utf-8"))
    return app
