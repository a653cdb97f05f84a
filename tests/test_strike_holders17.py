"""A work stoppage named by a bare noun is held by who the paragraph says struck before it (issue 16, actors17).

"Teachers went on strike ... The strike spread": the strike coded PROTEST (PLOVER manual, PROTEST
strike) is the teachers', as "the protests" after "Farmers marched" are the farmers'. A paragraph
that names no one protesting, or another paragraph, gives the noun no holder.
"""

from __future__ import annotations

import pytest

from factories import coded_event


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize(("text", "sector"), [
    ("Teachers in Nairobi went on strike on Monday over unpaid salaries. The strike spread to Mombasa on Tuesday.",
     "EDU"),
    ("Doctors at public hospitals in Nairobi went on strike on Monday over unpaid salaries. The strike spread to "
     "Kisumu on Wednesday.", "HLH"),
    ("Lecturers in Lagos went on strike on Monday. The strike spread to Ibadan on Thursday.", "EDU"),
])
def test_the_strike_is_held_by_who_went_on_strike(coder, text, sector):
    ev = [e for e in coder.code(text, published="2024-05-10") if e.trigger.text == "strike"][-1]
    assert ev.event_type == "PROTEST" and ev.actor is not None and ev.actor.how == "implied"
    assert ev.actor.sector == sector and ev.actor.antecedent is not None


@pytest.mark.parametrize("text", [
    "The government raised fuel prices on Monday. The strike spread to Kisumu on Wednesday.",
    "Farmers marched through Delhi on Monday.\n\nIn Lahore, the strike spread to the port on Wednesday.",
])
def test_a_strike_no_one_in_its_paragraph_went_on_has_no_holder(coder, text):
    ev = coded_event(coder, text, "strike", published="2024-05-10")
    assert ev.actor is None
