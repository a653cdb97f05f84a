"""A plural "they" that refers back to a coordinated pair or list of actors (issue 16, actors17).

dotterel codes a coordinated phrase by its first member ("The EU and Kazakhstan signed": the EU), so a
"they" that stands for the whole pair takes that member, with the pair as its evidence; a "they" with
another actor beside the pair in the sentence it looks back to stays ambiguous and gets no actor.
"""

from __future__ import annotations

import pytest

from factories import coded_event

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")



@pytest.mark.parametrize(("text", "trigger", "sector", "first", "pair"), [
    ("Farmers and traders marched through the market in Kano on Monday. They demanded lower fuel prices.",
     "demanded", "CVL", "farmer", "Farmers and traders"),
    ("The African Union and Ethiopia have long cooperated on security. They signed a new defence pact in "
     "Addis Ababa on Friday.", "signed", "IGO", "African Union", "The African Union and Ethiopia"),
    # (rev17a: "Soldiers and militiamen battled ... They exchanged fire" was here; opposite sides name
    # neither, tests/test_actors17_review.py; two armed groups outside the state are one side)
    ("Rebels and militiamen attacked a village near the border on Sunday. They torched forty houses.",
     "torched", "REB", "rebel", "Rebels and militiamen"),
    ("Nurses, doctors and porters walked out of the central hospital in Lusaka. Later they demanded the "
     "health minister's resignation.", "demanded", "HLH", "ZMB", "Nurses, doctors and porters"),
])
def test_they_after_a_pair_is_the_pair_coded_by_its_first_member(coder, text, trigger, sector, first, pair):
    ev = coded_event(coder, text, trigger)
    assert ev.actor is not None and ev.actor.how == "pronoun"
    assert ev.actor.span.text.lower() == "they"
    assert first in ev.actor.name
    assert ev.actor.sector == sector
    assert ev.actor.antecedent.text == pair


@pytest.mark.parametrize(("text", "trigger"), [
    # the police stand beside the detained pair: "they" may be either
    ("Police detained students and teachers in Dhaka on Monday. They later accused the officers of beating them.",
     "accused"),
    # two coordinations in the sentence looked back to: no one pair
    ("Students and teachers confronted soldiers and policemen outside the ministry. They demanded an apology.",
     "demanded"),
])
def test_they_with_more_than_the_pair_before_it_stays_empty(coder, text, trigger):
    assert coded_event(coder, text, trigger).actor is None


def test_a_lone_plural_before_they_is_still_its_antecedent(coder):
    ev = coded_event(coder, "The opposition leader met union members in Harare on Monday. They called for a general strike.",
              "called")
    assert ev.actor is not None and ev.actor.antecedent.text == "union members"
