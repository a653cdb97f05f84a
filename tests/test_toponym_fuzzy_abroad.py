"""A name the gazetteer lacks in the document's countries is not read as a like-spelled town abroad.

Names written for these tests. "Orangi" and "Baldia" (towns of Karachi that
the offline data lack) are within fuzzy reach of Oran, Algeria and Ballia,
India. When the document names countries and no like-spelled candidate
lies in one, the resolver abstains (unresolved, with the reason), so a story
about Pakistan places nothing in Algeria. A like-spelled place inside a
hinted country is still taken, and with no hints the fuzzy match stands.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("name, hints", [
    ("Orangi", ["PAK"]),
    ("Baldia", ["PAK"]),
    ("Peshawer", ["USA"]),
])
def test_no_like_spelled_town_abroad_when_the_document_names_countries(gazetteer, name, hints):
    p = gazetteer.resolve(name, country_hints=hints)
    assert (p.geonameid, p.geo_precision) == (None, "unresolved")
    assert "only like-spelled places abroad" in p.reason


@pytest.mark.parametrize("name, hints, country", [
    ("Peshawer", ["PAK"], "PAK"),  # like-spelled inside the hinted country
    ("Peshawer", [], "PAK"),  # no hints: the fuzzy match stands
    ("Orangi", [], "DZA"),
])
def test_fuzzy_matches_the_rule_leaves(gazetteer, name, hints, country):
    p = gazetteer.resolve(name, country_hints=hints)
    assert p.geonameid is not None and p.country == country


@pytest.mark.parametrize("text, name", [
    ("Gunmen killed two policemen in Orangi, a low-income neighbourhood of Karachi, Pakistan, on Monday.", "Orangi"),
    ("Police in Pakistan said a bomb exploded in Baldia town of Karachi, wounding six people.", "Baldia"),
])
def test_a_story_about_pakistan_places_nothing_abroad(coder, text, name):
    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    assert {p.country for p in coded.places if p.geonameid is not None} == {"PAK"}
    assert all(e.location is None or e.location.country == "PAK" for e in coded.events)
