"""The Add / Edit token dialog and the key dialog, against the real token server on loopback."""

from __future__ import annotations

import itertools
import re
from datetime import UTC, date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QMessageBox,
    QWidget,
)

from compliance_client.domain.catalogue import ENDPOINT_IDS
from compliance_client.domain.keys import key_format_problem
from compliance_client.domain.tokens import Token, end_of_day
from compliance_client.service.client import TokenServerClient
from compliance_client.service.errors import InvalidInput
from compliance_client.ui import i18n, key_dialog
from compliance_client.ui.i18n import translate
from compliance_client.ui.key_dialog import KeyDialog
from compliance_client.ui.tasks import pending_tasks
from compliance_client.ui.token_dialog import TokenDialog

from ..helpers.ui import (
    KeyCatcher,
    answer_next_box,
    connect,
    find,
    save_and_answer,
    type_into,
    unique,
)
from ..helpers.ui import open_token_dialog as open_dialog

Yes = QMessageBox.StandardButton.Yes
No = QMessageBox.StandardButton.No
Ok = QMessageBox.StandardButton.Ok
TITLE_ROOM = 32  # a window manager's title bar above the dialog (logical pixels)
# The offscreen platform can neither raise a popup nor grab the keyboard for it; harmless.
offscreen_popup = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def choose(qtbot: Any, combo: QComboBox, text: str) -> None:
    """Pick ``text`` in a closed drop-down by keyboard, as a person does (Home, then Down)."""
    index = combo.findText(text)
    offered = [combo.itemText(i) for i in range(combo.count())]
    assert index >= 0, f"{text!r} is not offered: {offered}"
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(index):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def type_lines(qtbot: Any, edit: Any, lines: list[str]) -> None:
    """Type into a multi-line editor as a person does, Enter between lines."""
    edit.setFocus()
    for n, line in enumerate(lines):
        if n:
            qtbot.keyClick(edit, Qt.Key.Key_Return)
        qtbot.keyClicks(edit, line)


# -- add -------------------------------------------------------------------------------------

LISTS = {
    "allowed_endpoints": ["tokens.*", "audit.read"],
    "blocked_endpoints": ["tokens.delete"],
    "allowed_ips": ["10.0.0.0/8", "127.0.0.0/8"],
    "blocked_ips": ["10.0.0.5"],
}
COMBINATIONS = [combo for n in range(len(LISTS) + 1)
                for combo in itertools.combinations(LISTS, n)]


def test_add_opens_with_the_cursor_in_the_first_field(qtbot, admin):
    # Seen by a tester: Ctrl+N opened Add with the cursor in "Expires on".
    dialog = open_dialog(qtbot, admin)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None, timeout=3000)
    assert dialog.focusWidget() is dialog.token_name_edit


@pytest.mark.parametrize("lists", COMBINATIONS, ids=lambda c: "+".join(c) or "none")
def test_add_token_with_any_combination_of_lists(qtbot, admin, client, lists):
    dialog = open_dialog(qtbot, admin)
    name = unique("Add combo")
    type_into(qtbot, dialog.name_edit, name)
    type_into(qtbot, dialog.org_id_edit, "combo-org")
    for field in lists:
        widget = getattr(dialog, field)
        if field.endswith("_endpoints"):
            for pattern in LISTS[field]:
                widget.set_checked(pattern, True)
        else:
            type_lines(qtbot, widget, LISTS[field])

    box, keys = save_and_answer(qtbot, dialog)

    assert box.texts == ["API token added successfully"]
    assert len(keys.keys) == 1 and key_format_problem(keys.keys[0]) is None
    assert keys.warnings == ["You won't see this key again."]
    (token,) = find(client, name)
    for field in LISTS:
        assert list(getattr(token, field)) == (LISTS[field] if field in lists else [])
    assert dialog.saved_token is not None and dialog.saved_token.id == token.id


