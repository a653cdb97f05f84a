"""A campaign or election rally is a party's own event, not a protest.

A new user's "A mayoral candidate was shot dead at a campaign rally" gave a PROTEST (demo) implied from
the rally and typed the shooting "Excessive force against protesters". ACLED (codebook 2023, Protests)
records demonstrations against a political entity or policy; a candidate's rally is none, and the
shooting of an unarmed person there is an Attack. Protests named so stay protests. The sentences are
our own.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-06"


@pytest.mark.parametrize("text", [
    "The ruling party held a campaign rally in Dhaka on Sunday.",
    "Supporters of the president staged an election rally in Harare on Saturday.",
    "Fans held a victory march through Buenos Aires on Monday.",
])
def test_a_campaign_rally_is_no_protest(coder, text):
    assert [e for e in coder.code(text, published=PUBLISHED) if e.event_type == "PROTEST"] == []


@pytest.mark.parametrize(("text", "sub"), [
    ("A mayoral candidate was shot dead at a campaign rally in Guerrero on Sunday.", "Attack"),
    ("A bomb exploded at an election rally in Quetta on Sunday, killing 12 people.", "Remote explosive/landmine/IED"),
])
def test_violence_at_a_campaign_rally_is_not_force_against_protesters(coder, text, sub):
    events = coder.code(text, published=PUBLISHED)
    assert [(e.event_type, e.sub_event_type) for e in events] == [("ASSAULT", sub)]


@pytest.mark.parametrize(("text", "sub"), [
    ("Police fired tear gas at an opposition rally in Dhaka on Sunday.", "Protest with intervention"),
    ("Opposition supporters staged a rally against the election results in Dhaka on Sunday.", "Peaceful protest"),
])
def test_a_protest_rally_stays_a_protest(coder, text, sub):
    events = coder.code(text, published=PUBLISHED)
    assert ("PROTEST", sub) in [(e.event_type, e.sub_event_type) for e in events]


@pytest.mark.parametrize("text", [
    "Haiti's football team clinched a World Cup berth on Tuesday, sparking celebrations in Port-au-Prince where "
    "thousands took to the streets.",
    "Fans took to the streets of Buenos Aires to celebrate the win on Sunday.",
])
def test_a_crowd_celebrating_is_no_protest(coder, text):
    assert [e for e in coder.code(text, published=PUBLISHED) if e.event_type == "PROTEST"] == []


@pytest.mark.parametrize("text", [
    "Farmers marched through Nairobi on Monday, cheered by shopkeepers.",
])
def test_a_protest_cheered_by_others_stays_a_protest(coder, text):
    assert "PROTEST" in [e.event_type for e in coder.code(text, published=PUBLISHED)]


def test_a_protest_during_a_festival_stays_a_protest(coder):
    events = coder.code("Protesters marched through Lagos during the festival on Sunday, demanding an end to police "
                        "brutality.", published=PUBLISHED)
    assert "PROTEST" in [e.event_type for e in events]
