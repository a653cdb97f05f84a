"""International news toponyms that US local-news rules must leave alone (review of the lgl8 rules).

Sentences written for these tests, one group per kind: a city known by an
alternate name spelling its own name another way keeps it against a
hamlet that bears the spelling as its main name ("Zaporizhzhia"); a capital is not moved to a namesake town
by a region won only on a tie ("London and Toronto"); a country's name
before a word its own bodies take ("the Jordan regional director") or as a
dateline of a story naming other countries stays the country; a region
after "the" found by syntax stays a place ("in the Bekaa").
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _places(coder, text: str, name: str):
    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    return [p for p in coded.places if p.span is not None and p.span.text == name]


@pytest.mark.parametrize("name, city, country", [
    ("Zaporizhzhia", "Zaporizhzhya", "UKR"),
    ("Zaporizhzhia region", "Zaporizhzhia Oblast", "UKR"),
])
def test_a_city_keeps_its_spelling_against_a_hamlet_bearing_it_as_main_name(gazetteer, name, city, country):
    p = gazetteer.resolve(name)
    assert (p.name, p.country) == (city, country)


@pytest.mark.parametrize("text, name", [
    ("Russian drones struck an energy plant in Zaporizhzhia overnight, the regional governor said.", "Zaporizhzhia"),
    ("Workers at the steel plant in Zaporizhzhia went on strike over unpaid wages.", "Zaporizhzhia"),
])
def test_a_city_by_its_spelling_in_a_sentence(coder, text, name):
    found = _places(coder, text, name)
    assert found and all((p.name, p.country, p.feature_code) == ("Zaporizhzhya", "UKR", "PPL") for p in found)


@pytest.mark.parametrize("text, name, country", [
    ("Demonstrators gathered in London and Toronto to oppose the war.", "London", "GBR"),
    ("Riot police clashed with farmers in Paris and Lyon on Saturday, while the Dallas Cowboys lost again.",
     "Paris", "FRA"),
])
def test_a_region_won_on_a_tie_moves_no_capital_abroad_without_a_local_cue(coder, text, name, country):
    found = _places(coder, text, name)
    assert found and all((p.country, p.feature_code) == (country, "PPLC") for p in found)


@pytest.mark.parametrize("text, name, country", [
    ("The Jordan regional director of Save the Children told reporters in New York that aid was blocked. "
     "He spoke in Syracuse on Monday.", "Jordan", "JOR"),
    ("JORDAN — Syrian refugees crossed the border on Monday, a spokesman for the charity said in Syracuse, New York.",
     "JORDAN", "JOR"),
])
def test_a_countrys_name_before_its_bodies_or_as_a_foreign_dateline_stays_the_country(coder, text, name, country):
    found = _places(coder, text, name)
    assert found and all((p.country, p.feature_code) == (country, "PCLI") for p in found)


def test_a_lower_case_direction_after_the_article_is_no_region(coder):
    text = '"Before she came to live in the north west, most of us had never heard of it," the councillor said.'
    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    assert not [p for p in coded.places if p.span is not None and p.span.text.lower() == "west"]


def test_a_region_after_the_article_found_by_syntax_stays_a_place(coder):
    found = _places(coder, "Clashes erupted in the Bekaa on Tuesday, Lebanese media reported.", "Bekaa")
    assert found and all((p.country, p.feature_code) == ("LBN", "ADM1") for p in found)
