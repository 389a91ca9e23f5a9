"""The Token policy page, for the service's own (global) administrators: how long tokens may
live, whether they must expire or be tied to IP addresses, the preset lifetime of a new
token and how far ahead of expiry the app warns its user (ARCHITECTURE §11).

The policy is read and saved in the background (one :class:`~compliance_client.ui.tasks.Busy`
through ``Session.run``). Save checks the whole policy first with the domain's own
``validate_policy`` and shows each problem under its field, in the user's language; what the
server refuses is shown the same way, under the form. Edits stay in the form until saved or
reverted: a language switch only retranslates the texts, and coming back to the page does
not read the policy over them. Without ``policy.update`` the form is read-only and says so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import FieldProblem, ValidationError
from ...domain.lifecycle import MAX_POLICY_DAYS, MAX_WARN_DAYS, TokenPolicy, validate_policy
from ..errors import describe
from ..i18n import translate
from ..messages import inform
from ..tasks import Busy
from ..text import fill
from ..widgets import BusyIndicator, FieldError, PageTitle, WrappedLabel, set_properties

if TYPE_CHECKING:
    from ...service.client import TokenServerClient
    from ..session import Session

#: The fields that have a line of their own for their problems (the check boxes cannot be
#: wrong: a check box is true or false).
_NUMBER_FIELDS = ("max_lifetime_days", "default_lifetime_days", "warn_before_days")


def problem_text(problem: FieldProblem) -> str:
    """A problem ``validate_policy`` found, in the user's language."""
    if problem.code == "default_too_long":
        return translate("PolicyPage", "The default lifetime may not be longer than the "
                                       "maximum lifetime.")
    if problem.code == "out_of_range":
        return fill(translate("PolicyPage", "Enter a whole number from %1 to %2."),
                    problem.params.get("min", ""), problem.params.get("max", ""))
    return problem.message  # not a mistake a person can make in this form


