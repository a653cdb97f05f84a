"""'Rebel fighters', 'militia fighters', 'Islamist fighters' are the armed group the modifier names.

"Rebel fighters captured the city of Homs" had no actor (a new user's report): "fighter" was no role
noun, and its modifier was not read. The role phrases now hold "<group> fighter" forms; a bare
"fighters" names no side and stays without an actor (precision over volume). Sentences are our own.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "sector"), [
    ("Rebel fighters attacked the town of Kuma on Saturday.", "REB"),
    ("Separatist fighters ambushed an army convoy near Bamenda.", "REB"),
    ("Militia fighters attacked the village of Bule in Ituri.", "UAF"),
    ("Islamist fighters attacked the town of Djibo on Sunday.", "UAF"),
])
def test_a_fighter_of_a_named_kind_is_that_armed_group(coder, text, sector):
    events = [e for e in coder.code(text, published="2024-11-20") if e.event_type == "ASSAULT"]
    assert events and events[0].actor is not None and events[0].actor.sector == sector


def test_bare_fighters_name_no_side(coder):
    events = coder.code("Fighters attacked the town of Kuma on Saturday.", published="2024-11-20")
    assert events and events[0].actor is None