def test_invalid_ip_is_marked_in_place_and_nothing_is_sent(qtbot, admin, client):
    dialog = open_dialog(qtbot, admin)
    name = unique("Bad IP")
    type_into(qtbot, dialog.name_edit, name)
    type_into(qtbot, dialog.org_id_edit, "bad-ip")
    type_lines(qtbot, dialog.allowed_ips, ["10.0.0.0/8", "10.0.0.1/8", "not-an-ip"])
    # checked as typed, before any Save
    qtbot.waitUntil(lambda: len(dialog.allowed_ips.problems) == 2)
    error = dialog.fields["allowed_ips"].error
    assert error.isVisible()
    assert "Line 2: 10.0.0.1/8 has host bits set; did you mean 10.0.0.0/8?" in error.text()
    assert "Line 3: not-an-ip is not an IP address" in error.text()
    assert len(dialog.allowed_ips.extraSelections()) == 2  # the bad lines are tinted

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert pending_tasks() == 0  # nothing went to the server
    assert dialog.isVisible()
    assert dialog.allowed_ips.property("invalid") is True
    assert find(client, name) == []


def test_fields_are_validated_by_the_domain_before_sending(qtbot, admin, client):
    dialog = open_dialog(qtbot, admin)
    dialog.allowed_endpoints.set_checked("tokens.read", True)
    dialog.blocked_endpoints.set_checked("tokens.read", True)
    type_into(qtbot, dialog.org_id_edit, "-starts-with-dash")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert pending_tasks() == 0
    assert dialog.fields["organization_name"].error.text() == "Enter the organization name."
    assert "starts with a letter or digit" in dialog.fields["organization_id"].error.text()
    assert "tokens.read is in both the allowed and the blocked list" in \
        dialog.fields["blocked_endpoints"].error.text()
    # typing in a field clears its mark
    type_into(qtbot, dialog.name_edit, "x")
    assert not dialog.fields["organization_name"].error.isVisible()


def test_server_field_messages_are_shown_on_the_fields(qtbot, admin, client):
    # The dialog checks first, so a real 422 is provoked outside it, then handed over.
    with pytest.raises(InvalidInput) as caught:
        client.create_token(organization_name=" ", organization_id="x",
                            allowed_ips=["300.1.1.1"])
    dialog = open_dialog(qtbot, admin)
    dialog._save_failed(caught.value)
    assert dialog.fields["organization_name"].error.isVisible()
    assert dialog.fields["organization_name"].error.text() == \
        caught.value.fields["organization_name"]
    assert "300.1.1.1" in dialog.fields["allowed_ips"].error.text()


def test_a_token_reaching_further_than_mine_is_refused(qtbot, session, make_profile,
                                                       issue_token):
    key = issue_token(allowed_endpoints=["tokens.*"], allowed_ips=["127.0.0.0/8"])
    me = connect(qtbot, session, make_profile, key, name="Limited")
    dialog = open_dialog(qtbot, me)
    type_into(qtbot, dialog.name_edit, unique("Escalate"))
    type_into(qtbot, dialog.org_id_edit, "esc")
    dialog.update_summary()
    assert "reaches further than your own token" in dialog.summary_warnings.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.general_error.isVisible(), timeout=5000)
    assert "may not reach further than your own" in dialog.general_error.text()
    assert dialog.isVisible()


def test_effective_access_line_and_warnings(qtbot, admin):
    dialog = open_dialog(qtbot, admin)
    dialog.update_summary()
    assert dialog.summary_label.text().startswith(
        "This token may call every endpoint from any address.")
    for pattern in ("tokens.list", "tokens.read", "tokens.update", "audit.read"):
        dialog.allowed_endpoints.set_checked(pattern, True)
    dialog.allowed_ips.setPlainText("10.0.0.0/8")
    dialog.blocked_ips.setPlainText("10.0.0.5")
    dialog.allowed_ips.check()
    dialog.blocked_ips.check()
    dialog.expires_edit.set_day(date(2031, 1, 31))
    dialog.update_summary()
    text = dialog.summary_label.text()
    # tokens.self is always allowed, so four picked ids make five endpoints: it says so
    assert text.startswith(f"May call 5 of {len(ENDPOINT_IDS)} endpoints from 10.0.0.0/8 "
                           "except 10.0.0.5. This includes tokens.self, which every token "
                           "may call.")
    assert "Expires 1/31/2031 " in text
    assert not dialog.summary_warnings.isVisible()

    dialog.blocked_ips.setPlainText("10.0.0.5\n10.0.0.0/8")
    dialog.blocked_ips.check()
    dialog.update_summary()
    warnings = dialog.summary_warnings.text()
    assert "10.0.0.0/8 is in both the allowed and the blocked IPs" in warnings
    assert "cannot be used from anywhere" in warnings


