"""Police acts of india22 that must not be coded: ejections, custody escorts, stops of one person, raids on police.

Sentences are our own, written for these tests:

* an escort of people in custody is a custody transfer, no police posture (PLOVER manual: MOBILIZE is a
  show or movement of force; ACLED codes no routine custody); an escort *out* of a place is an ejection,
  not a guard;
* a stop of one person with no "from" phrase is a traffic or street check, as the active rule
  ("stopped him from ...") already requires the phrase; a stop of a march, crowd or group on the move stays;
* a raid *on* the police or a police post is an attack on them, not a police raid (the raid noun names a
  police word only as its target);
* a search of a house for a missing person is no coercion;
* an administration or authority deploying teams or personnel is no force deployment; a force
  deploying columns stays.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _types(coder, text, trigger):
    return [(e.event_type, e.mode) for e in coder.code(text, published="2024-05-08") if e.trigger.text == trigger]


@pytest.mark.parametrize("text", [
    "Police escorted the accused to the sessions court in Bhagalpur on Tuesday.",
    "The three suspects were escorted by policemen to the magistrate in Ranchi.",
    "Constables escorted the undertrials back to the district jail.",
])
def test_a_custody_escort_is_no_mobilisation(coder, text):
    assert _types(coder, text, "escorted") == []


@pytest.mark.parametrize("text", [
    "The protesting councillors were escorted out of the hall by police in Dhanbad.",
    "Kenyan police escorted the opposition leader out of the rally in Kisumu.",
    "Police escorted the heckler away from the podium.",
    "The marshals and police escorted him off the stage.",
])
def test_an_escort_out_of_a_place_is_no_mobilisation(coder, text):
    assert _types(coder, text, "escorted") == []


def test_an_escort_to_safety_stays(coder):
    assert _types(coder, "Police escorted the stranded tourists to safety in Shillong.", "escorted") == [("MOBILIZE", "police")]


@pytest.mark.parametrize("text", [
    "He was stopped by police and questioned about the theft.",
    "A man was stopped by the police near the toll plaza in Hisar.",
])
def test_a_stop_of_one_person_with_no_from_is_no_restriction(coder, text):
    assert _types(coder, text, "stopped") == []


@pytest.mark.parametrize("text", [
    "He was stopped by police from entering the venue in Hisar.",
    "The marchers were stopped by police at the district border.",
])
def test_a_stop_from_a_goal_or_of_a_march_stays(coder, text):
    assert _types(coder, text, "stopped") == [("COERCE", "restrict")]


@pytest.mark.parametrize("text,trigger", [
    ("The raid on the police station by militants killed four officers.", "raid"),
    ("Gunmen carried out a raid on a police post in Sokoto.", "raid"),
])
def test_a_raid_on_the_police_is_no_police_raid(coder, text, trigger):
    assert ("COERCE", "seize") not in _types(coder, text, trigger)


def test_a_police_raid_on_a_hideout_stays(coder):
    assert _types(coder, "The police raid on a hideout in Anantnag yielded rifles.", "raid") == [("COERCE", "seize")]


def test_a_search_for_a_missing_child_is_no_coercion(coder):
    assert _types(coder, "Police searched the house for the missing girl.", "searched") == []


@pytest.mark.parametrize("text", [
    "The administration deployed teams to assess the crop damage.",
    "The authorities deployed personnel to clean the drains in Tiruppur.",
    "Police deployed teams to trace the missing child.",
])
def test_civil_teams_deployed_are_no_mobilisation(coder, text):
    assert _types(coder, text, "deployed") == []


@pytest.mark.parametrize("text", [
    "The company was prevented by the authorities from dumping waste in the river.",
    "The villagers were prevented by the administration from selling their land.",
    "The bill was prevented by the army from passing.",
])
def test_a_passive_prevention_of_no_movement_is_no_restriction(coder, text):
    assert _types(coder, text, "prevented") == []


def test_a_passive_prevention_of_a_journey_stays(coder):
    assert _types(coder, "The farmers were prevented by the police from proceeding to Bhopal.", "prevented") == [("COERCE", "restrict")]


def test_a_phrase_after_the_object_is_no_particle(coder):
    """The after-object particle veto reads a bare particle, not a phrase with its own noun ("through channels")."""
    text = "The envoys pressed the government through diplomatic channels to release the prisoners."
    assert _types(coder, text, "pressed") == [("REQUEST", "yield")]
