"""Two units named by one role noun are two actors: their like acts are never one restatement.

A role noun resolves to one name for every unit it may stand for: "the Kothrud police" and "the
Hadapsar police" are both India's police. ``events.merge.merge_restatements`` took two arrests by
them for one arrest stated twice, and a city's daily police round-up (one station, then another)
became one record. When each phrase has a name or a number the other lacks, the text names two
units (``events.units.units_differ``); a phrase all of whose words the other has ("the police" then
"the riot police"), or that differs from it only by ordinary words or a country's name ("the local
police" then "the Kisumu police", "Nigerian police" then "Lagos police"), may still restate.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dotterel.events.units import units_differ
from dotterel.ingest import make_document
from dotterel.records import Actor, Span

PUB = "2024-05-07"
DETERMINERS = ("the", "a", "an")
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _coded(coder, text):
    return next(coder.code_documents([make_document(text, published=PUB)]))


def _role(words: str, how: str = "role") -> Actor:
    return Actor(span=Span(start=0, end=len(words), text=words), name="India police", country="IND",
                 sector="COP", how=how)


@pytest.mark.parametrize("first,other,differ", [
    ("the Kothrud police", "the Hadapsar police", True),
    ("Kothrud police", "the Yerwada police", True),
    ("the police", "the Kothrud police", False),
    ("the Kothrud police", "The police", False),
    ("the police", "the riot police", False),
    ("the Kothrud police", "the Kothrud police", False),
])
def test_words_tell_units_apart(first, other, differ):
    assert units_differ(_role(first), _role(other), DETERMINERS) is differ


def test_only_role_noun_actors_are_told_apart_by_words():
    named = Actor(span=Span(start=0, end=12, text="Delhi Police"), name="India police", how="kb_org")
    assert not units_differ(named, _role("the Kothrud police"), DETERMINERS)
    assert not units_differ(None, _role("the Kothrud police"), DETERMINERS)
    implied = Actor(span=None, name="India police", how="role")
    assert not units_differ(implied, _role("the Kothrud police"), DETERMINERS)


@pytest.mark.parametrize("text,units", [
    ("The Kothrud police arrested two persons for selling illicit liquor on Monday. In another case, the Hadapsar "
     "police arrested three persons for gambling.", {"kothrud police", "hadapsar police"}),
    ("The Kothrud police arrested two persons for selling illicit liquor on Monday. In another case, the Hadapsar "
     "police arrested three persons for gambling. The Yerwada police also arrested a man for theft.",
     {"kothrud police", "hadapsar police", "yerwada police"}),
])
def test_arrests_by_two_stations_are_two_events(coder, text, units):
    coded = _coded(coder, text)
    arrests = [e for e in coded.events if (e.event_type, e.mode) == ("COERCE", "arrest")]
    assert len(arrests) == len(units)
    assert {e.actor.span.text.lower().removeprefix("the ") for e in arrests} == units
    assert not any(e.restatements for e in arrests)


def test_the_same_unit_named_again_still_restates(coder):
    coded = _coded(coder, "The Kothrud police arrested two protesters in Pune on Monday. The police arrested "
                          "the protesters near the bus stand.")
    [arrest] = [e for e in coded.events if (e.event_type, e.mode) == ("COERCE", "arrest")]
    assert arrest.actor.span.text == "Kothrud police"
    assert [t.text for t in arrest.restatements] == ["arrested"]


_ORDINARY = {"local", "armed", "paramilitary", "district", "city", "police", "brigade", "riot", "anti", "nigerian", "west",
             "division"}


def _ordinary(word: str) -> bool:
    return word in _ORDINARY


@pytest.mark.parametrize("first,other,kwargs,differ", [
    # a word naming no unit (an ordinary word of the language) against a unit's name: one force named twice
    ("the local police", "the Kisumu police", {}, False),
    ("Local police", "the Kisumu police", {}, False),
    ("the paramilitary police", "the Kisumu police", {}, False),
    ("the anti-riot police", "the Kisumu police", {}, False),
    # in a sentence written with capitals a word in lower case is no name
    ("the plainclothes police", "the Kisumu police", {"cased": (True, True)}, False),
    # a country's demonym names the whole force, of which a city's police is a part
    ("Nigerian police", "Lagos police", {"names_country": lambda w: w.lower() == "nigerian"}, False),
    # names and numbers tell units apart, at the sentence's start and in lower-cased text alike
    ("Kothrud police", "Hadapsar police", {"cased": (True, True)}, True),
    ("the kothrud police", "the hadapsar police", {}, True),
    ("the Kano district police", "the Kaduna district police", {"cased": (True, True)}, True),
    ("the 5th brigade", "the 7th brigade", {"cased": (True, True)}, True),
    # a capital inside the phrase names a unit even of ordinary words, where the sentence has capitals
    ("the West Division police", "the Kothrud police", {"cased": (True, True)}, True),
    ("the west division police", "the kothrud police", {}, False),
    ("Local police", "the Kisumu police", {"cased": (True, True)}, False),
])
def test_only_names_of_units_tell_them_apart(first, other, kwargs, differ):
    assert units_differ(_role(first), _role(other), DETERMINERS, ordinary=_ordinary, **kwargs) is differ


@pytest.mark.parametrize("text,actor", [
    ("The local police arrested 8 protesters in Kisumu on Sunday. The Kisumu police arrested them near the market.",
     "local police"),
    ("Nigerian police arrested 40 protesters in Lagos on Monday. Lagos police arrested the protesters at the "
     "toll gate.", "Nigerian police"),
])
def test_a_force_named_again_by_its_place_still_restates(coder, text, actor):
    coded = _coded(coder, text)
    [arrest] = [e for e in coded.events if (e.event_type, e.mode) == ("COERCE", "arrest")]
    assert arrest.actor.span.text == actor
    assert [t.text for t in arrest.restatements] == ["arrested"]


@pytest.mark.parametrize("text,units", [
    ("the kothrud police arrested two persons for selling illicit liquor on monday. in another case, the hadapsar police "
     "arrested three persons for gambling.", ["kothrud police", "hadapsar police"]),
    ("Kothrud police arrested two persons for gambling on Monday. Hadapsar police arrested three persons for gambling.",
     ["Kothrud police", "Hadapsar police"]),
])
def test_stations_named_in_lower_case_or_first_in_the_sentence_are_two(coder, text, units):
    arrests = [e for e in _coded(coder, text).events if (e.event_type, e.mode) == ("COERCE", "arrest")]
    assert [e.actor.span.text for e in arrests] == units
