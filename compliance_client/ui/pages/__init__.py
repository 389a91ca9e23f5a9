"""The main window's pages. Each module exposes a ``QWidget`` subclass taking the Session;
``page_factories`` lists the ones this build has, keyed as ``MainWindow.PAGES``."""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

_PAGES = {
    "profile": ("profile_page", "ProfilePage"),
    "device": ("device_page", "DevicePage"),
    "tokens": ("tokens_page", "TokensPage"),
    "audit": ("audit_page", "AuditPage"),
}


def page_factories() -> dict[str, Callable[..., QWidget]]:
    out: dict[str, Callable[..., QWidget]] = {}
    for key, (module_name, class_name) in _PAGES.items():
        try:
            module = importlib.import_module(f"{__name__}.{module_name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{module_name}":
                raise
            continue
        out[key] = getattr(module, class_name)
    return out
