"""US local news toponyms resolved in their document (issue 16, "where"), through the real coder.

Sentences written for these tests, one group per kind: a town's own name
beats a bigger town that bears it only as an alternate (often former) name
("Hudson" is not Jersey City, "Shiloh" not Springdale); a county whose name
lies in several states takes the state the story names most, or the state
of a town named with it ("Boone County" ... Indiana).
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _one(coder, text: str, name: str):
    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    found = [p for p in coded.places if p.span is not None and p.span.text == name]
    assert found, f"{name!r} not found"
    return found


@pytest.mark.parametrize("text, name", [
    ("Hudson police said the stolen car was found in a pond on Tuesday morning.", "Hudson"),
    ("The school board in Shiloh approved a new budget on Monday night.", "Shiloh"),
    ("Residents of Mechanicsburg, Ohio, packed the village hall on Thursday.", "Mechanicsburg"),
    ("A fire destroyed a barn outside Maryville late Sunday, the fire chief said.", "Maryville"),
])
def test_a_towns_own_name_beats_a_bigger_town_known_by_it_only_as_an_alternate_name(coder, text, name):
    for p in _one(coder, text, name):
        assert (p.name, p.country, p.feature_code) == (name, "USA", "PPL")


@pytest.mark.parametrize("text, name, city, country", [
    ("Thousands marched through Bombay on Sunday.", "Bombay", "Mumbai", "IND"),
    ("Police fired tear gas at students in Calcutta on Monday.", "Calcutta", "Kolkata", "IND"),
    ("Doctors in Newcastle, England, developed the treatment.", "Newcastle", "Newcastle upon Tyne", "GBR"),
])
def test_a_big_citys_former_or_short_name_still_names_the_city(coder, text, name, city, country):
    for p in _one(coder, text, name):
        assert (p.name, p.country) == (city, country)


@pytest.mark.parametrize("text, name, admin1", [
    ("The jobless rate in Boone County rose to 7.7 percent in February, Indiana officials said. Indiana's rate was "
     "8 percent, while Illinois and Ohio were higher. Indiana lawmakers meet next week.", "Boone County", "US.IN"),
    ("Deputies from Hall County joined the search near Gainesville, Ga., on Monday. The Georgia Bureau of "
     "Investigation is helping, and Georgia officials asked residents to stay home.", "Hall County", "US.GA"),
])
def test_a_county_in_several_states_takes_the_state_the_story_names_most(coder, text, name, admin1):
    for p in _one(coder, text, name):
        assert (p.country, p.admin1_code, p.feature_code) == ("USA", admin1, "ADM2")


def test_a_county_in_several_states_stays_open_when_the_story_names_them_equally(coder):
    text = "Boone County schools closed on Friday. Officials in Indiana and in Kentucky praised the decision."
    for p in _one(coder, text, "Boone County"):
        assert (p.country, p.admin1_code) == ("USA", None)


@pytest.mark.parametrize("text, name, country", [
    ("Flights resumed at Long Beach Airport on Monday after the storm.", "Long Beach", "USA"),
    ("The hearing was held at the Mount Pleasant Civic Center, the Texas city's officials said.", "Mount Pleasant",
     "USA"),
])
def test_a_towns_airport_or_civic_building_names_the_town(coder, text, name, country):
    for p in _one(coder, text, name):
        assert (p.name, p.country) == (name, country)


@pytest.mark.parametrize("text, name", [
    ("She volunteered at The Woodlands for years before she retired.", "Woodlands"),
    ("Staff at the Cathedral said the roof was repaired last spring.", "Cathedral"),
])
def test_a_name_after_the_article_is_no_town(coder, text, name):
    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    assert not [p for p in coded.places if p.span is not None and p.span.text == name]


def test_a_tie_between_regions_goes_to_the_region_where_a_name_was_read(coder):
    text = ("A Paris woman, 34, died Sunday at a Dallas hospital after the crash on Loop 286, Paris police said. "
            "The Paris Regional Medical Center treated two other drivers.")
    for p in _one(coder, text, "Paris"):
        assert (p.country, p.admin1_code) == ("USA", "US.TX")


@pytest.mark.parametrize("text, name, admin1", [
    ("A coal miner was hurt near Beckley, W.Va. The mine was closed on Monday.", "W.Va", "US.WV"),
    ("Farmers in Western Mass. lost much of the apple crop to the frost.", "Western Mass.", "US.MA"),
    ("The school will move from Northwest D.C. to a new campus next year.", "Northwest D.C.", "US.DC"),
])
def test_an_ap_abbreviation_without_its_last_period_or_after_a_direction_is_the_region(coder, text, name, admin1):
    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    found = [p for p in coded.places if p.span is not None and p.span.text.startswith(name[:4])
             and p.admin1_code == admin1]
    assert found and all(p.feature_code == "ADM1" for p in found)


@pytest.mark.parametrize("text, name, admin1", [
    ("LEBANON (AP) — A pathologist testified on Tuesday in the trial of an Ohio man accused of drowning his wife.",
     "LEBANON", "US.OH"),
    ("Visitors filled the Palestine Civic Center on Saturday for the start of the Texas dogwood festival.",
     "Palestine", "US.TX"),
])
def test_a_countrys_name_as_a_dateline_or_before_a_town_noun_is_the_town(coder, text, name, admin1):
    for p in _one(coder, text, name):
        assert (p.country, p.admin1_code, p.feature_code) == ("USA", admin1, "PPL")
