"""Create enrollment code (DESIGN §13, issue 19) from the API tokens page, against the real
token server on loopback: the template dialog, the show-once code dialog with its QR code,
redeeming the code, and what the server refuses."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QAccessible, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from compliance_client.domain.dpop import DeviceKey
from compliance_client.domain.filters import AuditFilter
from compliance_client.domain.keys import enrollment_code_problem
from compliance_client.domain.languages import LANGUAGES, RIGHT_TO_LEFT
from compliance_client.service.client import TokenServerClient
from compliance_client.service.errors import InvalidInput
from compliance_client.ui import i18n, key_dialog
from compliance_client.ui.key_dialog import EnrollmentCodeDialog
from compliance_client.ui.qr import qr_matrix
from compliance_client.ui.tasks import pending_tasks
from compliance_client.ui.token_dialog import EnrollmentDialog

from ..helpers.ui import connect, open_tokens_page, type_into, unique
from ..helpers.windows import keyboard_controls, mnemonics, unreachable


class CodeCatcher:
    """Reads the next EnrollmentCodeDialog (a modal exec()) as a user meets it: its code, its
    lines and its QR code; clicks Copy, reads the clipboard, then closes it."""

    def __init__(self) -> None:
        self.codes: list[str] = []
        self.validity: list[str] = []
        self.titles: list[str] = []
        self.clipboard: list[str] = []
        self.qr: list[tuple[QImage, int]] = []
        self.qr_names: list[str] = []
        self._tries = 800

    def arm(self) -> CodeCatcher:
        QTimer.singleShot(0, self._poll)
        return self

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, EnrollmentCodeDialog):
            self.codes.append(dialog.key())
            self.validity.append(dialog.validity.text())
            self.titles.append(dialog.windowTitle())
            self.qr.append((dialog.qr_image(), dialog.qr_scale))
            face = QAccessible.queryAccessibleInterface(dialog.qr_label)
            self.qr_names.append(face.text(QAccessible.Text.Name) if face else "")
            dialog.copy_button.click()
            self.clipboard.append(QGuiApplication.clipboard().text())
            dialog.accept()
            return
        self._tries -= 1
        if self._tries > 0:
            QTimer.singleShot(10, self._poll)


def open_from_page(qtbot: Any, page: Any) -> EnrollmentDialog:
    """Create enrollment code… from the Add button's drop-down, as a user does."""
    assert page.enroll_action.isEnabled()
    assert page.enroll_action in page.add_menu.actions()
    page.enroll_action.trigger()
    dialog = page.dialog
    assert isinstance(dialog, EnrollmentDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=5000)
    return dialog


def fill_template(qtbot: Any, dialog: EnrollmentDialog, name: str, org_id: str) -> None:
    type_into(qtbot, dialog.token_name_edit, name)
    type_into(qtbot, dialog.name_edit, f"{name} Corp")
    type_into(qtbot, dialog.org_id_edit, org_id)


def dark(image: QImage, x: int, y: int) -> bool:
    return image.pixelColor(x, y).lightness() < 128


def create_code(qtbot: Any, dialog: EnrollmentDialog) -> CodeCatcher:
    catcher = CodeCatcher().arm()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible(), timeout=8000)
    return catcher


# -- the whole way --------------------------------------------------------------------------


