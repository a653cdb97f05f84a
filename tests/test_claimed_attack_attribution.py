"""An attack told only inside a group's claim rests on the group's word (issue 12, a new user's report).

"IS claimed responsibility for the bombing that killed 12 people" gave the
killing by IS asserted by the author. The author reports the claim; the
bombing and its doer are what the group claims, so the claimant is the group
and the certainty "reported" (``actors.claimed._on_the_claim``). An attack
the author tells in a sentence of its own keeps the author's certainty, and
only its actor rests on the claim. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

PUB = "2024-03-15"


@pytest.mark.parametrize(("text", "group"), [
    ("Islamic State claimed responsibility for the bombing that killed 12 people in Kabul.", "Islamic State"),
    ("The Taliban claimed the attack that killed six policemen in Kunduz.", "Taliban"),
])
def test_an_attack_told_in_the_claim_is_the_groups_word(coder, text, group):
    [ev] = [e for e in coder.code(text, published=PUB) if e.event_type == "ASSAULT"]
    assert ev.actor.name == group and ev.actor.how == "claimed"
    assert ev.attribution.claimant == group and ev.attribution.certainty == "reported"
    assert ev.attribution.verb.text == "claimed" and ev.attribution.claimant_type != "author"


@pytest.mark.parametrize(("text", "group"), [
    ("A suicide bomber killed 12 people at a mosque in Kabul on Friday. Islamic State claimed responsibility "
     "for the attack.", "Islamic State"),
    ("A roadside bomb killed four soldiers in Helmand on Monday. The Taliban claimed the bombing.", "Taliban"),
])
def test_an_attack_the_author_tells_stays_asserted(coder, text, group):
    [ev] = [e for e in coder.code(text, published=PUB) if e.event_type == "ASSAULT"]
    assert ev.actor.name == group and ev.actor.how == "claimed"
    assert ev.attribution.claimant == "author" and ev.attribution.certainty == "asserted"
