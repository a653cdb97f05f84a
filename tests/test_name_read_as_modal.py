"""A capitalised "Will" or "May" before a finite verb is a name, not a modal ("Will was fatally shot").

The small parser tags "Will" in "Will was fatally shot in Oaxaca" as the modal and hangs it on the verb,
so the shooting abstained as "future, not yet happened". A modal takes a base form; a finite past or
present form after it (adverbs and a negation skipped) makes the word the subject's name. A real modal
("Police will arrest", "Will police arrest ...?", "may have killed") keeps its reading. Sentences our own.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-06"


def _coded(coder, text):
    return [(e.event_type, e.trigger.text) for e in coder.code(text, published=PUBLISHED)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Will was fatally shot in Juarez on Sunday while filming a protest.", [("ASSAULT", "shot")]),
    ("Will had been beaten by police officers outside the station in Leeds.", [("ASSAULT", "beaten")]),
])
def test_a_name_that_looks_like_a_modal_does_not_make_the_event_future(coder, text, expected):
    assert _coded(coder, text) == expected


@pytest.mark.parametrize("text", [
    "Police will arrest the organisers of the march on Monday.",
    "Will police arrest the organisers of the march?",
    "Troops may have killed the villagers, the report said.",
])
def test_a_true_modal_still_holds_the_event_back(coder, text):
    assert _coded(coder, text) == []