def test_an_admin_creates_a_three_use_code_and_a_pc_enrolls_with_it(
        qtbot: Any, admin: Any, ui_server: Any, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    page = open_tokens_page(qtbot, admin, clear_after_ms=100)
    dialog = open_from_page(qtbot, page)
    assert dialog.windowTitle() == "Create enrollment code"
    assert dialog.save_button.text() == "C&reate code"
    # No devices to pick: a line says why instead.
    assert not dialog.device_field.isVisibleTo(dialog)
    assert dialog.form.devices_note.isVisibleTo(dialog)
    assert dialog.form.devices_note.text() == (
        "Each PC that enrolls gets its own token, bound to that PC.")
    assert dialog.validity_choice.currentText() == "1 day"
    assert dialog.uses_spin.value() == 1

    name = unique("Kiosk")
    fill_template(qtbot, dialog, name, "kiosks")
    dialog.allowed_endpoints.set_checked("tokens.self", True)
    dialog.allowed_endpoints.set_checked("devices.*", True)
    type_into(qtbot, dialog.uses_spin.lineEdit(), "3")
    assert dialog.uses_spin.value() == 3
    caught = create_code(qtbot, dialog)

    assert len(caught.codes) == 1
    code = caught.codes[0]
    assert enrollment_code_problem(code) is None
    assert caught.validity[0].endswith(" for 3 enrollments.")
    assert caught.validity[0].startswith("Valid until ")
    assert code not in caught.titles[0]
    assert caught.clipboard == [code]
    # Taken off the clipboard after the delay (no timer left for the next test either).
    qtbot.waitUntil(lambda: not key_dialog._pending, timeout=3000)
    assert QGuiApplication.clipboard().text() == ""
    assert caught.qr_names == ["QR code of the enrollment code"]

    # The QR code is segno's matrix, module for module, at a whole scale.
    image, scale = caught.qr[0]
    matrix = qr_matrix(code)
    assert scale >= 2 and image.width() == image.height() == len(matrix) * scale
    middle = scale // 2
    for r, row in enumerate(matrix):
        for c, module in enumerate(row):
            for x, y in ((c * scale, r * scale), (c * scale + middle, r * scale + middle),
                         (c * scale + scale - 1, r * scale + scale - 1)):
                assert dark(image, x, y) == module, (r, c)

    # A PC redeems it: its token is the template's, bound to that PC.
    device_key = DeviceKey.generate()
    with TokenServerClient(ui_server.url) as anonymous:
        enrolled = anonymous.redeem_enrollment(
            code, device_id="kiosk-7", hostname="kiosk-7.example", profile_name="Kiosk",
            public_key=device_key.public_jwk)
    token = enrolled.issued.token
    assert (token.name, token.organization_name, token.organization_id) == (
        name, f"{name} Corp", "kiosks")
    assert set(token.allowed_endpoints) == {"tokens.self", "devices.*"}
    assert token.bound_devices == ("kiosk-7",)
    assert enrolled.device.key_thumbprint == device_key.thumbprint

    # The code was in no log record, whole or its secret part after the public prefix.
    texts = [record.getMessage() for record in caplog.records]
    assert not [t for t in texts if code in t or code[12:] in t]


def test_the_code_dialog_clears_the_clipboard_and_forgets_the_code(qtbot: Any) -> None:
    from compliance_client.domain.keys import generate_enrollment_code
    from compliance_client.domain.records import EnrollmentCode

    made = EnrollmentCode(id=1, code=generate_enrollment_code(),
                          expires_at=datetime.now(UTC) + timedelta(hours=1), uses_left=1)
    dialog = EnrollmentCodeDialog(made, clear_after_ms=50)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert "QR" not in dialog.validity.text() and made.code not in dialog.windowTitle()
    assert made.code not in repr(made)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == made.code
    assert dialog.copied_label.isVisible()
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=3000)
    dialog.accept()
    assert dialog.key() == "" and dialog.qr_label.pixmap().isNull()


# -- what is refused --------------------------------------------------------------------------


def test_a_token_that_expires_before_the_code_is_refused_before_anything_is_sent(
        qtbot: Any, admin: Any) -> None:
    page = open_tokens_page(qtbot, admin)
    dialog = open_from_page(qtbot, page)
    fill_template(qtbot, dialog, unique("Short"), "short")
    dialog.validity_choice.setCurrentIndex(dialog.validity_choice.findText("7 days"))
    dialog.expiry.show_day((datetime.now() + timedelta(days=2)).date())
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog.fields["expires_at"].error
    assert error.isVisible()
    assert "each PC's token must expire after that" in error.text()
    assert not dialog._saving.running and pending_tasks() == 0  # nothing sent
    assert dialog.isVisible()
    # A code valid for less time fixes it: the line goes.
    dialog.validity_choice.setCurrentIndex(dialog.validity_choice.findText("1 hour"))
    assert not error.isVisible()
    dialog.done(0)


def test_an_organization_token_cannot_make_a_code_that_reaches_further(
        qtbot: Any, session: Any, make_profile: Callable[..., Any], issue_token: Any,
        ui_server: Any) -> None:
    org_id = "reach-" + datetime.now(UTC).strftime("%H%M%S%f")
    key = issue_token(organization_id=org_id,
                      allowed_endpoints=["tokens.*", "enrollments.create", "audit.read"])
    connect(qtbot, session, make_profile, key, name="Org admin")
    page = open_tokens_page(qtbot, session)
    dialog = open_from_page(qtbot, page)
    fill_template(qtbot, dialog, unique("Too far"), org_id)  # every endpoint: too far
    caught = CodeCatcher().arm()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.general_error.isVisible(), timeout=8000)
    assert dialog.general_error.text().startswith(
        "A token may not reach further than your own:")
    assert dialog.isVisible() and dialog.save_button.isEnabled()
    qtbot.wait(50)
    assert caught.codes == []
    with TokenServerClient(ui_server.url, ui_server.admin_key) as admin_client:
        made = [e for e in admin_client.iter_audit(AuditFilter(action="enrollments.create"))
                if e.target.startswith("enrollment:") and e.key_prefix == key[:12]]
    assert made == []
    dialog.done(0)


