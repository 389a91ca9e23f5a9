"""Binding a token to devices in the GUI (DESIGN §9 "Binding", issue 16 point 3), against the
real token server on loopback: the token dialog offers the devices of the token's
organization (and only those), saves the binding, shows it again on edit, unbinds; a device
deleted meanwhile is named on the field; a caller who cannot list devices, or whose listing
fails, keeps the binding as it is; the grid shows bound tokens at a glance."""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from compliance_client.domain.dpop import DeviceKey
from compliance_client.domain.tokens import Token
from compliance_client.service.client import TokenServerClient
from compliance_client.ui.grid.tokens import Column
from compliance_client.ui.tasks import pending_tasks
from compliance_client.ui.token_dialog.device_picker import ListState

from ..helpers.ui import connect, find, save_and_answer, type_into, unique
from ..helpers.ui import open_token_dialog as open_dialog
from ..helpers.ui import open_tokens_page as open_page
from ..helpers.ui import search_tokens as search

_numbers = itertools.count(1)


@dataclass(frozen=True)
class Acme:
    """An organization with three devices, and another organization with one."""

    org: str
    key: str = ""  # an organization token of ``org`` (it registered the devices)
    laptop: str = ""  # active, with a device key
    kiosk: str = ""  # registered by a script without a key: it cannot sign
    old_pc: str = ""  # disabled
    other_org: str = ""
    stranger: str = ""  # the other organization's device


def register(url: str, key: str, hostname: str, *, with_key: bool = True) -> str:
    device_id = str(uuid.uuid4())
    with TokenServerClient(url, key) as c:
        c.register_device(device_id, hostname, "Work",
                          public_key=DeviceKey.generate().public_jwk if with_key else None)
    return device_id


@pytest.fixture
def acme(ui_server: Any, issue_token: Callable[..., str]) -> Acme:
    n = f"{next(_numbers)}-{uuid.uuid4().hex[:6]}"
    org, other = f"acme-{n}", f"globex-{n}"
    key = issue_token("Acme", organization_id=org)
    other_key = issue_token("Globex", organization_id=other)
    laptop = register(ui_server.url, key, "laptop-anna")
    kiosk = register(ui_server.url, key, "kiosk-lobby", with_key=False)
    old_pc = register(ui_server.url, key, "old-pc")
    with TokenServerClient(ui_server.url, ui_server.admin_key) as admin:
        admin.disable_device(old_pc, organization_id=org)
    stranger = register(ui_server.url, other_key, "globex-desk")
    return Acme(org, key, laptop, kiosk, old_pc, other, stranger)


def offered(dialog: Any) -> dict[str, str]:
    """The picker's entries as the popup shows them: device ID -> text."""
    items = dialog.devices.list
    return {items.item(i).data(Qt.ItemDataRole.UserRole): items.item(i).text()
            for i in range(items.count())}


def wait_listed(qtbot: Any, dialog: Any) -> None:
    qtbot.waitUntil(lambda: dialog.device_field.state == ListState.READY, timeout=8000)


def fill_new(qtbot: Any, dialog: Any, name: str, org: str) -> None:
    type_into(qtbot, dialog.name_edit, name)
    type_into(qtbot, dialog.org_id_edit, org)


def server_token(client: TokenServerClient, name: str) -> Token:
    (token,) = find(client, name)
    return token


def test_the_dialog_offers_the_devices_of_the_typed_organization_only(qtbot, admin, acme):
    dialog = open_dialog(qtbot, admin)
    wait_listed(qtbot, dialog)
    assert dialog.devices.summary() == "Any device (not bound)"
    assert dialog.device_field.note.text() == "Enter the organization ID to pick its devices."
    type_into(qtbot, dialog.org_id_edit, acme.org)

    entries = offered(dialog)
    assert set(entries) == {acme.laptop, acme.kiosk, acme.old_pc}  # not the other org's
    assert entries[acme.laptop] == f"laptop-anna  —  {acme.laptop}"
    assert entries[acme.kiosk] == f"kiosk-lobby  —  {acme.kiosk} (no device key: cannot sign)"
    assert entries[acme.old_pc] == f"old-pc  —  {acme.old_pc} (disabled)"
    assert dialog.devices.isEnabled()
    assert not dialog.device_field.note.isVisible()

    # Another organization ID: its devices instead.
    type_into(qtbot, dialog.org_id_edit, acme.other_org)
    assert set(offered(dialog)) == {acme.stranger}
    type_into(qtbot, dialog.org_id_edit, f"{acme.org}-none")
    assert offered(dialog) == {}
    assert dialog.device_field.note.text() == (
        f"No device of organization {acme.org}-none is registered yet.")


