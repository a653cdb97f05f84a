"""A name the text puts in a country or region, matched by the gazetteer to a namesake elsewhere.

Sentences written for these tests (issue 16, "the wrong place"). Two kinds:

* a near spelling (fuzzy match) outside the document's countries and their
  neighbours (GeoNames countryInfo), or outside the regions the document
  names for its country, is refused: "Kabiwa" in a story about Nigeria is
  no Capua, Italy (:func:`dotterel.places.reach.fuzzy_reach`);
* a named part ("Dalwa, a village in Borno State") or a small town written
  before its region ("Tudun Wada, Kaduna State") that the gazetteer holds
  only in another country or another first-level region is kept as written
  in the region the text gives (:func:`dotterel.places.namesakes.foreign_namesakes`).

Exact matches in the named place, big towns in lists and places across a
border keep their resolution.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document
from dotterel.places.reach import fuzzy_reach

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _events(coder, text: str):
    return next(iter(coder.code_documents([make_document(text, published="2024-05-01")]))).events


@pytest.mark.parametrize("name, hints, admin1, expected", [
    ("Kabiwa", ["NGA"], [], None),  # Capua, Italy: far from Nigeria
    ("Torenia", ["USA"], [], None),  # Tornio, Finland
    ("Kabiwa", [], [], None),  # no country named: nothing to agree with (issue 16, "Kitchanga" -> Gijang)
    ("Dagestan", ["GEO", "AZE"], [], ("Dagestan, Respublika", "RUS")),  # Russia borders Georgia
    ("Mangystan", ["KAZ"], [], ("Mangghystaū oblysy", "KAZ")),  # in the country named
    ("Springfeld", ["USA"], ["US.OH"], ("Springfield", "USA")),  # in the region named
])
def test_a_near_spelling_must_lie_where_the_document_is(gazetteer, name, hints, admin1, expected):
    place = gazetteer.resolve(name, country_hints=hints, admin1_hints=admin1)
    if expected is None:
        assert place.geonameid is None and "refused the near spelling" in place.reason
    else:
        assert (place.name, place.country) == expected and place.geonameid is not None


def test_a_near_spelling_refused_for_its_region_keeps_its_country(gazetteer):
    place = gazetteer.resolve("Springfeld", country_hints=["USA"], admin1_hints=["US.AK"])
    assert (place.geonameid, place.country, place.geo_precision) == (None, "USA", "unresolved")
    assert gazetteer.resolve("Kabiwa", country_hints=["NGA"]).country is None  # refused abroad: no country guessed


def test_a_near_spelling_outside_the_named_region_is_refused(gazetteer):
    far = [c for c in gazetteer.fuzzy("springfeld") if c.admin1_code != "US.OH"]
    assert far and fuzzy_reach(gazetteer, far, country_hints=["USA"], admin1_hints=["US.OH"]) == []
    assert fuzzy_reach(gazetteer, far, country_hints=["USA"]) == far


@pytest.mark.parametrize("text, name, country, admin1, resolved", [
    ("Gunmen killed two people in Kabiwa village in Zamfara State, Nigeria.", "Kabiwa", "NGA", "Zamfara", False),
    ("Soldiers arrested ten men in Dalwa, a village in Borno State.", "Dalwa", "NGA", "Borno", False),
    ("Gunmen killed four people in the village of Dalwa in Borno State on Sunday.", "Dalwa", "NGA", "Borno", False),
    ("Gunmen killed three people in Tudun Wada, Kaduna State.", "Tudun Wada", "NGA", "Kaduna", False),
    # found where the text puts it, or across the border from the town beside it: resolved as before
    ("Protesters marched in Paris, Texas, on Saturday.", "Paris", "USA", "Texas", True),
    ("Police detained 20 students in Springfield, Ohio, on Friday.", "Springfield", "USA", "Ohio", True),
    ("Protesters clashed with police in Tudun Wada, a district of Kano, on Monday.", "Tudun Wada", "NGA", "Kano", True),
    ("Turkish shelling hit the village of Tal Abyad near Akcakale on Monday.", "Tall Abyaḑ", "SYR", "Ar Raqqah", True),
])
def test_a_place_the_text_puts_in_a_region_stays_there(coder, text, name, country, admin1, resolved):
    loc = _events(coder, text)[0].location
    assert (loc.name, loc.country, loc.admin1, loc.geonameid is not None) == (name, country, admin1, resolved)


def test_a_big_town_in_a_list_of_countries_is_not_read_as_theirs(coder):
    loc = _events(coder, "Police arrested five protesters in Lagos, Ghana and Kenya said they would watch.")[0].location
    assert (loc.name, loc.country) == ("Lagos", "NGA")