def test_catalogue_comes_from_the_server_with_patterns(qtbot, admin, client):
    dialog = open_dialog(qtbot, admin)
    patterns = dialog.allowed_endpoints.patterns()
    server_ids = [e.id for e in client.endpoints()]
    assert patterns[0] == "*"
    assert "tokens.*" in patterns and "devices.*" in patterns
    assert patterns[-len(server_ids):] == server_ids
    dialog.allowed_endpoints.set_checked("devices.*", True)
    assert dialog.allowed_endpoints.summary() == "devices.*"
    assert dialog.blocked_endpoints.summary() == "None blocked"


def test_picked_date_means_end_of_that_day_in_the_users_zone(qtbot, admin, client):
    zone = ZoneInfo("America/New_York")
    dialog = open_dialog(qtbot, admin, tz=zone)
    name = unique("Expiry")
    type_into(qtbot, dialog.name_edit, name)
    type_into(qtbot, dialog.org_id_edit, "expiry")
    day = date.today() + timedelta(days=200)
    dialog.expires_edit.set_day(day)
    save_and_answer(qtbot, dialog)
    (token,) = find(client, name)
    assert token.expires_at == end_of_day(day, zone)


def test_never_expires_warns_and_saves_null(qtbot, admin, client):
    dialog = open_dialog(qtbot, admin)
    name = unique("Never")
    type_into(qtbot, dialog.name_edit, name)
    type_into(qtbot, dialog.org_id_edit, "never")
    assert not dialog.never_warning.isVisible()
    choose(qtbot, dialog.expiry_choice, "Never")
    assert dialog.never_warning.isVisible()
    assert not dialog.expires_edit.isVisible()
    save_and_answer(qtbot, dialog)
    (token,) = find(client, name)
    assert token.expires_at is None


# -- edit ------------------------------------------------------------------------------------


def test_edit_saves_only_the_changes_and_says_so(qtbot, admin, client):
    created = client.create_token(organization_name=unique("Edit me"), organization_id="ed",
                                  allowed_ips=["10.0.0.0/8"]).token
    dialog = open_dialog(qtbot, admin, created)
    assert dialog.name_edit.text() == created.organization_name
    assert dialog.allowed_ips.raw_entries() == ["10.0.0.0/8"]
    new_name = unique("Edited")
    type_into(qtbot, dialog.name_edit, new_name)
    box, keys = save_and_answer(qtbot, dialog)
    assert box.texts == [f"API Key with id {created.id} is updated successfully"]
    assert keys.keys == []
    server = client.get_token(created.id).token
    assert server.organization_name == new_name
    assert server.allowed_ips == ("10.0.0.0/8",)
    assert server.expires_at == created.expires_at  # untouched date: same instant


def test_concurrent_edit_keeps_typed_values_and_reload_works(qtbot, admin, client):
    created = client.create_token(organization_name=unique("Shared"),
                                  organization_id="shared").token
    dialog = open_dialog(qtbot, admin, created)
    reloaded: list[Token] = []
    dialog.token_reloaded.connect(reloaded.append)  # the grid refreshes its row with it
    # someone else changes it after the dialog read it
    current = client.get_token(created.id)
    theirs = unique("Theirs")
    client.update_token(created.id, if_match=current.etag, organization_name=theirs,
                        blocked_ips=["192.0.2.1"])
    mine = unique("Mine")
    type_into(qtbot, dialog.name_edit, mine)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.banner.isVisible(), timeout=5000)
    assert "This token was changed by someone else" in dialog.banner_label.text()
    assert dialog.name_edit.text() == mine  # what was typed is still there
    assert client.get_token(created.id).token.organization_name == theirs  # not overwritten
    assert reloaded == []  # nothing learnt yet

    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.use_server_button.isVisible(), timeout=5000)
    assert [t.organization_name for t in reloaded] == [theirs]
    assert reloaded[0].blocked_ips == ("192.0.2.1",) and reloaded[0].id == created.id
    assert dialog.name_edit.text() == mine
    assert dialog.fields["organization_name"].hint.text() == f"On the server: {theirs}"
    assert dialog.fields["blocked_ips"].hint.text() == "On the server: 192.0.2.1"
    assert not dialog.fields["organization_id"].hint.isVisible()

    # a second, deliberate Save replaces only what this user changed
    box, _keys = save_and_answer(qtbot, dialog)
    assert box.texts == [f"API Key with id {created.id} is updated successfully"]
    server = client.get_token(created.id).token
    assert server.organization_name == mine
    assert server.blocked_ips == ()  # the form showed none, and Save sends what is shown


