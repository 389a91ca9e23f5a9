"""The show-once dialog for a new API key (after add and after regenerate) and, as its
subclass, for a new enrollment code (with a QR code, DESIGN §13); and the one regenerate flow
the tokens grid and the edit dialog share (:func:`regenerate_key`).

Regenerating asks how long the old key keeps working (a grace period, ARCHITECTURE §11:
at once, 1 hour, 1 day or 7 days), so that programs can be given the new key before the old
one stops; the key dialog then says until when it works.

The key is shown in a read-only, selectable field with a Copy button. A copied key is taken
off the clipboard after a minute, if the clipboard still holds it (anything the user copied
since is left alone). The timer lives on the application, not on the dialog, because the
user usually closes the dialog right after copying.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QFontDatabase, QGuiApplication, QImage
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from ..domain.lifecycle import GRACE_CHOICES
from .i18n import translate
from .messages import ask
from .qr import qr_pixmap
from .text import datetime_text, fill

if TYPE_CHECKING:
    from ..domain.records import EnrollmentCode
    from ..domain.tokens import IssuedToken, Token
    from .session import Session
    from .tasks import Busy, Task

CLIPBOARD_CLEAR_MS = 60_000

# Timers still waiting to clear the clipboard; kept here so they outlive the dialog.
_pending: set[QTimer] = set()


def copy_secret(text: str, clear_after_ms: int = CLIPBOARD_CLEAR_MS) -> QTimer:
    """Put ``text`` on the clipboard and clear it after ``clear_after_ms`` if still there."""
    clipboard = QGuiApplication.clipboard()
    clipboard.setText(text)
    timer = QTimer(QCoreApplication.instance())
    timer.setSingleShot(True)

    def clear() -> None:
        _pending.discard(timer)
        timer.deleteLater()
        if clipboard.text() == text:
            clipboard.clear()

    timer.timeout.connect(clear)
    _pending.add(timer)
    timer.start(clear_after_ms)
    return timer


class KeyDialog(QDialog):
    """Shows ``key`` once. ``clear_after_ms`` is injectable so tests need not wait a minute."""

    def __init__(
        self,
        key: str,
        organization_name: str,
        *,
        regenerated: bool = False,
        old_key_until: datetime | None = None,
        clear_after_ms: int = CLIPBOARD_CLEAR_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("keyDialog")
        self.setModal(True)
        self._organization = organization_name
        self._regenerated = regenerated
        #: After a regenerate with a grace period: until when the replaced key works.
        self._old_key_until = old_key_until
        self._clear_after_ms = clear_after_ms

        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_MessageBoxIconSize, None, self)
        icon.setPixmap(
            self.style()
            .standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation, None, self)
            .pixmap(size, size)
        )
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.warning = QLabel(self)
        self.warning.setObjectName("keyWarning")
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        font = self.warning.font()
        font.setBold(True)
        self.warning.setFont(font)

        self.key_field = QLineEdit(key, self)
        self.key_field.setObjectName("keyField")
        self.key_field.setReadOnly(True)
        self.key_field.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.key_field.setMinimumWidth(self.key_field.fontMetrics().horizontalAdvance(key) + 24)
        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyKey")
        self.copy_button.setAutoDefault(False)
        self.copy_button.clicked.connect(self.copy)
        self.copied_label = QLabel(self)
        self.copied_label.setObjectName("copiedNote")
        self.copied_label.hide()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        self.buttons.accepted.connect(self.accept)

        # Kept for EnrollmentCodeDialog, which adds its lines and its QR code to these.
        self.text_column = QVBoxLayout()
        self.text_column.setSpacing(8)
        self.text_column.addWidget(self.intro)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_field, 1)
        key_row.addWidget(self.copy_button)
        self.text_column.addLayout(key_row)
        self.text_column.addWidget(self.copied_label)
        self.text_column.addWidget(self.warning)
        self.top = QHBoxLayout()
        self.top.setSpacing(14)
        self.top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        self.top.addLayout(self.text_column, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(self.top)
        layout.addSpacing(6)
        layout.addWidget(self.buttons)

        self.retranslate()
        self.key_field.selectAll()
        self.key_field.setFocus()

    def key(self) -> str:
        return self.key_field.text()

    def copy(self) -> None:
        copy_secret(self.key_field.text(), self._clear_after_ms)
        self.copied_label.show()

    def retranslate(self) -> None:
        self.retranslate_secret()
        self.copy_button.setText(self.tr("&Copy"))
        seconds = max(1, round(self._clear_after_ms / 1000))
        self.copied_label.setText(
            fill(self.tr("Copied. The clipboard is cleared in %1 seconds."), seconds)
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))

    def retranslate_secret(self) -> None:
        """The texts about what the secret is: the title, the intro, the warning and the
        field's name (what :class:`EnrollmentCodeDialog` says differently)."""
        self.setWindowTitle(self.tr("New API key"))
        until = self._old_key_until
        if self._regenerated and until is not None and until > datetime.now(UTC):
            intro = fill(self.tr(
                "This is the new API key for %1. The old key keeps working until %2. "
                "Copy the new key now and give it to the programs that use it before then."
            ), self._organization, datetime_text(until))
        elif self._regenerated:
            intro = fill(self.tr(
                "This is the new API key for %1. The old key no longer works. "
                "Copy the new key now and give it to the programs that use it."
            ), self._organization)
        else:
            intro = fill(self.tr(
                "This is the API key for %1. Copy it now and keep it somewhere safe."),
                self._organization)
        self.intro.setText(intro)
        self.warning.setText(self.tr("You won't see this key again."))
        self.key_field.setAccessibleName(self.tr("API key"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def done(self, result: int) -> None:
        # Do not leave the key lying in a hidden widget for the rest of the session.
        self.key_field.clear()
        super().done(result)


class EnrollmentCodeDialog(KeyDialog):
    """Shows a new enrollment code (DESIGN §13) once: the code with Copy (the clipboard is
    cleared as for a key), until when and for how many enrollments it works, where to put
    it, and its QR code. The code is in no window title and no log: the title names only
    what it is."""

    # Set once the dialog's own widgets exist: KeyDialog.__init__ translates before that.
    _enrollment: EnrollmentCode | None = None

    def __init__(self, enrollment: EnrollmentCode, *, clear_after_ms: int = CLIPBOARD_CLEAR_MS,
                 parent: QWidget | None = None) -> None:
        super().__init__(enrollment.code, "", clear_after_ms=clear_after_ms, parent=parent)
        self.setObjectName("enrollmentCodeDialog")
        self.validity = QLabel(self)
        self.validity.setObjectName("codeValidity")
        self.validity.setWordWrap(True)
        self.validity.setTextFormat(Qt.TextFormat.PlainText)
        self.text_column.insertWidget(1, self.validity)  # under the intro, above the code
        self.qr_label = QLabel(self)
        self.qr_label.setObjectName("codeQr")
        pixmap, self.qr_scale = qr_pixmap(enrollment.code, self.devicePixelRatioF())
        self.qr_label.setPixmap(pixmap)
        # Its own size, never stretched: a scaled code blurs (ui/qr.py).
        self.qr_label.setFixedSize(pixmap.deviceIndependentSize().toSize())
        self.top.addWidget(self.qr_label, 0, Qt.AlignmentFlag.AlignTop)
        self._enrollment = enrollment
        self.retranslate()

    def retranslate_secret(self) -> None:
        self.setWindowTitle(self.tr("New enrollment code"))
        self.intro.setText(self.tr(
            "Give this code to the PCs that are to enroll: put it in the EnrollmentCode policy, or "
            "enter it in Profile > Enroll with a code. It is shown only this once."))
        self.warning.setText(self.tr("You won't see this code again."))
        self.key_field.setAccessibleName(self.tr("Enrollment code"))
        enrollment = self._enrollment
        if enrollment is None:
            return
        self.validity.setText(self.validity_text(enrollment.uses_left,
                                                 datetime_text(enrollment.expires_at)))
        self.qr_label.setAccessibleName(self.tr("QR code of the enrollment code"))
        self.qr_label.setToolTip(self.tr(
            "The same code as above, to scan with a phone or a tablet."))

    def validity_text(self, uses: int, until: str) -> str:
        # A plain name as n: pyside6-lupdate makes a plural only of that.
        return fill(self.tr("Valid until %1 for %n enrollments.", "", uses), until)

    def qr_image(self) -> QImage:
        """The QR code as painted (device pixels), for checks."""
        return self.qr_label.pixmap().toImage()

    def done(self, result: int) -> None:
        # The QR code holds the secret as much as the field: neither stays in a hidden
        # widget for the rest of the session.
        self.qr_label.clear()
        super().done(result)


def grace_text(seconds: int) -> str:
    """How long a replaced key keeps working, as the regenerate question offers it (any
    other length, set elsewhere, in seconds)."""
    texts = {0: translate("KeyDialog", "None (stops at once)"),
             3600: translate("KeyDialog", "1 hour"),
             86400: translate("KeyDialog", "1 day"),
             604800: translate("KeyDialog", "7 days")}
    return texts.get(seconds) or fill(translate("KeyDialog", "%1 seconds"), seconds)


def _grace_detail(seconds: int) -> str:
    if not seconds:
        return translate(
            "KeyDialog",
            "The old key stops working at once. Every program that uses it needs the new key.")
    until = datetime_text(datetime.now(UTC) + timedelta(seconds=seconds))
    return fill(translate(
        "KeyDialog",
        "The old key keeps working until about %1. Give the new key to every program that "
        "uses the old one before then."), until)


def confirm_regenerate(parent: QWidget | None, token: Token) -> int | None:
    """Ask before regenerating, and how long the old key keeps working: the grace period
    in seconds (one of ``GRACE_CHOICES``), or None for No (the default: destructive)."""
    # "None (stops at once)" first and chosen: what regenerating always did, and the safe answer
    # for a key that may have leaked; a grace period is a choice the admin makes knowingly.
    chosen = [GRACE_CHOICES[0]]

    def choice_row(box: QMessageBox) -> QWidget:
        # Made here, as the box's children: the box (and they) may be gone once ask returns.
        holder = QWidget(box)
        grace = QComboBox(holder)
        grace.setObjectName("graceChoice")
        for seconds in GRACE_CHOICES:
            grace.addItem(grace_text(seconds), seconds)
        grace.setCurrentIndex(0)
        grace.setAccessibleName(translate("KeyDialog", "How long the old key keeps working"))

        def picked(_index: int) -> None:
            chosen[0] = int(grace.currentData())
            box.setInformativeText(_grace_detail(chosen[0]))

        grace.currentIndexChanged.connect(picked)
        label = QLabel(translate("KeyDialog", "&Grace period for the old key:"), holder)
        label.setBuddy(grace)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(label)
        row.addWidget(grace, 1)
        grace.setFocus()
        return holder

    agreed = ask(parent, translate("KeyDialog", "Regenerate key"),
                 fill(translate("KeyDialog", "Issue a new key for %1 (key %2…)?"),
                      token.organization_name, token.key_prefix),
                 detail=_grace_detail(0), destructive=True, extra=choice_row)
    return chosen[0] if agreed else None


def regenerate_key(
    parent: QWidget,
    session: Session,
    token: Token,
    *,
    busy: Busy,
    regenerated: Callable[[Token], object],
    failed: Callable[[BaseException], None] | None = None,
    clear_after_ms: int = CLIPBOARD_CLEAR_MS,
    closed: Callable[[], None] | None = None,
) -> Task | None:
    """Issue a new key for ``token``: ask first (No is the default), then regenerate in the
    background through ``busy`` (its busy look on meanwhile). Success calls
    ``regenerated(new token)``, shows the new key once and, once that dialog is closed,
    calls ``closed()`` (to give the keyboard focus back where the user was); a failure calls
    ``failed(error)``, or ``busy``'s own report when ``failed`` is None. Returns the running
    task, or None when the user said No."""
    grace = confirm_regenerate(parent, token)
    if grace is None:
        return None

    def done(issued: IssuedToken) -> None:
        regenerated(issued.token)
        KeyDialog(issued.key, issued.token.organization_name, regenerated=True,
                  old_key_until=issued.token.previous_key_expires_at,
                  clear_after_ms=clear_after_ms, parent=parent).exec()
        if closed is not None:
            closed()

    token_id = token.id
    return busy.run(lambda c: c.regenerate_token(token_id, grace), done, failed,
                    runner=session.run)
