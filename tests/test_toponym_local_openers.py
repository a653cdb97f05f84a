"""Local news toponyms the NER leaves out: mangled and colon datelines, towns before their own bodies and titles (issue 16).

Sentences written for these tests, one group per kind (the kinds come from
the LGL error analysis of session 11):

* a dateline whose dash is U+0097 / U+0096 (Windows-1252's em and en dash
  read as Latin-1) or whose city in capitals ends with a colon ("BEIRUT:");
  a heading in capitals before a colon ("UPDATE:") is no dateline city;
* a town before the title of its office-holder in one run of proper nouns
  ("Woodstock Mayor Michael Harding", "Price Mayor Joe Piccolo");
* a town opening a sentence before a town noun ("Chicopee residents ..."),
  which the small model tags as a common noun;
* a small namesake abroad is no town before a body outside a name when the
  document is elsewhere ("Federal police" in a Mexican story);
* a town found only before a title or a town noun lies where the document's
  other places are, and with none is a large town or the only town of its
  name (review of session 11: "Mount Royal Mayor" beside Montreal, "Metro
  Police Chief" in Las Vegas, "Enterprise Regional Manager", "Liberty Mayor");
* a heading that is an English word and a town ("MOBILE:", "READING:") is
  no colon dateline.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document
from dotterel.places import find_dateline
from dotterel.lang import LanguageProfile

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")

EN = LanguageProfile.load("en")


def _places(coder, text: str) -> dict[str, tuple]:
    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    return {p.span.text: (p.name, p.country, p.feature_code) for p in coded.places if p.span is not None}


@pytest.mark.parametrize("text, expected", [
    ("Man cited for driving drunk. NEWARK \u0097 It was classified as a minor offence.", ("NEWARK", None)),
    ("Cincinnati man dies in jail. COVINGTON, Ky. (AP) \u0096 A man held in a jail died.", ("COVINGTON", "Ky.")),
    ("Drug dealer arrested near airport. BEIRUT: A major drug dealer was arrested on Monday.", ("BEIRUT", None)),
    ("ISLAMABAD: Police arrested 12 protesters outside parliament on Friday.", ("ISLAMABAD", None)),
    ("Price \u0097 a story of rising costs in the town.", None),
])
def test_datelines_with_a_mangled_dash_or_a_colon(text, expected):
    assert find_dateline(text, lang=EN) == expected


@pytest.mark.parametrize("text, name, place", [
    ("Man cited for driving drunk. NEWARK \u0097 It was classified as all others, police said.", "NEWARK",
     ("Newark", "USA", "PPL")),
    ("Drug dealer arrested near airport. BEIRUT: A drug dealer was wounded in a shootout, the Lebanese army said.",
     "BEIRUT", ("Beirut", "LBN", "PPLC")),
])
def test_a_dateline_city_is_a_toponym(coder, text, name, place):
    assert _places(coder, text).get(name) == place


@pytest.mark.parametrize("text", [
    "UPDATE: Police said the road had reopened by noon.",
    "NOTE: The council meeting was moved to Tuesday.",
    "WATCH: The mayor speaks to reporters after the vote.",
    # a heading that is an English word and a town's name too
    "MOBILE: Apps that track protesters were removed from the store, the company said.",
    "READING: Three new books on the war in Ukraine were published this week.",
    "SURPRISE: The central bank cut rates in London on Thursday.",
    "DEAL: The two firms agreed to merge, sources in Britain said.",
])
def test_a_heading_in_capitals_before_a_colon_is_no_place(coder, text):
    head = text.split(":")[0]
    assert head not in _places(coder, text)


@pytest.mark.parametrize("text, name, country", [
    ("Woodstock Mayor Michael Harding said the Ontario city would not raise taxes.", "Woodstock", "CAN"),
    ("Price Mayor Joe Piccolo said the city would recover.", "Price", "USA"),
    ("A spokeswoman for the Byesville Volunteer Fire Department said the blaze began in a garage.", "Byesville",
     "USA"),
])
def test_a_town_before_its_office_holders_title(coder, text, name, country):
    found = _places(coder, text)
    assert name in found and found[name][2] == "PPL"
    if country is not None:
        assert found[name][1] == country


@pytest.mark.parametrize("text, name", [
    ("Chicopee residents discuss a conservation land purchase on Tuesday.", "Chicopee"),
    ("The storm passed on Monday. Chicopee residents began to clear the roads.", "Chicopee"),
])
def test_a_town_opening_a_sentence_before_a_town_noun(coder, text, name):
    assert _places(coder, text).get(name, (None, None, None))[1:] == ("USA", "PPL")


@pytest.mark.parametrize("text, word", [
    ("Federal police arrested six men in Culiacan on Monday, the Mexican government said.", "Federal"),
    ("Many residents left the town of Monroe, Louisiana, after the storm.", "Many"),
    ("Local police said the road in Ohio was closed.", "Local"),
    ("Jordan Smith scored twenty points on Sunday. Smith said the team was tired.", "Smith"),
    ("The plan passed with one vote against it, cast by Vice Mayor Ray Melton.", "Vice"),
])
def test_common_words_and_people_before_town_nouns_stay_no_place(coder, text, word):
    assert word not in _places(coder, text)


@pytest.mark.parametrize("text, name", [
    ("CHENNAI: Police detained 50 protesters outside the assembly on Monday.", "CHENNAI"),
    ("TYRE: Shelling hit a village near the town on Sunday, the army in Lebanon said.", "TYRE"),
])
def test_a_prominent_city_or_a_town_of_a_named_country_is_a_colon_dateline(coder, text, name):
    assert name in _places(coder, text)


@pytest.mark.parametrize("text, name, wrong", [
    ("Mount Royal Mayor Philippe Roy said the town would appeal, the Montreal Gazette reported. Officials in "
     "Montreal and Quebec declined to comment.", "Mount Royal", "CA.11"),
    ("Metro Police Chief Kevin McMahill said the gunman acted alone in Las Vegas.", "Metro", "IDN"),
    ("Enterprise Regional Manager Tom Lee said car rentals rose in Ohio.", "Enterprise", "US.NV"),
    ("Liberty Mayor John Smith praised the new park on Tuesday.", "Liberty", None),
    ("Hope residents gathered to protest the closure of the mill.", "Hope", None),
])
def test_a_town_before_a_title_is_no_namesake_far_from_the_document(coder, text, name, wrong):
    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    found = [p for p in coded.places if p.span is not None and p.span.text == name]
    assert all(wrong is not None and wrong not in (p.country, p.admin1_code) for p in found), found


@pytest.mark.parametrize("text, name, admin1", [
    ("Liberty Mayor Carl Pruitt said flooding closed roads in Liberty County, Texas, near Houston.", "Liberty",
     "US.TX"),
    ("Victoria residents were told to boil water, officials in British Columbia said.", "Victoria", "CA.02"),
])
def test_a_town_before_a_title_where_the_document_is(coder, text, name, admin1):
    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    assert [p.admin1_code for p in coded.places if p.span is not None and p.span.text == name][:1] == [admin1]
