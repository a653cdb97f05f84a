"""Three missed shapes a new user found (issue 12): a hurt toll, a means of repression, a march's two figures.

* "At least 45 people were hurt": a passive "hurt" of people is a toll (like "injured"), attached to
  the act of its paragraph ("Police fired tear gas ... At least 45 people were hurt"). Like "died" it
  names no harm done by anyone (profile bare_death_verbs), so with no violence in its sentence or
  paragraph it is no event ("Five people were hurt when a bus overturned"; ACLED codebook 2023:
  injuries are counted for political violence events).
* "Police responded with water cannon": responding, retaliating or hitting back with a means of
  repression is the use of it (CAMEO 175, PLOVER ASSAULT crowd-control), as "used water cannon" was
  already. "React" is left to the CAMEO dictionary's rules ("reacted with anger": ACCUSE), which a rule
  of ours for the lemma would displace.
* "Between 50,000 and 80,000 people joined the march ..., while the ministry said only 25,000 took
  part": the subject of "joined the march/protest" counts participants, so both figures are kept,
  each with its claimant (low/high for the range; ACLED codebook: the most conservative is used).

Sentences are our own.
"""

from __future__ import annotations

import pytest


def _coded(coder, text):
    return coder.code(text, published="2024-05-01")


@pytest.mark.parametrize("text", [
    "Police fired tear gas at protesters in Nairobi on Monday. At least 45 people were hurt.",
    "Police fired tear gas at protesters in Nairobi on Monday. At least 45 people were injured.",
])
def test_a_hurt_toll_joins_the_act_of_its_paragraph(coder, text):
    [fired] = [e for e in _coded(coder, text) if e.event_type == "ASSAULT"]
    assert [(c.kind, c.low) for c in fired.counts] == [("injured", 45)]


def test_a_hurt_toll_in_a_clash_sentence(coder):
    evs = _coded(coder, "Clashes broke out between rival groups in Jos on Sunday; 12 people were hurt.")
    assert [(c.kind, c.best) for e in evs for c in e.counts] == [("injured", 12)]


@pytest.mark.parametrize("text", [
    "At least 45 people were hurt.",
    "Five people were hurt when a bus overturned near Mombasa.",
    "Two workers were hurt in a crash on the motorway.",
    "Sales were hurt by the strong dollar.",
    "His feelings were hurt by the remarks.",
])
def test_hurt_with_no_violence_is_no_event(coder, text):
    assert _coded(coder, text) == []


@pytest.mark.parametrize("text", [
    "Police responded with water cannon as protesters marched on parliament in Tbilisi.",
    "Riot police responded with tear gas and rubber bullets in Santiago on Friday.",
    "Security forces retaliated with batons and stun grenades when students blocked the road in Dhaka.",
])
def test_responding_with_means_of_repression_is_their_use(coder, text):
    [force] = [e for e in _coded(coder, text) if e.event_type == "ASSAULT"]
    assert force.mode == "crowd-control" and force.actor is not None


@pytest.mark.parametrize("text", [
    "The company responded with a statement on Monday.",
    "Fans responded with chants of support for the coach.",
    "Markets reacted with gains after the rate cut.",
])
def test_responding_with_words_is_no_force(coder, text):
    assert _coded(coder, text) == []


def test_two_competing_crowd_figures_with_their_claimants(coder):
    [march] = _coded(coder, "Between 50,000 and 80,000 people joined the march in Belgrade on Saturday, "
                            "while the ministry said only 25,000 took part.")
    figures = [(c.low, c.best, c.high, c.claimant) for c in march.counts if c.kind == "participants"]
    assert figures == [(50000, None, 80000, None), (None, 25000, None, "SRB ministry")]


@pytest.mark.parametrize("text, figure", [
    ("About 50,000 people joined the march in Belgrade on Saturday.", 50000),
    ("Some 3,000 students joined the protest outside parliament in Nairobi on Tuesday.", 3000),
])
def test_joining_a_protest_counts_participants(coder, text, figure):
    [protest] = _coded(coder, text)
    assert [(c.kind, c.best) for c in protest.counts] == [("participants", figure)]


def test_joining_the_army_counts_no_crowd(coder):
    assert [c for e in _coded(coder, "About 300 recruits joined the army in Kano on Monday.") for c in e.counts] == []
