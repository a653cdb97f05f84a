"""Police deployments, escorts, stops and raids that had no rule (issue 12, IndiaPoliceEvents ANY_ACTION recall).

Sentences are our own, written for these tests:

* no deployment told only as a noun is coded: in such reports it is often called for, awaited or judged
  ("the union called for deployment of police in the mill area"), and a software deployment is none;
* a force that deploys columns or companies it names only as its subject ("the army deployed 14 columns");
* a police escort (PLOVER MOBILIZE police: police units moved to guard a group), not a person escorting another;
* a movement stopped by a named force in the passive, "were stopped by the police", "were prevented by the
  police from proceeding" (PLOVER COERCE restrict: restricts movement), not a project stopped by a court;
* a raid told as a noun with the police in it, "the police raids on the offices" (PLOVER COERCE seize), not
  "raids by looters";
* a police search of premises, "police searched the houses of ...", "were searched by the police"
  (PLOVER COERCE), not a search for keys or for survivors, nor one planned.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _events(coder, text):
    return coder.code(text, published="2024-05-08")


def _one(coder, text, trigger):
    found = [e for e in _events(coder, text) if e.trigger.text == trigger]
    assert len(found) == 1, [(e.event_type, e.trigger.text) for e in _events(coder, text)]
    return found[0]


@pytest.mark.parametrize("text", [
    "The deployment of software updates was delayed in Aizawl.",
    "The deployment of two new trains on the route was welcomed in Agartala.",
    "The union called for deployment of police in the mill area of Haldia.",
])
def test_a_deployment_of_no_force_is_no_mobilisation(coder, text):
    assert [e for e in _events(coder, text) if e.event_type == "MOBILIZE"] == []


@pytest.mark.parametrize("text,sector", [
    ("The army deployed 12 columns across the riot-hit district on Sunday.", "MIL"),
    ("The police deployed three companies in Kollam on Monday.", "COP"),
])
def test_a_force_named_as_subject_deploys_its_columns(coder, text, sector):
    ev = _one(coder, text, "deployed")
    assert ev.event_type == "MOBILIZE"
    assert ev.actor is not None and ev.actor.sector == sector


def test_a_firm_deploying_teams_is_no_mobilisation(coder):
    assert [e for e in _events(coder, "The firm deployed new teams to handle the launch in Imphal.")
            if e.event_type == "MOBILIZE"] == []


@pytest.mark.parametrize("text", [
    "Police escorted the yatris to the cave shrine near Tawang on Sunday.",
    "The relief lorries were escorted by the police to Tezpur on Thursday.",
    "Armed constables escorted the buses through the tense locality.",
])
def test_a_police_escort_is_a_police_mobilisation(coder, text):
    ev = _one(coder, text, next(w for w in ("escorted",) if w in text))
    assert (ev.event_type, ev.mode) == ("MOBILIZE", "police")
    assert ev.actor is not None and ev.actor.sector == "COP"


def test_a_person_escorting_another_is_no_mobilisation(coder):
    assert [e for e in _events(coder, "She escorted her aunt to the clinic in Vapi.")
            if e.event_type == "MOBILIZE"] == []


@pytest.mark.parametrize("text,trigger", [
    ("The marchers were stopped by the police at the edge of Sirohi on Monday.", "stopped"),
    ("The farmers were prevented by the police from proceeding to the capital on Monday.", "prevented"),
    ("Two hundred students were stopped by policemen near the collectorate.", "stopped"),
])
def test_a_movement_stopped_by_the_police_is_a_restriction(coder, text, trigger):
    ev = _one(coder, text, trigger)
    assert (ev.event_type, ev.mode) == ("COERCE", "restrict")
    assert ev.actor is not None and ev.actor.sector == "COP"


@pytest.mark.parametrize("text", [
    "The pupils were stopped by their teachers at the gate.",
    "The bridge project was stopped by the court last year.",
])
def test_a_stop_by_no_force_or_of_no_people_is_no_restriction(coder, text):
    assert [e for e in _events(coder, text) if e.event_type == "COERCE"] == []


@pytest.mark.parametrize("text", [
    "The police raids on the union offices angered the opposition in Thrissur.",
    "Police raids in Kohima led to the seizure of swords on Wednesday.",
])
def test_a_police_raid_told_as_a_noun_is_coded(coder, text):
    ev = _one(coder, text, "raids")
    assert (ev.event_type, ev.mode) == ("COERCE", "seize")
    assert ev.actor is not None and ev.actor.sector == "COP"


def test_raids_by_looters_are_no_police_raid(coder):
    assert [e for e in _events(coder, "The raids on the shops by looters went on all night in Dibrugarh.")
            if e.event_type == "COERCE"] == []


@pytest.mark.parametrize("text", [
    "Police searched the houses of the absconding men in Dimapur on Tuesday.",
    "The homes of the two suspects were searched by the police in Sojitra on Monday.",
    "Policemen searched the hostel rooms in Mandya after the clash.",
])
def test_a_police_search_of_premises_is_coerce(coder, text):
    ev = _one(coder, text, "searched")
    assert ev.event_type == "COERCE"
    assert ev.actor is not None and ev.actor.sector == "COP"


@pytest.mark.parametrize("text", [
    "She searched the house in Navsari for her keys.",
    "Police searched the collapsed houses in Shillong for survivors.",
    "Police will search the houses of the suspects in Umreth tomorrow.",
])
def test_a_search_by_no_force_for_survivors_or_planned_is_no_coerce(coder, text):
    assert [e for e in _events(coder, text) if e.event_type == "COERCE"] == []
