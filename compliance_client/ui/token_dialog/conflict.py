"""After a conflicting edit (412): the banner over the form, and the server's values.

The banner says that someone else changed the token and offers Reload; once reloaded, the
server's current value shows under each field that differs from what the user typed, and the
banner offers to take the server's values instead.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QWidget

from ...domain.tokens import Token
from ..i18n import translate
from ..text import datetime_text
from ..theme import Tone
from ..widgets import WrappedLabel, plain_button, tint_panel
from .access_summary import preview
from .fields import normalize_or_keep, same
from .summary_box import summary_texts

SERVER_VALUES_SHOWN = 8  # list entries named under a field before "… and N more"


class ConflictBanner(QFrame):
    """Someone else changed the token: says so, with Reload and then "Use the server's values"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBanner")
        tint_panel(self, Tone.WARNING)
        self.label = WrappedLabel(self)
        self.label.setObjectName("conflictText")
        self.reload_button = plain_button("", self)
        self.reload_button.setObjectName("reloadToken")
        self.use_server_button = plain_button("", self)
        self.use_server_button.setObjectName("useServerValues")
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reload_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.use_server_button, 0, Qt.AlignmentFlag.AlignTop)
        self.reloaded = False
        self.hide()

    def retranslate(self) -> None:
        self.reload_button.setText(translate("TokenDialog", "Re&load"))
        self.use_server_button.setText(translate("TokenDialog", "&Use the server's values"))
        if not self.isHidden():
            self.show_conflict(reloaded=self.reloaded)

    def show_conflict(self, *, reloaded: bool) -> None:
        """Before Reload: nothing was saved; after it: the differing values are shown."""
        if reloaded:
            text = translate(
                "TokenDialog",
                "This token was changed by someone else. The server's current "
                "values are shown under each field that differs from yours. Save "
                "again to replace them with yours, or use the server's values.",
            )
        else:
            text = translate(
                "TokenDialog",
                "This token was changed by someone else. Nothing was saved; what "
                "you typed is kept. Reload to see the current values.",
            )
        self.reloaded = reloaded
        self.label.setText(text)
        self.reload_button.setVisible(not reloaded)
        self.use_server_button.setVisible(reloaded)
        self.show()


def differing_fields(typed: Mapping[str, Any], server: Token, names: Iterable[str]) -> set[str]:
    """The fields of ``names`` whose typed value differs from the server's (IP entries are
    compared in their normal form, so "10.0.0.1 " and "10.0.0.1" are the same)."""
    differ = set()
    for name in names:
        mine, theirs = typed[name], getattr(server, name)
        if name.endswith("_ips"):
            mine = [normalize_or_keep(e) for e in mine]
        elif name == "bound_devices":  # a set: the picker lists them in its own order
            mine, theirs = sorted(mine), sorted(theirs)
        elif isinstance(mine, str):  # text is saved without its outer blanks
            mine = mine.strip()
        if not same(mine, theirs):
            differ.add(name)
    return differ


def server_value_text(name: str, value: Any, scope_text: Callable[[str], str]) -> str:
    """A field's value on the server, as the hint under the field shows it."""
    if name == "scope":
        return scope_text(str(value))
    if name == "expires_at":
        if value is None:
            return translate("TokenDialog", "never expires")
        return datetime_text(value)
    if not value and isinstance(value, list | tuple | str):
        return translate("TokenDialog", "(empty)")
    if isinstance(value, list | tuple):
        return preview(value, summary_texts().more, SERVER_VALUES_SHOWN)
    return str(value)
