"""The Profile settings dialog's form: the profile selector with Add, Rename and Delete; the
profile name, UI language, server URL and API token, each with its label, inline error and
check; and the Test connection row. Filled from a profile, read back by the dialog, which
does all the work (reading, saving, testing): the form only shows.

The checks are the profile layer's and the domain's (``name_problem``,
``validate_server_url``, ``key_format_problem``); their problem codes become sentences in
``profile_texts``. Its texts are the dialog's (translation context ``ProfileDialog``).

A field IT's managed settings lock (DESIGN §13: ``LockServerUrl``, ``LockLanguage``) shows
IT's value read-only, in full contrast (a disabled look that still reads well), with "Set by
your organization" and an icon under it, and its tooltip says the same: :meth:`set_locked`.
:meth:`url` and :meth:`language` then answer IT's value, whatever the field shows.

A grid rather than a QFormLayout: QFormLayout over-reserves height for word-wrapped rows
(the inline messages). The messages are WrappedLabels (``widgets``), which reserve
room for every line of their text at the width of their grid column, so when one shows the
window grows to show it whole.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QSizePolicy,
    QStyle,
    QWidget,
)

from ..domain.errors import FieldProblem
from ..domain.keys import key_format_problem
from ..domain.languages import DEFAULT_LANGUAGE, LANGUAGES
from . import theme
from .i18n import translate
from .profile_texts import problem_text
from .text import fill
from .widgets import (
    BusyIndicator,
    PasswordField,
    WrappedLabel,
    colour_text,
    mark_invalid,
    plain_button,
    set_properties,
)

if TYPE_CHECKING:
    from ..profile import Profile

# The selector's item of a profile added in the dialog and not saved yet.
_NEW = None


class LockHint(QWidget):
    """"Set by your organization" with an information icon, under a field IT locked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.icon = QLabel(self)
        size = self.fontMetrics().height()
        self.icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(size, size))
        self.text = QLabel(self)
        set_properties(self.text, textFormat="PlainText")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.icon)
        # Not stretched (and not wrapped: a few words): in a right-to-left window the text
        # stays beside its icon, whatever the script of a not yet translated sentence.
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.hide()

    def set_texts(self, text: str, tooltip: str) -> None:
        self.text.setText(text)
        self.setToolTip(tooltip)
        self.setAccessibleName(text)


def read_only_look(field: QWidget) -> None:
    """Draw ``field`` as read-only but readable: the window's background (it takes no
    input), and, disabled, the enabled text colour (a greyed value is hard to read)."""
    def apply() -> None:
        palette = field.palette()
        base = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
        for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText,
                     QPalette.ColorRole.WindowText):
            palette.setColor(QPalette.ColorGroup.Disabled, role,
                             palette.color(QPalette.ColorGroup.Active, role))
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive,
                      QPalette.ColorGroup.Disabled):
            palette.setColor(group, QPalette.ColorRole.Base, base)
        field.setPalette(palette)

    theme.follow_palette(field, apply)

