"""A town that observed a bandh or went on strike is where it happened, never the doer.

ACLED Codebook 2023, Protests: the actor is the protesters, and a strike "observed" by a town is its
people's, who are not named. "Kolhapur observed a bandh" coded the actor "Kolhapur" (no country, no
sector); the subject of a strike (profile ``town_strike_modes``), a town by its name, is now no actor. A
blockade is left out: a capital that blocked roads is read as its government, as a capital that protested
("Kyiv blocked the roads to the airport"). Sentences are our own.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text", [
    "Kolhapur observed a bandh on Wednesday.",
    "Kolhapur went on strike on Thursday against the new toll.",
    "Nashik observed a bandh on Wednesday.",
    "Jammu went on strike on Monday.",
])
def test_a_town_that_struck_is_no_actor(coder, text):
    strikes = [e for e in coder.code(text, published="2024-03-10") if e.event_type == "PROTEST"]
    assert [e.mode for e in strikes] == ["strike"]
    assert strikes[0].actor is None


@pytest.mark.parametrize("text, actor", [
    ("Shiv Sena observed a bandh in Kolhapur on Wednesday.", "Shiv Sena"),
    ("Traders in Kolhapur observed a bandh on Wednesday.", "IND trader"),
])
def test_a_named_group_that_struck_stays_the_actor(coder, text, actor):
    strikes = [e for e in coder.code(text, published="2024-03-10") if e.event_type == "PROTEST"]
    assert strikes[0].actor is not None and strikes[0].actor.name == actor


@pytest.mark.parametrize("text, actor", [
    ("Kyiv blocked the roads to the airport on Sunday.", "Ukraine government"),
    ("Tbilisi blocked the roads to the border on Sunday.", "Georgia government"),
])
def test_a_capital_that_blocked_roads_keeps_its_government(coder, text, actor):
    blocks = [e for e in coder.code(text, published="2024-03-10") if e.event_type == "PROTEST"]
    # whether a government's road closure is a PROTEST at all is not this rule's to say; if it is coded,
    # its doer is the government, never dropped
    assert all(e.actor is not None and e.actor.name == actor for e in blocks)