def test_binding_a_new_token_then_unbinding_it(qtbot, admin, client, acme):
    name = unique("Bound")
    dialog = open_dialog(qtbot, admin)
    wait_listed(qtbot, dialog)
    fill_new(qtbot, dialog, name, acme.org)
    dialog.devices.set_checked(acme.laptop, True)
    dialog.update_summary()
    assert dialog.devices.summary() == "laptop-anna"
    assert "Only from the devices it is bound to: laptop-anna." in dialog.summary_label.text()
    save_and_answer(qtbot, dialog)
    assert list(server_token(client, name).bound_devices) == [acme.laptop]

    # Edit: the binding is ticked; ticking the kiosk warns that it cannot sign.
    dialog = open_dialog(qtbot, admin, server_token(client, name))
    wait_listed(qtbot, dialog)
    assert dialog.devices.selected() == [acme.laptop]
    dialog.devices.set_checked(acme.kiosk, True)
    dialog.update_summary()
    assert "kiosk-lobby has no device key, so it cannot sign requests" in \
        dialog.summary_warnings.text()
    assert "kiosk-lobby, laptop-anna" in dialog.summary_label.text()
    save_and_answer(qtbot, dialog)
    assert set(server_token(client, name).bound_devices) == {acme.laptop, acme.kiosk}

    # Unticking both unbinds it.
    dialog = open_dialog(qtbot, admin, server_token(client, name))
    wait_listed(qtbot, dialog)
    dialog.devices.set_checked(acme.laptop, False)
    dialog.devices.set_checked(acme.kiosk, False)
    assert dialog.devices.summary() == "Any device (not bound)"
    box, _keys = save_and_answer(qtbot, dialog)
    assert box.texts and "is updated successfully" in box.texts[0]
    assert server_token(client, name).bound_devices == ()


def test_an_edit_of_other_fields_leaves_the_binding_alone(qtbot, admin, client, acme):
    token = client.create_token(organization_name=unique("Keep"), organization_id=acme.org,
                                bound_devices=[acme.old_pc, acme.laptop]).token
    dialog = open_dialog(qtbot, admin, token)
    wait_listed(qtbot, dialog)
    assert set(dialog.devices.selected()) == {acme.old_pc, acme.laptop}
    dialog.update_summary()
    assert "old-pc is disabled: this token cannot be used from it" in \
        dialog.summary_warnings.text()
    renamed = unique("Kept")
    type_into(qtbot, dialog.name_edit, renamed)
    assert set(dialog.changes(dialog.validate() or {})) == {"organization_name"}
    save_and_answer(qtbot, dialog)
    assert list(server_token(client, renamed).bound_devices) == [acme.old_pc, acme.laptop]


def test_a_device_deleted_meanwhile_is_named_on_the_field(qtbot, admin, client, acme):
    name = unique("Deleted")
    dialog = open_dialog(qtbot, admin)
    wait_listed(qtbot, dialog)
    fill_new(qtbot, dialog, name, acme.org)
    dialog.devices.set_checked(acme.kiosk, True)
    client.delete_device(acme.kiosk, organization_id=acme.org)  # someone else, meanwhile

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog.fields["bound_devices"].error
    qtbot.waitUntil(error.isVisible, timeout=8000)
    assert error.text() == (
        f"Not a registered device of organization {acme.org}: {acme.kiosk}. Untick it: a "
        "token is bound only to devices of its own organization.")
    assert dialog.isVisible() and find(client, name) == []
    # The devices were listed again: the entry says why it is refused.
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=8000)
    assert offered(dialog)[acme.kiosk] == f"{acme.kiosk} (no longer registered)"
    dialog.devices.set_checked(acme.kiosk, False)  # unticking clears the mark
    assert not error.isVisible()
    save_and_answer(qtbot, dialog)
    assert server_token(client, name).bound_devices == ()


