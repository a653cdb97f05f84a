"""Passengers, commuters, shoppers, worshippers, mourners and bystanders are civilians (CVL) when attacked.

The role lexicon had no entry for them, so "Gunmen opened fire on commuters at a train station" had no recipient
and no ACLED sub-event type; an attack on civilians is Violence against civilians / Attack (ACLED Codebook
2023, Civilians). Sentences written for this test.
"""

import pytest

from dotterel.ingest import make_document

PUB = "2024-05-01"


def _events(coder, text):
    (coded,) = coder.code_documents([make_document(text, published=PUB)])
    return coded.events


@pytest.mark.parametrize("text, name", [
    ("Gunmen opened fire on commuters at a train station, killing six.", "passenger"),
    ("Militants attacked shoppers at a market in Mogadishu.", "shopper"),
    ("Police fired tear gas at mourners in Nairobi.", "mourner"),
    ("Gunmen shot dead two worshippers outside a church on Sunday.", "worshipper"),
    ("Soldiers beat passengers at a checkpoint on Monday.", "passenger"),
])
def test_people_at_public_places_are_civilian_recipients(coder, text, name):
    (ev,) = [e for e in _events(coder, text) if e.event_type == "ASSAULT"]
    assert ev.recipient is not None and ev.recipient.sector == "CVL" and name in ev.recipient.name, ev.recipient


def test_an_armed_attack_on_commuters_is_an_attack_on_civilians(coder):
    (ev,) = [e for e in _events(coder, "Gunmen opened fire on commuters at a train station, killing six.")
             if e.event_type == "ASSAULT"]
    assert ev.sub_event_type == "Attack"


def test_the_armed_side_stays_the_recipient_beside_travellers(coder):
    # the passengers are where the clash happened, not a side of it
    (ev,) = [e for e in _events(coder, "Soldiers clashed with rebels near a bus carrying commuters.")
             if e.event_type == "ASSAULT"]
    assert ev.recipient is not None and ev.recipient.sector == "REB"
