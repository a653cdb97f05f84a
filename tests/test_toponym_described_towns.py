"""A name the text itself calls a town, by a settlement noun in apposition (issue 16).

Sentences written for these tests. "X, a small town northeast of Y", "X,
the main city in the province": the writer says the name is a town; the
small model often gives such a name no entity or a person's ("Goma"), and
GeoNames lacks most villages, so the name is a place mention of its own,
resolved where the gazetteer holds it and kept as written where it does
not (:func:`~dotterel.places.appositions.described_towns`). A person
described by another noun ("a young man from Kobane city", "the city's
mayor") and a date before a comma ("On Tuesday, an explosion in the
city") are no towns.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _coded(coder, text: str):
    return next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))


@pytest.mark.parametrize("text, name, country", [
    ("Goma, the main city in North Kivu province, was captured by the rebels last week.", "Goma", "COD"),
    ("Bukavu, a lakeside town near the Rwandan border, was captured by the rebels on Friday.", "Bukavu", "COD"),
])
def test_a_town_described_in_apposition_is_a_place(coder, text, name, country):
    [place] = [p for p in _coded(coder, text).places if p.span is not None and p.span.text == name]
    assert (place.country, place.geo_precision) == (country, "city")


@pytest.mark.parametrize("text, name", [
    ("Police arrested Ahmed Karim, a young man from Kobane city, on Monday.", "Ahmed Karim"),
    ("Protesters gathered outside the home of Maria Lopez, the city's mayor, on Sunday.", "Maria Lopez"),
    ("On Tuesday, an explosion in the southern city of Basra killed three people.", "Tuesday"),
])
def test_a_person_or_date_beside_a_settlement_word_is_no_place(coder, text, name):
    assert not any(p.span is not None and name in p.span.text for p in _coded(coder, text).places)


@pytest.mark.parametrize("text, trigger, name, precision, country", [
    # a village the gazetteer lacks: the finer place the event is in, its country from the town beside it
    ("Gunmen opened fire on a wedding party in Zarghun Kot, a village near Quetta, on Sunday.", "opened",
     "Zarghun Kot", "unresolved", "PAK"),
    # a name that is a town and a region: the apposition says the town (as "the town of Rutana" does)
    ("Police dispersed protesters in Rutana, a town in southern Burundi, on Monday.", "dispersed",
     "Rutana", "city", "BDI"),
])
def test_the_described_town_places_the_event(coder, text, trigger, name, precision, country):
    [event] = [e for e in _coded(coder, text).events if e.trigger.text == trigger]
    loc = event.location
    assert (loc.span.text, loc.geo_precision, loc.country) == (name, precision, country)


@pytest.mark.parametrize("text, name", [
    # read as a person (the recipient) by the actors, but the text says the name is a town: where it fell
    ("Goma, the main city in North Kivu province, was captured by the rebels last week.", "Goma"),
    ("Bukavu, a lakeside town near the Rwandan border, was captured by the rebels on Friday.", "Bukavu"),
])
def test_a_described_town_taken_for_a_person_still_places_the_event(coder, text, name):
    event = _coded(coder, text).events[0]
    assert (event.location.span.text, event.location.geo_precision) == (name, "city")


def test_a_person_described_by_another_noun_leaves_the_place_to_the_town(coder):
    event = _coded(coder, "Jackson, a nurse at the clinic, was attacked by gunmen in Kano on Friday.").events[0]
    assert event.location.span.text == "Kano"


@pytest.mark.parametrize("text, name", [
    # (review) a described village the gazetteer lacks is no guess of another country's town: an alternate name
    # shared with a French commune, an exact name of small towns in several countries, none in the story's
    ("Rebels attacked Alpha, a village near the border, on Tuesday, killing five.", "Alpha"),
    ("Activists said Hope, a small village near the border, was shelled on Monday.", "Hope"),
])
def test_a_described_town_is_no_guessed_reading(coder, text, name):
    [place] = [p for p in _coded(coder, text).places if p.span is not None and p.span.text == name]
    assert (place.name, place.geonameid, place.geo_precision) == (name, None, "unresolved")
    loc = _coded(coder, text).events[0].location
    assert (loc.span.text, loc.geonameid, loc.country) == (name, None, None)


@pytest.mark.parametrize("text, name, resolved, country", [
    # (review) an exact, unrivalled name (main or alternate spelling) in the story's country is still resolved
    ("The army shelled Kafr Nabl, a town in Idlib province, on Sunday, killing four.", "Kafr Nabl", "Kafranbel",
     "SYR"),
    ("Pemba, a port town in northern Mozambique, was attacked by insurgents on Friday.", "Pemba", "Pemba", "MOZ"),
])
def test_a_described_town_keeps_an_exact_reading(coder, text, name, resolved, country):
    [place] = [p for p in _coded(coder, text).places if p.span is not None and p.span.text == name]
    assert (place.name, place.country, place.geo_precision) == (resolved, country, "city")
