"""A range "since" a feast named with its day: "Since Holi on 25 March, police have arrested ..." (dates26).

dates25 made "since <occasion> on <day>" a range from that day up to
publication (a bare "since" gives no stretch: TimeML, a timex anchored on an
event with no duration; ACLED codebook 2023, a span of days is time precision
2). A feast's name the model did not know stayed a PERSON, the small parser
made the sentence-opening "Since" the clause's mark and the name its subject,
so the day after it dated the act as one day, and "Since Holi," dated nothing.
Now the festivals of India's national calendar and the lunar new year
are holidays of the profile (``holidays_movable``, read in the holidays
package), and a feast named with its day after "since" opens the range even
when the parser makes it the subject. The act's own day still wins, and a
"since" that is a conjunction of cause is no range.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

PUB = "2024-04-02"  # Holi 2024 is 25 March (India's calendar); 30 March 2024 is a Saturday

TEXTS = {
    "opening": "Since Holi on 25 March, police have arrested 12 youths in Mathura.",
    "ever_since": "Ever since Holi on 25 March, police have arrested 12 youths in Mathura.",
    "closing": "Police have arrested 12 youths in Mathura since Holi on 25 March.",
    "no_day": "Since Holi, police have detained 30 traders in Vrindavan.",
    "festival_noun": "Since the Holi festival on 25 March, police have arrested 12 youths in Mathura.",
    "on_the_feast": "Police arrested 12 youths in Mathura on Holi.",
    "counted": "Two days after Holi on 25 March, police arrested 12 youths in Mathura.",
    "cause": "Since Holi falls on a Monday, police arrested 12 youths in Mathura on Saturday.",
}


@pytest.fixture(scope="module")
def coded(coder):
    docs = [make_document(t, published=PUB, doc_id=k) for k, t in TEXTS.items()]
    return {c.document.doc_id: c for c in coder.code_documents(docs)}


def _date(coded, key):
    [ev] = coded[key].events
    return ev.date


@pytest.mark.parametrize("key", ["opening", "ever_since", "closing", "no_day", "festival_noun"])
def test_since_the_feast_is_a_range_up_to_publication(coded, key):
    date = _date(coded, key)
    assert (date.value, date.earliest, date.latest, date.time_precision) == (None, "2024-03-25", "2024-04-02", "range")
    assert date.source == "text"


@pytest.mark.parametrize("key, day", [("on_the_feast", "2024-03-25"), ("counted", "2024-03-27"),
                                      ("cause", "2024-03-30")])
def test_a_day_of_its_own_stays_a_day(coded, key, day):
    date = _date(coded, key)
    assert (date.value, date.earliest, date.latest, date.time_precision) == (day, day, day, "day")
