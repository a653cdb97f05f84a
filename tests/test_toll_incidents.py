"""A toll is its own incident when its own sentence places or dates it apart, and a cause is read from its phrase's head.

Two kinds, found by the lead on sentences of its own (session 7):

- a bare toll ("Two fans were killed in clashes in Cairo on Sunday") joined the last assault of
  the paragraph wherever its own sentence placed it, so a round-up of three killings in three
  countries became one event with three tolls (``events.merge.attach_toll``). It stays its own
  incident when the text proves the two countries differ (``events.merge.placed_apart``: a
  country's name, a national capital, or a town with its country named); a town resolved by its
  name alone proves nothing (splitting on any resolved region cost IndiaPoliceEvents KILL
  precision: Indian localities resolve to namesakes in other states);
- the causes that are no attack (``lang/en/triggers.json`` ``lists.no_attack_causes``) were
  looked for in the whole "in"/"by" phrase, so "killed in clashes ... near the river" and
  "killed in clashes after the match" coded nothing; only the phrase's head and the words that
  name it (compounds, modifiers, possessor) say what killed (``events.syntax.noun_phrase_words``).
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-06"
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _assaults(coder, text):
    return [e for e in coder.code(text, published=PUBLISHED) if e.event_type == "ASSAULT"]


def _killed(event):
    # a part whose whole repeats it ("killing 12 soldiers": the whole 12 and its side) is one figure
    return [c.best or c.low for c in event.counts if c.kind == "killed" and not (
        c.subgroup and any(w.subgroup is None and w.span.start == c.span.start for w in event.counts))]


def test_tolls_placed_in_other_countries_are_three_incidents(coder):
    text = ("Gunmen killed six villagers in Kaduna, Nigeria, on Monday.\n"
            "Two fans were killed in clashes in Cairo on Sunday.\n"
            "Three recruits were killed in an attack in Mogadishu on Friday.\n")
    events = _assaults(coder, text)
    assert [_killed(e) for e in events] == [[6], [2], [3]]
    assert [e.date.value for e in events] == ["2024-03-04", "2024-03-03", "2024-03-01"]
    assert [e.location.name for e in events[1:]] == ["Cairo", "Mogadishu"]


@pytest.mark.parametrize("text, tolls", [
    # a country's name in the toll's sentence, and a town with its country named
    ("Soldiers shot dead four farmers in Mali on Tuesday. In Burkina Faso, three herders were killed on "
     "Wednesday.", [[4], [3]]),
    ("Militants killed nine soldiers in Kabul on Monday. Five guards were killed in Peshawar, Pakistan, on "
     "Tuesday.", [[9], [5]]),
])
def test_a_toll_the_text_places_in_another_country_is_its_own_incident(coder, text, tolls):
    assert [_killed(e) for e in _assaults(coder, text)] == tolls


@pytest.mark.parametrize("text, toll", [
    # a town named alone proves no country: it may be a namesake (the toll joins the attack, as before)
    ("Gunmen killed six villagers in Kaduna, Nigeria, on Monday. Two guards were killed in Springfield.", [6, 2]),
    # the same country twice: one incident's toll, as before
    ("Gunmen killed six villagers in Kaduna, Nigeria, on Monday. Two more were killed in Abuja on Monday.",
     [6, 2]),
])
def test_a_toll_not_proved_elsewhere_still_joins_the_attack(coder, text, toll):
    events = _assaults(coder, text)
    assert len(events) == 1
    assert sorted(_killed(events[0])) == sorted(toll)


@pytest.mark.parametrize("text", [
    "Gunmen attacked a village in Zamfara state on Monday. Twelve people were killed.",
    "Gunmen attacked a village in Zamfara state on Monday. Twelve people were killed in the village.",
    "Gunmen attacked a village in Zamfara state on Monday. Twelve people were killed on Monday.",
    "Police opened fire on protesters in Lagos on Monday. Two of the wounded died in hospital on Wednesday.",
])
def test_a_toll_with_nothing_of_its_own_or_the_same_day_and_place_joins_the_attack(coder, text):
    events = _assaults(coder, text)
    assert len(events) == 1
    assert _killed(events[0]) == [2 if "wounded" in text else 12]


@pytest.mark.parametrize("text", [
    "Six fighters were killed in clashes with ISIS near the eastern bank of the Euphrates river on Monday.",
    "Two fans were killed in clashes after the match in Cairo on Sunday.",
    "Three recruits were killed in an attack on a training camp in Mogadishu on Friday.",
    "Four soldiers were wounded in an ambush by rebels near the river.",
])
def test_a_cause_deeper_in_the_phrase_is_no_cause(coder, text):
    assert len(_assaults(coder, text)) == 1


@pytest.mark.parametrize("text", [
    "Five people were killed in a gas cylinder explosion in Lahore on Friday.",
    "Four people were killed in a road accident in Lagos on Monday.",
    "Ten people were killed in floods and landslides in the north.",
    "He was injured in a fall at home.",
    "Twelve people were injured in the storm.",
])
def test_a_cause_named_by_the_phrase_s_head_or_its_modifiers_is_no_attack(coder, text):
    assert _assaults(coder, text) == []
