"""Kinds of empty actor and default sub-event type of session 13 (issues 12 and 16, benchmarks/empty_actors.py).

Kinds, each on sentences written for this file, with negatives where the
rule must not fire:

- attackers the report describes without naming them ("snipers", "masked
  men", "hooded men"): an unidentified armed group (UAF; ACLED inter 3,
  ACLED codebook 2023, Actors), but a named owner ("army snipers", "police
  snipers") is that force;
- shots or bullets as the subject of an act of violence: the shooters are the
  armed side of the clause the act hangs on ("Some of them seemed to have
  been trained snipers as some shots hit policemen"), no one else;
- a toll of "clashes" that names neither side nor arms ("Violent clashes
  claimed the lives of about 225 people"): no side, and no ACLED sub-event
  type (a battle or a riot cannot be told apart), where "fighting" or
  "armed clashes" stay an Armed clash;
- an agentless passive right after the sentence that tells the attack
  ("Gunmen stormed a church. At least 40 worshippers were killed."): the one
  armed attacker of that sentence; not a force that only moved in ("Troops
  moved into the square. Three protesters were shot dead"), not across a new
  place or report, not when two sides fought, not the attacker's own losses;
- a sentence whose subject is a country it describes ("Uganda was also
  tense."): the scene of the paragraph's unnamed forces.
"""

from __future__ import annotations

import pytest

from factories import coded_event


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


# -- unnamed attackers described, not named ---------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger, country", [
    ("Snipers shot dead three protesters in Almaty on Tuesday.", "shot", "KAZ"),
    ("Masked men abducted two activists in Minsk on Friday.", "abducted", "BLR"),
    ("Hooded men beat a journalist in Caracas on Sunday.", "beat", "VEN"),
    ("Masked assailants stabbed a trade unionist in Bogota.", "stabbed", "COL"),
    # forces described without an owner (session 14): as the other described attackers
    ("Unidentified forces abducted two activists in Almaty on Friday.", "abducted", "KAZ"),
    ("Hostile forces attacked a convoy near Bamako on Sunday.", "attacked", "MLI"),
    ("Unknown forces shot dead a pastor in Maiduguri.", "shot", "NGA"),
])
def test_described_attackers_are_an_unidentified_armed_group(coder, text, trigger, country):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and (a.country, a.sector, a.inter) == (country, "UAF", 3), a


@pytest.mark.parametrize("text, trigger, sector", [
    ("Police snipers killed two demonstrators in Khartoum on Monday.", "killed", "COP"),
    ("Army snipers shot dead three protesters in Almaty on Tuesday.", "shot", "MIL"),
])
def test_snipers_of_a_named_force_are_that_force(coder, text, trigger, sector):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and (a.sector, a.inter) == (sector, 1), a


def test_arrested_snipers_are_the_recipient_not_the_actor(coder):
    ev = coded_event(coder, "Police arrested two snipers in Almaty on Monday.", "arrested")
    assert ev.actor is not None and ev.actor.sector == "COP"
    assert ev.recipient is not None and ev.recipient.sector == "UAF"


# -- shots as the subject ---------------------------------------------------------------------------------------
def test_shots_are_fired_by_the_snipers_of_the_clause_they_hang_on(coder):
    ev = coded_event(coder, "The gangs were well organised in Almaty. Some of them seemed to have been trained "
                            "snipers as some shots hit policemen at longer distances.", "hit", published="2022-02-01")
    assert ev.actor is not None and ev.actor.sector == "UAF" and ev.actor.span.text == "snipers", ev.actor
    assert ev.recipient is not None and ev.recipient.sector == "COP"


@pytest.mark.parametrize("text", [
    "Protesters gathered in the square in Minsk as bullets hit the building.",  # no armed side in the clause
    "A stray bullet hit a boy in Lagos on Sunday.",  # a clause of its own
    "Police said that bullets hit two students in Nairobi.",  # a speaker is no shooter
])
def test_shots_with_no_armed_side_in_the_governing_clause_have_no_actor(coder, text):
    assert coded_event(coder, text, "hit").actor is None


# -- a toll of clashes that names no side ---------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Violent clashes claimed the lives of about 225 people in Kazakhstan.", "claimed"),
    ("Clashes left 12 people dead in Dhaka on Sunday.", "left"),
    ("Three people were killed in clashes in Bamako on Friday.", "killed"),
    ("Skirmishes killed two people in Juba on Monday.", "killed"),
])
def test_a_toll_of_clashes_that_names_no_side_settles_no_sub_event_type(coder, text, trigger):
    ev = coded_event(coder, text, trigger)
    assert ev.actor is None
    assert ev.sub_event_type is None


