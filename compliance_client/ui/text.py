"""Text a person reads: placeholders filled into translated sentences, instants and dates in
the user's zone and locale, and the dates a person types read back. The one home of these, so
every window says (and reads) a date the same way.

Qt types are imported where used: the grid imports this module before the first frame.
"""

from __future__ import annotations

import functools
import re
import time
from datetime import date, datetime, tzinfo
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import QLocale

_POSITIONAL = re.compile(r"%(\d+)")
_NAMED = re.compile(r"\{([a-z_]+)\}")


def fill(template: str, *values: object) -> str:
    """Put ``values`` into a translated ``%1``/``%2`` template in one pass.

    One pass matters: an organization called "Acme %2 Ltd" must not have its "%2" replaced
    by the next value, as a chain of ``str.replace`` calls would do.
    """
    def sub(match: re.Match[str]) -> str:
        n = int(match.group(1))
        return str(values[n - 1]) if 1 <= n <= len(values) else match.group(0)

    return _POSITIONAL.sub(sub, template)


def fill_named(template: str, **values: object) -> str:
    """Put ``values`` into a translated ``{name}`` template in one pass (the error texts,
    whose parameters come by name from the server); unknown names stay as written."""
    def sub(match: re.Match[str]) -> str:
        name = match.group(1)
        return str(values[name]) if name in values else match.group(0)

    return _NAMED.sub(sub, template)


# ---- the user's zone ------------------------------------------------------------------------

_ZONE_TTL_S = 30.0
_qt_zone: list[Any] = [None, 0.0]  # [QTimeZone, when read (monotonic)]


def _system_qt_zone() -> Any:
    """Qt's system time zone, read again at most every 30 s: asking Qt costs ~30 µs and a
    grid's paint asks once per date cell; a zone changed meanwhile shows within 30 s."""
    from PySide6.QtCore import QTimeZone

    now = time.monotonic()
    if _qt_zone[0] is None or now - _qt_zone[1] > _ZONE_TTL_S:
        _qt_zone[0] = QTimeZone.systemTimeZone()
        _qt_zone[1] = now
    return _qt_zone[0]


def user_zone(day: date | None = None) -> tzinfo:
    """The user's time zone as Python sees it: the system's IANA zone when zoneinfo knows it
    (so a date beyond a DST change gets that day's offset), else the OS's own offset on
    ``day`` (today by default)."""
    from PySide6.QtCore import QTimeZone

    try:
        from zoneinfo import ZoneInfo

        name = bytes(QTimeZone.systemTimeZoneId().data()).decode()
        if name:
            return ZoneInfo(name)
    except Exception:  # no tzdata (Windows without the tzdata package), odd ids
        pass
    moment = datetime.combine(day or date.today(), datetime.min.time().replace(hour=12))
    zone = moment.astimezone().tzinfo
    assert zone is not None
    return zone


def local_date(instant: datetime, zone: tzinfo | None = None) -> date:
    """The calendar day of ``instant`` in ``zone`` (the OS's local zone by default)."""
    return instant.astimezone(zone).date() if zone is not None else instant.astimezone().date()


# ---- instants and dates as text --------------------------------------------------------------
#
# Every short date shows a four-digit year. The locales' short formats of English, German and
# Bengali write "yy" ("3/2/27"): a reader cannot tell 2027 from 2127, and a date field that
# shows "27" reads back only what it guesses. So the locale's own format is taken as it is
# (order, separators, digits) and only its year is widened.

_QUOTED = re.compile(r"('[^']*(?:'|$))")  # literal text in a Qt date format
_YEAR = re.compile(r"y+")
_SECTION = re.compile(r"d+|M+|y+")


@functools.lru_cache(maxsize=32)
def four_digit_year(qt_format: str) -> str:
    """``qt_format`` (a Qt date or date-time format) with its year written in four digits
    ("M/d/yy h:mm AP" becomes "M/d/yyyy h:mm AP"); quoted literal text is left alone."""
    parts = _QUOTED.split(qt_format)
    return "".join(part if part.startswith("'") else _YEAR.sub("yyyy", part)
                   for part in parts)


