"""The This device page: this PC's device ID and host name, and what the server knows about
it (status, device key, registered, last seen), with Register, Disable and Enable.

The device key (ARCHITECTURE §10) is shown by its thumbprint, the server's beside whether this
PC's keyring holds the same key: only then are its requests signed, and only signed requests
are stopped when the device ID is disabled. Once the server refuses this PC as disabled, the
page says so without asking the server again (the session stops calling it).

Reading the device ID may touch the disk (the fallback file; it comes from
``session.context.device``) and every server call goes over the network, so both run through
the background helper (one :class:`~compliance_client.ui.tasks.Busy`); the page shows what it
is waiting for and explains every failure in place with :func:`ui.errors.describe`.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..errors import describe
from ..messages import ask, inform
from ..session import (
    ConnectionState,
    Session,
    device_key_of,
    is_device_disabled,
    loses_the_server,
)
from ..tasks import Busy, run_task
from ..text import datetime_text
from ..widgets import BusyIndicator, FieldError, PageTitle, ValueLabel, copy_to_clipboard

if TYPE_CHECKING:
    from ...domain.records import Device
    from ...service.client import TokenServerClient


class DeviceState(StrEnum):
    """What the page knows about this PC on the server."""

    UNKNOWN = "unknown"  # not asked yet, or the last question failed
    CHECKING = "checking"
    NOT_REGISTERED = "not_registered"
    ACTIVE = "active"
    DISABLED = "disabled"


class DevicePage(QWidget):
    """This PC's device ID and its state on the server. ``activate()`` refreshes it."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("devicePage")
        self.session = session
        self.device_id: str | None = None
        self.hostname: str | None = None
        #: Thumbprint of the device key in this PC's keyring (None: none there).
        self.local_key: str | None = None
        self.device: Device | None = None
        self.state = DeviceState.UNKNOWN
        self.error: BaseException | None = None
        self._identity_error: BaseException | None = None
        # One piece of work at a time: the identity read, or a question to the server.
        self._work = Busy(self, self._set_busy, self._failed, runner=session.run)
        self._stale = True

        self.title = PageTitle(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)

        self.id_value = ValueLabel(parent=self)
        self.id_value.setWordWrap(False)
        self.id_value.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.id_value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self._copy_id)
        self.copy_button.setEnabled(False)
        id_row = QHBoxLayout()
        id_row.setContentsMargins(0, 0, 0, 0)
        id_row.addWidget(self.id_value)
        id_row.addSpacing(12)
        id_row.addWidget(self.copy_button)
        id_row.addStretch(1)
        self.host_value = ValueLabel(parent=self)

        self.server_heading = QLabel(self)
        font = self.server_heading.font()
        font.setBold(True)
        self.server_heading.setFont(font)
        self.status_value = ValueLabel(parent=self)
        self.key_value = ValueLabel(parent=self)
        self.key_note = QLabel(self)
        self.key_note.setWordWrap(True)
        self._key_box = key_box = QVBoxLayout()
        key_box.setContentsMargins(0, 0, 0, 0)
        key_box.setSpacing(2)
        key_box.addWidget(self.key_value)
        key_box.addWidget(self.key_note)
        self.registered_value = ValueLabel(parent=self)
        self.last_seen_value = ValueLabel(parent=self)
        self.disabled_value = ValueLabel(parent=self)
        self.busy = BusyIndicator(self)
        status_row = QHBoxLayout()
        status_row.setContentsMargins(0, 0, 0, 0)
        status_row.addWidget(self.status_value, 1)
        status_row.addWidget(self.busy)
        self.error_label = FieldError(self)

        self.register_button = QPushButton(self)
        self.disable_button = QPushButton(self)
        self.enable_button = QPushButton(self)
        self.refresh_button = QPushButton(self)
        self.register_button.clicked.connect(self.register)
        self.disable_button.clicked.connect(self.disable)
        self.enable_button.clicked.connect(self.enable)
        self.refresh_button.clicked.connect(self.refresh)
        # F5 as on the other pages, window-wide (see the audit page).
        self.refresh_action = QAction(self)
        self.refresh_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.refresh_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.refresh_action.triggered.connect(self._refresh_by_key)
        self.addAction(self.refresh_action)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(8)
        self._labels = {key: QLabel(self) for key in
                        ("id", "host", "status", "key", "registered", "last_seen", "disabled")}
        form.addRow(self._labels["id"], id_row)
        form.addRow(self._labels["host"], self.host_value)
        self._server_form = QFormLayout()
        server_form = self._server_form
        server_form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        server_form.setHorizontalSpacing(24)
        server_form.setVerticalSpacing(8)
        server_form.addRow(self._labels["status"], status_row)
        server_form.addRow(self._labels["key"], key_box)
        server_form.addRow(self._labels["registered"], self.registered_value)
        server_form.addRow(self._labels["last_seen"], self.last_seen_value)
        server_form.addRow(self._labels["disabled"], self.disabled_value)
        # Both forms share one label column width, so the values line up.
        for label in self._labels.values():
            label.setMinimumWidth(110)

        rule = QFrame(self)
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        buttons = QHBoxLayout()
        for b in (self.register_button, self.disable_button, self.enable_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(rule)
        layout.addWidget(self.server_heading)
        layout.addLayout(server_form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        layout.addStretch(1)

        session.profile_changed.connect(self._profile_changed)
        session.state_changed.connect(self._update)
        session.reconnected.connect(self._reconnected)
        self.retranslate()
        self._update()

    # -- public ----------------------------------------------------------------------------

    def activate(self) -> None:
        """Called when the page is shown: read the device ID (once) and ask the server."""
        self.refresh()

    def refresh(self) -> None:
        self._stale = False
        if self.device_id is None:
            self._read_identity()
            return
        device_id = self.device_id
        self._run(lambda c: c.get_device(device_id), self._got_device, DeviceState.CHECKING)

    def _refresh_by_key(self) -> None:
        if self.refresh_button.isEnabled():
            self.refresh()

    def register(self) -> None:
        """Register this PC with its device key (the session's one way to do it)."""
        if self.device_id is None:
            return
        self.error = None
        # The session's registration makes its own work: Busy only needs its runner.
        self._work.run(lambda: None, self._registered, runner=lambda owner, _fn, ok, fail:
                       self.session.register_this_device(owner, ok, fail))
        self._update()

    def disable(self) -> None:
        """Ask first (destructive, No is the default); then disable on the server."""
        if self.device_id is None:
            return
        if not ask(self, self.tr("Disable device ID"),
                   self.tr("Disable the device ID of this PC?"),
                   detail=self.tr("This PC will no longer be accepted by the compliance "
                                  "server until an administrator enables it again."),
                   destructive=True):
            return
        device_id = self.device_id
        self._run(lambda c: c.disable_device(device_id), self._disabled)

    def enable(self) -> None:
        if self.device_id is None:
            return
        device_id = self.device_id
        self._run(lambda c: c.enable_device(device_id), self._enabled)

    # -- background work -------------------------------------------------------------------

    def _read_identity(self) -> None:
        context = self.session.context

        def read() -> tuple[str, str, str | None]:
            key = device_key_of(context)
            return (context.device.device_id(), context.device.hostname(),
                    key.thumbprint if key is not None else None)

        self._work.run(read, self._identity_known, self._identity_failed, runner=run_task)

    def _identity_known(self, identity: tuple[str, str, str | None]) -> None:
        self.device_id, self.hostname, self.local_key = identity
        self._identity_error = None
        self.refresh()

    def _identity_failed(self, error: BaseException) -> None:
        self._identity_error = error
        self._show_error(error)

    def _run(self, fn: Callable[[TokenServerClient], Any],
             on_success: Callable[[Device], None], state: DeviceState | None = None) -> None:
        if state is not None:
            self.state = state
        self.error = None
        self._work.run(fn, on_success)
        self._update()

    def _got_device(self, device: Device) -> None:
        self._show_device(device)

    def _registered(self, device: Device) -> None:
        self.local_key = device.key_thumbprint or self.local_key
        self._show_device(device)
        inform(self, self.tr("Device registered"),
               self.tr("This PC is registered with the compliance server."))

    def _disabled(self, device: Device) -> None:
        self._show_device(device)
        inform(self, self.tr("Device ID disabled"),
               self.tr("Device ID disabled. This PC is no longer accepted by the compliance "
                       "server until an administrator enables it again."))
        # The server now refuses what this PC signs: let the session hear it at once, so the
        # whole app shows it and stops calling the server.
        self.session.verify()

    def _enabled(self, device: Device) -> None:
        self._show_device(device)
        inform(self, self.tr("Device ID enabled"),
               self.tr("Device ID enabled. The compliance server accepts this PC again."))

    def _failed(self, error: BaseException) -> None:
        if is_device_disabled(error):
            # The server refused this PC itself: that is its state (the banner explains).
            self.state = DeviceState.DISABLED
            self.error = None
            self._update()
            return
        if getattr(error, "code", None) == "not_found":
            # The server does not know this PC (or it belongs to another organization).
            self.device = None
            self.state = DeviceState.NOT_REGISTERED
            self.error = None
            self._update()
            return
        self._show_error(error)

    def _show_device(self, device: Device) -> None:
        self.device = device
        self.state = DeviceState.DISABLED if device.disabled else DeviceState.ACTIVE
        self.error = None
        self._update()

    def _show_error(self, error: BaseException) -> None:
        self.error = error
        if self.state == DeviceState.CHECKING:
            self.state = DeviceState.UNKNOWN
        self._update()

    def _set_busy(self, busy: bool) -> None:
        self.busy.set_busy(busy)
        self._update()

    @property
    def busy_now(self) -> bool:
        return self._work.running

    # -- texts -----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("This device"))
        self.intro.setText(self.tr(
            "The compliance server knows this PC by its device ID. If this PC is lost or "
            "handed on, disable its device ID so the server no longer accepts it."))
        self._labels["id"].setText(self.tr("Device ID:"))
        self._labels["host"].setText(self.tr("Host name:"))
        self._labels["status"].setText(self.tr("Status:"))
        self._labels["key"].setText(self.tr("Device key:"))
        self._labels["registered"].setText(self.tr("Registered:"))
        self._labels["last_seen"].setText(self.tr("Last seen:"))
        self._labels["disabled"].setText(self.tr("Disabled:"))
        self.server_heading.setText(self.tr("On the compliance server"))
        self.copy_button.setText(self.tr("&Copy"))
        self.copy_button.setAccessibleName(self.tr("Copy the device ID"))
        self.id_value.setAccessibleName(self.tr("Device ID"))
        self.host_value.setAccessibleName(self.tr("Host name"))
        self.status_value.setAccessibleName(self.tr("Status on the server"))
        self.key_value.setAccessibleName(self.tr("Device key on the server"))
        self.key_note.setAccessibleName(self.tr("About the device key"))
        self.registered_value.setAccessibleName(self.tr("Registered"))
        self.last_seen_value.setAccessibleName(self.tr("Last seen"))
        self.disabled_value.setAccessibleName(self.tr("Disabled"))
        self.busy.setAccessibleName(self.tr("Asking the server"))
        self.error_label.setAccessibleName(self.tr("Problem"))
        self.register_button.setText(self.tr("&Register this PC"))
        self.disable_button.setText(self.tr("&Disable device ID…"))
        self.enable_button.setText(self.tr("&Enable device ID"))
        self.refresh_button.setText(self.tr("Refre&sh"))
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- state -----------------------------------------------------------------------------

    def _profile_changed(self) -> None:
        """Another server or token: what the page showed no longer holds."""
        self._work.cancel()
        self.device = None
        self.state = DeviceState.UNKNOWN
        self.error = None
        self._stale = True
        if self.isVisible():
            self.refresh()
        else:
            self._update()

    def _reconnected(self) -> None:
        """The server is back: ask it again (now if shown, else when next shown)."""
        self._stale = True
        if self.isVisible() and not self._work.running and self.device_id is not None:
            self.refresh()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale and not self._work.running and self.device_id is not None:
            self.refresh()

    def _update(self) -> None:
        self.id_value.setText(self.device_id or (self.tr("Reading…") if self._work.running
                                                 else ""))
        self.copy_button.setEnabled(self.device_id is not None)
        self.host_value.setText(self.hostname or "")
        device = self.device
        s = self.session
        if s.device_disabled:
            self.state = DeviceState.DISABLED
        self.status_value.setText({
            DeviceState.UNKNOWN: self.tr("Not known"),
            DeviceState.CHECKING: self.tr("Asking the server…"),
            DeviceState.NOT_REGISTERED: self.tr(
                "Not registered: the server does not know this PC yet."),
            DeviceState.ACTIVE: self.tr("Active"),
            DeviceState.DISABLED: self.tr("Disabled"),
        }[self.state])
        for row_widget, value in (
                (self.registered_value, device.registered_at if device else None),
                (self.last_seen_value, device.last_seen_at if device else None),
                (self.disabled_value, device.disabled_at if device and device.disabled
                 else None)):
            row_widget.setText(datetime_text(value))
            row, _role = cast("tuple[int, object]",
                              self._server_form.getWidgetPosition(row_widget))
            self._server_form.setRowVisible(row, value is not None)
        self._update_key(device)
        error = self.error or self._identity_error
        if s.state == ConnectionState.FAILED and s.error is not None and (
                error is None or loses_the_server(error)):
            error = s.error  # the app's one truth about the server, as every page says it
        if s.device_disabled and error is s.error:
            error = None  # the banner above says it, with what to do
        self.error_label.show_error(describe(error) if error is not None else None)

        idle = not self._work.running and self.device_id is not None
        keyless = device is not None and device.key_thumbprint is None
        self.register_button.setVisible(self.state == DeviceState.NOT_REGISTERED
                                        or (self.state == DeviceState.ACTIVE and keyless))
        self.disable_button.setVisible(self.state == DeviceState.ACTIVE)
        # From a disabled PC the server takes nothing it signs: enabling is someone else's.
        self.enable_button.setVisible(self.state == DeviceState.DISABLED
                                      and not s.device_disabled
                                      and self.session.may("devices.enable"))
        for b in (self.register_button, self.disable_button, self.enable_button,
                  self.refresh_button):
            b.setEnabled(idle)

    def _update_key(self, device: Device | None) -> None:
        """The server's key thumbprint, and what this PC's keyring has to do with it."""
        known = device is not None
        row, _role = cast("tuple[int, object]", self._server_form.getLayoutPosition(self._key_box))
        self._server_form.setRowVisible(row, known)
        server_key = device.key_thumbprint if device is not None else None
        self.key_value.setText(server_key or self.tr("None"))
        if not known:
            note = ""
        elif server_key is None:
            note = self.tr("The server has no device key for this PC, so it cannot tell this "
                           "PC's requests from others made with the same token. Register "
                           "this PC to add its key.")
        elif self.local_key == server_key:
            note = self.tr("This PC's keyring holds this key: every request is signed with "
                           "it.")
        elif self.local_key is None:
            note = self.tr("This PC's keyring does not hold this key, so its requests are not "
                           "signed, and tokens bound to this PC are refused. An administrator "
                           "can delete this device ID on the server so that this PC can "
                           "register again with a new key.")
        else:
            note = self.tr("This PC's keyring holds a different key, so tokens bound to this "
                           "PC are refused. An administrator can delete this device ID on the "
                           "server so that this PC can register again with its key.")
        self.key_note.setText(note)
        self.key_note.setVisible(bool(note))

    def _copy_id(self) -> None:
        if self.device_id:
            copy_to_clipboard(self.device_id)