class ProfileForm(QWidget):
    """The profile selector, the fields of a profile and the Test connection row.
    ``taken(name)`` names another profile already called ``name`` (case aside), or None.

    ``edited`` fires on every change the user makes; ``server_edited`` when the URL or the
    token changed, so an earlier connection test no longer holds.
    """

    edited = Signal()
    server_edited = Signal()

    def __init__(self, taken: Callable[[str], str | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._taken = taken
        self.selector_label = QLabel(self)
        self.selector = QComboBox(self)
        self.selector.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.selector.setMinimumContentsLength(18)
        self.selector_label.setBuddy(self.selector)
        self.add_button = plain_button(parent=self)
        self.rename_button = plain_button(parent=self)
        self.delete_button = plain_button(parent=self)
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
        self.name_error = WrappedLabel(self, error=True)
        self.language_combo = QComboBox(self)
        for code, own_name in LANGUAGES.items():
            # Each language in its own name, never translated: a person finds theirs.
            self.language_combo.addItem(own_name, code)
        self.url_edit = QLineEdit(self)
        self.url_edit.setInputMethodHints(Qt.InputMethodHint.ImhUrlCharactersOnly)
        self.url_error = WrappedLabel(self, error=True)
        self.token_field = PasswordField(self)
        self.token_error = WrappedLabel(self, error=True)
        # Beside the token: the way to get one without pasting a key (DESIGN §13).
        self.enroll_button = plain_button(parent=self)
        self.enroll_button.setObjectName("enrollButton")
        token_row = QHBoxLayout()
        token_row.setContentsMargins(0, 0, 0, 0)
        token_row.setSpacing(6)
        token_row.addWidget(self.token_field, 1)
        token_row.addWidget(self.enroll_button)
        # "This PC is enrolled with <server>." once a code did it in this dialog.
        self.enrolled_note = WrappedLabel(self)
        self.enrolled_note.setObjectName("enrolledNote")
        set_properties(self.enrolled_note, textFormat="PlainText")
        colour_text(self.enrolled_note, theme.Tone.SUCCESS)
        self.enrolled_note.hide()
        self.url_lock = LockHint(self)
        self.language_lock = LockHint(self)
        self._locked_url: str | None = None
        self._locked_language: str | None = None
        self.name_label = QLabel(self)
        self.language_label = QLabel(self)
        self.url_label = QLabel(self)
        self.token_label = QLabel(self)
        self.name_label.setBuddy(self.name_edit)
        self.language_label.setBuddy(self.language_combo)
        self.url_label.setBuddy(self.url_edit)
        self.token_label.setBuddy(self.token_field.edit)
        self.test_button = plain_button(parent=self)
        self.test_busy = BusyIndicator(self)
        # A value a person may select and copy (the organization, the server), as a
        # ValueLabel is, but keeping room for all its lines.
        self.test_result = WrappedLabel(self)
        set_properties(self.test_result, textFormat="PlainText", alignment="AlignLeft|AlignTop",
                       textInteractionFlags="TextSelectableByMouse|TextSelectableByKeyboard")
        self.test_result.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.test_result.hide()
        self.test_error = WrappedLabel(self, error=True)
        test_row = QHBoxLayout()
        test_row.setContentsMargins(0, 0, 0, 0)
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_busy)
        test_row.addStretch(1)

        self.name_edit.textEdited.connect(self._name_edited)
        self.language_combo.currentIndexChanged.connect(lambda _index: self.edited.emit())
        self.url_edit.textEdited.connect(self._url_edited)
        self.url_edit.editingFinished.connect(self._url_finished)
        self.token_field.textEdited.connect(self._token_edited)
        self.token_field.edit.editingFinished.connect(self._token_finished)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        grid.setColumnStretch(1, 1)
        # The profile selector shares the label column, so every field lines up.
        rows: list[tuple[QWidget | None, QWidget | QLayout]] = [
            (self.selector_label, selector_row),
            (None, rule),
            (self.name_label, self.name_edit),
            (None, self.name_error),
            (self.language_label, self.language_combo),
            (None, self.language_lock),
            (self.url_label, self.url_edit),
            (None, self.url_lock),
            (None, self.url_error),
            (self.token_label, token_row),
            (None, self.token_error),
            (None, self.enrolled_note),
            (None, test_row),
            (None, self.test_result),
            (None, self.test_error),
        ]
        for row, (label, field) in enumerate(rows):
            if label is not None:
                grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignLeft
                               | Qt.AlignmentFlag.AlignVCenter)
            if isinstance(field, QLayout):
                grid.addLayout(field, row, 1)
            elif field is rule:
                grid.addWidget(field, row, 0, 1, 2)
            else:
                grid.addWidget(field, row, 1)

        # Tab order follows what the eye reads: top to bottom, left to right (the dialog
        # puts its buttons after the Test connection button).
        chain = [self.selector, self.add_button, self.rename_button, self.delete_button,
                 self.name_edit, self.language_combo, self.url_edit, self.token_field.edit,
                 self.token_field.toggle, self.enroll_button, self.test_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def retranslate(self) -> None:
        self.selector_label.setText(translate("ProfileDialog", "&Profile:"))
        self.selector.setAccessibleName(translate("ProfileDialog", "Profile"))
        self.add_button.setText(translate("ProfileDialog", "&Add…"))
        self.add_button.setAccessibleName(translate("ProfileDialog", "Add a profile"))
        self.rename_button.setText(translate("ProfileDialog", "&Rename…"))
        self.rename_button.setAccessibleName(translate("ProfileDialog", "Rename this profile"))
        self.delete_button.setText(translate("ProfileDialog", "&Delete…"))
        self.delete_button.setAccessibleName(translate("ProfileDialog", "Delete this profile"))
        self._retranslate_selector()
        self.name_label.setText(translate("ProfileDialog", "&Name:"))
        self.name_edit.setAccessibleName(translate("ProfileDialog", "Profile name"))
        self.name_edit.setPlaceholderText(translate("ProfileDialog", "For example: Work"))
        self.language_label.setText(translate("ProfileDialog", "&Language:"))
        self.language_combo.setAccessibleName(translate("ProfileDialog", "Language"))
        self.url_label.setText(translate("ProfileDialog", "Server &URL:"))
        self.url_edit.setAccessibleName(translate("ProfileDialog", "Server URL"))
        self.url_edit.setPlaceholderText("https://compliance.example.com")
        self.token_label.setText(translate("ProfileDialog", "API to&ken:"))
        self.token_field.setAccessibleName(translate("ProfileDialog", "API token"))
        self.test_button.setText(translate("ProfileDialog", "&Test connection"))
        self.test_button.setAccessibleName(translate("ProfileDialog", "Test connection"))
        self.test_busy.setAccessibleName(translate("ProfileDialog", "Testing the connection"))
        self.enroll_button.setText(translate("ProfileDialog", "Enr&oll with a code…"))
        self.enroll_button.setAccessibleName(translate("ProfileDialog", "Enroll with a code"))
        self.enroll_button.setToolTip(translate(
            "ProfileDialog", "Get this PC's API token with the enrollment code your "
                             "administrator gave you, instead of pasting a token"))
        self._retranslate_locks()

    def _retranslate_locks(self) -> None:
        text = translate("ProfileDialog", "Set by your organization")
        tooltip = translate("ProfileDialog", "Your organization set this value for this PC; "
                                             "it cannot be changed here.")
        for hint, field, locked in ((self.url_lock, self.url_edit, self._locked_url),
                                    (self.language_lock, self.language_combo,
                                     self._locked_language)):
            hint.set_texts(text, tooltip)
            field.setToolTip(tooltip if locked is not None else "")
            field.setAccessibleDescription(text if locked is not None else "")

    # -- IT's locks ------------------------------------------------------------------------

    def set_locked(self, *, url: str | None, language: str | None) -> None:
        """Lock the server URL and the language to IT's values (None: not locked). Set once,
        when the dialog has read the managed settings: they do not change during a run."""
        self._locked_url, self._locked_language = url, language
        if url is not None:
            self.url_edit.setReadOnly(True)
            self.url_edit.setText(url)
            read_only_look(self.url_edit)
        if language is not None:
            self._select_language(language)
            self.language_combo.setEnabled(False)
            read_only_look(self.language_combo)
        self.url_lock.setVisible(url is not None)
        self.language_lock.setVisible(language is not None)
        self._retranslate_locks()

    def locked(self, field: str) -> bool:
        """Whether ``field`` ("url", "language") is IT's."""
        return (self._locked_url if field == "url" else self._locked_language) is not None

    def _select_language(self, code: str) -> None:
        index = self.language_combo.findData(code)
        if index < 0:
            index = self.language_combo.findData(DEFAULT_LANGUAGE)
        self.language_combo.setCurrentIndex(index)

    def show_enrolled(self, server: str | None) -> None:
        """Say "This PC is enrolled with ``server``." under the token (None: nothing)."""
        self.enrolled_note.show_text(
            fill(translate("ProfileDialog", "This PC is enrolled with %1."), server)
            if server else None)

    def _retranslate_selector(self) -> None:
        for i in range(self.selector.count()):
            if self.selector.itemData(i) is _NEW:
                self.selector.setItemText(i, translate("ProfileDialog", "(new profile)"))

    def show_token_state(self, *, checking: bool, stored: bool | None) -> None:
        """Say in the empty token field whether a token is stored (None: not known)."""
        if self.token_field.text():
            return
        if checking:
            text = translate("ProfileDialog", "Checking the keyring…")
        elif stored:
            text = translate("ProfileDialog", "A token is stored")
        else:
            text = translate("ProfileDialog", "Paste the API token (cct_…)")
        self.token_field.setPlaceholderText(text)
        self.token_field.edit.setToolTip(
            translate("ProfileDialog",
                      "Leave the field empty to keep the stored token, or paste a new one to "
                      "replace it.") if stored else "")

    def show_testing(self, busy: bool, *, enabled: bool) -> None:
        """The Test connection button's look while a test runs (``busy``) or not."""
        self.test_busy.set_busy(busy)
        self.test_button.setEnabled(enabled)
        self.test_button.setText(translate("ProfileDialog", "Testing…") if busy
                                 else translate("ProfileDialog", "&Test connection"))

    def show_test(self, *, result: str | None = None, error: str | None = None) -> None:
        """Show a connection test's outcome; neither: none (forget the last one)."""
        if result:
            self.test_result.setText(result)
        self.test_result.setVisible(bool(result))
        self.test_error.show_text(error)

    # -- filling and reading ---------------------------------------------------------------

    def show_profiles(self, names: Iterable[str], select: str | None, *,
                      with_new: bool) -> None:
        """List ``names`` in the selector, with "(new profile)" last when ``with_new``, and
        choose ``select`` (None: the new one)."""
        self.selector.clear()
        for name in names:
            self.selector.addItem(name, name)
        if with_new:
            self.selector.addItem("", _NEW)
        self._retranslate_selector()
        self.select(select)

    def select(self, name: str | None) -> None:
        """Choose ``name`` in the selector (None: the new profile; the first if missing)."""
        for i in range(self.selector.count()):
            data = self.selector.itemData(i)
            if data is _NEW if name is None else data == name:
                self.selector.setCurrentIndex(i)
                return
        self.selector.setCurrentIndex(0)

    def show_profile(self, profile: Profile | None, language: str) -> None:
        """Put ``profile``'s values into the fields (None: empty ones, in ``language``), the
        token field empty and no field marked."""
        self.name_edit.setText(profile.name if profile else "")
        self._select_language(self._locked_language
                              or (profile.language if profile else language))
        self.url_edit.setText(self._locked_url or (profile.url if profile else ""))
        self.token_field.clear()
        self.show_enrolled(None)

    def prefill(self, *, name: str | None = None, url: str | None = None,
                language: str | None = None) -> None:
        """Start a new profile with IT's values (``ManagedSettings.new_profile_fields``);
        a locked field keeps IT's value anyway."""
        if name:
            self.name_edit.setText(name)
        if url and self._locked_url is None:
            self.url_edit.setText(url)
        if language and self._locked_language is None:
            self._select_language(language)

    def name(self) -> str:
        return self.name_edit.text().strip()

    def language(self) -> str:
        if self._locked_language is not None:
            return self._locked_language  # never anything else while IT locks it
        return str(self.language_combo.currentData() or DEFAULT_LANGUAGE)

    def url(self) -> str:
        if self._locked_url is not None:
            return self._locked_url
        return self.url_edit.text().strip()

    def token(self) -> str | None:
        """The token typed in, or None to keep the stored one."""
        return self.token_field.text() or None

    # -- live feedback ---------------------------------------------------------------------

    def rename(self, name: str) -> None:
        """Put ``name`` into the Name field as if typed (an edit), check and focus it."""
        self.name_edit.setText(name)
        self.edited.emit()
        self.check_name()
        self.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _name_edited(self, _text: str) -> None:
        self.edited.emit()
        if self.name_edit.property("invalid"):
            self.check_name()

    def _url_edited(self, _text: str) -> None:
        self.edited.emit()
        self.server_edited.emit()
        if self.url_edit.property("invalid"):
            self.check_url()

    def _url_finished(self) -> None:
        if self.url_edit.text().strip():
            self.check_url()

    def _token_edited(self, _text: str) -> None:
        self.edited.emit()
        self.server_edited.emit()
        if self.token_field.edit.property("invalid"):
            self.check_token()

    def _token_finished(self) -> None:
        if self.token_field.text():
            self.check_token()

    # -- checks and problems ---------------------------------------------------------------

    def _fields(self) -> dict[str, tuple[QWidget, WrappedLabel]]:
        return {"name": (self.name_edit, self.name_error),
                "url": (self.url_edit, self.url_error),
                "token": (self.token_field.edit, self.token_error)}

    def set_problem(self, field: str, text: str | None) -> bool:
        """Mark ``field`` ("name", "url", "token") with ``text`` (None: clear it); True when
        there is no problem."""
        widget, label = self._fields()[field]
        mark_invalid(widget, bool(text))
        label.show_text(text)
        # A locked field's description says whose value it is once it has no problem.
        locked = field == "url" and self._locked_url is not None
        widget.setAccessibleDescription(
            text or (translate("ProfileDialog", "Set by your organization") if locked else ""))
        return text is None

    def show_problems(self, problems: Iterable[FieldProblem]) -> None:
        """Put each problem that belongs to a field on it."""
        for problem in problems:
            if problem.field in self._fields():
                self.set_problem(problem.field, problem_text(problem))

    def clear_problems(self) -> None:
        for field in self._fields():
            self.set_problem(field, None)

    def check_name(self) -> bool:
        from ..profile.profiles import name_problem

        name = self.name()
        problem = name_problem(name)
        if problem is None:
            other = self._taken(name) if name else None
            if other is not None:
                problem = FieldProblem("name", "name_taken", "", name=other)
        return self.set_problem("name", problem_text(problem) if problem else None)

    def check_url(self) -> bool:
        from ..profile import validate_server_url

        problem = validate_server_url(self.url_edit.text())
        return self.set_problem("url", problem_text(problem) if problem else None)

    def check_token(self, *, required: bool = False) -> bool:
        """The offline format and checksum check (DESIGN §6); nothing is sent. An empty
        field keeps the stored token and is fine unless ``required``."""
        token = self.token_field.text()
        if not token and not required:
            return self.set_problem("token", None)
        code = key_format_problem(token)
        return self.set_problem(
            "token", problem_text(FieldProblem("token", code, "")) if code else None)

    def validate(self, *, with_name: bool, token_required: bool) -> int:
        """Check the fields (the name only ``with_name``), mark the bad ones and focus the
        first; returns how many are bad."""
        checks = []
        if with_name:
            checks.append((self.check_name(), self.name_edit))
        checks.append((self.check_url(), self.url_edit))
        checks.append((self.check_token(required=token_required), self.token_field.edit))
        bad = [widget for ok, widget in checks if not ok]
        if bad:
            bad[0].setFocus(Qt.FocusReason.OtherFocusReason)
        return len(bad)
