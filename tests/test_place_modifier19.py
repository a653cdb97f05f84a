"""A capital naming where a thing is, as a modifier of a common noun, is no actor (issue 16: recipient).

"Gunmen attacked a Nairobi cafe": the cafe is in Nairobi; Kenya's government is not its target (PLOVER: the
recipient is who is acted on; a capital stands for its government only as an actor itself, "Nairobi
condemned the attack"). A role noun keeps the capital's state: "Kabul officials", "the Moscow government"
(``actors.resolve``, step 3). Sentences written for this test.
"""

import pytest


def _event(coder, text, word):
    [ev] = [e for e in coder.code(text, published="2024-05-01") if e.trigger.text.lower() == word]
    return ev


@pytest.mark.parametrize("text, word", [
    ("Gunmen carried out an attack on a Nairobi cafe on Sunday, killing four people.", "carried"),
    ("Militants attacked a Kabul hotel on Friday.", "attacked"),
    ("Gunmen attacked a Moscow concert hall on Friday, killing dozens.", "attacked"),
])
def test_a_capital_modifying_a_thing_is_no_government(coder, text, word):
    ev = _event(coder, text, word)
    assert ev.recipient is None or ev.recipient.sector != "GOV"
    assert ev.sub_event_type != "Armed clash"


@pytest.mark.parametrize("text, word, name", [
    ("Kabul officials condemned the attack on Monday.", "condemned", "Afghanistan government"),
    ("The Moscow government expelled two diplomats on Monday.", "expelled", "Russia government"),
])
def test_a_capital_with_a_role_noun_keeps_its_state(coder, text, word, name):
    ev = _event(coder, text, word)
    assert ev.actor is not None and ev.actor.name == name