def test_a_device_of_another_organization_is_refused_before_sending(qtbot, admin, client,
                                                                    acme):
    name = unique("Moved")
    dialog = open_dialog(qtbot, admin)
    wait_listed(qtbot, dialog)
    fill_new(qtbot, dialog, name, acme.org)
    dialog.devices.set_checked(acme.laptop, True)
    # The organization ID changed after ticking: the ticked device stays, marked.
    type_into(qtbot, dialog.org_id_edit, acme.other_org)
    assert offered(dialog)[acme.laptop] == \
        f"{acme.laptop} (a device of organization {acme.org})"
    dialog.update_summary()
    assert f"{acme.laptop} is not a registered device of this organization" in \
        dialog.summary_warnings.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert pending_tasks() == 0  # nothing went to the server
    assert acme.laptop in dialog.fields["bound_devices"].error.text()
    assert QApplication.focusWidget() is dialog.devices


def test_a_caller_who_may_not_list_devices_sees_the_binding_read_only(
        qtbot, session, make_profile, ui_server, issue_token, client, acme):
    token = client.create_token(organization_name=unique("Read only"), organization_id=acme.org,
                                allowed_endpoints=["tokens.*"], bound_devices=[acme.laptop]).token
    key = issue_token("Acme", organization_id=acme.org, allowed_endpoints=["tokens.*"])
    me = connect(qtbot, session, make_profile, key, name="Tokens only")
    dialog = open_dialog(qtbot, me, token)
    assert dialog.device_field.state == ListState.READ_ONLY
    assert not dialog.devices.isEnabled()
    assert dialog.devices.summary() == acme.laptop  # no host name without the list
    assert dialog.device_field.note.isVisible()
    assert "may not list devices (devices.list)" in dialog.device_field.note.text()
    renamed = unique("Still bound")
    type_into(qtbot, dialog.name_edit, renamed)
    save_and_answer(qtbot, dialog)
    assert list(server_token(client, renamed).bound_devices) == [acme.laptop]


def test_when_listing_fails_the_binding_stays_as_it_is(
        qtbot, session, make_profile, issue_token, client, acme):
    # A real refusal: devices.list is blocked for the signed-in token after the app read
    # what it may do (an administrator changed it meanwhile).
    key = issue_token("Acme", organization_id=acme.org)
    me = connect(qtbot, session, make_profile, key, name="Acme admin")
    mine = client.get_token(me.access.token.id)
    client.update_token(mine.token.id, if_match=mine.etag, blocked_endpoints=["devices.list"])
    token = client.create_token(organization_name=unique("Failing"), organization_id=acme.org,
                                blocked_endpoints=["devices.list"],
                                bound_devices=[acme.laptop]).token

    dialog = open_dialog(qtbot, me, token)
    qtbot.waitUntil(lambda: dialog.device_field.state == ListState.FAILED, timeout=8000)
    problem = dialog.device_field.problem
    assert problem.isVisible()
    assert problem.text().startswith("The devices could not be listed: ")
    assert problem.text().endswith("Saving keeps the devices as they are.")
    assert not dialog.devices.isEnabled() and dialog.devices.selected() == [acme.laptop]
    renamed = unique("Failing, kept")
    type_into(qtbot, dialog.name_edit, renamed)
    save_and_answer(qtbot, dialog)
    assert list(server_token(client, renamed).bound_devices) == [acme.laptop]


