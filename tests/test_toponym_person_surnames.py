"""A surname standing alone that the NER labels a place, after the document names the person in full.

Sentences written for these tests. The small model reads "President
Saakashvili's resignation" or "Farrin, 43, was arrested" as a place once
the article has named Mikheil Saakashvili or Henry Farrin. Such a one-word
place entity is no toponym unless it follows a locative preposition ("in
Ripley"), comes before a town noun ("Ripley police") or the gazetteer holds
it as a region, a county or a town of some size.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _names(coder, text: str) -> list[str]:
    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    return [p.span.text for p in coded.places if p.span is not None]


@pytest.mark.parametrize("text, surname", [
    ("Mikheil Saakashvili spoke in Tbilisi on Monday. Protesters demanded President Saakashvili's resignation.",
     "Saakashvili"),
    ("Police chief Henry Farrin resigned on Friday. Farrin, 43, was arrested on Monday on a charge of assault.",
     "Farrin"),
    ("Curator Elena Petrova opened the show in Moscow. \"It was not patriotic to show such work,\" Petrova said.",
     "Petrova"),
])
def test_a_persons_surname_is_no_place(coder, text, surname):
    assert surname not in _names(coder, text)


@pytest.mark.parametrize("text, name", [
    # a locative preposition, or a town noun after it: the town
    ("Coach Tom Ripley praised the team. The wrestlers train in Ripley every week.", "Ripley"),
    ("Coach Tom Ripley praised the team. Ripley police closed the road on Friday.", "Ripley"),
    # no person of that name in the document
    ("Protesters marched through Tbilisi on Monday.", "Tbilisi"),
    # a big city is a place whoever shares its name
    ("Actor Jack London visited the school. London was quiet on Sunday.", "London"),
])
def test_the_rule_leaves_places(coder, text, name):
    assert name in _names(coder, text)


@pytest.mark.parametrize("text, name", [
    # a town noun's or a place noun's preposition: the town's people and bodies (review of places12)
    ("Sheriff Tom Ripley said the crowd dispersed. Residents of Ripley blocked the highway on Monday.", "Ripley"),
    ("Sheriff Tom Ripley said the crowd dispersed. The mayor of Ripley said farmers blocked the highway.", "Ripley"),
    # named beside another town: conjoined, or a second preposition of the same verb
    ("Coach Tom Ripley said the crowd dispersed. Hundreds marched from Ripley to Derby on Monday.", "Ripley"),
    ("Farmer Ann Ripley was arrested. Farmers blocked roads between Ripley and Derby, Derbyshire police said.",
     "Ripley"),
])
def test_a_town_named_as_a_town_stays_whoever_shares_its_name(coder, text, name):
    assert name in _names(coder, text)


@pytest.mark.parametrize("text, surname", [
    # a preposition of a noun for people who are no town's, or a person beside him: still the person
    ("Police chief Henry Farrin resigned on Friday. Supporters of Farrin marched on Monday.", "Farrin"),
    ("Police chief Henry Farrin resigned on Friday. Farrin and his lawyer left the court on Monday.", "Farrin"),
])
def test_the_surname_stays_a_person_beside_people(coder, text, surname):
    assert surname not in _names(coder, text)
