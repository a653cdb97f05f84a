"""A closing "<speaker> told <hearer>" that the parser hangs under the event verb names the claimant.

A new user's "Suspected Islamic State fighters abducted 15 women ... near Diffa, Niger, on Thursday, a
local official told AFP." was asserted by the author: the parser made "told" an adverbial clause of
"abducted", and a trailing reporter with an object was taken for one with content of its own. The
object of "tell" (profile addressee_reporting_verbs) is the hearer. The sentences are our own.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2026-11-07"


@pytest.mark.parametrize("text", [
    "Suspected Islamic State fighters abducted 15 women collecting firewood near Diffa, Niger, on Thursday, "
    "a local official told AFP.",
    "Gunmen abducted 15 women near Diffa on Thursday, a local official told AFP.",
])
def test_the_speaker_of_a_closing_told_is_the_claimant(coder, text):
    (event,) = coder.code(text, published=PUBLISHED)
    assert event.attribution.certainty == "reported"
    assert event.attribution.claimant_span.text == "local official"


def test_a_reporter_with_content_of_its_own_is_not_the_events(coder):
    events = coder.code("Troops shelled the village on Monday, and the army reported the losses.", published=PUBLISHED)
    assert [e.attribution.certainty for e in events if e.event_type == "ASSAULT"] == ["asserted"]
