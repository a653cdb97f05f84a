"""A part of a month or a year: "late March", "the end of March", "mid-2023", "the first week of April".

News dates an event it cannot give a day to by a part of a month or a year.
TimeML writes such a phrase as the period's value with a modifier (TIMEX3
``mod="START"``, ``"MID"`` or ``"END"``: "late September" is ``1989-09``,
``END``); dotterel gives the days the part covers, so that the event is not
placed anywhere in the whole month. The bounds are one convention, named in
the language profile (``date_part_words``, ``date_week_of_month``):

* a third of a month is a WMO dekad: the start days 1-10, the middle 11-20,
  the end 21 to the month's last day (WMO-No. 100, *Guide to Climatological
  Practices*);
* a third of a year is four months: January-April, May-August,
  September-December;
* "the first week of April" is days 1-7, the second 8-14, the third 15-21,
  the fourth 22-28, the last the month's last seven days.

The result keeps the period's value and precision, as TIMEX3 keeps the
period's value beside its ``mod`` ("late March 2024" is ``2024-03``,
``month``), and narrows ``earliest``/``latest`` to the part: a gold or a
user that reads the month gets the month, and the bounds say more.
A part of a day or a week ("late yesterday", "late last week") is not
narrowed: :func:`part_bounds` answers ``None`` and the day or week is kept.
"""

from __future__ import annotations

import datetime as _dt
import re

from .records import EventDate

__all__ = ["part_bounds"]

_THIRD_OF_MONTH = {"start": (1, 10), "mid": (11, 20), "end": (21, 31)}
_THIRD_OF_YEAR = {"start": (1, 4), "mid": (5, 8), "end": (9, 12)}


def _month_end(year: int, month: int) -> _dt.date:
    nxt = _dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - _dt.timedelta(days=1)


def part_bounds(match: re.Match, whole: EventDate | None, part_words: dict[str, str],
                weeks: dict[str, int]) -> tuple[_dt.date, _dt.date, str] | None:
    """The days of the part a ``date_part_of_re`` match names of the period ``whole``.

    Parameters
    ----------
    match : re.Match
        A match of the profile's ``date_part_of_re`` (groups ``part`` or
        ``week``, and ``rest``).
    whole : EventDate | None
        The period ``rest`` resolved to.
    part_words : dict
        The profile's ``date_part_words`` (qualifier -> ``start``/``mid``/``end``).
    weeks : dict
        The profile's ``date_week_of_month`` (ordinal -> week number, -1 the last).

    Returns
    -------
    tuple | None
        ``(first day, last day, reason)``; ``None`` when ``whole`` is not a
        month or a year (a part of a day or a week keeps the day or week), or
        a week is asked of anything but a month.
    """
    if whole is None or whole.value is None or whole.time_precision not in ("month", "year"):
        return None
    year = int(whole.value[:4])
    if match.group("week"):
        if whole.time_precision != "month":
            return None
        month = int(whole.value[5:7])
        n = weeks[match.group("week").lower()]
        last = _month_end(year, month)
        start = last - _dt.timedelta(days=6) if n < 0 else _dt.date(year, month, 7 * n - 6)
        end = last if n < 0 else _dt.date(year, month, 7 * n)
        return start, end, f"week {match.group('week').lower()} of {whole.value}: days {start.day}-{end.day}"
    part = part_words[match.group("part").split()[-1].lower()]
    if whole.time_precision == "month":
        month = int(whole.value[5:7])
        first, last = _THIRD_OF_MONTH[part]
        start = _dt.date(year, month, first)
        end = _month_end(year, month) if last == 31 else _dt.date(year, month, last)
        return start, end, f"the {part} of {whole.value} (TIMEX3 mod {part.upper()}): a dekad, days {first}-{end.day}"
    first, last = _THIRD_OF_YEAR[part]
    start, end = _dt.date(year, first, 1), _month_end(year, last)
    return start, end, f"the {part} of {year} (TIMEX3 mod {part.upper()}): months {first}-{last}"
