"""Where the app's resources (icons, translations, style sheet) are found.

In a source checkout and an editable install they are the repository's ``resources/``;
setuptools maps that folder into the wheel as the package ``compliance_client.resources``;
a PyInstaller bundle carries it next to the executable (``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    checkout = Path(__file__).resolve().parents[2] / "resources"
    if checkout.is_dir():
        return checkout
    try:
        from importlib.resources import files

        return Path(str(files("compliance_client.resources")))
    except ModuleNotFoundError:  # pragma: no cover - broken install
        return checkout


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
