"""The token dialog's form: each field with its label, inline error and (after a conflict)
the server's value; filled from a token, read back by the dialog.

Its texts are the dialog's (translation context ``TokenDialog``). ``changed`` fires whenever
something the access summary shows may have changed.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime, tzinfo
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from ...domain.errors import FieldProblem
from ...domain.tokens import SCOPE_GLOBAL, SCOPE_ORGANIZATION, Token
from ..i18n import translate
from ..key_dialog import grace_text
from ..text import local_date
from ..widgets import WrappedLabel, plain_button
from .device_picker import DeviceField
from .endpoint_picker import EndpointPicker
from .expiry_field import NEVER, ExpiryField
from .fields import FormField
from .ip_list_editor import IpListEdit
from .problem_texts import problem_text

# The rows, top to bottom; "key" only when editing (a new token has no key until saved).
# What the token is for comes first, with whose it is; who to ask and the longer story
# last, after what it may do.
ROWS = ("name", "organization_name", "organization_id", "scope", "key", "allowed_endpoints",
        "blocked_endpoints", "allowed_ips", "blocked_ips", "bound_devices", "expires_at",
        "owner", "description")
DESCRIPTION_LINES = 3
# An enrollment template's own rows (DESIGN §13), after the token's: how long the code works
# and how many PCs may enroll with it. Their names are the request's fields.
TEMPLATE_ROWS = ("expires_in_seconds", "uses")
#: How long a new enrollment code works, in seconds (1 hour, 1 day, 7 days; the server takes
#: 60 to 604,800); the second is the default.
CODE_VALIDITY_CHOICES = (3600, 86400, 604800)
DEFAULT_CODE_VALIDITY = 86400
MAX_CODE_USES = 1000

_MNEMONIC = re.compile(r"&(.)")
_MNEMONIC_AFTER = re.compile(r"\s*\(&.\)")  # "নাম (&N):": the letter after, in brackets
_LABEL_END = " :\u00a0\u202f"  # "Name:", French "Nom :" (with a no-break space or not)


def field_name(label_text: str) -> str:
    """A label's text as the name of its field: without its mnemonic and colon
    ("Organization &name:" names "Organization name", "নাম (&N):" "নাম")."""
    return _MNEMONIC.sub(r"\1", _MNEMONIC_AFTER.sub("", label_text)).rstrip(_LABEL_END)


class TokenForm(QWidget):
    """The fields of a token; ``editing`` adds the key row with its Regenerate button;
    ``today`` and ``days_ahead`` go to the :class:`ExpiryField`. ``template`` makes it the
    template of an enrollment code (DESIGN §13): no devices to pick (each PC that enrolls
    gets a token bound to itself, which a line says instead), and the code's own rows,
    "Code valid for" and "Uses", after the token's.

    Each field's label is its buddy (its mnemonic focuses the field) and also gives the
    field its accessible name: Qt finds a buddy's name only when label and field share a
    parent, and a :class:`FormField` wraps every field. The label column is as wide as the
    widest label (French and German names are long: none is cut), and each label carries its
    whole text as a tooltip too.
    """

    changed = Signal()

    def __init__(self, editing: bool, today: Callable[[], date],
                 days_ahead: Callable[[int], date], parent: QWidget | None = None, *,
                 template: bool = False) -> None:
        super().__init__(parent)
        self._days_ahead = days_ahead
        self.template = template
        self.token_name_edit = QLineEdit(self)
        self.token_name_edit.setObjectName("tokenName")
        self.owner_edit = QLineEdit(self)
        self.owner_edit.setObjectName("tokenOwner")
        self.description_edit = QPlainTextEdit(self)
        self.description_edit.setObjectName("tokenDescription")
        self.description_edit.setTabChangesFocus(True)  # Tab leaves it, as in every field
        self.description_edit.setFixedHeight(
            self.description_edit.fontMetrics().lineSpacing() * DESCRIPTION_LINES
            + 2 * int(self.description_edit.document().documentMargin()) + 6)
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
        self.expiry = ExpiryField(today, days_ahead, self)
        self.expiry_choice, self.expires_edit = self.expiry.choice, self.expiry.date_edit
        self.never_warning = self.expiry.never_warning
        # ARCHITECTURE §7: only a global caller may choose the scope; everyone else's tokens are
        # organization tokens, and the choice is not shown to them at all.
        self.scope_combo = QComboBox(self)
        self.scope_combo.setObjectName("scopeChoice")
        self.scope_combo.addItem("", SCOPE_ORGANIZATION)
        self.scope_combo.addItem("", SCOPE_GLOBAL)
        self.scope_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.fields: dict[str, FormField] = {
            "name": FormField(self.token_name_edit),
            "owner": FormField(self.owner_edit),
            "description": FormField(self.description_edit),
            "organization_name": FormField(self.name_edit),
            "organization_id": FormField(self.org_id_edit),
            "scope": FormField(self.scope_combo),
            "allowed_endpoints": FormField(self.allowed_endpoints),
            "blocked_endpoints": FormField(self.blocked_endpoints),
            "allowed_ips": FormField(self.allowed_ips),
            "blocked_ips": FormField(self.blocked_ips),
            "bound_devices": FormField(self.device_field),
            "expires_at": FormField(self.expiry),
        }
        # The rows in the order shown (problems are shown, and focused, in this order).
        self.order: list[str] = list(ROWS)
        if template:
            self.validity_choice = QComboBox(self)
            self.validity_choice.setObjectName("codeValidity")
            for seconds in CODE_VALIDITY_CHOICES:
                self.validity_choice.addItem("", seconds)
            self.validity_choice.setCurrentIndex(
                CODE_VALIDITY_CHOICES.index(DEFAULT_CODE_VALIDITY))
            self.validity_choice.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToContents)
            self.uses_spin = QSpinBox(self)
            self.uses_spin.setObjectName("codeUses")
            self.uses_spin.setRange(1, MAX_CODE_USES)
            self.uses_spin.setValue(1)
            self.fields["expires_in_seconds"] = FormField(self.validity_choice)
            self.fields["uses"] = FormField(self.uses_spin)
            # Said where the devices would be picked: why there is nothing to pick.
            self.devices_note = WrappedLabel(self)
            self.devices_note.setObjectName("templateDevicesNote")
            self.order += TEMPLATE_ROWS
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
            if template and name == "bound_devices":
                self.rows.setRowVisible(self.fields[name], False)
                self.devices_label = QLabel(self)  # no buddy: nothing to focus
                self.rows.addRow(self.devices_label, self.devices_note)
        if template:
            # The code's rows apart from the token's: they are not what each PC gets.
            divider = QFrame(self)
            divider.setFrameShape(QFrame.Shape.HLine)
            divider.setFrameShadow(QFrame.Shadow.Sunken)
            self.rows.addRow(divider)
            for name in TEMPLATE_ROWS:
                label = QLabel(self)
                self.labels[name] = label
                label.setBuddy(self.named_widget(name))
                self.rows.addRow(label, self.fields[name])
        # Tab follows the rows, then Regenerate: typing through the fields never lands on
        # the one button that changes the server at once. (The dialog sets the order.)
        self.tab_chain: list[QWidget] = []
        for name in self.order:
            if name != "key" and self.is_shown(name):
                self.tab_chain.append(self.named_widget(name))
            if name == "expires_at":
                self.tab_chain.append(self.expires_edit)
        self.tab_chain.append(self.regenerate_button)

        for picker in (self.allowed_endpoints, self.blocked_endpoints):
            picker.changed.connect(self.changed)
        self.devices.changed.connect(self.changed)
        self.devices.changed.connect(lambda: self.fields["bound_devices"].show_error(None))
        # A token is bound only to devices of its own organization: the picker offers those
        # of the organization ID as it is typed.
        self.org_id_edit.textChanged.connect(self._organization_typed)
        for edit in (self.allowed_ips, self.blocked_ips):
            edit.checked.connect(self._ips_checked)
        self.expiry.changed.connect(self._expiry_changed)
        self.expiry.editing_finished.connect(self._expiry_finished)
        self.scope_combo.currentIndexChanged.connect(self.changed)
        self.scope_combo.currentIndexChanged.connect(
            lambda _i: self.fields["scope"].show_error(None)
        )
        for name, line in (("name", self.token_name_edit), ("organization_name", self.name_edit),
                           ("organization_id", self.org_id_edit), ("owner", self.owner_edit)):
            line.textEdited.connect(lambda _t, field=self.fields[name]: field.show_error(None))
        self.description_edit.textChanged.connect(
            lambda: self.fields["description"].show_error(None))
        if template:
            self.uses_spin.valueChanged.connect(
                lambda _v: self.fields["uses"].show_error(None))
            self.validity_choice.currentIndexChanged.connect(self._validity_changed)

    def is_shown(self, name: str) -> bool:
        """Whether field ``name`` has a row of its own on screen (a template's devices have
        none; the key row shows only while editing)."""
        field = self.fields.get(name)
        return field is not None and self.rows.isRowVisible(field)

    def _validity_changed(self, _index: int) -> None:
        self.fields["expires_in_seconds"].show_error(None)
        # The token must outlive the code (DESIGN §13): that problem may be gone now.
        self.fields["expires_at"].show_error(self.expiry_problem())
        self.changed.emit()

    def code_validity(self) -> int:
        """A template's "Code valid for", in seconds."""
        return int(self.validity_choice.currentData())

    def code_uses(self) -> int:
        """A template's "Uses": how many PCs may enroll with the code."""
        return self.uses_spin.value()

    def named_widget(self, name: str) -> QWidget:
        """The control a row's label names and its mnemonic focuses."""
        if name == "expires_at":
            return self.expiry_choice
        if name == "bound_devices":
            return self.devices
        return self.fields[name].widget

    def retranslate(self) -> None:
        texts = {
            "name": translate("TokenDialog", "Na&me:"),
            "owner": translate("TokenDialog", "O&wner:"),
            "description": translate("TokenDialog", "&Description:"),
            "organization_name": translate("TokenDialog", "Organization &name:"),
            "organization_id": translate("TokenDialog", "Organization &ID:"),
            "scope": translate("TokenDialog", "Sc&ope:"),
            "key": translate("TokenDialog", "Key:"),
            "allowed_endpoints": translate("TokenDialog", "&Allowed endpoints:"),
            "blocked_endpoints": translate("TokenDialog", "&Blocked endpoints:"),
            "allowed_ips": translate("TokenDialog", "Allowed I&Ps:"),
            "blocked_ips": translate("TokenDialog", "Bloc&ked IPs:"),
            "bound_devices": translate("TokenDialog", "Bound &to devices:"),
            "expires_at": translate("TokenDialog", "E&xpires:"),
            "expires_in_seconds": translate("TokenDialog", "Code &valid for:"),
            "uses": translate("TokenDialog", "&Uses:"),
        }
        for name, label in self.labels.items():
            label.setText(texts[name])
            label.setToolTip(_MNEMONIC.sub(r"\1", texts[name]))
            if name == "key":
                self.key_label.setAccessibleName(field_name(texts[name]))
            else:
                self.named_widget(name).setAccessibleName(field_name(texts[name]))
        self.token_name_edit.setPlaceholderText(
            translate("TokenDialog", "What it is for, e.g. Nightly backup"))
        self.owner_edit.setPlaceholderText(
            translate("TokenDialog", "Who to ask about it, e.g. it-ops@example.com"))
        self.description_edit.setPlaceholderText(
            translate("TokenDialog", "Optional: where it is used, how to replace it"))
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
        self.expiry.retranslate()
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
        self.regenerate_button.setText(translate("TokenDialog", "&Regenerate key…"))
        if self.template:
            self.devices_label.setText(translate("TokenDialog", "Devices:"))
            self.devices_note.setText(translate(
                "TokenDialog", "Each PC that enrolls gets its own token, bound to that PC."))
            for index, seconds in enumerate(CODE_VALIDITY_CHOICES):
                self.validity_choice.setItemText(index, grace_text(seconds))
            self.validity_choice.setToolTip(translate(
                "TokenDialog", "After this, no PC can enroll with the code, even with uses "
                "left."))
            self.uses_spin.setToolTip(translate(
                "TokenDialog", "How many PCs may enroll with this code (1 to 1,000)."))
        if self.fields["expires_at"].error.isVisible() and self.expiry_problem():
            self.fields["expires_at"].show_error(self.expiry_problem())  # its example too

    # -- filling ---------------------------------------------------------------------------

    def fill(self, token: Token | None, tz: tzinfo | None, default_days: int) -> None:
        """Show ``token``'s values, or a new token's defaults: it expires ``default_days``
        from today (the policy's default lifetime), and so does "On a date…" start for a
        token that never expires. ``tz`` is the user's zone, for the expire date."""
        if token is None:
            self.set_scope(SCOPE_ORGANIZATION)
            self.expiry.show_default(default_days)
            self.devices.set_selected(())
            self.allowed_ips.check()
            self.blocked_ips.check()
            return
        self.token_name_edit.setText(token.name)
        self.owner_edit.setText(token.owner)
        self.description_edit.setPlainText(token.description)
        self.name_edit.setText(token.organization_name)
        self.org_id_edit.setText(token.organization_id)
        self.set_scope(token.scope)
        self.allowed_endpoints.set_selected(token.allowed_endpoints)
        self.blocked_endpoints.set_selected(token.blocked_endpoints)
        self.allowed_ips.set_entries(token.allowed_ips)
        self.blocked_ips.set_entries(token.blocked_ips)
        self.devices.set_selected(token.bound_devices)
        if token.expires_at is None:
            self.expiry.show_never(self._days_ahead(default_days))
        else:
            self.expiry.show_day(local_date(token.expires_at, tz))
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
        """The expire date as typed or picked; None for "Never", and None while the text
        cannot be read (then :meth:`expiry_problem` says why: never save that None)."""
        return self.expiry.picked_day()

    def expiry_problem(self) -> str | None:
        """Why the expire date typed cannot be read (see :meth:`ExpiryField.problem`)."""
        return self.expiry.problem()

    def state(self) -> tuple[object, ...]:
        """Everything the user can change but the expiry (:meth:`ExpiryField.state`), as
        shown: an equal state means nothing changed."""
        shown = (self.token_name_edit.text(), self.owner_edit.text(),
                 self.description_edit.toPlainText(),
                 self.name_edit.text(), self.org_id_edit.text(), self.scope_combo.currentData(),
                 tuple(sorted(self.allowed_endpoints.selected())),
                 tuple(sorted(self.blocked_endpoints.selected())),
                 self.allowed_ips.toPlainText(), self.blocked_ips.toPlainText(),
                 tuple(sorted(self.devices.selected())))
        if self.template:
            return (*shown, self.code_validity(), self.code_uses())
        return shown

    def set_loading(self, loading: bool) -> None:
        for field in self.fields.values():
            field.setEnabled(not loading)
        self.regenerate_button.setEnabled(not loading)

    # -- live feedback ---------------------------------------------------------------------

    def _expiry_changed(self) -> None:
        if self.expiry_problem() is None:
            self.fields["expires_at"].show_error(None)  # fixed as it is typed or chosen
        self.changed.emit()

    def _expiry_finished(self) -> None:
        """Say at once when the date left behind cannot be read (not at every key)."""
        problem = self.expiry_problem()
        if problem is not None:
            self.fields["expires_at"].show_error(problem)

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
            "name": self.token_name_edit.text(),
            "description": self.description_edit.toPlainText(),
            "owner": self.owner_edit.text(),
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
        """Put each message on its field and focus the first such field (in reading order);
        returns the messages that belong to no field."""
        stray: list[str] = []
        first: QWidget | None = None
        order = self.order
        for name in sorted(problems, key=lambda n: order.index(n) if n in order else len(order)):
            field = self.fields.get(name)
            if field is None or not self.is_shown(name):
                stray.append(problems[name])
                continue
            field.show_error(problems[name])
            if first is None:
                first = self.problem_focus(name)
        if first is not None:
            first.setFocus()
        return stray

    def problem_focus(self, name: str) -> QWidget:
        """Where the cursor goes to fix a problem of field ``name``: an expiry is fixed in
        its date field, unless the token is to never expire."""
        if name == "expires_at" and self.expiry.current() != NEVER:
            return self.expires_edit
        return self.named_widget(name)

    def clear_problems(self) -> None:
        """Clear every field's error but the IP editors' own list of bad lines."""
        for name, field in self.fields.items():
            if name.endswith("_ips"):
                field.show_error(self.ip_edit(name).problem_summary() or None)
            else:
                field.show_error(None)
