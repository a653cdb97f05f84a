"""The doer of an act stated by a noun, from the list of acts it is in (issue 16, empty actors).

Sentences written for this file.
"""

from __future__ import annotations

import pytest

from factories import coded_event

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


_one = coded_event


def test_a_list_of_acts_shares_the_possessor_of_the_first(coder):
    ev = _one(coder, "The junta's arrest of the mayor and the detention of two journalists drew condemnation.",
              "detention")
    assert ev.actor is not None and ev.actor.span.text == "junta"


def test_an_act_with_its_own_possessor_keeps_it(coder):
    ev = _one(coder, "The army's arrest of the mayor and the rebels' detention of two soldiers were reported.",
              "detention")
    assert ev.actor is None or ev.actor.span.text != "army"
