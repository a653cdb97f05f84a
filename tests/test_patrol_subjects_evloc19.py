"""A patrol's doer behind an adjective phrase ("police loyal to X") or a unit noun ("a team of marines").

"Thousands of police loyal to the president patrolled the streets" gave no event: the small parser makes
the adjective "loyal" the verb's subject and "thousands" the adjective's own subject, so the rule never
saw the police. :func:`dotterel.events.agents.subject_of` now reads through such an adjective to the noun
before it. "A team of marines patrolled" gave none either: "team", "platoon" and "detachment" now join
the profile's ``collective_nouns``, whose "of" phrase names the doer (as "a group of soldiers" did).
PLOVER manual, MOBILIZE: troops or police deployed or patrolling. The sentences are our own.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-06"


def _coded(coder, text):
    return [(e.event_type, e.trigger.text, e.actor.span.text if e.actor and e.actor.span else None)
            for e in coder.code(text, published=PUBLISHED)]


@pytest.mark.parametrize(("text", "actor"), [
    ("On Friday, thousands of police loyal to the governor patrolled the streets of Kano in a show of force.",
     "police"),
    ("Hundreds of soldiers loyal to the junta patrolled the centre of Niamey on Saturday.", "soldiers"),
    ("A small team of marines patrolled the backstreets of Ramadi on Monday.", "marines"),
    ("A platoon of soldiers patrolled the market in Gao on Tuesday.", "soldiers"),
])
def test_a_patrol_by_forces_behind_a_phrase_is_coded(coder, text, actor):
    assert [(t, a) for k, t, a in _coded(coder, text) if k == "MOBILIZE"] == [("patrolled", actor)]


@pytest.mark.parametrize("text", [
    "Thousands of farmers loyal to the cooperative patrolled the dikes along the river.",
    "A team of engineers patrolled the embankments through the night.",
    "A team of soldiers will patrol the market in Gao next week.",
    "A platoon of soldiers usually patrols the market in Gao.",
])
def test_no_patrol_by_civilians_in_the_future_or_habitual(coder, text):
    assert [k for k, _, _ in _coded(coder, text) if k == "MOBILIZE"] == []


# -- review rev19e (resumed): the other unit nouns name their members as the doer -------------------------------
@pytest.mark.parametrize(("text", "kind", "actor"), [
    ("A unit of soldiers raided a village in Ituri on Sunday.", "COERCE", "soldiers"),
    ("A unit of the army shelled the village of Kafr Nabl.", "ASSAULT", "army"),
    ("A contingent of troops patrolled the streets of Goma on Friday.", "MOBILIZE", "troops"),
])
def test_a_unit_nouns_members_are_the_doer(coder, text, kind, actor):
    assert [a for k, t, a in _coded(coder, text) if k == kind] == [actor]


@pytest.mark.parametrize("text", [
    "A unit of doctors treated the wounded protesters in Khartoum.",
    "The intensive care unit of the hospital treated 20 protesters.",
])
def test_a_unit_of_carers_codes_nothing(coder, text):
    assert [k for k, t, a in _coded(coder, text) if k in ("ASSAULT", "COERCE", "MOBILIZE")] == []
