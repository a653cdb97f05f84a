"""Resolve date phrases against the publication date, with precision.

The calendar work (month names, weekdays, ``yesterday``, numeric dates, ...)
is done by `dateparser <https://dateparser.readthedocs.io>`_ (English only:
loading every language is slow). This module only

* cleans the phrase (drops prepositions such as ``on``/``in``, fuzzy
  qualifiers such as ``late``/``early``/``the beginning of`` and times of day,
  rewrites ``this year``/``last year`` next to a day or month to the year);
* refuses phrases that are not a usable event date (durations such as
  ``days`` or ``for quite some time``, frequencies such as ``monthly``, the
  modal verb ``may``, the noun ``march``, ``since then``);
* handles the few news idioms dateparser does not know: ``overnight``,
  ``the weekend``, ``last July``, decades, anchor-relative phrases such as
  ``the next day`` or ``days later``;
* turns dateparser's ``period`` into ISO values and inclusive day bounds
  with an ACLED-style ``time_precision`` (day, week, month, year, range).

Conventions (news-writing usage; cf. the team fault cases in
``shared/cases/cases.jsonl``):

* a bare weekday is the most recent such day on or before the publication
  date (``prefer="past"``) or the first on or after it (``prefer="future"``),
  so "on Tuesday" in a Tuesday article is that same day;
* a day or month without a year is the most recent one not after the
  publication date (``prefer="past"``);
* "last July" is the most recent July strictly before the publication month;
* "overnight" is the night before publication: earliest = publication - 1
  day, latest = publication;
* week-precise phrases ("last week") give the ISO week (Monday to Sunday)
  as a range with ``value=None``;
* with ``prefer="past"`` the ``latest`` bound never passes the publication
  date when the period contains it ("this month");
* a numeric date such as ``03/06/2020`` whose day/month order is unknown
  (``day_first=None``) and cannot be decided from the numbers becomes a
  range between the two readings, never a guessed day.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from collections.abc import Iterable
from typing import Literal

from dateparser.date import DateDataParser

from dotterel.records import EventDate, Span

__all__ = ["DateResolver", "detect_day_first"]

Prefer = Literal["past", "future"]

# --- vocabularies ----------------------------------------------------------

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {
    name.lower(): i
    for i, name in enumerate(calendar.month_name)
    if name
}
_MONTHS.update({"sept": 9})
for _i, _abbr in enumerate(calendar.month_abbr):
    if _abbr:
        _MONTHS[_abbr.lower()] = _i
del _i, _abbr

_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_MONTH_RE = r"(?:" + "|".join(sorted((re.escape(m) for m in _MONTHS), key=len, reverse=True)) + r")\.?"

# Numeric date such as 03/06/2020, 3.6.20 or 03-06-2020 (ISO 2020-06-03 is
# unambiguous and left to dateparser).
_NUMERIC_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{4}|\d{2}))?(?![\d/-]|\.\d)")
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")

# Phrases that are a relation, a duration or a frequency, not a point in time.
_REFUSE_PREFIX = re.compile(
    r"^(since|for|until|till|up to|through|throughout|every|each|within|after|before|"
    r"in the past|over the past|over the last|in recent|recent|recently|once|whenever)\b"
)
_NUMWORD = (
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty|thirty|forty|fifty|few|a few|several|some|many|\d+)"
)
_DURATION = re.compile(
    rf"^(?:the\s+)?(?:{_NUMWORD}\s+)?(?:more\s+)?"
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?|centuries|century)$"
)
_FREQUENCY = re.compile(r"^(daily|weekly|monthly|yearly|annually|annual|nightly|hourly)$")
_TIME_ONLY = re.compile(
    r"\b(?:at\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}[:.]\d{2}|noon|midday|midnight|dawn|dusk)"
    r"(?:\s+(?:local time|gmt|utc))?\b"
)
_LEADING_NOISE = re.compile(
    r"^(?:on|in|at|by|during|from|of|around|about|approximately|roughly|some time in|sometime in|"
    r"late|early|earlier|later|mid-|mid|the (?:beginning|start|end|middle|turn|first half|second half"
    r"|first days?|last days?|close) of|the|shortly|just|as of|as early as)\s*(?=\S)"
)
_TRAILING_PART_OF_DAY = re.compile(r"[\s,]+(?:morning|afternoon|evening|night|overnight|noon)$")

# Anchor-relative phrases: offset in days from the anchor event's date.
_ANCHOR_DAY = {
    0: re.compile(
        r"^(?:later|earlier)?\s*(?:that|the same)\s+(?:day|morning|afternoon|evening|night)$"
        r"|^(?:later|earlier)\s+that\s+(?:day|morning|afternoon|evening|night)$"
    ),
    1: re.compile(
        r"^(?:the\s+)?(?:next|following)\s+(?:day|morning|afternoon|evening|night)$"
        r"|^(?:the\s+)?day\s+after$|^a\s+day\s+later$|^one\s+day\s+later$"
    ),
    -1: re.compile(
        r"^(?:the\s+)?(?:previous|preceding)\s+(?:day|morning|afternoon|evening|night)$"
        r"|^(?:the\s+)?(?:day|night)\s+before$|^a\s+day\s+(?:earlier|before)$"
    ),
}
_N_DAYS_LATER = re.compile(
    r"^(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(days?|weeks?)\s+(later|after(?:wards)?|earlier|before)$"
)
_VAGUE_LATER = re.compile(
    r"^(?:(?:a\s+few|several|some|a\s+couple\s+of)\s+)?(days|weeks|months)\s+(?:later|after(?:wards)?)$"
)
_SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}

_OVERNIGHT = re.compile(r"^(?:overnight|during the night|in the night|through the night)$")
_WEEKEND = re.compile(r"^(?:the\s+|last\s+|this\s+|over\s+the\s+|at\s+the\s+)?weekend$")
_DECADE = re.compile(r"^(?:the\s+)?((?:1[5-9]|20)\d0)s$")
_YEAR_RANGE = re.compile(r"^(1[5-9]\d\d|20\d\d)\s*(?:-|–|/|to)\s*(\d{2}|\d{4})$")
_REL_MONTH = re.compile(rf"^(last|this|next)\s+({_MONTH_RE})$")
# "the past week", "the last few days" (the leading "the" is stripped first).
_PAST_N = re.compile(
    r"^(?:past|last)\s+(few|several|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+(days|weeks)$"
    r"|^past\s+(days?|weeks?)$"
)


def _iso(d: _dt.date) -> str:
    return d.isoformat()


def _month_end(year: int, month: int) -> _dt.date:
    return _dt.date(year, month, calendar.monthrange(year, month)[1])


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


class DateResolver:
    """Resolve date phrases of one document against its publication date.

    Parameters
    ----------
    published : datetime.date | None
        Publication date of the document, the base of every relative phrase
        ("on Tuesday", "last July", "1 January"). ``None`` means only phrases
        with an explicit year resolve; relative ones return ``None``.
    day_first : bool | None, keyword-only
        Order of numeric dates: ``True`` for ``DD/MM/YYYY``, ``False`` for
        ``MM/DD/YYYY``, ``None`` when unknown (see :func:`detect_day_first`);
        an undecidable numeric date then becomes a range between its two
        readings.

    Notes
    -----
    Holds its own :class:`dateparser.date.DateDataParser` objects (one per
    ``prefer`` direction, created on first use), so one resolver per document
    is cheap and nothing is shared between resolvers. Not thread-safe.
    """

    def __init__(self, published: _dt.date | None, *, day_first: bool | None = None) -> None:
        if isinstance(published, _dt.datetime):
            published = published.date()
        self.published: _dt.date | None = published
        self.day_first = day_first
        self._parsers: dict[str, DateDataParser] = {}

    # -- public -------------------------------------------------------------

    def publication_bound(self) -> EventDate:
        """Return the "on or before publication" bound for an undated event.

        Returns
        -------
        EventDate
            ``value=None``, ``latest`` = publication date (``None`` when the
            publication date is unknown), ``time_precision="range"``,
            ``source="publication"``.
        """
        if self.published is None:
            return EventDate(
                value=None,
                latest=None,
                time_precision="range",
                source="publication",
                reason="no date in text and no publication date",
            )
        return EventDate(
            value=None,
            latest=_iso(self.published),
            time_precision="range",
            source="publication",
            reason="no date in text; on or before publication",
        )

    def resolve(
        self,
        phrase: str,
        *,
        span: Span | None = None,
        anchor: EventDate | None = None,
        prefer: Prefer = "past",
    ) -> EventDate | None:
        """Resolve one date phrase.

        Parameters
        ----------
        phrase : str
            The date words as written ("On 1 January", "late on Thursday",
            "At the beginning of May", "03/06/2020", "the next morning").
        span : Span | None
            Evidence span of the phrase, copied into the result.
        anchor : EventDate | None
            Date of the event the phrase is relative to, for "the next day",
            "later that day", "days later" and the like; without it such
            phrases return ``None``.
        prefer : {"past", "future"}
            Direction for incomplete dates (weekday, day or month without a
            year): ``past`` for things reported as done, ``future`` for plans
            and threats.

        Returns
        -------
        EventDate | None
            ``source="text"``; ``None`` when the phrase is not a date an
            event can use (a duration, a frequency, modal "may", "since
            then"), when a relative phrase has no base, when dateparser
            cannot read it, or when placing it would leave the calendar
            (years 1 to 9999; a publication date at either end).
        """
        try:
            return self._resolve(phrase, span=span, anchor=anchor, prefer=prefer)
        except OverflowError:
            # dateparser's and our date arithmetic past datetime's range (published 0001-01-01 or
            # 9999-12-31): the phrase cannot be placed, so it stays unresolved rather than failing the document.
            return None

    def _resolve(self, phrase: str, *, span: Span | None, anchor: EventDate | None, prefer: Prefer) -> EventDate | None:
        cleaned = _normalise(phrase)
        if not cleaned or _refuse(phrase, cleaned):
            return None
        low = cleaned.lower()

        # Anchor-relative phrases are checked before "later"/"earlier" are stripped.
        rel = self._anchor_relative(low, anchor, span)
        if rel is not _NOT_ANCHORED:
            return rel

        low = _strip_noise(low)
        if not low or _refuse(phrase, low):
            return None

        special = self._special(low, span, prefer)
        if special is not _NOT_SPECIAL:
            return special

        if self.published is None and not _has_explicit_year(low):
            return None  # relative phrase and nothing to resolve it against

        low = self._years_in_words(low)
        numeric = _NUMERIC_DATE.search(low)
        if numeric and self.day_first is None:
            ambiguous = self._ambiguous_numeric(numeric, low, span, prefer)
            if ambiguous is not None:
                return ambiguous

        data = self._parser(prefer).get_date_data(low)
        if data.date_obj is None:
            return None
        day = data.date_obj.date()
        period = data.period or "day"
        if period in ("time", "part_of_day"):
            if not _names_a_day(low):
                return None  # "4pm", "midnight": no day in the phrase
            period = "day"
        reason = f"dateparser read {low!r} with period {period!r}"
        if self.published is not None:
            reason += f" relative to publication {self.published.isoformat()}"
        if period == "day" and re.fullmatch(_WD, low):
            day = self._weekday_fix(day, prefer)
            reason = (
                f"weekday {low!r}: the {'most recent on or before' if prefer == 'past' else 'first on or after'}"
                f" publication {self.published.isoformat() if self.published else '?'}"
            )
        return self._make(day, period, span, reason, prefer)

    # -- helpers ------------------------------------------------------------

    def _parser(self, prefer: Prefer) -> DateDataParser:
        parser = self._parsers.get(prefer)
        if parser is None:
            settings: dict = {
                "PREFER_DATES_FROM": prefer,
                "PREFER_DAY_OF_MONTH": "first",
                "RETURN_TIME_AS_PERIOD": True,
            }
            if self.published is not None:
                settings["RELATIVE_BASE"] = _dt.datetime.combine(self.published, _dt.time())
            if self.day_first is not None:
                settings["DATE_ORDER"] = "DMY" if self.day_first else "MDY"
            parser = DateDataParser(languages=["en"], settings=settings)
            self._parsers[prefer] = parser
        return parser

    def _make(
        self, day: _dt.date, period: str, span: Span | None, reason: str, prefer: Prefer
    ) -> EventDate:
        if period == "year":
            value: str | None = str(day.year)
            earliest, latest = _dt.date(day.year, 1, 1), _dt.date(day.year, 12, 31)
            precision = "year"
        elif period == "month":
            value = f"{day.year:04d}-{day.month:02d}"
            earliest, latest = _dt.date(day.year, day.month, 1), _month_end(day.year, day.month)
            precision = "month"
        elif period == "week":
            value = None
            earliest = day - _dt.timedelta(days=day.weekday())
            latest = earliest + _dt.timedelta(days=6)
            precision = "week"
        else:
            value = _iso(day)
            earliest = latest = day
            precision = "day"
        return self._event(value, earliest, latest, precision, span, reason, prefer)

    def _event(
        self,
        value: str | None,
        earliest: _dt.date | None,
        latest: _dt.date | None,
        precision: str,
        span: Span | None,
        reason: str,
        prefer: Prefer,
    ) -> EventDate:
        # A reported past event cannot be later than its report.
        if (
            prefer == "past"
            and self.published is not None
            and latest is not None
            and latest > self.published
            and (earliest is None or earliest <= self.published)
        ):
            latest = self.published
        return EventDate(
            value=value,
            earliest=_iso(earliest) if earliest else None,
            latest=_iso(latest) if latest else None,
            time_precision=precision,  # type: ignore[arg-type]
            span=span,
            source="text",
            reason=reason,
        )

    def _weekday_fix(self, day: _dt.date, prefer: Prefer) -> _dt.date:
        # dateparser skips to the previous (next) week when the weekday is the
        # publication weekday; news usage means the same day.
        if self.published is None:
            return day
        week = _dt.timedelta(days=7)
        if prefer == "past":
            while day + week <= self.published:
                day += week
        else:
            while day - week >= self.published:
                day -= week
        return day

    def _years_in_words(self, low: str) -> str:
        # "1 January this year", "in March last year": dateparser reads these
        # only with the year spelled out.
        if self.published is None:
            return low
        for words, delta in (("this year", 0), ("last year", -1), ("next year", 1)):
            if words in low and low.strip() != words:
                low = low.replace(words, str(self.published.year + delta))
        return re.sub(r"\s*,\s*", " ", low).strip()

    def _anchor_relative(self, low: str, anchor: EventDate | None, span: Span | None):
        low = re.sub(r"^(?:on|in|at|by|during)\s+", "", low)
        offset: int | None = None
        for off, pattern in _ANCHOR_DAY.items():
            if pattern.match(low):
                offset = off
                break
        m = _N_DAYS_LATER.match(low)
        if m:
            n = int(m.group(1)) if m.group(1).isdigit() else _SMALL_NUMBERS[m.group(1)]
            n *= 7 if m.group(2).startswith("week") else 1
            offset = n if m.group(3) in ("later", "after", "afterwards") else -n
        vague = _VAGUE_LATER.match(low)
        if offset is None and not vague:
            return _NOT_ANCHORED
        if anchor is None or anchor.earliest is None:
            return None  # relative to an event we do not know
        a_early = _dt.date.fromisoformat(anchor.earliest)
        a_late = _dt.date.fromisoformat(anchor.latest) if anchor.latest else None
        if vague:
            unit = vague.group(1) or vague.group(2)
            gap = {"days": 1, "weeks": 7, "months": 28}[unit]
            earliest = a_early + _dt.timedelta(days=gap)
            latest = self.published
            if latest is not None and latest < earliest:
                latest = earliest
            return self._event(
                None, earliest, latest, "range", span,
                f"{low!r} after anchor {anchor.value or anchor.earliest}; on or before publication",
                "past",
            )
        delta = _dt.timedelta(days=offset)
        earliest = a_early + delta
        latest = a_late + delta if a_late else None
        if latest == earliest:
            return self._event(
                _iso(earliest), earliest, latest, "day", span,
                f"{low!r}: {offset:+d} day(s) from anchor {anchor.value or anchor.earliest}",
                "past",
            )
        return self._event(
            None, earliest, latest, "range", span,
            f"{low!r}: {offset:+d} day(s) from anchor range {anchor.earliest}..{anchor.latest}",
            "past",
        )

    def _special(self, low: str, span: Span | None, prefer: Prefer):
        pub = self.published
        m = _DECADE.match(low)
        if m:
            start = int(m.group(1))
            return self._event(
                None, _dt.date(start, 1, 1), _dt.date(start + 9, 12, 31), "range", span,
                f"decade {low!r}", prefer,
            )
        m = _YEAR_RANGE.match(low)
        if m:
            y1 = int(m.group(1))
            y2 = int(m.group(2)) if len(m.group(2)) == 4 else (y1 // 100) * 100 + int(m.group(2))
            if y2 <= y1:
                return None
            return self._event(
                None, _dt.date(y1, 1, 1), _dt.date(y2, 12, 31), "range", span,
                f"year range {low!r}", prefer,
            )
        if _OVERNIGHT.match(low):
            if pub is None:
                return None
            return self._event(
                None, pub - _dt.timedelta(days=1), pub, "range", span,
                "'overnight': the night before publication", prefer,
            )
        if _WEEKEND.match(low):
            if pub is None:
                return None
            if prefer == "past":
                sat = pub - _dt.timedelta(days=(pub.weekday() - 5) % 7)
            else:
                sat = pub + _dt.timedelta(days=(5 - pub.weekday()) % 7)
            return self._event(
                None, sat, sat + _dt.timedelta(days=1), "range", span,
                f"{low!r}: the nearest weekend ({prefer})", prefer,
            )
        m = _PAST_N.match(low)
        if m:
            if pub is None:
                return None
            qty, unit = (m.group(1), m.group(2)) if m.group(2) else ("one", m.group(3))
            # "few"/"several" are bounded by nine, as in the count conventions.
            n = int(qty) if qty.isdigit() else _SMALL_NUMBERS.get(qty, 9)
            days = n * (7 if unit.startswith("week") else 1)
            return self._event(
                None, pub - _dt.timedelta(days=days), pub, "range", span,
                f"{low!r}: the {days} days up to publication", prefer,
            )
        m = _REL_MONTH.match(low)
        if m:
            if pub is None:
                return None
            month = _MONTHS[m.group(2).rstrip(".")]
            which = m.group(1)
            year = pub.year
            if which == "last" and month >= pub.month:
                year -= 1  # "last July" in July 2023 is July 2022
            elif which == "next" and month <= pub.month:
                year += 1
            return self._make(
                _dt.date(year, month, 1), "month", span,
                f"{low!r} relative to publication {pub.isoformat()}", prefer,
            )
        return _NOT_SPECIAL

    def _ambiguous_numeric(self, m: re.Match, low: str, span: Span | None, prefer: Prefer):
        a, sep, b, year = int(m.group(1)), m.group(2), int(m.group(3)), m.group(4)
        if not (1 <= a <= 12 and 1 <= b <= 12) or a == b:
            return None  # only one reading is possible: leave it to dateparser
        yfmt = "%Y" if year is None or len(year) == 4 else "%y"
        fmts = [f"%d{sep}%m{sep}{yfmt}", f"%m{sep}%d{sep}{yfmt}"]
        if year is None:
            fmts = [f"%d{sep}%m", f"%m{sep}%d"]
        parser = self._parser(prefer)
        readings = []
        for fmt in fmts:
            data = parser.get_date_data(m.group(0), date_formats=[fmt])
            if data.date_obj is None:
                return None
            readings.append(data.date_obj.date())
        earliest, latest = min(readings), max(readings)
        return self._event(
            None, earliest, latest, "range", span,
            f"numeric date {m.group(0)!r} with unknown day/month order: "
            f"{readings[0].isoformat()} (day-first) or {readings[1].isoformat()} (month-first)",
            prefer,
        )


class _Sentinel:
    __slots__ = ()


_NOT_ANCHORED = _Sentinel()
_NOT_SPECIAL = _Sentinel()


def _normalise(phrase: str) -> str:
    s = re.sub(r"\s+", " ", phrase).strip()
    return s.strip(" ,;:()[]\"'“”‘’").rstrip(".")


def _refuse(original: str, low: str) -> bool:
    """True for phrases that are not a point in time an event can have."""
    # Modal "may" and the noun "march" are lower-case; the months are not.
    if re.search(r"\b(may|march)\b", original) and not re.search(r"\d", original):
        return True
    low = low.lower()
    if _REFUSE_PREFIX.match(low) or _FREQUENCY.match(low) or _DURATION.match(low):
        return True
    if re.search(r"\b(first|second|third|last|next)\s+time\b", low):
        return True
    return False


def _strip_noise(low: str) -> str:
    low = low.replace("last night", "yesterday")
    low = re.sub(r"\b(?:this|earlier today|later today)\s+(?:morning|afternoon|evening)\b|\btonight\b", "today", low)
    low = _TIME_ONLY.sub(" ", low)
    low = re.sub(r"\s+", " ", low).strip(" ,")
    prev = None
    while prev != low:
        prev = low
        low = _LEADING_NOISE.sub("", low).strip(" ,")
        low = _TRAILING_PART_OF_DAY.sub("", low).strip(" ,")
        low = re.sub(r"\s+(?:on|at|in)$", "", low)
    return low


def _has_explicit_year(low: str) -> bool:
    if _YEAR.search(low):
        return True
    m = _NUMERIC_DATE.search(low)
    return bool(m and m.group(4))


def _names_a_day(low: str) -> bool:
    return bool(
        re.search(rf"\b{_WD}\b|\b{_MONTH_RE}\b|\btoday\b|\byesterday\b|\btomorrow\b|\d{{1,4}}[/.-]\d", low)
    )
