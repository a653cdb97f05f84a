"""Calendar idioms of news text that dateparser does not read, as day bounds.

Used by :class:`dotterel.dates.DateResolver` before it hands a phrase to
dateparser. Every phrase is resolved against the publication date; the words
come from the language profile (``lang/<code>/profile.json``), the calendar
rules from the sources named below.

* quarters and halves of a year ("the third quarter", "third-quarter",
  "the year-ago quarter", "the first half of 1989"): calendar quarters
  (January-March is the first; ISO 8601 has no quarter notation, TimeML
  writes ``1989-Q3``); fiscal quarters and years are refused, their calendar
  depends on the company;
* seasons ("this summer", "last fall", "the winter of 1994"): the
  meteorological seasons of the northern hemisphere (WMO: spring March-May,
  summer June-August, autumn September-November, winter December-February);
* centuries ("the 20th century": 1901-2000 counted as 1900-1999, as TimeML
  writes ``19``);
* spelled-out years ("nineteen ninety-six", "the year two thousand");
* named holidays ("Christmas Eve", "New Year's Day", "Eid al-Fitr"): fixed
  days from the profile, movable ones from the ``holidays`` package (PyPI
  ``holidays``: Easter for the western churches, the Islamic feasts as
  observed in Egypt);
* references to the present, past or future ("now", "currently",
  "recently", "the past", "in the future", "soon", TimeML's
  ``PRESENT_REF``, ``PAST_REF`` and ``FUTURE_REF``).

All results are ``(value, earliest, latest, precision, reason)`` with
``value`` ISO 8601 or ``None`` (a range), bounds as :class:`datetime.date`.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from text_to_num import text2num

if TYPE_CHECKING:
    from dotterel.lang import LanguageProfile

__all__ = ["DateIdioms", "Resolved"]

Resolved = tuple[str | None, _dt.date | None, _dt.date | None, str, str]
"""``(value, earliest, latest, time_precision, reason)``."""


def _alternation(words) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"


def _month_end(year: int, month: int) -> _dt.date:
    nxt = _dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - _dt.timedelta(days=1)


def _quarter_bounds(year: int, q: int) -> tuple[_dt.date, _dt.date]:
    return _dt.date(year, 3 * q - 2, 1), _month_end(year, 3 * q)


@dataclass(frozen=True)
class DateIdioms:
    """The idioms of one language profile, compiled once per profile (``lang.derived``).

    Parameters are the profile's fields of the same names; build with
    :meth:`build`.
    """

    quarter: re.Pattern
    half: re.Pattern
    season: re.Pattern
    century: re.Pattern
    ordinals: dict[str, int]
    seasons: dict[str, tuple[int, int]]
    year_offsets: dict[str, int]
    previous_words: frozenset[str]
    next_words: frozenset[str]
    fiscal: re.Pattern
    spelled_year: re.Pattern
    references: dict[str, str]
    holidays_fixed: dict[str, tuple[int, int]]
    holidays_movable: dict[str, str]
    holiday: re.Pattern
    plural_period: re.Pattern
    vague_ago: re.Pattern
    small_numbers: dict[str, int]
    unit_days: dict[str, int]
    units_per_day: dict[str, int]
    number_language: str

    @classmethod
    def build(cls, lang: LanguageProfile) -> DateIdioms:
        """Compile the profile's idiom words (``date_*`` fields)."""
        ordinals = dict(lang.date_ordinals)
        ordinal = _alternation(ordinals)
        year_offsets = dict(lang.date_year_offsets)
        yoff = _alternation(year_offsets)
        lead = rf"^(?:(?:the|its|a|an|this|that|{yoff})\s+)*"
        quarter = re.compile(
            lead + rf"(?:(?P<rel>{_alternation(lang.date_period_relatives)})\s+)?"
            rf"(?:(?P<year1>\d{{4}})\s+)?(?:(?P<ord>{ordinal})[\s-]+)?{_alternation(lang.date_quarter_words)}"
            rf"(?:\s+(?:of\s+)?(?P<year2>\d{{4}}|{yoff}))?$"
        )
        half = re.compile(
            lead + rf"(?P<ord>{ordinal})[\s-]+{_alternation(lang.date_half_words)}"
            rf"(?:\s+(?:of\s+)?(?:the\s+)?(?P<year>\d{{4}}|year|{yoff}))?$"
        )
        seasons = {k: (v[0], v[1]) for k, v in lang.date_seasons.items()}
        season = re.compile(
            rf"^(?:(?P<rel>this past|{_alternation(lang.date_period_relatives)}|the)\s+)?"
            rf"(?:(?:early|late|mid)[\s-]+)?(?:the\s+)?(?P<season>{_alternation(seasons)})"
            rf"(?:\s+(?:of\s+)?(?P<year>\d{{4}}))?$"
        )
        return cls(
            quarter=quarter,
            half=half,
            season=season,
            century=re.compile(lang.date_century_re),
            ordinals=ordinals,
            seasons=seasons,
            year_offsets=year_offsets,
            previous_words=frozenset(lang.date_previous_words),
            next_words=frozenset(lang.date_next_words),
            fiscal=re.compile(lang.date_fiscal_re),
            spelled_year=re.compile(lang.date_spelled_year_re),
            references=dict(lang.date_reference_words),
            holidays_fixed={k.lower(): (v[0], v[1]) for k, v in lang.holidays_fixed.items()},
            holidays_movable={k.lower(): v for k, v in lang.holidays_movable.items()},
            holiday=re.compile(
                rf"^(?:(?:on|during|over|at|for|before|after|the)\s+)*"
                rf"(?P<name>{_alternation(list(lang.holidays_fixed) + list(lang.holidays_movable))})"
                rf"(?:\s+(?P<year>\d{{4}}))?$",
                re.IGNORECASE,
            ),
            plural_period=re.compile(lang.date_plural_period_re),
            vague_ago=re.compile(lang.date_vague_ago_re),
            small_numbers=dict(lang.small_numbers),
            unit_days=dict(lang.date_period_unit_days),
            units_per_day=dict(lang.date_period_units_per_day),
            number_language=lang.number_parser_language,
        )

    # -- public -------------------------------------------------------------------
    def resolve(self, low: str, pub: _dt.date | None, prefer: str) -> Resolved | None:
        """Resolve ``low`` (lower-cased, cleaned) when it is one of the idioms, else ``None``.

        Parameters
        ----------
        low : str
            The phrase, lower-case, prepositions already stripped.
        pub : datetime.date | None
            Publication date; only phrases with an explicit year resolve without it.
        prefer : {"past", "future", "nearest"}
            Direction for a quarter, season or holiday without a year.

        Returns
        -------
        tuple | None
            ``(value, earliest, latest, time_precision, reason)``.
        """
        for step in (self._holiday, self._quarter, self._half, self._season, self._century, self._plural,
                     self._ago, self._reference):
            out = step(low, pub, prefer)
            if out is not None:
                return out
        return None

    def spell_years(self, low: str) -> str:
        """Rewrite spelled-out years to digits ("nineteen ninety-six" -> "1996").

        Parameters
        ----------
        low : str

        Returns
        -------
        str
            ``low`` with every spelled year (1100-2099, read by ``text2num``)
            in digits; other number words are left alone.
        """
        def repl(m: re.Match) -> str:
            year = self._spelled(m.group(0))
            return str(year) if year is not None else m.group(0)
        return self.spelled_year.sub(repl, low)

    def is_fiscal(self, low: str) -> bool:
        """True for a fiscal period ("fiscal 1989", "the fiscal first quarter"): its calendar is the company's."""
        return bool(self.fiscal.search(low))

    # -- the idioms ------------------------------------------------------------------
    def _spelled(self, words: str) -> int | None:
        parts = words.replace("-", " ").split()
        if len(parts) >= 2 and parts[0] in ("two",) and parts[1] == "thousand":
            try:
                return text2num(" ".join(parts), self.number_language)
            except ValueError:
                return None
        for cut in range(1, len(parts)):
            try:
                century = text2num(" ".join(parts[:cut]), self.number_language)
                rest = text2num(" ".join(parts[cut:]), self.number_language)
            except ValueError:
                continue
            if 11 <= century <= 20 and 1 <= rest <= 99:
                return century * 100 + rest
        return None

    def _year_of(self, word: str | None, pub: _dt.date | None) -> int | None:
        if word is None:
            return None
        if word.isdigit():
            return int(word)
        if pub is None:
            return None
        return pub.year + self.year_offsets.get(word, 0)

    def _offset_in(self, low: str) -> int:
        for words, off in self.year_offsets.items():
            if re.search(rf"(?:^|\s){re.escape(words)}(?:\s|$)", low):
                return off
        return 0

    def _quarter(self, low, pub, prefer) -> Resolved | None:
        m = self.quarter.match(low)
        if m is None:
            return None
        year = self._year_of(m.group("year1") or m.group("year2"), pub)
        explicit = m.group("year1") or (m.group("year2") or "").isdigit()
        offset = 0 if explicit else self._offset_in(low)
        ordinal = m.group("ord")
        if ordinal is None:
            if pub is None:
                return None
            q = (pub.month - 1) // 3 + 1
            year = pub.year
            rel = m.group("rel")
            if rel in self.previous_words:
                q -= 1
            elif rel in self.next_words:
                q += 1
            year += (q - 1) // 4
            q = (q - 1) % 4 + 1
        else:
            q = self.ordinals[ordinal]
            if q > 4:
                return None
            if year is None:
                if pub is None:
                    return None
                year = pub.year
                start, end = _quarter_bounds(year, q)
                if prefer == "past" and start > pub:
                    year -= 1
                elif prefer == "future" and end < pub:
                    year += 1
                elif prefer == "nearest" and start > pub and (start - pub).days > 183:
                    year -= 1
        year += offset
        start, end = _quarter_bounds(year, q)
        return None, start, end, "range", f"{low!r}: calendar quarter {year}-Q{q}"

    def _half(self, low, pub, prefer) -> Resolved | None:
        m = self.half.match(low)
        if m is None:
            return None
        n = self.ordinals[m.group("ord")]
        if n not in (1, 2) and m.group("ord") not in self.previous_words:
            return None
        half = 2 if m.group("ord") in self.previous_words else n
        word = m.group("year")
        year = pub.year if word in (None, "year") and pub is not None else self._year_of(word, pub)
        if year is None:
            return None
        start = _dt.date(year, 1 if half == 1 else 7, 1)
        end = _dt.date(year, 6, 30) if half == 1 else _dt.date(year, 12, 31)
        return None, start, end, "range", f"{low!r}: half-year {year}-H{half}"

    def _season(self, low, pub, prefer) -> Resolved | None:
        m = self.season.match(low)
        if m is None:
            return None
        first, last = self.seasons[m.group("season")]
        rel = m.group("rel")
        if m.group("year"):
            year = int(m.group("year"))
        elif pub is None:
            return None
        else:
            year = pub.year
            start = _dt.date(year, first, 1)
            if rel in self.previous_words or rel == "this past":
                while start >= _dt.date(pub.year, pub.month, 1) or (rel in self.previous_words and start <= pub
                                                                      and _season_end(start, last) >= pub):
                    year -= 1
                    start = _dt.date(year, first, 1)
            elif rel in self.next_words or (prefer == "future" and _season_end(start, last) < pub):
                if start <= pub:
                    year += 1
            elif prefer == "past" and start > pub:
                year -= 1
        start = _dt.date(year, first, 1)
        end = _season_end(start, last)
        return None, start, end, "range", f"{low!r}: meteorological season {start.isoformat()}..{end.isoformat()}"

    def _century(self, low, pub, prefer) -> Resolved | None:
        m = self.century.match(low)
        if m is None:
            return None
        n = int(m.group(1))
        if not 1 <= n <= 21:
            return None
        start, end = _dt.date(max(1, (n - 1) * 100), 1, 1), _dt.date((n - 1) * 100 + 99, 12, 31)
        return None, start, end, "range", f"{low!r}: the years {start.year}-{end.year}"

    def _plural(self, low, pub, prefer) -> Resolved | None:
        # "recent years", "the past several quarters", "coming months": a stretch up to or from publication
        m = self.plural_period.match(low)
        if m is None or pub is None:
            return None
        qty = m.group("n")
        n = int(qty) if qty and qty.isdigit() else self.small_numbers.get(qty or "", 9)
        unit = m.group("unit")
        per_day = self.units_per_day.get(unit)
        # "the last 48 hours": the whole days they reach into, rounded up
        days = -(-n // per_day) if per_day else n * self.unit_days[unit]
        if m.group("dir") in self.next_words:
            return None, pub + _dt.timedelta(days=1), pub + _dt.timedelta(days=days), "range", \
                f"{low!r}: the stretch after publication"
        return None, pub - _dt.timedelta(days=days), pub, "range", f"{low!r}: the stretch up to publication"

    def _ago(self, low, pub, prefer) -> Resolved | None:
        # "several years ago", "nearly two weeks ago": dateparser reads only an exact number
        m = self.vague_ago.match(low)
        if m is None or pub is None or not (m.group(0) != low or not low.split()[0].isdigit()):
            return None
        qty, unit = m.group("n"), m.group("unit").rstrip("s")
        days = {"day": 1, "week": 7, "month": 30, "year": 365}[unit]
        n = int(qty) if qty.isdigit() else self.small_numbers.get(qty.replace("a ", "").strip())
        exact = n is not None and low.split()[0] not in ("nearly", "almost", "about", "around", "roughly", "some",
                                                         "more", "over") and "or so" not in low
        if exact:
            return None  # "two weeks ago": left to dateparser
        low_n, high_n = (2, 9) if n is None else (max(n - 1, 0), n + 1)
        start, end = pub - _dt.timedelta(days=high_n * days), pub - _dt.timedelta(days=low_n * days)
        return None, start, end, "range", f"{low!r}: {low_n} to {high_n} {unit}s before publication"

    def _reference(self, low, pub, prefer) -> Resolved | None:
        kind = self.references.get(low)
        if kind is None or pub is None:
            return None
        if kind == "year":
            return str(pub.year), _dt.date(pub.year, 1, 1), _dt.date(pub.year, 12, 31), "year", \
                f"{low!r}: the year of publication"
        if kind == "month":
            return f"{pub.year:04d}-{pub.month:02d}", _dt.date(pub.year, pub.month, 1), \
                _month_end(pub.year, pub.month), "month", f"{low!r}: the month of publication"
        if kind == "week":
            monday = pub - _dt.timedelta(days=pub.weekday())
            return None, monday, monday + _dt.timedelta(days=6), "week", f"{low!r}: the week of publication"
        if kind == "year_end":
            return str(pub.year), _dt.date(pub.year, 1, 1), _dt.date(pub.year, 12, 31), "year", \
                f"{low!r}: the end of the publication's year, at year precision"
        if kind == "month_end":
            return f"{pub.year:04d}-{pub.month:02d}", _dt.date(pub.year, pub.month, 1), \
                _month_end(pub.year, pub.month), "month", f"{low!r}: the end of the publication's month"
        if kind == "present":
            return pub.isoformat(), pub, pub, "day", f"{low!r}: the present, the publication date"
        if kind == "past":
            return None, None, pub, "range", f"{low!r}: the past, on or before publication"
        return None, pub + _dt.timedelta(days=1), None, "range", f"{low!r}: the future, after publication"

    def _holiday(self, low, pub, prefer) -> Resolved | None:
        m = self.holiday.match(low)
        if m is None:
            return None
        name = m.group("name").lower()
        explicit = m.group("year")
        if explicit is None and pub is None:
            return None
        base = int(explicit) if explicit else pub.year
        years = [base] if explicit else [base - 1, base, base + 1]
        spans = [s for y in years for s in self._holiday_spans(name, y)]
        if not spans:
            return None
        if explicit:
            start, end = spans[0]
        elif prefer == "future":
            later = [s for s in spans if s[1] >= pub]
            start, end = min(later) if later else (None, None)
        elif prefer == "past":
            earlier = [s for s in spans if s[0] <= pub]
            start, end = max(earlier) if earlier else (None, None)
        else:
            start, end = min(spans, key=lambda s: min(abs((s[0] - pub).days), abs((s[1] - pub).days)))
        if start is None:
            return None
        if start == end:
            return start.isoformat(), start, end, "day", f"holiday {name!r} on {start.isoformat()}"
        return None, start, end, "range", f"holiday {name!r} from {start.isoformat()} to {end.isoformat()}"

    def _holiday_spans(self, name: str, year: int) -> list[tuple[_dt.date, _dt.date]]:
        """Each observance of the holiday in ``year`` as (first day, last day)."""
        if name in self.holidays_fixed:
            month, day = self.holidays_fixed[name]
            d = _dt.date(year, month, day)
            return [(d, d)]
        spec = self.holidays_movable.get(name)
        if spec is None or not 2 <= year <= 9998:
            return []
        country, label = spec.split(":", 1)
        import holidays as _holidays  # imported here: only documents that name a movable feast pay for it

        try:
            table = _holidays.country_holidays(country, years=year, language="en_US")
        except (NotImplementedError, KeyError, ValueError):
            return []
        by_name: dict[str, list[_dt.date]] = {}
        for d, names in table.items():
            # a day shared by two holidays has both names ("Eid al-Adha; June 30 Revolution Day"): read each
            for n in (part.strip() for part in names.split(";")):
                if label.lower() in n.lower() and "observed" not in n.lower() and d.year == year:
                    by_name.setdefault(n, []).append(d)
        return sorted((min(days), max(days)) for days in by_name.values())


def _season_end(start: _dt.date, last_month: int) -> _dt.date:
    year = start.year + (last_month < start.month)
    return _month_end(year, last_month)
