"""ui/text.py: a date is written with a four-digit year in the user's locale and read back as
the same day, in every UI language; what cannot be read for sure is refused, never guessed."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale

from compliance_client.domain.languages import LANGUAGES
from compliance_client.ui.text import (
    date_text,
    datetime_text,
    day_format,
    day_order,
    day_text,
    four_digit_year,
    parse_day,
)

FIRST, LAST = date(2000, 1, 1), date(2099, 12, 31)


@contextmanager
def locale_of(code: str) -> Iterator[None]:
    """The user's locale as ``i18n.set_language(code)`` sets it, restored afterwards."""
    before = QLocale()
    QLocale.setDefault(QLocale(code))
    try:
        yield
    finally:
        QLocale.setDefault(before)


def ascii_digits(text: str) -> str:
    """``text`` with the locale's own digits (Bengali, Arabic-Indic) as ASCII ones."""
    return "".join(str(int(c)) if c.isdigit() else c for c in text)


@settings(max_examples=1000, deadline=None)
@given(day=st.dates(FIRST, LAST), code=st.sampled_from(sorted(LANGUAGES)))
def test_a_day_written_is_read_back_as_the_same_day(day: date, code: str) -> None:
    with locale_of(code):
        text = day_text(day)
        assert parse_day(text) == day, (code, text)


@settings(max_examples=200, deadline=None)
@given(day=st.dates(FIRST, LAST), code=st.sampled_from(sorted(LANGUAGES)))
def test_the_locales_own_two_digit_form_and_ascii_digits_are_read_too(day: date,
                                                                       code: str) -> None:
    with locale_of(code):
        locale = QLocale()
        own = locale.toString(day, locale.dateFormat(QLocale.FormatType.ShortFormat))
        assert parse_day(own) == day, (code, own)  # a two-digit year is 20yy
        typed = ascii_digits(day_text(day))
        assert parse_day(typed) == day, (code, typed)


@pytest.mark.parametrize("code", sorted(LANGUAGES))
def test_every_language_writes_four_digit_years(code: str) -> None:
    with locale_of(code):
        assert "yyyy" in day_format() and "yyyyy" not in day_format()
        assert sorted(day_order(day_format())) == ["M", "d", "y"]
        assert "2027" in ascii_digits(day_text(date(2027, 6, 30)))


def test_english_reads_month_first_and_refuses_what_it_cannot_read() -> None:
    with locale_of("en"):
        assert day_text(date(2027, 6, 30)) == "6/30/2027"
        assert parse_day("6/30/27") == date(2027, 6, 30)  # not 2 June 2030
        assert parse_day("06/30/2027") == date(2027, 6, 30)
        assert parse_day(" 6-30-2027 ") == date(2027, 6, 30)
        for unreadable in ("30 06 2027",  # no month 30: refused, not 2 June 2027
                           "6/31/2027", "2/29/2027", "0/1/2027", "6/30", "6/30/2027/1",
                           "6/30/027", "6/30/20271", "June 30 2027", "6/30/2027x", "",
                           "123/1/2027", "6//"):
            assert parse_day(unreadable) is None, unreadable
        assert parse_day("2/29/2028") == date(2028, 2, 29)


def test_german_reads_day_first_with_any_separator() -> None:
    with locale_of("de"):
        assert day_text(date(2027, 6, 30)) == "30.06.2027"
        for typed in ("30.06.2027", "30 06 2027", "30/6/2027", "30.6.27", "30-06-27"):
            assert parse_day(typed) == date(2027, 6, 30), typed
        assert parse_day("06.30.2027") is None  # month 30


def test_arabic_and_bengali_digits_and_marks() -> None:
    with locale_of("ar"):
        text = day_text(date(2027, 6, 30))
        assert "\u200f" in text and "٢٠٢٧" in text  # the locale's own marks and digits
        assert parse_day(text) == date(2027, 6, 30)
        assert parse_day("30/6/2027") == date(2027, 6, 30)  # what a person types
    with locale_of("bn"):
        assert day_text(date(2027, 6, 30)) == "৩০/৬/২০২৭"
        assert parse_day("৩০/৬/২৭") == date(2027, 6, 30)


def test_four_digit_year_leaves_quoted_text_alone() -> None:
    assert four_digit_year("M/d/yy h:mm AP") == "M/d/yyyy h:mm AP"
    assert four_digit_year("dd.MM.yyyy") == "dd.MM.yyyy"
    assert four_digit_year("yy 'yy' d M") == "yyyy 'yy' d M"
    assert day_order("yyyy-MM-dd") == "yMd"


def test_the_grids_dates_and_instants_have_four_digit_years() -> None:
    instant = datetime(2027, 3, 2, 12, 0, tzinfo=UTC)
    with locale_of("en"):
        assert date_text(date(2027, 3, 2)) == "3/2/2027"
        assert datetime_text(instant).startswith(date_text(instant))
        assert "/2027 " in datetime_text(instant)
    with locale_of("de"):
        assert "2027" in datetime_text(instant)
