"""The token dialog's part of the token lifecycle (issue 17, ARCHITECTURE §11), against the
real token server on loopback: what a token is for (name, description, owner), expiry presets
as the token policy allows them, the policy checked before anything is sent and the server's
own refusal, and the note on a suspended token or a replaced key that still works.

The policy is global to the session-wide server: every test that changes it puts the
defaults back (the ``policy`` fixture).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from compliance_client.domain.lifecycle import TokenPolicy
from compliance_client.domain.tokens import end_of_day
from compliance_client.service.client import TokenServerClient
from compliance_client.ui.tasks import pending_tasks

from ..helpers.ui import answer_next_box, connect, find, save_and_answer, type_into, unique
from ..helpers.ui import open_token_dialog as open_dialog
from .test_token_dialog import choose, type_lines

ZONE = ZoneInfo("Pacific/Auckland")  # far from UTC: a day computed in the wrong zone shows


def today_in(zone: ZoneInfo) -> date:
    return datetime.now(zone).date()


@pytest.fixture
def policy(client: TokenServerClient) -> Iterator[Callable[..., TokenPolicy]]:
    """``policy(**fields)`` sets the server's token policy; the defaults come back after."""

    def set_policy(**fields: Any) -> TokenPolicy:
        return client.set_policy(TokenPolicy(**fields))

    try:
        yield set_policy
    finally:
        client.set_policy(TokenPolicy())


def offered(dialog: Any) -> list[str]:
    combo = dialog.expiry_choice
    return [combo.itemText(i) for i in range(combo.count())]


def open_with_policy(qtbot: Any, session: Any, token: Any = None, **kw: Any) -> Any:
    """The dialog once the policy it reads in the background has arrived."""
    dialog = open_dialog(qtbot, session, token, **kw)
    qtbot.waitUntil(lambda: dialog.policy_known, timeout=5000)
    return dialog


def fill_required(qtbot: Any, dialog: Any, prefix: str) -> str:
    name = unique(prefix)
    type_into(qtbot, dialog.name_edit, name)
    type_into(qtbot, dialog.org_id_edit, "lifecycle")
    return name


# -- what a token is for -------------------------------------------------------------------


def test_name_description_and_owner_are_saved_with_a_new_token(qtbot, admin, client):
    dialog = open_dialog(qtbot, admin)
    org = fill_required(qtbot, dialog, "Words")
    type_into(qtbot, dialog.token_name_edit, "Nightly backup")
    type_into(qtbot, dialog.owner_edit, "it-ops@example.com")
    type_lines(qtbot, dialog.description_edit, ["Runs at 2 am", "on the backup host"])

    box, _keys = save_and_answer(qtbot, dialog)

    assert box.texts == ["API token added successfully"]
    (token,) = find(client, org)
    assert token.name == "Nightly backup"
    assert token.owner == "it-ops@example.com"
    assert token.description == "Runs at 2 am\non the backup host"


def test_an_edit_loads_the_words_and_sends_only_those_changed(qtbot, admin, client):
    created = client.create_token(organization_name=unique("Words edit"),
                                  organization_id="words", name="Upload",
                                  description="First line\nsecond line", owner="Ann").token
    dialog = open_dialog(qtbot, admin, created)
    assert dialog.token_name_edit.text() == "Upload"
    assert dialog.description_edit.toPlainText() == "First line\nsecond line"
    assert dialog.owner_edit.text() == "Ann"
    assert not dialog.has_changes()

    type_into(qtbot, dialog.owner_edit, "Bob")
    box, _keys = save_and_answer(qtbot, dialog)

    assert box.texts == [f"API Key with id {created.id} is updated successfully"]
    server = client.get_token(created.id).token
    assert (server.name, server.description, server.owner) == (
        "Upload", "First line\nsecond line", "Bob")
    entry = next(e for e in client.audit(limit=20).items
                 if e.target == f"token:{created.id}" and e.action == "tokens.update")
    assert set(entry.changes) == {"owner"}  # only what changed was sent


