"""The doer of an assault that "occurred when" an armed side acted is that side (issue 16: actor).

"The massacre happened on Sunday when soldiers opened fire on worshippers": the occurrence verb says the act
happened, and the subject of its "when" clause did it (PLOVER: the actor is who carried the assault out;
``actors.attack_agents.when_doer``). The clause may hang on the date ("on 3 June, when ..."). Only an armed
side: "when residents were asleep" names no doer. Sentences written for this test.
"""

import pytest


def _event(coder, text, word):
    [ev] = [e for e in coder.code(text, published="2024-05-01") if e.trigger.text.lower() == word]
    return ev


@pytest.mark.parametrize("text, word, sector", [
    ("The massacre happened on Sunday when soldiers opened fire on worshippers in Kano, killing twelve.",
     "happened", "MIL"),
    ("The killings took place when gunmen stormed a school in Maiduguri on Monday.", "took", "UAF"),
    ("The massacre occurred on 3 June 2019, when the armed forces of the ruling council used heavy gunfire to "
     "disperse a sit-in in Khartoum, killing over 100 people.", "occurred", "MIL"),
])
def test_the_when_clause_names_the_doer(coder, text, word, sector):
    ev = _event(coder, text, word)
    assert ev.actor is not None and ev.actor.sector == sector
    assert "'when' clause" in ev.actor.reason


def test_a_when_clause_of_no_armed_side_names_no_doer(coder):
    ev = _event(coder, "The attack happened at night when residents were asleep in the village of Dogo, killing "
                       "nine.", "happened")
    assert ev.actor is None or "'when' clause" not in ev.actor.reason
