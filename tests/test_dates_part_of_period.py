"""A part of a month or a year is the days it names (issue 16: dates at the text's precision).

"Protests continued in late March" was dated to the whole of March: the
qualifier was stripped as noise before the month was read. "late", "early",
"mid-", "the end of", "the beginning of" now give a third of the month (a WMO
dekad: 1-10, 11-20, 21 to the end) or of the year (four months), TimeML's
TIMEX3 ``mod`` START/MID/END of the period; "the first week of April" gives
days 1-7. A part of a day or a week keeps the day or the week. Sentences
written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dotterel.dates import DateResolver
from dotterel.lang import LanguageProfile
from dotterel.records import EventDate

EN = LanguageProfile.load("en")
PUB = dt.date(2024, 5, 1)


def _resolve(phrase, published=PUB, **kw):
    return DateResolver(published, lang=EN).resolve(phrase, **kw)


@pytest.mark.parametrize("phrase,earliest,latest", [
    ("late March", "2024-03-21", "2024-03-31"),
    ("in late March", "2024-03-21", "2024-03-31"),
    ("early April", "2024-04-01", "2024-04-10"),
    ("mid-February", "2024-02-11", "2024-02-20"),
    ("the end of March", "2024-03-21", "2024-03-31"),
    ("the beginning of January", "2024-01-01", "2024-01-10"),
    ("the middle of October", "2023-10-11", "2023-10-20"),
    ("late February", "2024-02-21", "2024-02-29"),  # a leap year's February
    ("the first week of April", "2024-04-01", "2024-04-07"),
    ("the third week of March", "2024-03-15", "2024-03-21"),
    ("the last week of February", "2024-02-23", "2024-02-29"),
    ("mid-2023", "2023-05-01", "2023-08-31"),
    ("late last year", "2023-09-01", "2023-12-31"),
    ("early 2022", "2022-01-01", "2022-04-30"),
])
def test_a_part_of_a_month_or_year_is_a_range_of_its_days(phrase, earliest, latest):
    # the value and precision stay the period's (TIMEX3: the month with a mod); the bounds are the part's days
    got = _resolve(phrase)
    year_part = earliest[5:7] != latest[5:7]
    value, precision = (earliest[:4], "year") if year_part else (earliest[:7], "month")
    assert (got.value, got.earliest, got.latest, got.time_precision) == (value, earliest, latest, precision)


@pytest.mark.parametrize("phrase,want", [
    ("late yesterday", ("2024-04-30", "2024-04-30", "day")),  # a part of a day keeps the day
    ("early Tuesday", ("2024-04-30", "2024-04-30", "day")),
    ("late last week", ("2024-04-22", "2024-04-28", "week")),  # and of a week the week
    ("March", ("2024-03-01", "2024-03-31", "month")),
    ("by the end of March", ("2024-03-01", "2024-03-31", "month")),  # a deadline, not a part
    ("late May", ("2024-05-01", "2024-05-01", "month")),  # the month of publication: its end is still to come
])
def test_other_phrases_keep_their_period(phrase, want):
    got = _resolve(phrase)
    assert (got.earliest, got.latest, got.time_precision) == want


@pytest.mark.parametrize("phrase", ["until the end of March", "till late March", "through the end of March",
                                    "until early 2023"])
def test_the_end_of_a_stretch_is_not_a_part_of_the_period(phrase):
    # "The curfew stays until the end of March": the end of a stretch, like "by the end of" a deadline, is not the
    # time the event took place in; never the days 21-31 March
    got = _resolve(phrase)
    assert got is None or "TIMEX3 mod" not in (got.reason or ""), got  # no part's bounds


def test_a_part_of_a_month_in_the_year_the_paragraph_set():
    got = _resolve("late March", year=1998)
    assert (got.value, got.earliest, got.latest, got.time_precision) == ("1998-03", "1998-03-21", "1998-03-31", "month")


@pytest.mark.usefixtures("codes_its_texts_in_one_stream")
@pytest.mark.parametrize("text,earliest,latest,words", [
    ("Protests continued in late March in Dhaka.", "2024-03-21", "2024-03-31", "late March"),
    ("Students rallied in mid-February in Sylhet.", "2024-02-11", "2024-02-20", "mid-February"),
    ("Farmers blocked roads in the first week of April in Rajshahi.", "2024-04-01", "2024-04-07",
     "the first week of April"),
])
def test_an_event_in_a_part_of_a_month(coder, text, earliest, latest, words):
    (ev,) = coder.code(text, published=PUB.isoformat())
    assert (ev.date.value, ev.date.earliest, ev.date.latest, ev.date.time_precision) == (earliest[:7], earliest, latest, "month")
    assert ev.date.span.text == words


@pytest.mark.parametrize("gold,earliest,latest,want", [
    # the cases file's README: ``YYYY-MM`` is month precision, ``a/b`` a range; a coder who gave the month wrote
    # the month, so our part of it is scored as the range it is, never read up to the gold's grain
    ("2020-05", "2020-05-01", "2020-05-10", "2020-05-01/2020-05-10"),
    ("2020", "2020-05-01", "2020-08-31", "2020-05-01/2020-08-31"),
    ("2020-05", "2020-04-21", "2020-05-10", "2020-04-21/2020-05-10"),
    ("2020-05-03/2020-05-05", "2020-05-01", "2020-05-10", "2020-05-01/2020-05-10"),
])
def test_the_cases_scorer_scores_a_part_of_a_month_as_its_range(gold, earliest, latest, want):
    from types import SimpleNamespace

    from dotterel.evaluate.events import _date_as_gold

    date = EventDate(value=None, earliest=earliest, latest=latest, time_precision="range", reason="test")
    assert _date_as_gold(gold, SimpleNamespace(date=date)) == want
