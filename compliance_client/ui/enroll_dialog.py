""""Enroll with a code" (DESIGN §13): the server URL and the enrollment code an administrator
gave, then Enroll. This PC gets a token of its own, bound to it, straight into the keyring.

What this dialog keeps to:

* The code is a secret: typed into a hidden field (with a Show toggle, and whitespace from a
  pasted e-mail dropped), and checked offline first (prefix, length, checksum), so a typo
  costs no use of the code and sends nothing.
* The work is the one enroll flow (``Session``'s :func:`~.session.enroll_this_pc` over
  ``profile.enrollment.enroll``) on a worker: keyring and network never on the GUI thread.
* The key the server issues goes from the worker into the keyring. It never comes back to
  this thread, so no widget, log or error text can hold it.
* A failure is said in the dialog, and the code stays in its field, so that a typo in the URL
  or a keyring to unlock can be fixed and Enroll pressed again.
* A URL IT locked (``LockServerUrl``) is shown read-only with "Set by your organization".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import ValidationError
from .errors import describe
from .profile_form import LockHint, read_only_look
from .profile_texts import code_problem_text, problem_text
from .tasks import Busy
from .widgets import (
    BusyIndicator,
    ButtonBox,
    EditDialog,
    PasswordField,
    WrappedLabel,
    mark_invalid,
    set_properties,
)

if TYPE_CHECKING:
    from ..profile import SaveResult
    from ..profile.managed import ManagedSettings
    from .context import AppContext


class CodeField(PasswordField):
    """The password field, speaking of a code rather than a token."""

    def retranslate(self) -> None:
        super().retranslate()
        shown = self.toggle.isChecked()
        self.toggle.setAccessibleName(self.tr("Hide the code") if shown
                                      else self.tr("Show the code"))
        self.toggle.setToolTip(self.toggle.accessibleName())


class EnrollDialog(EditDialog):
    """Enroll this PC at ``url`` with a code, into the profile ``profile_name`` (None: a new
    one, named as ``profile.enrollment.default_profile_name`` names it), with ``managed``
    (IT's settings, already read) deciding whether the URL may be changed. ``ca_bundle`` is
    the profile's own CA bundle (IT's, when set, wins anyway).

    ``enrolled`` carries the :class:`~compliance_client.profile.SaveResult` (the profiles as
    saved; never the key) before the dialog accepts.
    """

    enrolled = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 url: str = "", profile_name: str | None = None,
                 managed: ManagedSettings | None = None,
                 ca_bundle: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("enrollDialog")
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.context = context
        self._managed = managed
        self._profile_name = profile_name
        self._ca_bundle = ca_bundle
        self._locked_url = (managed.server_url if managed is not None and managed.locked("url")
                            else None)
        self._enrolling = Busy(self, self._set_busy, self._failed)

        self.intro = WrappedLabel(self)
        set_properties(self.intro, textFormat="PlainText")
        self.url_label = QLabel(self)
        self.url_edit = QLineEdit(self)
        self.url_edit.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        self.url_edit.setText(self._locked_url or url)
        self.url_lock = LockHint(self)
        if self._locked_url is not None:
            self.url_edit.setReadOnly(True)
            read_only_look(self.url_edit)
            self.url_lock.show()
        self.url_error = WrappedLabel(self, error=True)
        self.code_label = QLabel(self)
        self.code_field = CodeField(self)
        self.code_error = WrappedLabel(self, error=True)
        self.url_label.setBuddy(self.url_edit)
        self.code_label.setBuddy(self.code_field.edit)
        # What the server or the keyring said; the code stays in its field.
        self.error = WrappedLabel(self, error=True)
        self.error.setObjectName("enrollError")
        self.busy = BusyIndicator(self)

        self.buttons = ButtonBox(self, self._retranslate_buttons)
        self.enroll_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.enroll_button.setDefault(True)
        self.enroll_button.clicked.connect(self.enroll)
        self.cancel_button.clicked.connect(self.reject)
        self.code_field.textEdited.connect(self._code_edited)
        self.url_edit.textEdited.connect(lambda _text: self._clear(self.url_edit,
                                                                   self.url_error))

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        grid.addWidget(self.url_label, 0, 0)
        grid.addWidget(self.url_edit, 0, 1)
        grid.addWidget(self.url_lock, 1, 1)
        grid.addWidget(self.url_error, 2, 1)
        grid.addWidget(self.code_label, 3, 0)
        grid.addWidget(self.code_field, 3, 1)
        grid.addWidget(self.code_error, 4, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.busy)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(bottom)
        QWidget.setTabOrder(self.url_edit, self.code_field.edit)
        QWidget.setTabOrder(self.code_field.edit, self.code_field.toggle)
        QWidget.setTabOrder(self.code_field.toggle, self.enroll_button)
        QWidget.setTabOrder(self.enroll_button, self.cancel_button)
        self.setMinimumWidth(520)
        self.retranslate()
        focus = self.code_field.edit if self.url_edit.text() else self.url_edit
        focus.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Enroll with a code"))
        self.intro.setText(self.tr(
            "Enter the enrollment code your administrator gave you. This PC then gets an API "
            "token of its own, kept in the system keyring: there is no key to paste."))
        self.url_label.setText(self.tr("Server &URL:"))
        self.url_edit.setAccessibleName(self.tr("Server URL"))
        self.url_edit.setPlaceholderText("https://compliance.example.com")
        self.code_label.setText(self.tr("Enrollment &code:"))
        self.code_field.setAccessibleName(self.tr("Enrollment code"))
        self.code_field.setPlaceholderText(self.tr("Paste the code (cce_…)"))
        set_by = self.tr("Set by your organization")
        tooltip = self.tr("Your organization set this value for this PC; it cannot be "
                          "changed here.")
        self.url_lock.set_texts(set_by, tooltip)
        if self._locked_url is not None:
            self.url_edit.setToolTip(tooltip)
            self.url_edit.setAccessibleDescription(set_by)
        self.busy.setAccessibleName(self.tr("Enrolling this PC"))
        self._retranslate_buttons()

    def _retranslate_buttons(self) -> None:
        self.enroll_button.setText(self.tr("Enrolling…") if self._enrolling.running
                                   else self.tr("&Enroll"))
        self.enroll_button.setAccessibleName(self.tr("Enroll"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- checks ----------------------------------------------------------------------------

    def url(self) -> str:
        return self._locked_url or self.url_edit.text().strip()

    def code(self) -> str:
        return self.code_field.text().strip()

    def _clear(self, field: QWidget, label: WrappedLabel) -> None:
        if field.property("invalid"):
            mark_invalid(field, False)
            label.clear_error()

    def _code_edited(self, _text: str) -> None:
        self._clear(self.code_field.edit, self.code_error)
        self.error.clear_error()

    def _mark(self, field: QWidget, label: WrappedLabel, text: str | None) -> bool:
        mark_invalid(field, bool(text))
        label.show_text(text)
        field.setAccessibleDescription(text or "")
        return text is None

    def check(self) -> bool:
        """The offline checks (URL, then the code's prefix, length and checksum); marks the
        bad fields and focuses the first. Nothing is sent."""
        from ..domain.keys import enrollment_code_problem
        from ..profile import validate_server_url

        url_problem = validate_server_url(self.url())
        code_problem = enrollment_code_problem(self.code())
        url_ok = self._mark(self.url_edit, self.url_error,
                            problem_text(url_problem) if url_problem else None)
        code_ok = self._mark(self.code_field.edit, self.code_error,
                             code_problem_text(code_problem) if code_problem else None)
        if not url_ok:
            self.url_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        elif not code_ok:
            self.code_field.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        return url_ok and code_ok

    # -- enrolling -------------------------------------------------------------------------

    @property
    def enrolling(self) -> bool:
        return self._enrolling.running

    def enroll(self) -> None:
        """Check offline, then enroll in the background (keyring, then the server)."""
        if self._enrolling.running:
            return
        self.error.clear_error()
        if not self.check():
            return
        from ..profile import normalize_server_url
        from ..profile.enrollment import default_profile_name
        from .session import enroll_this_pc

        url = normalize_server_url(self.url())
        code = self.code()
        name = self._profile_name or default_profile_name(url, self._managed)
        context, ca_bundle = self.context, self._ca_bundle
        self._enrolling.run(lambda: enroll_this_pc(context, url, code, profile_name=name,
                                                   ca_bundle=ca_bundle),
                            self._enrolled)

    def _set_busy(self, busy: bool) -> None:
        self.busy.set_busy(busy)
        self.enroll_button.setEnabled(not busy)
        self.code_field.setEnabled(not busy)
        self.url_edit.setEnabled(not busy or self._locked_url is not None)
        self._retranslate_buttons()

    def _enrolled(self, result: SaveResult) -> None:
        self.enrolled.emit(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        """Say why in the dialog; the code stays, to fix a typo or try again."""
        from ..profile.vault import VaultError

        if isinstance(error, ValidationError):  # the checks above agree; belt and braces
            for problem in error.problems:
                if problem.field == "code":
                    self._mark(self.code_field.edit, self.code_error,
                               code_problem_text(problem.code))
                elif problem.field == "url":
                    self._mark(self.url_edit, self.url_error, problem_text(problem))
            return
        text = describe(error)
        if isinstance(error, VaultError):
            # The device key is made before the code is sent: the code was not used.
            text += "\n" + self.tr("Nothing was sent to the server: the code can still be "
                                   "used once the keyring works.")
        self.error.show_error(text)
        self.code_field.edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- closing ---------------------------------------------------------------------------

    def confirm_discard(self) -> bool:
        # While the server redeems the code, closing would lose a used code's token: wait.
        return not self._enrolling.running