def test_words_that_cannot_be_saved_are_said_on_their_fields(qtbot, admin, client):
    dialog = open_dialog(qtbot, admin)
    org = fill_required(qtbot, dialog, "Bad words")
    type_into(qtbot, dialog.token_name_edit, "x" * 101)
    dialog.owner_edit.setText("Ann\x1b[31m")  # pasted with a terminal escape in it
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert pending_tasks() == 0  # nothing went to the server
    assert dialog.fields["name"].error.text() == "This is longer than 100 characters."
    assert dialog.fields["owner"].error.text() == (
        "This holds a control character (pasted, perhaps); remove it.")
    assert not dialog.fields["description"].error.isVisible()
    assert dialog.focusWidget() is dialog.token_name_edit  # the first field to fix
    assert find(client, org) == []
    type_into(qtbot, dialog.owner_edit, "Ann")
    assert not dialog.fields["owner"].error.isVisible()  # fixed as typed


def test_closing_asks_when_only_the_description_changed(qtbot, admin, client):
    created = client.create_token(organization_name=unique("Words close"),
                                  organization_id="words").token
    dialog = open_dialog(qtbot, admin, created)
    type_lines(qtbot, dialog.description_edit, ["Half a thought"])
    box = answer_next_box(QMessageBox.StandardButton.No)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert box.texts == ["Discard your changes to this token?"]
    assert dialog.isVisible()


# -- expiry presets ------------------------------------------------------------------------


@pytest.mark.parametrize("days", [7, 30, 60, 90])
def test_a_preset_expires_at_the_end_of_the_day_that_many_days_ahead(qtbot, admin, client,
                                                                     days):
    dialog = open_with_policy(qtbot, admin, tz=ZONE)
    org = fill_required(qtbot, dialog, "Preset")
    choose(qtbot, dialog.expiry_choice, "On a date…")
    choose(qtbot, dialog.expiry_choice, f"{days} days")
    day = today_in(ZONE) + timedelta(days=days)
    assert dialog.expires_edit.day() == day  # the day is in view before it is saved
    save_and_answer(qtbot, dialog)
    (token,) = find(client, org)
    assert token.expires_at == end_of_day(day, ZONE)


def test_a_day_typed_over_a_preset_is_that_day(qtbot, admin, client):
    dialog = open_with_policy(qtbot, admin, tz=ZONE)
    org = fill_required(qtbot, dialog, "Typed over")
    choose(qtbot, dialog.expiry_choice, "7 days")
    day = today_in(ZONE) + timedelta(days=45)
    type_into(qtbot, dialog.expires_edit.edit, f"{day.month}/{day.day}/{day.year}")
    assert dialog.expiry_choice.currentText() == "On a date…"
    save_and_answer(qtbot, dialog)
    (token,) = find(client, org)
    assert token.expires_at == end_of_day(day, ZONE)


def test_a_new_token_starts_with_the_policys_default_lifetime(qtbot, admin, policy):
    policy(default_lifetime_days=30)
    dialog = open_with_policy(qtbot, admin, tz=ZONE)
    assert dialog.expiry_choice.currentText() == "30 days"
    assert dialog.expires_edit.day() == today_in(ZONE) + timedelta(days=30)
    assert not dialog.has_changes()  # the policy's default is not the user's change

    policy(default_lifetime_days=45)  # not a preset: a date, 45 days ahead
    dialog = open_with_policy(qtbot, admin, tz=ZONE)
    assert dialog.expiry_choice.currentText() == "On a date…"
    assert dialog.expires_edit.day() == today_in(ZONE) + timedelta(days=45)


def test_a_preset_as_long_as_the_limit_ends_the_day_before(qtbot, admin, client, policy):
    # The end of the day 30 days ahead lies later than now + 30 days, which the server
    # refuses under a 30-day limit: the preset takes the day before, and says so.
    policy(max_lifetime_days=30, default_lifetime_days=7)
    dialog = open_with_policy(qtbot, admin, tz=ZONE)
    org = fill_required(qtbot, dialog, "At the limit")
    choose(qtbot, dialog.expiry_choice, "30 days")
    day = today_in(ZONE) + timedelta(days=29)
    assert dialog.expires_edit.day() == day
    box, _keys = save_and_answer(qtbot, dialog)
    assert box.texts == ["API token added successfully"]
    (token,) = find(client, org)
    assert token.expires_at == end_of_day(day, ZONE)


