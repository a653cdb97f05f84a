"""Feasts: a name whose day differs by country dates nothing; a feast's day after "after" or "before" bounds the act (rev26d).

dates26 read "Vesak" in Singapore's calendar of the holidays package, but
the Vesak full moon is counted differently by country: in 2023 Singapore's
Vesak Day was 2 June and Sri Lanka's and Malaysia's Vesak 4-5 May, so
"Police arrested 20 monks in Colombo on Vesak" was dated a month after the
day Colombo kept it. As with "Independence Day" (each country has its own),
the name alone dates nothing; the festivals of India's calendar and the
lunar new year, whose day the countries keeping them share, still do
(holidays package; ACLED codebook 2023: a date the text does not give
exactly is not coded as a day).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

TEXTS = {
    "vesak": ("Police arrested 20 monks in Colombo on Vesak.", "2023-06-10"),
    "vesak_since": ("Since Vesak, police have detained 14 monks in Kandy.", "2023-06-10"),
    "lunar": ("Police arrested 20 hawkers in Kowloon on Lunar New Year.", "2024-02-20"),
    "dussehra": ("Police arrested 9 men in Mysuru on Dussehra.", "2024-10-20"),
}


@pytest.fixture(scope="module")
def coded(coder):
    docs = [make_document(t, published=p, doc_id=k) for k, (t, p) in TEXTS.items()]
    return {c.document.doc_id: c for c in coder.code_documents(docs)}


def _date(coded, key, trigger):
    [ev] = [e for e in coded[key].events if e.trigger.text == trigger]
    return ev.date


@pytest.mark.parametrize("key, trigger", [("vesak", "arrested"), ("vesak_since", "detained")])
def test_vesak_alone_dates_nothing(coded, key, trigger):
    date = _date(coded, key, trigger)
    assert date.earliest not in ("2023-06-02", "2022-05-15")
    assert date.source != "text"


@pytest.mark.parametrize("key, earliest, latest", [("lunar", "2024-02-10", "2024-02-11"),  # Singapore keeps two days
                                                  ("dussehra", "2024-10-12", "2024-10-12")])
def test_a_feast_every_keeper_shares_still_dates(coded, key, earliest, latest):
    date = _date(coded, key, "arrested")
    assert (date.earliest, date.latest, date.source) == (earliest, latest, "text")


# "After Diwali on 12 November, police arrested ...": the feast's day bounds the act, it is not the act's day.
# dates26 read "since" before a feast named with its day as a range, but "after" and "before" left the day
# itself dating the act (the model tags no feast after them, or a PERSON). Now they read as they do before a
# bare day ("After 12 November, ..."): never that one day (TimeML: a timex anchored on an event with no
# duration; ACLED codebook 2023: a date the text does not give exactly is not coded as a day).
BOUND = {
    "after_opening": ("After Dussehra on 12 October, police arrested 30 men in Kota.", "2024-10-20", "2024-10-12"),
    "after_closing": ("Police arrested 30 men in Kota after Dussehra on 12 October.", "2024-10-20", "2024-10-12"),
    "before_opening": ("Before Holi on 25 March, police arrested 30 men in Agra.", "2024-04-02", "2024-03-25"),
    "after_eid": ("After Eid al-Adha on 16 June, police arrested 30 men in Aswan.", "2024-06-25", "2024-06-16"),
}


@pytest.fixture(scope="module")
def coded_bound(coder):
    docs = [make_document(t, published=p, doc_id=k) for k, (t, p, _day) in BOUND.items()]
    docs.append(make_document("Two days after Dussehra on 12 October, police arrested 30 men in Kota.",
                              published="2024-10-20", doc_id="counted"))
    return {c.document.doc_id: c for c in coder.code_documents(docs)}


@pytest.mark.parametrize("key", list(BOUND))
def test_the_feast_day_after_after_or_before_is_not_the_act_day(coded_bound, key):
    date = _date(coded_bound, key, "arrested")
    assert date.time_precision != "day"
    assert date.value != BOUND[key][2]


def test_a_stretch_counted_from_the_feast_day_still_gives_a_day(coded_bound):
    date = _date(coded_bound, "counted", "arrested")
    assert (date.value, date.time_precision) == ("2024-10-14", "day")


# "during Holi in 2022": the feast of the year the text names, not the one before publication. dates26 made
# Holi a holiday, and "Police arrested ... during Holi in 2022" (dated 2022 at main) became Holi 2024; Easter
# and Eid had the same fault at main (holiday_year_prepositions; TimeML: a timex takes the year the text gives).
@pytest.mark.parametrize("text, published, earliest, latest", [
    ("Police arrested 20 people for rioting during Holi in 2022 in Aligarh.", "2024-04-02", "2022-03-18", "2022-03-18"),
    ("Police arrested 20 people for rioting at Easter in 2019 in Derry.", "2024-04-02", "2019-04-21", "2019-04-21"),
    ("Police arrested 20 people during Eid in 2019 in Minya.", "2024-04-25", "2019-06-04", "2019-06-05"),
])
def test_a_feast_with_its_year_is_that_year_s(coder, text, published, earliest, latest):
    [coded] = coder.code_documents([make_document(text, published=published, doc_id="feast_year")])
    [ev] = [e for e in coded.events if e.trigger.text == "arrested"]
    assert (ev.date.earliest, ev.date.latest, ev.date.source) == (earliest, latest, "text")
