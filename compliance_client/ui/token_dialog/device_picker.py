"""The token's devices (DESIGN §9 "Binding"): a picker of the organization's devices with a
line under it saying what the list is waiting for or why it cannot be changed.

The devices come from ``devices.list`` (the dialog loads them in the background); only those
of the organization ID typed in the form are offered, as a token may be bound only to
devices of its own organization. A device ticked that the list does not offer (deleted
meanwhile, of another organization, or not listed yet) stays as its ID, marked, so that a
binding is never dropped without the user seeing it.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...domain.records import Device
from ..i18n import translate
from ..text import fill
from ..theme import Tone
from ..widgets import WrappedLabel, colour_text
from .check_picker import CheckListPicker


class ListState(Enum):
    """Where the list of devices stands."""

    LOADING = "loading"
    READY = "ready"
    FAILED = "failed"
    READ_ONLY = "read_only"  # the signed-in token may not call devices.list


def device_label(device: Device) -> str:
    """How a device is named in short: its host name, or its ID without one."""
    return device.hostname or device.device_id


class DevicePicker(CheckListPicker):
    """A drop-down with a checkable list of devices; its values are device IDs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.list.setObjectName("deviceChoices")
        self.devices: tuple[Device, ...] | None = None  # every device listed; None: not yet
        self.organization_id = ""

    # -- what is offered -------------------------------------------------------------------

    def organization_devices(self) -> list[Device] | None:
        """The listed devices of the form's organization, by host name; None until listed."""
        if self.devices is None:
            return None
        own = [d for d in self.devices if d.organization_id == self.organization_id]
        return sorted(own, key=lambda d: (d.hostname.casefold(), d.device_id))

    def device(self, device_id: str) -> Device | None:
        """The listed device of the form's organization with this ID."""
        for device in self.organization_devices() or ():
            if device.device_id == device_id:
                return device
        return None

    def other_organization(self, device_id: str) -> str | None:
        """The organization of a listed device with this ID that is not the form's (a global
        caller lists every organization's devices), or None."""
        for device in self.devices or ():
            if device.device_id == device_id and device.organization_id != self.organization_id:
                return device.organization_id
        return None

    def set_devices(self, devices: Sequence[Device] | None) -> None:
        self.devices = tuple(devices) if devices is not None else None
        self.offer()

    def set_organization(self, organization_id: str) -> None:
        if organization_id != self.organization_id:
            self.organization_id = organization_id
            self.offer()

    def offer(self) -> None:
        """List the organization's devices again (texts in the current language); what is
        ticked stays ticked."""
        entries = []
        for device in self.organization_devices() or ():
            text = self.entry_text(device)
            entries.append((device.device_id, text, text))
        self.replace_entries(entries)

    def entry_text(self, device: Device) -> str:
        """ "host — ID", and what keeps the token from being used from it."""
        text = (f"{device.hostname}  —  {device.device_id}" if device.hostname
                else device.device_id)
        marks = []
        if device.disabled:
            marks.append(translate("TokenDialog", "disabled"))
        if not device.key_thumbprint:
            # DESIGN §9: a bound token needs the device's proof, and a device without a key
            # cannot make one.
            marks.append(translate("TokenDialog", "no device key: cannot sign"))
        if marks:
            text = fill(translate("TokenDialog", "%1 (%2)"), text, ", ".join(marks))
        return text

    def unknown_entry(self, value: str) -> tuple[str, str]:
        if self.devices is None:  # not listed (yet): nothing to say about it
            return value, value
        other = self.other_organization(value)
        if other is not None:
            mark = fill(translate("TokenDialog", "a device of organization %1"), other)
        else:
            mark = translate("TokenDialog", "no longer registered")
        text = fill(translate("TokenDialog", "%1 (%2)"), value, mark)
        return text, text

    def misplaced(self) -> list[str]:
        """Ticked device IDs the list shows no device of the organization for (empty until
        the devices are listed)."""
        if self.devices is None:
            return []
        return [d for d in self.selected() if self.device(d) is None]

    # -- the box ---------------------------------------------------------------------------

    def names(self, device_ids: Sequence[str]) -> str:
        """The devices by host name where the list knows them, else by ID."""
        return ", ".join(device_label(d) if (d := self.device(i)) else i for i in device_ids)

    def summary(self) -> str:
        return self.names(self.selected()) or self.empty_text

    def tooltip(self) -> str:
        chosen = self.selected()
        if not chosen:
            return self.empty_text
        texts = {self.list.item(i).data(Qt.ItemDataRole.UserRole): self.list.item(i).text()
                 for i in range(self.list.count())}
        return "\n".join(texts.get(i, i) for i in chosen)


class DeviceField(QWidget):
    """The picker and, under it, what the list is waiting for or why it cannot be changed.

    The picker can be changed only once the devices are listed: while they load, after a
    failure and for a caller who may not list them, it shows the token's devices as they
    are, and saving keeps them so.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.picker = DevicePicker(self)
        self.picker.setObjectName("boundDevices")
        self.note = WrappedLabel(self)
        self.note.setObjectName("devicesNote")
        self.note.hide()
        self.problem = WrappedLabel(self)
        self.problem.setObjectName("devicesProblem")
        colour_text(self.problem, Tone.WARNING)
        self.problem.hide()
        self.state = ListState.LOADING
        self._failure = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.picker)
        layout.addWidget(self.note)
        layout.addWidget(self.problem)
        self.picker.setEnabled(False)

    def loading(self) -> None:
        self._set_state(ListState.LOADING)

    def listed(self, devices: Sequence[Device]) -> None:
        self.picker.set_devices(devices)
        self._set_state(ListState.READY)

    def failed(self, reason: str) -> None:
        """The list could not be read; ``reason`` says why (``ui.errors.describe``)."""
        self._failure = reason
        self._set_state(ListState.FAILED)

    def read_only(self) -> None:
        self._set_state(ListState.READ_ONLY)

    def set_organization(self, organization_id: str) -> None:
        self.picker.set_organization(organization_id)
        self._show_note()

    def _set_state(self, state: ListState) -> None:
        self.state = state
        self.picker.setEnabled(state == ListState.READY)
        self._show_note()

    def retranslate(self) -> None:
        self.picker.empty_text = translate("TokenDialog", "Any device (not bound)")
        self.picker.offer()  # the entries' marks in the new language
        self._show_note()

    def _show_note(self) -> None:
        state, note, problem = self.state, "", ""
        if state == ListState.LOADING:
            note = translate("TokenDialog", "Loading the organization's devices…")
        elif state == ListState.READ_ONLY:
            note = translate(
                "TokenDialog",
                "Your token may not list devices (devices.list), so the devices are shown "
                "as they are and cannot be changed here.")
        elif state == ListState.FAILED:
            problem = fill(
                translate("TokenDialog",
                          "The devices could not be listed: %1 Saving keeps the devices "
                          "as they are."),
                self._failure)
        elif not self.picker.organization_id:
            note = translate("TokenDialog", "Enter the organization ID to pick its devices.")
        elif not self.picker.organization_devices():
            note = fill(translate("TokenDialog",
                                  "No device of organization %1 is registered yet."),
                        self.picker.organization_id)
        self.note.show_text(note)
        self.problem.show_text(problem)
