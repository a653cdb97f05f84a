"""Acts a news report states without a doer's verb, and acts no PLOVER type fits (issue 12, seed article kinds).

- Existential statements: "there were arrests in three cities", "there were reports of looting"
  (``existential`` rules on "be", ``events.clauses.existential_things``), and a group's members among
  "those arrested" after an existential "there" (``events.clauses.member_participle``); never "there was
  no arrest", "there will be arrests", "there were fears of arrests", a conditional or a figure of speech.
- Weapons stolen: "the theft of weapons from police stations", "stole rifles from a depot" (COERCE seize,
  CAMEO 1711 as "seized weapons"; ACLED Looting/property destruction outside a protest); not feared,
  prevented or denied, nor a stolen show.
- Peacekeepers taking control of or securing sites: CAMEO 074, provide military protection or
  peacekeeping (AID), not an occupation of territory.
- Dismissals from office: no PLOVER type; ``--debug`` gives the reason (``events.uncoded``).
- An act feared or expected ("the government fears the theft of weapons") is hypothetical.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

PUB = "2022-02-01"
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _coded(coder, text):
    return next(coder.code_documents([make_document(text, published=PUB)]))


@pytest.mark.parametrize("text,trigger,kind", [
    ("There were arrests in three cities on Monday.", "arrests", ("COERCE", "arrest")),
    ("There have been dozens of detentions since the rally in Almaty.", "detentions", ("COERCE", "arrest")),
    ("There was looting in the old town overnight.", "looting", ("ASSAULT", "destroy")),
    ("There were clashes between police and students in Dhaka on Friday.", "clashes", ("ASSAULT", None)),
    ("There were clashes with the police in the old town overnight.", "clashes", ("ASSAULT", None)),
    ("There was a riot outside the prison on Sunday.", "riot", ("PROTEST", "riot")),
    ("There were protests outside parliament on Sunday.", "protests", ("PROTEST", "demo")),
])
def test_an_existential_sentence_states_the_act(coder, text, trigger, kind):
    coded = _coded(coder, text)
    [ev] = [e for e in coded.events if e.trigger.text == trigger]
    assert (ev.event_type, ev.mode) == kind
    assert ev.attribution.certainty == "asserted"


@pytest.mark.parametrize("text,trigger,why", [
    ("There was no arrest in the town on Monday.", "arrest", "negated"),
    ("There were no clashes in the capital.", "clashes", "negated"),
    ("There were no reports of looting in the capital.", "looting", "negated"),
    ("There will be arrests if the rioters return.", "arrests", "future"),
    ("If there were clashes, the army would intervene.", "clashes", "condition"),
    ("There could be protests next week.", "protests", "modal"),
    ("The rioters did not steal any weapons.", "steal", "negated"),
    ("The guards were posted to prevent the theft of weapons.", "theft", "prevented"),
    ("The government fears the theft of weapons from its depots.", "theft", "feared"),
    ("The minister expects the arrest of the opposition leaders.", "arrest", "feared"),
])
def test_an_act_denied_feared_or_not_yet_is_abstained_on(coder, text, trigger, why):
    coded = _coded(coder, text)
    assert not [e for e in coded.events if e.trigger.text == trigger]
    [reason] = [a.reason for a in coded.abstentions if a.trigger.text == trigger]
    assert why in reason


@pytest.mark.parametrize("text", [
    "There were fears of arrests among the opposition.",
    "There are rumours of arrests in the north.",
    "There is a clash of cultures in the novel.",
    "There was a riot of colour in the garden.",
    "There was a verbal clash in parliament on Monday.",
    "There were clashes over the budget between the two parties.",
    "There was a clash in the senate on Tuesday.",
    "There was a clash with his colleagues about the new timetable.",
    "Arrests are a matter for the police.",
])
def test_no_act_in_a_fear_a_rumour_or_a_figure(coder, text):
    assert not _coded(coder, text).events


@pytest.mark.parametrize("text,trigger,patients", [
    ("There was a significant number of students among those detained.", "detained", "student"),
    ("There were several journalists among those arrested in Minsk.", "arrested", "journalist"),
])
def test_members_among_those_arrested_after_there_state_the_arrest(coder, text, trigger, patients):
    coded = _coded(coder, text)
    [ev] = [e for e in coded.events if e.trigger.text == trigger]
    assert (ev.event_type, ev.mode) == ("COERCE", "arrest")
    assert patients in ev.recipient.name.lower()


@pytest.mark.parametrize("text", [
    "There were no journalists among those arrested.",
    "There may have been foreigners among those arrested.",
    "There were many children among those killed.",
])
def test_no_members_or_no_arrest_among_those_arrested(coder, text):
    assert not [e for e in _coded(coder, text).events if e.event_type == "COERCE"]


@pytest.mark.parametrize("text,trigger,sub", [
    ("The theft of weapons from police stations alarmed the government on Monday.", "theft",
     "Looting/property destruction"),
    ("Gunmen stole rifles from an army depot in the north overnight.", "stole", "Looting/property destruction"),
    ("Protesters indulged in theft of weapons from the police during the demonstration.", "theft", None),
])
def test_weapons_stolen_are_seized(coder, text, trigger, sub):
    coded = _coded(coder, text)
    [ev] = [e for e in coded.events if e.trigger.text == trigger]
    assert (ev.event_type, ev.mode, ev.cameo) == ("COERCE", "seize", "1711")
    if sub is not None:
        assert ev.sub_event_type == sub


@pytest.mark.parametrize("text", ["Thieves stole the show at the festival.", "He stole a car on Monday.",
                                  "The theft of his bicycle upset the boy."])
def test_no_seizure_in_other_thefts(coder, text):
    assert not _coded(coder, text).events


@pytest.mark.parametrize("text,trigger", [
    ("The CSTO peacekeepers took control of a number of strategic sites in Almaty.", "took"),
    ("Russian peacekeepers secured the airport on Friday.", "secured"),
    ("The president ordered a curfew, with the peacekeepers taking control of strategic sites.", "taking"),
])
def test_peacekeepers_taking_control_of_sites_provide_protection(coder, text, trigger):
    [ev] = [e for e in _coded(coder, text).events if e.trigger.text == trigger]
    assert (ev.event_type, ev.cameo) == ("AID", "074")


@pytest.mark.parametrize("text", ["The peacekeepers did not take control of the airport.",
                                  "Peacekeepers secured a deal with the rebels."])
def test_no_protection_when_not_done_or_not_a_site(coder, text):
    assert not [e for e in _coded(coder, text).events if e.event_type == "AID"]


def test_rebels_taking_control_still_occupy(coder):
    [ev] = _coded(coder, "Rebels took control of the town on Friday.").events
    assert (ev.event_type, ev.mode, ev.cameo) == ("COERCE", "seize", "192")


@pytest.mark.parametrize("text,trigger", [
    ("Since then the president has fired Karim Massimov, the intelligence chief.", "fired"),
    ("The president sacked the governor on Monday.", "sacked"),
    ("The governor was dismissed on Tuesday.", "dismissed"),
])
def test_a_dismissal_is_no_event_and_debug_says_why(coder, text, trigger):
    coded = _coded(coder, text)
    assert not coded.events
    [reason] = [a.reason for a in coded.abstentions if a.trigger.text == trigger]
    assert "dismissal from office" in reason and "PLOVER 2021 has no type" in reason


@pytest.mark.parametrize("text", ["Police fired shots at the crowd.", "The court dismissed the claims.",
                                  "The rioters sacked the city on Monday."])
def test_no_dismissal_without_an_office_holder(coder, text):
    assert not [a for a in _coded(coder, text).abstentions if "dismissal" in a.reason]


def test_removal_from_a_post_stays_the_lexicons_concession(coder):
    coded = _coded(coder, "The prime minister removed the interior minister from his post on Monday.")
    [ev] = coded.events
    assert (ev.event_type, ev.cameo) == ("CONCEDE", "0831")
    assert not [a for a in coded.abstentions if "dismissal" in a.reason]


def test_a_removal_by_the_military_is_no_dismissal(coder):
    coded = _coded(coder, "After months of protests the military removed the president and set up a council.")
    assert not [a for a in coded.abstentions if "dismissal" in a.reason]


@pytest.mark.parametrize("text,trigger", [("Troops secured the airport on Friday.", "secured"),
                                          ("Soldiers secured the border crossings and the bridges overnight.", "secured")])
def test_a_place_secured_by_forces_is_no_event_and_debug_says_why(coder, text, trigger):
    coded = _coded(coder, text)
    assert not coded.events
    [reason] = [a.reason for a in coded.abstentions if a.trigger.text == trigger]
    assert "CAMEO 192" in reason and "only by peacekeepers" in reason


@pytest.mark.parametrize("text", ["The government secured a loan from the bank.",
                                  "The firm took control of the company in 2020.",
                                  "Russian peacekeepers secured the airport on Friday."])
def test_no_place_secured_reason_without_a_place_or_when_coded(coder, text):
    assert not [a for a in _coded(coder, text).abstentions if "place secured" in a.reason]


@pytest.mark.parametrize("text,trigger,doer", [
    ("Rioters engaged in theft of weapons from the police in the old town.", "theft", "rioter"),
    ("Some protesters arrived by bus and indulged in theft of weapons from the police.", "theft", "protester"),
])
def test_who_engages_in_an_act_does_it(coder, text, trigger, doer):
    [ev] = [e for e in _coded(coder, text).events if e.trigger.text == trigger]
    assert doer in ev.actor.name.lower()


def test_an_act_under_another_noun_is_not_the_engagers(coder):
    coded = _coded(coder, "The minister engaged in talks on the arrest of the activists.")
    assert all(e.actor is None for e in coded.events if e.trigger.text == "arrest")
