"""A speaker named "<organisation> <country>" is the organisation, not the country's government (issue 12).

"Amnesty Kenya said police shot dead three protesters ..." credited the
shooting to the Kenyan government: the parser makes "Amnesty" a compound of
"Kenya", and the speaker resolved as the country. A country named after an
organisation is the organisation's national section
(``attribution._national_section``). A country or country-named force alone
("Kenya said", "Kenya Police said") is unchanged. Sentences written for these
tests.
"""

from __future__ import annotations

import pytest

PUB = "2024-03-15"


@pytest.mark.parametrize(("text", "trigger", "claimant", "span"), [
    ("Amnesty Kenya said police shot dead three protesters in Nairobi on Tuesday. Police said officers fired "
     "in self-defence.", "shot", "Amnesty International", "Amnesty Kenya"),
    ("Amnesty Nigeria said soldiers killed 12 villagers in Benue.", "killed", "Amnesty International",
     "Amnesty Nigeria"),
])
def test_the_national_section_is_the_claimant(coder, text, trigger, claimant, span):
    event = next(e for e in coder.code(text, published=PUB) if e.trigger.text == trigger)
    assert event.attribution.claimant == claimant and event.attribution.certainty == "reported"
    assert event.attribution.claimant_span.text == span
    assert event.attribution.claimant_type != "author"


def test_the_next_sentences_speaker_is_its_own(coder):
    text = "Amnesty Kenya said police shot dead three protesters in Nairobi. Police said officers fired in self-defence."
    fired = next(e for e in coder.code(text, published=PUB) if e.trigger.text == "fired")
    assert "police" in fired.attribution.claimant.lower()


@pytest.mark.parametrize(("text", "trigger", "claimant"), [
    ("Kenya said its troops killed 20 militants in Somalia.", "killed", "Kenya government"),
    ("Kenya Police said officers arrested 30 rioters in Kisumu.", "arrested", "KEN police"),
])
def test_a_country_or_its_force_is_unchanged(coder, text, trigger, claimant):
    event = next(e for e in coder.code(text, published=PUB) if e.trigger.text == trigger)
    assert event.attribution.claimant == claimant