def test_use_the_servers_values_after_a_conflict(qtbot, admin, client):
    created = client.create_token(organization_name=unique("Take theirs"),
                                  organization_id="theirs").token
    dialog = open_dialog(qtbot, admin, created)
    theirs = unique("Server side")
    client.update_token(created.id, if_match=created, organization_name=theirs)
    type_into(qtbot, dialog.name_edit, "Mine")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.banner.isVisible(), timeout=5000)
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.use_server_button.isVisible(), timeout=5000)
    qtbot.mouseClick(dialog.use_server_button, Qt.MouseButton.LeftButton)
    assert dialog.name_edit.text() == theirs
    assert not dialog.banner.isVisible()
    assert not dialog.fields["organization_name"].hint.isVisible()


def test_regenerate_from_the_edit_dialog(qtbot, admin, client, ui_server):
    issued = client.create_token(organization_name=unique("Regen in dialog"),
                                 organization_id="regen")
    dialog = open_dialog(qtbot, admin, issued.token)
    saved: list[Token] = []
    dialog.token_saved.connect(saved.append)

    box = answer_next_box(No)
    qtbot.mouseClick(dialog.regenerate_button, Qt.MouseButton.LeftButton)
    assert "old key stops working at once" in box.texts[0]
    assert saved == []

    box = answer_next_box(Yes)
    keys = KeyCatcher().arm()
    qtbot.mouseClick(dialog.regenerate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(keys.keys) == 1, timeout=8000)
    new_key = keys.keys[0]
    assert key_format_problem(new_key) is None and new_key != issued.key
    assert "The old key no longer works" in keys.intros[0]
    assert dialog.key_label.text() == new_key[:12] + "…"
    assert saved and saved[-1].key_prefix == new_key[:12]
    with TokenServerClient(ui_server.url, new_key) as c:
        assert c.verify().token.id == issued.token.id

    # the dialog followed the new version: a later save is not refused as a conflict
    type_into(qtbot, dialog.name_edit, unique("After regen"))
    box, _ = save_and_answer(qtbot, dialog)
    assert box.texts == [f"API Key with id {issued.token.id} is updated successfully"]


def test_a_failed_regenerate_is_told_in_the_dialog(qtbot, admin, client):
    issued = client.create_token(organization_name=unique("Regen gone"), organization_id="gone")
    dialog = open_dialog(qtbot, admin, issued.token)
    client.delete_token(issued.token.id)  # someone else deletes it meanwhile

    box = answer_next_box(Yes)
    qtbot.mouseClick(dialog.regenerate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.general_error.isVisible(), timeout=8000)
    assert "old key stops working at once" in box.texts[0]
    assert dialog.general_error.text()  # and no key dialog came
    assert dialog.regenerate_button.isEnabled() and not dialog.busy.isVisible()


def test_a_failed_read_for_edit_leaves_the_form_shut(qtbot, admin, client):
    gone = client.create_token(organization_name=unique("Read gone"), organization_id="rg").token
    client.delete_token(gone.id)  # deleted before the dialog reads it
    dialog = TokenDialog(admin, gone)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.save_button.isEnabled() and not dialog.name_edit.isEnabled()
    qtbot.waitUntil(lambda: dialog.general_error.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=5000)
    assert dialog.general_error.text()
    assert not dialog.busy.isVisible()
    assert not dialog.save_button.isEnabled() and not dialog.name_edit.isEnabled()
    assert not dialog.regenerate_button.isEnabled()
    dialog.save()  # nothing read, nothing to save
    assert pending_tasks() == 0


