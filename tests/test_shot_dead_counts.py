"""'Shot dead two protesters': the number is of the killed, however the parser labels "dead" (Quirk 16.24).

The resultative "dead" right after the verb makes the object's number a toll (ACLED Codebook 2023,
Fatalities), not the protest's size. Sentences are our own.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text, n", [
    ("Soldiers shot dead two protesters on Tuesday.", 2),  # "dead" parsed as an unlabelled dep
    ("YOLA, Nigeria - Soldiers shot dead two protesters on Friday, witnesses said.", 2),  # parsed as advmod
    ("Police shot dead two demonstrators in Mombasa on Monday.", 2),
    ("Soldiers shot dead five protesters in Omdurman on Sunday.", 5),
])
def test_shot_dead_gives_the_killed(coder, text, n):
    ev = next(e for e in coder.code(text, published="2024-03-10") if e.event_type == "ASSAULT")
    assert [(c.kind, c.best) for c in ev.counts] == [("killed", n)]


def test_shot_without_dead_gives_no_toll(coder):
    evs = coder.code("Troops shot two protesters in Kano on Wednesday.", published="2024-03-10")
    assert not any(c.kind == "killed" for e in evs for c in e.counts)
