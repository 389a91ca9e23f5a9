"""Translators: the app's own and Qt's (``qtbase_``), swapped at runtime.

Installing a translator makes Qt send ``LanguageChange`` to every widget; each window
re-reads its texts in ``changeEvent``, so a new language shows at once, without restart.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..domain.languages import DEFAULT_LANGUAGE, LANGUAGES, RIGHT_TO_LEFT
from .resources import resource_path

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

log = logging.getLogger(__name__)

__all__ = ["DEFAULT_LANGUAGE", "LANGUAGES", "current_language", "is_applied", "set_language",
           "translate"]

_installed: list[QTranslator] = []
_current = DEFAULT_LANGUAGE


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate outside a QObject (``self.tr`` inside one). Same arguments as
    ``QCoreApplication.translate``, which pyside6-lupdate knows: keep context and text literal.
    Not for plurals: lupdate 6.11 makes one form per number ("1 day", "2 days") only of
    ``self.tr("%n days", "", n)`` in a QObject's method, and skips a call whose ``n`` is an
    expression such as ``int(x)``, so a ``%n`` text belongs in a method with a plain name."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def current_language() -> str:
    return _current


def is_applied(code: str) -> bool:
    """Whether the app already speaks ``code``, dates included: at start Qt's locale is the
    system's, whatever the profile's language, until :func:`set_language` sets it."""
    from PySide6.QtCore import QLocale  # its hundreds of enum members: not before the window

    return code == _current and QLocale().name().split("_")[0] == code


def _set_direction(app: QCoreApplication, right_to_left: bool) -> None:
    """Mirror every window for a right-to-left language (and back). ``Qt`` is imported only
    when a direction changes: its enums cost a start in a left-to-right language ~45 ms."""
    from PySide6.QtGui import QGuiApplication

    if not isinstance(app, QGuiApplication) or QGuiApplication.isRightToLeft() == right_to_left:
        return
    from PySide6.QtCore import Qt

    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if right_to_left
                           else Qt.LayoutDirection.LeftToRight)


def set_language(code: str) -> bool:
    """Switch the whole app to ``code``; False (and English) when no translation loads."""
    # Here, not at the top: the session imports this module before the first window, and
    # PySide6 builds QLocale's enums (every language and territory) on first touch.
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    global _current
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("set_language needs a QApplication")
    if code not in LANGUAGES:
        code = DEFAULT_LANGUAGE
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(code))
    _current = code
    _set_direction(app, code in RIGHT_TO_LEFT)
    ok = True
    own = QTranslator(app)
    if own.load(f"compliance_client_{code}", str(resource_path("translations"))):
        app.installTranslator(own)
        _installed.append(own)
    elif code != DEFAULT_LANGUAGE:
        log.warning("no translation for %s in %s", code, resource_path("translations"))
        ok = False
    if code == DEFAULT_LANGUAGE:
        # The source language's file holds only its plural forms ("1 day"); without it,
        # "1 days" is the worst that happens.
        return True
    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return ok
