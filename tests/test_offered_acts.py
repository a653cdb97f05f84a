"""What is offered or proposed has not happened (issue 12, "offers, promises and pledges").

"The government offered to hold talks with the opposition" coded the talks
as a CONSULT asserted by the author, and "offered on Tuesday to hold talks
... on Thursday" lost the offer itself (the parser hangs the infinitive on
the verb as an adverbial clause once a phrase comes between) and dated the
talks to Tuesday. The offer is PLOVER AGREE ("offers, promises or intentions
to cooperate", PLOVER manual); its content is not an event (profile
``content_verbs``: "offer", "propose"), whichever way the parser hangs it
(``events.detect``: a rule's empty ``xcomp`` list takes an infinitive
adverbial clause too).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

PUB = "2024-05-08"  # a Wednesday

TEXTS = {
    "between": "The government offered on Tuesday to hold talks with the opposition on Thursday.",
    "plain": "The government offered to hold talks with the opposition.",
    "free": "Rebels offered to free the hostages in exchange for food.",
    "proposed": "The junta proposed to release 200 political prisoners.",
    "pressed": "The United States pressed on Monday to end the fighting.",
    "done": "The army offered no resistance and withdrew from the town.",
    # rev20d: to press ahead / forward is to go on, not to ask (the advcl infinitive made more of these fire)
    "ahead": "The army pressed ahead to capture the town of Bakhmut.",
    "forward": "Troops pressed forward to retake the bridge.",
    "ahead_day": "Russian forces pressed ahead on Monday to encircle the city.",
    "into": "Troops pressed into the town to clear it of militants.",
    "against": "Protesters pressed against the barricades to reach the parliament.",
    # rev20d: an infinitive after an object or a place is the act's purpose, not what was offered or pressed for
    "reward": "The state offered a reward of Rs 5 lakh to catch the killers.",
    "money": "Militants offered money to villagers to join their ranks.",
    "assurances": "Officials offered assurances on Monday to calm the protesters.",
    "crowd_back": "Police pressed the crowd back to clear the road.",
    "late": "The army offered late on Friday to withdraw from the city.",
    # prayers, condolences, tributes and flowers are given, not offered as cooperation (PLOVER AGREE): a mourning
    # is no event (issue 12; the lexicon's "offer" rule, not_objects)
    "prayers": "Hundreds of villagers offered prayers to mark ten years since the mine disaster in Soma.",
    "flowers": "Mourners offered flowers to honour the dead miners outside the pit on Sunday.",
    "namaz": "Residents offered namaz to remember the riot victims in Bhiwandi on Friday.",
    "tributes": "Ministers offered tributes and laid wreaths to commemorate the fallen soldiers in Kigali.",
}


@pytest.fixture(scope="module")
def coded(coder):
    docs = [make_document(t, published=PUB, doc_id=k) for k, t in TEXTS.items()]
    return {c.document.doc_id: [(e.event_type, e.trigger.text, e.attribution.certainty) for e in c.events]
            for c in coder.code_documents(docs)}


@pytest.mark.parametrize("key", ["between", "plain", "free"])
def test_the_offer_is_the_event_and_its_content_is_not(coded, key):
    assert [(t, w) for t, w, _ in coded[key]] == [("AGREE", "offered")]


def test_the_offer_keeps_its_own_day(coder):
    [doc] = coder.code_documents([make_document(TEXTS["between"], published=PUB, doc_id="d")])
    [ev] = doc.events
    assert ev.date.value == "2024-05-07"


def test_a_proposed_release_is_no_release(coded):
    assert not any(t == "RETREAT" for t, _, _ in coded["proposed"])


def test_an_infinitive_after_a_phrase_still_completes_a_request(coded):
    assert [(t, w) for t, w, _ in coded["pressed"]] == [("REQUEST", "pressed")]


def test_an_offer_without_an_infinitive_is_no_agreement(coded):
    assert [(t, w) for t, w, _ in coded["done"]] == [("RETREAT", "withdrew")]


@pytest.mark.parametrize("key", ["ahead", "forward", "ahead_day", "into", "against"])
def test_pressing_ahead_is_no_request(coded, key):
    assert not any(t == "REQUEST" for t, _, _ in coded[key])


@pytest.mark.parametrize("key", ["reward", "money", "assurances", "crowd_back"])
def test_an_infinitive_of_purpose_is_no_offer_or_request(coded, key):
    assert not any(t in ("AGREE", "REQUEST") for t, _, _ in coded[key])


def test_an_offer_put_off_by_a_date_phrase_is_still_an_offer(coded):
    assert [(t, w) for t, w, _ in coded["late"]] == [("AGREE", "offered")]


@pytest.mark.parametrize("key", ["prayers", "flowers", "namaz", "tributes"])
def test_prayers_flowers_and_tributes_are_no_offer(coded, key):
    assert not any(t == "AGREE" for t, _, _ in coded[key]), coded[key]
