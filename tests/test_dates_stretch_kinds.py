"""Stretches from an occasion in three more shapes (issue 16: when, read right).

* A plural time noun is a stretch, never "the day before": "raided the
  offices in Ndola days before the election on 5 April" had been dated
  the 4th exactly (``events.date_context.day_relation`` read "days before"
  as "day before"). The parser's "[Ndola] days" (a town hung on the time
  noun as its determiner) is cut from the evidence.
* A stretch as the object of "in", "during", "over" ("in the days after the
  election on 30 March", "during the two days before the vote") is a range
  over the whole stretch (profile ``date_stretch_within_prepositions``); the
  election's own day had been taken as the event's.
* "minutes/moments before" or "after" an occasion of a named day is within
  that day (profile ``date_shift_proximity_adverbs``; ACLED codebook 2023:
  time precision 1 when the day is known); the act had been undated. A date
  as the object ("shortly before 1 April") is not narrowed and stays
  undated, now with the whole date in its reason. "Shortly" and "just"
  bound no stretch ("just before the referendum on 5 April" may be days
  before): the act stays undated, as after a bare "before" (review rev23l).
* A town the parser hangs on the time noun takes the "in" with it: "in
  Mopti weeks after the strike on 2 March" is weeks after, not from the
  next day (review rev23l).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

PUB = "2025-04-10"  # a Thursday

TEXTS = {
    "ndola": "Police raided the offices of the opposition in Lusaka days before the election on Sunday.",
    "ndola_by": "Police raided the offices of an opposition party in Ndola days before the by-election on 5 April.",
    "kasese": "Troops detained the organisers in Kasese days before the vote on 6 April.",
    "beni": "Soldiers burned homes in Beni in the days after the election on 30 March.",
    "bulawayo": "During the two days before the vote on 6 April, police detained 40 activists in Bulawayo.",
    "chittagong": "Shortly before the verdict on Monday, police arrested 12 activists in Chittagong.",
    "sylhet": "Police arrested 12 lawyers in Sylhet just before the hearing on Tuesday.",
    "kayes": "Just before the referendum on 5 April, soldiers detained 30 activists in Kayes.",
    "rajshahi": "Police detained 15 students in Rajshahi shortly before the vote on Sunday, the party said.",
    "mopti": "Soldiers detained traders in Mopti weeks after the strike on 2 March.",
    "segou": "In the weeks after the strike on 2 March, soldiers detained traders across Segou.",
    "bauchi": "The marchers were dispersed by police moments after the speech on Wednesday.",
    "tamale": "Seconds after the verdict on Tuesday, supporters attacked the court in Tamale.",
    "alexandria": "Minutes after the match on Saturday, fans fought with police in Alexandria.",
    "maiduguri": "Moments before the rally on Wednesday, gunmen attacked the stage in Maiduguri.",
    "izmir": "Shortly before 1 April, police arrested 12 union leaders in Izmir.",
    "ndola_day": "Police raided the offices of the opposition in Lusaka the day before the election on Sunday.",
}


@pytest.fixture(scope="module")
def coded(coder):
    docs = [make_document(t, published=PUB, doc_id=k) for k, t in TEXTS.items()]
    return {c.document.doc_id: c for c in coder.code_documents(docs)}


def _date(coded, key, trigger):
    [ev] = [e for e in coded[key].events if e.trigger.text == trigger]
    return ev.date


@pytest.mark.parametrize("key,trigger,earliest,latest,evidence", [
    ("ndola", "raided", "2025-03-28", "2025-04-10", "days before the election on Sunday"),
    ("ndola_by", "raided", "2025-03-27", "2025-04-04", "days before the by-election on 5 April"),
    ("kasese", "detained", "2025-03-28", "2025-04-05", "days before the vote on 6 April"),
    ("beni", "burned", "2025-03-31", "2025-04-08", "the days after the election on 30 March"),
    ("bulawayo", "detained", "2025-04-04", "2025-04-05", "the two days before the vote on 6 April"),
])
def test_a_stretch_is_a_range_not_the_occasions_day(coded, key, trigger, earliest, latest, evidence):
    d = _date(coded, key, trigger)
    assert (d.value, d.earliest, d.latest, d.time_precision, d.source) == (None, earliest, latest, "range", "text")
    assert d.span.text == evidence


def test_the_day_before_is_still_one_day(coded):
    d = _date(coded, "ndola_day", "raided")
    assert (d.value, d.time_precision) == ("2025-04-05", "day")


@pytest.mark.parametrize("key,trigger,day,evidence", [
    ("alexandria", "fought", "2025-04-05", "Minutes after the match on Saturday"),
    ("maiduguri", "attacked", "2025-04-09", "Moments before the rally on Wednesday"),
    ("tamale", "attacked", "2025-04-08", "Seconds after the verdict on Tuesday"),
    ("bauchi", "dispersed", "2025-04-09", "moments after the speech on Wednesday"),  # not "police moments ..."
])
def test_minutes_before_an_occasion_is_its_day(coded, key, trigger, day, evidence):
    d = _date(coded, key, trigger)
    assert (d.value, d.earliest, d.latest, d.time_precision, d.source) == (day, day, day, "day", "text")
    assert d.span.text == evidence
    assert "within the day of" in d.reason


def test_shortly_before_a_date_stays_undated(coded):
    d = _date(coded, "izmir", "arrested")
    assert (d.value, d.earliest, d.source) == (None, None, "publication")
    assert "'1 April'" in d.reason and "undated" in d.reason


@pytest.mark.parametrize("key,trigger", [
    ("chittagong", "arrested"), ("sylhet", "arrested"), ("kayes", "detained"), ("rajshahi", "detained"),
])
def test_shortly_or_just_before_an_occasion_stays_undated(coded, key, trigger):
    d = _date(coded, key, trigger)
    assert (d.value, d.earliest, d.source) == (None, None, "publication")
    assert "no stretch in days" in d.reason


@pytest.mark.parametrize("key,trigger,earliest,latest,evidence", [
    ("mopti", "detained", "2025-03-09", "2025-04-10", "weeks after the strike on 2 March"),
    ("segou", "detained", "2025-03-03", "2025-04-10", "the weeks after the strike on 2 March"),
])
def test_in_a_town_weeks_after_is_not_within_the_weeks(coded, key, trigger, earliest, latest, evidence):
    d = _date(coded, key, trigger)
    assert (d.value, d.earliest, d.latest, d.time_precision) == (None, earliest, latest, "range")
    assert d.span.text == evidence
