"""Towns the tagger or NER mis-types, read as the same ``@TOWN`` evidence as a place (issue 12, session 26).

Sentences are our own, written for these tests. "Kidal" typed NORP, "Bakhmut" tagged ADV/advmod at the start of its
sentence, "Goma" shadowed by one knowledge-base person's surname and by a village whose alternate name is Goma:
each is a town the gazetteer confirms (a town of 50 000 or more or a region, as written), so ground taken (ACLED
codebook 2023, Battles; PLOVER 2021 SEIZE, our COERCE seize, CAMEO 192). A surname many people bear ("Hassan"), a
people's name ("Somali") and a real opening adverb stay no town.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream

_P = "2024-03-10"


def _events(coder, text, trigger):
    return [e for e in coder.code(text, published=_P) if e.trigger.text == trigger]


@pytest.mark.parametrize("text, trigger", [
    ("Kidal fell into the hands of Tuareg rebels on Tuesday.", "fell"),  # Kidal typed NORP
    ("Bakhmut fell into the hands of Wagner fighters on Saturday.", "fell"),  # Bakhmut tagged ADV
    ("M23 rebels captured Goma on Tuesday.", "captured"),  # a one-person KB surname, a namesake by alternate name
])
def test_a_mistyped_town_is_ground_taken(coder, text, trigger):
    evs = _events(coder, text, trigger)
    assert [(e.event_type, e.mode, e.cameo) for e in evs] == [("COERCE", "seize", "192")]
    assert evs[0].sub_event_type == "Non-state actor overtakes territory"


def test_goma_captured_is_placed_in_congo(coder):
    evs = _events(coder, "M23 rebels captured Goma on Tuesday.", "captured")
    assert evs[0].location is not None and evs[0].location.country == "COD"


@pytest.mark.parametrize("text, trigger, mode", [
    ("Soldiers captured Hassan near the border on Monday.", "captured", "arrest"),  # a surname many people bear
    ("Police captured Somali on Friday.", "captured", "arrest"),  # a people's name is no town
])
def test_a_persons_or_peoples_name_stays_no_town(coder, text, trigger, mode):
    assert [e.mode for e in _events(coder, text, trigger)] == [mode]


def test_a_real_opening_adverb_is_no_town(coder):
    assert _events(coder, "Eventually fell into the hands of the rebels on Saturday.", "fell") == []
