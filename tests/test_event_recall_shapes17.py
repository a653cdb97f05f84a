"""Events the event-location dev set showed lost, by kind of sentence (issue 12; the sentences are our own).

* An armed group the knowledge base lists as the doer of a patrol ("Hezbollah patrolled the streets", ``@ARMED``),
  as it is of a strike. A team's "patrol" of a pitch stays no event. (A state as the doer, "Israel patrols the
  strip", was tried and left out: the event's place then fell on a country of the subject, "The United States
  and Britain patrolled the skies over Iraq" placed in the United Kingdom, and location precision fell.)
* A march along a street the parser made an object ("marched up Fifth Avenue"), and an object the parser
  hung on a particle ("burned down the house of X").
* An armed force entering a place whose name the small model's NER types as a person ("entered Tal Bizam",
  ``@ANYNAME`` in ``lang/en/triggers.json``): one cannot enter a person, so the type is distrusted for the
  verb "enter" only; "captured Hassan" still reads a person.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-10"


def _on(events, word):
    return [(e.event_type, e.mode) for e in events if e.trigger.text == word]


@pytest.mark.parametrize("text, word", [
    ("Hezbollah patrolled the streets of Dahiyeh on Friday.", "patrolled"),
    ("The Taliban patrolled the main bazaar of Kandahar on Monday.", "patrolled"),
])
def test_an_armed_group_patrols(coder, text, word):
    assert _on(coder.code(text, published=PUBLISHED), word) == [("MOBILIZE", "troops")]


@pytest.mark.parametrize("text, word", [
    ("Brazil patrolled the midfield in the second half.", "patrolled"),
    ("France patrolled the touchline nervously.", "patrolled"),
    ("Germany will patrol the Baltic sky for three months.", "patrol"),  # future: no event
])
def test_a_team_or_a_plan_is_no_patrol(coder, text, word):
    assert _on(coder.code(text, published=PUBLISHED), word) == []


@pytest.mark.parametrize("text", [
    "The Syrian Army entered Tal Bizam on Friday.",
    "Rebel fighters entered Jisr al-Shughur on Saturday.",
])
def test_an_armed_force_enters_a_place_the_recogniser_calls_a_person(coder, text):
    assert _on(coder.code(text, published=PUBLISHED), "entered") == [("MOBILIZE", None)]


@pytest.mark.parametrize("text, word", [
    ("The soldiers entered Smith's house.", "entered"),  # a house: no territory
    ("Rebels entered the Ramadan month with a ceasefire.", "entered"),
    ("Rebel fighters captured Hassan on Monday.", "captured"),  # a person taken, no ground
    ("Soldiers entered Christmas Day on alert.", "entered"),  # a day: the untyped "Day" of a date name
])
def test_no_ground_entered(coder, text, word):
    kinds = _on(coder.code(text, published=PUBLISHED), word)
    assert ("MOBILIZE", None) not in kinds and ("COERCE", "seize") not in kinds


@pytest.mark.parametrize("text, kinds", [
    ("Most of the demonstrators marched up Fifth Avenue past the consulate.", [("PROTEST", "demo")]),
    ("Protesters marched down the main avenue of Minsk on Sunday.", [("PROTEST", "demo")]),
    ("The band marched up the hill in the parade.", []),  # a parade: no protest
    ("The runners marched up a hill in bright yellow shirts.", []),
    ("Police marched up the suspects to the van.", []),  # people led: a transitive march, no route
])
def test_a_march_along_a_street_the_parser_made_an_object(coder, text, kinds):
    # "up"/"down" read as particles, the street as a direct object: the route (profile route_prepositions)
    assert _on(coder.code(text, published=PUBLISHED), "marched") == kinds


def test_an_object_the_parser_hung_on_the_particle(coder):
    # "burned down the house of X": the house read as the object of "down" as a preposition
    text = "Last year, a far-right extremist burned down the house of an opposition lawmaker in Osaka."
    assert _on(coder.code(text, published=PUBLISHED), "burned") == [("ASSAULT", "destroy")]


@pytest.mark.parametrize("text", [
    "The firefighters burned off the dry grass near the highway.",
    "The old mill burned down in 1987.",
])
def test_no_arson(coder, text):
    assert _on(coder.code(text, published=PUBLISHED), "burned") == []
