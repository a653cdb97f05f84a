"""Conflict verbs used of business, politics, sport and science code no event; their armed uses still do.

A reviewer's probes of the rules for continued/begun/launched attacks, captured
capitals, exploding rockets, intensified vigilance and patrols, and of the
tally-heading rule, with further shapes of each kind (both the false event that
must go and the true one that must stay).
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

NOT_EVENTS = {
    # a named organisation's push, attack or campaign is no offensive unless it is a military one
    "amazon_push": "Amazon continued its push into healthcare on Monday, buying a chain of clinics.",
    "labour_attack": "The Labour Party began an attack on the government's budget plans on Monday.",
    "democrats_attack": "Democrats launched an attack on the Republican tax plan on Monday.",
    "google_campaign": "Google started an advertising campaign in Europe on Tuesday.",
    "union_offensive": "The teachers' union launched an attack on the education bill on Wednesday.",
    # winning an election is no seizure
    "election_capital": "The ruling party captured the capital in Sunday's municipal elections.",
    "election_parliament": "The opposition alliance captured parliament in Sunday's elections.",
    "election_city": "The Greens captured the city in Sunday's local elections.",
    # a rocket that fails on launch is no attack
    "spacex": "A SpaceX rocket exploded minutes after liftoff from Texas on Thursday.",
    "test_missile": "A test missile exploded shortly after launch from the base on Friday.",
    # health officials, wildlife rangers and peace missions mobilise no force
    "dengue": "Health officials in Kerala intensified vigilance against dengue on Monday.",
    "tax": "Tax inspectors intensified vigilance at the border crossings on Tuesday.",
    "rangers": "Wildlife rangers patrolled the Maasai Mara reserve on Monday to deter poachers.",
    "mission": "A UN monitoring mission patrolled the border villages on Monday.",
}

EVENTS = {
    "troops_push": ("Government troops continued their push on the rebel-held town on Monday.", "ASSAULT"),
    "org_military": ("Hezbollah launched a rocket attack on northern Israel on Monday.", "ASSAULT"),
    "org_on_place": ("The Taliban began an offensive on Kunduz on Monday.", "ASSAULT"),
    "rebels_capital": ("Rebel fighters captured the capital on Sunday after a week of fighting.", "COERCE"),
    "rebels_town": ("Rebels captured the town of Kidal on Sunday.", "COERCE"),
    "coalition_town": ("Coalition forces captured the town of Tal Afar on Sunday.", "COERCE"),
    "bomb_explodes": ("A bomb exploded at a market in Kabul on Monday, killing 12 people.", "ASSAULT"),
    "shell_market": ("A shell exploded near a school in Donetsk on Monday, wounding four children.", "ASSAULT"),
    "rocket_in_city": ("A rocket exploded in a residential area of Kharkiv on Monday, killing two people.", "ASSAULT"),
    "police_vigil": ("Police intensified patrols in Srinagar on Monday after the attack.", "MOBILIZE"),
    "troops_patrol": ("Soldiers patrolled the streets of Bamako on Monday.", "MOBILIZE"),
    # a single dated incident told after a colon is that incident, not a fact-box tally
    "toll_when": ("The toll: 12 killed and 30 injured when a bomb exploded at a Kabul market on Monday.", "ASSAULT"),
    "breakdown": ("Police gave a breakdown of the casualties: 12 killed in Monday's bombing in Kabul and 30 injured.",
                  "ASSAULT"),
    "latest": ("Latest: gunmen killed 7 villagers in Zamfara on Tuesday.", "ASSAULT"),
}

TALLY_BOXES = {
    "box_civilian": "Civilian casualties: 23 killed; 41 injured.",
    "box_semis": "Losses: 40 dead; 112 wounded; 1,500 detained.",
}


@pytest.fixture(scope="module")
def coded(coder):
    texts = dict(NOT_EVENTS) | {k: v for k, (v, _) in EVENTS.items()} | TALLY_BOXES
    docs = [make_document(text, doc_id=key, published="2024-05-01") for key, text in texts.items()]
    return {c.document.doc_id: c for c in coder.code_documents(docs)}


@pytest.mark.parametrize("key", sorted(NOT_EVENTS))
def test_conflict_words_in_ordinary_news_code_no_event(coded, key):
    assert [(e.event_type, e.trigger.text) for e in coded[key].events] == [], NOT_EVENTS[key]


@pytest.mark.parametrize("key", sorted(EVENTS))
def test_their_armed_uses_still_code(coded, key):
    text, event_type = EVENTS[key]
    assert event_type in {e.event_type for e in coded[key].events}, (text, coded[key].abstentions)


@pytest.mark.parametrize("key", sorted(TALLY_BOXES))
def test_a_fact_box_of_items_is_still_a_tally(coded, key):
    assert coded[key].events == []
    assert any("heading a tally" in a.reason for a in coded[key].abstentions), coded[key].abstentions
