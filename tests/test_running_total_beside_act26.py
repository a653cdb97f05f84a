"""A running total told beside an act (after a semicolon, in a joined clause, in the next sentence) leaves the act its toll.

ACLED Codebook 2023, Fatalities: the event's own; a sum over a period is context. Sentences are our own.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _figures(coder, text, kind):
    """Each event's figures of ``kind`` (best, or the lower bound), as lists in event order."""
    return [[c.best if c.best is not None else c.low for c in e.counts if c.kind == kind]
            for e in coder.code(text, published="2024-03-10")]


@pytest.mark.parametrize("text, own", [
    ("Gunmen shot dead two villagers in Kajuru on Monday; at least 40 people have been killed in the district "
     "since 2023.", 2),
    ("Soldiers killed three farmers in Gao on Sunday; more than 200 civilians have died in the region this year.", 3),
    ("Soldiers killed three farmers in Gao on Sunday, and more than 200 civilians have died in the region "
     "since January.", 3),
    ("Gunmen shot dead two villagers in Kajuru on Monday. At least 40 people have been killed in the district "
     "since January.", 2),
])
def test_a_running_total_beside_the_act_leaves_it_its_own_toll(coder, text, own):
    assert _figures(coder, text, "killed") == [[own]]


def test_an_arrest_beside_a_running_total_keeps_its_figure(coder):
    text = "Police arrested 15 protesters in Lahore on Sunday; more than 300 have been detained since the protests began."
    assert [15] in _figures(coder, text, "arrested") and not any(300 in f for f in _figures(coder, text, "arrested"))