class PolicyPage(QWidget):
    """The token policy: read with ``policy.read``, changed with ``policy.update``."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("policyPage")
        self.session = session
        #: The policy as the server last answered it (None: not read yet).
        self.policy: TokenPolicy | None = None
        self.error: BaseException | None = None
        self._work = Busy(self, self._set_busy, self._failed, runner=session.run)
        self._loading = False

        self.title = PageTitle(self)
        self.intro = WrappedLabel(parent=self)
        self.limit_check = QCheckBox(self)
        self.limit_check.setObjectName("limitLifetime")
        self.max_days = self._days(1, MAX_POLICY_DAYS, "maxLifetimeDays")
        self.max_days_label = QLabel(self)
        self.max_days_label.setBuddy(self.max_days)
        self.require_expiry = QCheckBox(self)
        self.require_expiry.setObjectName("requireExpiry")
        self.require_ips = QCheckBox(self)
        self.require_ips.setObjectName("requireIpRestriction")
        self.default_days = self._days(1, MAX_POLICY_DAYS, "defaultLifetimeDays")
        self.default_days_label = QLabel(self)
        self.default_days_label.setBuddy(self.default_days)
        self.warn_days = self._days(0, MAX_WARN_DAYS, "warnBeforeDays")
        self.warn_days_label = QLabel(self)
        self.warn_days_label.setBuddy(self.warn_days)
        spins = (self.max_days, self.default_days, self.warn_days)
        width = max(spin.sizeHint().width() for spin in spins)
        for spin in spins:
            spin.setMinimumWidth(width)  # one column of numbers, not three ragged widths
        self.field_errors = {name: FieldError(self) for name in _NUMBER_FIELDS}
        self.general_error = FieldError(self)
        self.general_error.setObjectName("policyError")
        self.read_only_note = WrappedLabel(parent=self)
        self.read_only_note.setObjectName("policyReadOnly")
        self.busy = BusyIndicator(self)
        self.save_button = QPushButton(self)
        self.save_button.setObjectName("savePolicy")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self)
        self.revert_button.setObjectName("revertPolicy")
        self.revert_button.clicked.connect(self.load)

        form = QFormLayout()
        set_properties(form, labelAlignment="AlignLeft")
        form.setHorizontalSpacing(18)
        form.setVerticalSpacing(8)
        form.addRow(self.limit_check)
        form.addRow(self.max_days_label, self._with_error(self.max_days, "max_lifetime_days"))
        form.addRow(self.require_expiry)
        form.addRow(self.require_ips)
        form.addRow(self.default_days_label,
                    self._with_error(self.default_days, "default_lifetime_days"))
        form.addRow(self.warn_days_label,
                    self._with_error(self.warn_days, "warn_before_days"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.busy)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.read_only_note)
        layout.addWidget(self.general_error)
        layout.addLayout(buttons)
        layout.addStretch(1)

        for box in (self.limit_check, self.require_expiry, self.require_ips):
            box.toggled.connect(self._edited)
        for spin in (self.max_days, self.default_days, self.warn_days):
            spin.valueChanged.connect(self._edited)
        session.profile_changed.connect(self._profile_changed)
        session.state_changed.connect(self._update)
        self.retranslate()
        self._update()

    def _days(self, low: int, high: int, name: str) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        return spin

    def _with_error(self, spin: QSpinBox, field: str) -> QWidget:
        """The spin box with its problem line under it (one form row)."""
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.addWidget(spin)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.field_errors[field])
        return holder

    # -- page protocol ---------------------------------------------------------------------

    def activate(self) -> None:
        """Shown by the main window: read the policy again, unless the form holds edits."""
        if not self.dirty():
            self.load()

    def showEvent(self, event: Any) -> None:
        if self.policy is None and not self._work.running:
            self.load()
        super().showEvent(event)

    def _profile_changed(self) -> None:
        # Another server, or another token's view of it: its policy, not the old one's.
        self.policy = None
        self._clear_problems()
        if self.isVisible():
            self.load()
        else:
            self._update()

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Token policy"))
        self.intro.setText(self.tr(
            "The rules every API token must follow when it is created or its expiry or IP "
            "addresses are changed. Tokens made before a stricter rule keep working."))
        self.limit_check.setText(self.tr("&Limit token lifetime"))
        self.max_days_label.setText(self.tr("&Maximum lifetime (days):"))
        self.max_days.setAccessibleName(self.tr("Maximum lifetime in days"))
        self.require_expiry.setText(self.tr("Require an &expire date"))
        self.require_ips.setText(self.tr("Require an &IP restriction"))
        self.require_ips.setToolTip(self.tr(
            "Every token must name at least one allowed IP address or network."))
        self.default_days_label.setText(self.tr("Defa&ult lifetime (days):"))
        self.default_days.setAccessibleName(self.tr("Default lifetime in days"))
        self.default_days.setToolTip(self.tr(
            "The expiry a new token is given unless its creator picks another."))
        self.warn_days_label.setText(self.tr("&Warn before expiry (days):"))
        self.warn_days.setAccessibleName(self.tr("Warn before expiry, in days"))
        self.warn_days.setToolTip(self.tr(
            "How many days before its token expires the app warns the user (0: never)."))
        self.read_only_note.setText(self.tr(
            "Your API token may read the token policy but not change it."))
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Save the token policy on the server"))
        self.revert_button.setText(self.tr("Re&vert"))
        self.revert_button.setToolTip(self.tr(
            "Discard the changes and read the policy from the server again"))
        self.busy.setAccessibleName(self.tr("Working"))
        self._show_error()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # the values stay as typed: only the words change
        super().changeEvent(event)

    # -- the form --------------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        """The policy as the form holds it, as ``policy.update`` takes it."""
        return {
            "max_lifetime_days": self.max_days.value() if self.limit_check.isChecked() else None,
            "require_expiry": self.require_expiry.isChecked(),
            "require_ip_restriction": self.require_ips.isChecked(),
            "default_lifetime_days": self.default_days.value(),
            "warn_before_days": self.warn_days.value(),
        }

    def dirty(self) -> bool:
        """Whether the form holds edits the server does not have."""
        return self.policy is not None and self.values() != self.policy.to_json()

    def _show_policy(self, policy: TokenPolicy) -> None:
        self._loading = True  # setting the widgets is no edit
        try:
            limit = policy.max_lifetime_days
            self.limit_check.setChecked(limit is not None)
            # With no limit, ticking the box offers the default lifetime: a valid start.
            self.max_days.setValue(limit if limit is not None else policy.default_lifetime_days)
            self.require_expiry.setChecked(policy.require_expiry)
            self.require_ips.setChecked(policy.require_ip_restriction)
            self.default_days.setValue(policy.default_lifetime_days)
            self.warn_days.setValue(policy.warn_before_days)
        finally:
            self._loading = False

    def _edited(self, *_args: object) -> None:
        if not self._loading:
            self._clear_problems()
        self._update()

    def _clear_problems(self) -> None:
        for label in self.field_errors.values():
            label.clear_error()
        self.error = None
        self._show_error()

    def _show_error(self) -> None:
        self.general_error.show_error(describe(self.error) if self.error is not None else "")

    def _update(self, *_args: object) -> None:
        busy = self._work.running
        may_save = self.session.may("policy.update")
        editable = self.policy is not None and may_save and not busy
        for widget in (self.limit_check, self.require_expiry, self.require_ips,
                       self.default_days, self.warn_days):
            widget.setEnabled(editable)
        self.max_days.setEnabled(editable and self.limit_check.isChecked())
        self.save_button.setEnabled(editable and self.dirty())
        self.revert_button.setEnabled(not busy)
        # Said only once the server has told what the token may do (not while connecting).
        self.read_only_note.setVisible(self.session.access is not None and not may_save)

    def _set_busy(self, busy: bool) -> None:
        self.busy.set_busy(busy)
        self._update()

    # -- reading and saving ----------------------------------------------------------------

    def load(self) -> None:
        """Read the policy from the server; the form shows it (edits are dropped)."""
        self._clear_problems()
        self._work.run(lambda c: c.get_policy(), self._arrived)

    def _arrived(self, policy: TokenPolicy) -> None:
        self.policy = policy
        self._show_policy(policy)
        self._update()

    def save(self) -> None:
        """Check the form, then save it in the background."""
        if not self.save_button.isEnabled():
            return
        self._clear_problems()
        try:
            policy = validate_policy(self.values())
        except ValidationError as error:
            self._show_problems(error.problems)
            return

        def send(client: TokenServerClient) -> TokenPolicy:
            return client.set_policy(policy)

        self._work.run(send, self._saved)

    def _show_problems(self, problems: list[FieldProblem]) -> None:
        shown: set[str] = set()
        for problem in problems:
            label = self.field_errors.get(problem.field)
            if label is None or problem.field in shown:
                continue  # the first problem of a field is the one to fix first
            shown.add(problem.field)
            label.show_error(problem_text(problem))
        spins = {"max_lifetime_days": self.max_days, "default_lifetime_days": self.default_days,
                 "warn_before_days": self.warn_days}
        first = next((f for f in _NUMBER_FIELDS if f in shown), None)
        if first is not None:
            spins[first].setFocus()  # where the user fixes it, and a screen reader says it

    def _saved(self, policy: TokenPolicy) -> None:
        self._arrived(policy)
        inform(self, self.tr("Token policy"), self.tr("The token policy is saved."))

    def _failed(self, error: BaseException) -> None:
        self.error = error
        self._show_error()
        self._update()
