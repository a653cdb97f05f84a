"""Review of dates25: the dateline's day as the filing day, its shapes, "since" and told conjuncts (rev25d).

* A dated dateline ("JAIPUR, May 14:", "Jaipur, May 14 (PTI):") is the day the
  report was filed (AP Stylebook "datelines"): its relative days count from it
  ("yesterday" is the day before it) and an act with no day of its own is on or
  before it. dates25 left the date out of the sentence but still counted from
  publication. A dateline more than a week before publication is no filing day.
* A weekday opens a dated heading, never a town ("SATURDAY, May 11:"), and a
  dated line after the story's first sentence is a line of the story, no
  dateline ("... \\nLyon, May 14: farmers marched"): dates25 dropped its date.
* A "since" opening the sentence before a date with no comma ("Since 2 May
  troops have detained ...") is a range up to publication, not the day: the
  small parser makes it the clause's mark, not the date's preposition.
* "and its mayor said soldiers had beaten residents": a conjunct that tells or
  means something does not lend the first verb's day to its content (the
  dates25 "its mayor" rule and the rev24d "but they" rule alike); nor does a
  first verb that is denied ("did not enter Menaka on Tuesday, but its mayor
  was detained": no scene was opened at the place).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document
from dotterel.lang import LanguageProfile
from dotterel.places.dateline import dateline_date, find_dateline

PUB = "2024-05-17"  # a Friday; 14 May 2024 is a Tuesday, 13 May a Monday, 11 May a Saturday

TEXTS = {
    "caps_yesterday": "JAIPUR, May 14: Police detained 30 nurses yesterday, officials said.",
    "title_pti_yesterday": "Jaipur, May 14 (PTI): Police detained 30 nurses yesterday, officials said.",
    "caps_undated": "JAIPUR, May 14: Police detained 30 nurses, officials said.",
    "caps_weekday": "AJMER, May 14: Police baton-charged farmers on Saturday, the union said.",
    "stale_dateline": "JAIPUR, March 2: Police detained 30 nurses yesterday, officials said.",
    "no_dateline_yesterday": "Police in Jaipur detained 30 nurses yesterday, officials said.",
    "mid_text_line": "Police detained 30 nurses in Jaipur.\nLyon, May 14: farmers marched against the new tax.",
    "since_no_comma": "Since 2 May troops have detained 60 students in Bamako.",
    "since_comma": "Since 2 May, troops have detained 60 students in Bamako.",
    "mayor_said": "Troops entered Menaka on Tuesday and its mayor said soldiers had beaten residents.",
    "they_said": "Soldiers stormed Ansongo on Friday, but they said rebels had killed 12 herders.",
    "mayor_detained": "Government troops entered Menaka on Tuesday and its mayor was detained.",
    "not_entered": "Soldiers did not enter Menaka on Tuesday, but its mayor was detained.",
}


@pytest.fixture(scope="module")
def coded(coder):
    docs = [make_document(t, published=PUB, doc_id=k) for k, t in TEXTS.items()]
    return {c.document.doc_id: c for c in coder.code_documents(docs)}


def _date(coded, key, trigger):
    [ev] = [e for e in coded[key].events if e.trigger.text == trigger]
    return ev.date


@pytest.mark.parametrize("key", ["caps_yesterday", "title_pti_yesterday"])
def test_a_dated_datelines_day_anchors_relative_days(coded, key):
    d = _date(coded, key, "detained")
    assert (d.value, d.time_precision, d.span.text) == ("2024-05-13", "day", "yesterday")


def test_a_weekday_counts_back_from_the_datelines_day(coded):
    d = _date(coded, "caps_weekday", "baton-charged")
    assert (d.value, d.time_precision) == ("2024-05-11", "day")


def test_an_undated_act_is_on_or_before_the_filing_day(coded):
    d = _date(coded, "caps_undated", "detained")
    assert (d.value, d.earliest, d.latest, d.source) == (None, None, "2024-05-14", "publication")


@pytest.mark.parametrize("key", ["stale_dateline", "no_dateline_yesterday"])
def test_without_a_recent_dateline_days_count_from_publication(coded, key):
    d = _date(coded, key, "detained")
    assert (d.value, d.time_precision) == ("2024-05-16", "day")


def test_a_dated_line_inside_the_story_is_no_dateline(coded):
    d = _date(coded, "mid_text_line", "marched")
    assert (d.value, d.time_precision, d.span.text) == ("2024-05-14", "day", "May 14")


@pytest.mark.parametrize("key", ["since_no_comma", "since_comma"])
def test_since_a_day_is_a_range_to_publication(coded, key):
    d = _date(coded, key, "detained")
    assert (d.value, d.earliest, d.latest, d.time_precision) == (None, "2024-05-02", "2024-05-17", "range")


@pytest.mark.parametrize("key,trigger", [("mayor_said", "beaten"), ("they_said", "killed"),
                                         ("not_entered", "detained")])
def test_a_told_conjunct_lends_no_day_to_its_content(coded, key, trigger):
    d = _date(coded, key, trigger)
    assert d.value is None and d.earliest is None and d.source == "publication"


def test_the_dwellers_rule_still_shares_the_day(coded):
    d = _date(coded, "mayor_detained", "detained")
    assert (d.value, d.time_precision) == ("2024-05-14", "day")


@pytest.mark.parametrize("text", [
    "Saturday, May 11: Police detained 30 nurses in Jaipur.",
    "SATURDAY, May 11: Police detained 30 nurses in Jaipur.",
    "Police detained 30 nurses in Jaipur.\nLyon, May 14: farmers marched.",
    "Police detained 30 nurses in Jaipur. Lyon, May 14: farmers marched.",
])
def test_no_dateline_date_in_a_heading_or_mid_text(text):
    assert dateline_date(text, lang=LanguageProfile.load("en")) is None


@pytest.mark.parametrize("text", ["SATURDAY, May 11: Police detained 30 nurses.", "SUNDAY - Police detained 30."])
def test_a_weekday_is_no_datelines_city(text):
    assert find_dateline(text, lang=LanguageProfile.load("en")) is None


def test_a_title_line_may_stand_before_the_dateline():
    text = "Nurses held in Jaipur\nJAIPUR, May 14: Police detained 30 nurses."
    found = dateline_date(text, lang=LanguageProfile.load("en"))
    assert found is not None and text[found[0]:found[1]] == "May 14"
