"""'In total' over one attack is that attack's toll, not a sum of incidents (ACLED Codebook 2023, Fatalities).

"In total, 30 people were killed in the attack" lost its 30: "in total" made it a sum over many
incidents, which is never given to one. A tally cue (profile ``tally_cues``) over one act named by a
definite singular noun is that act's toll; over acts in the plural or a region it stays a sum.
Sentences are our own.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _killed(coder, text, trigger):
    ev = next(e for e in coder.code(text, published="2024-03-10") if e.trigger.text == trigger)
    return [(c.best if c.best is not None else c.low, c.aggregate) for c in ev.counts if c.kind == "killed"]


@pytest.mark.parametrize("text, trigger, n", [
    ("Bandits attacked a hamlet in Sokoto on Tuesday. In total, 22 people were killed in the attack.", "attacked", 22),
    ("Militants attacked an army post in Tillaberi on Friday. In all, 17 soldiers were killed in the assault.",
     "attacked", 17),
])
def test_a_tally_over_one_attack_is_its_toll(coder, text, trigger, n):
    # a set: "17 soldiers ... in the assault" gives the toll twice with or without the cue (as on main)
    assert set(_killed(coder, text, trigger)) == {(n, None)}


@pytest.mark.parametrize("text, trigger", [
    ("Bandits attacked a hamlet in Sokoto on Tuesday. In total, 220 people have been killed in the attacks.",
     "attacked"),
    ("Bandits attacked a hamlet in Sokoto on Tuesday. In total, 900 people have been killed in the region.",
     "attacked"),
])
def test_a_tally_over_many_stays_a_sum(coder, text, trigger):
    assert all(agg is not None for _n, agg in _killed(coder, text, trigger))


@pytest.mark.parametrize("text, trigger", [
    # one act joined to others: the tally spans more than one incident
    ("Soldiers raided a camp in Borno on Sunday. In total, 48 people died in the raid and the clashes that followed.",
     "died"),
    ("Soldiers raided a camp in Borno on Sunday. In all, 48 people died in the raid and in reprisals.", "died"),
    # a labour strike runs for days: an adding-up over it is no one act's toll
    ("Dockers struck in Mombasa for three weeks. In all, 300 workers were arrested during the strike.",
     "arrested"),
])
def test_a_tally_over_joined_acts_or_a_labour_strike_stays_a_sum(coder, text, trigger):
    ev = next(e for e in coder.code(text, published="2024-03-10") if e.trigger.text == trigger)
    figures = [c for c in ev.counts if c.kind in ("killed", "arrested")]
    assert figures and all(c.aggregate is not None for c in figures)
