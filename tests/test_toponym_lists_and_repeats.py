"""Local-news toponyms found through their neighbours in the document (issue 16 item 3), through the real coder.

Sentences written for these tests, one group per kind:

* a small town listed with towns of one state is that state's town, though
  the model labels it nothing or an organisation ("Firefighters from
  Ellensburg and Cle Elum"); a name listed with no town, or one the state
  has no town of, stays out;
* a town the document itself placed (", Ill.", a county it names) lends its
  reading to the same name before the town's bodies ("Roselle police"),
  and a word before a town's body inside a misread person's name
  ("Alexandria Police Spokeswoman Jane Hill") is no person's word;
* a US state named by its main name, though a namesake region abroad was
  passed over ("Virginia", not Virginia in South Africa), is a region the
  document names in a US story or one naming no other country, so its
  towns are read there; a small region abroad in a church's name is not.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _places(coder, text: str, name: str):
    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    return [p for p in coded.places if p.span is not None and p.span.text == name]


@pytest.mark.parametrize("text, name, admin1", [
    ("A barn burned near Ellensburg, Wash., on Monday. Firefighters from Ellensburg and Cle Elum worked through the "
     "night.", "Cle Elum", "US.WA"),
    ("Butler County officials met in Hamilton, Ohio, on Tuesday. Clinics in Hamilton and Middletown will stay open "
     "longer.", "Middletown", "US.OH"),
])
def test_a_small_town_listed_with_towns_of_one_state_is_that_states_town(coder, text, name, admin1):
    found = _places(coder, text, name)
    assert found, f"{name!r} not found"
    for p in found:
        assert (p.country, p.admin1_code, p.feature_code) == ("USA", admin1, "PPL")


@pytest.mark.parametrize("text, name", [
    ("Alstom, American Electric Power and RWE are building the plant in Mason County, W.Va.", "American"),
    ("Coach Tim Dayton praised Smith and Miller after the game in Springfield, Ill.", "Miller"),
])
def test_a_name_listed_with_no_town_of_one_state_stays_out(coder, text, name):
    assert _places(coder, text, name) == []


@pytest.mark.parametrize("text, name", [
    # a title or role before the name: a person, though a town of the state bears the name (Mason, Ohio)
    ("A march in Hamilton, Ohio drew hundreds. Police in Hamilton and Officer Mason said no one was hurt.", "Mason"),
    # an appositive that is no place noun: a person or a firm (Lincoln, Ill.; Heinz is no town there)
    ("Crowds filled Springfield, Ill., on Monday. Springfield and Lincoln, the president, were praised by speakers.",
     "Lincoln"),
])
def test_a_listed_name_its_neighbours_call_a_person_is_no_town(coder, text, name):
    assert _places(coder, text, name) == []


def test_a_listed_town_outside_the_us_described_as_a_place_stays_a_town(coder):
    text = "Strikers marched in Ottawa on Monday. Workers in Hamilton and Kingston, a city of 130,000, walked off."
    found = _places(coder, text, "Kingston")
    assert [(p.country, p.admin1_code) for p in found] == [("CAN", "CA.08")]


@pytest.mark.parametrize("text, name, admin1", [
    ("Fire crews were called to a house in Roselle, Ill., on Monday. Roselle police said no one was hurt.",
     "Roselle", "US.IL"),
    ("A man was arrested in Alexandria, Va., on Friday, Alexandria Police Spokeswoman Jane Hill said. An Alexandria "
     "grand jury will hear the case.", "Alexandria", "US.VA"),
])
def test_a_town_the_document_placed_is_the_same_town_before_its_bodies(coder, text, name, admin1):
    found = _places(coder, text, name)
    assert len(found) == text.count(name)
    for p in found:
        assert (p.country, p.admin1_code) == ("USA", admin1)


@pytest.mark.parametrize("text", [
    "Alexandria police found the body of Jane Hill, 24, in her apartment. The Virginia medical examiner ruled the "
    "death a homicide, and Virginia State Police and the FBI are helping. Alexandria detectives ask for tips.",
    "A man was found dead in his home in Alexandria, Virginia, on Sunday, the Virginia medical examiner said.",
])
def test_a_state_whose_namesake_region_abroad_was_passed_over_still_places_its_towns(coder, text):
    found = _places(coder, text, "Alexandria")
    assert found
    for p in found:
        assert (p.country, p.admin1_code) == ("USA", "US.VA")


@pytest.mark.parametrize("text, name, admin1", [
    ("Miners struck in Virginia, Minn., on Monday. Union leaders in Duluth said the walkout would last a week.",
     "Virginia", "US.MN"),
    ("Police in Florida, N.Y., arrested two men on Friday after a fight outside a bar in the village.",
     "Florida", "US.NY"),
])
def test_a_state_name_written_before_another_region_is_that_regions_town(coder, text, name, admin1):
    found = _places(coder, text, name)
    assert [(p.country, p.admin1_code, p.feature_code) for p in found] == [("USA", admin1, "PPL")]


def test_a_small_region_abroad_passed_over_places_nothing_of_its_country(coder):
    text = ("Security forces inspected the scene of a bomb explosion at the Saint Peter and Saint Paul Coptic "
            "Orthodox Church in Cairo's Abbasiya neighbourhood, Egyptian officials said.")
    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    assert not any(p.country == "ATG" for p in coded.places)
