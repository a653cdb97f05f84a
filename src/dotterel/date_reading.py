"""dateparser's side of date resolution: its readings cached per coder, and the day/month order of numeric dates.

Split from :mod:`dotterel.dates` (which re-exports both names): this module
holds what talks to dateparser or scans raw text, while ``dates`` holds the
news conventions that clean and place a phrase.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable

from dateparser.date import DateDataParser

__all__ = ["DateCache", "detect_day_first"]

# Numeric date such as 03/06/2020, 3.6.20 or 03-06-2020 (ISO 2020-06-03 is
# unambiguous and left to dateparser).
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d/-]|\.\d)")


def detect_day_first(texts: Iterable[str]) -> bool | None:
    """Decide the day/month order of numeric dates from the dates themselves.

    Parameters
    ----------
    texts : Iterable[str]
        Texts (usually all the texts of one document or one source) to scan
        for numeric dates such as ``15/06/2020`` or ``3.6.20``.

    Returns
    -------
    bool | None
        ``True`` when some date can only be read day-first (first number
        > 12, second <= 12) and none only month-first; ``False`` in the
        opposite case; ``None`` when no date decides it or the evidence
        conflicts (unresolved rather than guessed).
    """
    day_first = month_first = False
    for text in texts:
        for m in _NUMERIC_DATE.finditer(text):
            a, b = int(m.group(1)), int(m.group(3))
            if m.group(4) is None and m.group(2) != "/":
                continue  # "3.6" or "3-6" without a year is rarely a date
            if 12 < a <= 31 and 1 <= b <= 12:
                day_first = True
            elif 12 < b <= 31 and 1 <= a <= 12:
                month_first = True
    if day_first != month_first:
        return day_first
    return None


class DateCache:
    """dateparser's readings of cleaned date phrases, kept across the documents of one coder.

    dateparser is most of the cost of resolving a date, and news texts repeat
    their phrases ("on Tuesday", "last week"). A reading depends only on the
    cleaned phrase and the parser settings (publication date, day/month
    order, ``prefer`` direction, languages), which make the key; one
    ``DateDataParser`` is kept per setting. A coder holds one cache
    (:class:`~dotterel.pipeline.context.Resources`), so nothing is global.

    Parameters
    ----------
    max_entries : int
        Readings kept; the cache is emptied when it is full, so memory stays
        bounded in a long run.

    Notes
    -----
    Not thread-safe (nor are the parsers).
    """

    def __init__(self, max_entries: int = 10_000) -> None:
        self.max_entries = max_entries
        self._parsers: dict[tuple, DateDataParser] = {}
        self._readings: dict[tuple, tuple[_dt.date | None, str | None]] = {}

    def parser(self, settings: tuple, build) -> DateDataParser:
        """The parser for ``settings`` (a hashable key), built by ``build()`` on first use."""
        parser = self._parsers.get(settings)
        if parser is None:
            if len(self._parsers) >= 256:
                self._parsers.clear()
            parser = self._parsers[settings] = build()
        return parser

    def read(self, phrase: str, settings: tuple, parser: DateDataParser) -> tuple[_dt.date | None, str | None]:
        """``(day, period)`` of dateparser's ``get_date_data(phrase)``, or ``(None, None)`` when it reads none."""
        key = (phrase, settings)
        hit = self._readings.get(key)
        if hit is None:
            data = parser.get_date_data(phrase)
            hit = (data.date_obj.date(), data.period) if data.date_obj is not None else (None, None)
            if len(self._readings) >= self.max_entries:
                self._readings.clear()
            self._readings[key] = hit
        return hit
