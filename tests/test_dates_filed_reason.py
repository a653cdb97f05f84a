"""The filing day a dated dateline gives is named as such in the date's reason and evidence (dates26).

rev25d made the resolver of a report opening with a dated dateline
("BHOPAL, June 3:", "Bhopal, June 3 (PTI):") count from that day, the day the
report was filed (AP Stylebook "datelines"; TimeML: the document creation time
anchors relative timexes). The days were right, but every reason still said
"relative to publication <day>" or "on or before publication", naming the
filing day as publication, and a bound had no evidence. The parser may
also take the comma before a title-case dateline's date (", June 3"): that
entity is the dateline's too, and no longer dates the act. Now the reason names
the filing day and the dateline's words with their offsets, and the bound's
span is the dateline's date words. A report without a dated dateline, or with
a stale one, keeps the publication wording.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

PUB = "2024-06-07"  # a Friday; 3 June 2024 is a Monday

TEXTS = {
    "yesterday": "BHOPAL, June 3: Police detained 18 weavers yesterday, officials said.",
    "weekday": "BHOPAL, June 3: Police baton-charged farmers on Saturday, the union said.",
    "undated": "BHOPAL, June 3: Police detained 18 weavers, officials said.",
    "pti_last_week": "Bhopal, June 3 (PTI): Police detained 18 weavers last week, officials said.",
    "overnight": "INDORE, June 3: Police arrested 9 traders overnight, officials said.",
    "since_weekday": "INDORE, June 3: Since Friday, police have arrested 9 traders, officials said.",
    "no_dateline": "Police in Bhopal detained 18 weavers yesterday, officials said.",
    "no_dateline_undated": "Police in Bhopal detained 18 weavers, officials said.",
    "pti_undated": "Bhopal, June 3 (PTI): Police detained 18 weavers, officials said.",
    "stale": "BHOPAL, April 2: Police detained 18 weavers yesterday, officials said.",
}


@pytest.fixture(scope="module")
def coded(coder):
    docs = [make_document(t, published=PUB, doc_id=k) for k, t in TEXTS.items()]
    return {c.document.doc_id: c for c in coder.code_documents(docs)}


def _date(coded, key, trigger):
    [ev] = [e for e in coded[key].events if e.trigger.text == trigger]
    return ev.date


FILED = "; publication here is the filing day 2024-06-03 (the dateline's 'June 3', characters 8-14)"


@pytest.mark.parametrize("key, trigger, value, earliest, latest", [
    ("yesterday", "detained", "2024-06-02", "2024-06-02", "2024-06-02"),
    ("weekday", "baton-charged", "2024-06-01", "2024-06-01", "2024-06-01"),
    ("pti_last_week", "detained", None, "2024-05-27", "2024-06-02"),
    ("overnight", "arrested", None, "2024-06-02", "2024-06-03"),
    ("since_weekday", "arrested", None, "2024-05-31", "2024-06-03"),
])
def test_relative_day_names_the_filing_day(coded, key, trigger, value, earliest, latest):
    date = _date(coded, key, trigger)
    assert (date.value, date.earliest, date.latest) == (value, earliest, latest)
    assert date.source == "text"
    assert date.reason.endswith(FILED)


@pytest.mark.parametrize("key", ["undated", "pti_undated"])
def test_bound_points_at_the_dateline(coded, key):
    date = _date(coded, key, "detained")
    assert (date.value, date.latest, date.source) == (None, "2024-06-03", "publication")
    assert (date.span.start, date.span.end, date.span.text) == (8, 14, "June 3")
    assert TEXTS[key][date.span.start:date.span.end] == "June 3"
    assert date.reason == f"no date in text; on or before publication{FILED}"


@pytest.mark.parametrize("key", ["no_dateline", "stale"])
def test_publication_stays_publication(coded, key):
    date = _date(coded, key, "detained")
    assert date.value == "2024-06-06"
    assert "relative to publication 2024-06-07" in date.reason
    assert "filing" not in date.reason


def test_undated_without_dateline_has_no_span(coded):
    date = _date(coded, "no_dateline_undated", "detained")
    assert (date.latest, date.span, date.reason) == ("2024-06-07", None, "no date in text; on or before publication")