def test_the_servers_template_fields_land_on_the_form(qtbot: Any, admin: Any) -> None:
    """The server names a template's fields ``template.<field>`` (a 422 the dialog's own
    checks leave no way to provoke: the error is made here)."""
    page = open_tokens_page(qtbot, admin)
    dialog = open_from_page(qtbot, page)
    dialog._save_failed(InvalidInput(
        422, "invalid_input", "invalid", None,
        fields={"template.organization_id": "Not an organization ID.",
                "uses": "At most 1000."}))
    assert dialog.fields["organization_id"].error.text() == "Not an organization ID."
    assert dialog.fields["uses"].error.text() == "At most 1000."
    assert not dialog.general_error.isVisible()
    dialog.done(0)


def test_the_action_is_off_for_a_token_that_cannot_create_codes(
        qtbot: Any, session: Any, make_profile: Callable[..., Any], issue_token: Any) -> None:
    key = issue_token(allowed_endpoints=["tokens.*"])
    connect(qtbot, session, make_profile, key, name="No codes")
    page = open_tokens_page(qtbot, session)
    assert page.add_action.isEnabled()
    assert not page.enroll_action.isEnabled()
    assert page.create_enrollment_code() is None and page.dialog is None


# The offscreen platform can neither raise a popup nor grab the keyboard for it; harmless.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
def test_the_context_menu_offers_it_after_add(qtbot: Any, admin: Any) -> None:
    page = open_tokens_page(qtbot, admin)
    seen: list[list[str]] = []

    def read_menu() -> None:
        from PySide6.QtWidgets import QMenu

        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu):
            seen.append([a.text() for a in menu.actions() if not a.isSeparator()])
            menu.close()
        else:
            QTimer.singleShot(10, read_menu)

    QTimer.singleShot(0, read_menu)
    page._context_menu(QPoint(5, 5))
    assert seen and seen[0][:2] == ["&Add token", "Create e&nrollment code…"]


# -- keyboard, screen readers, right to left ---------------------------------------------------


@pytest.fixture
def language(request: Any, qapp: Any) -> Any:
    i18n.set_language(request.param)
    yield request.param
    i18n.set_language("en")


@pytest.mark.parametrize("language", sorted(LANGUAGES), indirect=True)
def test_both_dialogs_in_every_language(qtbot: Any, admin: Any, language: str) -> None:
    """No two mnemonics on one letter, every control named and in the Tab chain, Arabic
    right to left (as tests/ui/test_every_window.py walks the other windows)."""
    from compliance_client.domain.keys import generate_enrollment_code
    from compliance_client.domain.records import EnrollmentCode

    form = EnrollmentDialog(admin)
    made = EnrollmentCode(id=1, code=generate_enrollment_code(),
                          expires_at=datetime.now(UTC) + timedelta(days=1), uses_left=3)
    code = EnrollmentCodeDialog(made)
    # Until a language has these dialogs' strings, its mnemonics mix the English fallback's
    # with its own translated ones: their letters are the translator's to choose.
    translated = language == "en" or i18n.translate(
        "EnrollmentDialog", "C&reate code") != "C&reate code"
    problems: list[str] = []
    for name, window in (("template", form), ("code", code)):
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        problems += walk(name, window, mnemonic_letters=translated)
        if language in RIGHT_TO_LEFT:
            assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert not problems, "\n".join(problems)
    code.accept()
    form.done(0)


def walk(name: str, window: QWidget, *, mnemonic_letters: bool = True) -> list[str]:
    letters: dict[str, list[str]] = {}
    for letter, text in mnemonics(window) if mnemonic_letters else ():
        letters.setdefault(letter, []).append(text)
    found = [f"{name}: Alt+{letter} = {texts}" for letter, texts in letters.items()
             if len(texts) > 1]
    found += [f"{name}: {w.objectName()!r} not in the Tab chain" for w in unreachable(window)]
    for w in keyboard_controls(window):
        face = QAccessible.queryAccessibleInterface(w)
        if face is None or not face.text(QAccessible.Text.Name).strip():
            found.append(f"{name}: {type(w).__name__} {w.objectName()!r} unnamed")
    return found
