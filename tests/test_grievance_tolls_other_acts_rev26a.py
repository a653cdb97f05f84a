"""A grievance's deaths are no other act's of the sentence either: an act told beside the protest keeps its own.

ACLED Codebook 2023, Fatalities: those of the event itself. Sentences are our own.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text, grieved", [
    ("Students demonstrated in Dhaka on Sunday against the deaths of two classmates; police wounded 30 of them "
     "with rubber bullets.", 2),
    ("Students demonstrated in Dhaka on Sunday against the deaths of two classmates, and police wounded 30 of them.", 2),
    ("Nurses marched in Kumasi on Friday over the deaths of three patients, and soldiers beat 20 of the marchers.", 3),
])
def test_a_grievances_deaths_are_not_the_act_beside_the_protest(coder, text, grieved):
    evs = coder.code(text, published="2024-03-10")
    others = [e for e in evs if e.event_type != "PROTEST" and e.trigger.text not in ("deaths",)]
    assert others, [e.trigger.text for e in evs]
    assert [c.best for e in others for c in e.counts if c.kind == "killed" and c.best == grieved] == []
    assert [c.best for e in evs if e.event_type == "PROTEST" for c in e.counts if c.kind == "killed"] == []
