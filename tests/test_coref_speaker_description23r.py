"""A definite description in a speaker's content clause is not the speaker (review of session 23).

"Lawyers said the protesters had attacked police" gave the attack's actor the name "lawyer": "the protesters"
was linked to the nearest crowd-like group before it, the speakers. A full noun phrase is not bound by a
subject that c-commands it (binding condition C; Chomsky 1981): the speakers would say "we" or "they". Once
lawyers became a role noun (session 23) this shape turned up in every court story. A pronoun may still be the
speaker ("Lawyers said they were beaten"), and a description in a later sentence still links. Sentences written
for this file.
"""

from __future__ import annotations

import pytest

from factories import coded_event

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text, trigger, side, speaker", [
    ("Lawyers said in Nairobi on Tuesday that the protesters had attacked a police post.", "attacked", "actor",
     "lawyer"),
    ("Defence lawyers told the court in Nairobi on Monday that police had beaten the demonstrators.", "beaten",
     "recipient", "lawyer"),
    ("Farmers said in Nairobi on Friday that the protesters had torched a lorry.", "torched", "actor", "farmer"),
])
def test_a_description_in_the_speakers_statement_is_not_the_speaker(coder, text, trigger, side, speaker):
    a = getattr(coded_event(coder, text, trigger), side)
    assert a is not None and speaker not in a.name and a.span.text in ("protesters", "demonstrators"), a


def test_a_pronoun_in_the_statement_may_still_be_the_speaker(coder):
    r = coded_event(coder, "Lawyers said police had beaten them outside the court in Multan on Monday.",
                    "beaten").recipient
    assert r is not None and r.name == "PAK lawyer", r
