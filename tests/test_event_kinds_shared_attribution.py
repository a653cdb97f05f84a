"""Conjoined acts share a closing attribution and the first conjunct's subject, on sentences written for the test.

"Soldiers stormed the village and burned dozens of homes, residents said": each conjunct rests on the
residents' word, and the second takes the first's subject as its actor. A regression test of the
new-user trial's kind (it passes on the code it was written against).
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-01"

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text,triggers,actor,claimant,certainty", [
    ("Soldiers stormed the village on Monday and burned dozens of homes, residents said.",
     ["stormed", "burned"], "Soldiers", "residents", "reported"),
    ("Police fired tear gas and arrested 30 protesters in the capital, witnesses told AFP.",
     ["fired", "arrested"], "Police", "witnesses", "reported"),
    ("Gunmen raided the school and abducted 20 pupils, according to local officials.",
     ["raided", "abducted"], "Gunmen", "officials", "reported"),
    ("Security forces opened fire on the crowd and killed three people, the opposition claimed.",
     ["opened", "killed"], "Security forces", "opposition", "alleged"),
])
def test_each_conjunct_carries_the_closing_attribution(coder, text, triggers, actor, claimant, certainty):
    events = coder.code(text, published=PUBLISHED)
    assert [e.trigger.text for e in events] == triggers
    for event in events:
        assert event.actor is not None and event.actor.span.text == actor
        assert event.attribution.certainty == certainty
        assert event.attribution.claimant_span is not None and event.attribution.claimant_span.text.endswith(claimant)


def test_a_separate_sentence_keeps_its_own_voice(coder):
    # the attribution closes the second sentence only: the first is the author's
    events = coder.code("Soldiers stormed the village. They burned dozens of homes, residents said.",
                        published=PUBLISHED)
    assert [(e.trigger.text, e.attribution.certainty) for e in events] == [
        ("stormed", "asserted"), ("burned", "reported")]
