"""A township of the story's country is not a town of the same name abroad (issue 16, session 25).

Sentences written for these tests. Myanmar, South Africa and China divide their land into townships, which the
offline gazetteer seldom lists, so the name fell on a namesake abroad by size ("Soldiers detained seven men in
Kani township" in a Myanmar story: Kani, Japan; "residents in Philippi township" in a South African one:
Philippi, West Virginia). A name before a township noun read outside every country the document names is kept as
written, in the document's country (:func:`dotterel.places.townships._abroad_township`).
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _coded(coder, text: str):
    return next(iter(coder.code_documents([make_document(text, published="2024-03-10")])))


@pytest.mark.parametrize("text, name, country", [
    ("Myanmar's junta has stepped up raids since the coup. Soldiers detained seven men in Kani township on Friday.",
     "Kani", "MMR"),
    ("Soldiers detained seven men in Kani township, Myanmar, on Friday.", "Kani", "MMR"),
    ("The Myanmar army shelled villages in Kani township on Friday.", "Kani", "MMR"),
    ("South African police fired rubber bullets at residents in Philippi township on Monday.", "Philippi", "ZAF"),
])
def test_a_township_is_kept_in_the_story_country(coder, text, name, country):
    event = _coded(coder, text).events[-1]
    loc = event.location
    assert (loc.name, loc.country, loc.geonameid, loc.geo_precision) == (name, country, None, "unresolved")


@pytest.mark.parametrize("text, name, country", [
    # a reading inside the story's country stays
    ("South African police fired rubber bullets at residents in Alexandra township on Monday.", "Alexandra", "ZAF"),
    # no township noun: not this rule
    ("Pakistani police arrested 12 men in Kot Addu on Friday.", "Kot Addu", "PAK"),
])
def test_a_reading_in_the_story_country_stays(coder, text, name, country):
    loc = _coded(coder, text).events[-1].location
    assert (loc.name, loc.country) == (name, country) and loc.geonameid is not None
