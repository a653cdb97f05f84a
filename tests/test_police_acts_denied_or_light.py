"""Police acts told as not done, and police raids and escorts told with a light verb or a wider force word.

Issue 12 (IndiaPoliceEvents): what a careful coder codes with PLOVER's types. Sentences are our own.

* An act in a "without" phrase did not happen ("dispersed the crowd without firing"; Quirk et al. 1985, 9.54),
  unless the clause it hangs on is denied too ("the day did not pass without violence").
* "No more arrests", "no further arrests": the parser hangs "no" on the degree adjective; it denies the noun.
  "No more than ten arrests" is a bound on a number, not a denial.
* "Neither shelling nor looting took place": the gerund subject the tagger reads as a clause is denied.
* "Did not beat, detain or torture": a middle verb the tagger read as a noun is still a member of the negated list.
* A raid told with a light verb by the police, "conducted a raid", "raids were carried out by the police":
  PLOVER COERCE seize, as the verb "raided" with a police subject; not a raid planned, denied or by militants.
* Escorts by "security forces" or "officers" (PLOVER MOBILIZE police), not by army officers or private guards.
* "Were accused by villagers of torturing": the act is alleged, on the accuser's word (PLOVER ACCUSE).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _events(coder, text):
    return coder.code(text, published="2024-05-08")


def _kinds(coder, text):
    return [(e.event_type, e.trigger.text) for e in _events(coder, text)]


@pytest.mark.parametrize("text,trigger", [
    ("Police dispersed the crowd without firing.", "firing"),
    ("Police dispersed the mob without resorting to a lathi-charge.", "lathi-charge"),
    ("Without any firing or lathi-charge, the constables cleared the road in Nalgonda.", "firing"),
    ("The troops withdrew from the square without firing a shot.", "firing"),
])
def test_an_act_done_without_is_not_coded(coder, text, trigger):
    assert trigger not in [t for _, t in _kinds(coder, text)]


def test_the_act_beside_a_without_phrase_stays(coder):
    kinds = _kinds(coder, "Police dispersed the crowd without firing.")
    assert ("ASSAULT", "dispersed") in kinds


@pytest.mark.parametrize("text,trigger", [
    ("Police fired without warning on the marchers in Ongole.", "fired"),
    ("Police arrested the union leaders without a warrant.", "arrested"),
])
def test_a_without_phrase_of_manner_leaves_the_act(coder, text, trigger):
    assert trigger in [t for _, t in _kinds(coder, text)]


@pytest.mark.parametrize("text", [
    "Police made no more arrests after the riot in Bidar.",
    "The police made no further arrests in the case on Monday.",
])
def test_no_more_arrests_denies_the_arrests(coder, text):
    assert [k for k in _kinds(coder, text) if k[0] == "COERCE"] == []


def test_no_more_than_a_number_of_arrests_states_them(coder):
    kinds = _kinds(coder, "Police made no more than ten arrests in the town on Monday.")
    assert ("COERCE", "arrests") in kinds


def test_neither_gerund_nor_noun_took_place(coder):
    assert _kinds(coder, "Neither shelling nor looting took place in the town.") == []


def test_a_middle_verb_read_as_a_noun_keeps_the_list_negation(coder):
    kinds = _kinds(coder, "Police did not beat, detain or torture the villagers.")
    assert kinds == []


@pytest.mark.parametrize("text,sector", [
    ("A raid was conducted by the police on the dormitory on Sunday.", "COP"),
    ("Police conducted a raid on the dormitory in Ranchi on Tuesday.", "COP"),
    ("Raids were carried out by the police in several villages.", "COP"),
    ("Police carried out raids on the houses of the accused.", "COP"),
])
def test_a_police_raid_told_with_a_light_verb(coder, text, sector):
    found = [e for e in _events(coder, text) if e.event_type == "COERCE"]
    assert len(found) == 1, _kinds(coder, text)
    assert found[0].mode == "seize"
    assert found[0].actor is not None and found[0].actor.sector == sector
    assert found[0].attribution.certainty == "asserted"


@pytest.mark.parametrize("text", [
    "Police will conduct raids if needed.",
    "No raids were conducted by the police.",
    "The company conducted a survey of the houses.",
])
def test_a_raid_planned_denied_or_none_is_not_coded(coder, text):
    assert [e for e in _events(coder, text) if e.event_type == "COERCE"] == []


def test_a_raid_by_militants_is_no_seizure(coder):
    found = _events(coder, "Militants carried out a raid on a police post.")
    assert [e for e in found if e.event_type == "COERCE"] == []


@pytest.mark.parametrize("text,actor", [
    ("Security forces escorted the pilgrims to the shrine.", "Security forces"),
    ("The buses were escorted by security forces to Aizawl.", "security forces"),
])
def test_an_escort_by_security_forces(coder, text, actor):
    found = [e for e in _events(coder, text) if e.event_type == "MOBILIZE"]
    assert len(found) == 1, _kinds(coder, text)
    assert found[0].mode == "police"
    assert found[0].actor is not None and found[0].actor.span.text == actor and found[0].actor.sector == "COP"


@pytest.mark.parametrize("text", [
    "Army officers escorted the visitors.",
    "Security guards escorted the manager out.",
    "Polling officers escorted the sealed boxes to the counting hall.",  # officers of any service are no police
    "The cash van was escorted by security guards to the bank.",  # private guards, passive
    "The auditors were escorted by army officers to the depot.",
])
def test_no_police_escort_by_army_officers_or_guards(coder, text):
    assert [e for e in _events(coder, text) if e.event_type == "MOBILIZE"] == []


@pytest.mark.parametrize("text", [
    "The police were accused by villagers of torturing two youths.",
    "The police were accused by the tenants of having beaten the women.",
])
def test_an_act_accused_of_by_an_agent_is_alleged(coder, text):
    found = [e for e in _events(coder, text) if e.event_type == "ASSAULT"]
    assert len(found) == 1
    assert found[0].attribution.certainty == "alleged"
    assert found[0].actor is not None and found[0].actor.sector == "COP"


def test_an_act_blamed_on_someone_by_an_agent_is_alleged(coder):
    found = [e for e in _events(coder, "The inspector was blamed by residents for the firing on the crowd.")
             if e.event_type == "ASSAULT"]
    assert len(found) == 1
    assert found[0].attribution.certainty == "alleged"
