"""A toll whose cause is an event noun: a riot's deaths, a protest's or a period's toll, civilians killed in fighting.

"The riots in Dhaka killed three people" has no doer: its subject is the riot. The ACLED codebook (2023)
records the fatalities of a riot in the riot (Violent demonstration), civilians caught in a battle in the
battle (Armed clash), and a toll of protests or of a period of unrest names no doer, so no sub-event type
(never "Attack" by a doer nobody named). The cause's words are no side either: the market of "the attack
on the market" is not a civilian attacker. Sentences are our own.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _toll(coder, text):
    events = [e for e in coder.code(text, published="2024-06-10") if e.event_type == "ASSAULT"]
    assert len(events) == 1, [(e.trigger.text, e.sub_event_type) for e in events]
    return events[0]


@pytest.mark.parametrize("text", [
    "The riots in Dhaka on Sunday killed three people and injured dozens.",
    "Four people were killed in riots in Dhaka on Sunday.",
    "Two nights of rioting in Noumea left four people dead, officials said.",
    "Violent protests in Nairobi on Tuesday left two people dead.",
    "Three shopkeepers died during rioting in Kano on Friday.",
])
def test_a_riots_toll_is_a_violent_demonstration(coder, text):
    ev = _toll(coder, text)
    assert ev.sub_event_type == "Violent demonstration"
    assert ev.actor is None
    assert any(c.kind == "killed" for c in ev.counts)


@pytest.mark.parametrize("text", [
    "Protests in Lagos on Monday left three people dead.",
    "At least nine people died because of the protests in Conakry.",
    "The unrest in Almaty has killed 12 people since Sunday.",
    "Post-election violence in Nairobi has killed 20 people, police said.",
    "The turmoil in Port Moresby left eight people dead on Wednesday.",
])
def test_a_toll_of_protests_or_unrest_names_no_doer_and_no_sub_event(coder, text):
    ev = _toll(coder, text)
    assert ev.sub_event_type is None
    assert ev.actor is None


@pytest.mark.parametrize("text", [
    "Fighting in Khartoum killed 12 civilians on Sunday.",
    "Heavy fighting in El Fasher left 30 civilians dead on Tuesday.",
])
def test_civilians_killed_in_fighting_are_the_battles(coder, text):
    assert _toll(coder, text).sub_event_type == "Armed clash"


@pytest.mark.parametrize("text", [
    "The attack on the market in Maiduguri killed 12 civilians on Sunday.",
    "An attack on a village market in Zamfara killed 20 people on Friday.",
])
def test_an_attacks_words_are_no_side(coder, text):
    # the market or village named in the attack's phrase is no civilian attacker: not Mob violence
    assert _toll(coder, text).sub_event_type == "Attack"


@pytest.mark.parametrize("text, sub", [
    ("Gunmen killed 12 villagers in Zamfara on Sunday.", "Attack"),
    ("Soldiers killed three protesters in Khartoum on Sunday.", "Excessive force against protesters"),
    ("A mob killed two men accused of theft in Lagos on Monday.", "Mob violence"),
])
def test_a_named_doer_still_decides(coder, text, sub):
    assert _toll(coder, text).sub_event_type == sub


@pytest.mark.parametrize("text, sides", [
    ("Fighting between the army and the Rapid Support Forces in El Fasher killed dozens of civilians on Sunday.",
     ("SDN army", "Rapid Support Forces")),
    ("Clashes between Houthi forces and government troops near Marib killed five civilians on Monday.",
     ("Houthis", "YEM government forces")),
])
def test_an_act_coded_as_the_killings_subject_takes_its_toll(coder, text, sides):
    # one battle with its civilian fatalities, not a second assault with no doer (ACLED: crossfire is the battle's)
    ev = _toll(coder, text)
    assert {ev.actor.name, ev.recipient.name} == set(sides)
    assert ev.sub_event_type == "Armed clash"
    assert any(c.kind == "killed" for c in ev.counts)


def test_the_fight_of_an_attack_named_again_is_that_attack(coder):
    # "the exchange of fire" after the attack of its own sentence is the attack's fight: one event, both tolls
    ev = _toll(coder, "Gunmen attacked a police post in Kidal on Monday, killing one officer; two assailants died "
                      "in the exchange of fire.")
    assert ev.trigger.text == "attacked"
    assert any(c.kind == "killed" and c.best == 3 and c.subgroup is None for c in ev.counts)


@pytest.mark.parametrize("text", [
    "Police opened fire on traders in Kano on Monday, hours after the clash between police and traders at the market.",
    "Troops shelled the village on Monday, a week after the clash between the army and rebels near the river.",
])
def test_a_fight_told_as_an_earlier_scene_is_its_own_event(coder, text):
    # not the scene of a toll of the sentence ("after the clash"): the fight is its own event, not the assault's
    assert [e.trigger.text for e in coder.code(text, published="2024-06-10")][-1] == "clash"
