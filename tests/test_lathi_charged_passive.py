"""A passive "were lathi-charged" with no "by" phrase is a crowd-control act (issue 12, IndiaPoliceEvents ANY_ACTION).

Sentences are our own. Kept whole (profile ``whole_hyphenated_words``) but unseen by the small model, "lathi-charged"
after "were" with no "by" phrase was tagged an adjective complement, so no rule saw the act; read with the norm
of "beat" (``hyphenated_verb_norms``, as "baton-charged" already was) it is the passive verb it is (PLOVER ASSAULT
crowd-control, CAMEO 175). Its doer is the police the scene names acting (``actors.implied_agent``).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _charges(coder, text):
    return [e for e in coder.code(text, published="2024-03-05") if e.trigger.text.startswith("lathi-charg")]


def test_an_agentless_lathi_charge_after_the_police_takes_them(coder):
    text = ("Police stopped a march of farmers near the Mysuru collectorate on Tuesday. The farmers were "
            "lathi-charged when they tried to break the barricades.")
    found = _charges(coder, text)
    assert [(e.event_type, e.mode) for e in found] == [("ASSAULT", "crowd-control")]
    actor = found[0].actor
    assert actor is not None and actor.sector == "COP" and actor.how == "implied"
    assert actor.antecedent is not None and actor.antecedent.text == "Police"
    assert found[0].recipient is not None and found[0].recipient.span.text == "farmers"


@pytest.mark.parametrize("text,certainty", [
    ("The farmers were lathi-charged in Mysuru on Tuesday.", "asserted"),
    ("The students alleged that they were lathi-charged without warning in Mysuru on Monday.", "alleged"),
])
def test_a_passive_lathi_charge_is_coded(coder, text, certainty):
    found = _charges(coder, text)
    assert [(e.event_type, e.mode, e.attribution.certainty) for e in found] == [("ASSAULT", "crowd-control", certainty)]


@pytest.mark.parametrize("text", [
    "No one was lathi-charged in Mysuru on Monday, the police said.",
    "The students will be lathi-charged if they enter the campus, the police warned in Mysuru on Monday.",
])
def test_a_denied_or_threatened_lathi_charge_is_not_coded(coder, text):
    assert _charges(coder, text) == []


def test_an_active_lathi_charge_keeps_its_subject(coder):
    found = _charges(coder, "Police lathi-charged the students in Mysuru on Monday.")
    assert len(found) == 1 and found[0].actor.span.text == "Police" and found[0].actor.sector == "COP"