# -- the expire date (issue 15) ---------------------------------------------------------------


def leave_date_field(qtbot: Any, dialog: TokenDialog, text: str) -> None:
    """Type ``text`` over the expire date and leave the field (Tab), as a person does."""
    dialog.expires_edit.edit.clear()
    type_into(qtbot, dialog.expires_edit.edit, text)
    dialog.expires_edit.edit.editingFinished.emit()


def test_the_date_typed_is_the_date_saved(qtbot, admin, client):
    zone = ZoneInfo("Europe/Berlin")
    dialog = open_dialog(qtbot, admin, tz=zone)
    name = unique("Typed date")
    type_into(qtbot, dialog.name_edit, name)
    type_into(qtbot, dialog.org_id_edit, "typed-date")
    day = date(date.today().year + 1, 6, 30)
    leave_date_field(qtbot, dialog, f"6/30/{day.year % 100:02d}")  # a two-digit year: 20yy
    assert dialog.expires_edit.text() == f"6/30/{day.year}"  # shown as it was read
    assert not dialog.fields["expires_at"].error.isVisible()
    save_and_answer(qtbot, dialog)
    (token,) = find(client, name)
    assert token.expires_at == end_of_day(day, zone)


def test_a_date_that_cannot_be_read_is_said_and_nothing_is_sent(qtbot, admin, client):
    dialog = open_dialog(qtbot, admin)
    name = unique("Unread date")
    type_into(qtbot, dialog.name_edit, name)
    type_into(qtbot, dialog.org_id_edit, "unread")
    example = f"12/31/{date.today().year}"
    leave_date_field(qtbot, dialog, "30 06 2027")  # English reads the month first
    error = dialog.fields["expires_at"].error
    assert error.isVisible()
    assert error.text() == f"\u201c30 06 2027\u201d is not a date: type the expire date as " \
                           f"{example}."
    assert dialog.expires_edit.text() == "30 06 2027"  # never silently another date
    # the summary guesses no date either
    qtbot.waitUntil(lambda: "Expires" not in dialog.summary_label.text(), timeout=2000)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert pending_tasks() == 0 and find(client, name) == []
    assert error.isVisible() and dialog.focusWidget() is dialog.expires_edit.edit

    leave_date_field(qtbot, dialog, "")
    assert error.text() == f"Type the expire date as {example}."
    type_into(qtbot, dialog.expires_edit.edit, f"1/2/{date.today().year + 1}")
    assert not error.isVisible()  # a readable date clears the mark as it is typed


def test_dates_keep_four_digit_years_after_a_language_switch(qtbot, admin):
    dialog = open_dialog(qtbot, admin)
    dialog.expires_edit.set_day(date(2031, 3, 2))
    dialog.update_summary()
    assert "Expires 3/2/2031 11:59" in dialog.summary_label.text()
    i18n.set_language("de")
    qtbot.waitUntil(lambda: dialog.expires_edit.text() == "02.03.2031", timeout=3000)
    dialog.update_summary()
    assert "02.03.2031 23:59" in dialog.summary_label.text()
    assert dialog.expires_edit.day() == date(2031, 3, 2)


