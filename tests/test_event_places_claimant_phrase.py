"""An event the parser hangs on its claimant keeps the places of its own phrase (issue 16, evloc24).

Sentences written for these tests. In "Three guards were accused by inmates
of beating a prisoner in a cell in Nagpur", the small model hangs "of
beating ..." on "inmates", so the claimant's phrase held the beating and its
town: the town was dropped as the claimant's, and the dateline (Mumbai) was
taken. The event's own subtree is no part of its claimant's phrase.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _events(coder, text: str):
    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    return {e.trigger.text: e for e in coded.events}


@pytest.mark.parametrize(("text", "trigger", "name"), [
    ("MUMBAI: Three guards were accused by inmates of beating a prisoner in a cell in Nagpur on Friday.",
     "beating", "Nagpur"),
    ("NAIROBI - Two officers were accused by witnesses of shooting a hawker in a market in Eldoret on Monday.",
     "shooting", "Eldoret"),
    ("BOGOTA - The army was accused by farmers of killing two men in Cauca last week.", "killing", "Cauca"),
])
def test_the_event_s_own_place_beats_the_dateline(coder, text, trigger, name):
    event = _events(coder, text)[trigger]
    assert event.location is not None and event.location.name == name
    assert event.attribution.claimant_span is not None  # the claimant is still read


def test_a_place_in_the_claimant_s_own_phrase_stays_out(coder):
    text = "Police beat a vendor on Monday, traders in Mombasa said."
    loc = _events(coder, text)["beat"].location
    assert loc is None or loc.name != "Mombasa"


@pytest.mark.parametrize(("text", "trigger", "dateline", "claimant_town"), [
    ("NAIROBI - Protesters clashed with police on Monday, according to witnesses in Kisumu.",
     "clashed", "Nairobi", "Kisumu"),
    ("KAMPALA - Soldiers fired on protesters on Monday, according to residents in Gulu.",
     "fired", "Kampala", "Gulu"),
])
def test_a_claimant_hung_on_the_event_keeps_its_town_out(coder, text, trigger, dateline, claimant_town):
    """Rev24e: only an event inside its claimant's phrase is taken back from it ("according to witnesses in X")."""
    loc = _events(coder, text)[trigger].location
    assert loc is not None and loc.name == dateline and loc.name != claimant_town