def test_the_grid_shows_bound_tokens_at_a_glance(qtbot, admin, client, acme):
    tag = unique("Glance")
    client.create_token(organization_name=f"{tag} free", organization_id=acme.org)
    client.create_token(organization_name=f"{tag} one", organization_id=acme.org,
                        bound_devices=[acme.laptop])
    client.create_token(organization_name=f"{tag} two", organization_id=acme.org,
                        bound_devices=[acme.laptop, acme.kiosk])
    page = open_page(qtbot, admin)
    search(qtbot, page, tag)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=8000)
    model = page.model
    cells = {}
    for row in range(3):
        token = model.token(row)
        index = model.index(row, Column.DEVICES)
        cells[token.organization_name.removeprefix(f"{tag} ")] = (
            index.data(), index.data(Qt.ItemDataRole.ToolTipRole))
    assert cells["free"][0] == "Any"  # dimmed, as "All" and "None" in the list columns
    assert cells["free"][1].startswith("Any device\nNot bound")
    assert cells["one"][0] == "1 device" and acme.laptop in cells["one"][1]
    assert cells["two"][0] == "2 devices"
    assert acme.laptop in cells["two"][1] and acme.kiosk in cells["two"][1]
    assert model.headerData(Column.DEVICES, Qt.Orientation.Horizontal) == "Devices"
    assert Column.DEVICES not in model.SORT_KEYS  # the server has no such sort
    spoken = {model.token(row).organization_name.removeprefix(f"{tag} "):
              model.index(row, Column.DEVICES).data(Qt.ItemDataRole.AccessibleTextRole)
              for row in range(3)}
    assert spoken["free"] == "Devices: Any device"
    assert spoken["one"] == f"Devices: 1 device: {acme.laptop}"


def test_a_caller_bound_to_this_pc_gives_tokens_only_this_pc(
        qtbot, session, make_profile, ui_server, issue_token, client, acme):
    # This PC signs its requests with its device key (DESIGN §9); the signed-in token is
    # bound to this PC, so the tokens it makes must be bound to it too (§8 reach rule 4).
    from compliance_client.profile.device_key import ensure_device_key

    context = session.context
    this_pc = context.device.device_id()
    key = ensure_device_key(context.vault, this_pc)
    with TokenServerClient(ui_server.url, acme.key) as acme_client:
        acme_client.register_device(this_pc, "this-pc", "Work", public_key=key.public_jwk)
    bound_key = issue_token("Acme", organization_id=acme.org, bound_devices=[this_pc])
    me = connect(qtbot, session, make_profile, bound_key, name="Bound admin")

    name = unique("From a bound caller")
    dialog = open_dialog(qtbot, me)
    wait_listed(qtbot, dialog)
    fill_new(qtbot, dialog, name, acme.org)
    dialog.update_summary()
    beyond = "Your own token is bound to devices: bind this one to some of yours"
    assert beyond in dialog.summary_warnings.text()  # not bound at all: refused
    dialog.devices.set_checked(acme.laptop, True)
    dialog.update_summary()
    assert beyond in dialog.summary_warnings.text()  # bound, but not to this PC

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog.fields["bound_devices"].error
    qtbot.waitUntil(error.isVisible, timeout=8000)
    assert error.text().startswith("A token may not reach further than your own")
    assert not dialog.general_error.isVisible() and find(client, name) == []

    dialog.devices.set_checked(acme.laptop, False)
    dialog.devices.set_checked(this_pc, True)
    dialog.update_summary()
    assert beyond not in dialog.summary_warnings.text()
    save_and_answer(qtbot, dialog)
    assert list(server_token(client, name).bound_devices) == [this_pc]


def test_a_binding_changed_meanwhile_shows_under_the_field(qtbot, admin, client, acme):
    created = client.create_token(organization_name=unique("Bound meanwhile"),
                                  organization_id=acme.org).token
    dialog = open_dialog(qtbot, admin, created)
    wait_listed(qtbot, dialog)
    current = client.get_token(created.id)
    client.update_token(created.id, if_match=current.etag, bound_devices=[acme.laptop])
    mine = unique("Mine")
    type_into(qtbot, dialog.name_edit, mine)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.banner.isVisible, timeout=5000)
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.use_server_button.isVisible, timeout=5000)
    assert dialog.fields["bound_devices"].hint.text() == "On the server: laptop-anna"
    qtbot.mouseClick(dialog.use_server_button, Qt.MouseButton.LeftButton)
    assert dialog.devices.selected() == [acme.laptop]
    assert not dialog.fields["bound_devices"].hint.isVisible()
