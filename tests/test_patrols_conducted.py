"""Patrols and flag marches a force conducts are mobilisations (issue 12: find every event, police MOBILIZE).

PLOVER MOBILIZE covers "military or police moves short of using force", the
deployments and patrols of one side (PLOVER manual 2021, MOBILIZE). A patrol
may be told as a noun after a light verb ("conducted joint patrols", "carried
out patrols", "continued extensive patrolling") and a flag march as "conducted
a flag march"; the verb alone ("patrolled") was coded already. Only a force
(police, troops, peacekeepers, armed groups) conducts a mobilisation:
residents' or volunteers' patrols, and other things conducted, are no event;
a patrol still to come is no event either. Sentences written for these tests,
in normal and in lower case (as lower-cased news archives print them).
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-01"
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _mobilisations(coder, text):
    return [e for e in coder.code(text, published=PUBLISHED) if e.event_type == "MOBILIZE"]


@pytest.mark.parametrize("text, trigger, sector", [
    ("police and army conducted joint patrols in the walled city on monday.", "patrols", "COP"),
    ("Police launched patrols on the highway after the robbery.", "patrols", "COP"),
    ("Peacekeepers carried out patrols along the border on Tuesday.", "patrols", "MIL"),
    ("the policemen continued extensive patrolling in the sensitive areas of the town.", "patrolling", "COP"),
    ("the army conducted a flag march in the riot-hit areas on sunday.", "march", "MIL"),
])
def test_a_patrol_or_flag_march_a_force_conducts_is_a_mobilisation(coder, text, trigger, sector):
    found = [e for e in _mobilisations(coder, text) if e.trigger.text == trigger]
    assert [(e.actor.sector if e.actor else None, e.attribution.certainty) for e in found] == [(sector, "asserted")]


@pytest.mark.parametrize("text", [
    "Residents conducted night patrols to guard their homes.",
    "Volunteers carried out patrols of the beach to protect turtle nests.",
    "The company conducted a survey of its customers in March.",
    "the police will conduct patrols in the area on friday.",
    "The committee continued its patrolling of the budget.",
])
def test_patrols_by_others_or_still_to_come_are_no_mobilisation(coder, text):
    assert _mobilisations(coder, text) == []
