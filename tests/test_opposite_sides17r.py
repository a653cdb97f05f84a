"""A "they" after a pair of opposite sides names neither (review of actors17, rev17a).

"Protesters and police clashed. They fired tear gas": the pronoun may be either side (ACLED codes the two
as actor 1 and actor 2 of one event), so the first member is a guess; a pair on one side (two state forces,
two unarmed groups, two armed groups outside the state) still takes its first member.
"""

from __future__ import annotations

import pytest

from factories import coded_event

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize(("text", "trigger"), [
    # tear gas is the police's, though protesters come first
    ("Demonstrators and police clashed in Kisumu on Monday. They fired tear gas to disperse the crowd.", "fired"),
    ("Soldiers and rebels fought near Bunia on Sunday. They killed twelve civilians in a nearby village.", "killed"),
    ("Rebels and soldiers fought near Bunia on Sunday. They shelled a nearby village.", "shelled"),
    ("Protesters and police clashed in Kisumu on Monday. They accused the governor of brutality.", "accused"),
])
def test_they_after_opposite_sides_names_neither(coder, text, trigger):
    assert coded_event(coder, text, trigger).actor is None


@pytest.mark.parametrize(("text", "trigger", "sector"), [
    # one side: both state forces, both unarmed
    ("Police and soldiers raided a camp near Maiduguri on Monday. They arrested twenty suspects.", "arrested", "COP"),
    ("Students and workers marched in Khulna on Monday. They demanded higher wages.", "demanded", "CVL"),
])
def test_they_after_a_pair_on_one_side_still_takes_it(coder, text, trigger, sector):
    ev = coded_event(coder, text, trigger)
    assert ev.actor is not None and ev.actor.how == "pronoun" and ev.actor.sector == sector
