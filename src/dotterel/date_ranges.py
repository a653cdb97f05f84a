"""A stretch of days named by its two ends: "between March and May 2026", "from 3 to 5 January", "March 3-5".

News names such a stretch with the shared parts written once: the month
and year stand only at the end ("3 to 5 January 2026"), or the month only at
the start ("March 3-5"). :func:`split_ends` finds the two ends with the
language profile's ``date_range_re`` and writes each out whole, so that
:class:`dotterel.dates.DateResolver` can read both with its usual rules and
give the stretch from the first end's earliest day to the last end's latest
day. The stretch is a ``range`` (as ACLED's ``time_precision`` is derived
from its length on export, :mod:`dotterel.export.acled`): never one of its
ends, which is what a reader of the first date alone would give.
"""

from __future__ import annotations

import re

__all__ = ["split_ends"]

_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_BARE_DAY = re.compile(rf"{_DAY}")
_DAY_AND_YEAR = re.compile(rf"({_DAY}),?\s+(1[5-9]\d\d|20\d\d)")
_DAY_IN = re.compile(rf"(?<![\d.:/-]){_DAY}(?![\d.:/-])")


def split_ends(phrase: str, patterns, month: str, weekday: str) -> tuple[str, str] | None:
    """The two ends of a stretch, each written out whole; None when the phrase is not one.

    Parameters
    ----------
    phrase : str
        The date words, case kept ("between March and May 2026").
    patterns : sequence of re.Pattern
        The profile's ``date_range_re``, each with groups ``a`` and ``b``.
    month, weekday : str
        Regex alternations of the month and weekday names (lower-case; the
        phrase is matched without regard to case).

    Returns
    -------
    tuple of (str, str) | None
        ``(first, last)``: "3 January 2026", "5 January 2026" for "3 to 5
        January 2026"; "March 3", "March 5" for "March 3-5"; "March 2026",
        "May 2026" for "between March and May 2026". None unless an end names a
        month or a weekday, or both ends are years (a bare "3 to 5" counts
        something); None too when an end names no month, weekday, year or day
        ("May 2 to the end of the month": that end is told from the other).
    """
    for pattern in patterns:
        m = pattern.match(phrase)
        if m is not None:
            a, b = m.group("a").strip(" ,"), m.group("b").strip(" ,")
            break
    else:
        return None
    names = re.compile(rf"\b(?:{month}|{weekday})(?:\b|$)", re.IGNORECASE)
    if not (names.search(a) or names.search(b) or (_YEAR.fullmatch(a) and _YEAR.fullmatch(b))):
        return None
    if not all(names.search(end) or _YEAR.search(end) or _BARE_DAY.fullmatch(end) for end in (a, b)):
        return None  # "from May 2 to the end of the month": an end told from the other is no end of its own
    if _BARE_DAY.fullmatch(a):
        # "3 to 5 January 2026": the first end takes the last's month and year
        if not names.search(b) or not _DAY_IN.search(b):
            return None
        a = _DAY_IN.sub(a, b, count=1)
    else:
        day_year = _DAY_AND_YEAR.fullmatch(b)
        if _BARE_DAY.fullmatch(b) or day_year:
            # "March 3-5", "January 3 to 5, 2026": the last end takes the first's month (and the year it names)
            if not names.search(a) or not _DAY_IN.search(a):
                return None
            b = _DAY_IN.sub(day_year.group(1) if day_year else b, a, count=1)
            if day_year:
                b, a = f"{b} {day_year.group(2)}", f"{a} {day_year.group(2)}"
    year = _YEAR.search(b)
    if year is not None and _YEAR.search(a) is None and names.search(a) and not re.fullmatch(weekday, a, re.IGNORECASE):
        a = f"{a} {year.group(0)}"  # "between March and May 2026": March of 2026
    return a, b
