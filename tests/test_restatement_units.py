"""Two units named by one role noun are two actors: their like acts are never one restatement.

A role noun resolves to one name for every unit it may stand for: "the Abids police" and "the
Amberpet police" are both India's police. ``events.merge.merge_restatements`` took two arrests by
them for one arrest stated twice, and a city's daily police round-up (one station, then another)
became one record. When each phrase has a word the other lacks, the text names two units
(``events.merge.units_differ``); a phrase all of whose words the other has ("the police" then
"the riot police") may still restate. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dotterel.events.merge import units_differ
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
    ("the Abids police", "the Amberpet police", True),
    ("Abids police", "the Saidabad police", True),
    ("the police", "the Abids police", False),
    ("the Abids police", "The police", False),
    ("the police", "the riot police", False),
    ("the Abids police", "the Abids police", False),
])
def test_words_tell_units_apart(first, other, differ):
    assert units_differ(_role(first), _role(other), DETERMINERS) is differ


def test_only_role_noun_actors_are_told_apart_by_words():
    named = Actor(span=Span(start=0, end=12, text="Delhi Police"), name="India police", how="kb_org")
    assert not units_differ(named, _role("the Abids police"), DETERMINERS)
    assert not units_differ(None, _role("the Abids police"), DETERMINERS)
    implied = Actor(span=None, name="India police", how="role")
    assert not units_differ(implied, _role("the Abids police"), DETERMINERS)


@pytest.mark.parametrize("text,units", [
    ("The Abids police arrested two persons for selling ganja on Monday. In another case, the Amberpet "
     "police arrested three persons for gambling.", {"abids police", "amberpet police"}),
    ("The Abids police arrested two persons for selling ganja on Monday. In another case, the Amberpet "
     "police arrested three persons for gambling. The Saidabad police also arrested a man for theft.",
     {"abids police", "amberpet police", "saidabad police"}),
])
def test_arrests_by_two_stations_are_two_events(coder, text, units):
    coded = _coded(coder, text)
    arrests = [e for e in coded.events if (e.event_type, e.mode) == ("COERCE", "arrest")]
    assert len(arrests) == len(units)
    assert {e.actor.span.text.lower().removeprefix("the ") for e in arrests} == units
    assert not any(e.restatements for e in arrests)


def test_the_same_unit_named_again_still_restates(coder):
    coded = _coded(coder, "The Abids police arrested two protesters in Hyderabad on Monday. The police arrested "
                          "the protesters near the bus stand.")
    [arrest] = [e for e in coded.events if (e.event_type, e.mode) == ("COERCE", "arrest")]
    assert arrest.actor.span.text == "Abids police"
    assert [t.text for t in arrest.restatements] == ["arrested"]
