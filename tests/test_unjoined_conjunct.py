"""A verb the parser coordinates with another with nothing joining them is a participle, no clause.

A new user's "Niger's junta freed 30 detained former ministers" gave an arrest (COERCE) on "detained":
the small parser reads "freed 30, detained former ministers" with no "and" or comma. English coordination
needs one, so the word modifies the noun after it (the ministers were detained before; the event is the
release). Real coordinations keep both events. The sentences are our own.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-06"


@pytest.mark.parametrize("text", [
    "Niger's junta freed 30 detained former ministers on Friday.",
    "The authorities released 12 arrested students on Monday.",
])
def test_an_unjoined_participle_is_no_arrest(coder, text):
    assert [e for e in coder.code(text, published=PUBLISHED) if e.event_type == "COERCE"] == []


@pytest.mark.parametrize("text", [
    "Police beat and detained 30 protesters in Kampala on Friday.",
    "Soldiers raided the village, detained 12 men and burned houses on Friday.",
])
def test_joined_verbs_keep_their_events(coder, text):
    assert "COERCE" in [e.event_type for e in coder.code(text, published=PUBLISHED)]


@pytest.mark.parametrize(("text", "recipient_word"), [
    ("The junta freed 30 former ministers on Friday.", "ministers"),
    ("The court freed opposition leader Ousmane Sonko on Friday.", "Sonko"),
])
def test_people_freed_are_a_release(coder, text, recipient_word):
    events = [e for e in coder.code(text, published=PUBLISHED) if e.event_type == "RETREAT"]
    assert [e.mode for e in events] == ["release"]
    assert recipient_word in events[0].recipient.span.text


def test_funds_freed_are_no_release(coder):
    assert coder.code("The new law freed up funds for schools in Lagos.", published=PUBLISHED) == []


def test_a_conjunct_before_a_determiner_keeps_its_clause(coder):
    # a name the parser reads as a verb ("modi"), the real verb its conjunct: no participle stands before "a"
    events = coder.code("gujarat chief minister narendra modi on friday held a high-level meeting to review the "
                        "steps being taken for the restoration of peace.", published=PUBLISHED)
    assert [(e.event_type, e.trigger.text) for e in events] == [("CONSULT", "meeting")]
