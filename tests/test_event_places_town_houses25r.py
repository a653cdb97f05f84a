"""A house named by a town alone says nothing of where it stands (issue 16, review of session 25's landmarks).

Sentences written for these tests. Session 25 made "house" a head of ``named_setting_nouns`` so that "outside the
Sydney Opera House" is placed at Sydney; it also placed "outside Madrid House" at Madrid and "at Delhi House" at
Delhi. A house named by a town alone is often that town's or region's representation elsewhere ("Moscow House" in
Riga, a state's liaison house in a federal capital), so only a name with a word between the town and the head
counts (``lang.inner_setting_nouns``; ACLED codebook 2023: the location is the named populated place the event
happened in, never a guess).
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _event(coder, text: str):
    return next(iter(coder.code_documents([make_document(text, published="2024-03-10")]))).events[0]


@pytest.mark.parametrize("text", [
    "Workers protested outside Madrid House on Monday.",
    "Students staged a sit-in at Delhi House on Monday.",
    "Residents rallied outside Lagos House on Monday, demanding jobs.",
])
def test_a_house_named_by_a_town_alone_places_nothing(coder, text):
    assert _event(coder, text).location is None


@pytest.mark.parametrize("text, name, country", [
    ("Pensioners rallied outside the Sydney Opera House on Tuesday.", "Sydney", "AUS"),
    ("Police arrested 12 activists at the Kano State House of Assembly on Monday.", "Kano", "NGA"),
    ("Hundreds of students protested outside the Kampala City Hall on Wednesday.", "Kampala", "UGA"),
    ("Pensioners rallied outside the Mumbai Museum on Sunday.", "Mumbai", "IND"),
])
def test_a_landmark_with_a_word_after_its_town_keeps_the_town(coder, text, name, country):
    loc = _event(coder, text).location
    assert (loc.name, loc.country) == (name, country)
