"""Hostage taking with its victims and their number.

"Gunmen held 30 villagers hostage": the small parser makes "villagers" a compound of "hostage", so the event had
no recipient and no count. The held people are the recipient and their figure the ``abducted`` count (the kind
an abduction's victims have everywhere else: "abducted 30 villagers"); "held the villagers hostage" (with
"hostage" parsed as a clause) and "took hostage 20 soldiers" (a dative) are the same act. PLOVER ASSAULT, mode
abduct; ACLED Abduction/forced disappearance. Sentences written for this test.
"""

import pytest

from dotterel.ingest import make_document

PUB = "2024-05-01"


def _abductions(coder, text):
    (coded,) = coder.code_documents([make_document(text, published=PUB)])
    return [e for e in coded.events if e.event_type == "ASSAULT" and e.mode == "abduct"]


@pytest.mark.parametrize("text, recipient_sector, held", [
    ("Gunmen held 30 villagers hostage.", "CVL", 30),
    ("Gunmen took 30 villagers hostage in Zamfara on Monday.", "CVL", 30),
    ("Militants are holding 12 aid workers hostage.", None, 12),
    ("Rebels took hostage 20 soldiers.", "MIL", 20),
    ("Gunmen took five police officers hostage.", "COP", 5),
])
def test_the_held_people_are_the_recipient_and_their_figure_the_abducted_count(coder, text, recipient_sector, held):
    (ev,) = _abductions(coder, text)
    assert ev.recipient is not None
    if recipient_sector is not None:
        assert ev.recipient.sector == recipient_sector, ev.recipient
    assert [(c.kind, c.best) for c in ev.counts] == [("abducted", held)]


def test_held_hostage_with_the_noun_parsed_as_a_clause_is_an_abduction(coder):
    (ev,) = _abductions(coder, "Gunmen held the villagers hostage for three days.")
    assert ev.recipient is not None and ev.recipient.sector == "CVL"
    assert ev.actor is not None and ev.counts == []


@pytest.mark.parametrize("text", [
    # figurative: a process, a country held hostage, or no armed taker
    "Rebels held the peace process hostage.",
    "The unions held the country hostage with their strike.",
    "Police held talks with the hostage takers.",
    "Soldiers held a hostage rescue drill on Monday.",
])
def test_a_figurative_or_unrelated_hostage_is_no_abduction(coder, text):
    assert _abductions(coder, text) == []
