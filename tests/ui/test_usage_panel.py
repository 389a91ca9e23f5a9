"""The usage panel against the real token server (issue 18): a fresh token makes some
allowed and some denied requests, and the panel's chart, totals, addresses and endpoints are
the server's numbers; an answer about a row the user has left is dropped; the empty, error
and not-allowed states say what they mean."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import pytest
from PySide6.QtCore import QPoint

from compliance_client.domain.records import TokenUsage
from compliance_client.service.client import TokenServerClient
from compliance_client.service.errors import ApiError
from compliance_client.ui import i18n
from compliance_client.ui.pages.usage_panel import UsagePanel, UsageState
from compliance_client.ui.session import Session
from compliance_client.ui.tasks import pending_tasks
from compliance_client.ui.text import datetime_text, day_text

from ..helpers.ui import connect, unique


def flush_usage() -> None:
    """Write the server's pending usage counters now (it batches them every 10 s), so the
    numbers come from its database, not its memory."""
    from compliance_client.server import usage

    for counter in list(usage._LIVE):
        counter.flush()


def open_panel(qtbot: Any, session: Session) -> UsagePanel:
    panel = UsagePanel(session)
    qtbot.addWidget(panel)
    panel.resize(420, 700)
    panel.show()
    return panel


def settled(qtbot: Any, panel: UsagePanel) -> None:
    qtbot.waitUntil(lambda: panel.state not in (UsageState.LOADING,)
                    and pending_tasks() == 0, timeout=8000)


@pytest.fixture
def used_token(ui_server: Any, client: TokenServerClient) -> Iterator[Any]:
    """A fresh token that may read itself and the catalogue only, used 5 times as allowed
    and twice refused (tokens.list is not among its endpoints)."""
    issued = client.create_token(organization_name=unique("Usage"), organization_id="usage",
                                 allowed_endpoints=["tokens.self", "endpoints.list"])
    with TokenServerClient(ui_server.url, issued.key) as own:
        for _ in range(3):
            own.verify()
        for _ in range(2):
            own.endpoints()
        for _ in range(2):
            with pytest.raises(ApiError):
                own.list_tokens()
    flush_usage()
    yield issued.token


def column(table: Any, col: int) -> list[str]:
    return [table.item(r, col).text() for r in range(table.rowCount())]


def test_the_panel_shows_the_servers_numbers(qtbot, admin, client, used_token):
    panel = open_panel(qtbot, admin)
    panel.show_token(used_token)
    assert panel.status.text() == "Loading…"
    settled(qtbot, panel)
    expected: TokenUsage = client.token_usage(used_token.id)
    assert panel.state == UsageState.READY
    assert (expected.allowed, expected.denied) == (5, 2)

    # The chart draws the server's days, one bar each, oldest first.
    assert panel.chart.days == expected.days and len(panel.chart.days) == 30
    today = expected.days[-1]
    assert (today.allowed, today.denied) == (5, 2)
    assert panel.chart.bar_text(29) == f"{day_text(today.date)}: 5 allowed, 2 denied"
    assert panel.chart.bar_at(panel.chart.bar_centre(29)) == 29
    assert panel.chart.bar_at(panel.chart.bar_centre(0)) == 0
    assert panel.chart.accessibleDescription() == (
        f"Last 30 days: 5 allowed, 2 denied; busiest day {day_text(today.date)} "
        "(7 requests)")
    assert panel.totals.text() == "Last 30 days: 5 allowed, 2 denied."
    assert panel.heading.text() == f"Usage of {used_token.organization_name} " \
                                   f"(token {used_token.id})"

    # The addresses with their local times, the endpoints most called first.
    assert column(panel.addresses, 0) == [a.address for a in expected.addresses]
    assert column(panel.addresses, 0) == ["127.0.0.1"]
    assert column(panel.addresses, 1) == [datetime_text(a.last_seen_at)
                                          for a in expected.addresses]
    assert column(panel.addresses, 2) == ["7"]
    assert column(panel.endpoints, 0) == ["tokens.self", "endpoints.list", "tokens.list"]
    assert column(panel.endpoints, 1) == ["3", "2", "2"]
    assert {e.id: e.requests for e in expected.endpoints} == {
        "tokens.self": 3, "endpoints.list": 2, "tokens.list": 2}
    assert panel.chart.isVisible() and not panel.status.isVisible()


def test_the_chart_is_drawn_in_light_dark_and_arabic(qtbot, admin, used_token, tmp_path):
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    panel = open_panel(qtbot, admin)
    panel.show_token(used_token)
    settled(qtbot, panel)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = app.palette()
    dark = QPalette(light)
    for role, colour in ((QPalette.ColorRole.Window, "#202020"),
                         (QPalette.ColorRole.WindowText, "#f0f0f0"),
                         (QPalette.ColorRole.Base, "#181818"),
                         (QPalette.ColorRole.Text, "#f0f0f0")):
        dark.setColor(role, QColor(colour))
    try:
        panel.grab().save(str(tmp_path / "usage-light.png"))
        app.setPalette(dark)
        qtbot.wait(20)
        panel.grab().save(str(tmp_path / "usage-dark.png"))
    finally:
        app.setPalette(light)
    i18n.set_language("ar")
    qtbot.wait(20)
    assert panel.chart.isRightToLeft()
    # Time runs right to left: the newest day's bar is on the left.
    assert panel.chart.bar_centre(29).x() < panel.chart.bar_centre(0).x()
    assert panel.chart.bar_at(panel.chart.bar_centre(29)) == 29
    panel.grab().save(str(tmp_path / "usage-ar.png"))
    assert panel.chart.bar_at(QPoint(-5, 10)) is None


def test_a_token_never_used_says_so(qtbot, admin, client):
    token = client.create_token(organization_name=unique("Unused"), organization_id="un").token
    panel = open_panel(qtbot, admin)
    panel.show_token(token)
    settled(qtbot, panel)
    assert panel.state == UsageState.EMPTY
    assert panel.status.text() == "Not used in the last 30 days."
    assert not panel.chart.isVisible() and not panel.addresses.isVisible()

    panel.show_token(None)
    assert panel.status.text() == "Choose a token to see how it was used."


def test_an_answer_about_a_row_left_meanwhile_is_dropped(qtbot, admin, client, used_token,
                                                        monkeypatch):
    other = client.create_token(organization_name=unique("Other"), organization_id="ot").token
    gate = threading.Event()
    original = TokenServerClient.token_usage

    def slow_for_the_first(self: TokenServerClient, token_id: int, days: int = 30) -> Any:
        if token_id == used_token.id:
            gate.wait(8)  # the user moves on before this answer comes
        return original(self, token_id, days)

    monkeypatch.setattr(TokenServerClient, "token_usage", slow_for_the_first)
    panel = open_panel(qtbot, admin)
    panel.show_token(used_token)
    panel.show_token(other)
    qtbot.waitUntil(lambda: panel.state == UsageState.EMPTY, timeout=8000)
    gate.set()
    qtbot.waitUntil(lambda: pending_tasks() == 0, timeout=8000)
    qtbot.wait(50)
    assert panel.token is other and panel.state == UsageState.EMPTY
    assert panel.chart.days == () and panel.addresses.rowCount() == 0
    assert panel.heading.text().endswith(f"(token {other.id})")


def test_a_deleted_token_tells_why(qtbot, admin, client):
    token = client.create_token(organization_name=unique("Gone"), organization_id="gone").token
    client.delete_token(token.id)
    panel = open_panel(qtbot, admin)
    panel.show_token(token)
    settled(qtbot, panel)
    assert panel.state == UsageState.FAILED
    assert panel.status.text() == (
        "It no longer exists on the server; someone may have deleted it.")


def test_a_token_that_may_not_read_usage_is_told_so(qtbot, session, make_profile,
                                                    issue_token, client, monkeypatch):
    key = issue_token(allowed_endpoints=["tokens.self", "tokens.list"])
    connect(qtbot, session, make_profile, key)
    asked: list[int] = []
    monkeypatch.setattr(TokenServerClient, "token_usage",
                        lambda self, token_id, days=30: asked.append(token_id))
    token = client.create_token(organization_name=unique("Hidden"), organization_id="hid").token
    panel = open_panel(qtbot, session)
    panel.show_token(token)
    assert panel.status.text() == "Your API token may not read how tokens are used."
    qtbot.wait(50)
    assert asked == []  # nothing was asked


def test_the_panel_follows_a_language_change(qtbot, admin, used_token):
    panel = open_panel(qtbot, admin)
    panel.show_token(used_token)
    settled(qtbot, panel)
    english = panel.addresses.item(0, 1).text()
    i18n.set_language("de")
    qtbot.wait(20)
    seen = panel.usage.addresses[0].last_seen_at if panel.usage else datetime.now(UTC)
    assert panel.addresses.item(0, 1).text() == datetime_text(seen) != english
    assert day_text(panel.chart.days[-1].date) in panel.chart.accessibleDescription()


def test_the_tokens_page_shows_the_usage_of_its_current_row(qtbot, admin, client,
                                                           used_token, tmp_path):
    from compliance_client.ui.grid.selection import select_row

    from ..helpers.ui import open_tokens_page, search_tokens

    page = open_tokens_page(qtbot, admin)
    panel = page.usage_panel
    assert panel.status.text() == "Choose a token to see how it was used."
    search_tokens(qtbot, page, used_token.organization_name)
    select_row(page.table, 0)
    qtbot.waitUntil(lambda: panel.state == UsageState.READY, timeout=8000)
    assert panel.token is not None and panel.token.id == used_token.id
    assert panel.chart.days == client.token_usage(used_token.id).days
    assert panel.isVisible() and panel.chart.isVisible()
    page.grab().save(str(tmp_path / "tokens-page-usage.png"))
    i18n.set_language("ar")
    qtbot.wait(50)
    page.grab().save(str(tmp_path / "tokens-page-usage-ar.png"))
