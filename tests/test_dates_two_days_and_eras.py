"""Guards for two kinds dates26 checked and found right (no change): two acts with two days, and eras.

* Two acts in one sentence with two days ("Police arrested 12 people on
  Monday after protesters clashed with soldiers on Saturday"): each day dates
  only its own act (TimeML: a timex anchors the event of its own clause).
* Years and seasons: "last spring" is the season before, "earlier this year"
  the year of publication up to publication, "in the 2014 unrest" the year
  2014 (historical, never the publication year), "in the 1990s" the decade.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

PUB = "2024-05-08"  # a Wednesday: Monday 6 May, Saturday 4 May

TEXTS = {
    "two_days": "Police arrested 12 people on Monday after protesters clashed with soldiers on Saturday.",
    "relative_between": "Police arrested 12 people in Kano, who had rioted on Saturday, on Monday.",
    "last_spring": "Police arrested 40 students in Dhaka last spring.",
    "earlier_this_year": "Soldiers have detained 60 men in Gao earlier this year.",
    "unrest_2014": "Police arrested 12 people in Kano during the 2014 unrest.",
    "decade": "Militias killed hundreds of villagers in Ituri in the 1990s.",
}


@pytest.fixture(scope="module")
def coded(coder):
    docs = [make_document(t, published=PUB, doc_id=k) for k, t in TEXTS.items()]
    return {c.document.doc_id: c for c in coder.code_documents(docs)}


def _date(coded, key, trigger):
    [ev] = [e for e in coded[key].events if e.trigger.text == trigger]
    return ev.date


@pytest.mark.parametrize("key, trigger, day", [
    ("two_days", "arrested", "2024-05-06"), ("two_days", "clashed", "2024-05-04"),
    ("relative_between", "arrested", "2024-05-06"), ("relative_between", "rioted", "2024-05-04"),
])
def test_each_act_its_own_day(coded, key, trigger, day):
    date = _date(coded, key, trigger)
    assert (date.value, date.time_precision) == (day, "day")


@pytest.mark.parametrize("key, trigger, value, earliest, latest, precision", [
    ("last_spring", "arrested", None, "2023-03-01", "2023-05-31", "range"),
    ("earlier_this_year", "detained", "2024", "2024-01-01", "2024-05-08", "year"),
    ("unrest_2014", "arrested", "2014", "2014-01-01", "2014-12-31", "year"),
    ("decade", "killed", None, "1990-01-01", "1999-12-31", "range"),
])
def test_seasons_years_and_decades(coded, key, trigger, value, earliest, latest, precision):
    date = _date(coded, key, trigger)
    assert (date.value, date.earliest, date.latest, date.time_precision) == (value, earliest, latest, precision)
