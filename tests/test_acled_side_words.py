"""The words read for an unresolved side are that side's, never the event's own (``AcledTyper._side_words``).

"... the attack on a checkpoint that killed six soldiers": the subject of
"killed" is the relative pronoun, whose antecedent's subtree holds the relative
clause itself, so the soldiers killed were read as the attacker's words and the
toll became an "Armed clash" between two state sides. And the subject of a toll
verb is its victim ("the three students who died in the protest"), never a
doer. With no doer named, no ACLED sub-event is guessed. Sentences written for
these tests.
"""

from __future__ import annotations

import pytest

PUB = "2025-04-10"
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text,trigger", [
    ("The Taliban denied carrying out the attack on a checkpoint that killed six soldiers.", "killed"),
    ("Police denied shooting the three students who died in the protest.", "died"),
])
def test_no_side_is_read_from_the_events_own_words(coder, text, trigger):
    [ev] = [e for e in coder.code(text, published=PUB) if e.trigger.text == trigger]
    assert ev.actor is None and ev.recipient is not None
    assert ev.sub_event_type is None


def test_an_armed_doer_named_beside_the_clause_still_counts(coder):
    # the relative clause is left out of the doer's words, not the doer: gunmen against soldiers is a battle
    [ev] = [e for e in coder.code("Gunmen who attacked a checkpoint near Gao killed six soldiers.", published=PUB)
            if e.trigger.text == "killed"]
    assert ev.sub_event_type == "Armed clash"
