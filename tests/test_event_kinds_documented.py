"""An act a monitor documents or verifies rests on the monitor's word, on sentences written for the test.

"Human Rights Watch documented the killing of 14 civilians": the killing is coded, with certainty
``reported`` and the monitor as claimant; the monitor is never its actor (profile ``documenting_verbs``,
``dotterel.attribution._reporting_head``). An act the same organisation condemns, or one the author
states, keeps its own attribution.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-01"

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text,trigger,event_type,claimant", [
    ("Human Rights Watch documented the killing of 14 civilians in Tigray in March.", "killing", "ASSAULT",
     "Human Rights Watch"),
    ("Amnesty International documented the arrest of 12 journalists in Minsk.", "arrest", "COERCE",
     "Amnesty International"),
    ("The rights group verified the killings of nine protesters in Khartoum.", "killings", "ASSAULT", "group"),
    ("The UN mission verified the abduction of 30 villagers near Bunia.", "abduction", "ASSAULT", "mission"),
])
def test_a_documented_act_is_reported_by_the_monitor(coder, text, trigger, event_type, claimant):
    events = coder.code(text, published=PUBLISHED)
    assert [(e.event_type, e.trigger.text) for e in events] == [(event_type, trigger)]
    [event] = events
    assert event.attribution.certainty == "reported"
    assert event.attribution.claimant_span is not None and event.attribution.claimant_span.text.endswith(claimant)
    assert event.attribution.verb is not None and event.attribution.verb.text in ("documented", "verified")
    # the monitor is not the actor
    assert event.actor is None or claimant not in event.actor.span.text


@pytest.mark.parametrize("text,trigger,certainty,claimant", [
    # the author states it
    ("Police arrested 12 journalists in Minsk on Monday.", "arrested", "asserted", "author"),
    # a monitor that said it saw the act is a reporter as before
    ("Amnesty International said police shot dead three protesters.", "shot", "reported", "Amnesty International"),
])
def test_other_acts_keep_their_attribution(coder, text, trigger, certainty, claimant):
    [event] = [e for e in coder.code(text, published=PUBLISHED) if e.trigger.text == trigger]
    assert (event.attribution.certainty, event.attribution.claimant) == (certainty, claimant)


def test_a_condemned_killing_is_not_documented(coder):
    # "condemned" is no documenting verb: the condemnation is the event, by the organisation
    events = coder.code("Human Rights Watch condemned the killing of 14 civilians in Tigray.", published=PUBLISHED)
    assert [(e.event_type, e.trigger.text, e.attribution.certainty) for e in events] == [
        ("ACCUSE", "condemned", "asserted")]
