"""The end user hears about the token's expiry on the Profile page (DESIGN §10, ARCHITECTURE
§11): when it expires, a warning within the policy's ``warn_before_days`` (the server's
``tokens.self`` says how many), and plainly when the token is suspended."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from compliance_client.service.client import TokenServerClient
from compliance_client.ui.pages.profile_page import ProfilePage
from compliance_client.ui.session import ConnectionState, Session
from compliance_client.ui.text import date_text

from ..helpers.ui import connect


def _page(qtbot: Any, session: Session) -> ProfilePage:
    page = ProfilePage(session)
    qtbot.addWidget(page)
    page.resize(760, 560)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_a_token_expiring_in_five_days_is_warned_about(
        qtbot: Any, session: Session, make_profile: Callable[..., Any],
        issue_token: Callable[..., str], tmp_path: Path) -> None:
    expires_at = datetime.now(UTC) + timedelta(days=5)
    key = issue_token(expires_at=expires_at)
    connect(qtbot, session, make_profile, key)
    assert session.access is not None and session.access.warn_before_days == 14
    page = _page(qtbot, session)

    assert page.expiry_warning.isVisible()
    text = page.expiry_warning_text.text()
    assert "Your API token expires in 5 days" in text
    assert "Ask your administrator to extend it" in text
    assert page.expiry_value.text() == date_text(expires_at, long=True)
    page.grab().save(str(tmp_path / "expiry-warning.png"))


def test_a_token_far_from_its_expiry_shows_the_date_without_a_warning(
        qtbot: Any, session: Session, make_profile: Callable[..., Any],
        issue_token: Callable[..., str]) -> None:
    expires_at = datetime.now(UTC) + timedelta(days=60)
    connect(qtbot, session, make_profile, issue_token(expires_at=expires_at))
    page = _page(qtbot, session)

    assert page.expiry_value.isVisible()
    assert page.expiry_value.text() == date_text(expires_at, long=True)
    assert not page.expiry_warning.isVisible()


def test_a_token_without_expiry_never_expires(
        qtbot: Any, session: Session, make_profile: Callable[..., Any],
        issue_token: Callable[..., str]) -> None:
    connect(qtbot, session, make_profile, issue_token(expires_at=None))
    page = _page(qtbot, session)

    assert page.expiry_value.text() == "Never expires"
    assert not page.expiry_warning.isVisible()


def test_the_warning_follows_the_servers_warn_before_days(
        qtbot: Any, session: Session, make_profile: Callable[..., Any],
        issue_token: Callable[..., str], client: TokenServerClient) -> None:
    # 20 days ahead: beyond the default 14, within a policy of 30.
    key = issue_token(expires_at=datetime.now(UTC) + timedelta(days=20))
    policy = client.get_policy()
    client.set_policy(type(policy)(**{**policy.to_json(), "warn_before_days": 30}))
    try:
        connect(qtbot, session, make_profile, key)
        page = _page(qtbot, session)
        assert "expires in 20 days" in page.expiry_warning_text.text()
        assert page.expiry_warning.isVisible()
    finally:
        client.set_policy(policy)


def test_a_suspended_token_is_said_plainly(
        qtbot: Any, session: Session, make_profile: Callable[..., Any],
        issue_token: Callable[..., str], client: TokenServerClient) -> None:
    key = issue_token(expires_at=datetime.now(UTC) + timedelta(days=5))
    connect(qtbot, session, make_profile, key)
    page = _page(qtbot, session)
    token = session.access.token  # type: ignore[union-attr]
    client.suspend_token(token.id)

    session.verify()
    qtbot.waitUntil(lambda: session.state == ConnectionState.FAILED, timeout=10000)
    assert page.error_label.isVisible()
    assert "This API token is suspended" in page.error_label.text()
    assert page.state_value.text() == "Not connected"
    # Nothing is known about the token any more: no stale expiry warning beside the error.
    assert not page.expiry_warning.isVisible()
