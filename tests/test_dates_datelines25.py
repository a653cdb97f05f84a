"""The date of a dateline is the day the report was filed, no event's (issue 16, dates25).

"KOLKATA, March 5: Police arrested 22 students on Monday, officials said."
gave the arrest 5 March: the Indian papers' dateline "CITY, Month D:" was
not read as a dateline at all (the colon after the date was not one of its
closing marks), so its date stood in the sentence and dated the arrest, and
the city gave no place. The dateline module (``places.dateline``, the one
home of dateline shapes) now reads the colon after the date and a year
("MUMBAI, March 5, 2024:"), and :func:`~dotterel.places.dateline.dateline_date`
also finds the date after a city in title case ("Kolkata, March 5 (PTI):");
the dates stage leaves that date out (AP Stylebook "datelines": the date is
when the report was filed).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document
from dotterel.lang import LanguageProfile
from dotterel.places.dateline import dateline_date, find_dateline

PUB = "2025-03-07"  # a Friday; 4 March 2025 is a Tuesday, the Monday before it 3 March

TEXTS = {
    "caps_colon": "HOWRAH, March 4: Police detained 15 students on Monday, officials said.",
    "title_pti": "Guwahati, March 4 (PTI): Police detained 15 students on Monday, officials said.",
    "title_year": "Nagpur, March 4, 2025: Police detained 15 students on Monday, officials said.",
    "caps_year": "NAGPUR, March 4, 2025: Police detained 15 students on Monday, officials said.",
    "ians_dash": "PATNA, Mar 4 (IANS) - Police detained 15 students on Monday, officials said.",
    "undated": "HOWRAH, March 4: Police detained 15 students, officials said.",
}


@pytest.fixture(scope="module")
def coded(coder):
    docs = [make_document(t, published=PUB, doc_id=k) for k, t in TEXTS.items()]
    return {c.document.doc_id: c for c in coder.code_documents(docs)}


def _date(coded, key):
    [ev] = [e for e in coded[key].events if e.trigger.text == "detained"]
    return ev.date


@pytest.mark.parametrize("key", ["caps_colon", "title_pti", "title_year", "caps_year", "ians_dash"])
def test_the_events_own_day_not_the_datelines(coded, key):
    d = _date(coded, key)
    assert (d.value, d.time_precision, d.source, d.span.text) == ("2025-03-03", "day", "text", "Monday")


def test_the_datelines_date_alone_dates_no_event(coded):
    d = _date(coded, "undated")
    assert d.value is None and d.earliest is None and d.source == "publication"


@pytest.mark.parametrize("text,words", [
    ("KOLKATA, March 5: Police arrested 22 students.", "March 5"),
    ("Kolkata, March 5 (PTI): Police arrested 22 students.", "March 5"),
    ("Mumbai, March 5, 2024: Police arrested 22 students.", "March 5, 2024"),
    ("LUCKNOW, Mar 5 (IANS) - Police arrested 22 students.", "Mar 5"),
    ("KAMPALA, June 10 (Reuters) - Police arrested 22 students.", "June 10"),
])
def test_dateline_date_finds_the_date_words(text, words):
    found = dateline_date(text, lang=LanguageProfile.load("en"))
    assert found is not None and text[found[0]:found[1]] == words


@pytest.mark.parametrize("text", [
    "Kolkata, March 5 was a quiet day in the city.",
    "Police arrested 22 students in Kolkata on March 5: officials said they had rioted.",
    "KOLKATA: Police arrested 22 students.",
    "Title line. Kolkata, March 5: Police arrested 22 students.",
])
def test_no_dateline_date(text):
    assert dateline_date(text, lang=LanguageProfile.load("en")) is None


def test_a_capitals_city_before_a_dated_colon_is_the_datelines_place():
    assert find_dateline("KOLKATA, March 5: Police arrested 22 students.", lang=LanguageProfile.load("en")) == (
        "KOLKATA", None)
