"""A near spelling may lie in the country of a body its sentence names ("Syrian Army positions near Deir Ezzor").

Sentences written for this review of places14. A fuzzy match outside the
document's countries and their neighbours is refused
(:func:`dotterel.places.reach.fuzzy_reach`); but a story that names the
place's country only at the head of an organisation in the name's sentence
("the Syrian Army") names that country all the same. Refused, the name was
kept as written and took the country of another place of its sentence
(Australia, or England for "a monitoring group based in London"). A
diplomatic mission ("the Italian Embassy") stands abroad and widens nothing,
and a body of another sentence does not either.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _location(coder, text: str):
    return next(iter(coder.code_documents([make_document(text, published="2024-05-01")]))).events[0].location


@pytest.mark.parametrize("text", [
    "Australian jets took part in an airstrike against Syrian Army positions near Deir Ezzor that killed dozens.",
    "Troops of the Syrian Army clashed with rebels near Deir Ezzor, a monitoring group based in London said.",
])
def test_a_near_spelling_in_the_country_of_a_body_of_its_sentence(coder, text):
    loc = _location(coder, text)
    assert (loc.name, loc.country, loc.geonameid) == ("Deir ez-Zor", "SYR", 170794)


@pytest.mark.parametrize("text", [
    # a mission stands abroad: Capua, Italy, stays refused
    "Gunmen killed two people in Kabiwa village, the Italian Embassy in Abuja said, in a statement on Nigeria.",
    # a body of another sentence
    "Italian Army officers visited Abuja on Monday. Nigerian police said gunmen killed two people in Kabiwa on Sunday.",
])
def test_a_mission_or_a_body_elsewhere_widens_nothing(coder, text):
    loc = _location(coder, text)
    assert (loc.name, loc.country, loc.geonameid) == ("Kabiwa", "NGA", None)


def test_a_body_country_ranks_nothing(gazetteer):
    # with no country named, a body's country is the only reach (Capua, Italy, is outside it; issue 16: a near
    # spelling needs a country of the text to agree with), and exact names are untouched
    assert gazetteer.resolve("Kabiwa", reach_hints=["SYR"]).geonameid is None
    assert gazetteer.resolve("Paris", country_hints=["USA"], reach_hints=["FRA"]).country == \
        gazetteer.resolve("Paris", country_hints=["USA"]).country
