"""Names read by syntax alone that are no place, and places that date the event by another (issue 16, review).

Sentences written for these tests, of several kinds of news (business, sport,
health, politics): a capitalised name before "area" or "district" that is an
event, a disease, a league or a currency is not the event's place, and the
town or country it is "of" or "in" stays; "before" a building is in front of it ("protested before the parliament in
Kyiv"), not a phrase that dates the event by another.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _loc(coder, text: str, event_type: str, trigger: str):
    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    [ev] = [e for e in coded.events if e.event_type == event_type and e.trigger.text == trigger]
    return ev.location


@pytest.mark.parametrize(("text", "event_type", "trigger", "town"), [
    # a figure in the name: an event, a disease
    ("Protesters marched in the COP28 area of Dubai on Saturday.", "PROTEST", "marched", "Dubai"),
    ("Teachers went on strike in the Covid-19 area of the hospital in Lagos.", "PROTEST", "went", "Lagos"),
    # an organisation head noun ends it
    ("Strikers blocked roads in the Premier League area of Liverpool.", "PROTEST", "blocked", "Liverpool"),
    # a lone currency word: the zone of the euro, not a place the event is in
    ("Workers went on strike in the Euro area, including in Germany, on Monday.", "PROTEST", "went", "Germany"),
])
def test_a_name_that_is_no_place_leaves_the_town(coder, text, event_type, trigger, town):
    loc = _loc(coder, text, event_type, trigger)
    assert loc is not None and loc.name == town and loc.geonameid is not None


def test_a_named_part_of_a_town_is_still_read(coder):
    loc = _loc(coder, "Rebels killed five soldiers in the Kafr Sousah area of Damascus on Monday.", "ASSAULT", "killed")
    assert (loc.name, loc.country) == ("Kafr Sousah", "SYR")


def test_before_a_building_is_where_not_when(coder):
    # "before the parliament" is in front of it; "a day after clashes in Chittagong" dates the march by another event
    loc = _loc(coder, "Students marched before the ministry in Dhaka on Sunday, a day after clashes in Chittagong.",
               "PROTEST", "marched")
    assert (loc.name, loc.country) == ("Dhaka", "BGD")
    loc = _loc(coder, "Thousands of Ukrainians protested before the parliament in Kyiv on Monday as lawmakers in "
                      "Lviv met.", "PROTEST", "protested")
    assert loc.name in ("Kyiv", "Kiev")
