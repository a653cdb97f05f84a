"""A town that bears a seat of government's name as its own main name is that town (issue 16, review of session 25).

Sentences written for these tests. Session 25 read a name the knowledge base lists among a country's seats of
government ("White House", "Westminster", "Miraflores", "Palacio Nacional") as the capital whenever the gazetteer
read it outside that country: "arrested 12 people in Westminster, Colorado" was placed in London with British police,
"in Whitehall, Ohio" likewise, "in Miraflores, Lima's seaside district" in Caracas, and "the Palacio Nacional in
Guatemala City" in Mexico City. A seat read abroad stands in its capital only when the town abroad bears the name
as an alternate name (GeoNames holds "White House" for Casablanca), or when the name stays unresolved in no other
country (:func:`dotterel.places.office_regions.seat_town`).
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _coded(coder, text: str):
    return next(iter(coder.code_documents([make_document(text, published="2024-03-10")])))


@pytest.mark.parametrize("text, name, country", [
    ("Police arrested 12 people in Westminster, Colorado, on Monday.", "Westminster", "USA"),
    ("Police detained 12 protesters in Westminster, California, on Monday, officials said.", "Westminster", "USA"),
    ("Hundreds of residents protested in Whitehall, Ohio, on Monday.", "Whitehall", "USA"),
    ("Police fired tear gas at protesters in Miraflores, Lima's seaside district, on Friday.", "Miraflores", "PER"),
    ("Protesters rallied outside the Palacio Nacional in Guatemala City on Saturday.", "Guatemala City", "GTM"),
])
def test_a_town_of_the_seat_s_name_abroad_keeps_its_reading(coder, text, name, country):
    coded = _coded(coder, text)
    loc = coded.events[0].location
    assert (loc.name, loc.country) == (name, country)
    assert not {"London", "Caracas", "Mexico City"} & {p.name for p in coded.places}


def test_a_seat_read_by_an_alternate_name_abroad_is_still_its_capital(coder):
    loc = _coded(coder, "Students rallied outside the White House on Tuesday.").events[0].location
    assert (loc.name, loc.country) == ("Washington", "USA")
