"""Toponyms the small NER model misses or runs on past (issue 16, "where"), through the real coder.

Sentences written for these tests, one group per kind: a town's name before a
noun only a town's name takes ("a Gainesville man", "Huntsville police"), a
town leading the name of its own body ("the Mansfield Police Department"), a
place entity that runs on into what stands there ("the Henderson County
Jail", "Newark Fire"), and the names that must stay out (bodies named after
people, a region's name that is only part of a name, initials).
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _places(coder, text: str):
    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    return coded.places


@pytest.mark.parametrize("text, name", [
    ("A Gainesville man was arrested on Monday after a robbery at a gas station.", "Gainesville"),
    ("Police said a Lancaster woman was injured in the crash on Tuesday.", "Lancaster"),
    ("Huntsville police arrested two teenagers on Friday.", "Huntsville"),
    ("Residents of the Alexandria area lost power on Monday.", "Alexandria"),
])
def test_a_town_before_a_noun_only_a_towns_name_takes_is_a_toponym(coder, text, name):
    [p] = [p for p in _places(coder, text) if p.span.text == name]
    assert p.feature_code == "PPL" and p.geonameid is not None


@pytest.mark.parametrize("text, name", [
    ("The Mansfield Police Department said the suspect was arrested on Sunday.", "Mansfield"),
    ("The Paris City Council voted on Tuesday to raise water rates.", "Paris"),
])
def test_a_town_leading_the_name_of_its_own_body_is_a_toponym(coder, text, name):
    [p] = [p for p in _places(coder, text) if p.span.text == name]
    assert p.feature_code in ("PPL", "PPLC")


@pytest.mark.parametrize("text", [
    "The Cooper School board met on Monday to discuss the budget.",
    "The Belk Foundation gave the hospital $2 million on Monday.",
    "The first player to land on Free Parking wins the pot.",
])
def test_names_given_after_people_or_words_are_no_toponyms(coder, text):
    assert _places(coder, text) == []


def test_a_place_entity_running_on_into_a_building_is_read_by_its_leading_name(coder):
    places = _places(coder, "Deputies took the driver to the Titus County Jail in Mount Pleasant.")
    assert [(p.span.text, p.feature_code, p.admin1_code) for p in places] == [
        ("Titus County", "ADM2", "US.TX"), ("Mount Pleasant", "PPL", "US.TX")]
    [newark] = [p for p in _places(coder, "Crews from Newark Fire responded to a house fire on Monday.")
                if p.span.text.startswith("Newark")]
    assert (newark.span.text, newark.country, newark.feature_code) == ("Newark", "USA", "PPL")


def test_a_region_inside_a_name_counts_by_its_abbreviation(coder):
    [p] = _places(coder, "The S.C. Highway Patrol is looking for the driver.")
    assert (p.span.text, p.admin1_code, p.feature_code) == ("S.C.", "US.SC", "ADM1")


def test_initials_before_a_town_are_no_place(coder):
    places = _places(coder, "Fire damages S.E. Paris apartment.")
    assert not any(p.span.text == "S.E." for p in places)


def test_a_name_after_a_town_and_a_comma_is_the_region_the_town_lies_in(coder):
    places = _places(coder, "The company owns hotels in Nashville, Tennessee, Richmond, Virginia, and Atlanta, "
                            "Georgia. He works at a clinic in Bronx, New York, and in Sioux City, Iowa.")
    found = {p.span.text: (p.feature_code, p.admin1_code) for p in places}
    assert found["Georgia"] == ("ADM1", "US.GA") and found["Atlanta"] == ("PPL", "US.GA")
    assert found["New York"] == ("ADM1", "US.NY")  # the state, not New York City
    assert found["Iowa"] == ("ADM1", "US.IA")  # "Sioux City" makes no town of Iowa


@pytest.mark.parametrize("text, town, region", [
    ("Students protested at the university in Athens in Georgia on Monday.", "Athens", "US.GA"),
    ("Police arrested 12 people in Columbus in Georgia after the march.", "Columbus", "US.GA"),
    ("Farmers blocked a road in Paris in Texas on Monday.", "Paris", "US.TX"),
])
def test_a_name_after_a_town_and_in_is_the_region_the_town_lies_in(coder, text, town, region):
    found = {p.span.text: (p.country, p.admin1_code) for p in _places(coder, text)}
    assert found[town] == ("USA", region)
    assert found[text.split(" in ")[2].split()[0]] == ("USA", region)  # the state, not the country Georgia


def test_a_country_after_its_own_town_and_in_stays_the_country(coder):
    found = {p.span.text: (p.country, p.feature_code) for p in _places(
        coder, "Opposition supporters rallied in Batumi in Georgia on Sunday.")}
    assert found["Georgia"] == ("GEO", "PCLI")


def test_a_country_after_its_own_capital_stays_the_country(coder):
    places = _places(coder, "The delegation flew from Tbilisi, Georgia, to Baku on Monday.")
    [georgia] = [p for p in places if p.span.text == "Georgia"]
    assert (georgia.country, georgia.feature_code) == ("GEO", "PCLI")


def test_a_name_before_a_governors_title_is_the_state(coder):
    [p] = _places(coder, "Former New York Gov. Mario Cuomo died on Thursday, his son said.")
    assert (p.span.text, p.feature_code, p.admin1_code) == ("New York", "ADM1", "US.NY")
    [city] = _places(coder, "Protesters gathered in New York on Monday.")
    assert (city.name, city.feature_code) == ("New York City", "PPL")  # the city elsewhere


def test_a_town_labelled_an_organisation_after_from_or_to_is_the_town(coder):
    places = _places(coder, "We had a lot of volunteers from Crockett and Palestine, Wright said.")
    assert any(p.span.text == "Crockett" and p.feature_code == "PPL" for p in places)


@pytest.mark.parametrize("text, whole", [
    ("Manchester City beat Arsenal 2-1 on Sunday.", "Manchester City"),
    ("Leicester City fans clashed with police after the match on Saturday.", "Leicester City"),
    ("Greenwich Village residents protested the closure of the hospital.", "Greenwich Village"),
])
def test_a_name_ending_in_a_settlement_noun_is_not_the_town_inside_it(coder, text, whole):
    places = _places(coder, text)
    town = whole.split()[0]
    assert not any(p.span.text == town for p in places)  # a club or another place, not Manchester or Greenwich
    assert all(p.geonameid is None for p in places if p.span.text == whole)


@pytest.mark.parametrize("text, name", [
    ("The Gainesville City Council voted on Monday to close the shelter.", "Gainesville"),
    ("Members of the Huntsville City Council met on Monday.", "Huntsville"),
])
def test_a_settlement_noun_before_a_body_still_names_the_town(coder, text, name):
    [p] = [p for p in _places(coder, text) if p.span.text == name]
    assert (p.feature_code, p.country) == ("PPL", "USA")


@pytest.mark.parametrize("text, name, country", [
    ("Georgia lawmakers passed the foreign agents law on Tuesday despite protests in Tbilisi.", "Georgia", "GEO"),
    ("Mexico lawmakers approved the judicial reform on Wednesday.", "Mexico", "MEX"),
    ("Panama lawmakers voted to repeal the mining contract after weeks of protests.", "Panama", "PAN"),
])
def test_a_countrys_lawmakers_stay_the_countrys(coder, text, name, country):
    [p] = [p for p in _places(coder, text) if p.span.text == name]
    assert (p.country, p.feature_code) == (country, "PCLI")


def test_a_citys_lawmakers_are_the_states(coder):
    [p] = [p for p in _places(coder, "New York lawmakers passed the budget on Friday.") if p.span.text == "New York"]
    assert (p.feature_code, p.admin1_code) == ("ADM1", "US.NY")


@pytest.mark.parametrize("text", [
    "The Sikh community gathered outside the consulate on Sunday.",
    "Leaders of the Sikh community called for calm.",
])
def test_a_people_before_a_town_noun_is_no_town_by_transliteration(coder, text):
    assert not any(p.span.text == "Sikh" and p.geonameid is not None for p in _places(coder, text))


@pytest.mark.parametrize("name", ["Kaldor", "Okafor"])
def test_a_name_the_gazetteer_lacks_read_as_a_person_elsewhere_is_no_place(coder, name):
    # one sense per discourse: the small model reads the lone name as a person, then as a place ("supporters of X")
    text = f"Officials said {name} was detained at the border. {name} denied the charges, and supporters of " \
           f"{name} rallied outside the court."
    assert [p.span.text for p in _places(coder, text)] == []


def test_a_town_the_gazetteer_holds_stays_a_place_beside_a_person_of_its_name(coder):
    places = _places(coder, "Protesters gathered in Ripley on Monday. Ripley said he would speak to the crowd.")
    assert any(p.span.text == "Ripley" and p.geonameid is not None for p in places)
