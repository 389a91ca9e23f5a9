"""ui/text.py: placeholders filled in one pass, dates in the user's locale."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QLocale

from compliance_client.ui.text import date_text, fill, fill_named


def test_a_value_holding_a_placeholder_is_not_filled_again() -> None:
    assert fill("Delete %1 (%2)?", "Acme %2 Ltd", "acme") == "Delete Acme %2 Ltd (acme)?"
    assert fill("%2 before %1", "a", "b") == "b before a"
    assert fill("%1 and %3", "x") == "x and %3"  # a missing value leaves its placeholder


def test_named_placeholders_are_filled_in_one_pass() -> None:
    text = fill_named("{what} expired on {expires_at}.", what="Token {expires_at}",
                      expires_at="1 May")
    assert text == "Token {expires_at} expired on 1 May."
    assert fill_named("{unknown} stays", other=1) == "{unknown} stays"


def test_dates_follow_the_locale_and_accept_iso_text() -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        assert date_text(date(2027, 6, 30)) == "30.06.2027"  # four-digit year
        assert date_text("2027-06-30T12:00:00Z") == date_text(
            datetime(2027, 6, 30, 12, tzinfo=UTC))
        assert date_text("not a date") == "not a date"
        assert date_text(None) == ""
    finally:
        QLocale.setDefault(before)
