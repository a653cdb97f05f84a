"""Police as the doer (issues 12 and 16): agentless arrests, police words and ranks, police acts the lexicon names.

Sentences written for these tests, in normal and in lower case (as
lower-cased news archives print them).
"""

from __future__ import annotations

import pytest


def _events(coder, text, published="2024-03-01"):
    return coder.code(text, published=published)


def _one(events, trigger):
    found = [e for e in events if e.trigger.text == trigger]
    assert found, [(e.trigger.text, e.event_type) for e in events]
    return found[0]


# -- agentless arrests take the police the document names ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Police said the town was calm on Tuesday. Over 40 people were arrested after the clashes.",
    "police said the town was calm on tuesday. over 40 people were arrested after the clashes.",
    "Over 40 people were arrested after the clashes, police sources said.",
])
def test_an_agentless_arrest_takes_the_police_the_document_names(coder, text):
    ev = _one(_events(coder, text), "arrested")
    assert (ev.event_type, ev.mode) == ("COERCE", "arrest")
    assert ev.actor.sector == "COP" and ev.actor.how == "implied"
    assert ev.actor.span is None  # the sentence does not name them
    assert ev.actor.antecedent is not None and "police" in ev.actor.antecedent.text.lower()
    assert text[ev.actor.antecedent.start:ev.actor.antecedent.end] == ev.actor.antecedent.text


def test_the_police_named_after_the_arrest_are_its_agent_when_none_is_named_before(coder):
    text = "Twelve students were detained outside the university. The police commissioner defended the operation."
    ev = _one(_events(coder, text), "detained")
    assert ev.actor.sector == "COP" and ev.actor.how == "implied"
    assert ev.actor.antecedent.text.lower().endswith("police commissioner")


def test_a_reduced_relative_arrest_takes_the_police_too(coder):
    text = "Police patrolled the old city on Friday. The 51 people arrested for the riot were charged on Saturday."
    ev = _one(_events(coder, text), "arrested")
    assert ev.actor is not None and ev.actor.how == "implied" and ev.actor.sector == "COP"


@pytest.mark.parametrize("text", [
    "Over 40 people were arrested after the clashes in the city.",  # no police in the document
    "The governor said the army had sealed the town. Over 40 people were arrested after the clashes.",
])
def test_without_police_in_the_document_the_arrest_keeps_no_actor(coder, text):
    ev = _one(_events(coder, text), "arrested")
    assert ev.actor is None


@pytest.mark.parametrize("text, trigger", [
    ("Police said anyone who defies the order would be detained.", "detained"),
    ("Police were given orders to arrest anyone violating the curfew.", "arrest"),
    ("Police denied that any such arrest had been made.", "arrest"),
])
def test_an_arrest_that_did_not_take_place_gets_no_implied_police(coder, text, trigger):
    for ev in _events(coder, text):
        if ev.trigger.text == trigger:
            assert ev.actor is None or ev.actor.how != "implied"


def test_an_unresolved_by_phrase_that_names_the_police_gives_them(coder):
    text = "The two men were arrested by a team made up of personnel of the railway police."
    ev = _one(_events(coder, text), "arrested")
    assert ev.actor.sector == "COP" and ev.actor.how != "implied"
    assert "police" in ev.actor.span.text.lower()


def test_two_agentless_arrests_with_implied_police_stay_two_events(coder):
    text = ("Police said the situation was under control. Five activists were arrested near the station. "
            "Later a local leader was also arrested at his home.")
    arrests = [e for e in _events(coder, text) if e.mode == "arrest"]
    assert len(arrests) == 2
    assert all(e.actor is not None and e.actor.how == "implied" for e in arrests)


def test_a_passive_deployment_is_coded_with_the_force_it_moves(coder):
    ev = _one(_events(coder, "Security forces have been deployed in all sensitive areas of the city."), "deployed")
    assert ev.event_type == "MOBILIZE" and ev.actor.sector == "COP"
    assert ev.actor.span.text.lower() == "security forces"


