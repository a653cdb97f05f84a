"""The event's place for five kinds of place phrase a new user tried (issue 16).

Sentences written for these tests, in several shapes:

* a country's possessive on a named valley, delta or range the gazetteer lacks
  ("in Pakistan's Swat valley"): the named part of the land, kept as written
  with the country, is finer than the country;
* a region word after a name, also in lower case ("in Enugu state"): the
  region, even when the NER reads the name as an organisation;
* "the <region> town of <name>" ("the Darfur town of El Geneina"): the town
  the "of" phrase names, not the region that only classes it;
* a court named after its town ("outside the Lahore High Court"): the town,
  when the event is at the court; a court acting elsewhere gives no place by
  its name.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _coded(coder, text: str, published: str = "2024-05-01"):
    return next(iter(coder.code_documents([make_document(text, published=published)])))


def _loc(coded, event_type: str, trigger: str):
    [ev] = [e for e in coded.events if e.event_type == event_type and e.trigger.text == trigger]
    return ev.location


def _where(coder, text: str, event_type: str, trigger: str, *fields: str):
    """The named fields of the event's place, or None when it has none."""
    loc = _loc(_coded(coder, text), event_type, trigger)
    return None if loc is None else tuple(getattr(loc, f) for f in fields)


@pytest.mark.parametrize("text, event_type, trigger, name, country", [
    ("Militants attacked a police checkpoint in Pakistan's Swat valley on Tuesday.", "ASSAULT", "attacked",
     "Swat valley", "PAK"),
    ("Bandits killed four herders in Kenya's Kerio Valley on Sunday.", "ASSAULT", "killed", "Kerio Valley", "KEN"),
])
def test_a_named_part_of_the_land_after_a_country_possessive_is_finer_than_the_country(
        coder, text, event_type, trigger, name, country):
    assert _where(coder, text, event_type, trigger, "name", "country", "rule") == (name, country, "attached")


@pytest.mark.parametrize("text, event_type, trigger, name, country", [
    ("Gunmen killed five villagers in Nigeria's Plateau state on Sunday.", "ASSAULT", "killed", "Plateau", "NGA"),
])
def test_a_country_possessive_on_a_region_the_gazetteer_holds_gives_the_region(
        coder, text, event_type, trigger, name, country):
    assert _where(coder, text, event_type, trigger, "name", "country", "feature_code") == (name, country, "ADM1")


@pytest.mark.parametrize("text, event_type, trigger, name, country", [
    ("Gunmen kidnapped 20 students in Enugu state on Monday.", "ASSAULT", "kidnapped", "Enugu", "NGA"),
    ("Herders attacked two villages in Benue state last week.", "ASSAULT", "attacked", "Benue", "NGA"),
    ("Police arrested 30 protesters in Kaduna state on Friday.", "COERCE", "arrested", "Kaduna", "NGA"),
])
def test_a_name_before_a_lower_case_region_word_is_the_region(coder, text, event_type, trigger, name, country):
    assert _where(coder, text, event_type, trigger, "name", "country", "geo_precision") == (name, country, "region")


@pytest.mark.parametrize("text, event_type, trigger, name, country", [
    ("Militiamen killed 30 civilians in the Darfur town of El Geneina on Monday.", "ASSAULT", "killed",
     "Al-Junaynah", "SDN"),
    ("Soldiers shelled the Donbas town of Bakhmut on Friday.", "ASSAULT", "shelled", "Bakhmut", "UKR"),
    ("Rebels seized the North Kivu town of Rutshuru on Sunday.", "COERCE", "seized", "Rutshuru", "COD"),
])
def test_the_town_of_a_region_town_phrase_is_the_place(coder, text, event_type, trigger, name, country):
    assert _where(coder, text, event_type, trigger, "name", "country", "geo_precision") == (name, country, "city")


@pytest.mark.parametrize("text, event_type, trigger, name", [
    ("Lawyers protested outside the Lahore High Court on Monday.", "PROTEST", "protested", "Lahore"),
    ("Hundreds of supporters rallied at the Peshawar High Court on Friday.", "PROTEST", "rallied", "Peshawar"),
])
def test_an_event_at_a_court_named_after_its_town_is_in_that_town(coder, text, event_type, trigger, name):
    assert _where(coder, text, event_type, trigger, "name", "country") == (name, "PAK")


def test_a_court_named_after_a_town_places_no_event_done_elsewhere(coder):
    # the judge's court says where he worked, not where he was killed
    coded = _coded(coder, "Gunmen killed a judge of the Peshawar High Court in Mardan on Friday.")
    loc = _loc(coded, "ASSAULT", "killed")
    assert loc is not None and loc.name == "Mardan"


@pytest.mark.parametrize("text, event_type, trigger, name", [
    # the small model reads Kidal as a people and Mali as a person
    ("Rebels attacked an army base near Kidal in northern Mali on Tuesday.", "ASSAULT", "attacked", "Kidal"),
    ("Jihadists killed 15 soldiers near Menaka in eastern Mali on Sunday.", "ASSAULT", "killed", "Ménaka"),
])
def test_a_town_nested_in_its_country_is_the_place_even_when_the_ner_misreads_both(
        coder, text, event_type, trigger, name):
    coded = _coded(coder, text)
    loc = _loc(coded, event_type, trigger)
    assert loc is not None and (loc.name, loc.country) == (name, "MLI")
    assert "Mali" in [p.span.text for p in coded.places if p.span is not None]


