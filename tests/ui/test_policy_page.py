"""The Token policy page against the real token server on loopback (issue 17): offered to a
global administrator only, read, saved in the background and checked first, in words the
user reads; edits survive a language switch and a visit to another page."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from compliance_client.domain.lifecycle import TokenPolicy
from compliance_client.service.client import TokenServerClient
from compliance_client.ui import i18n
from compliance_client.ui.main_window import MainWindow
from compliance_client.ui.pages.policy_page import PolicyPage
from compliance_client.ui.tasks import pending_tasks
from compliance_client.ui.testing import open_main_window

from ..helpers.ui import answer_next_box, connect

Ok = QMessageBox.StandardButton.Ok


@pytest.fixture
def restore_policy(client: TokenServerClient) -> Iterator[None]:
    """The UI tests share one server: whatever a test saves, the next finds the defaults."""
    yield
    client.set_policy(TokenPolicy())


def open_window(qtbot: Any, session: Any) -> MainWindow:
    w = open_main_window(session.context, session=session, load=False)
    qtbot.addWidget(w)
    qtbot.waitExposed(w)
    return w


def open_policy(qtbot: Any, w: MainWindow) -> PolicyPage:
    w.show_page("policy")
    page: PolicyPage = w.pages["policy"].page
    qtbot.waitUntil(lambda: page.policy is not None and pending_tasks() == 0, timeout=8000)
    return page


def test_offered_to_a_global_administrator_only(qtbot, admin, session, make_profile,
                                                issue_token):
    w = open_window(qtbot, admin)
    assert not w._items["policy"].isHidden()
    assert w._items["policy"].text() == "Token policy"
    page = open_policy(qtbot, w)
    assert page.title.text() == "Token policy"
    w.close()

    # An organization's token, even one whose lists reach policy.read: no such page.
    key = issue_token(allowed_endpoints=["tokens.self", "tokens.list", "policy.read"])
    org = connect(qtbot, session, make_profile, key, name="Tenant")
    assert org.may("policy.read") and not org.access.token.is_global
    w = open_window(qtbot, org)
    assert w._items["policy"].isHidden()
    assert not w._items["tokens"].isHidden()


def test_save_round_trip(qtbot, admin, client, restore_policy):
    w = open_window(qtbot, admin)
    page = open_policy(qtbot, w)
    assert page.values() == TokenPolicy().to_json()  # the server's defaults, as shown
    assert not page.save_button.isEnabled()  # nothing changed yet
    assert not page.max_days.isEnabled()  # no limit: its days wait for the check box

    page.limit_check.setChecked(True)
    page.max_days.setValue(180)
    page.require_expiry.setChecked(True)
    page.default_days.setValue(60)
    page.warn_days.setValue(10)
    assert page.dirty() and page.save_button.isEnabled()
    done = answer_next_box(Ok)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.busy.isVisible() or pending_tasks() > 0  # in the background
    qtbot.waitUntil(lambda: len(done.texts) == 1, timeout=8000)
    assert done.texts == ["The token policy is saved."]
    assert client.get_policy() == TokenPolicy(max_lifetime_days=180, require_expiry=True,
                                              default_lifetime_days=60, warn_before_days=10)
    assert not page.dirty() and not page.save_button.isEnabled()

    # Revert reads the server again, over the edits.
    page.warn_days.setValue(3)
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.warn_days.value() == 10 and pending_tasks() == 0,
                    timeout=8000)
    assert not page.dirty()


def test_a_local_problem_is_shown_under_its_field_and_nothing_is_sent(qtbot, admin, client,
                                                                      restore_policy):
    w = open_window(qtbot, admin)
    page = open_policy(qtbot, w)
    page.limit_check.setChecked(True)
    page.max_days.setValue(30)
    page.default_days.setValue(90)  # longer than the maximum
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    label = page.field_errors["default_lifetime_days"]
    assert label.isVisible()
    assert label.text() == ("The default lifetime may not be longer than the maximum "
                            "lifetime.")
    assert pending_tasks() == 0  # checked here: nothing went to the server
    assert client.get_policy() == TokenPolicy()
    assert page.default_days.hasFocus() or not page.isActiveWindow()
    page.default_days.setValue(30)  # fixing it clears the problem
    assert not label.isVisible()


def test_edits_survive_a_language_switch_and_another_page(qtbot, admin, restore_policy):
    w = open_window(qtbot, admin)
    page = open_policy(qtbot, w)
    page.warn_days.setValue(21)
    i18n.set_language("de")
    try:
        assert page.warn_days.value() == 21 and page.dirty()
    finally:
        i18n.set_language("en")
    w.show_page("profile")
    w.show_page("policy")  # activate(): the server is not read over the edits
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=5000)
    assert page.warn_days.value() == 21 and page.save_button.isEnabled()


def test_a_read_only_policy_says_so(qtbot, session, make_profile, ui_server):
    from compliance_client.domain.tokens import SCOPE_GLOBAL
    from compliance_client.server.bootstrap import issue_admin_token

    from ..helpers.ui import unique

    name = unique("Policy reader")
    full = issue_admin_token(ui_server.db_url, name, name.replace(" ", "-").lower(),
                             scope=SCOPE_GLOBAL)
    with TokenServerClient(ui_server.url, full) as c:
        reader_key = c.create_token(
            organization_name=name, organization_id="policy-reader", scope=SCOPE_GLOBAL,
            allowed_endpoints=["tokens.self", "policy.read"]).key
    reader = connect(qtbot, session, make_profile, reader_key, name="Reader")
    w = open_window(qtbot, reader)
    assert not w._items["policy"].isHidden()
    page = open_policy(qtbot, w)
    assert page.read_only_note.isVisible()
    assert not page.warn_days.isEnabled() and not page.save_button.isEnabled()
