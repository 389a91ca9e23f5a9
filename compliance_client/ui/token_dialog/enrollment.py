"""Create an enrollment code (DESIGN §13): the Add API token dialog as the template of the
token each enrolling PC gets, plus how long the code works and how many PCs may use it.

The template is checked exactly as a new token is (the same form, rules and token policy),
and the server checks its reach as for ``tokens.create``. What differs:

- no devices are picked: each PC that enrolls gets its own token, bound to itself;
- the token must expire after the code, or a PC could enroll into a token that has
  already stopped working; checked here before anything is sent;
- the server names the template's fields ``template.<field>`` in its 422 answers: they land
  on the form's fields all the same;
- success shows the code once (:class:`~..key_dialog.EnrollmentCodeDialog`), with its QR
  code; the code is kept nowhere else.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from ...domain.records import Device
from ..i18n import translate
from ..key_dialog import CLIPBOARD_CLEAR_MS, EnrollmentCodeDialog
from ..text import datetime_text, fill
from .dialog import TokenDialog

if TYPE_CHECKING:
    from ...domain.records import EnrollmentCode
    from ..session import Session

# What ``enrollments.create`` calls the template's fields in its errors: "template.name".
TEMPLATE_PREFIX = "template."


class EnrollmentDialog(TokenDialog):
    """The template of an enrollment code, and the code's validity and uses."""

    template = True

    def __init__(self, session: Session, *, clear_after_ms: int = CLIPBOARD_CLEAR_MS,
                 parent: QWidget | None = None) -> None:
        super().__init__(session, None, clear_after_ms=clear_after_ms, parent=parent)
        self.setObjectName("enrollmentDialog")
        self.validity_choice = self.form.validity_choice
        self.uses_spin = self.form.uses_spin

    # -- texts -------------------------------------------------------------------------------

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Create enrollment code"))

    def _retranslate_buttons(self) -> None:
        super()._retranslate_buttons()
        self.save_button.setText(self.tr("C&reate code"))

    # -- what differs from a new token -----------------------------------------------------

    def load_devices(self) -> None:
        """Nothing to list: a template binds each token to the PC that enrolls."""

    def summary_devices(self) -> tuple[list[str], list[Device] | None]:
        # The summary says where each token works from: the PC it is made for.
        return [translate("TokenDialog", "the PC that enrolls")], None

    def code_expires_at(self) -> datetime:
        """When the code would stop working if it were created now."""
        return datetime.now(UTC) + timedelta(seconds=self.form.code_validity())

    def more_problems(self) -> dict[str, str]:
        """The token must expire after the code (DESIGN §13), as the server checks."""
        expires_at = self.expiry_value()
        code_ends = self.code_expires_at()
        if expires_at is None or expires_at > code_ends:
            return {}
        return {"expires_at": fill(translate(
            "TokenDialog", "The code works until %1: each PC's token must expire after that. "
                           "Pick a later day, or make the code valid for less time."),
            datetime_text(code_ends))}

    def server_field(self, name: str) -> str:
        return name.removeprefix(TEMPLATE_PREFIX)

    def send_new(self, fields: dict[str, Any]) -> None:
        from ...service.client import new_token_body

        fields.pop("bound_devices", None)  # the server binds each token to its PC
        template = new_token_body(**fields)
        seconds, uses = self.form.code_validity(), self.form.code_uses()
        self._saving.run(
            lambda c: c.create_enrollment(template, expires_in_seconds=seconds, uses=uses),
            self._code_created)

    def _code_created(self, enrollment: EnrollmentCode) -> None:
        EnrollmentCodeDialog(enrollment, clear_after_ms=self._clear_after_ms,
                             parent=self).exec()
        self.accept()
