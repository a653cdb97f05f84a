"""An abbreviated alternate name is no near spelling (integration of places20 and rev20p).

The rule that refuses an alternate name spelling its place's own name a
letter off, out of the document's reach ("Mambasa" for Mombasa, Kenya;
``places.reach.near_spelling_aliases``), measured the likeness with a ratio
alone, so "Mt. Pleasant" (an alternate name of Mount Pleasant, Michigan)
counted as a misspelling of "Mount Pleasant": in a story naming Iowa or
Wisconsin the town went to Mt Pleasant, British Columbia, and "St. Michael's" or "Mt. Vernon" to no
place. An abbreviated form differs by three letters or more; a near
spelling by at most two (``NEAR_SPELLING_EDITS``).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _places(coder, text):
    [doc] = coder.code_documents([make_document(text, published="2024-05-01")])
    return {p.span.text: p for p in doc.places if p.span is not None}


@pytest.mark.parametrize(("text", "name", "country"), [
    ("A fire destroyed a barn near Mt. Pleasant on Sunday, the Iowa state fire marshal said.", "Mt. Pleasant", "USA"),
    ("A man from Mt. Pleasant was charged in Racine County, Wisconsin.", "Mt. Pleasant", "USA"),
    ("Protesters marched through Mt. Vernon, New York, on Saturday.", "Mt. Vernon", "USA"),
])
def test_an_abbreviated_alias_keeps_its_place(coder, text, name, country):
    place = _places(coder, text)[name]
    assert place.geonameid is not None and place.country == country


def test_a_near_spelling_out_of_reach_is_still_refused(coder):
    text = "Militiamen killed 12 civilians in Mambasa, Ituri province, in eastern Congo on Sunday."
    place = _places(coder, text)["Mambasa"]
    assert place.country != "KEN"


def test_the_edit_bound():
    from rapidfuzz.distance import Levenshtein

    from dotterel.places.reach import NEAR_SPELLING_EDITS

    assert Levenshtein.distance("mambasa", "mombasa") <= NEAR_SPELLING_EDITS
    assert Levenshtein.distance("mt pleasant", "mount pleasant") > NEAR_SPELLING_EDITS