def _short(kind: str) -> tuple[QLocale, str]:
    """The user's locale and its short ``kind`` ("date" or "datetime") format, four-digit
    year. The user's locale is ``QLocale()``: ``i18n.set_language`` makes it the language's."""
    from PySide6.QtCore import QLocale

    locale = QLocale()
    short = QLocale.FormatType.ShortFormat
    fmt = locale.dateFormat(short) if kind == "date" else locale.dateTimeFormat(short)
    return locale, four_digit_year(fmt)


def day_format() -> str:
    """The user's locale's short date format with a four-digit year ("M/d/yyyy" in English,
    "dd.MM.yyyy" in German): what a date field shows and :func:`parse_day` reads."""
    return _short("date")[1]


def day_text(day: date) -> str:
    """``day`` as the user's locale writes a short date, with a four-digit year."""
    from PySide6.QtCore import QDate

    locale, fmt = _short("date")
    return str(locale.toString(QDate(day.year, day.month, day.day), fmt))


# Marks the locale puts around the numbers (Arabic writes U+200F after day and month) and
# that nobody types: they are dropped before reading.
_BIDI_MARKS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
# Three numbers in any digits (\d matches the locale's own, e.g. Bengali or Arabic-Indic)
# apart by spaces or punctuation, perhaps a trailing mark (Korean ends in ".").
_THREE_NUMBERS = re.compile(r"(\d+)\W+(\d+)\W+(\d+)\W*")


def day_order(qt_format: str) -> str:
    """The order of day, month and year in a date format: "Mdy" for "M/d/yyyy"."""
    unquoted = "".join(p for p in _QUOTED.split(qt_format) if not p.startswith("'"))
    return "".join(dict.fromkeys(section[0] for section in _SECTION.findall(unquoted)))


def parse_day(text: str) -> date | None:
    """The day ``text`` means in the user's locale, or None when it cannot be read for sure.

    Read: three numbers in the order of the locale's short date format (month first in
    English, day first in German, French, Bengali and Arabic), apart by any spaces or
    punctuation ("30 06 2027", "30.6.2027" and "30/06/2027" are one day in German), in ASCII
    or the locale's own digits. Refused (None): letters, more or fewer than three numbers, a
    day or month out of range or of more than two digits, a year of other than two or four.

    A two-digit year means 20yy. The one thing typed into a date field is an expire date,
    which lies between today and 100 years ahead (the domain refuses others), so "27" can
    only mean 2027 until 2100; refusing it would fail the common "6/30/27" for nothing. A
    date field shows what it read with four digits (:func:`day_text`) as soon as the typing
    is done, so the century is never a silent guess.
    """
    found = _THREE_NUMBERS.fullmatch(_BIDI_MARKS.sub("", text).strip())
    order = day_order(day_format())
    if found is None or sorted(order) != ["M", "d", "y"]:
        return None
    numbers = dict(zip(order, found.groups(), strict=True))
    day, month, year = numbers["d"], numbers["M"], numbers["y"]
    if len(day) > 2 or len(month) > 2 or len(year) not in (2, 4):
        return None
    try:
        return date(int(year) + (2000 if len(year) == 2 else 0), int(month), int(day))
    except ValueError:  # 31 June, month 13, day 0
        return None


def datetime_text(value: datetime | None) -> str:
    """An instant in the user's zone and locale's short format (four-digit year), what
    Windows lists show."""
    if value is None:
        return ""
    from PySide6.QtCore import QDateTime

    locale, fmt = _short("datetime")
    qdt = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), _system_qt_zone())
    return str(locale.toString(qdt, fmt))


def date_text(value: datetime | date | str | None, *, long: bool = False) -> str:
    """The day of an instant (or a date, or an ISO-8601 text) in the user's locale, short
    with a four-digit year or ``long``; a text that is no date is shown as it is."""
    if value is None:
        return ""
    from PySide6.QtCore import QDate, QDateTime, QLocale

    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return str(value)
    if isinstance(value, datetime):
        qday = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), _system_qt_zone()).date()
        value = date(qday.year(), qday.month(), qday.day())
    if long:
        qdate = QDate(value.year, value.month, value.day)
        return str(QLocale().toString(qdate, QLocale.FormatType.LongFormat))
    return day_text(value)
