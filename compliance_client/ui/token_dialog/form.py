"""The token dialog's form: each field with its label, inline error and (after a conflict)
the server's value; filled from a token, read back by the dialog.

Its texts are the dialog's (translation context ``TokenDialog``). ``changed`` fires whenever
something the access summary shows may have changed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from ...domain.errors import FieldProblem
from ...domain.tokens import DEFAULT_VALID_DAYS, SCOPE_GLOBAL, SCOPE_ORGANIZATION, Token
from ..date_edit import DateEdit, format_example
from ..i18n import translate
from ..text import fill, local_date
from ..theme import Tone
from ..widgets import WrappedLabel, colour_text, plain_button
from .device_picker import DeviceField
from .endpoint_picker import EndpointPicker
from .fields import FormField
from .ip_list_editor import IpListEdit
from .problem_texts import problem_text

# The rows, top to bottom; "key" only when editing (a new token has no key until saved).
ROWS = ("organization_name", "organization_id", "scope", "key", "allowed_endpoints",
        "blocked_endpoints", "allowed_ips", "blocked_ips", "bound_devices", "expires_at")

_MNEMONIC = re.compile(r"&(.)")
_MNEMONIC_AFTER = re.compile(r"\s*\(&.\)")  # "নাম (&N):": the letter after, in brackets
_LABEL_END = " :\u00a0\u202f"  # "Name:", French "Nom :" (with a no-break space or not)


def field_name(label_text: str) -> str:
    """A label's text as the name of its field: without its mnemonic and colon
    ("Organization &name:" names "Organization name", "নাম (&N):" "নাম")."""
    return _MNEMONIC.sub(r"\1", _MNEMONIC_AFTER.sub("", label_text)).rstrip(_LABEL_END)


class TokenForm(QWidget):
    """The fields of a token; ``editing`` adds the key row with its Regenerate button.

    Each field's label is its buddy (its mnemonic focuses the field) and also gives the
    field its accessible name: Qt finds a buddy's name only when label and field share a
    parent, and a :class:`FormField` wraps every field. The label column is as wide as the
    widest label (French and German names are long: none is cut), and each label carries its
    whole text as a tooltip too.
    """

    changed = Signal()

    def __init__(self, editing: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("organizationName")
        self.org_id_edit = QLineEdit(self)
        self.org_id_edit.setObjectName("organizationId")
        self.key_label = QLabel(self)
        self.key_label.setObjectName("keyPrefix")
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.regenerate_button = plain_button("", self)
        self.regenerate_button.setObjectName("regenerateKey")
        self.allowed_endpoints = EndpointPicker("", self)
        self.allowed_endpoints.setObjectName("allowedEndpoints")
        self.blocked_endpoints = EndpointPicker("", self)
        self.blocked_endpoints.setObjectName("blockedEndpoints")
        self.allowed_ips = IpListEdit(self)
        self.allowed_ips.setObjectName("allowedIps")
        self.blocked_ips = IpListEdit(self)
        self.blocked_ips.setObjectName("blockedIps")
        self.device_field = DeviceField(self)
        self.devices = self.device_field.picker
        self.expires_edit = DateEdit(self)
        self.expires_edit.setObjectName("expiresAt")
        self.never_check = QCheckBox(self)
        self.never_check.setObjectName("neverExpires")
        self.never_warning = WrappedLabel(self)
        self.never_warning.setObjectName("neverWarning")
        colour_text(self.never_warning, Tone.WARNING)
        self.never_warning.hide()
        # ARCHITECTURE §7: only a global caller may choose the scope; everyone else's tokens are
        # organization tokens, and the choice is not shown to them at all.
        self.scope_combo = QComboBox(self)
        self.scope_combo.setObjectName("scopeChoice")
        self.scope_combo.addItem("", SCOPE_ORGANIZATION)
        self.scope_combo.addItem("", SCOPE_GLOBAL)
        self.scope_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.fields: dict[str, FormField] = {
            "organization_name": FormField(self.name_edit),
            "organization_id": FormField(self.org_id_edit),
            "scope": FormField(self.scope_combo),
            "allowed_endpoints": FormField(self.allowed_endpoints),
            "blocked_endpoints": FormField(self.blocked_endpoints),
            "allowed_ips": FormField(self.allowed_ips),
            "blocked_ips": FormField(self.blocked_ips),
            "bound_devices": FormField(self.device_field),
        }
        expiry_row = QWidget(self)
        expiry_layout = QHBoxLayout(expiry_row)
        expiry_layout.setContentsMargins(0, 0, 0, 0)
        expiry_layout.addWidget(self.expires_edit)
        expiry_layout.addSpacing(12)
        expiry_layout.addWidget(self.never_check)
        expiry_layout.addStretch(1)
        expiry_field = FormField(expiry_row)
        expiry_field.column.addWidget(self.never_warning)
        self.fields["expires_at"] = expiry_field
        key_row = QWidget(self)
        key_layout = QHBoxLayout(key_row)
        key_layout.setContentsMargins(0, 0, 0, 0)
        key_layout.addWidget(self.key_label, 1)
        key_layout.addWidget(self.regenerate_button)

        self.rows = QFormLayout(self)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.rows.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.rows.setVerticalSpacing(8)
        self.labels: dict[str, QLabel] = {}
        for name in ROWS:
            if name == "key" and not editing:
                key_row.hide()
                continue
            label = QLabel(self)  # never wrapped nor squeezed: its column fits the widest
            self.labels[name] = label
            if name == "key":
                # No buddy: the key is not typed into, and Regenerate has its own mnemonic.
                self.rows.addRow(label, key_row)
                continue
            label.setBuddy(self.named_widget(name))
            self.rows.addRow(label, self.fields[name])
        # Tab follows the rows, then Regenerate: typing through the fields never lands on
        # the one button that changes the server at once. (The dialog sets the order.)
        self.tab_chain: list[QWidget] = [
            *(self.named_widget(name) for name in ROWS if name != "key"),
            self.never_check, self.regenerate_button]

        for picker in (self.allowed_endpoints, self.blocked_endpoints):
            picker.changed.connect(self.changed)
        self.devices.changed.connect(self.changed)
        self.devices.changed.connect(lambda: self.fields["bound_devices"].show_error(None))
        # A token is bound only to devices of its own organization: the picker offers those
        # of the organization ID as it is typed.
        self.org_id_edit.textChanged.connect(self._organization_typed)
        for edit in (self.allowed_ips, self.blocked_ips):
            edit.checked.connect(self._ips_checked)
        self.expires_edit.changed.connect(self._expiry_typed)
        self.expires_edit.editing_finished.connect(self._expiry_finished)
        self.scope_combo.currentIndexChanged.connect(self.changed)
        self.scope_combo.currentIndexChanged.connect(
            lambda _i: self.fields["scope"].show_error(None)
        )
        self.never_check.toggled.connect(self._never_toggled)
        self.name_edit.textEdited.connect(
            lambda _t: self.fields["organization_name"].show_error(None)
        )
        self.org_id_edit.textEdited.connect(
            lambda _t: self.fields["organization_id"].show_error(None)
        )

    def named_widget(self, name: str) -> QWidget:
        """The control a row's label names and its mnemonic focuses."""
        if name == "expires_at":
            return self.expires_edit
        if name == "bound_devices":
            return self.devices
        return self.fields[name].widget

    def retranslate(self) -> None:
        texts = {
            "organization_name": translate("TokenDialog", "Organization &name:"),
            "organization_id": translate("TokenDialog", "Organization &ID:"),
            "scope": translate("TokenDialog", "Sc&ope:"),
            "key": translate("TokenDialog", "Key:"),
            "allowed_endpoints": translate("TokenDialog", "&Allowed endpoints:"),
            "blocked_endpoints": translate("TokenDialog", "&Blocked endpoints:"),
            "allowed_ips": translate("TokenDialog", "Allowed I&Ps:"),
            "blocked_ips": translate("TokenDialog", "Bloc&ked IPs:"),
            "bound_devices": translate("TokenDialog", "Bound &to devices:"),
            "expires_at": translate("TokenDialog", "E&xpires on:"),
        }
        for name, label in self.labels.items():
            label.setText(texts[name])
            label.setToolTip(_MNEMONIC.sub(r"\1", texts[name]))
            if name == "key":
                self.key_label.setAccessibleName(field_name(texts[name]))
            else:
                self.named_widget(name).setAccessibleName(field_name(texts[name]))
        self.name_edit.setPlaceholderText(translate("TokenDialog", "e.g. Acme Corporation"))
        self.org_id_edit.setPlaceholderText(translate("TokenDialog", "e.g. acme-corp"))
        self.allowed_endpoints.empty_text = translate(
            "TokenDialog", "All endpoints (no allowed list)"
        )
        self.blocked_endpoints.empty_text = translate("TokenDialog", "None blocked")
        self.allowed_endpoints._refresh()
        self.blocked_endpoints._refresh()
        self.device_field.retranslate()
        self.allowed_ips.setPlaceholderText(
            translate(
                "TokenDialog", "Any address. One address or network per line, e.g. 10.0.0.0/8"
            )
        )
        self.blocked_ips.setPlaceholderText(
            translate("TokenDialog", "None blocked. One entry per line")
        )
        self.never_check.setText(translate("TokenDialog", "Ne&ver expires"))
        self.scope_combo.setItemText(0, translate("TokenDialog", "Organization"))
        self.scope_combo.setItemText(1, translate("TokenDialog", "Global (all organizations)"))
        self.scope_combo.setToolTip(
            translate(
                "TokenDialog",
                "An organization token acts only inside its own organization ID. A global "
                "token acts on every organization: give it only to the service's "
                "administrators."
            )
        )
        self.never_warning.setText(
            translate(
                "TokenDialog",
                "A token that never expires keeps working until "
                "someone deletes it. Prefer an expire date."
            )
        )
        self.regenerate_button.setText(translate("TokenDialog", "&Regenerate key…"))
        self.expires_edit.edit.setToolTip(
            translate(
                "TokenDialog", "The token stops working at the end of this day, in your time zone."
            )
        )
        if self.fields["expires_at"].error.isVisible():
            self.fields["expires_at"].show_error(self.expiry_problem())  # its example too

    # -- filling ---------------------------------------------------------------------------

    def fill(self, token: Token | None, today: date, tz: tzinfo | None) -> None:
        """Show ``token``'s values, or a new token's defaults (``today`` and ``tz``: the
        user's day and zone, for the expire date)."""
        if token is None:
            self.set_scope(SCOPE_ORGANIZATION)
            self.expires_edit.set_minimum_day(today)
            self.expires_edit.set_day(today + timedelta(days=DEFAULT_VALID_DAYS))
            self.never_check.setChecked(False)
            self.devices.set_selected(())
            self.allowed_ips.check()
            self.blocked_ips.check()
            return
        self.name_edit.setText(token.organization_name)
        self.org_id_edit.setText(token.organization_id)
        self.set_scope(token.scope)
        self.allowed_endpoints.set_selected(token.allowed_endpoints)
        self.blocked_endpoints.set_selected(token.blocked_endpoints)
        self.allowed_ips.set_entries(token.allowed_ips)
        self.blocked_ips.set_entries(token.blocked_ips)
        self.devices.set_selected(token.bound_devices)
        if token.expires_at is None:
            self.expires_edit.set_minimum_day(today)
            self.expires_edit.set_day(today + timedelta(days=DEFAULT_VALID_DAYS))
            self.never_check.setChecked(True)
        else:
            day = local_date(token.expires_at, tz)
            self.expires_edit.set_minimum_day(min(day, today))
            self.expires_edit.set_day(day)
            self.never_check.setChecked(False)
        self._never_toggled(self.never_check.isChecked())
        self.show_key(token)

    def show_key(self, token: Token) -> None:
        self.key_label.setText(token.key_prefix + "…")
        self.key_label.setToolTip(
            translate(
                "TokenDialog",
                "Only the start of the key is kept; the whole key "
                "was shown once, when it was issued."
            )
        )

    def set_scope(self, scope: str) -> None:
        index = self.scope_combo.findData(scope)
        self.scope_combo.setCurrentIndex(max(0, index))

    def scope_text(self, scope: str) -> str:
        """How the scope choice names ``scope``."""
        index = self.scope_combo.findData(scope)
        return self.scope_combo.itemText(index) if index >= 0 else scope

    def show_scope_row(self, shown: bool) -> None:
        self.rows.setRowVisible(self.fields["scope"], shown)

    def picked_day(self) -> date | None:
        """The expire date as typed or picked; None for "Never expires", and None while the
        text cannot be read (then :meth:`expiry_problem` says why: never save that None)."""
        if self.never_check.isChecked():
            return None
        return self.expires_edit.day()

    def expiry_problem(self) -> str | None:
        """Why the expire date typed cannot be read, naming the field and the format it
        reads; None when it can (or the token never expires)."""
        if self.never_check.isChecked() or self.expires_edit.day() is not None:
            return None
        typed = self.expires_edit.text().strip()
        if not typed:
            return fill(translate("TokenDialog", "Type the expire date as %1."),
                        format_example())
        return fill(translate("TokenDialog",
                              "\u201c%1\u201d is not a date: type the expire date as %2."),
                    typed, format_example())

    def state(self) -> tuple[object, ...]:
        """Everything the user can change, as shown: an equal state means nothing changed.
        The date counts as the day read (a language switch rewrites its text), or as typed
        while it cannot be read."""
        return (self.name_edit.text(), self.org_id_edit.text(), self.scope_combo.currentData(),
                tuple(sorted(self.allowed_endpoints.selected())),
                tuple(sorted(self.blocked_endpoints.selected())),
                self.allowed_ips.toPlainText(), self.blocked_ips.toPlainText(),
                tuple(sorted(self.devices.selected())),
                self.expires_edit.day() or self.expires_edit.text(),
                self.never_check.isChecked())

    def set_loading(self, loading: bool) -> None:
        for field in self.fields.values():
            field.setEnabled(not loading)
        self.regenerate_button.setEnabled(not loading)

    # -- live feedback ---------------------------------------------------------------------

    def _expiry_typed(self) -> None:
        if self.expires_edit.day() is not None:
            self.fields["expires_at"].show_error(None)  # fixed as it is typed
        self.changed.emit()

    def _expiry_finished(self) -> None:
        """Say at once when the date left behind cannot be read (not at every key)."""
        problem = self.expiry_problem()
        if problem is not None:
            self.fields["expires_at"].show_error(problem)

    def _never_toggled(self, never: bool) -> None:
        self.expires_edit.setEnabled(not never)
        self.never_warning.setVisible(never)
        self.fields["expires_at"].show_error(None)
        self.changed.emit()

    def _organization_typed(self, text: str) -> None:
        self.device_field.set_organization(text.strip())
        self.changed.emit()  # the summary names the devices of this organization

    def _ips_checked(self) -> None:
        for name in ("allowed_ips", "blocked_ips"):
            self.fields[name].show_error(self.ip_edit(name).problem_summary() or None)
        self.changed.emit()

    # -- reading and problems --------------------------------------------------------------

    def ip_edit(self, name: str) -> IpListEdit:
        return self.allowed_ips if name == "allowed_ips" else self.blocked_ips

    def values(self, *, expires_at: datetime | None, scope: str) -> dict[str, Any]:
        """The form as the domain's editable fields (not yet validated), with the expiry
        instant and the scope the dialog works out."""
        return {
            "organization_name": self.name_edit.text(),
            "organization_id": self.org_id_edit.text(),
            "allowed_endpoints": self.allowed_endpoints.selected(),
            "blocked_endpoints": self.blocked_endpoints.selected(),
            "allowed_ips": self.allowed_ips.raw_entries(),
            "blocked_ips": self.blocked_ips.raw_entries(),
            "bound_devices": self.devices.selected(),
            "expires_at": expires_at,
            "scope": scope,
        }

    def problem_messages(self, problems: Iterable[FieldProblem]) -> dict[str, str]:
        """Each field's first problem in the user's language."""
        texts: dict[str, str] = {}
        for problem in problems:
            if problem.field.endswith("_ips") and problem.code.startswith("ip_"):
                # the IP editors list their own bad lines, with line numbers
                edit = self.ip_edit(problem.field)
                texts.setdefault(problem.field, edit.problem_summary() or problem_text(problem))
            else:
                texts.setdefault(problem.field, problem_text(problem))
        return texts

    def show_problems(self, problems: Mapping[str, str]) -> list[str]:
        """Put each message on its field and focus the first such field; returns the
        messages that belong to no field."""
        stray: list[str] = []
        first: QWidget | None = None
        for name, text in problems.items():
            field = self.fields.get(name)
            if field is None:
                stray.append(text)
                continue
            field.show_error(text)
            if first is None:
                first = self.named_widget(name)
        if first is not None:
            first.setFocus()
        return stray

    def clear_problems(self) -> None:
        """Clear every field's error but the IP editors' own list of bad lines."""
        for name, field in self.fields.items():
            if name.endswith("_ips"):
                field.show_error(self.ip_edit(name).problem_summary() or None)
            else:
                field.show_error(None)
