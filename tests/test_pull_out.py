""""Pull out" is a withdrawal only of the doer itself or of its forces (PLOVER RETREAT, mode withdraw).

PLOVER's RETREAT withdraw is an actor moving its own forces or people back ("troops pulled out of
the town", "pulled out its troops", "pulled out its diplomats"). "Pull out" with another object is
taking a thing out: rescuers pulling out survivors or bodies, a gunman pulling out a pistol. The
rule once had no object test and coded all of these (reached more often since "were able to pull
out survivors" became an act, police15; rev15x). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

PUB = "2024-03-06"
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _retreats(coder, text):
    return [(e.mode, e.actor.name if e.actor else None)
            for e in coder.code(text, published=PUB) if e.event_type == "RETREAT"]


@pytest.mark.parametrize("text", [
    "Rescuers pulled out 12 survivors from the rubble of the market.",
    "rescue workers were able to pull out three bodies from the collapsed building.",
    "The gunman pulled out a pistol and fired into the air.",
    "Firefighters pulled out a woman trapped in the car.",
])
def test_pulling_out_a_thing_or_a_person_is_no_withdrawal(coder, text):
    assert _retreats(coder, text) == []


@pytest.mark.parametrize("text, actor", [
    ("Russian troops pulled out of the town on Friday.", "RUS soldier"),
    ("The army pulled out its troops from the border region on Monday.", "army"),
    ("Britain pulled out its diplomats from Niamey after the coup.", "United Kingdom government"),
    ("The UN pulled out its peacekeepers from the area in March.", "United Nations"),
])
def test_an_actor_pulling_out_itself_or_its_forces_withdraws(coder, text, actor):
    assert _retreats(coder, text) == [("withdraw", actor)]
