"""A feast whose day differs by country dates nothing by its name alone (rev26d).

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
