"""Gazetteer readings a reviewer found wrong, each fixed as a kind (issue 16, places20).

Sentences written for these tests: a chain's or maker's name compounded on
an outlet, vehicle or weapon noun is no town ("a Marriott hotel", "a
Remington rifle"); an alternate name that spells a bigger place's name a
letter off is no reading outside the document's reach ("Mambasa" is no
Mombasa in a story about Congo); a following "in <region or country>"
decides which namesake a town is ("his Alexandria home in Virginia"); and a
town the parser hangs on a place-part noun as an adjective is still read
("shelled the Aleppo countryside").
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _events(coder, text: str):
    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    return coded.events


def _event(coder, text: str, trigger: str):
    [ev] = [e for e in _events(coder, text) if e.trigger.text == trigger]
    return ev


@pytest.mark.parametrize(("text", "trigger", "brand"), [
    ("Gunmen attacked a Marriott hotel on Monday, killing five guests.", "attacked", "Marriott"),
    ("Militants stormed a Hilton hotel and took hostages.", "stormed", "Hilton"),
    ("Gunmen opened fire at the Sheraton hotel, killing two guards.", "opened", "Sheraton"),
    ("Police found a Remington rifle at the scene of the shooting.", "found", "Remington"),
])
def test_a_chain_or_maker_name_is_no_town(coder, text, trigger, brand):
    ev = _event(coder, text, trigger)
    assert all(p.span is None or p.span.text != brand for p in ev.places)
    assert ev.location is None or ev.location.span is None or ev.location.span.text != brand


def test_a_brand_lends_no_context_to_the_town_named_beside_it(coder):
    # Hilton, New York once made "Cairo" the Cairo of New York state
    ev = _event(coder, "A bomb exploded outside a Hilton hotel in Cairo, killing two guards.", "exploded")
    assert (ev.location.name, ev.location.country) == ("Cairo", "EGY")
    assert [p.span.text for p in ev.places] == ["Cairo"]


def test_a_country_before_a_vehicle_noun_stays_a_place(coder):
    # a country is never a maker's name: "a U.S. drone" names the country whose drone it was
    ev = _event(coder, "Houthi militants shot down a U.S. drone over Yemen on Sunday.", "shot")
    assert [(p.span.text, p.country) for p in ev.places] == [("U.S.", "USA"), ("Yemen", "YEM")]


@pytest.mark.parametrize(("text", "trigger", "town", "country"), [
    ("Gunmen attacked a Kabul hotel on Monday, killing five guests.", "attacked", "Kabul", "AFG"),
    ("Suicide bombers struck a Mogadishu restaurant, killing 12 people.", "struck", "Mogadishu", "SOM"),
    ("Police raided a Lagos hotel and arrested 20 suspects.", "raided", "Lagos", "NGA"),
])
def test_a_town_before_an_outlet_noun_is_still_read(coder, text, trigger, town, country):
    loc = _event(coder, text, trigger).location
    assert (loc.name, loc.country) == (town, country)


@pytest.mark.parametrize("text", [
    "Militiamen killed 12 civilians in Mambasa, Ituri province, on Sunday, Congolese officials said.",
    "ADF rebels killed nine people in Mambasa in eastern Congo.",
])
def test_a_near_spelling_alias_out_of_reach_is_not_read(coder, text):
    ev = _event(coder, text, "killed")
    assert ev.location is not None
    assert ev.location.name != "Mombasa" and ev.location.country != "KEN"
    assert all(p.country != "KEN" for p in ev.places)


def test_the_town_of_the_near_spelling_is_still_read(coder):
    loc = _event(coder, "Police fired tear gas at protesters in Mombasa on Friday.", "fired").location
    assert (loc.name, loc.country) == ("Mombasa", "KEN")


@pytest.mark.parametrize(("text", "trigger", "admin1"), [
    ("Egyptian police detained 40 protesters in Cairo on Monday. A former Egyptian minister was arrested at his "
     "Alexandria home in Virginia on Tuesday, US officials said.", "arrested", "Virginia"),
    ("Gunmen attacked a church in Alexandria in Louisiana, killing two worshippers.", "attacked", "Louisiana"),
    ("Protesters rallied in Paris in Texas on Saturday against the new law.", "rallied", "Texas"),
])
def test_a_following_in_region_decides_the_namesake(coder, text, trigger, admin1):
    loc = _event(coder, text, trigger).location
    assert (loc.country, loc.admin1) == ("USA", admin1)
    assert loc.in_context == "followed_by_region"


def test_in_the_own_country_keeps_the_big_city(coder):
    loc = _event(coder, "Police in Cairo arrested a blogger. Another activist was detained in Alexandria in Egypt.",
                 "detained").location
    assert (loc.name, loc.country) == ("Alexandria", "EGY")


@pytest.mark.parametrize("text", [
    "Regime forces shelled the Aleppo countryside on Tuesday.",
    "Regime forces shelled eastern Aleppo countryside on Tuesday.",
])
def test_a_town_the_parser_makes_an_adjective_of_a_place_part_is_read(coder, text):
    # the small model tags "Aleppo" as a people's name and the parser hangs it on "countryside" as an adjective
    loc = _event(coder, text, "shelled").location
    assert (loc.span.text, loc.country) == ("Aleppo", "SYR")


@pytest.mark.parametrize("text", [
    "Syrian troops shelled the Kurdish countryside.",
    "Russian jets bombed the Syrian countryside, killing ten people.",
])
def test_a_people_before_a_place_part_is_no_town(coder, text):
    ev = _events(coder, text)[0]
    assert ev.location is None or ev.location.geo_precision == "country"
