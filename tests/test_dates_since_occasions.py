""""Since <occasion> on <day>" is a range from that day up to publication, never the day itself (issue 16, dates25).

"Since the referendum on 2 March, police have detained 35 opposition members"
gave 2 March as the arrests' day: the model tags "2 March" as a date and the
resolver read it as the act's, yet the text only says the arrests happened
on that day or any day after it, as "Since January, ..." already gives
(``dates.DateResolver._since``). "since" is now a shift word of the profile
(``date_shift_prepositions``), so a bare "since" an occasion with a day is
read as a bare "after" is (``events.date_shifts._open_after``): from the
occasion's day to publication (ACLED codebook 2023, time precision: a span of
days is 2, not 1; TimeML: a timex anchored on an event, with no duration).
"In the days since the vote on Sunday" is the days after it.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

PUB = "2025-04-10"  # a Thursday: the last Monday is 7 April, the last Sunday 6 April

TEXTS = {
    "lead": "Since the referendum on 2 March, police have detained 35 opposition members in Bulawayo.",
    "year_before": "Since the coup on 14 August, the junta has arrested dozens of officials in Bangui.",
    "trailing": "Police have detained 35 opposition members in Bulawayo since the referendum on 2 March.",
    "india": "Since the bandh on Monday, police have arrested 60 party workers in Howrah.",
    "ngo": "Since the vote on 1 March, security forces have beaten scores of students in Tabriz, Amnesty "
           "International said.",
    "compound": "Since the 2 March referendum, police have detained 35 opposition members in Bulawayo.",
    "within": "In the days since the vote on Sunday, police have arrested 30 monitors in Maracay.",
    "month": "Since January, police have detained 40 activists in Kumasi.",
}


@pytest.fixture(scope="module")
def coded(coder):
    docs = [make_document(t, published=PUB, doc_id=k) for k, t in TEXTS.items()]
    return {c.document.doc_id: c for c in coder.code_documents(docs)}


def _date(coded, key, trigger):
    [ev] = [e for e in coded[key].events if e.trigger.text == trigger]
    return ev.date


@pytest.mark.parametrize("key,trigger,first,evidence", [
    ("lead", "detained", "2025-03-02", "Since the referendum on 2 March"),
    ("year_before", "arrested", "2024-08-14", "Since the coup on 14 August"),
    ("trailing", "detained", "2025-03-02", "since the referendum on 2 March"),
    ("india", "arrested", "2025-04-07", "Since the bandh on Monday"),
    ("ngo", "beaten", "2025-03-01", "Since the vote on 1 March"),
    ("compound", "detained", "2025-03-02", "Since the 2 March referendum"),
])
def test_since_an_occasion_on_a_day_is_a_range_up_to_publication(coded, key, trigger, first, evidence):
    d = _date(coded, key, trigger)
    assert (d.value, d.earliest, d.latest, d.time_precision, d.source) == (None, first, PUB, "range", "text")
    assert d.span.text == evidence


def test_the_days_since_an_occasion_are_a_range_after_it(coded):
    d = _date(coded, "within", "arrested")
    assert (d.value, d.earliest, d.latest, d.time_precision) == (None, "2025-04-07", PUB, "range")


def test_since_a_month_is_unchanged(coded):
    d = _date(coded, "month", "detained")
    assert (d.value, d.earliest, d.latest, d.time_precision) == (None, "2025-01-01", PUB, "range")