@offscreen_popup
def test_the_calendar_opens_from_the_expire_date_by_keyboard(qtbot, admin):
    dialog = open_dialog(qtbot, admin)
    before = dialog.expires_edit.day()
    dialog.expires_edit.edit.setFocus()
    qtbot.keyClick(dialog.expires_edit.edit, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert dialog.expires_edit.calendar_shown()
    assert dialog.expires_edit.day() == before  # Alt+Down opens; it does not step the date
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.expires_edit.calendar_shown()
    qtbot.keyClick(dialog.expires_edit.edit, Qt.Key.Key_F4)
    assert dialog.expires_edit.calendar_shown() and dialog.expires_edit.day() == before
    dialog.expires_edit.close_calendar()


# -- names, Tab order and mnemonics (issue 15) -----------------------------------------------


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def focusable(dialog: TokenDialog, *, by_tab: bool = True) -> list[QWidget]:
    """Every control of the dialog's own window that can take focus now: ``by_tab``, from
    the keyboard; else also by a click only (a label whose text can be selected)."""
    wanted = Qt.FocusPolicy.TabFocus.value if by_tab else ~Qt.FocusPolicy.NoFocus.value
    return [w for w in dialog.findChildren(QWidget)
            if w.window() is dialog and w.isVisibleTo(dialog) and w.isEnabled()
            and w.focusPolicy().value & wanted]


def tab_chain(qtbot: Any, dialog: TokenDialog, first: QWidget) -> list[QWidget]:
    """The controls Tab visits from ``first`` until it comes back to it."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=3000)
    first.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first, timeout=3000)
    seen = [first]
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is first:
            return seen
        seen.append(now)
    raise AssertionError(f"Tab never came back: {[w.objectName() for w in seen]}")


@pytest.mark.parametrize("editing", [False, True], ids=["add", "edit"])
def test_every_control_is_named_and_in_the_tab_chain(qtbot, admin, client, editing):
    soon = datetime.now(UTC) + timedelta(days=30)  # a date, so the date field is enabled
    token = client.create_token(organization_name=unique("Names"), organization_id="names",
                                expires_at=soon).token if editing else None
    dialog = open_dialog(qtbot, admin, token)
    named = {
        dialog.token_name_edit: "Name",
        dialog.name_edit: "Organization name",
        dialog.org_id_edit: "Organization ID",
        dialog.scope_combo: "Scope",
        dialog.allowed_endpoints: "Allowed endpoints",
        dialog.blocked_endpoints: "Blocked endpoints",
        dialog.allowed_ips: "Allowed IPs",
        dialog.blocked_ips: "Blocked IPs",
        dialog.devices: "Bound to devices",
        dialog.expiry_choice: "Expires",
        dialog.expires_edit.edit: "Expire date",
        dialog.owner_edit: "Owner",
        dialog.description_edit: "Description",
    }
    for widget, name in named.items():
        assert widget.accessibleName() == name, widget.objectName()
        if not isinstance(widget, QComboBox):  # on Linux a combo box is named by its value
            assert accessible_name(widget) == name, widget.objectName()
    controls = focusable(dialog)
    assert set(named) <= set(controls)
    nameless = [w.objectName() or type(w).__name__
                for w in focusable(dialog, by_tab=False) if not accessible_name(w)]
    assert nameless == []

    chain = tab_chain(qtbot, dialog, dialog.token_name_edit)
    assert set(chain) == set(controls)  # every control, each once
    assert len(chain) == len(controls)
    fields = [dialog.token_name_edit, dialog.name_edit, dialog.org_id_edit, dialog.scope_combo,
              dialog.allowed_endpoints, dialog.blocked_endpoints, dialog.allowed_ips,
              dialog.blocked_ips, dialog.devices, dialog.expiry_choice,
              dialog.expires_edit.edit, dialog.owner_edit, dialog.description_edit]
    last = [dialog.regenerate_button] if editing else []
    cancel = dialog.cancel_button
    # in the order they are read; Regenerate after the fields, so typing through them
    # never lands on it
    assert chain == [*fields, *last, dialog.save_button, cancel]


MNEMONIC = re.compile(r"&(?!&)(.)")


@pytest.mark.parametrize("editing", [False, True], ids=["add", "edit"])
def test_mnemonics_are_unique_and_every_field_and_button_has_one(qtbot, admin, client,
                                                                 editing):
    token = client.create_token(organization_name=unique("Keys"),
                                organization_id="keys").token if editing else None
    dialog = open_dialog(qtbot, admin, token)
    letters: dict[str, str] = {}
    missing = []
    texts = [label.text() for label in dialog.findChildren(QLabel) if label.buddy()]
    texts += [b.text() for b in dialog.findChildren(QAbstractButton)
              if b.text() and b.window() is dialog]  # the banner's hidden buttons too
    for text in texts:
        found = MNEMONIC.findall(text)
        if len(found) != 1:
            missing.append(text)
            continue
        letter = found[0].lower()
        assert letter not in letters, f"{text!r} and {letters[letter]!r} share &{letter}"
        letters[letter] = text
    assert missing == []
    labelled = [dialog.token_name_edit, dialog.name_edit, dialog.org_id_edit,
                dialog.scope_combo, dialog.allowed_endpoints, dialog.blocked_endpoints,
                dialog.allowed_ips, dialog.blocked_ips, dialog.expiry_choice,
                dialog.owner_edit, dialog.description_edit]
    buddies = [label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()]
    assert all(any(b is w for b in buddies) for w in labelled)


# -- closing with changes (issue 15) -----------------------------------------------------------


class TitleBarClose(QCloseEvent):
    """The close event the window system sends for the title bar's close button (or
    Alt+F4): a spontaneous one, which Python cannot otherwise make."""

    def spontaneous(self) -> bool:
        return True


def close_with(qtbot: Any, dialog: TokenDialog, how: str) -> None:
    if how == "escape":
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Escape)
    elif how == "cancel":
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    else:
        QApplication.sendEvent(dialog, TitleBarClose())


@pytest.mark.parametrize("how", ["escape", "cancel", "close"])
def test_closing_asks_before_throwing_typed_input_away(qtbot, admin, how):
    dialog = open_dialog(qtbot, admin)
    type_into(qtbot, dialog.name_edit, "Half typed")

    box = answer_next_box(No)
    close_with(qtbot, dialog, how)
    assert box.texts == ["Discard your changes to this token?"]
    assert box.titles == ["Discard changes"]
    assert dialog.isVisible() and dialog.name_edit.text() == "Half typed"

    box = answer_next_box(Yes)
    close_with(qtbot, dialog, how)
    assert box.texts and not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


@pytest.mark.parametrize("how", ["escape", "cancel", "close"])
def test_closing_without_changes_does_not_ask(qtbot, admin, client, how):
    token = client.create_token(organization_name=unique("Untouched"),
                                organization_id="untouched").token
    for dialog in (open_dialog(qtbot, admin), open_dialog(qtbot, admin, token)):
        dialog.allowed_ips.check()  # checking, the catalogue arriving: no change of the user's
        box = answer_next_box(Yes)
        close_with(qtbot, dialog, how)
        assert not dialog.isVisible()
        assert box.texts == []
        box._tries = 0  # stop it looking for a box that never comes


def test_a_close_by_code_does_not_ask(qtbot, admin):
    # a window closing its dialogs, or a test tearing down: no person to answer
    dialog = open_dialog(qtbot, admin)
    type_into(qtbot, dialog.name_edit, "Half typed")
    box = answer_next_box(No)  # were it asked, No would keep the dialog open
    dialog.close()
    assert not dialog.isVisible() and box.texts == []
    box._tries = 0  # stop it looking for a box that never comes


def test_an_edit_changed_back_by_hand_is_not_a_change(qtbot, admin, client):
    token = client.create_token(organization_name=unique("Back"), organization_id="back").token
    dialog = open_dialog(qtbot, admin, token)
    dialog.allowed_endpoints.set_checked("audit.read", True)
    assert dialog.has_changes()
    dialog.allowed_endpoints.set_checked("audit.read", False)
    assert not dialog.has_changes()


# -- a language switch while open (issue 15) ------------------------------------------------


def test_a_language_switch_retranslates_the_buttons_with_their_mnemonics(qtbot, admin):
    dialog = open_dialog(qtbot, admin)
    cancel = dialog.cancel_button
    assert (dialog.save_button.text(), cancel.text()) == ("&Save", "&Cancel")
    i18n.set_language("de")
    qtbot.waitUntil(lambda: dialog.windowTitle() == translate("TokenDialog", "Add API token"),
                    timeout=3000)
    qtbot.wait(50)  # let every widget have its LanguageChange
    assert dialog.save_button.text() == "&Speichern"
    assert cancel.text() == translate("TokenDialog", "&Cancel")
    assert "&" in cancel.text()
    i18n.set_language("en")
    qtbot.waitUntil(lambda: dialog.save_button.text() == "&Save", timeout=3000)
    qtbot.wait(50)
    assert (dialog.save_button.text(), cancel.text()) == ("&Save", "&Cancel")


# -- the endpoint headers and a small screen (issue 15) ---------------------------------------


@pytest.mark.parametrize("language", ["fr", "de", "bn", "ar"])
def test_every_field_label_shows_its_whole_text(qtbot, admin, language):
    i18n.set_language(language)
    dialog = open_dialog(qtbot, admin)
    qtbot.wait(50)
    for name, label in dialog.labels.items():
        whole = label.text().replace("&", "")
        assert label.toolTip() == whole, name
        room = label.contentsRect()
        needed = label.fontMetrics().boundingRect(
            0, 0, room.width(), 10_000, int(Qt.TextFlag.TextWordWrap), whole)
        assert needed.width() <= room.width() and needed.height() <= room.height(), (
            name, whole, needed, room)
    assert dialog.labels["allowed_endpoints"].text() != dialog.labels["blocked_endpoints"].text()


def test_on_a_small_screen_the_form_scrolls_and_the_dialog_fits(qtbot, admin, client,
                                                                monkeypatch):
    # 200 % on a 1400×900 screen leaves 700×450 logical pixels
    monkeypatch.setattr(TokenDialog, "available_area", lambda self: QRect(0, 0, 700, 450))
    soon = datetime.now(UTC) + timedelta(days=30)  # a date, so the date field takes focus
    token = client.create_token(organization_name=unique("Small"), organization_id="small",
                                allowed_ips=["10.0.0.0/8"], expires_at=soon).token
    for dialog in (open_dialog(qtbot, admin), open_dialog(qtbot, admin, token)):
        qtbot.wait(50)
        frame = dialog.frameGeometry()
        assert dialog.width() <= 700 and dialog.height() + TITLE_ROOM <= 450, frame
        least = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        assert least.width() <= 700 and least.height() + TITLE_ROOM <= 450
        assert dialog.scroll_area.verticalScrollBar().maximum() > 0  # the form scrolls
        assert dialog.save_button.isVisible()  # the buttons stay in view
        # Tab to a field out of view scrolls it into view
        tab_chain(qtbot, dialog, dialog.token_name_edit)  # back at the top
        dialog.owner_edit.setFocus()
        qtbot.keyClick(dialog.owner_edit, Qt.Key.Key_Tab, Qt.KeyboardModifier.NoModifier)
        last = dialog.description_edit  # the last field, at the bottom of the form
        assert QApplication.focusWidget() is last
        viewport = dialog.scroll_area.viewport()
        spot = last.mapTo(viewport, last.rect().center())
        assert viewport.rect().contains(spot)


def test_on_a_normal_screen_nothing_scrolls(qtbot, admin, client):
    token = client.create_token(organization_name=unique("Roomy"), organization_id="roomy",
                                allowed_ips=["10.0.0.0/8"]).token
    for dialog in (open_dialog(qtbot, admin), open_dialog(qtbot, admin, token)):
        qtbot.wait(50)
        assert dialog.scroll_area.verticalScrollBar().maximum() == 0
        assert dialog.scroll_area.horizontalScrollBar().maximum() == 0
        # an error line makes the window grow rather than scroll
        dialog.name_edit.clear()
        dialog.save()
        qtbot.wait(50)
        assert dialog.fields["organization_name"].error.isVisible()
        assert dialog.scroll_area.verticalScrollBar().maximum() == 0


# -- the key dialog ----------------------------------------------------------------------------


def test_key_dialog_copies_and_clears_the_clipboard(qtbot):
    key = "cct_" + "a" * 43 + "XXXXXX"
    dialog = KeyDialog(key, "Acme", clear_after_ms=150)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.key_field.isReadOnly()
    assert dialog.key_field.selectedText() == key
    assert dialog.warning.text() == "You won't see this key again."
    clipboard = QGuiApplication.clipboard()
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == key
    assert dialog.copied_label.isVisible()
    dialog.accept()  # closing the dialog does not stop the timer
    assert dialog.key_field.text() == ""
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=3000)


def test_clipboard_is_left_alone_when_it_changed_meanwhile(qtbot):
    key = "cct_" + "b" * 43 + "YYYYYY"
    dialog = KeyDialog(key, "Acme", clear_after_ms=100)
    qtbot.addWidget(dialog)
    clipboard = QGuiApplication.clipboard()
    dialog.copy()
    clipboard.setText("something else the user copied")
    qtbot.waitUntil(lambda: not key_dialog._pending, timeout=3000)  # the timer has fired
    assert clipboard.text() == "something else the user copied"
