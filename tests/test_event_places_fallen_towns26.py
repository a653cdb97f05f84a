"""A town that falls to a group is the place of the taking (issue 16, session 26).

Sentences written for these tests, in several countries. The event detector codes "Kunduz fell to the Taliban"
as ground taken (COERCE seize, the "to" its actor), but the small model types such a subject an organisation or
leaves it untyped, and the place stage read only the objects of strike and taking verbs, so the taking had no
place, or the dateline's ("KABUL - Kunduz fell to Taliban fighters": Kabul). The subject of one of
``ground_falling_verbs`` whose "to" names a group (:func:`dotterel.places.mislabelled.fell_to_a_force`) is now
read as a taking verb's object is, with the same ``@TOWN`` vetoes. ACLED codebook 2023, Battles: non-state actor
overtakes territory, at the territory taken.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _coded(coder, text: str):
    return next(iter(coder.code_documents([make_document(text, published="2024-03-10")])))


@pytest.mark.parametrize("text, name, country", [
    ("Kunduz fell to the Taliban on Sunday.", "Kunduz", "AFG"),
    ("KABUL - Kunduz fell to Taliban fighters on Sunday after days of fighting.", "Kunduz", "AFG"),
    ("Beledweyne fell to al-Shabaab militants on Monday.", "Beledweyne", "SOM"),
    ("Kidal fell to Tuareg rebels on Thursday, residents said.", "Kidal", "MLI"),
])
def test_the_fallen_town_places_the_taking(coder, text, name, country):
    event = _coded(coder, text).events[0]
    assert (event.event_type, event.mode) == ("COERCE", "seize")
    assert (event.location.name, event.location.country) == (name, country)


@pytest.mark.parametrize("text, word", [
    ("Hamilton fell to the ground after police fired tear gas on Monday.", "Hamilton"),  # a thing, no group
    ("Jackson fell to his knees as police beat protesters on Monday.", "Jackson"),
    ("Kunduz fell on Sunday.", "Kunduz"),  # no group it fell to
])
def test_no_group_no_town(coder, text, word):
    result = _coded(coder, text)
    assert word not in [p.name for p in result.places]
    assert all(e.location is None or e.location.name != word for e in result.events)