@pytest.mark.parametrize("text, name", [
    ("Mali thanked the crowd after the match on Sunday.", "Mali"),
    ("Voters in Kenya placed their hopes in Ruto on Tuesday.", "Ruto"),
])
def test_a_person_after_a_preposition_or_a_country_name_as_a_subject_is_no_place(coder, text, name):
    coded = _coded(coder, text)
    assert name not in [p.span.text for p in coded.places if p.span is not None]


@pytest.mark.parametrize("text, event_type, trigger, name, country", [
    # GeoNames holds these quarters and villages only as towns of other countries (Morocco, Algeria, the UAE)
    ("A policeman was killed when a bomb hit their patrol in the east Baghdad neighbourhood of Al-Jadida.",
     "ASSAULT", "killed", "Al-Jadida", "IRQ"),
    ("In the west Baghdad neighbourhood of Al-Amiriya, a roadside bomb killed two soldiers.", "ASSAULT", "killed",
     "Al-Amiriya", "IRQ"),
    ("Troops shelled the village of Al-Hamra near Hama city on Monday.", "ASSAULT", "shelled", "Al-Hamra", "SYR"),
])
def test_a_named_part_whose_only_namesakes_lie_abroad_is_kept_as_written_in_the_towns_country(
        coder, text, event_type, trigger, name, country):
    assert _where(coder, text, event_type, trigger, "name", "country", "geonameid") == (name, country, None)


@pytest.mark.parametrize("text, event_type, trigger, name, country", [
    # the part resolves in the town's own country: kept
    ("A suicide bomber killed 12 civilians in the Syrian village of Al-Bab near Aleppo city.", "ASSAULT", "killed",
     "Al Bāb", "SYR"),
    # a town named beside another country's region, with no sub-place noun between them, is not re-read
    ("Gunmen killed four people in Nogales, Sonora, near the border with Arizona.", "ASSAULT", "killed",
     "Nogales", "MEX"),
])
def test_a_part_resolved_in_its_towns_country_or_a_town_beside_a_foreign_one_keeps_its_resolution(
        coder, text, event_type, trigger, name, country):
    found = _where(coder, text, event_type, trigger, "name", "country", "geonameid")
    assert found is not None and found[:2] == (name, country) and found[2] is not None


@pytest.mark.parametrize("text, event_type, trigger, wrong", [
    # a name compounded on a part-of-land noun names the feature (a river's valley or delta), not the place
    ("Israeli troops demolished ten homes in the Jordan Valley on Tuesday.", "ASSAULT", "demolished", "JOR"),
    # the Niger Delta lies in Nigeria's south; Niger State in its north
    ("Gunmen killed five people in Nigeria's Niger Delta on Sunday.", "ASSAULT", "killed", 2328925),
    # the Cauca valley is mostly Valle del Cauca, not the Cauca department
    ("Gunmen killed 12 people in Colombia's Cauca valley on Saturday.", "ASSAULT", "killed", 3687029),
])
def test_a_name_compounded_on_a_part_of_land_noun_is_not_the_place_of_that_name(coder, text, event_type, trigger, wrong):
    loc = _loc(_coded(coder, text), event_type, trigger)
    assert loc is None or wrong not in (loc.country, loc.geonameid)


@pytest.mark.parametrize("text, event_type, trigger, name, country", [
    # a namesake across a border from the town beside it is that place ("near" is no container)
    ("Turkish troops shelled the village of Tal Abyad near Akcakale on Monday.", "ASSAULT", "shelled",
     "Tall Abyaḑ", "SYR"),
    ("Shelling killed two people in the village of Tal Abyad near Akcakale on Monday.", "ASSAULT", "killed",
     "Tall Abyaḑ", "SYR"),
])
def test_a_part_resolved_just_across_a_border_from_the_town_beside_it_keeps_its_resolution(
        coder, text, event_type, trigger, name, country):
    found = _where(coder, text, event_type, trigger, "name", "country", "geonameid")
    assert found is not None and found[:2] == (name, country) and found[2] is not None


@pytest.mark.parametrize("text, event_type, trigger, name, code", [
    # a court named after the region it serves, whose name a town of the region shares
    ("Police arrested protesters outside the New York Supreme Court on Monday.", "COERCE", "arrested",
     "New York", "ADM1"),
    ("Lawyers protested outside the Washington Supreme Court on Monday.", "PROTEST", "protested", "Washington", "ADM1"),
    ("Lawyers rallied outside the Delhi High Court on Monday.", "PROTEST", "rallied", "Delhi", "ADM1"),
    # no region of the name: the town the court sits in
    ("Lawyers protested outside the Lahore High Court on Monday.", "PROTEST", "protested", "Lahore", "PPL"),
])
def test_a_court_named_after_a_region_is_in_the_region_not_its_namesake_town(
        coder, text, event_type, trigger, name, code):
    assert _where(coder, text, event_type, trigger, "name", "feature_code") == (name, code)


@pytest.mark.parametrize("text", [
    "Voters in the Philippines placed their trust in Marcos on Monday.",
    "Supporters in the Philippines rallied around Marcos on Monday.",
    "Fans in the Philippines jeered at Marcos on Monday.",
])
def test_a_person_whose_name_is_a_town_of_the_country_the_sentence_names_is_no_place(coder, text):
    coded = _coded(coder, text)
    assert "Marcos" not in [p.span.text for p in coded.places if p.span is not None]
