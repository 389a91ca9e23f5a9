"""Text a person reads: placeholders filled into translated sentences, instants and dates in
the user's zone and locale. The one home of these, so every window says a date the same way.

Qt types are imported where used: the grid imports this module before the first frame.
"""

from __future__ import annotations

import re
import time
from datetime import date, datetime, tzinfo
from typing import Any

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


def datetime_text(value: datetime | None) -> str:
    """An instant in the user's zone and locale's short format, what Windows lists show."""
    if value is None:
        return ""
    from PySide6.QtCore import QDateTime, QLocale

    qdt = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), _system_qt_zone())
    return QLocale().toString(qdt, QLocale.FormatType.ShortFormat)


def date_text(value: datetime | date | str | None, *, long: bool = False) -> str:
    """The day of an instant (or a date, or an ISO-8601 text) in the user's locale; a text
    that is no date is shown as it is."""
    if value is None:
        return ""
    from PySide6.QtCore import QDate, QDateTime, QLocale

    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return str(value)
    if isinstance(value, datetime):
        day = QDateTime.fromSecsSinceEpoch(int(value.timestamp()), _system_qt_zone()).date()
    else:
        day = QDate(value.year, value.month, value.day)
    form = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(day, form)
