"""A dateline is where the report was filed: the fallback, never above a town the event's clause names (issue 16).

Sentences written for these tests (session 25), in several countries. A press release opens "(City, date) - ...";
the small model often hangs that bracketed city on the first verb, and the locator took it as a place attached to
the trigger, above the town the clause itself names ("... fired at protesters in Kisumu": Nairobi). The dateline's
place words (:func:`dotterel.places.dateline.filed_span`) are now no candidate of the sentence rules; the dateline
stays the fallback (AP Stylebook "datelines": the place the story was filed from).
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _event(coder, text: str):
    return next(iter(coder.code_documents([make_document(text, published="2024-03-10")]))).events[0]


@pytest.mark.parametrize("text, name, country", [
    ("(Nairobi, March 8, 2024) - Police fired live rounds at protesters in Kisumu on Tuesday, "
     "Human Rights Watch said today.", "Kisumu", "KEN"),
    ("(Dhaka, 7 March 2024) - Police beat garment workers in Gazipur on Wednesday, the rights group said.",
     "Gazipur", "BGD"),
    ("(Beirut, March 8, 2024) - Israeli forces shelled homes in Tyre on Tuesday, Amnesty International said.",
     "Tyre", "LBN"),
    ("(Berlin, March 8, 2024) - Police beat climate activists in Munich on Saturday, the group said.",
     "Munich", "DEU"),
    ("(Mexico City, March 8, 2024) - Soldiers detained 12 migrants in Tapachula on Monday, the group said.",
     "Tapachula", "MEX"),
])
def test_the_town_the_clause_names_beats_a_press_release_dateline(coder, text, name, country):
    loc = _event(coder, text).location
    assert (loc.name, loc.country, loc.rule) == (name, country, "attached")


def test_a_wire_dateline_is_still_the_fallback(coder):
    loc = _event(coder, "ISLAMABAD - Police arrested 30 protesters on Tuesday.").location
    assert (loc.name, loc.rule) == ("Islamabad", "dateline")


def test_a_press_release_office_alone_places_no_event(coder):
    # the bracketed city is the rights group's office (README: a body's office), not where the police fired
    assert _event(coder, "(Nairobi, March 8, 2024) - Police fired live rounds at protesters on Tuesday, "
                         "Human Rights Watch said.").location is None
