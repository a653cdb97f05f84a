"""A total that grows ("the death toll rose to 225") is a running total: context, never the event's figure.

"bringing the death toll to 225" was kept as a running total (``aggregate``),
but "and the death toll rose to 225", "the toll climbed to", "has reached 57"
after an incident's own figure gave a plain killed count of 225 on the Monday
shooting that killed 40. ACLED codes single, dated incidents (codebook 2023,
fatalities), so a figure over a period is never one incident's. Alone in its
sentence, a growing toll stays the toll of the event it follows (docs/counts.md),
and "the number of people killed rose to 57", which gave no count, now gives
one. A crowd that grows is one event's, and stays as it was.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from test_counts_between import counts_in  # noqa: E402


def _counts(coder, text):
    return [(c.kind, c.best, c.aggregate, c.span.text) for c in counts_in(coder, text)]


@pytest.mark.parametrize("text,want", [
    ("Security forces killed 40 protesters in Almaty on Monday, and the death toll rose to 225.",
     [("killed", 40, None, "40"), ("killed", 225, "the death toll rose to", "225")]),
    ("Troops shot dead 12 villagers in Borno, as the death toll climbed to 90.",
     [("killed", 12, None, "12"), ("killed", 90, "the death toll climbed to", "90")]),
    ("Police shot dead 3 protesters in Minsk on Sunday; the death toll has reached 57.",
     [("killed", 3, None, "3"), ("killed", 57, "the death toll has reached", "57")]),
])
def test_a_growing_toll_is_a_running_total(coder, text, want):
    assert _counts(coder, text) == want


@pytest.mark.parametrize("text,want", [
    # alone, a growing toll is the toll of the event it follows (docs/counts.md), now read at all
    ("The number of people killed in the clashes rose to 57.", [("killed", 57, None, "57")]),
    ("The death toll reached 57 on Tuesday.", [("killed", 57, None, "57")]),
    ("The crowd grew to 5,000.", []),
    ("The number of protesters rose to 5,000 in Tbilisi.", []),  # a crowd, not a toll
    ("Security forces killed 40 protesters in Almaty on Monday.", [("killed", 40, None, "40")]),
    ("Prices rose to 300 tenge.", []),
])
def test_other_rises_are_not_running_totals(coder, text, want):
    assert _counts(coder, text) == want


@pytest.mark.usefixtures("codes_its_texts_in_one_stream")
def test_the_event_keeps_its_own_figure_beside_the_running_total(coder):
    (ev,) = coder.code("Security forces killed 40 protesters in Almaty on Monday, and the death toll rose to 225.",
                       published="2026-06-17")
    assert [(c.best, c.aggregate is None) for c in ev.counts] == [(40, True), (225, False)]


# reviewer rev12f: the toll of one act, updated, is that incident's own toll, not a sum over many
@pytest.mark.parametrize("text,want", [
    ("Police killed 3 protesters in Minsk on Sunday; the death toll from the shooting has reached 5.",
     [("killed", 3, None, "3"), ("killed", 5, None, "5")]),
    ("Troops killed 12 villagers in Borno on Monday, and the death toll in the attack rose to 15.",
     [("killed", 12, None, "12"), ("killed", 15, None, "15")]),
    # a toll of many acts (plural) stays a running total
    ("Security forces killed 40 protesters in Almaty on Monday, and the death toll from the protests rose to 225.",
     [("killed", 40, None, "40"), ("killed", 225, "the death toll from the protests rose to", "225")]),
])
def test_the_growing_toll_of_one_act_is_that_incidents(coder, text, want):
    assert _counts(coder, text) == want
