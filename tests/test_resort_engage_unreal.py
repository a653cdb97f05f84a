"""'resort to' and 'engage in' are as real as their verb (attribution: engaging_verb; issue 12 review).

Checked at main d26b60f, kept as a guard: under negation or a modal the act is not asserted ("police may
resort to force", "will not resort to violence", "could engage in attacks"); done, it is ("engaged in heavy
clashes"). Sentences are our own.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

PUB = "2024-05-01"
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _assaults(coder, text):
    return [e for e in next(coder.code_documents([make_document(text, published=PUB)])).events
            if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Police may resort to force if the protesters in Nairobi do not disperse.",
    "The opposition will not resort to violence in Harare, its leader said.",
    "Security forces must not resort to force against demonstrators in Lima.",
    "Rebels could engage in attacks on Goma, the UN warned.",
    "The union said it would not engage in violence during the strike in Accra.",
    "Police did not resort to force in Dakar, the ministry said.",
])
def test_unreal_resort_or_engage_is_no_attack(coder, text):
    assert _assaults(coder, text) == []


def test_done_engage_in_clashes_stays(coder):
    [ev] = _assaults(coder, "Rebels engaged in heavy clashes with the army near Goma on Sunday.")
    assert (ev.trigger.text, ev.sub_event_type) == ("engaged", "Armed clash")
