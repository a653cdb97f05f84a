"""A camp, district or village named after a town, whatever label the NER gave the name.

Sentences written for these tests. The small model labels many names
before "camp" or "district" a person or an organisation ("Kakuma" in
"Kakuma refugee camp" is a PERSON). A name that modifies a singular
sub-place noun, across common nouns of its kind ("refugee camp"), is a
toponym where one of the document's countries holds a town of that name;
a namesake abroad, a name the gazetteer lacks, a plural ("camps") or a noun
with an indefinite article ("a Tiv village": the word is its people) is not
taken. :func:`~dotterel.places.syntax.sub_place_host` reads the
phrase.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document
from dotterel.places.syntax import sub_place_host


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _coded(coder, text: str):
    return next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))


def _places(coder, text: str, name: str):
    return [p for p in _coded(coder, text).places if p.span is not None and p.span.text == name]


@pytest.mark.parametrize("text, name, fires", [
    ("Refugees protested at Kakuma refugee camp on Tuesday.", "Kakuma", True),
    ("Fighters overran Nad Ali district on Monday.", "Nad Ali", True),
    ("Soldiers burned Tula Toli village.", "Tula Toli", True),
    ("Gunmen attacked two Malik camps in Jolo.", "Malik", False),  # a plural: no one place
    ("Troops attacked a Tiv village on Sunday.", "Tiv", False),  # an indefinite article: its people
    ("The Kakuma team won the cup.", "Kakuma", False),  # no sub-place noun
])
def test_the_phrase(coder, text, name, fires):
    doc = coder.nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name))
    assert (sub_place_host(span, coder.lang) is not None) is fires


@pytest.mark.parametrize("text, name, country", [
    ("Kenyan police fired tear gas at refugees protesting food cuts at Kakuma refugee camp on Tuesday.",
     "Kakuma", "KEN"),
    ("Kenyan police fired tear gas at refugees at Kakuma refugee camp on Tuesday.", "Kakuma", "KEN"),
    ("Aid workers in Kenya said a fire destroyed shelters in Kakuma camp overnight.", "Kakuma", "KEN"),
])
def test_a_town_of_the_documents_country_before_a_camp_is_a_toponym(coder, text, name, country):
    found = _places(coder, text, name)
    assert found and all((p.country, p.feature_code) == (country, "PPL") for p in found)


def test_the_event_is_placed_at_the_named_camp(coder):
    coded = _coded(coder, "Kenyan police fired tear gas at refugees at Kakuma refugee camp on Tuesday.")
    assert [(e.location.name, e.location.country) for e in coded.events] == [("Kakuma", "KEN")]


@pytest.mark.parametrize("text, name", [
    # the gazetteer's only namesakes lie in other countries than the document's: abstain
    ("Sudanese militia fighters attacked Kalma camp in South Darfur on Sunday, killing five displaced people.",
     "Kalma"),
    # no country named: nothing says which namesake it would be
    ("Officials said Kakuma camp was closed after the floods.", "Kakuma"),
    # a plural is no one named place
    ("Kenyan police raided two Kakuma camps on Tuesday.", "Kakuma"),
])
def test_no_toponym_without_a_town_of_the_documents_country(coder, text, name):
    assert _places(coder, text, name) == []


@pytest.mark.parametrize("text, name", [
    ("Israeli troops raided the Jenin refugee camp in the occupied West Bank on Monday.", "Janīn"),
    ("Nigerian soldiers attacked Dikwa town in Borno state on Friday.", "Dikwa"),
])
def test_a_named_camp_or_town_that_is_the_objects_name_places_the_event(coder, text, name):
    coded = _coded(coder, text)
    assert [e.location.name for e in coded.events] == [name]


def test_a_town_before_a_plural_object_does_not_place_the_event(coder):
    coded = _coded(coder, "Israeli troops raided Jenin camps in the occupied West Bank on Monday.")
    assert [e.location.name for e in coded.events] == ["West Bank"]


@pytest.mark.parametrize("text, name", [
    # a faction noun right after a person's name (the knowledge base's or the document's): the person's followers
    ("The Clinton camp said protesters in Iowa disrupted a rally on Monday, US officials said.", "Clinton"),
    ("Hillary Clinton spoke in Iowa on Monday. The Clinton camp said protesters in Des Moines disrupted the rally.",
     "Clinton"),
    ("Mayor Ann Kakuma spoke in Nairobi. Kenyan police said the Kakuma camp organised protests in Kenya.", "Kakuma"),
])
def test_a_persons_camp_is_no_place(coder, text, name):
    assert _places(coder, text, name) == []


@pytest.mark.parametrize("text, name, country", [
    # no person of the name: the camp is a place; a common noun between says which kind of camp
    ("Kenyan police raided Kakuma camp on Tuesday, arresting 30 refugees.", "Kakuma", "KEN"),
    ("Mayor Ann Kakuma spoke in Nairobi. Kenyan police raided the Kakuma refugee camp on Tuesday.", "Kakuma", "KEN"),
])
def test_a_camp_with_no_persons_name_is_still_a_place(coder, text, name, country):
    found = _places(coder, text, name)
    assert found and all(p.country == country for p in found)