def test_never_and_long_presets_are_offered_only_as_the_policy_allows(qtbot, admin, policy):
    dialog = open_with_policy(qtbot, admin)
    assert offered(dialog) == ["7 days", "30 days", "60 days", "90 days", "On a date…", "Never"]
    assert dialog.expiry_choice.currentText() == "90 days"  # the built-in default

    policy(require_expiry=True)
    dialog = open_with_policy(qtbot, admin)
    assert offered(dialog) == ["7 days", "30 days", "60 days", "90 days", "On a date…"]

    policy(max_lifetime_days=45, default_lifetime_days=30)
    dialog = open_with_policy(qtbot, admin)
    assert offered(dialog) == ["7 days", "30 days", "On a date…"]
    assert dialog.expiry_choice.currentText() == "30 days"


def test_while_the_policy_loads_the_dialog_is_usable(qtbot, admin, policy, monkeypatch):
    policy(max_lifetime_days=60, default_lifetime_days=30)
    threads: list[threading.Thread] = []
    release = threading.Event()
    real_get_policy = TokenServerClient.get_policy

    def slow_get_policy(self: TokenServerClient) -> TokenPolicy:
        threads.append(threading.current_thread())
        release.wait(10)  # a slow server: the dialog must not wait for it
        return real_get_policy(self)

    monkeypatch.setattr(TokenServerClient, "get_policy", slow_get_policy)
    from compliance_client.ui.token_dialog import TokenDialog

    started = time.monotonic()
    dialog = TokenDialog(admin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert time.monotonic() - started < 2
    qtbot.waitUntil(lambda: len(threads) == 1, timeout=5000)
    assert threads[0] is not threading.main_thread()
    # usable meanwhile, with every choice: the user picks one
    assert not dialog.policy_known and "Never" in offered(dialog)
    type_into(qtbot, dialog.token_name_edit, "Typed while loading")
    choose(qtbot, dialog.expiry_choice, "7 days")

    release.set()
    qtbot.waitUntil(lambda: dialog.policy_known, timeout=5000)
    assert offered(dialog) == ["7 days", "30 days", "60 days", "On a date…"]
    assert dialog.expiry_choice.currentText() == "7 days"  # the user's pick, still allowed
    assert dialog.token_name_edit.text() == "Typed while loading"


def test_a_pick_the_arriving_policy_forbids_is_said_on_the_field(qtbot, admin, policy,
                                                                   monkeypatch):
    policy(require_expiry=True)
    release = threading.Event()
    real_get_policy = TokenServerClient.get_policy

    def slow_get_policy(self: TokenServerClient) -> TokenPolicy:
        release.wait(10)
        return real_get_policy(self)

    monkeypatch.setattr(TokenServerClient, "get_policy", slow_get_policy)
    from compliance_client.ui.token_dialog import TokenDialog

    dialog = TokenDialog(admin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    choose(qtbot, dialog.expiry_choice, "Never")
    release.set()
    qtbot.waitUntil(lambda: dialog.policy_known, timeout=5000)
    assert "Never" not in offered(dialog)
    assert dialog.expiry_choice.currentText() == "On a date…"
    assert dialog.fields["expires_at"].error.text() == (
        "The token policy requires an expire date: pick one.")


def test_without_policy_read_every_choice_is_offered_with_the_builtin_default(
        qtbot, session, make_profile, issue_token, policy):
    key = issue_token(allowed_endpoints=["tokens.*"])  # may not read the policy
    me = connect(qtbot, session, make_profile, key, name="No policy")
    policy(require_expiry=True)
    dialog = open_dialog(qtbot, me)
    assert not me.may("policy.read")
    assert not dialog.policy_known  # nothing was asked
    assert offered(dialog) == ["7 days", "30 days", "60 days", "90 days", "On a date…", "Never"]
    assert dialog.expiry_choice.currentText() == "90 days"


# -- the policy checked ------------------------------------------------------------------


def test_the_policy_is_checked_before_anything_is_sent(qtbot, admin, client, policy):
    policy(max_lifetime_days=30, default_lifetime_days=30, require_ip_restriction=True)
    dialog = open_with_policy(qtbot, admin, tz=ZONE)
    org = fill_required(qtbot, dialog, "Too late")
    day = today_in(ZONE) + timedelta(days=40)
    type_into(qtbot, dialog.expires_edit.edit, f"{day.month}/{day.day}/{day.year}")

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert pending_tasks() == 0  # nothing went to the server
    assert dialog.fields["allowed_ips"].error.text() == (
        "The token policy requires at least one allowed IP address or network: add one.")
    assert dialog.fields["expires_at"].error.text() == (
        "The token policy allows at most 30 days from today: pick an earlier day.")
    assert dialog.focusWidget() is dialog.allowed_ips  # the first field, in reading order
    assert find(client, org) == []

    type_lines(qtbot, dialog.allowed_ips, ["127.0.0.0/8"])
    choose(qtbot, dialog.expiry_choice, "30 days")
    assert not dialog.fields["expires_at"].error.isVisible()  # fixed by the choice
    box, _keys = save_and_answer(qtbot, dialog)
    assert box.texts == ["API token added successfully"]
    assert len(find(client, org)) == 1


def test_a_policy_changed_after_the_dialog_read_it_is_said_by_the_server(qtbot, admin,
                                                                          client, policy):
    dialog = open_with_policy(qtbot, admin)  # the defaults: Never is offered
    org = fill_required(qtbot, dialog, "Changed meanwhile")
    type_into(qtbot, dialog.token_name_edit, "Kept")
    choose(qtbot, dialog.expiry_choice, "Never")
    policy(require_expiry=True)  # an administrator elsewhere, meanwhile

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    error = dialog.fields["expires_at"].error
    # the server's refusal, then (once the policy is read again) in the user's words
    qtbot.waitUntil(lambda: error.text() == (
        "The token policy requires an expire date: pick one."), timeout=5000)
    assert dialog.isVisible()
    assert "Never" not in offered(dialog)
    assert dialog.token_name_edit.text() == "Kept"  # nothing typed is lost
    assert dialog.name_edit.text() == org
    assert find(client, org) == []


def test_an_edit_is_checked_only_for_what_it_changes(qtbot, admin, client, policy):
    created = client.create_token(organization_name=unique("Older"),
                                  organization_id="older").token  # never expires
    policy(require_expiry=True, require_ip_restriction=True)
    dialog = open_with_policy(qtbot, admin, created)
    assert dialog.expiry_choice.currentText() == "Never"  # as it is, even if not allowed now
    type_into(qtbot, dialog.owner_edit, "Carol")
    box, _keys = save_and_answer(qtbot, dialog)  # older tokens stay editable in other ways
    assert box.texts == [f"API Key with id {created.id} is updated successfully"]
    assert client.get_token(created.id).token.owner == "Carol"


# -- editing the expiry ----------------------------------------------------------------------


def test_an_edit_shows_the_expiry_as_a_date_and_a_preset_counts_from_today(qtbot, admin,
                                                                           client):
    day = today_in(ZONE) + timedelta(days=200)
    created = client.create_token(organization_name=unique("Edit expiry"),
                                  organization_id="edexp",
                                  expires_at=end_of_day(day, ZONE)).token
    dialog = open_with_policy(qtbot, admin, created, tz=ZONE)
    assert dialog.expiry_choice.currentText() == "On a date…"
    assert dialog.expires_edit.day() == day
    choose(qtbot, dialog.expiry_choice, "7 days")
    save_and_answer(qtbot, dialog)
    server = client.get_token(created.id).token
    assert server.expires_at == end_of_day(today_in(ZONE) + timedelta(days=7), ZONE)


# -- the token's state -------------------------------------------------------------------


def test_a_suspended_token_and_a_working_previous_key_are_noted(qtbot, admin, client):
    created = client.create_token(organization_name=unique("Noted"), organization_id="noted")
    fresh = client.get_token(created.token.id).token
    dialog = open_dialog(qtbot, admin, fresh)
    assert not dialog.lifecycle_note.isVisible()  # an active token: nothing to say
    dialog.close()

    client.suspend_token(fresh.id)
    client.regenerate_token(fresh.id, grace_seconds=3600)
    dialog = open_dialog(qtbot, admin, fresh)  # the grid's older copy: the server's counts
    text = dialog.lifecycle_label.text()
    assert dialog.lifecycle_note.isVisible()
    assert "This token is suspended: the server refuses its key until it is resumed." in text
    assert "The previous key still works until " in text


def test_a_token_revoked_as_leaked_says_so(qtbot, admin, client, ui_server):
    issued = client.create_token(organization_name=unique("Leaked"), organization_id="leak")
    from tests.secrets_plugin import record_key

    record_key(issued.key)
    with TokenServerClient(ui_server.url) as anyone:
        anyone.revoke_leaked([issued.key])
    dialog = open_dialog(qtbot, admin, issued.token)
    assert dialog.lifecycle_label.text() == (
        "This token is suspended: its key was reported as leaked. Regenerate the key before "
        "anyone resumes it.")