@pytest.mark.parametrize("text, trigger", [
    ("Armed clashes killed 14 people in Ituri on Monday.", "killed"),  # arms named
    ("Fighting in Khartoum killed 12 civilians on Sunday.", "killed"),  # 'fighting' is armed combat
    ("Three soldiers were killed in clashes with insurgents in Borno.", "clashes"),  # sides named
    ("Five people were killed in clashes between rival militias in Tripoli.", "clashes"),
])
def test_armed_or_two_sided_clashes_stay_an_armed_clash(coder, text, trigger):
    assert coded_event(coder, text, trigger).sub_event_type == "Armed clash"


# -- an agentless passive right after the attack that did it ---------------------------------------------------
@pytest.mark.parametrize("text, trigger, sector, antecedent", [
    ("Gunmen stormed a church in Ondo State on Sunday. At least 40 worshippers were killed.", "killed", "UAF",
     "Gunmen"),
    ("Soldiers opened fire on protesters in Mandalay on Saturday. Three people were shot dead.", "shot", "MIL",
     "Soldiers"),
    ("Police raided the opposition headquarters in Kampala. Two aides were beaten.", "beaten", "COP", "Police"),
])
def test_an_agentless_passive_takes_the_one_armed_attacker_of_the_sentence_before(coder, text, trigger, sector,
                                                                                   antecedent):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and a.sector == sector and a.how == "implied" and a.span is None, a
    assert a.antecedent is not None and a.antecedent.text == antecedent


@pytest.mark.parametrize("text, trigger", [
    ("Troops moved into the square in Yangon. Three protesters were shot dead.", "shot"),  # moving in is no attack
    ("Protesters marched in Bamako. Two of them were shot dead.", "shot"),  # no armed side
    ("Gunmen attacked a village in Borno. In Kaduna, three people were shot dead.", "shot"),  # another place
    ("Gunmen attacked a village in Borno. Separately, three people were shot dead.", "shot"),  # another report
    # two sides fought: either may have done it
    ("Some of the protesters at the police's precinct building fought with law enforcement officers, who fired "
     "tear gas and rubber bullets. Additionally, the precinct's windows were smashed.", "smashed"),
])
def test_no_attacker_is_taken_across_sentences_unless_one_armed_side_attacked(coder, text, trigger):
    assert coded_event(coder, text, trigger).actor is None


def test_the_attackers_own_losses_are_not_their_doing(coder):
    events = coder.code("Rebels attacked an army base in Borno on Monday. Five rebels were killed.",
                        published="2024-03-01")
    assert not [e for e in events if e.trigger.text == "killed" and e.actor is not None
                and e.actor.sector == "REB"]


# -- a paragraph whose first sentence describes another country -------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Kenyan protesters marched in Nairobi.\n\nUganda was also tense. Security forces fired tear gas at students "
     "in the capital.", "fired"),
    ("Kenyan protesters marched in Nairobi.\n\nUganda has seen protests too. The police arrested 20 students.",
     "arrested"),
    ("Kenyan protesters marched in Nairobi.\n\nUganda remained calm. Police detained two opposition leaders.",
     "detained"),
])
def test_a_country_the_paragraph_describes_is_the_scene_of_its_unnamed_forces(coder, text, trigger):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and (a.country, a.sector) in (("UGA", "COP"), ("UGA", "MIL"), ("UGA", "GOV")), a


@pytest.mark.parametrize("text", [
    # the country acts (its government condemns): no scene
    "Kenyan protesters marched in Nairobi.\n\nUganda condemned the violence. Police arrested 20 protesters.",
    # the sentence names two countries
    "Kenyan protesters marched in Nairobi.\n\nUganda was tense as Kenya deployed troops. Police arrested 20 protesters.",
    # the subject is a person of the country, not the country
    "Kenyan protesters marched in Nairobi.\n\nUganda's president was in Nairobi. Police arrested 20 protesters.",
])
def test_no_scene_from_a_country_that_acts_or_shares_its_sentence(coder, text):
    a = coded_event(coder, text, "arrested").actor
    assert a is not None and a.country == "KEN", a
