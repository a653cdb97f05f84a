"""Senses of "shoot" that are no gunfire: filming, rejecting, rising.

PLOVER manual, ASSAULT firearms: an attack with small arms, so the shooting needs a target that can be
shot. A photographer or cameraman who "shot the rally" filmed it (their nouns are the trigger list
``filming_people``), unless what they shot is a person (list ``victims``: "a photographer shot a police
officer"); a video, a camera, a satellite image or a director that shows or watches a shooting vetoes nothing
("Video footage showed a soldier shooting a teenager"), and "shot down the proposal" rejected it (PLOVER REJECT; CAMEO 12); "shot to fame",
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
    "The proposal was shot down by parliament on Tuesday.",
    "Parliament shot the proposal down on Tuesday.",
])
def test_shooting_down_a_proposal_is_a_rejection(coder, text):
    assert _types(coder, text) == [("REJECT", None)]


@pytest.mark.parametrize("text, kind", [
    ("Police shot a protester in Eldoret on Tuesday.", ("ASSAULT", "firearms")),
    ("Gunmen shot a photographer in Culiacan on Tuesday.", ("ASSAULT", "firearms")),
    ("Rebels shot down an army helicopter near Beni on Monday.", ("ASSAULT", "firearms")),
    ("Soldiers shot down two drones over Kharkiv on Sunday.", ("COERCE", "seize")),
    # a person named like a proposal: the proposals are read only with "down" (the REJECT rule)
    ("Bill was shot dead outside his shop in Detroit on Monday.", ("ASSAULT", "firearms")),
    ("Gunmen shot Bill outside his shop in Detroit on Monday.", ("ASSAULT", "firearms")),
])
def test_gunfire_stays_gunfire(coder, text, kind):
    assert kind in _types(coder, text)


@pytest.mark.parametrize("text, actor", [
    ("Video footage showed a soldier shooting a boy at the checkpoint in Jenin on Friday.", "soldier"),
    ("The footage, filmed by a passer-by, shows troops shooting at the crowd in Segou on Monday.", "soldier"),
    ("Phone videos captured police shooting into the crowd in Shiraz on Saturday.", "police"),
    ("A retired film director shot his neighbour in Multan on Sunday.", None),
    ("A prison director shot an inmate in Maracay on Monday.", None),
    ("A photographer shot a police officer in Herat on Monday.", None),
])
def test_a_recording_or_a_filmmaker_does_not_veto_real_gunfire(coder, text, actor):
    events = [e for e in coder.code(text, published="2024-03-10") if (e.event_type, e.mode) == ("ASSAULT", "firearms")]
    assert len(events) == 1
    if actor is not None:
        assert events[0].actor is not None and events[0].actor.name.endswith(actor)

