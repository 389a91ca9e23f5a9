"""The endpoint picker: a :class:`~.check_picker.CheckListPicker` of endpoint patterns
(``*``, each ``group.*``, each id)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from ...domain.catalogue import ENDPOINTS, Endpoint
from ..i18n import translate
from ..text import fill
from .check_picker import CheckListPicker


class EndpointPicker(CheckListPicker):
    """A drop-down with a checkable list of endpoint patterns (``*``, ``group.*``, ids)."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(empty_text, parent)
        self.list.setObjectName("endpointChoices")
        self.set_catalogue(ENDPOINTS)

    def set_catalogue(self, endpoints: Sequence[Endpoint]) -> None:
        """Offer ``*``, each ``group.*`` and each id of ``endpoints``; keep what is ticked
        (an id this server no longer lists stays, as itself)."""
        groups = list(dict.fromkeys(e.group for e in endpoints))
        choices: list[tuple[str, str]] = [("*", translate("TokenDialog", "every endpoint"))]
        choices += [
            (f"{g}.*", fill(translate("TokenDialog", "all endpoints of the %1 group"), g))
            for g in groups
        ]
        choices += [(e.id, e.description) for e in endpoints]
        self.replace_entries([
            (pattern, f"{pattern}  —  {description}" if description else pattern, description)
            for pattern, description in choices])

    def patterns(self) -> list[str]:
        return self.values()
