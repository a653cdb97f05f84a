"""Followers of two parties who fight each other unarmed riot (ACLED Codebook 2023, Riots: Mob violence).

Session 24: once "Congress workers" resolved to the Indian National Congress (actor24), "Congress workers
clashed with BJP workers" lost main's Mob violence (the crowd rule read only civilians). Sentences are our own.
"""
import pytest

from dotterel.coder import Coder


@pytest.fixture(scope="module")
def coder():
    return Coder()


def _clash(coder, text):
    return next(e for e in coder.code(text, published="2024-05-08") if e.trigger.text == "clashed")


@pytest.mark.parametrize("text", [
    "INDORE: Congress workers clashed with BJP workers in Indore on Sunday, leaving five injured.",
    "Congress workers clashed with BJP workers in Gwalior on Sunday.",
])
def test_followers_of_two_parties_are_mob_violence(coder, text):
    ev = _clash(coder, text)
    assert (ev.actor.name, ev.recipient.name) == ("Indian National Congress", "Bharatiya Janata Party")
    assert ev.sub_event_type == "Mob violence"


def test_a_firefight_is_no_riot(coder):
    ev = _clash(coder, "Congress workers clashed with BJP workers and exchanged gunfire in Indore on Sunday.")
    assert ev.sub_event_type != "Mob violence"


def test_armed_sides_stay_a_battle(coder):
    assert _clash(coder, "Soldiers clashed with rebels near Beni on Sunday.").sub_event_type == "Armed clash"


# -- a protest noun's light verb carries its grievance ("held a dharna ... in protest against the killing") --------
def test_grievance_on_the_light_verb_is_no_intervention(coder):
    events = coder.code("Lawyers in Patna held a dharna on Monday in protest against the killing of an advocate in "
                        "Muzaffarpur.", published="2024-03-10")
    dharna = next(e for e in events if e.trigger.text == "dharna")
    assert dharna.sub_event_type == "Peaceful protest"
    killing = next(e for e in events if e.trigger.text == "killing")
    assert killing.sub_event_type != "Excessive force against protesters"


def test_a_real_intervention_after_a_dharna_stays(coder):
    events = coder.code("Farmers held a dharna in Ludhiana on Monday and police detained 20 of them.",
                        published="2024-03-10")
    assert next(e for e in events if e.trigger.text == "dharna").sub_event_type == "Protest with intervention"
@pytest.mark.parametrize("text", [
    "TMC workers clashed with BJP workers in Kolkata on Monday, firing shots.",
    "Congress workers clashed with BJP workers in Indore on Sunday and opened fire on each other.",
])
def test_shots_of_the_sentence_are_no_crowd_fight(coder, text):
    # review rev24x: the shots are another event of the sentence (mode firearms), not the clash's own words
    assert _clash(coder, text).sub_event_type != "Mob violence"
