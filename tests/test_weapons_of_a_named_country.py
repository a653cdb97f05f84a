"""A country named on a state's weapons as the subject names its military, not its government.

The README says "A country's weapons and means as a subject ... name its military"; a new user's
"A Myanmar military air strike killed 11 villagers" and "A U.S. drone strike killed two al-Shabaab
commanders" gave the country's government (GOV): the country's name inside the subject was read as
the actor by metonymy before the weapon was. CAMEO agents: the wielder of a state's weapons is its
military (MIL). The sentences are our own.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-06"


@pytest.mark.parametrize(("text", "country"), [
    ("A Myanmar military air strike killed 11 villagers in Sagaing region on Monday.", "MMR"),
    ("A U.S. drone strike killed two al-Shabaab commanders near Jilib on Sunday.", "USA"),
    ("Russia air strikes hit a market in Idlib on Tuesday, killing nine people.", "RUS"),
])
def test_a_named_countrys_weapons_name_its_military(coder, text, country):
    (event,) = [e for e in coder.code(text, published=PUBLISHED) if e.event_type == "ASSAULT"]
    assert (event.actor.country, event.actor.sector) == (country, "MIL")


@pytest.mark.parametrize(("text", "country"), [
    ("Iranian authorities arrested 30 students in Tehran on Monday.", "IRN"),
    ("The Myanmar government arrested 40 students in Yangon on Monday.", "MMR"),
])
def test_a_country_on_other_nouns_is_unchanged(coder, text, country):
    events = coder.code(text, published=PUBLISHED)
    assert [(e.actor.country, e.actor.sector) for e in events] == [(country, "GOV")]
