"""Police seizures of arms, police rushing to a scene and police pickets posted (issue 12, IndiaPoliceEvents).

Sentences are our own.

* Arms seized or recovered (PLOVER COERCE seize, CAMEO 1711 "confiscate property"): bombs, pistols, revolvers,
  firearms and swords, as rifles and grenades already were; whoever seizes them.
* A police force rushing to a place (PLOVER MOBILIZE police: police units moved), not one rushing someone
  else there ("rushed the injured to hospital": no object allowed), nor fans rushing anywhere, nor a rush
  that is only planned.
* Police pickets posted (MOBILIZE police), with the force named in the noun phrase as the actor; strike
  pickets are no police.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _events(coder, text):
    return coder.code(text, published="2024-05-08")


@pytest.mark.parametrize("text,sector", [
    ("Police seized 20 country-made bombs in the operation.", "COP"),
    ("Police recovered two pistols and six swords from the house.", "COP"),
    ("Rebels seized revolvers from the armoury.", "REB"),
])
def test_arms_seized_or_recovered(coder, text, sector):
    found = [e for e in _events(coder, text) if e.event_type == "COERCE"]
    assert len(found) == 1
    assert found[0].mode == "seize"
    assert found[0].actor is not None and found[0].actor.sector == sector


@pytest.mark.parametrize("text,actor", [
    ("Police rushed to the spot and brought the situation under control.", "Police"),
    ("Policemen rushed to the village after the clash.", "Policemen"),
])
def test_police_rushing_to_a_place(coder, text, actor):
    found = [e for e in _events(coder, text) if e.event_type == "MOBILIZE"]
    assert len(found) == 1
    assert found[0].mode == "police"
    assert found[0].actor is not None and found[0].actor.span.text == actor and found[0].actor.sector == "COP"


@pytest.mark.parametrize("text", [
    "Police rushed the injured to the hospital.",
    "Police will rush to the spot if needed.",
    "Fans rushed to the stadium.",
])
def test_no_police_movement_when_rushing_others_planned_or_not_police(coder, text):
    assert [e for e in _events(coder, text) if e.event_type == "MOBILIZE"] == []


def test_police_pickets_posted_name_their_force(coder):
    found = [e for e in _events(coder, "Police pickets have been posted at all sensitive points in Kakinada.")
             if e.event_type == "MOBILIZE"]
    assert len(found) == 1
    assert found[0].mode == "police"
    assert found[0].actor is not None and found[0].actor.sector == "COP"


def test_strike_pickets_are_no_police(coder):
    assert [e for e in _events(coder, "Union pickets were posted at the factory gates.")
            if e.event_type == "MOBILIZE"] == []
