"""Tests for dotterel.dates (date phrases resolved against the publication date).

The phrases and publication dates follow the team fault cases
(shared/cases/cases.jsonl) and the seed article; they are inlined so the tests
run without ../shared.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dotterel.dates import DateResolver, detect_day_first
from dotterel.lang import LanguageProfile
from dotterel.records import EventDate, Span

D = dt.date
EN = LanguageProfile.load("en")


def resolve(published, phrase, **kw):
    day_first = kw.pop("day_first", None)
    return DateResolver(published, lang=EN, day_first=day_first).resolve(phrase, **kw)


def assert_day(result: EventDate | None, iso: str) -> None:
    assert result is not None
    assert result.value == iso
    assert result.earliest == iso and result.latest == iso
    assert result.time_precision == "day"
    assert result.source == "text"
    assert result.reason


# --- absolute and yearless days ------------------------------------------


def test_day_this_year():
    assert_day(resolve(D(2022, 2, 1), "1 January this year"), "2022-01-01")


def test_day_without_year_is_not_previous_year_nor_publication():
    r = resolve(D(2022, 2, 1), "On 1 January")
    assert_day(r, "2022-01-01")


@pytest.mark.parametrize(
    "phrase, iso",
    [("5 January 2022", "2022-01-05"), ("11 January 2022", "2022-01-11"), ("Late on 5 January", "2022-01-05")],
)
def test_absolute_days(phrase, iso):
    assert_day(resolve(D(2022, 2, 1), phrase), iso)


def test_span_is_carried():
    text = "On 1 January this year a few hundred people demonstrated"
    span = Span(start=3, end=22, text=text[3:22])
    r = resolve(D(2022, 2, 1), span.text, span=span)
    assert r.span == span
    assert text[r.span.start : r.span.end] == r.span.text


# --- weekdays -------------------------------------------------------------


@pytest.mark.parametrize(
    "published, phrase, iso",
    [
        (D(2024, 4, 17), "on Tuesday", "2024-04-16"),
        (D(2023, 8, 1), "on Monday", "2023-07-31"),
        (D(2024, 11, 29), "late on Thursday", "2024-11-28"),
        (D(2023, 6, 10), "Friday", "2023-06-09"),
        (D(2022, 2, 1), "Tuesday", "2022-02-01"),  # the publication weekday is that same day
        (D(2021, 5, 26), "on Wednesday", "2021-05-26"),
    ],
)
def test_weekday_most_recent_on_or_before_publication(published, phrase, iso):
    assert_day(resolve(published, phrase), iso)


def test_weekday_future():
    assert_day(resolve(D(2023, 3, 3), "Saturday", prefer="future"), "2023-03-04")


# --- months and years -----------------------------------------------------


def test_beginning_of_may_is_its_first_dekad():
    # issue 16: the part of the month the text names (dotterel.date_parts), never a day of it
    r = resolve(D(2020, 6, 20), "At the beginning of May")
    assert r.value == "2020-05"  # the month, as the case's gold and TIMEX3 (mod START) write it
    assert r.time_precision == "month"
    assert (r.earliest, r.latest) == ("2020-05-01", "2020-05-10")


def test_last_july_in_july_is_previous_year():
    r = resolve(D(2023, 7, 10), "Last July")
    assert (r.value, r.time_precision, r.earliest, r.latest) == ("2022-07", "month", "2022-07-01", "2022-07-31")


def test_last_july_later_in_year_is_same_year():
    assert resolve(D(2023, 9, 10), "last July").value == "2023-07"


def test_month_without_year():
    r = resolve(D(2022, 2, 1), "January")
    assert (r.value, r.time_precision, r.earliest, r.latest) == ("2022-01", "month", "2022-01-01", "2022-01-31")


@pytest.mark.parametrize("phrase, year", [("in 2014", "2014"), ("2019", "2019")])
def test_years(phrase, year):
    r = resolve(D(2022, 2, 1), phrase)
    assert (r.value, r.time_precision) == (year, "year")
    assert (r.earliest, r.latest) == (f"{year}-01-01", f"{year}-12-31")


def test_current_year_latest_clipped_to_publication():
    r = resolve(D(2022, 2, 1), "in 2022")
    assert (r.value, r.earliest, r.latest) == ("2022", "2022-01-01", "2022-02-01")
    r = resolve(D(2022, 2, 1), "early 2022")  # its first third (dotterel.date_parts), clipped the same way
    assert (r.value, r.earliest, r.latest) == ("2022", "2022-01-01", "2022-02-01")


def test_last_week_is_week_range():
    r = resolve(D(2022, 2, 1), "last week")
    assert (r.value, r.time_precision, r.earliest, r.latest) == (None, "week", "2022-01-24", "2022-01-30")


# --- numeric dates and day/month order ------------------------------------


def test_numeric_day_first():
    assert_day(resolve(D(2020, 6, 20), "03/06/2020", day_first=True), "2020-06-03")
    assert_day(resolve(D(2020, 6, 20), "15/06/2020", day_first=True), "2020-06-15")
    assert_day(resolve(D(2020, 6, 20), "15/06/2020"), "2020-06-15")  # only one reading possible


def test_numeric_month_first():
    assert_day(resolve(D(2020, 6, 20), "03/06/2020", day_first=False), "2020-03-06")


def test_numeric_undecided_is_range_not_guess():
    r = resolve(D(2020, 6, 20), "03/06/2020")
    assert (r.value, r.time_precision, r.earliest, r.latest) == (None, "range", "2020-03-06", "2020-06-03")


def test_detect_day_first():
    text = "Police detained 12 activists who defied the ban on 03/06/2020 and nine more on 15/06/2020."
    assert detect_day_first([text]) is True
    assert detect_day_first(["on 06/15/2020"]) is False
    assert detect_day_first(["on 03/06/2020"]) is None
    assert detect_day_first(["15/06/2020", "06/15/2020"]) is None
    assert detect_day_first([]) is None


# --- ranges ---------------------------------------------------------------


def test_overnight():
    r = resolve(D(2024, 5, 1), "overnight")
    assert (r.value, r.time_precision, r.earliest, r.latest) == (None, "range", "2024-04-30", "2024-05-01")


def test_publication_bound():
    r = DateResolver(D(2022, 2, 1), lang=EN).publication_bound()
    assert r.value is None and r.latest == "2022-02-01" and r.earliest is None
    assert r.time_precision == "range" and r.source == "publication"
    assert r.reason == "no date in text; on or before publication"


# --- anchor-relative phrases ----------------------------------------------

ANCHOR = EventDate(value="2022-01-05", earliest="2022-01-05", latest="2022-01-05", time_precision="day")


@pytest.mark.parametrize(
    "phrase, iso",
    [("the next morning", "2022-01-06"), ("the next day", "2022-01-06"), ("later that day", "2022-01-05"),
     ("two days later", "2022-01-07"), ("the day before", "2022-01-04")],
)
def test_anchor_relative(phrase, iso):
    assert_day(resolve(D(2022, 2, 1), phrase, anchor=ANCHOR), iso)


def test_days_later_is_range_to_publication():
    r = resolve(D(2022, 2, 1), "days later", anchor=ANCHOR)
    assert (r.value, r.time_precision, r.earliest, r.latest) == (None, "range", "2022-01-06", "2022-02-01")


@pytest.mark.parametrize("phrase", ["the next morning", "the next day", "later that day", "days later"])
def test_anchor_relative_without_anchor_is_none(phrase):
    assert resolve(D(2022, 2, 1), phrase) is None


# --- not dates ------------------------------------------------------------


@pytest.mark.parametrize(
    "phrase",
    ["may", "Since then", "days", "monthly", "the first time", "for quite some time", "two days",
     "march", "a student march", "4pm", "shortly after midnight", "Tokayev"],
)
def test_not_a_usable_date(phrase):
    assert resolve(D(2022, 1, 14), phrase) is None


# --- no publication date --------------------------------------------------


def test_no_publication_absolute_resolves_relative_does_not():
    assert_day(resolve(None, "5 January 2022"), "2022-01-05")
    assert resolve(None, "2019").value == "2019"
    assert resolve(None, "January 2022").value == "2022-01"
    for phrase in ("1 January", "Tuesday", "last year", "overnight", "January"):
        assert resolve(None, phrase) is None, phrase
    bound = DateResolver(None, lang=EN).publication_bound()
    assert bound.latest is None and bound.source == "publication"


# --- robustness -------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from conftest import examples  # noqa: E402


@settings(max_examples=examples(150), deadline=None)
@given(st.text(max_size=40))
def test_resolve_never_raises_and_bounds_are_ordered(phrase):
    r = DateResolver(D(2022, 2, 1), lang=EN).resolve(phrase)
    if r is not None:
        assert r.earliest is None or r.latest is None or r.earliest <= r.latest


@pytest.mark.parametrize(
    ("published", "phrase", "prefer"),
    [(D(1, 1, 1), "on Tuesday", "past"), (D(1, 1, 1), "last week", "past"),
     (D(9999, 12, 31), "on Friday", "past"), (D(9999, 12, 30), "next month", "future")],
)
def test_a_publication_date_at_the_calendar_edge_leaves_the_phrase_unresolved(published, phrase, prefer):
    # The server codes any valid YYYY-MM-DD it is sent; date arithmetic past year 1 or 9999 was an OverflowError.
    assert resolve(published, phrase, prefer=prefer) is None


def test_a_year_before_a_singular_noun_dates_and_a_number_before_a_plural_counts(coder):
    """'1503 people were detained' counts people (no date); 'the 2020 presidential election' is dated 2020."""
    from dotterel.ingest import make_document

    texts = ["Police said 1503 people were detained in Minsk.",
             "Protests began during the 2020 presidential election in Belarus."]
    counted, dated = coder.code_documents([make_document(t, published="2020-09-01") for t in texts])
    assert counted.dates == []
    assert [(e.event_type, e.date.source) for e in counted.events] == [("COERCE", "publication")]
    assert [d.span.text for d in dated.dates] == ["2020"]
    assert [(e.event_type, e.date.value) for e in dated.events] == [("PROTEST", "2020")]


# --- idioms dateparser does not read (issue 16 item 2) ----------------------


@pytest.mark.parametrize("published,phrase,earliest,latest", [
    (D(2023, 11, 20), "third-quarter", "2023-07-01", "2023-09-30"),
    (D(2023, 11, 20), "the fourth quarter of 2021", "2021-10-01", "2021-12-31"),
    (D(2023, 11, 20), "the year-ago quarter", "2022-10-01", "2022-12-31"),
    (D(2023, 11, 20), "the first half of 2020", "2020-01-01", "2020-06-30"),
    (D(2023, 11, 20), "last summer", "2023-06-01", "2023-08-31"),
    (D(2023, 11, 20), "the winter of 2019", "2019-12-01", "2020-02-29"),
    (D(2023, 11, 20), "the 19th century", "1800-01-01", "1899-12-31"),
    (D(2024, 5, 1), "several years ago", "2015-05-04", "2022-05-02"),
    (D(2024, 5, 1), "nearly two weeks ago", "2024-04-10", "2024-04-24"),
    (D(2024, 5, 1), "recent weeks", "2024-02-28", "2024-05-01"),
    (D(2024, 5, 1), "the past three years", "2021-05-02", "2024-05-01"),
    (D(2024, 5, 1), "the next two decades", "2024-05-02", "2044-04-30"),
])
def test_periods_and_stretches_are_ranges(published, phrase, earliest, latest):
    got = resolve(published, phrase)
    assert got is not None and got.value is None and (got.earliest, got.latest) == (earliest, latest)


def test_spelled_year_and_fiscal_year():
    assert resolve(D(2023, 11, 20), "nineteen eighty-four").value == "1984"
    assert resolve(D(2023, 11, 20), "fiscal 2022") is None  # the company's calendar, not ours


@pytest.mark.parametrize("phrase,iso", [
    ("on Christmas Eve", "2023-12-24"),
    ("New Year's Day", "2024-01-01"),
])
def test_fixed_holidays_resolve_against_publication(phrase, iso):
    assert_day(resolve(D(2024, 1, 3), phrase), iso)


def test_movable_feast_is_the_last_one_before_publication():
    got = resolve(D(2024, 6, 20), "during Eid al-Adha")
    assert got is not None and got.earliest.startswith("2024-06-1") and got.latest <= "2024-06-20"
    later = resolve(D(2024, 6, 20), "Eid al-Fitr", prefer="future")
    assert later is not None and later.earliest.startswith("2025-03")


def test_since_is_a_range_up_to_publication():
    got = resolve(D(2024, 5, 1), "since Saturday")  # a Wednesday: Saturday is 27 April
    assert (got.value, got.earliest, got.latest, got.time_precision) == (None, "2024-04-27", "2024-05-01", "range")


@pytest.mark.parametrize("phrase", ["28", "5", "31"])
def test_a_bare_number_is_never_a_day_of_the_month(phrase):
    assert resolve(D(2024, 5, 1), phrase) is None


def test_weekday_with_day_and_month_takes_the_year_it_fits():
    # published Friday 24 April 2026; Saturday 25 April is the next day, not 2025's
    assert_day(resolve(D(2026, 4, 24), "Saturday, April 25"), "2026-04-25")


def test_nearest_reads_a_day_soon_after_publication_forward_and_a_weekday_back():
    assert resolve(D(2023, 10, 26), "Dec. 15", prefer="nearest").value == "2023-12-15"
    assert resolve(D(2023, 10, 26), "June 1", prefer="nearest").value == "2023-06-01"
    assert resolve(D(2023, 10, 27), "Monday", prefer="nearest").value == "2023-10-23"


def test_references_to_the_present_and_past():
    assert_day(resolve(D(2024, 5, 1), "now"), "2024-05-01")
    past = resolve(D(2024, 5, 1), "recently")
    assert (past.earliest, past.latest) == (None, "2024-05-01")
