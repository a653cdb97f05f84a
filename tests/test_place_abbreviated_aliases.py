"""An abbreviated alternate name is no near spelling (integration of places20 and rev20p).

The rule that refuses an alternate name spelling its place's own name a
letter off, out of the document's reach ("Mambasa" for Mombasa, Kenya;
``places.reach.near_spelling_aliases``), measured the likeness with a ratio
alone, so "Mt. Pleasant" (an alternate name of Mount Pleasant, Michigan)
counted as a misspelling of "Mount Pleasant": in a story naming Iowa or
Wisconsin the town went to Mt Pleasant, British Columbia, and "St. Michael's" or "Mt. Vernon" to no
place. "Mt." for Mount differs by three letters; a near spelling by at
most two (``NEAR_SPELLING_EDITS``). "Ft." for Fort and "Pt." for Port or
Point differ by two only, so a contracted word is no near spelling either:
"Ft. Lauderdale" in a story naming only Venezuela went to no place, where
"Fort Lauderdale" is found.

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
    ("Venezuelan exiles rallied in Ft. Lauderdale on Sunday against Maduro, Venezuelan media said.",
     "Ft. Lauderdale", "USA"),
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


@pytest.mark.parametrize(("key", "main", "abbreviated"), [
    ("ft lauderdale", "fort lauderdale", True),
    ("pt lincoln", "port lincoln", True),
    ("mt pleasant", "mount pleasant", True),
    ("ste anne", "sainte anne", True),
    ("mambasa", "mombasa", False),
    ("gor", "ghor", False),
    ("dar toulal", "douar toulal", False),
    ("s giovanni valdarno", "san giovanni valdarno", True),
    ("st johnstown", "st johnston", False),
    ("st ward", "seth ward", False),
])
def test_a_contracted_word_is_an_abbreviation(key, main, abbreviated):
    from dotterel.places.reach import _abbreviated

    assert _abbreviated(key, main) is abbreviated
