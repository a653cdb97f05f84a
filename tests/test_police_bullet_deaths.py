"""Deaths by police bullets that had no rule (issue 12, IndiaPoliceEvents recall).

Sentences are our own, written for these tests:

* a death told as "succumbed to police bullets" or "fell to police bullets": a killing by gunfire whose
  doer is the force that modifies the bullets (PLOVER ASSAULT firearms; the victim counted as killed), while
  "succumbed to his injuries" is no act of its own and "support fell to 30 percent" is no violence.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _events(coder, text):
    return coder.code(text, published="2024-05-06")


@pytest.mark.parametrize("text,trigger,place,killed", [
    ("A student succumbed to police bullets in Hubli on Friday.", "succumbed", "Hubballi", 1),
    ("Three weavers succumbed to police bullets at Malegaon on Monday.", "succumbed", "Malegaon", 3),
    ("More rioters fell to police bullets in Surat than in Baroda.", "fell", "Surat", None),
])
def test_a_death_by_police_bullets_is_a_police_shooting(coder, text, trigger, place, killed):
    [ev] = [e for e in _events(coder, text) if e.trigger.text == trigger]
    assert (ev.event_type, ev.mode) == ("ASSAULT", "firearms")
    assert ev.actor is not None and ev.actor.sector == "COP"
    assert ev.location is not None and ev.location.name == place
    assert [c.best for c in ev.counts if c.kind == "killed"] == ([killed] if killed else [])


@pytest.mark.parametrize("text", [
    "The trader succumbed to his injuries in a hospital in Rajkot.",
    "Support for the party fell to 30 percent in Kerala.",
    "The old man succumbed to pneumonia in Shimla.",
])
def test_no_gunfire_no_shooting(coder, text):
    assert [e for e in _events(coder, text) if e.event_type == "ASSAULT"] == []
