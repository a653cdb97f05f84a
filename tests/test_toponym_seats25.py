"""A seat of government is a building in its capital, not a namesake town abroad (issue 16, session 25).

Sentences written for these tests. GeoNames holds "White House" as an alternate name of Casablanca (Dar el
Beida), so "Protesters rallied outside the White House" was placed in Morocco, and the protesters made Moroccan.
A name the knowledge base lists as a seat of government (``seats``) read outside its country, as a small namesake
town of it, or not at all, is read as the capital it stands in
(:func:`dotterel.places.office_regions.seat_town`; README: a building is no place of its own, the town is); a
seat that is a district of its own country ("Westminster") keeps its reading.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _coded(coder, text: str):
    return next(iter(coder.code_documents([make_document(text, published="2024-03-10")])))


@pytest.mark.parametrize("text, seat, capital, country", [
    ("Protesters rallied outside the White House on Monday.", "White House", "Washington", "USA"),
    ("Farmers rallied outside the White House in Washington on Monday.", "White House", "Washington", "USA"),
    ("Protesters rallied outside Miraflores in Caracas on Monday.", "Miraflores", "Caracas", "VEN"),
    ("Students marched toward Aso Rock in Abuja on Monday.", "Aso Rock", "Abuja", "NGA"),
])
def test_a_seat_of_government_is_read_as_its_capital(coder, text, seat, capital, country):
    coded = _coded(coder, text)
    read = [(p.name, p.country) for p in coded.places if p.span is not None and p.span.text == seat]
    assert read == [(capital, country)]
    loc = coded.events[0].location
    assert (loc.name, loc.country) == (capital, country)
    assert all(p.country != "MAR" for p in coded.places)


@pytest.mark.parametrize("text, name, country", [
    ("Protesters rallied in Westminster on Monday.", "City of Westminster", "GBR"),  # a district of its own land
    ("Police arrested 30 protesters in Casablanca on Monday.", "Casablanca", "MAR"),
])
def test_places_of_the_same_names_stay(coder, text, name, country):
    loc = _coded(coder, text).events[0].location
    assert (loc.name, loc.country) == (name, country)
