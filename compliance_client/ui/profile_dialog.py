"""The Profile settings dialog: profile name, UI language, server URL and API token, with an
offline token check, a "Test connection" that runs in the background, and Save / Cancel.

Rules this dialog keeps:

* Widgets never do I/O: the profile file, the keyring and the network are reached through
  the :class:`~compliance_client.ui.context.AppContext` in workers only (``ui/tasks.py``),
  the profiles themselves included: they are read after the dialog is built, and until they
  arrive Save, Test connection and the profile buttons wait.
* The stored token is never read into the UI. The dialog only learns *whether* one is
  stored (a worker reads it and hands back a bool) and shows "A token is stored" as the
  field's placeholder; a Test connection with an empty field reads it inside the worker.
* The fields, their checks and their inline errors are the form's (``profile_form``): the
  profile layer's and the domain's checks, one source of truth with the CLI and the server.
  The test itself is ``connection_test``.
* IT's managed settings (DESIGN §13) are read with the profiles, on the same worker. A locked
  URL or language shows IT's value read-only with "Set by your organization", and Save
  writes IT's value whatever the file said; a first profile starts from IT's name, URL and
  language; IT's CA bundle is used for Test connection (and by the session) without a word,
  as the dialog shows no CA bundle.
* "Enroll with a code…" beside the token gets a token without pasting one
  (``enroll_dialog``); the dialog then shows the enrolled profile, its token stored.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import ValidationError
from . import i18n
from .connection_test import ConnectionTest, access_text
from .errors import describe
from .messages import ask, inform, warn
from .profile_form import ProfileForm
from .tasks import Busy
from .text import fill
from .widgets import BusyIndicator, ButtonBox, EditDialog, FieldError

if TYPE_CHECKING:
    from ..domain.tokens import TokenAccess
    from ..profile import Profile, ProfileSet, SaveResult
    from ..profile.managed import ManagedSettings
    from .context import AppContext

# The combo item of a profile added in this dialog and not saved yet.
_NEW = None


class ProfileDialog(EditDialog):
    """Edit, add, rename and delete profiles; Save makes the edited profile the active one.

    ``context`` holds the profile file and the keyring (the user's, or a test's).
    ``select`` names the profile to show first (default: the active one). ``changed`` tells
    a caller whether anything was written to disk while the dialog was open (a Delete
    counts, even when the dialog is then cancelled), so it knows to reload. ``loaded`` is
    emitted once the profiles are read and shown.
    """

    saved = Signal(str)  # the name of the profile just saved
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 select: str | None = None) -> None:
        super().__init__(parent)
        from ..profile import ProfileSet

        self.setObjectName("profileDialog")
        self.context = context
        self.changed = False
        self._dirty = False
        self._loading = False
        self._ready = False  # the profiles are read
        self._select = select
        self._token_stored: bool | None = False  # None: not known (checking, or keyring failed)
        self.enroll_dialog: QDialog | None = None  # while "Enroll with a code…" is open
        self._current: str | None = _NEW  # the name of the profile in the form, None when new
        self.profiles: ProfileSet = ProfileSet()
        #: IT's managed settings, read with the profiles (None until then).
        self.managed: ManagedSettings | None = None

        self._build()
        self._reading = Busy(self, self._update_actions, self._read_failed)
        self._saving = Busy(self, self._update_actions, self._save_failed)
        self._token_check = Busy(self, lambda _busy: self._update_token_placeholder(),
                                 self._stored_token_failed)
        self._tester = ConnectionTest(self, context, show_busy=self._set_testing,
                                      tested=self._tested, failed=self._test_failed)
        self.retranslate()
        self._reading.run(lambda: _read_profiles(context), self._profiles_read)

    @property
    def ready(self) -> bool:
        """True once the profiles are read and shown (and the dialog can be used)."""
        return self._ready

    def _profiles_read(self, outcome: tuple[ProfileSet, BaseException | None,
                                            ManagedSettings]) -> None:
        self.profiles, notice, self.managed = outcome
        managed = self.managed
        self.form.set_locked(
            url=managed.server_url if managed.locked("url") else None,
            language=managed.language if managed.locked("language") else None)
        self._ready = True
        self._update_actions()
        self.banner.show_error(describe(notice) if notice is not None else "")
        first = self._select or self.profiles.active_name
        if first is None and len(self.profiles):
            first = self.profiles.names[0]
        self._fill_selector(first)
        self._show_profile(first)
        self.loaded.emit()

    def _read_failed(self, error: BaseException) -> None:
        """The file is there but could not be read now (another program holds its lock):
        say so, and save nothing over it."""
        self.banner.show_error(describe(error))

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setSizeGripEnabled(True)
        self.setMinimumWidth(600)

        self.banner = FieldError(self)

        self.form = form = ProfileForm(self._name_owner, self)
        self.selector, self.add_button = form.selector, form.add_button
        self.rename_button, self.delete_button = form.rename_button, form.delete_button
        self.selector.activated.connect(self._selector_activated)
        self.add_button.clicked.connect(self._add_profile)
        self.rename_button.clicked.connect(self._rename_profile)
        self.delete_button.clicked.connect(self._delete_profile)
        form.test_button.clicked.connect(self.test_connection)
        form.enroll_button.clicked.connect(self.open_enroll_dialog)
        self.enroll_button = form.enroll_button
        form.edited.connect(self._mark_dirty)
        form.server_edited.connect(self._forget_test)
        form.token_field.textEdited.connect(lambda _text: self._update_token_placeholder())
        self.name_edit, self.name_error = form.name_edit, form.name_error
        self.language_combo = form.language_combo
        self.url_edit, self.url_error = form.url_edit, form.url_error
        self.token_field, self.token_error = form.token_field, form.token_error
        self.test_button, self.test_busy = form.test_button, form.test_busy
        self.test_result, self.test_error = form.test_result, form.test_error

        self.buttons = ButtonBox(self, self._retranslate_buttons)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.save_button.setDefault(True)  # Enter = Save
        self.save_button.setAutoDefault(True)
        self.cancel_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.save_busy = BusyIndicator(self)
        self.summary = FieldError(self)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_busy)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        layout.addWidget(self.banner)
        layout.addWidget(form)
        layout.addStretch(1)
        layout.addWidget(self.summary)
        layout.addLayout(bottom)

        # Tab order: the form's, then Save and Cancel.
        QWidget.setTabOrder(self.test_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.cancel_button)

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Profile settings"))
        self.form.retranslate()
        self._update_token_placeholder()
        self._retranslate_buttons()

    def _retranslate_buttons(self) -> None:
        self.save_button.setText(self.tr("&Save"))
        self.cancel_button.setText(self.tr("Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _update_token_placeholder(self) -> None:
        self.form.show_token_state(checking=self._token_check.running, stored=self._token_stored)

    # -- the selector ----------------------------------------------------------------------

    def _fill_selector(self, select: str | None, *, with_new: bool = False) -> None:
        self._loading = True
        try:
            self.form.show_profiles(self.profiles.names, select,
                                    with_new=with_new or not len(self.profiles))
        finally:
            self._loading = False

    def _selector_activated(self, index: int) -> None:
        name = self.selector.itemData(index)
        if name == self._current:
            return
        if not self.confirm_discard():
            self._select_current()
            return
        if self._current is _NEW:
            self._fill_selector(name)  # drop the unsaved "(new profile)" entry
        self._show_profile(name)

    def _select_current(self) -> None:
        self._loading = True
        try:
            self.form.select(self._current)
        finally:
            self._loading = False

    def confirm_discard(self) -> bool:
        """Before another profile is shown, and on Esc, Cancel and the title bar's close."""
        if not self._dirty:
            return True
        name = self._current or self.name_edit.text().strip() or self.tr("(new profile)")
        return ask(self, self.tr("Discard changes"),
                   fill(self.tr("Discard your changes to the profile \u201c%1\u201d?"), name),
                   destructive=True)

    def _show_profile(self, name: str | None) -> None:
        """Put the profile called ``name`` (None: a new, empty one) into the form."""
        from ..profile import DEFAULT_LANGUAGE as PROFILE_DEFAULT

        profile = self.profiles.get(name) if name is not None else None
        self._current = profile.name if profile is not None else _NEW
        self._loading = True
        try:
            self.form.show_profile(profile, i18n.current_language() or PROFILE_DEFAULT)
            if profile is None and self.managed is not None:
                # A new profile starts from IT's values; IT's name only for the first one
                # (a second profile of that name could not be saved).
                fields = self.managed.new_profile_fields()
                self.form.prefill(
                    name=fields.get("name") if not len(self.profiles) else None,
                    url=fields.get("url"), language=fields.get("language"))
        finally:
            self._loading = False
        self._dirty = False
        self.form.clear_problems()
        self.summary.clear_error()
        self._forget_test()
        self._update_actions()
        self._check_stored_token()

    # -- the stored token (asked off the GUI thread) ---------------------------------------

    def _check_stored_token(self) -> None:
        self._token_check.cancel()
        name = self._current
        if name is None:
            self._token_stored = False
            self._update_token_placeholder()
            return
        context = self.context
        self._token_stored = None
        # Only a bool crosses back to the GUI thread, never the token.
        self._token_check.run(lambda: context.vault.get_token(name) is not None,
                              self._stored_token_known)

    def _stored_token_known(self, stored: bool) -> None:
        self._token_stored = bool(stored)
        self._update_token_placeholder()

    def _stored_token_failed(self, error: BaseException) -> None:
        self._token_stored = None
        self._update_token_placeholder()
        self.token_error.show_error(describe(error))

    @property
    def token_stored(self) -> bool | None:
        """Whether the profile in the form has a stored token; None while unknown."""
        return self._token_stored

    @property
    def token_checking(self) -> bool:
        """True while the keyring is being asked whether a token is stored."""
        return self._token_check.running

    # -- editing ---------------------------------------------------------------------------

    def _mark_dirty(self, *_args: object) -> None:
        if not self._loading:
            self._dirty = True

    def _forget_test(self) -> None:
        """A test result (or a running test) for other field values would mislead."""
        self._cancel_test()
        self.form.show_test()

    def _name_owner(self, name: str) -> str | None:
        """The name of another profile already called ``name`` (case aside), or None."""
        other = self.profiles.get(name)
        if other is None or (self._current is not None
                             and other.name.casefold() == self._current.casefold()):
            return None
        return other.name

    def _validate(self, *, for_save: bool) -> bool:
        """Check every field, mark the bad ones, focus the first; True when all are fine."""
        bad = self.form.validate(with_name=for_save, token_required=self._token_stored is False)
        if bad and for_save:
            self.summary.show_error(
                self.tr("The profile was not saved. Fix the marked fields, then save "
                        "again.") if bad > 1 else
                self.tr("The profile was not saved. Fix the marked field, then save "
                        "again."))
        elif not bad:
            self.summary.clear_error()
        return not bad

    # -- Add / Rename / Delete -------------------------------------------------------------

    def _add_profile(self) -> None:
        if not self.confirm_discard():
            return
        self._fill_selector(None, with_new=True)
        self._show_profile(None)
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _rename_profile(self) -> None:
        """Ask for the new name; it goes into the Name field and takes effect on Save (with
        the stored token moving along), so Cancel still means "change nothing"."""
        current = self.name_edit.text().strip() or (self._current or "")
        text, ok = QInputDialog.getText(
            self, self.tr("Rename profile"),
            fill(self.tr("New name for the profile \u201c%1\u201d:"), current),
            QLineEdit.EchoMode.Normal, current)
        if not ok or not text.strip() or text.strip() == current:
            return
        self.form.rename(text.strip())

    def _delete_profile(self) -> None:
        name = self._current
        if name is None:
            return
        if not ask(self, self.tr("Delete profile"),
                   fill(self.tr("Delete the profile \u201c%1\u201d?"), name),
                   detail=self.tr("Its settings and its stored API token are removed from "
                                  "this PC. The token itself stays valid on the server."),
                   destructive=True):
            return
        from ..profile import delete_profile

        context, profiles = self.context, self.profiles
        self._saving.run(lambda: delete_profile(context.store, context.vault, profiles, name),
                         lambda result: self._deleted(name, result))

    def _deleted(self, name: str, result: SaveResult) -> None:
        self.changed = True
        self.profiles = result.profile_set
        first = self.profiles.active_name
        self._fill_selector(first)
        self._show_profile(first)
        if result.token_error is not None:
            warn(self, self.tr("Profile deleted"),
                 fill(self.tr("The profile \u201c%1\u201d is deleted, but its API token could "
                               "not be removed from the system keyring."), name),
                 detail=describe(result.token_error))
        else:
            inform(self, self.tr("Profile deleted"),
                   fill(self.tr("The profile \u201c%1\u201d is deleted."), name))

    # -- Test connection -------------------------------------------------------------------

    def test_connection(self) -> None:
        """Verify URL and token against the server (``tokens.self``) in the background.

        The offline checks come first: a bad URL or a mistyped key never reaches the network.
        The rest of the dialog stays usable meanwhile; a new test or an edit makes a running
        one stale.
        """
        if not self._ready:
            return
        self.form.show_test()
        if not self._validate(for_save=False):
            return
        from ..profile import normalize_server_url

        name = self._current
        self._tester.start(normalize_server_url(self.form.url()), self.form.token(), name,
                           self._ca_bundle())

    def _ca_bundle(self) -> str | None:
        """The CA bundle in force for the profile in the form: IT's, else the profile's."""
        profile = self.profiles.get(self._current) if self._current else None
        if self.managed is not None and self.managed.ca_bundle:
            return self.managed.ca_bundle
        return profile.ca_bundle if profile is not None else None

    def _cancel_test(self) -> None:
        self._tester.cancel()

    def _set_testing(self, busy: bool) -> None:
        self.form.show_testing(busy, enabled=self._ready and not busy)

    @property
    def testing(self) -> bool:
        return self._tester.running

    def _tested(self, access: TokenAccess) -> None:
        self.form.show_test(result=access_text(access))

    def _test_failed(self, error: BaseException) -> None:
        self.form.show_test(error=describe(error))

    # -- Enroll with a code ----------------------------------------------------------------

    def open_enroll_dialog(self) -> None:
        """"Enroll with a code…": into the profile in the form (a new one: under the name
        typed, or the one IT or the server's host name gives), at the form's URL."""
        if not self._ready or self._saving.running:
            return
        from .enroll_dialog import EnrollDialog

        name = self._current
        if name is None and self.form.name() and self.form.check_name():
            name = self.form.name()
        self.enroll_dialog = dialog = EnrollDialog(
            self.context, self, url=self.form.url(), profile_name=name,
            managed=self.managed, ca_bundle=self._ca_bundle())
        dialog.enrolled.connect(self._enrolled)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
            self.enroll_dialog = None

    def _enrolled(self, result: SaveResult) -> None:
        """Show the enrolled profile: active, its token stored (the keyring says so, asked
        again in the background), and "This PC is enrolled with <server>."."""
        self.changed = True
        self.profiles = result.profile_set
        profile = result.profile or self.profiles.active
        assert profile is not None  # enroll() saves the profile and makes it active
        self._fill_selector(profile.name)
        self._show_profile(profile.name)
        self.form.show_enrolled(profile.url)
        if result.token_error is not None:
            self._stored_token_failed(result.token_error)
            self.form.set_problem("token", describe(result.token_error))

    # -- Save ------------------------------------------------------------------------------

    def save(self) -> None:
        """Validate every field, then save the profile (file, then keyring) in the background."""
        if self._saving.running or not self._ready:
            return
        if not self._validate(for_save=True):
            return
        from ..profile import Profile, save_profile

        form = self.form
        name, language, url, token = form.name(), form.language(), form.url(), form.token()
        previous = self.profiles.get(self._current) if self._current else None
        try:
            profile: Profile = (previous.edited(name=name, language=language, url=url)
                                if previous is not None
                                else Profile(name=name, language=language, url=url))
        except ValidationError as exc:  # the checks above agree with Profile; belt and braces
            self.summary.show_error(describe(exc))
            return
        context, profiles = self.context, self.profiles
        previous_name = previous.name if previous is not None else None
        self._saving.run(lambda: save_profile(context.store, context.vault, profiles, profile,
                                              token, previous_name=previous_name,
                                              activate=True),
                         self._saved)

    def _update_actions(self, *_busy: object) -> None:
        """Save and the profile buttons wait while the profiles are read or saved (the busy
        indicator shows it), Test connection until they are read."""
        saving = self._saving.running
        busy = saving or self._reading.running
        usable = self._ready and not busy
        self.save_busy.set_busy(busy)
        self.selector.setEnabled(not saving)
        self.save_button.setEnabled(usable)
        self.add_button.setEnabled(usable)
        self.rename_button.setEnabled(usable and self._current is not None)
        self.delete_button.setEnabled(usable and self._current is not None)
        self.test_button.setEnabled(self._ready and not self._tester.running)
        self.enroll_button.setEnabled(usable)

    def _saved(self, result: SaveResult) -> None:
        self.changed = True
        self.profiles = result.profile_set
        profile = self.profiles.active
        assert profile is not None  # save_profile(activate=True) made it the active one
        self._current = profile.name
        self._fill_selector(profile.name)
        self._dirty = False
        self.saved.emit(profile.name)
        if not i18n.is_applied(profile.language):
            # Every open window gets LanguageChange and retranslates itself at once.
            i18n.set_language(profile.language)
        if result.token_error is not None:
            self._stored_token_failed(result.token_error)
            self.form.set_problem("token", describe(result.token_error))
            warn(self, self.tr("Profile saved without its token"),
                 self.tr("Your profile is saved, but its API token could not be stored in "
                         "the system keyring."),
                 detail=describe(result.token_error) + "\n\n" + self.tr(
                     "The token is still in the dialog: fix the keyring, then press Save "
                     "again. Until then this PC cannot connect with this profile."))
            self.token_field.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        inform(self, self.tr("Profile saved"), self.tr("Your profile is saved."))
        self.accept()

    def _save_failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.form.show_problems(error.problems)
            self.summary.show_error(self.tr("The profile was not saved. Fix the marked "
                                            "fields, then save again."))
            return
        self.summary.show_error(describe(error))
        warn(self, self.tr("Profile not saved"), self.tr("Your profile could not be saved."),
             detail=describe(error))

    # -- closing ---------------------------------------------------------------------------

    def done(self, result: int) -> None:
        self._cancel_test()  # its outcome would arrive for a closed dialog
        super().done(result)


def _read_profiles(context: AppContext
                   ) -> tuple[ProfileSet, BaseException | None, ManagedSettings]:
    """The saved profiles and IT's managed settings (worker thread); a corrupt file is moved
    aside and reported."""
    from ..profile import ProfileFileCorrupt

    managed = context.managed
    try:
        return context.store.load(), None, managed
    except ProfileFileCorrupt as exc:
        return exc.profile_set, exc, managed
