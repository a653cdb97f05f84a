"""A bare death ("two patients died") is an event only with a violent cause or an act of violence beside it.

A new user's health story ("... 1,200 new cases of dengue fever ..., and two patients died") and an
obituary clause ("Nelson Mandela ... died in 2013") each gave an ASSAULT: "die" is a toll verb, kept as
its own event when no assault in its paragraph took the toll. ACLED (codebook 2023) counts fatalities
of political violence events; a death by itself is not one. The sentences are our own.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-06"


@pytest.mark.parametrize("text", [
    "Health officials in Peru reported 900 new cases of dengue fever in Piura last week, and three patients died, "
    "the ministry said.",
    "Desmond Tutu, who was arrested several times by the apartheid police, died in 2021.",
    "Two miners died after a tunnel collapsed in Potosi.",
    "Eleven people died in the stampede at the stadium.",
    "The singer died at his home in Lagos on Sunday, his family said.",
])
def test_a_death_with_no_violence_is_no_assault(coder, text):
    assert [e for e in coder.code(text, published=PUBLISHED) if e.event_type == "ASSAULT"] == []


@pytest.mark.parametrize(("text", "trigger"), [
    ("At least 12 people died in clashes between rival groups in Jos on Sunday.", "clashes"),
    ("Three protesters died of gunshot wounds, a hospital official said.", "died"),
    ("A student died in police custody in Tehran on Friday.", "died"),
    ("Several people died during the protests in Nairobi.", "died"),
    ("Police fired live rounds at protesters in Khartoum. Four people died, medics said.", "fired"),
])
def test_a_death_with_a_violent_cause_or_act_is_kept(coder, text, trigger):
    assaults = [e for e in coder.code(text, published=PUBLISHED) if e.event_type == "ASSAULT"]
    assert [e.trigger.text for e in assaults] == [trigger]


@pytest.mark.parametrize("text", [
    "Two civilians died in the crossfire between troops and rebels in Goma.",
    "Two men died in a knife fight in Mombasa on Sunday.",
    "Three men died in a lynching in Jharkhand on Friday.",
    "A woman died when a grenade hit the market in Bujumbura.",
])
def test_a_death_in_crossfire_a_lynching_or_by_a_weapon_is_kept(coder, text):
    assert [e.event_type for e in coder.code(text, published=PUBLISHED)] == ["ASSAULT"]
