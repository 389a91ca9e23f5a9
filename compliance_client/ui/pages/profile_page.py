"""The Profile page: the active profile at a glance (name, server, language, whether a token
is stored, the connection state and the organization), and the way into the Profile
settings dialog. With no profile yet, the page says so and offers "Set up profile…"."""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.languages import LANGUAGES
from ..errors import describe
from ..session import ConnectionState, Session
from ..tasks import Busy
from ..widgets import FieldError, PageTitle, ValueLabel, set_properties


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

        self.title = PageTitle(self)

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
        self.error_label = FieldError(self.details_panel)
        self.edit_button = QPushButton(self.details_panel)
        self.edit_button.clicked.connect(self.open_dialog)
        form = QFormLayout()
        set_properties(form, labelAlignment="AlignLeft")
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(8)
        self._labels = [QLabel(self.details_panel) for _ in range(6)]
        for label, value in zip(self._labels, (self.name_value, self.server_value,
                                               self.language_value, self.token_value,
                                               self.state_value, self.org_value), strict=True):
            form.addRow(label, value)
        self._form = form
        details_layout = QVBoxLayout(self.details_panel)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.setSpacing(12)
        details_layout.addLayout(form)
        details_layout.addWidget(self.error_label)
        edit_row = QHBoxLayout()
        edit_row.addWidget(self.edit_button)
        edit_row.addStretch(1)
        details_layout.addLayout(edit_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)
        layout.addWidget(self.title)
        layout.addWidget(self.empty_panel)
        layout.addWidget(self.details_panel)
        layout.addStretch(1)

        session.profile_changed.connect(self._profile_changed)
        session.state_changed.connect(self._update)
        self.retranslate()
        self._profile_changed()

    # -- public ----------------------------------------------------------------------------

    def activate(self) -> None:
        """Called when the page is shown: ask the keyring again whether a token is stored."""
        self._check_token()

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
        for label, text in zip(self._labels, (
                self.tr("Name:"), self.tr("Server:"), self.tr("Language:"),
                self.tr("API token:"), self.tr("Connection:"), self.tr("Organization:")),
                strict=True):
            label.setText(text)
        for value, name in ((self.name_value, self.tr("Profile name")),
                            (self.server_value, self.tr("Server URL")),
                            (self.language_value, self.tr("Language")),
                            (self.token_value, self.tr("API token")),
                            (self.state_value, self.tr("Connection")),
                            (self.org_value, self.tr("Organization"))):
            value.setAccessibleName(name)
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- state -----------------------------------------------------------------------------

    def _profile_changed(self) -> None:
        self._token_stored = None
        self._token_error = None
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

    def _update(self) -> None:
        s = self.session
        profile = s.profile
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
        if access is not None:
            self.org_value.setText(f"{access.token.organization_name} "
                                   f"({access.token.organization_id})")
        self._form.setRowVisible(org_row, access is not None)
        problems = []
        if self._token_error is not None:
            problems.append(describe(self._token_error))
        if s.state == ConnectionState.FAILED and s.error is not None:
            problems.append(describe(s.error))
        self.error_label.show_error("\n".join(problems))
