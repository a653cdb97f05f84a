"""Senses of "shoot" that are no gunfire: filming, rejecting, rising.

PLOVER manual, ASSAULT firearms: an attack with small arms, so the shooting needs a target that can be
shot. A photographer or cameraman who "shot the rally" filmed it (their nouns are the profile list
``recording_media``), and "shot down the proposal" rejected it (PLOVER REJECT; CAMEO 12); "shot to fame",
"prices shot up", "shot glasses" and "shot scenes" were already uncoded and must stay so. Sentences are
our own.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _types(coder, text):
    return [(e.event_type, e.mode) for e in coder.code(text, published="2024-03-10")]


@pytest.mark.parametrize("text", [
    "The photographer shot the rally in Kumasi on Saturday.",
    "A photojournalist shot the march in Bulawayo on Friday.",
    "A cameraman shot the protest outside parliament in Mombasa on Monday.",
    "A film crew shot scenes in Fez on Monday.",
    "The singer shot to fame in Ibadan last year.",
    "Fuel prices shot up in Quetta on Monday.",
    "The bartender lined up shot glasses for the guests in Cork on Friday.",
])
def test_filming_and_rising_are_no_gunfire(coder, text):
    assert ("ASSAULT", "firearms") not in _types(coder, text)


@pytest.mark.parametrize("text", [
    "Parliament shot down the proposal on Tuesday.",
    "The ruling party shot down the opposition's motion in Kitwe on Wednesday.",
    "The cabinet shot down plans for a new fuel levy in Arequipa on Monday.",
])
def test_shooting_down_a_proposal_is_a_rejection(coder, text):
    assert _types(coder, text) == [("REJECT", None)]


@pytest.mark.parametrize("text, kind", [
    ("Police shot a protester in Eldoret on Tuesday.", ("ASSAULT", "firearms")),
    ("Gunmen shot a photographer in Culiacan on Tuesday.", ("ASSAULT", "firearms")),
    ("Rebels shot down an army helicopter near Beni on Monday.", ("ASSAULT", "firearms")),
    ("Soldiers shot down two drones over Kharkiv on Sunday.", ("COERCE", "seize")),
])
def test_gunfire_stays_gunfire(coder, text, kind):
    assert kind in _types(coder, text)
