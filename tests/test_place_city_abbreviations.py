"""Newswire abbreviations of big cities (issue 16, LGL recall).

Sentences written for these tests: "L.A." and "N.Y.C." are the cities, as
"Ky." is the state; "LA" and "La" without the periods are not.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _places(coder, text: str):
    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    return coded.places


@pytest.mark.parametrize("text, name, geonameid", [
    ("Protesters marched through downtown L.A. on Saturday, demanding higher wages for hotel workers.", "L.A.",
     5368361),
    ("Tenants rallied in N.Y.C. on Sunday against rent increases.", "N.Y.C.", 5128581),
    ("Two men were shot in South L.A. on Sunday night, police said.", "South L.A.", 5368361),
])
def test_a_big_citys_newswire_abbreviation_is_the_city(coder, text, name, geonameid):
    found = [p for p in _places(coder, text) if p.span.text == name]
    assert found and all(p.geonameid == geonameid for p in found)


def test_la_without_periods_is_no_city(coder):
    places = _places(coder, "The LA Galaxy lost on Saturday, and Dr. La Rosa spoke in New Orleans, La. on Friday.")
    assert not any(p.geonameid == 5368361 for p in places)
