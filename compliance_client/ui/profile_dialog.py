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
* Field checks are the profile layer's and the domain's (``validate_server_url``,
  ``name_problem``, ``key_format_problem``): one source of truth with the CLI and the
  server. Their problem codes become sentences in ``profile_texts``; the test itself is
  ``connection_test``.
"""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..domain.errors import FieldProblem, ValidationError
from ..domain.keys import key_format_problem
from ..domain.languages import DEFAULT_LANGUAGE, LANGUAGES
from . import i18n
from .connection_test import ConnectionTest, access_text
from .errors import describe
from .messages import ask, inform, warn
from .profile_texts import problem_text
from .tasks import Busy
from .text import fill
from .widgets import (
    BusyIndicator,
    FieldError,
    PasswordField,
    ValueLabel,
    mark_invalid,
    plain_button,
)

if TYPE_CHECKING:
    from ..domain.tokens import TokenAccess
    from ..profile import Profile, ProfileSet, SaveResult
    from .context import AppContext

# The combo item of a profile added in this dialog and not saved yet.
_NEW = None


class ProfileDialog(QDialog):
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
        self._current: str | None = _NEW  # the name of the profile in the form, None when new
        self.profiles: ProfileSet = ProfileSet()

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

    def _profiles_read(self, outcome: tuple[ProfileSet, BaseException | None]) -> None:
        self.profiles, notice = outcome
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

        self.selector_label = QLabel(self)
        self.selector = QComboBox(self)
        self.selector.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.selector.setMinimumContentsLength(18)
        self.selector_label.setBuddy(self.selector)
        self.add_button = plain_button(parent=self)
        self.rename_button = plain_button(parent=self)
        self.delete_button = plain_button(parent=self)
        self.selector.activated.connect(self._selector_activated)
        self.add_button.clicked.connect(self._add_profile)
        self.rename_button.clicked.connect(self._rename_profile)
        self.delete_button.clicked.connect(self._delete_profile)
        selector_row = QHBoxLayout()
        selector_row.setContentsMargins(0, 0, 0, 0)
        selector_row.setSpacing(6)
        selector_row.addWidget(self.selector, 1)
        selector_row.addWidget(self.add_button)
        selector_row.addWidget(self.rename_button)
        selector_row.addWidget(self.delete_button)

        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)

        self.name_edit = QLineEdit(self)
        self.name_edit.setMaxLength(100)
        self.name_error = FieldError(self)
        self.language_combo = QComboBox(self)
        for code, own_name in LANGUAGES.items():
            # Each language in its own name, never translated: a person finds theirs.
            self.language_combo.addItem(own_name, code)
        self.url_edit = QLineEdit(self)
        self.url_edit.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        self.url_error = FieldError(self)
        self.token_field = PasswordField(self)
        self.token_error = FieldError(self)
        self.test_button = plain_button(parent=self)
        self.test_busy = BusyIndicator(self)
        self.test_result = ValueLabel(parent=self)
        self.test_result.hide()
        self.test_error = FieldError(self)

        self.name_edit.textEdited.connect(self._name_edited)
        self.language_combo.currentIndexChanged.connect(self._mark_dirty)
        self.url_edit.textEdited.connect(self._url_edited)
        self.url_edit.editingFinished.connect(self._url_finished)
        self.token_field.textEdited.connect(self._token_edited)
        self.token_field.edit.editingFinished.connect(self._token_finished)
        self.test_button.clicked.connect(self.test_connection)

        # A grid rather than a QFormLayout: QFormLayout over-reserves height for word-wrapped
        # rows (the inline messages), a grid sizes them by their real height-for-width.
        form = QGridLayout()
        form.setHorizontalSpacing(12)
        form.setVerticalSpacing(8)
        form.setColumnStretch(1, 1)
        self.name_label = QLabel(self)
        self.language_label = QLabel(self)
        self.url_label = QLabel(self)
        self.token_label = QLabel(self)
        self.name_label.setBuddy(self.name_edit)
        self.language_label.setBuddy(self.language_combo)
        self.url_label.setBuddy(self.url_edit)
        self.token_label.setBuddy(self.token_field.edit)
        test_row = QHBoxLayout()
        test_row.setContentsMargins(0, 0, 0, 0)
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_busy)
        test_row.addStretch(1)
        # The profile selector shares the label column, so every field lines up.
        rows: list[tuple[QWidget | None, QWidget | QHBoxLayout]] = [
            (self.selector_label, selector_row),
            (None, rule),
            (self.name_label, self.name_edit),
            (None, self.name_error),
            (self.language_label, self.language_combo),
            (self.url_label, self.url_edit),
            (None, self.url_error),
            (self.token_label, self.token_field),
            (None, self.token_error),
            (None, test_row),
            (None, self.test_result),
            (None, self.test_error),
        ]
        for row, (label, field) in enumerate(rows):
            if label is not None:
                form.addWidget(label, row, 0, Qt.AlignmentFlag.AlignLeft
                               | Qt.AlignmentFlag.AlignVCenter)
            if isinstance(field, QHBoxLayout):
                form.addLayout(field, row, 1)
            elif field is rule:
                form.addWidget(field, row, 0, 1, 2)
            else:
                form.addWidget(field, row, 1)
        for error in (self.name_error, self.url_error, self.token_error, self.test_error,
                      self.test_result):
            error.installEventFilter(self)

        self.buttons = QDialogButtonBox(self)
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
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.summary)
        layout.addLayout(bottom)

        # Tab order follows what the eye reads: top to bottom, left to right.
        chain = [self.selector, self.add_button, self.rename_button, self.delete_button,
                 self.name_edit, self.language_combo, self.url_edit, self.token_field.edit,
                 self.token_field.toggle, self.test_button, self.save_button,
                 self.cancel_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def eventFilter(self, watched: Any, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.ShowToParent, QEvent.Type.HideToParent):
            QTimer.singleShot(0, self._fit_height)
        return super().eventFilter(watched, event)

    def _fit_height(self) -> None:
        """Grow (never shrink) to show every wrapped message whole: a top-level window does
        not follow its word-wrapped labels' height-for-width on its own."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Profile settings"))
        self.selector_label.setText(self.tr("&Profile:"))
        self.selector.setAccessibleName(self.tr("Profile"))
        self.add_button.setText(self.tr("&Add…"))
        self.add_button.setAccessibleName(self.tr("Add a profile"))
        self.rename_button.setText(self.tr("&Rename…"))
        self.rename_button.setAccessibleName(self.tr("Rename this profile"))
        self.delete_button.setText(self.tr("&Delete…"))
        self.delete_button.setAccessibleName(self.tr("Delete this profile"))
        self.name_label.setText(self.tr("&Name:"))
        self.name_edit.setAccessibleName(self.tr("Profile name"))
        self.name_edit.setPlaceholderText(self.tr("For example: Work"))
        self.language_label.setText(self.tr("&Language:"))
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.url_label.setText(self.tr("Server &URL:"))
        self.url_edit.setAccessibleName(self.tr("Server URL"))
        self.url_edit.setPlaceholderText("https://compliance.example.com")
        self.token_label.setText(self.tr("API &token:"))
        self.token_field.setAccessibleName(self.tr("API token"))
        self._update_token_placeholder()
        self.test_button.setText(self.tr("&Test connection"))
        self.test_button.setAccessibleName(self.tr("Test connection"))
        self.test_busy.setAccessibleName(self.tr("Testing the connection"))
        self.save_button.setText(self.tr("&Save"))
        self.cancel_button.setText(self.tr("Cancel"))
        self._retranslate_selector()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _retranslate_selector(self) -> None:
        for i in range(self.selector.count()):
            if self.selector.itemData(i) is _NEW:
                self.selector.setItemText(i, self.tr("(new profile)"))

    def _update_token_placeholder(self) -> None:
        if self.token_field.text():
            return
        if self._token_check.running:
            text = self.tr("Checking the keyring…")
        elif self._token_stored:
            text = self.tr("A token is stored")
        else:
            text = self.tr("Paste the API token (cct_…)")
        self.token_field.setPlaceholderText(text)
        self.token_field.edit.setToolTip(
            self.tr("Leave the field empty to keep the stored token, or paste a new one to "
                    "replace it.") if self._token_stored else "")

    # -- the selector ----------------------------------------------------------------------

    def _fill_selector(self, select: str | None, *, with_new: bool = False) -> None:
        self._loading = True
        try:
            self.selector.clear()
            for name in self.profiles.names:
                self.selector.addItem(name, name)
            if with_new or not len(self.profiles):
                self.selector.addItem("", _NEW)
            self._retranslate_selector()
            self.selector.setCurrentIndex(max(self._selector_index(select), 0))
        finally:
            self._loading = False

    def _selector_index(self, name: str | None) -> int:
        for i in range(self.selector.count()):
            data = self.selector.itemData(i)
            if data is _NEW if name is None else data == name:
                return i
        return -1

    def _selector_activated(self, index: int) -> None:
        name = self.selector.itemData(index)
        if name == self._current:
            return
        if not self._confirm_discard():
            self._select_current()
            return
        if self._current is _NEW:
            self._fill_selector(name)  # drop the unsaved "(new profile)" entry
        self._show_profile(name)

    def _select_current(self) -> None:
        self._loading = True
        try:
            self.selector.setCurrentIndex(max(self._selector_index(self._current), 0))
        finally:
            self._loading = False

    def _confirm_discard(self) -> bool:
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
            self.name_edit.setText(profile.name if profile else "")
            language = profile.language if profile else (i18n.current_language()
                                                          or PROFILE_DEFAULT)
            index = self.language_combo.findData(language)
            if index < 0:
                index = self.language_combo.findData(DEFAULT_LANGUAGE)
            self.language_combo.setCurrentIndex(index)
            self.url_edit.setText(profile.url if profile else "")
            self.token_field.clear()
        finally:
            self._loading = False
        self._dirty = False
        self._clear_marks()
        self._cancel_test()
        self.test_result.hide()
        self.test_error.clear_error()
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

    def _name_edited(self, _text: str) -> None:
        self._mark_dirty()
        if self.name_edit.property("invalid"):
            self._check_name()

    def _forget_test(self) -> None:
        """A test result (or a running test) for other field values would mislead."""
        self._cancel_test()
        self.test_result.hide()
        self.test_error.clear_error()

    def _url_edited(self, _text: str) -> None:
        self._mark_dirty()
        self._forget_test()
        if self.url_edit.property("invalid"):
            self._check_url()

    def _url_finished(self) -> None:
        if self.url_edit.text().strip():
            self._check_url()

    def _token_edited(self, _text: str) -> None:
        self._mark_dirty()
        self._forget_test()
        self._update_token_placeholder()
        if self.token_field.edit.property("invalid"):
            self._check_token()

    def _token_finished(self) -> None:
        if self.token_field.text():
            self._check_token()

    def _set_problem(self, field: QWidget, label: FieldError, text: str | None) -> bool:
        mark_invalid(field, bool(text))
        label.show_error(text)
        field.setAccessibleDescription(text or "")
        return text is None

    def _check_name(self) -> bool:
        from ..profile.store import name_problem

        name = self.name_edit.text().strip()
        problem = name_problem(name)
        if problem is None:
            other = self.profiles.get(name) if name else None
            if other is not None and (self._current is None
                                      or other.name.casefold() != self._current.casefold()):
                problem = FieldProblem("name", "name_taken", "", name=other.name)
        return self._set_problem(self.name_edit, self.name_error,
                                 problem_text(problem) if problem else None)

    def _check_url(self) -> bool:
        from ..profile import validate_server_url

        problem = validate_server_url(self.url_edit.text())
        return self._set_problem(self.url_edit, self.url_error,
                                 problem_text(problem) if problem else None)

    def _check_token(self, *, required: bool = False) -> bool:
        """The offline format and checksum check (DESIGN §6); nothing is sent."""
        token = self.token_field.text()
        if not token and not (required and self._token_stored is False):
            # Empty keeps the stored token (or the keyring's state is not known).
            return self._set_problem(self.token_field.edit, self.token_error, None)
        code = key_format_problem(token)
        text = problem_text(FieldProblem("token", code, "")) if code else None
        return self._set_problem(self.token_field.edit, self.token_error, text)

    def _clear_marks(self) -> None:
        for field, label in ((self.name_edit, self.name_error), (self.url_edit, self.url_error),
                             (self.token_field.edit, self.token_error)):
            self._set_problem(field, label, None)
        self.summary.clear_error()

    def _validate(self, *, for_save: bool) -> bool:
        """Check every field, mark the bad ones, focus the first; True when all are fine."""
        checks = []
        if for_save:
            checks.append((self._check_name(), self.name_edit))
        checks.append((self._check_url(), self.url_edit))
        checks.append((self._check_token(required=True), self.token_field.edit))
        bad = [widget for ok, widget in checks if not ok]
        if bad:
            bad[0].setFocus(Qt.FocusReason.OtherFocusReason)
            if for_save:
                self.summary.show_error(
                    self.tr("The profile was not saved. Fix the marked fields, then save "
                            "again.") if len(bad) > 1 else
                    self.tr("The profile was not saved. Fix the marked field, then save "
                            "again."))
        else:
            self.summary.clear_error()
        return not bad

    # -- Add / Rename / Delete -------------------------------------------------------------

    def _add_profile(self) -> None:
        if not self._confirm_discard():
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
        self.name_edit.setText(text.strip())
        self._mark_dirty()
        self._check_name()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

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
        self.test_result.hide()
        self.test_error.clear_error()
        if not self._validate(for_save=False):
            return
        from ..profile import normalize_server_url

        name = self._current
        profile = self.profiles.get(name) if name else None
        self._tester.start(normalize_server_url(self.url_edit.text()),
                           self.token_field.text() or None, name,
                           profile.ca_bundle if profile else None)

    def _cancel_test(self) -> None:
        self._tester.cancel()

    def _set_testing(self, busy: bool) -> None:
        self.test_busy.set_busy(busy)
        self.test_button.setEnabled(self._ready and not busy)
        self.test_button.setText(self.tr("Testing…") if busy else self.tr("&Test connection"))

    @property
    def testing(self) -> bool:
        return self._tester.running

    def _tested(self, access: TokenAccess) -> None:
        self.test_result.setText(access_text(access))
        self.test_result.show()

    def _test_failed(self, error: BaseException) -> None:
        self.test_error.show_error(describe(error))

    # -- Save ------------------------------------------------------------------------------

    def save(self) -> None:
        """Validate every field, then save the profile (file, then keyring) in the background."""
        if self._saving.running or not self._ready:
            return
        if not self._validate(for_save=True):
            return
        from ..profile import Profile, save_profile

        name = self.name_edit.text().strip()
        language = self.language_combo.currentData() or DEFAULT_LANGUAGE
        url = self.url_edit.text().strip()
        token = self.token_field.text() or None
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

    def _saved(self, result: SaveResult) -> None:
        self.changed = True
        self.profiles = result.profile_set
        profile = self.profiles.active
        assert profile is not None  # save_profile(activate=True) made it the active one
        self._current = profile.name
        self._fill_selector(profile.name)
        self._dirty = False
        self.saved.emit(profile.name)
        if profile.language != i18n.current_language():
            # Every open window gets LanguageChange and retranslates itself at once.
            i18n.set_language(profile.language)
        if result.token_error is not None:
            self._stored_token_failed(result.token_error)
            self._set_problem(self.token_field.edit, self.token_error,
                              describe(result.token_error))
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
            for problem in error.problems:
                target = {"name": (self.name_edit, self.name_error),
                          "url": (self.url_edit, self.url_error),
                          "token": (self.token_field.edit, self.token_error)}.get(problem.field)
                if target is not None:
                    self._set_problem(target[0], target[1], problem_text(problem))
            self.summary.show_error(self.tr("The profile was not saved. Fix the marked "
                                            "fields, then save again."))
            return
        self.summary.show_error(describe(error))
        warn(self, self.tr("Profile not saved"), self.tr("Your profile could not be saved."),
             detail=describe(error))

    # -- closing ---------------------------------------------------------------------------

    def reject(self) -> None:
        self._cancel_test()  # its outcome would arrive for a closed dialog
        super().reject()


def _read_profiles(context: AppContext) -> tuple[ProfileSet, BaseException | None]:
    """The saved profiles (worker thread); a corrupt file is moved aside and reported."""
    from ..profile import ProfileFileCorrupt

    try:
        return context.store.load(), None
    except ProfileFileCorrupt as exc:
        return exc.profile_set, exc
