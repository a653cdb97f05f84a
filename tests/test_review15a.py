"""Kinds the review of session 15's actor changes (branch rev15a) found misfiring, on sentences written for this file.

- a toll stated as an agentless passive whose "when" / "as" clause tells the act that caused it is one incident
  with that act, whose doer is the clause's, whatever the two recipients ("teenagers" killed when troops shot at
  "a crowd"); but not when the clause's doer is the dead themselves ("when they attacked a base");
- one person named only as a member of the public (a woman, a teenager, a resident) who uses arms is no
  civilian (ACLED: civilians are unarmed) and no mob: the actor stays empty; crowds and protesters keep theirs,
  and a woman harmed or protesting is still a civilian; an explosive vest or belt is a suicide bomb;
- a verb of violence whose subject is a protest ("Protests spread, killing two policemen") takes no holder of the
  protest as its doer (the toll of a protest wave names none);
- the people the paragraph says protested hold no protest placed in another country;
- a year on an event noun that is the subject ("the 1984 riots killed thousands") still dates the event.
"""

from __future__ import annotations

import pytest

from factories import coded_event


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


# -- a toll and the act of its "when" clause --------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger, actor_sector, recipient, kind, figure", [
    # India's paramilitary troops are its Central Armed Police Forces (knowledge base "paramilitary force", COP)
    ("Three teenagers were killed in Anantnag on Monday when paramilitary troops shot at a crowd.",
     "killed", "COP", "IND youth", "killed", 3),
    ("Two farmers were wounded in Kisumu on Friday as police fired on a crowd.",
     "wounded", "COP", "KEN farmer", "injured", 2),
    ("Four women were killed in Goma on Sunday when soldiers fired at a funeral procession.",
     "killed", "MIL", "COD woman", "killed", 4),
])
def test_a_toll_takes_the_doer_of_its_when_clause(coder, text, trigger, actor_sector, recipient, kind, figure):
    ev = coded_event(coder, text, trigger)
    assert ev.actor is not None and ev.actor.sector == actor_sector, ev.actor
    assert ev.recipient is not None and ev.recipient.name == recipient, ev.recipient
    assert [c.best for c in ev.counts if c.kind == kind] == [figure], ev.counts
    assert ev.mode == "firearms"


@pytest.mark.parametrize("text", [
    "Five villagers were killed in Kaduna on Monday when they fled the fighting.",
])
def test_a_toll_takes_no_doer_from_a_clause_of_no_attacker(coder, text):
    ev = coded_event(coder, text, "killed")
    assert ev.actor is None, ev.actor


def test_a_toll_of_a_mishap_clause_is_no_event(coder):
    # since evloc19: a "when" clause of a mishap (profile mishap_verbs) makes the toll an accident (tests/test_mishap_tolls.py)
    text = "Two farmers were killed in Kisumu on Monday when their bus overturned."
    assert [e.trigger.text for e in coder.code(text, published="2024-03-01")] == []


# -- one armed member of the public ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("A woman detonated an explosive vest at a market in Maiduguri on Monday, killing 12 people.", "detonated"),
    ("A teenager opened fire at a school in Texas on Monday, killing three people.", "opened"),
    ("A resident opened fire on a police patrol in Kabul on Monday.", "opened"),
    ("A youth shot dead a shopkeeper in Kano on Monday.", "shot"),
])
def test_one_armed_member_of_the_public_is_no_civilian_actor(coder, text, trigger):
    ev = coded_event(coder, text, trigger)
    assert ev.actor is None or ev.actor.sector != "CVL", ev.actor
    assert ev.sub_event_type != "Mob violence"


def test_an_explosive_vest_is_a_suicide_bomb(coder):
    ev = coded_event(coder, "A woman detonated an explosive vest at a market in Maiduguri on Monday, killing 12 people.",
                     "detonated")
    assert ev.sub_event_type == "Suicide bomb"


@pytest.mark.parametrize("text, trigger, actor", [
    ("Protesters shot dead a policeman in Lagos on Monday.", "shot", "NGA protester"),
    ("A woman protested outside the parliament in Nairobi on Monday.", "protested", "KEN woman"),
    ("Dozens of youths hurled stones at police in Srinagar on Monday.", "hurled", "IND youth"),
])
def test_crowds_protesters_and_peaceful_members_of_the_public_keep_their_actor(coder, text, trigger, actor):
    ev = coded_event(coder, text, trigger)
    assert ev.actor is not None and (ev.actor.name, ev.actor.sector) == (actor, "CVL"), ev.actor


def test_a_woman_shot_by_soldiers_is_still_a_civilian_recipient(coder):
    ev = coded_event(coder, "A woman was shot dead by soldiers in Goma on Monday.", "shot")
    assert (ev.actor.sector, ev.recipient.name, ev.recipient.sector) == ("MIL", "COD woman", "CVL")


# -- violence with a protest as its subject --------------------------------------------------------------------
def test_violence_whose_subject_is_a_protest_takes_no_holder(coder):
    ev = coded_event(coder, "Thousands of students marched in Dhaka on Monday. Protests spread to Chittagong, "
                            "killing two policemen.", "killing")
    assert ev.actor is None, ev.actor


def test_a_demand_whose_subject_is_a_protest_still_takes_its_holder(coder):
    ev = coded_event(coder, "Thousands of teachers marched in Accra on Monday. The protests spread to Kumasi, "
                            "demanding higher pay.", "demanding")
    assert ev.actor is not None and ev.actor.name == "GHA teacher", ev.actor


# -- the crowd the paragraph says protested, in another country ----------------------------------------------
@pytest.mark.parametrize("text", [
    "Farmers marched in Delhi on Monday. In Lahore, protests against the blasphemy verdict continued.",
    "Thousands of people rallied in Nairobi on Friday. In Kampala, protests over fuel prices continued.",
])
def test_people_who_protested_hold_no_protest_in_another_country(coder, text):
    ev = coded_event(coder, text, "protests")
    assert ev.actor is None, ev.actor


def test_people_who_protested_hold_a_protest_in_their_country(coder):
    ev = coded_event(coder, "Thousands of people started protesting in Almaty on Monday. Protests spread to "
                            "Astana on Tuesday.", "Protests")
    assert ev.actor is not None and ev.actor.country == "KAZ", ev.actor


# -- a year on an event noun that is the subject ------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger, year", [
    ("The 1984 riots killed thousands of Sikhs in Delhi.", "killed", "1984"),
    ("The 2018 attack killed 20 soldiers in Borno.", "killed", "2018"),
])
def test_a_year_on_an_event_that_is_the_subject_dates_the_event(coder, text, trigger, year):
    ev = coded_event(coder, text, trigger)
    assert ev.date is not None and ev.date.value == year, ev.date


def test_a_year_on_people_as_the_object_still_does_not(coder):
    ev = coded_event(coder, "Police freed the 2019 detainees in Algiers on Friday.", "freed")
    assert ev.date is not None and ev.date.value == "2024-03-01", ev.date
