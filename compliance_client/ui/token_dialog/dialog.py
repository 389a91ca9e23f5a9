"""Add / Edit an API token.

Every field is checked in place by the domain's rules (the same code the server runs):
IP lines as they are typed, everything else with ``validate_token_fields`` before anything
is sent. A live line under the form says what the token will be able to do. The server's
own 422 field messages land on the same fields.

The expiry is a preset, a date or "Never", as the token policy allows (ARCHITECTURE §11).
The policy is read in the background when the signed-in token may read it; until then, or
when it cannot be, every choice is offered with the built-in default lifetime, and the
server's own check (422 ``policy_violation``) lands on the fields it names. What the policy
forbids is shown on its field before anything is sent, as the server checks it: all of it
for a new token, for an edit only the rules of the fields it changes.

The devices the token is bound to (DESIGN §9) are picked from the organization's devices,
listed in the background when the dialog opens; until they are listed, or when they cannot
be, the binding is shown as it is and saving leaves it so.

Editing uses the token's ETag. When someone else changed the token meanwhile (412), the
dialog keeps what the user typed and offers Reload: the server's current values then show
under each field that differs, and only a second, deliberate Save replaces them.

Esc, Cancel and the close button ask before throwing changed input away. The form scrolls
when the screen has less room than it takes (200 % scale on a small screen); the buttons stay
in view below it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain.catalogue import Endpoint
from ...domain.errors import PolicyViolation, ValidationError
from ...domain.lifecycle import TokenPolicy
from ...domain.policy import Policy
from ...domain.records import Device
from ...domain.tokens import (
    DEFAULT_VALID_DAYS,
    LIST_FIELDS,
    SCOPE_ORGANIZATION,
    TEXT_FIELDS,
    Token,
    end_of_day,
    validate_token_fields,
)
from ..errors import describe
from ..key_dialog import CLIPBOARD_CLEAR_MS, KeyDialog, regenerate_key
from ..messages import ask, inform
from ..tasks import Busy, Task
from ..text import datetime_text, fill, local_date, user_zone
from ..theme import Tone
from ..widgets import (
    BORDER_ALLOWANCE,
    TITLE_BAR_ALLOWANCE,
    BusyIndicator,
    ButtonBox,
    EditDialog,
    WrappedLabel,
)
from .access_summary import summarize
from .conflict import ConflictBanner, differing_fields, server_value_text
from .device_picker import ListState
from .fields import NotePanel, normalize_or_keep, same
from .form import TokenForm
from .problem_texts import foreign_devices_text
from .summary_box import AccessSummaryBox

if TYPE_CHECKING:
    from ...domain.tokens import IssuedToken
    from ...service.client import VersionedToken
    from ..session import Session

UNBOUNDED = QSize(16_777_215, 16_777_215)  # QWIDGETSIZE_MAX


class FormScroll(QScrollArea):
    """The form's scroll area: exactly as large as the form while ``room`` allows (so at
    100 % the dialog looks as if there were none), at most ``room`` beyond, where it scrolls.

    Its size hints are the form's own, bounded: the dialog's layout (minimum-size constraint)
    then grows the window when error lines or server values appear, up to the screen.
    """

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.room = UNBOUNDED
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its fields take focus, not it
        self.setWidgetResizable(True)
        self.setWidget(content)
        content.installEventFilter(self)

    def minimumSizeHint(self) -> QSize:
        content = self.content
        margins = self.contentsMargins()
        whole = content.minimumSizeHint().expandedTo(content.minimumSize()) + QSize(
            margins.left() + margins.right(), margins.top() + margins.bottom())
        if whole.height() > self.room.height():  # it will scroll: room for the bar too
            whole.setWidth(whole.width() + self.verticalScrollBar().sizeHint().width())
        return whole.boundedTo(self.room)

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.content and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the form's size changed: the dialog's layout follows
        return super().eventFilter(watched, event)


class TokenDialog(EditDialog):
    """Add a token (``token`` None) or edit one. ``token_saved(Token)`` after every change;
    ``token_reloaded(Token)`` with the server's current token whenever the dialog learns it
    after a conflicting edit (412), so the grid can show that row as it now is.

    ``tz`` is the user's zone for the expire date (the system's by default);
    ``clear_after_ms`` goes to the key dialog's clipboard timer.
    """

    token_saved = Signal(object)
    token_reloaded = Signal(object)

    #: The form is an enrollment code's template (``EnrollmentDialog``, DESIGN §13).
    template = False

    def __init__(
        self,
        session: Session,
        token: Token | None = None,
        *,
        tz: tzinfo | None = None,
        clear_after_ms: int = CLIPBOARD_CLEAR_MS,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("tokenDialog")
        self.session = session
        self.token_id: int | None = token.id if token is not None else None
        self.saved_token: Token | None = None
        self._original: Token | None = token  # the server's values the edit started from
        self._etag: str | None = None
        self._tz = tz
        self._clear_after_ms = clear_after_ms
        self._loaded = token is None
        # One piece of work at a time (see _working); each kind has its own busy look.
        run = session.run
        self._loading = Busy(self, self._show_loading, self._show_error, runner=run)
        self._saving = Busy(self, self._show_saving, self._save_failed, runner=run)
        self._reloading = Busy(self, self._show_reloading, self._show_error, runner=run)
        self._regenerating = Busy(self, self._show_regenerating, self._show_error, runner=run)
        self._all_work = (self._loading, self._saving, self._reloading, self._regenerating)

        # The built-in defaults until the server's policy arrives (load_policy).
        self.policy = TokenPolicy(default_lifetime_days=DEFAULT_VALID_DAYS)
        self.policy_known = False
        self._policy_task: Task | None = None
        self._refused_fields: set[str] = set()  # named by the server's policy_violation

        self.form = TokenForm(editing=token is not None, today=self._today,
                              days_ahead=self.days_ahead, parent=self, template=self.template)
        form = self.form
        self.fields, self.labels = form.fields, form.labels
        self.token_name_edit = form.token_name_edit
        self.owner_edit, self.description_edit = form.owner_edit, form.description_edit
        self.name_edit, self.org_id_edit = form.name_edit, form.org_id_edit
        self.scope_combo = form.scope_combo
        self.key_label, self.regenerate_button = form.key_label, form.regenerate_button
        self.regenerate_button.clicked.connect(self.regenerate)
        self.allowed_endpoints = form.allowed_endpoints
        self.blocked_endpoints = form.blocked_endpoints
        self.allowed_ips, self.blocked_ips = form.allowed_ips, form.blocked_ips
        self.expiry = form.expiry
        self.expiry_choice, self.expires_edit = form.expiry_choice, form.expires_edit
        self.never_warning = form.never_warning
        self.device_field, self.devices = form.device_field, form.devices
        self._devices_task: Task | None = None

        # the note on the token this app is signed in with
        self.own_note = NotePanel(self, Tone.SUCCESS)  # the grid's "You" badge is green too
        self.own_note.setObjectName("ownTokenNote")
        self.own_note_label = self.own_note.label
        self.own_note_label.setObjectName("ownTokenText")
        self.own_note.setVisible(self.is_own_token())

        # suspended, or a replaced key still working: said, not edited here
        self.lifecycle_note = NotePanel(self, Tone.WARNING)
        self.lifecycle_note.setObjectName("lifecycleNote")
        self.lifecycle_label = self.lifecycle_note.label
        self.lifecycle_label.setObjectName("lifecycleText")
        self.lifecycle_note.hide()
        self._lifecycle_token: Token | None = None

        # banner for a conflicting edit
        self.banner = ConflictBanner(self)
        self.banner_label = self.banner.label
        self.reload_button = self.banner.reload_button
        self.reload_button.clicked.connect(self.reload_from_server)
        self.use_server_button = self.banner.use_server_button
        self.use_server_button.clicked.connect(self.use_server_values)

        # the live summary of what the token may do
        self.summary_box = AccessSummaryBox(self)
        self.summary_label = self.summary_box.label
        self.summary_warnings = self.summary_box.warnings

        self.general_error = WrappedLabel(self, error=True)
        self.general_error.setObjectName("generalError")
        self.busy = BusyIndicator(self)
        self.buttons = ButtonBox(self, self._retranslate_buttons)
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        # Tab in reading order, set in one pass over every control: the banner's buttons,
        # the form's (Regenerate after its fields), Save, Cancel.
        chain = [self.reload_button, self.use_server_button, *form.tab_chain,
                 self.save_button, self.cancel_button]
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)
        self.bottom = QHBoxLayout()
        self.bottom.addWidget(self.busy)
        self.bottom.addStretch(1)
        self.bottom.addWidget(self.buttons)

        content = QWidget(self)
        content.setObjectName("tokenForm")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.own_note)
        column.addWidget(self.lifecycle_note)
        column.addWidget(self.banner)
        column.addWidget(self.form)
        column.addSpacing(4)
        column.addWidget(self.summary_box)
        column.addWidget(self.general_error)
        column.addStretch(1)

        self.scroll_area = FormScroll(content, self)

        layout = QVBoxLayout(self)
        # Grow the window when error lines or server values appear, rather than squeeze them
        # (up to the screen: see fit_to_screen).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(self.bottom)

        # live updates
        self._summary_timer = QTimer(self)
        self._summary_timer.setSingleShot(True)
        self._summary_timer.setInterval(120)
        self._summary_timer.timeout.connect(self.update_summary)
        self.form.changed.connect(self._summary_timer.start)
        self.session.state_changed.connect(self._show_scope_choice)
        self.session.state_changed.connect(self._access_changed)

        # the form as last filled (see has_changes)
        self._unchanged: tuple[object, ...] = ()
        self._unchanged_expiry: tuple[object, ...] = ()
        self._follows_screen = False
        self.retranslate()
        self._fill(token)
        self._show_scope_choice()
        self.fit_to_screen()
        self.session.run(
            self, lambda c: c.endpoints(), self._catalogue_arrived, lambda _e: None
        )  # the built-in catalogue stays if this fails
        self.load_devices()
        self.load_policy()
        if token is not None:
            self._loading.run(lambda c: c.get_token(token.id), self._loaded_from_server)
        else:  # the first field, not whichever widget Qt's focus chain offers first
            self.token_name_edit.setFocus()

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        editing = self.token_id is not None
        self.setWindowTitle(self.tr("Edit API token") if editing else self.tr("Add API token"))
        self.form.retranslate()
        self.own_note_label.setText(
            self.tr(
                "This is the token you are signed in with. Restricting it or regenerating "
                "its key affects this app too."
            )
        )
        self._retranslate_buttons()
        if self._original is not None:
            self.form.show_key(self._original)
        self._show_lifecycle()
        self.banner.retranslate()
        self.update_summary()

    def _retranslate_buttons(self) -> None:
        # ButtonBox calls this again after Qt has put its own texts back on a language switch
        self.save_button.setText(self.tr("&Save"))
        self.cancel_button.setText(self.tr("&Cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        handle = self.windowHandle()
        if handle is not None and not self._follows_screen:
            # moved to another screen (a laptop's 200 % one, say): fit that one
            handle.screenChanged.connect(lambda _screen: self.fit_to_screen())
            self._follows_screen = True
        self.fit_to_screen()
        QTimer.singleShot(0, self.tidy_height)

    # -- size: the form as it is, the window within the screen ------------------------------

    def available_area(self) -> QRect:
        """The free area of the screen the dialog is on (without task bars)."""
        return self.screen().availableGeometry()

    def fit_to_screen(self) -> None:
        """Keep the window within the screen's free area, less a title bar and borders; the
        form scrolls in what is left beside the margins and the buttons."""
        area = self.available_area()
        most = QSize(area.width() - 2 * BORDER_ALLOWANCE,
                     area.height() - TITLE_BAR_ALLOWANCE - BORDER_ALLOWANCE)
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        self.scroll_area.room = QSize(
            most.width() - margins.left() - margins.right(),
            most.height() - margins.top() - margins.bottom() - layout.spacing()
            - self.bottom.sizeHint().height())
        self.setMaximumSize(most)
        self.scroll_area.updateGeometry()
        layout.activate()

    def tidy_height(self) -> None:
        """Drop the room texts measured before the first layout asked for (once shown)."""
        layout = self.layout()
        if layout is None:
            return
        layout.activate()
        self.resize(self.width(), layout.minimumSize().height())

    def reveal(self, widget: QWidget) -> None:
        """Scroll ``widget`` into view once the layout has placed it (a line just shown)."""
        QTimer.singleShot(0, self, lambda: self.scroll_area.ensureWidgetVisible(widget))

    # -- scope and the signed-in token -------------------------------------------------------

    def is_own_token(self) -> bool:
        """Whether the token being edited is the one this app is signed in with."""
        access = self.session.access
        return (self.token_id is not None and access is not None
                and access.token.id == self.token_id)

    def scope_choice_shown(self) -> bool:
        """Only a caller whose own token is global may choose a token's scope (DESIGN §8)."""
        access = self.session.access
        return access is not None and access.token.is_global

    def _show_scope_choice(self) -> None:
        shown = self.scope_choice_shown()
        self.form.show_scope_row(shown)
        self.own_note.setVisible(self.is_own_token())
        if self.isVisible():
            QTimer.singleShot(0, self.tidy_height)

    def scope_value(self) -> str:
        """The scope the form means: the choice when shown, else the token's own (an edit
        never changes it), else "organization" (a new token)."""
        if self.scope_choice_shown():
            return str(self.scope_combo.currentData())
        original = self._original
        return original.scope if original is not None else SCOPE_ORGANIZATION

    # -- filling and reading the form ------------------------------------------------------

    def _today(self) -> date:
        return datetime.now(self._tz).date() if self._tz else date.today()

    def _end_of(self, day: date) -> datetime:
        return end_of_day(day, self._tz or user_zone(day))

    def days_ahead(self, days: int) -> date:
        """The expire date ``days`` from today that the policy allows: the end of the day
        ``max_lifetime_days`` ahead lies later than now plus that many days, so a preset as
        long as the limit takes the day before (as the command line's default does)."""
        day = self._today() + timedelta(days=days)
        latest = self.policy.latest_expiry(datetime.now(UTC))
        if latest is not None and self._end_of(day) > latest:
            day -= timedelta(days=1)
        return day

    def _fill(self, token: Token | None) -> None:
        self._offer_expiry()
        self.form.fill(token, self._tz, self.policy.default_lifetime_days)
        self._unchanged = self.form.state()
        self._unchanged_expiry = self.expiry.state()
        self._show_lifecycle(token)
        self.update_summary()

    def has_changes(self) -> bool:
        """Whether the user changed anything since the form was last filled (a value
        changed back by hand is no change)."""
        return (self.form.state() != self._unchanged
                or self.expiry.state() != self._unchanged_expiry)

    def _show_lifecycle(self, token: Token | None = None) -> None:
        """The note on a suspended token and on a replaced key that still works: ``token``
        as the server last said it is (by default the one the edit is based on)."""
        if token is not None:
            self._lifecycle_token = token
        token = self._lifecycle_token
        lines = []
        if token is not None and token.is_leaked:
            lines.append(self.tr(
                "This token is suspended: its key was reported as leaked. Regenerate the key "
                "before anyone resumes it."))
        elif token is not None and token.is_suspended:
            lines.append(self.tr(
                "This token is suspended: the server refuses its key until it is resumed."))
        if token is not None and token.previous_key_works():
            assert token.previous_key_expires_at is not None
            lines.append(fill(self.tr("The previous key still works until %1."),
                              datetime_text(token.previous_key_expires_at)))
        self.lifecycle_label.setText("\n".join(lines))
        self.lifecycle_note.setVisible(bool(lines))

    def expiry_value(self) -> datetime | None:
        """The instant the form means: the last second of the picked day in the user's zone
        (DESIGN §5); an untouched date keeps the stored instant exactly. None for "Never
        expires", and while the date typed cannot be read (``validate`` then refuses)."""
        day = self.form.picked_day()
        if day is None:
            return None
        original = self._original
        if (
            original is not None
            and original.expires_at is not None
            and local_date(original.expires_at, self._tz) == day
        ):
            return original.expires_at
        return self._end_of(day)

    def values(self) -> dict[str, Any]:
        """The form as the domain's editable fields (not yet validated)."""
        return self.form.values(expires_at=self.expiry_value(), scope=self.scope_value())

    # -- live feedback ---------------------------------------------------------------------

    def update_summary(self) -> None:
        """The effective-access line and its warnings, from what the form holds now."""
        self._summary_timer.stop()
        access = self.session.access
        bound_devices, devices = self.summary_devices()
        self.summary_box.show_summary(summarize(
            allowed_endpoints=self.allowed_endpoints.selected(),
            blocked_endpoints=self.blocked_endpoints.selected(),
            allowed_ips=self.allowed_ips.valid_entries(),
            blocked_ips=self.blocked_ips.valid_entries(),
            expires_at=self.expiry_value(),
            expiry_known=self.form.expiry_problem() is None,
            scope=self.scope_value(),
            caller=Policy.of(access.token) if access is not None else None,
            bound_devices=bound_devices,
            devices=devices,
        ))

    def summary_devices(self) -> tuple[list[str], list[Device] | None]:
        """The devices the summary names (bound ones, by ID) and the organization's devices
        it knows them from (None while not listed)."""
        return self.devices.selected(), self.devices.organization_devices()

    # -- loading (edit) --------------------------------------------------------------------

    def _working(self) -> bool:
        return any(work.running for work in self._all_work)

    def _show_error(self, error: BaseException) -> None:
        self.general_error.show_text(describe(error))
        self.reveal(self.general_error)

    def _show_loading(self, loading: bool) -> None:
        """The form waits while the token is read, and opens only once it has been read
        (a failed read leaves it shut)."""
        if loading:
            self._enable_form(False)
        self.busy.set_busy(loading)

    def _enable_form(self, enabled: bool) -> None:
        self.form.set_loading(not enabled)
        self.save_button.setEnabled(enabled)

    def _loaded_from_server(self, versioned: VersionedToken) -> None:
        self._etag = versioned.etag
        self._original = versioned.token
        self._loaded = True
        self._fill(versioned.token)
        self._enable_form(True)
        self.token_name_edit.setFocus()

    def _catalogue_arrived(self, endpoints: Sequence[Endpoint]) -> None:
        if endpoints:
            self.allowed_endpoints.set_catalogue(endpoints)
            self.blocked_endpoints.set_catalogue(endpoints)

    # -- the token policy ------------------------------------------------------------------

    def load_policy(self) -> None:
        """Read the token policy in the background (``policy.read``), if the signed-in token
        may; the form is usable meanwhile with the built-in defaults."""
        if self._policy_task is not None or self.session.access is None:
            return  # asked already, or waiting to learn what the token may do (_access_changed)
        if not self.session.may("policy.read"):
            return  # every choice stays offered; the server's 422 names what it forbids
        self._policy_task = self.session.run(
            self, lambda c: c.get_policy(), self._policy_arrived, self._policy_failed)

    def _policy_failed(self, _error: BaseException) -> None:
        self._policy_task = None  # the defaults stay: the server still checks on save

    def _offer_expiry(self) -> bool:
        """Offer the expiry choices the policy allows; "Never" also while editing a token
        that never expires (it may stay so: only a change of expiry is checked). Returns
        whether the current choice is still offered."""
        original = self._original if self.token_id is not None else None
        never = self.policy.allows_never or (original is not None
                                             and original.expires_at is None)
        return self.expiry.offer(self.policy.preset_days(), never)

    def _policy_arrived(self, policy: TokenPolicy) -> None:
        self._policy_task = None
        self.policy, self.policy_known = policy, True
        forbidden = self.policy_problems()  # judged on the values before the choices change
        untouched = self.expiry.state() == self._unchanged_expiry
        kept = self._offer_expiry()
        if self.token_id is None and untouched:
            # Nobody picked an expiry yet: the policy's default lifetime is the preset.
            self.expiry.show_default(policy.default_lifetime_days)
            self._unchanged_expiry = self.expiry.state()
        shown = set(self._refused_fields) | ({"expires_at"} if not kept else set())
        for name in shown & set(forbidden):
            # the server's English (or the pick no longer offered) said in the user's words
            self.fields[name].show_error(forbidden[name])
        self._refused_fields = set()
        self.update_summary()

    def policy_problems(self) -> dict[str, str]:
        """What the token policy forbids in the form's values, in the user's language: for
        a new token every rule, for an edit only the rules of the fields it changes (the
        server's way, ARCHITECTURE §11: older tokens stay editable in other ways)."""
        original = self._original if self.token_id is not None else None
        expires_at = self.expiry_value()
        allowed = self.allowed_ips.raw_entries()
        readable = self.form.expiry_problem() is None
        try:
            self.policy.check(
                expires_at=expires_at, allowed_ips=allowed, now=datetime.now(UTC),
                check_expiry=readable and (original is None
                                           or not same(expires_at, original.expires_at)),
                check_ips=original is None or not same(
                    [normalize_or_keep(e) for e in allowed], original.allowed_ips))
        except PolicyViolation as exc:
            return self.form.problem_messages(exc.problems)
        return {}

    # -- the organization's devices --------------------------------------------------------

    def load_devices(self) -> None:
        """List the devices to bind the token to (``devices.list``), or say why they are not
        listed: a caller who may not list them sees the binding as it is."""
        if self._devices_task is not None:
            self._devices_task.cancel()
            self._devices_task = None
        if self.session.access is None:
            # What the signed-in token may do is not known yet: wait for the session
            # (_access_changed) rather than call the binding read-only.
            self.device_field.loading()
            return
        if not self.session.may("devices.list"):
            self.device_field.read_only()
            return
        self.device_field.loading()
        self._devices_task = self.session.run(
            self, lambda c: c.list_devices(), self._devices_listed, self._devices_failed)

    def _access_changed(self) -> None:
        """The session learnt (again) what the signed-in token may do: devices waiting for
        that, or read-only under a token that may now list them, are listed."""
        if not self.policy_known:
            self.load_policy()
        state = self.device_field.state
        if self._devices_task is None and (
                state == ListState.LOADING
                or (state == ListState.READ_ONLY and self.session.may("devices.list"))):
            self.load_devices()

    def _devices_listed(self, devices: Sequence[Device]) -> None:
        self._devices_task = None
        self.device_field.listed(devices)
        self.update_summary()

    def _devices_failed(self, error: BaseException) -> None:
        self._devices_task = None
        if self.device_field.state == ListState.READY:
            return  # a refresh after a refused save: the list shown stays usable
        self.device_field.failed(describe(error))
        self.update_summary()

    def binding_changed(self) -> bool:
        """Whether the devices ticked differ from the token's (a new token: any ticked)."""
        original = self._original if self.token_id is not None else None
        before = set(original.bound_devices) if original is not None else set()
        return set(self.devices.selected()) != before

    def _server_devices_problem(self, text: str) -> str:
        """The server refused a device (422 on ``bound_devices``): name the devices its
        English text names, in the user's language, and list the devices again so that
        one deleted meanwhile shows as such."""
        named = [d for d in self.devices.selected()
                 if re.search(rf"(?<![\w.:-]){re.escape(d)}(?![\w.:-])", text)]
        if self.session.may("devices.list") and self._devices_task is None:
            self._devices_task = self.session.run(
                self, lambda c: c.list_devices(), self._devices_listed, self._devices_failed)
        return foreign_devices_text(named, self.org_id_edit.text().strip())

    # -- saving ----------------------------------------------------------------------------

    def clear_problems(self) -> None:
        self.form.clear_problems()
        self.general_error.show_text(None)

    def show_problems(self, problems: dict[str, str]) -> None:
        """Put each message on its field; messages for unknown fields go under the form."""
        stray = self.form.show_problems(problems)
        if stray:
            self.general_error.show_text("\n".join(stray))
        shown = self.focusWidget() if not stray else self.general_error
        if shown is not None:
            self.reveal(shown)

    def validate(self) -> dict[str, Any] | None:
        """The cleaned fields, or None with every problem shown on its field (a date that
        cannot be read among them: it is never saved as some other date, nor as none)."""
        self.allowed_ips.check()
        self.blocked_ips.check()
        self.clear_problems()
        unread = self.form.expiry_problem()
        original = self._original if self.token_id is not None else None
        expiry_is_new = original is None or not same(self.expiry_value(), original.expires_at)
        problems: dict[str, str] = {}
        try:
            cleaned = validate_token_fields(
                self.values(), now=datetime.now(UTC),
                check_expiry=expiry_is_new and unread is None,
            )
        except ValidationError as exc:
            problems = self.form.problem_messages(exc.problems)
        if unread is not None:
            problems["expires_at"] = unread
        for name, text in (*self.policy_problems().items(), *self.more_problems().items()):
            problems.setdefault(name, text)  # a field's own problem is the one to fix first
        misplaced = self.devices.misplaced()
        if misplaced and self.binding_changed() and "bound_devices" not in problems:
            # A binding the user leaves as it is stays (the server accepts it unchanged); a
            # new one is checked here rather than refused by the server.
            problems["bound_devices"] = foreign_devices_text(
                misplaced, self.org_id_edit.text().strip())
        if problems:
            self.show_problems(problems)
            return None
        return cleaned

    def more_problems(self) -> dict[str, str]:
        """Problems of a kind of form beyond a token's own rules (none for a token)."""
        return {}

    def changes(self, cleaned: dict[str, Any]) -> dict[str, Any]:
        """The fields that differ from the server's values the edit is based on."""
        original = self._original
        if original is None:
            return dict(cleaned)
        changed = {k: v for k, v in cleaned.items()
                   if k != "bound_devices" and not same(v, getattr(original, k))}
        if self.binding_changed():  # in any order, the same devices are the same binding
            changed["bound_devices"] = cleaned["bound_devices"]
        return changed

    def save(self) -> None:
        if self._working() or not self._loaded:
            return
        cleaned = self.validate()
        if cleaned is None:
            return
        if self.token_id is None:
            fields = dict(cleaned)
            if not self.scope_choice_shown():
                fields.pop("scope", None)  # the server makes it an organization token
            self.send_new(fields)
            return
        changes = self.changes(cleaned)
        if not changes:
            self.accept()  # nothing to send
            return
        token_id, etag = self.token_id, self._etag
        assert etag is not None  # an edit is saved only once loaded, with its ETag
        self._saving.run(lambda c: c.update_token(token_id, if_match=etag, **changes),
                         self._updated)

    def send_new(self, fields: dict[str, Any]) -> None:
        """Send the new token's checked ``fields`` (in the background)."""
        self._saving.run(lambda c: c.create_token(**fields), self._created)

    def _show_saving(self, saving: bool) -> None:
        self.save_button.setEnabled(not saving)
        self.busy.set_busy(saving)

    def _created(self, issued: IssuedToken) -> None:
        self.saved_token = issued.token
        self.token_saved.emit(issued.token)
        inform(self, self.windowTitle(), self.tr("API token added successfully"))
        KeyDialog(
            issued.key,
            issued.token.organization_name,
            clear_after_ms=self._clear_after_ms,
            parent=self,
        ).exec()
        self.accept()

    def _updated(self, token: Token) -> None:
        self.saved_token = token
        self.token_saved.emit(token)
        inform(
            self,
            self.windowTitle(),
            fill(self.tr("API Key with id %1 is updated successfully"), token.id),
        )
        self.accept()

    def server_field(self, name: str) -> str:
        """The form's name of a field the server's error names (the same for a token)."""
        return name

    def _save_failed(self, error: BaseException) -> None:
        code = getattr(error, "code", None)
        if code == "version_mismatch":
            self.banner.show_conflict(reloaded=False)
            self.reveal(self.banner)
            return
        named = getattr(error, "fields", None) or {}
        fields = {self.server_field(str(k)): v for k, v in dict(named).items()}
        if code == "policy_violation" and fields:
            # The policy changed since it was read (or could not be read): show the server's
            # words on its fields at once, and read the policy again, which offers the
            # choices it now allows and says the same in the user's language.
            self.show_problems(dict(fields))
            self._refused_fields = set(fields)
            self.policy_known = False
            self.load_policy()
            return
        if code == "invalid_input" and fields:
            problems = dict(fields)
            if "bound_devices" in problems:
                problems["bound_devices"] = self._server_devices_problem(
                    problems["bound_devices"])
            self.show_problems(problems)
            return
        params = getattr(error, "params", None) or {}
        field = self.server_field(str(params.get("field", "")))
        if code == "privilege_escalation" and field == "bound_devices":
            # A caller bound to devices gives tokens only devices of its own (DESIGN §8).
            self.show_problems({"bound_devices": describe(error)})
            return
        self._show_error(error)

    # -- conflicts -------------------------------------------------------------------------

    def reload_from_server(self) -> None:
        """After a conflict: fetch the current values and ETag, keep what the user typed."""
        if self._working() or self.token_id is None:
            return
        token_id = self.token_id
        self._reloading.run(lambda c: c.get_token(token_id), self._reloaded)

    def _show_reloading(self, reloading: bool) -> None:
        self.busy.set_busy(reloading)
        self.reload_button.setEnabled(not reloading)

    def _reloaded(self, versioned: VersionedToken) -> None:
        self._etag = versioned.etag
        self._original = server = versioned.token
        self.form.show_key(server)
        differ = differing_fields(self.values(), server, self.fields)
        for name, field in self.fields.items():
            hint = None
            if name == "bound_devices" and name in differ:
                # the devices as the picker names them (host names), "Any device" for none
                value = self.devices.names(server.bound_devices) or self.devices.empty_text
                hint = fill(self.tr("On the server: %1"), value)
            elif name in differ:
                value = server_value_text(name, getattr(server, name), self.form.scope_text)
                hint = fill(self.tr("On the server: %1"), value)
            field.show_hint(hint)
        self._show_lifecycle(server)
        self.banner.show_conflict(reloaded=True)
        self.token_reloaded.emit(server)

    def use_server_values(self) -> None:
        """Drop what was typed and take the server's current values."""
        self._fill(self._original)
        for field in self.fields.values():
            field.show_hint(None)
        self.banner.hide()
        self.clear_problems()

    # -- regenerate ------------------------------------------------------------------------

    def regenerate(self) -> None:
        token = self._original
        if token is None or self._working():
            return
        regenerate_key(self, self.session, token, busy=self._regenerating,
                       regenerated=self._regenerated, clear_after_ms=self._clear_after_ms)

    def _show_regenerating(self, regenerating: bool) -> None:
        self.busy.set_busy(regenerating)
        self.regenerate_button.setEnabled(not regenerating)

    def _regenerated(self, fresh: Token) -> None:
        before = self._original
        if before is not None and all(
            same(getattr(fresh, f), getattr(before, f))
            for f in ("organization_name", "organization_id", "expires_at", *LIST_FIELDS,
                      *TEXT_FIELDS)
        ) and set(fresh.bound_devices) == set(before.bound_devices):
            # Only the key changed since we loaded: follow its new version so the next save
            # is not refused. Had anything else changed, the old ETag stays and a save will
            # report the conflict instead of overwriting it.
            self._original = fresh
            self._etag = f'"{fresh.version}"'
        self.form.show_key(fresh)
        self._show_lifecycle(fresh)  # a grace period for the replaced key, say
        self.token_saved.emit(fresh)

    # -- closing ---------------------------------------------------------------------------

    def confirm_discard(self) -> bool:
        """Esc, Cancel and the title bar's close button: changed input is thrown away only
        once the user says so."""
        return not self.has_changes() or ask(
            self, self.tr("Discard changes"), self.tr("Discard your changes to this token?"),
            destructive=True)

    def done(self, result: int) -> None:
        for work in self._all_work:
            work.cancel()
        if self._devices_task is not None:
            self._devices_task.cancel()
            self._devices_task = None
        super().done(result)
