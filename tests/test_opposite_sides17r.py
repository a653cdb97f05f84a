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


@pytest.mark.parametrize(("text", "trigger"), [
    # the subject of a verb of two-sided violence names two sides, unarmed or not
    ("Market traders and hawkers fought in Accra on Monday. They burned cars.", "burned"),
    ("Students and porters brawled outside the hostel in Enugu on Monday. They burned two cars.", "burned"),
    # a coordination inside another phrase ("supporters of [the president and opposition activists]")
    ("Supporters of the president and opposition activists fought in Kinshasa on Monday. They burned cars.",
     "burned"),
])
def test_they_after_a_pair_that_fought_or_is_no_subject_names_neither(coder, text, trigger):
    assert coded_event(coder, text, trigger).actor is None


def test_they_after_a_plural_holding_a_pair_is_that_plural(coder):
    # "the governor and the mayor" (singular, inside the "of" phrase) cannot be "they": the relatives are
    ev = coded_event(coder, "Relatives of the governor and the mayor met in Kano on Monday. They demanded an "
                            "inquiry.", "demanded")
    assert ev.actor is not None and ev.actor.antecedent.text.startswith("Relatives") and ev.actor.sector == "CVL"


def test_they_after_a_passive_pair_still_takes_it(coder):
    ev = coded_event(coder, "Two teachers and a nurse were arrested in Harare on Monday. They accused the police "
                            "of torture on Friday.", "accused")
    assert ev.actor is not None and ev.actor.how == "pronoun" and ev.actor.sector == "EDU"
