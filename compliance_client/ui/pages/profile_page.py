"""The Profile page: the active profile at a glance (name, server, language, whether a token
is stored, the connection state, the organization and when the token expires), and the way
into the Profile settings dialog. With no profile yet, the page says so and offers "Set up
profile…".

Within the policy's ``warn_before_days`` of the token's expiry a warning says how many days
are left (ARCHITECTURE §11). "Rotate key…" gives the profile's own token a new key
(``tokens.rotate_self``) when the token may and its key is in the keyring: the session stores
the new key before the old one stops (``Session.key_rotation``); should the keyring fail
after the server rotated, the new key is shown once, to be pasted into the profile.

When IT's enrollment code enrolled this PC at start (``Session.enrolled``), a note above the
profile says so; when that failed, the note says why, in the colours of an error, until the
app runs again: the one place the failure stays told (the status bar's message passes)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.errors import ComplianceError
from ...domain.languages import LANGUAGES

# The message boxes (messages.py) and the lifecycle rules are imported where used: this
# page is built with the main window, before its first frame (pages/__init__.py).
from ..errors import describe
from ..session import ConnectionState, KeyRotation, Session, warn_before_days
from ..tasks import Busy
from ..text import date_text, fill
from ..theme import Tone
from ..widgets import (
    FieldError,
    PageTitle,
    ValueLabel,
    colour_text,
    set_properties,
    tint_panel,
)

if TYPE_CHECKING:
    from ...domain.tokens import Token


def clock_time(instant: datetime) -> str:
    """The time of day of ``instant`` in the user's zone, as the locale writes it short
    ("3:45 PM", "15:45"): the grace of a rotated key is an hour, so the day goes unsaid."""
    from PySide6.QtCore import QDateTime, QLocale

    local = QDateTime.fromSecsSinceEpoch(int(instant.timestamp()))
    return str(QLocale().toString(local.time(), QLocale.FormatType.ShortFormat))


class ProfilePage(QWidget):
    """Shows ``session.profile``; "Edit profile…" opens :class:`ProfileDialog` (on the
    session's context) and reloads the session when anything was saved."""

    def __init__(self, session: Session, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profilePage")
        self.session = session
        # Whether a token is stored: asked of the keyring in the background.
        self._token_check = Busy(self, lambda _busy: self._update(), self._token_failed)
        self._token_stored: bool | None = None
        self._token_error: BaseException | None = None
        self._rotation = Busy(self, self._set_rotating, self._rotation_failed)
        # What the last rotation left to say: that it worked, or (the keyring failed after
        # the server rotated) that the new key must be pasted into the profile.
        self._rotated_note: str | None = None
        self._paste_note: str | None = None

        self.title = PageTitle(self)

        # -- IT's enrollment code at start: done, or why not --
        self.enrollment_note = QFrame(self)
        self.enrollment_note.setObjectName("enrollmentNote")
        self.enrollment_text = QLabel(self.enrollment_note)
        self.enrollment_text.setWordWrap(True)
        set_properties(self.enrollment_text, textFormat="PlainText",
                       textInteractionFlags="TextSelectableByMouse")
        note_layout = QVBoxLayout(self.enrollment_note)
        note_layout.setContentsMargins(12, 8, 12, 8)
        note_layout.addWidget(self.enrollment_text)
        self.enrollment_note.hide()
        self._note_tone: Tone | None = None

        # -- no profile yet --
        self.empty_panel = QWidget(self)
        self.empty_text = QLabel(self.empty_panel)
        self.empty_text.setWordWrap(True)
        self.setup_button = QPushButton(self.empty_panel)
        self.setup_button.setDefault(True)
        self.setup_button.setMinimumHeight(34)
        self.setup_button.clicked.connect(self.open_dialog)
        empty_layout = QVBoxLayout(self.empty_panel)
        empty_layout.setContentsMargins(0, 0, 0, 0)
        empty_layout.setSpacing(12)
        empty_layout.addWidget(self.empty_text)
        setup_row = QHBoxLayout()
        setup_row.addWidget(self.setup_button)
        setup_row.addStretch(1)
        empty_layout.addLayout(setup_row)

        # -- the active profile --
        self.details_panel = QWidget(self)
        self.name_value = ValueLabel(parent=self.details_panel)
        self.server_value = ValueLabel(parent=self.details_panel)
        self.language_value = ValueLabel(parent=self.details_panel)
        self.token_value = ValueLabel(parent=self.details_panel)
        self.state_value = ValueLabel(parent=self.details_panel)
        self.org_value = ValueLabel(parent=self.details_panel)
        self.expiry_value = ValueLabel(parent=self.details_panel)
        self.error_label = FieldError(self.details_panel)
        # Near the token's expiry: a note in the colours of a warning, above everything.
        self.expiry_warning = QFrame(self.details_panel)
        self.expiry_warning.setObjectName("expiryWarning")
        tint_panel(self.expiry_warning, Tone.WARNING)
        self.expiry_warning_text = QLabel(self.expiry_warning)
        self.expiry_warning_text.setWordWrap(True)
        set_properties(self.expiry_warning_text, textFormat="PlainText")
        warning_layout = QVBoxLayout(self.expiry_warning)
        warning_layout.setContentsMargins(12, 8, 12, 8)
        warning_layout.addWidget(self.expiry_warning_text)
        self.expiry_warning.hide()
        self.rotation_label = QLabel(self.details_panel)
        self.rotation_label.setWordWrap(True)
        self.rotation_label.setObjectName("rotationNote")
        set_properties(self.rotation_label, textFormat="PlainText",
                       textInteractionFlags="TextSelectableByMouse")
        colour_text(self.rotation_label, Tone.SUCCESS)
        self.rotation_label.hide()
        self.edit_button = QPushButton(self.details_panel)
        self.edit_button.clicked.connect(self.open_dialog)
        self.rotate_button = QPushButton(self.details_panel)
        self.rotate_button.setObjectName("rotateKey")
        self.rotate_button.clicked.connect(self.rotate_key)
        self.rotate_button.hide()
        form = QFormLayout()
        set_properties(form, labelAlignment="AlignLeft")
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(8)
        self._labels = [QLabel(self.details_panel) for _ in range(7)]
        for label, value in zip(self._labels, (self.name_value, self.server_value,
                                               self.language_value, self.token_value,
                                               self.state_value, self.org_value,
                                               self.expiry_value), strict=True):
            form.addRow(label, value)
        self._form = form
        details_layout = QVBoxLayout(self.details_panel)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.setSpacing(12)
        details_layout.addWidget(self.expiry_warning)
        details_layout.addLayout(form)
        details_layout.addWidget(self.error_label)
        details_layout.addWidget(self.rotation_label)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.edit_button)
        edit_row.addWidget(self.rotate_button)
        edit_row.addStretch(1)
        details_layout.addLayout(edit_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)
        layout.addWidget(self.title)
        layout.addWidget(self.enrollment_note)
        layout.addWidget(self.empty_panel)
        layout.addWidget(self.details_panel)
        layout.addStretch(1)

        session.profile_changed.connect(self._profile_changed)
        session.state_changed.connect(self._update)
        session.enrolled.connect(lambda _url: self._update())
        session.enrollment_failed.connect(lambda _error: self._update())
        self.retranslate()
        self._profile_changed()

    # -- public ----------------------------------------------------------------------------

    def activate(self) -> None:
        """Called when the page is shown: ask the keyring again whether a token is stored
        (and count the days to the token's expiry again: time passed since it was shown)."""
        self._check_token()
        self._update()

    def first_run(self) -> bool:
        """Open the Profile settings dialog when no profile is set up yet (first start).

        Call it after ``session.reload()``; True when a profile was saved.
        """
        if self.session.profile is not None:
            return False
        return self.open_dialog()

    def open_dialog(self) -> bool:
        """Open the Profile settings dialog; reload the session when it wrote anything.

        True when the dialog was accepted (a profile was saved).
        """
        from ..profile_dialog import ProfileDialog

        current = self.session.profile
        dialog = ProfileDialog(self.session.context, self.window(),
                               select=current.name if current else None)
        try:
            accepted = dialog.exec() == ProfileDialog.DialogCode.Accepted
            changed = dialog.changed
        finally:
            dialog.deleteLater()
        if accepted or changed:
            self.session.reload()
        return accepted

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Profile"))
        self.empty_text.setText(self.tr(
            "No profile is set up yet. Set up your profile with the server URL and the API "
            "token your administrator gave you, so this PC can reach the compliance server."))
        self.setup_button.setText(self.tr("&Set up profile…"))
        self.setup_button.setAccessibleName(self.tr("Set up profile"))
        self.edit_button.setText(self.tr("&Edit profile…"))
        self.edit_button.setAccessibleName(self.tr("Edit profile"))
        self.rotate_button.setText(self.tr("&Rotate key…"))
        self.rotate_button.setAccessibleName(self.tr("Rotate key"))
        self.rotate_button.setToolTip(self.tr(
            "Give this profile's API token a new key; the old key keeps working for an hour"))
        for label, text in zip(self._labels, (
                self.tr("Name:"), self.tr("Server:"), self.tr("Language:"),
                self.tr("API token:"), self.tr("Connection:"), self.tr("Organization:"),
                self.tr("Token expires:")), strict=True):
            label.setText(text)
        for value, name in ((self.name_value, self.tr("Profile name")),
                            (self.server_value, self.tr("Server URL")),
                            (self.language_value, self.tr("Language")),
                            (self.token_value, self.tr("API token")),
                            (self.state_value, self.tr("Connection")),
                            (self.org_value, self.tr("Organization")),
                            (self.expiry_value, self.tr("Token expires"))):
            value.setAccessibleName(name)
        self.expiry_warning.setAccessibleName(self.tr("API token expires soon"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- state -----------------------------------------------------------------------------

    def _profile_changed(self) -> None:
        self._token_stored = None
        self._token_error = None
        self._rotation.cancel()
        self._rotated_note = self._paste_note = None
        self._update()
        self._check_token()

    def _check_token(self) -> None:
        profile = self.session.profile
        self._token_check.cancel()
        if profile is None:
            return
        context, name = self.session.context, profile.name
        # Only whether a token is stored comes back to the GUI thread, never the token.
        self._token_check.run(lambda: context.vault.get_token(name) is not None,
                              self._token_known)

    def _token_known(self, stored: bool) -> None:
        self._token_stored = bool(stored)
        self._token_error = None
        self._update()

    def _token_failed(self, error: BaseException) -> None:
        self._token_stored = None
        self._token_error = error
        self._update()

    def _update_enrollment(self) -> None:
        s = self.session
        if s.enrolled_with is not None:
            text, tone = fill(self.tr("Your organization enrolled this PC with %1."),
                              s.enrolled_with), Tone.SUCCESS
        elif s.enrollment_error is not None:
            text, tone = (self.tr("This PC could not be enrolled with your organization's "
                                  "code.") + "\n" + describe(s.enrollment_error),
                          Tone.ERROR)
        elif s.enrolling:
            text, tone = self.tr("Enrolling this PC with your organization's code…"), None
        else:
            self.enrollment_note.hide()
            return
        if tone is not None and tone != self._note_tone:
            tint_panel(self.enrollment_note, tone)  # once per tone: it follows the palette
            self._note_tone = tone
        self.enrollment_text.setText(text)
        self.enrollment_note.setAccessibleName(text.split("\n")[0])
        self.enrollment_note.show()

    def _update(self) -> None:
        s = self.session
        profile = s.profile
        self._update_enrollment()
        self.empty_panel.setVisible(profile is None)
        self.details_panel.setVisible(profile is not None)
        self.setup_button.setDefault(profile is None)
        if profile is None:
            return
        self.name_value.setText(profile.name)
        self.server_value.setText(profile.url or self.tr("Not set"))
        self.language_value.setText(LANGUAGES.get(profile.language, profile.language))
        if self._token_error is not None:
            self.token_value.setText(self.tr("Could not be read from the system keyring"))
        elif self._token_stored is None:
            self.token_value.setText(self.tr("Checking…"))
        elif self._token_stored:
            self.token_value.setText(self.tr("Stored in the system keyring"))
        else:
            self.token_value.setText(self.tr("Not stored: enter it in the profile"))
        self.state_value.setText(s.state_text())
        access = s.access
        # PySide6's stubs type the (row, role) pair as a bare object.
        org_row, _role = cast("tuple[int, object]", self._form.getWidgetPosition(self.org_value))
        expiry_row, _role = cast("tuple[int, object]",
                                 self._form.getWidgetPosition(self.expiry_value))
        warning = None
        if access is not None:
            self.org_value.setText(f"{access.token.organization_name} "
                                   f"({access.token.organization_id})")
            now = datetime.now(UTC)
            self.expiry_value.setText(self._expiry_text(access.token, now))
            warning = self._expiry_warning(access.token, warn_before_days(access), now)
        self._form.setRowVisible(org_row, access is not None)
        self._form.setRowVisible(expiry_row, access is not None)
        self.expiry_warning_text.setText(warning or "")
        self.expiry_warning.setVisible(warning is not None)
        self.rotate_button.setVisible(
            s.state == ConnectionState.CONNECTED and s.may("tokens.rotate_self")
            and self._token_stored is True)
        self.rotate_button.setEnabled(not self._rotation.running)
        self.rotation_label.setText(self._rotated_note or "")
        self.rotation_label.setVisible(self._rotated_note is not None)
        problems = [self._paste_note] if self._paste_note else []
        if self._token_error is not None:
            problems.append(describe(self._token_error))
        if s.state == ConnectionState.FAILED and s.error is not None:
            problems.append(describe(s.error))
        self.error_label.show_error("\n".join(problems))

    # -- expiry ----------------------------------------------------------------------------

    def _expiry_text(self, token: Token, now: datetime) -> str:
        expires_at = token.expires_at
        if expires_at is None:
            return self.tr("Never expires")
        if expires_at <= now:
            return fill(self.tr("Expired on %1"), date_text(expires_at, long=True))
        return date_text(expires_at, long=True)

    def _expiry_warning(self, token: Token, warn_days: int, now: datetime) -> str | None:
        """The warning to show ``warn_days`` ahead of the token's expiry, or None."""
        from ...domain.lifecycle import days_left, in_warning_window

        expires_at = token.expires_at
        if expires_at is None or not in_warning_window(expires_at, warn_days, now):
            return None
        return fill(self.tr(
            "Your API token expires in %n days, on %1. Ask your administrator to extend it "
            "before then: once it has expired, this PC can no longer reach the server.", "",
            days_left(expires_at, now)), date_text(expires_at, long=True))

    # -- rotating the key ------------------------------------------------------------------

    def rotate_key(self) -> None:
        """"Rotate key…": ask, then give the token a new key in the background."""
        from ..messages import ask

        if self._rotation.running or not ask(
                self.window(), self.tr("Rotate key"),
                self.tr("Give this PC a new key for its API token?"),
                detail=self.tr(
                    "The server issues a new key, which this app keeps in the system keyring "
                    "instead of the old one. The old key keeps working for an hour; other "
                    "programs that use it need the new key before then.")):
            return
        self._rotated_note = self._paste_note = None
        try:
            work = self.session.key_rotation()
        except ComplianceError as exc:  # no profile any more: said like any failure
            self._rotation_failed(exc)
            return
        self._rotation.run(work, self._rotated, runner=self.session.run)

    def _set_rotating(self, busy: bool) -> None:
        self.rotate_button.setEnabled(not busy)

    def _rotated(self, rotation: KeyRotation) -> None:
        from ...domain.lifecycle import SELF_ROTATION_GRACE_SECONDS
        from ..messages import warn

        token = rotation.issued.token
        until = token.previous_key_expires_at or (
            datetime.now(UTC) + timedelta(seconds=SELF_ROTATION_GRACE_SECONDS))
        if rotation.store_error is None:
            self._rotated_note = fill(self.tr("Key rotated; the old key works until %1."),
                                      clock_time(until))
            self._update()
            return
        # The server has rotated but the keyring still holds the old key: the new key goes
        # to the user once, to paste into the profile while the old one still works.
        paste = fill(self.tr(
            "The new key could not be stored in the system keyring, which still holds the "
            "old key; it works until %1. Paste the new key into the profile (Edit "
            "profile…) before then, or this PC can no longer reach the server."),
            clock_time(until))
        self._paste_note = paste
        self._update()
        warn(self.window(), self.tr("Rotate key"), paste,
             detail=describe(rotation.store_error))
        from ..key_dialog import KeyDialog

        dialog = KeyDialog(rotation.issued.key, token.organization_name, regenerated=True,
                           old_key_until=until, parent=self.window())
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def _rotation_failed(self, error: BaseException) -> None:
        from ..messages import warn

        self._update()
        warn(self.window(), self.tr("Rotate key"),
             self.tr("The key was not rotated; the old key still works."),
             detail=describe(error))
