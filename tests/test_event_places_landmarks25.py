"""A landmark building is no place of its own: the town it stands in, or that opens its name, is (issue 16).

Sentences written for these tests (session 25), in several countries. The README says an institution or building
named beside a town is no place of its own; for landmarks it did not hold: "rallied outside the Opera House in
Sydney" was placed at an unresolved "Opera House", "outside the Sydney Opera House" at no place at all. House,
tower, hall, museum and theatre are now ``site_nouns`` (the town beside the name) and ``named_setting_nouns`` (the
town opening the name: a city of 100 000 in a country the text names, or of a million). ACLED codebook 2023: the
location is a named populated place; the site belongs in the notes.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _event(coder, text: str):
    return next(iter(coder.code_documents([make_document(text, published="2024-03-10")]))).events[0]


@pytest.mark.parametrize("text, name, country", [
    ("Pro-Israeli activists rallied outside the Opera House in Sydney on Sunday.", "Sydney", "AUS"),
    ("Farmers protested outside the Eiffel Tower in Paris on Monday.", "Paris", "FRA"),
    ("Protesters rallied outside Government House in Bangkok on Monday.", "Bangkok", "THA"),
    ("Hundreds rallied outside the Galata Tower in Istanbul on Saturday.", "Istanbul", "TUR"),
    # the town opening the landmark's name
    ("Pro-Israeli activists rallied outside the Sydney Opera House on Sunday.", "Sydney", "AUS"),
    ("Activists rallied outside the Cairo Opera House on Friday.", "Cairo", "EGY"),
    ("Students rallied outside the Lahore Museum on Monday.", "Lahore", "PAK"),
])
def test_a_landmark_is_placed_at_its_town(coder, text, name, country):
    loc = _event(coder, text).location
    assert (loc.name, loc.country, loc.rule) == (name, country, "attached")


@pytest.mark.parametrize("text", [
    "Protesters rallied outside Lancaster House on Monday.",  # a town of under 100 000 opens the name
    "Protesters rallied at Carnegie Hall on Monday.",  # a person's name
])
def test_a_landmark_named_after_no_big_town_places_nothing(coder, text):
    assert _event(coder, text).location is None
