"""An agentless passive shutdown of the internet, phones or social media is a state's censorship with no actor named.

"The internet was shut down across the region on Monday": COERCE censor (PLOVER; CAMEO 1721), with no actor
when the text names none (never a guessed one), and only for the internet, mobile data, phone and social-media
services (trigger lists ``communication_access``): "the factory was shut down" is no event. A fault, a natural
cause or hackers named on the verb make it an outage (profile ``outage_cause_words``). Sentences written for
this test.
"""

import pytest

from dotterel.ingest import make_document

PUB = "2024-05-01"


def _censorship(coder, text):
    (coded,) = coder.code_documents([make_document(text, published=PUB)])
    return [e for e in coded.events if e.event_type == "COERCE" and e.mode == "censor"]


@pytest.mark.parametrize("text, trigger", [
    ("The internet was shut down across the region on Monday.", "shut"),
    ("Mobile internet was cut off in Tigray on Tuesday.", "cut"),
    ("Social media was blocked across the country ahead of the vote.", "blocked"),
    ("Mobile data services were suspended in Kashmir.", "suspended"),
])
def test_an_agentless_shutdown_of_communications_is_censorship_by_nobody_named(coder, text, trigger):
    (ev,) = _censorship(coder, text)
    assert ev.trigger.text == trigger and ev.actor is None
    assert ev.attribution.certainty == "asserted"


def test_no_doer_is_taken_from_the_sentence_before(coder):
    (ev,) = _censorship(coder, "Protesters blocked roads in the capital. The internet was shut down across the region "
                               "on Monday.")
    assert ev.actor is None


def test_a_named_agent_is_the_actor(coder):
    (ev,) = _censorship(coder, "The internet was shut down by authorities across the region on Monday.")
    assert ev.actor is not None and ev.actor.span.text == "authorities"


@pytest.mark.parametrize("text", [
    "The factory was shut down on Monday.",
    "The newspaper was shut down last year.",
    "Power lines were cut off by the storm.",
    # an outage: a fault or a natural cause is named
    "The internet was shut down after a cable was damaged by a storm.",
    "Mobile data was suspended for maintenance on Sunday.",
])
def test_other_shutdowns_and_outages_are_no_censorship(coder, text):
    assert _censorship(coder, text) == []
