"""A stretch of days named by its two ends is one range (issue 16: dates at the text's precision).

"between March and May 2026" was read as March alone, or refused; "from 3 to 5
January" and "between 12 and 14 June" were refused, so the event was left at
"on or before publication"; "March 3-5" was read as an ambiguous numeric date
(3 May or 5 March). Each is now the range from its first end's first day to
its last end's last day, which the ACLED export turns into a week or month
``time_precision`` by its length. Also "since May": the lower-cased remainder
was refused as the modal verb. Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dotterel.dates import DateResolver
from dotterel.lang import LanguageProfile

EN = LanguageProfile.load("en")
PUB = dt.date(2026, 6, 17)  # a Wednesday


def _resolve(phrase, published=PUB):
    return DateResolver(published, lang=EN).resolve(phrase)


@pytest.mark.parametrize("phrase,earliest,latest", [
    ("between March and May 2026", "2026-03-01", "2026-05-31"),
    ("from 3 to 5 January", "2026-01-03", "2026-01-05"),
    ("3 to 5 January", "2026-01-03", "2026-01-05"),
    ("between 12 and 14 June", "2026-06-12", "2026-06-14"),
    ("from late March to mid-April", "2026-03-21", "2026-04-20"),  # each end a part of its month (date_parts)
    ("March 3-5", "2026-03-03", "2026-03-05"),
    ("10-12 June 2021", "2021-06-10", "2021-06-12"),
    ("June 10-12, 2021", "2021-06-10", "2021-06-12"),
    ("from 3 January to 5 February 2025", "2025-01-03", "2025-02-05"),
    ("between 2019 and 2021", "2019-01-01", "2021-12-31"),
    ("from December to February", "2025-12-01", "2026-02-28"),  # the December before the February
])
def test_a_stretch_named_by_its_two_ends_is_one_range(phrase, earliest, latest):
    got = _resolve(phrase)
    assert (got.value, got.earliest, got.latest, got.time_precision) == (None, earliest, latest, "range")
    assert "two ends" in got.reason


def test_weekday_ends_take_the_week_that_holds_both():
    # published on a Tuesday: the last Wednesday is the 10th, so Monday is the 8th, not the 15th
    got = _resolve("Monday to Wednesday", dt.date(2026, 6, 16))
    assert (got.earliest, got.latest) == ("2026-06-08", "2026-06-10")
    got = _resolve("between Monday and Wednesday")
    assert (got.earliest, got.latest) == ("2026-06-15", "2026-06-17")


@pytest.mark.parametrize("phrase,want", [
    ("3 to 5 people", None),  # no month: a count
    ("2 to 3 weeks", None),  # a duration
    ("March and April", None),  # bare "and" may be two events
    ("2022-01-05", ("2022-01-05", "2022-01-05")),  # ISO day, not a stretch
    ("03/06/2020", ("2020-03-06", "2020-06-03")),  # an undecidable numeric date stays that range
    ("late March", ("2026-03-21", "2026-03-31")),  # a part of the month (test_dates_part_of_period)
    # reviewer rev12f: an end told from the other names no day of its own (it was read in June, publication's month)
    ("May 2 to the end of the month", None),
    ("from 3 March to the following week", None),
])
def test_the_two_ends_rule_does_not_fire_on_other_phrases(phrase, want):
    got = _resolve(phrase)
    assert (None if got is None else (got.earliest, got.latest)) == want
    assert got is None or "two ends" not in got.reason


@pytest.mark.parametrize("phrase,earliest", [
    ("since May", "2026-05-01"), ("since March", "2026-03-01"), ("since mid-May", "2026-05-11"),
    ("since Saturday", "2026-06-13"), ("since last week", "2026-06-08"),
])
def test_since_a_month_is_a_range_up_to_publication(phrase, earliest):
    got = _resolve(phrase)
    assert (got.value, got.earliest, got.latest, got.time_precision) == (None, earliest, "2026-06-17", "range")


@pytest.mark.usefixtures("codes_its_texts_in_one_stream")
@pytest.mark.parametrize("text,earliest,latest,words", [
    ("Protesters rallied in Almaty between March and May 2026.", "2026-03-01", "2026-05-31",
     "between March and May 2026"),
    ("Workers went on strike in Lagos between 12 and 14 June.", "2026-06-12", "2026-06-14", "between 12 and 14 June"),
    ("Students demonstrated in Dhaka from late March to mid-April.", "2026-03-21", "2026-04-20",
     "late March to mid-April"),  # the model splits the two ends: joined again
    ("Protesters occupied the square in Minsk from 3 January to 5 February 2025.", "2025-01-03", "2025-02-05",
     "3 January to 5 February 2025"),  # the model cuts after the last end's day
    ("Farmers protested in Delhi on March 3-5.", "2026-03-03", "2026-03-05", "March 3-5"),
])
def test_an_event_takes_the_whole_stretch(coder, text, earliest, latest, words):
    (ev,) = coder.code(text, published=PUB.isoformat())
    assert (ev.date.earliest, ev.date.latest, ev.date.time_precision) == (earliest, latest, "range")
    assert ev.date.span.text == words


@pytest.mark.usefixtures("codes_its_texts_in_one_stream")
def test_two_dates_joined_by_and_without_between_stay_two(coder):
    evs = coder.code("Police detained 30 students in Minsk in March and in May.", published=PUB.isoformat())
    assert [(e.date.value, e.date.time_precision) for e in evs] == [("2026-03", "month")]


@pytest.mark.parametrize("phrase,earliest", [
    ("the last 48 hours", "2026-06-15"), ("the past 24 hours", "2026-06-16"), ("past 72 hours", "2026-06-14"),
    ("recent hours", "2026-06-16"),
])
def test_the_last_hours_are_the_days_they_reach_into_up_to_publication(phrase, earliest):
    # "the last 48 hours" was refused, leaving the event undated; the hours round up to whole days
    got = _resolve(phrase)
    assert (got.value, got.earliest, got.latest, got.time_precision) == (None, earliest, "2026-06-17", "range")


@pytest.mark.parametrize("phrase", ["48 hours", "for 24 hours", "the first 48 hours"])
def test_hours_without_past_or_last_are_no_stretch(phrase):
    assert _resolve(phrase) is None
