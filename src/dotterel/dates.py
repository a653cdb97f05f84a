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
from typing import TYPE_CHECKING, Literal

from dateparser.date import DateDataParser

from dotterel.date_idioms import DateIdioms
from dotterel.date_parts import part_bounds
from dotterel.date_ranges import split_ends
from dotterel.date_reading import _NUMERIC_DATE, DateCache, detect_day_first
from dotterel.date_text import _normalise, _refuse, _strip_noise
from dotterel.date_words import _DateWords
from dotterel.records import EventDate, Span

if TYPE_CHECKING:
    from dotterel.lang import LanguageProfile

__all__ = ["DateResolver", "DateCache", "detect_day_first"]

Prefer = Literal["past", "future", "nearest"]

# Language-independent: four-digit years.
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")


def _iso(d: _dt.date) -> str:
    return d.isoformat()


def _month_end(year: int, month: int) -> _dt.date:
    return _dt.date(year, month, calendar.monthrange(year, month)[1])


class DateResolver:
    """Resolve date phrases of one document against its publication date.

    Parameters
    ----------
    published : datetime.date | None
        Publication date of the document, the base of every relative phrase
        ("on Tuesday", "last July", "1 January"). ``None`` means only phrases
        with an explicit year resolve; relative ones return ``None``.
    lang : LanguageProfile, keyword-only
        The date idioms (month and weekday names, "overnight", "the next
        day", durations...) and the dateparser languages.
    day_first : bool | None, keyword-only
        Order of numeric dates: ``True`` for ``DD/MM/YYYY``, ``False`` for
        ``MM/DD/YYYY``, ``None`` when unknown (see :func:`detect_day_first`);
        an undecidable numeric date then becomes a range between its two
        readings.
    cache : DateCache | None, keyword-only
        Where dateparser's parsers and readings are kept across documents
        (the coder's); without one the resolver keeps its own.
    filed : Span | None, keyword-only
        The date words of a dated dateline ("KOLKATA, March 5:") when
        ``published`` is the day they give, the day the report was filed
        (AP Stylebook "datelines"): reasons then name that day and its
        words, not publication (:meth:`filed_words`).

    Notes
    -----
    Holds (or shares through ``cache``) :class:`dateparser.date.DateDataParser`
    objects, one per ``prefer`` direction and setting, created on first use.
    Not thread-safe.
    """

    def __init__(self, published: _dt.date | None, *, lang: LanguageProfile, day_first: bool | None = None,
                 cache: DateCache | None = None, filed: Span | None = None) -> None:
        if isinstance(published, _dt.datetime):
            published = published.date()
        self.published: _dt.date | None = published
        self.lang = lang
        self._w: _DateWords = lang.derived("dates", _DateWords.build)
        self._idioms: DateIdioms = lang.derived("date_idioms", DateIdioms.build)
        self.day_first = day_first
        self._cache = cache if cache is not None else DateCache()
        self.filed = filed

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

    def filed_words(self, date: EventDate) -> EventDate:
        """Say in ``date``'s reason that publication stands for the dateline's filing day, and point a bound at its words.

        The resolver of a report with a dated dateline counts from the day
        the report was filed ("KOLKATA, March 5: ... yesterday" is 4 March;
        AP Stylebook "datelines"; TimeML: the document creation time anchors
        relative timexes), so every "publication" its reasons and bounds
        name is that day, whose evidence is the dateline's date words.

        Parameters
        ----------
        date : EventDate
            An event's date read with this resolver.

        Returns
        -------
        EventDate
            ``date`` itself without a dated dateline; else its reason ends
            "publication here is the filing day <day> (the dateline's <words>,
            characters <start>-<end>)" (appended, never rewritten: reasons
            are for people and no stage reads them back), and a publication
            bound (``source="publication"``, no span of its own) takes the
            dateline's date words as its span.
        """
        filed = self.filed
        if filed is None or self.published is None:
            return date
        update: dict = {"reason": (f"{date.reason}; publication here is the filing day {self.published.isoformat()}"
                                   f" (the dateline's {filed.text!r}, characters {filed.start}-{filed.end})")}
        if date.source == "publication" and date.span is None:
            update["span"] = filed
        return date.model_copy(update=update)

    def resolve(
        self,
        phrase: str,
        *,
        span: Span | None = None,
        anchor: EventDate | None = None,
        prefer: Prefer = "past",
        year: int | None = None,
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
        prefer : {"past", "future", "nearest"}
            Direction for incomplete dates (weekday, day or month without a
            year): ``past`` for things reported as done, ``future`` for plans
            and threats, ``nearest`` when the tense says neither: the past
            reading, except a day of the month whose next occurrence is
            nearer and at most 100 days ahead ("payable Dec. 15"). With
            ``past``, a day named without a year at most 100 days after
            publication is refused ("on 20 April" in a report of 10 April is
            not the year before's, which news would date with its year); a
            day moved to the year before says so in ``reason``.
        year : int | None
            The year a paragraph has set (``In 1989, ... on 4 June``): a day
            or month named without a year is read in it.

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
            if year is not None:
                framed = self._in_year(phrase, year, span)
                if framed is not None:
                    return framed
            if prefer == "nearest":
                return self._nearest(phrase, span=span, anchor=anchor)
            got = self._resolve(phrase, span=span, anchor=anchor, prefer=prefer)
            return self._this_month(got, phrase, span, anchor) if prefer == "future" else got
        except OverflowError:
            # dateparser's and our date arithmetic past datetime's range (published 0001-01-01 or
            # 9999-12-31): the phrase cannot be placed, so it stays unresolved rather than failing the document.
            return None

    def _this_month(self, got: EventDate | None, phrase: str, span, anchor) -> EventDate | None:
        """A month read forward that is the publication's own a year on: this month, from publication to its end.

        "The union plans a strike in November", "the offer is to expire at the end of November" in a report
        of 2 November: the month is under way, not past, so the next November is a year too late (TimeML
        guidelines: an underspecified month is the one the document's time and tense point to). Only a
        month the phrase leaves without a year (read backward it is this month; not "November 1990", "next
        November"); a part of the month already over ("early November" on 20 November) stays next year's.
        """
        pub = self.published
        if got is None or pub is None or got.time_precision != "month" or not got.earliest or not got.latest:
            return got
        early, late = _dt.date.fromisoformat(got.earliest), _dt.date.fromisoformat(got.latest)
        if (early.year, early.month) != (pub.year + 1, pub.month):
            return got
        past = self._resolve(phrase, span=span, anchor=anchor, prefer="past")
        if past is None or past.value != f"{pub.year}-{pub.month:02d}":
            return got  # "November 1990", "next November": the text places it
        days = calendar.monthrange(pub.year, pub.month)[1]
        end = late == _month_end(late.year, late.month)  # a month's last day stays its last (29 February)
        early = early.replace(year=pub.year, day=min(early.day, days))
        late = _month_end(pub.year, pub.month) if end else late.replace(year=pub.year, day=min(late.day, days))
        if late < pub:
            return got
        return got.model_copy(update={
            "value": f"{pub.year}-{pub.month:02d}", "earliest": _iso(max(early, pub)), "latest": _iso(late),
            "reason": f"{got.reason}; read forward, the month of publication is this one, not next year's"})

    def is_stretch(self, phrase: str) -> bool:
        """True when ``phrase`` names a stretch by its two ends ("from 3 to 5 January", :mod:`dotterel.date_ranges`).

        Parameters
        ----------
        phrase : str
            The date words as written.

        Returns
        -------
        bool
            Whether :meth:`resolve` reads it as one range from its first end
            to its last (when both ends resolve); a caller that lists every
            date expression (TimeBank's timexes) takes its ends one by one.
        """
        w = self._w
        return split_ends(_normalise(phrase), w.ranges, w.month, w.weekday) is not None

    def _in_year(self, phrase: str, year: int, span: Span | None) -> EventDate | None:
        """A day of a month, or a month, named without a year, read in ``year``; None for any other phrase."""
        w = self._w
        part = self._part_of(_normalise(phrase), span, lambda rest: self._in_year(rest, year, None))
        if part is not None:
            return part
        low = _strip_noise(_normalise(phrase).lower(), w)
        if not re.fullmatch(rf"(?:\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{w.month}|{w.month} \d{{1,2}}(?:st|nd|rd|th)?"
                            rf"|{w.month})", low):
            return None
        day, period = self._cache.read(f"{low} {year}", self._settings("past"), self._parser("past"))
        if day is None or day.year != year or (period or "day") not in ("day", "month"):
            return None
        return self._make(day, period or "day", span, f"{low!r} in the year {year} the paragraph has set", "past")

    def _nearest(self, phrase: str, *, span: Span | None, anchor: EventDate | None) -> EventDate | None:
        past = self._resolve(phrase, span=span, anchor=anchor, prefer="past")
        if past is None:
            # refused as a past day just after publication: read ahead, as the near day it is ("payable Dec. 15")
            future = self._resolve(phrase, span=span, anchor=anchor, prefer="future")
            return future if future is not None and self.published is not None \
                and _distance(future, self.published) <= _NEAR_FUTURE_DAYS else None
        if past.time_precision != "day" or not re.search(r"\d", phrase):
            return past  # a weekday or a month alone is the last one unless the tense says otherwise
        future = self._resolve(phrase, span=span, anchor=anchor, prefer="future")
        if future is None or future == past or self.published is None:
            return past
        ahead = _distance(future, self.published)
        # a day of the month soon after publication is a date set ahead ("payable Dec. 15")
        return future if ahead <= _NEAR_FUTURE_DAYS and ahead < _distance(past, self.published) else past

    def _resolve(self, phrase: str, *, span: Span | None, anchor: EventDate | None, prefer: Prefer) -> EventDate | None:
        w = self._w
        cleaned = _normalise(phrase)
        if not cleaned or _BARE_NUMBER.fullmatch(cleaned):
            return None  # "28 in Tahrir": a number alone is never a day of the month
        low = self._idioms.spell_years(cleaned.lower())
        since = self._since(cleaned, span, anchor)
        if since is not _NOT_SPECIAL:
            return since
        if self._idioms.is_fiscal(low):
            return None  # "fiscal 1989": the company's calendar, not ours
        stretch = self._two_ends(cleaned, span, anchor, prefer)
        if stretch is not _NOT_SPECIAL:
            return stretch
        idiom = self._idiom(low, span, anchor, prefer)
        if idiom is not None:
            return idiom
        part = self._part_of(cleaned, span, lambda rest: self._resolve(rest, span=None, anchor=anchor, prefer=prefer),
                             prefer)
        if part is not None:
            return part
        if _refuse(phrase, cleaned, w):
            return None

        # Anchor-relative phrases are checked before "later"/"earlier" are stripped.
        rel = self._anchor_relative(low, anchor, span)
        if rel is not _NOT_ANCHORED:
            return rel

        low = _strip_noise(low, w)
        if not low or _refuse(phrase, low, w):
            return None
        idiom = self._idiom(low, span, anchor, prefer)
        if idiom is not None:
            return idiom

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

        day, period = self._cache.read(low, self._settings(prefer), self._parser(prefer))
        if day is None:
            return None
        period = period or "day"
        if period in ("time", "part_of_day"):
            if not _names_a_day(low, w):
                return None  # "4pm", "midnight": no day in the phrase
            period = "day"
        reason = f"dateparser read {low!r} with period {period!r}"
        if self.published is not None:
            reason += f" relative to publication {self.published.isoformat()}"
        named = re.search(rf"\b{w.weekday}\b", low)
        if period == "day" and named and not re.fullmatch(w.weekday, low) and not _has_explicit_year(low):
            # "Saturday, April 25": the year in which that day is a Saturday, next to the one dateparser chose
            target = self.lang.weekdays.index(named.group(0))
            if day.weekday() != target:
                for year in (day.year + 1, day.year - 1):
                    try:
                        other = day.replace(year=year)
                    except ValueError:
                        continue
                    if other.weekday() == target:
                        day = other
                        reason += f"; the year in which it is a {named.group(0)}"
                        break
        if period == "day" and re.fullmatch(w.weekday, low):
            day = self._weekday_fix(day, prefer)
            reason = (
                f"weekday {low!r}: the {'most recent on or before' if prefer == 'past' else 'first on or after'}"
                f" publication {self.published.isoformat() if self.published else '?'}"
            )
        elif period == "day" and prefer == "past" and self.published is not None and day.year < self.published.year \
                and not _has_explicit_year(low) and re.search(rf"\b{w.month}", low):
            this_year = day.replace(year=self.published.year) if (day.month, day.day) != (2, 29) else None
            if this_year is not None and this_year > self.published:
                if (this_year - self.published).days <= _NEAR_FUTURE_DAYS:
                    return None  # "on 20 April" in a report of 10 April: not the 20 April of a year before
                reason += (f"; no year named, and {this_year.isoformat()} is after publication: the year before")
        return self._make(day, period, span, reason, prefer)

    # -- helpers ------------------------------------------------------------
    def _idiom(self, low: str, span: Span | None, anchor: EventDate | None, prefer: Prefer) -> EventDate | None:
        """Quarters, seasons, centuries, holidays, references to the present (:mod:`dotterel.date_idioms`)."""
        offset = self._idioms.year_offsets.get(low)
        if offset:
            # "a year earlier", "year-ago": a year before the anchor, else before publication
            base = anchor.value[:4] if anchor is not None and anchor.value else None
            year = int(base) + offset if base else (self.published.year + offset if self.published else None)
            if year is None or not 1 <= year <= 9999:
                return None
            return self._event(str(year), _dt.date(year, 1, 1), _dt.date(year, 12, 31), "year", span,
                               f"{low!r}: {-offset} year(s) before {'the anchor' if base else 'publication'}",
                               prefer)
        found = self._idioms.resolve(low, self.published, prefer)
        if found is None:
            return None
        value, earliest, latest, precision, reason = found
        return self._event(value, earliest, latest, precision, span, reason, prefer)

    def _since(self, phrase: str, span: Span | None, anchor: EventDate | None):
        """A "since Saturday" phrase: from that day up to publication, a range (never the day itself)."""
        first, _, rest = phrase.partition(" ")
        low = phrase.lower()
        if first.lower() not in self.lang.date_since_words or not rest:
            return _NOT_SPECIAL
        start = self._resolve(rest, span=span, anchor=anchor, prefer="past")
        if start is None or start.earliest is None or self.published is None:
            return None
        earliest = _dt.date.fromisoformat(start.earliest)
        if earliest > self.published:
            return None
        return self._event(None, earliest, self.published, "range", span,
                           f"{low!r}: from {start.earliest} up to publication {self.published.isoformat()}", "past")


    def _two_ends(self, phrase: str, span: Span | None, anchor: EventDate | None, prefer: Prefer):
        """A stretch named by its two ends (:mod:`dotterel.date_ranges`): from the first's earliest day to the last's latest."""
        w = self._w
        ends = split_ends(phrase, w.ranges, w.month, w.weekday)
        if ends is None:
            return _NOT_SPECIAL
        first_words, last_words = ends
        last = self._resolve(last_words, span=None, anchor=anchor, prefer=prefer)
        if last is None or last.earliest is None or last.latest is None:
            return _NOT_SPECIAL
        end = _dt.date.fromisoformat(last.latest)
        dated = _has_explicit_year(first_words.lower())
        first = None if dated else self._in_year(first_words, int(last.earliest[:4]), None)
        if first is None:
            first = self._resolve(first_words, span=None, anchor=anchor, prefer=prefer)
        if first is None or first.earliest is None:
            return _NOT_SPECIAL
        start = _dt.date.fromisoformat(first.earliest)
        if start > end and re.fullmatch(w.weekday, first_words.lower()):
            start -= _dt.timedelta(days=7 * -(-(start - end).days // 7))  # "Monday to Wednesday": the Monday before
        elif start > end and not dated:
            before = self._in_year(first_words, start.year - 1, None)  # "from December to February": the December before
            start = _dt.date.fromisoformat(before.earliest) if before is not None and before.earliest else start
        if start > end:
            return _NOT_SPECIAL
        reason = (f"{phrase!r}: a stretch named by its two ends, from {first_words!r} ({_iso(start)}) "
                  f"to {last_words!r} ({_iso(end)})")
        if start == end:
            return self._event(_iso(start), start, end, "day", span, reason, prefer)
        return self._event(None, start, end, "range", span, reason, prefer)

    def _part_of(self, cleaned: str, span: Span | None, read, prefer: Prefer = "past") -> EventDate | None:
        """A part of a month or a year ("late March", "mid-2023"; :mod:`dotterel.date_parts`), the period read by ``read``."""
        m = self._w.part_of.match(cleaned)
        whole = read(m.group("rest")) if m is not None else None
        found = part_bounds(m, whole, self.lang.date_part_words, self.lang.date_week_of_month) if m is not None else None
        if found is None or (prefer == "past" and self.published is not None and found[0] > self.published):
            return None  # "late May" in a report of 1 May: not yet; the month, up to publication, is kept
        # TIMEX3 codes "late September" as the month with mod END: the value and its precision stay the period's,
        # and the bounds narrow to the part (a coder who reads the month keeps it; one who reads the bounds gets more)
        return self._event(whole.value, found[0], found[1], whole.time_precision, span, f"{cleaned!r}: {found[2]}",
                           prefer)

    def _settings(self, prefer: Prefer) -> tuple:
        return (prefer, self.published, self.day_first, tuple(self.lang.dateparser_languages))

    def _parser(self, prefer: Prefer) -> DateDataParser:
        def build() -> DateDataParser:
            settings: dict = {
                "PREFER_DATES_FROM": prefer,
                "PREFER_DAY_OF_MONTH": "first",
                "RETURN_TIME_AS_PERIOD": True,
            }
            if self.published is not None:
                settings["RELATIVE_BASE"] = _dt.datetime.combine(self.published, _dt.time())
            if self.day_first is not None:
                settings["DATE_ORDER"] = "DMY" if self.day_first else "MDY"
            return DateDataParser(languages=list(self.lang.dateparser_languages), settings=settings)

        return self._cache.parser(self._settings(prefer), build)

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
        for words, delta in self._w.year_phrases.items():
            if words in low and low.strip() != words:
                low = low.replace(words, str(self.published.year + delta))
        return re.sub(r"\s*,\s*", " ", low).strip()

    def _anchor_relative(self, low: str, anchor: EventDate | None, span: Span | None):
        w = self._w
        low = w.anchor_preposition.sub("", low)
        offset: int | None = None
        for off, pattern in w.anchor_day.items():
            if pattern.match(low):
                offset = off
                break
        m = w.n_days_later.match(low)
        if m:
            n = int(m.group(1)) if m.group(1).isdigit() else w.small_numbers[m.group(1)]
            n *= w.unit_days[m.group(2)]
            offset = n if m.group(3) in w.after_words else -n
        vague = w.vague_later.match(low)
        if offset is None and not vague:
            return _NOT_ANCHORED
        if anchor is None or anchor.earliest is None:
            return None  # relative to an event we do not know
        a_early = _dt.date.fromisoformat(anchor.earliest)
        a_late = _dt.date.fromisoformat(anchor.latest) if anchor.latest else None
        if vague:
            unit = vague.group(1) or vague.group(2)
            gap = w.unit_days[unit]
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
        w = self._w
        m = w.decade.match(low)
        if m:
            start = int(m.group(1))
            return self._event(
                None, _dt.date(start, 1, 1), _dt.date(start + 9, 12, 31), "range", span,
                f"decade {low!r}", prefer,
            )
        m = w.year_range.match(low)
        if m:
            y1 = int(m.group(1))
            y2 = int(m.group(2)) if len(m.group(2)) == 4 else (y1 // 100) * 100 + int(m.group(2))
            if y2 <= y1:
                return None
            return self._event(
                None, _dt.date(y1, 1, 1), _dt.date(y2, 12, 31), "range", span,
                f"year range {low!r}", prefer,
            )
        if w.overnight.match(low):
            if pub is None:
                return None
            return self._event(
                None, pub - _dt.timedelta(days=1), pub, "range", span,
                "'overnight': the night before publication", prefer,
            )
        if w.weekend.match(low):
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
        m = w.past_n.match(low)
        if m:
            if pub is None:
                return None
            qty, unit = (m.group(1), m.group(2)) if m.group(2) else ("one", m.group(3))
            # "few"/"several" are bounded by nine, as in the count conventions.
            n = int(qty) if qty.isdigit() else w.small_numbers.get(qty, 9)
            days = n * w.unit_days[unit]
            return self._event(
                None, pub - _dt.timedelta(days=days), pub, "range", span,
                f"{low!r}: the {days} days up to publication", prefer,
            )
        m = w.rel_month.match(low)
        if m:
            if pub is None:
                return None
            month = w.month_names[m.group(2).rstrip(".")]
            which = w.relative_months[m.group(1)]
            year = pub.year
            if which < 0 and month >= pub.month:
                year -= 1  # "last July" in July 2023 is July 2022
            elif which > 0 and month <= pub.month:
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


_BARE_NUMBER = re.compile(r"\d{1,2}")
_NEAR_FUTURE_DAYS = 100
"""How far ahead ``prefer="nearest"`` reads a day of the month without a tense (about a quarter of a year)."""


def _distance(date: EventDate, published: _dt.date) -> int:
    """Days between a resolved date and the publication day (0 when its bounds hold it)."""
    early = _dt.date.fromisoformat(date.earliest) if date.earliest else None
    late = _dt.date.fromisoformat(date.latest) if date.latest else None
    if early is not None and early > published:
        return (early - published).days
    if late is not None and late < published:
        return (published - late).days
    return 0


def _has_explicit_year(low: str) -> bool:
    if _YEAR.search(low):
        return True
    m = _NUMERIC_DATE.search(low)
    return bool(m and m.group(4))


def _names_a_day(low: str, w: _DateWords) -> bool:
    return bool(
        re.search(rf"\b{w.weekday}\b|\b{w.month}\b|\b{w.day_words}\b|\d{{1,4}}[/.-]\d", low)
    )