# -- police words and ranks -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Cops rounded up thirty people near the market.", "rounded"),
    ("constables rounded up thirty people near the market.", "rounded"),
    ("A police team picked up three youths from the area.", "picked"),
    ("The Rapid Action Force detained twenty people on Sunday.", "detained"),
    ("the rapid action force detained twenty people on sunday.", "detained"),
])
def test_police_words_name_a_police_actor(coder, text, trigger):
    ev = _one(_events(coder, text), trigger)
    assert ev.actor is not None and ev.actor.sector == "COP"


def test_a_police_rank_as_a_title_types_the_person(coder):
    ev = _one(_events(coder, "Police Commissioner Arun Mehra banned all rallies in the city on Monday."), "banned")
    assert ev.actor.kind == "person" and ev.actor.sector == "COP"


def test_weapons_inspectors_are_not_police(kb):
    assert kb.role("weapons inspectors") is None or kb.role("weapons inspectors").sector != "COP"
    assert kb.role("sub-inspector").sector == "COP"
    assert kb.role("superintendent of police").sector == "COP"


# -- police acts the lexicon names -------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The police fired in the air to scatter the crowd.",
    "the police fired in the air to scatter the crowd.",
])
def test_firing_in_the_air_is_crowd_control(coder, text):
    ev = _one(_events(coder, text), "fired")
    assert (ev.event_type, ev.mode) == ("ASSAULT", "crowd-control") and ev.actor.sector == "COP"


def test_police_firing_without_an_object_is_an_assault_with_firearms(coder):
    ev = _one(_events(coder, "The police had to fire to control the mob."), "fire")
    assert (ev.event_type, ev.mode) == ("ASSAULT", "firearms") and ev.actor.sector == "COP"


def test_a_dismissed_officer_is_no_shooting(coder):
    assert not [e for e in _events(coder, "The officer was fired last week.") if e.event_type == "ASSAULT"]


def test_bursting_tear_gas_shells_is_crowd_control(coder):
    ev = _one(_events(coder, "Police burst tear gas shells to disperse the stone-throwing mob."), "burst")
    assert (ev.event_type, ev.mode) == ("ASSAULT", "crowd-control")


@pytest.mark.parametrize("text", [
    "Police have booked 15 persons under the Arms Act.",
    "police have booked 15 persons under the arms act.",
    "The police booked the shopkeeper for rioting.",
])
def test_booking_a_person_under_a_law_is_a_formal_charge(coder, text):
    ev = _one(_events(coder, text), "booked")
    assert (ev.event_type, ev.mode) == ("ACCUSE", "allege") and ev.actor.sector == "COP"


def test_booking_a_hall_is_no_charge(coder):
    assert not [e for e in _events(coder, "The party booked a hall for the meeting.") if e.event_type == "ACCUSE"]


@pytest.mark.parametrize("text", [
    "On Thursday the army held a flag march in the old city.",
    "the police took out a flag march in the walled city on thursday.",
])
def test_a_flag_march_is_a_show_of_force_not_a_protest(coder, text):
    evs = _events(coder, text)
    ev = _one(evs, "march")
    assert ev.event_type == "MOBILIZE" and ev.actor.sector in ("COP", "MIL")
    assert not [e for e in evs if e.event_type == "PROTEST"]


# -- a toll caused by a force's named act -------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Two people were killed in police firing at the market on Monday.", "killed"),
    ("two people were killed in police firing at the market on monday.", "killed"),
    ("125 persons have died in police firing.", "died"),
    ("One man was injured in the police firing, officials said.", "injured"),
])
def test_a_toll_in_police_firing_is_the_police_s_assault(coder, text, trigger):
    ev = _one(_events(coder, text), trigger)
    assert ev.event_type == "ASSAULT" and ev.actor.sector == "COP"
    assert ev.actor.span.text.lower() == "police"


def test_a_toll_in_firing_by_no_named_force_keeps_no_actor(coder):
    assaults = [e for e in _events(coder, "Two people were killed in the firing near the market.")
                if e.event_type == "ASSAULT"]
    assert assaults and all(e.actor is None for e in assaults)
