"""The rules for campaign rallies, occupations, sieges, releases and unjoined conjuncts, read on other news.

A review of the branch that added them coded sentences of business, sport, health and election news on
which they could fire, and found: an election march or a campaign protest *against* something vetoed as a
campaign rally (ACLED codebook 2023, Protests: a demonstration against a political entity or policy);
"election protesters" no longer protesters; staff, residents or members occupying a building coded as a
protest occupation; reporters and fans besieging a building coded as a siege (CAMEO 191 is a state or
armed group's restriction of movement); a company, school, club or hospital releasing workers, pupils,
players or children, or a scheme freeing people from debt, coded as a release of captives (CAMEO 0841);
"killed two guards then set fire to the building" losing the arson (an adverb joins the verbs); workers
killed "during a strike" typed an Attack on civilians, not force against protesters. The sentences are
our own.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-06"


def _types(coder, text):
    return [(e.event_type, e.mode) for e in coder.code(text, published=PUBLISHED)]


@pytest.mark.parametrize("text", [
    "Thousands joined an election march against fraud in Kinshasa on Sunday.",
    "Opposition supporters held a campaign protest against the ban in Dakar on Friday.",
    "Election protesters were shot by police in Maputo on Thursday.",
])
def test_a_protest_about_an_election_is_a_protest(coder, text):
    assert "PROTEST" in [t for t, _ in _types(coder, text)]


def test_a_campaign_rally_is_still_no_protest(coder):
    text = "A mayoral candidate was shot dead at a campaign rally in Veracruz on Monday."
    assert "PROTEST" not in [t for t, _ in _types(coder, text)]


@pytest.mark.parametrize("text", [
    "Employees occupied the new headquarters in Nairobi last year.",
    "Residents have occupied the building since 1990.",
    "Members occupied the offices of the club for a decade.",
    "Reporters besieged the hospital where the singer was treated.",
    "Fans besieged the building after the concert in Lima on Sunday.",
    "The company released 200 workers on Monday.",
    "The school released students early because of the heat on Monday.",
    "The club released Smith at the end of the season.",
    "The new scheme frees people from debt.",
    "The hospital released the children after treatment on Monday.",
])
def test_other_senses_of_occupy_besiege_release_are_silent(coder, text):
    assert _types(coder, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Protesters occupied the square in Bangkok on Monday.", ("PROTEST", "obstruct")),
    ("Rebels besieged the city of Goma on Monday.", ("COERCE", "restrict")),
    ("Kidnappers released three Chinese workers in Zamfara on Monday.", ("RETREAT", "release")),
    ("Iran released two French tourists on Friday.", ("RETREAT", "release")),
    ("Police released 20 protesters on bail on Monday.", ("RETREAT", "release")),
])
def test_the_acts_are_still_coded(coder, text, expected):
    assert expected in _types(coder, text)


def test_verbs_joined_by_then_keep_both_events(coder):
    text = "Gunmen killed two guards then set fire to the building in Kano on Monday."
    assert ("ASSAULT", "destroy") in _types(coder, text)


@pytest.mark.parametrize(("text", "sub_event"), [
    ("Police killed two union members during a strike in Harare on Monday.", "Excessive force against protesters"),
    ("Police shot dead a miner during the strike in Rustenburg on Monday.", "Excessive force against protesters"),
    ("Two miners were killed during the air strike in Ituri on Monday.", "Air/drone strike"),
])
def test_workers_harmed_at_their_strike_are_protesters(coder, text, sub_event):
    assert [e.sub_event_type for e in coder.code(text, published=PUBLISHED)] == [sub_event]


@pytest.mark.parametrize("text", [
    "Stocks rallied on Monday as the Fed held rates.",
    "The dollar rallied against the euro on Monday.",
    "Shares in the company rallied 5% on Monday.",
])
def test_prices_that_rally_are_no_protest(coder, text):
    # the verb's kin of "a stock market rally" (profile non_protest_gathering_modifiers): triggers list price_movers
    assert _types(coder, text) == []


def test_people_who_rally_still_protest(coder):
    assert _types(coder, "Supporters rallied in Nairobi on Monday.") == [("PROTEST", "demo")]
