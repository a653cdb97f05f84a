"""Past verbs listed after an order's infinitive are acts told as done, by the one who gave the order.

"Police ordered the crowd to disperse, beat protesters and arrested dozens": the small parser hangs "beat" and
"arrested" on "disperse", so they read as what was ordered. A list after "to" joins bare verbs, so a verb with
a past form of its own is the order verb's conjunct (Huddleston and Pullum 2002, ch. 15); "to disperse" stays
the order's content. Sentences written for this test.
"""

import pytest

from dotterel.ingest import make_document

PUB = "2024-05-01"


def _coded(coder, text):
    (coded,) = coder.code_documents([make_document(text, published=PUB)])
    return coded


@pytest.mark.parametrize("text, acts", [
    ("Police ordered the crowd to disperse, beat protesters and arrested dozens.", {"beat", "arrested"}),
    ("Police ordered the crowd to disperse and arrested dozens.", {"arrested"}),
    ("Police urged people to stay home and arrested 12 looters on Monday.", {"arrested"}),
    ("Riot police told the students to go home and fired tear gas.", {"fired"}),
])
def test_a_past_verb_after_an_order_s_infinitive_is_an_act_of_the_orderer(coder, text, acts):
    coded = _coded(coder, text)
    told = {e.trigger.text: e for e in coded.events if e.attribution.certainty == "asserted"}
    assert acts <= set(told), [(e.trigger.text, e.attribution.certainty) for e in coded.events]
    for act in acts:
        assert told[act].actor is not None and told[act].actor.sector == "COP", (act, told[act].actor)


@pytest.mark.parametrize("text, ordered", [
    # bare verbs: every member of the list is ordered
    ("Police ordered them to disperse and leave the square.", {"disperse", "leave"}),
    ("The governor ordered police to arrest the leaders and ban the rally.", {"arrest", "ban"}),
    # "beat" is past or base alike: with no past form beside it in the list, it stays what is ordered
    ("The commander ordered troops to disperse the crowd and beat protesters.", {"disperse", "beat"}),
    # an auxiliary of its own: a passive is no act of the orderer
    ("Police ordered protesters to leave and were attacked.", set()),
])
def test_bare_infinitives_of_an_order_stay_its_content(coder, text, ordered):
    coded = _coded(coder, text)
    assert not ordered & {e.trigger.text for e in coded.events}, [(e.trigger.text, e.attribution.certainty)
                                                                   for e in coded.events]


def test_a_reported_order_and_act_keep_the_speaker_as_claimant(coder):
    coded = _coded(coder, "A police spokesman said officers ordered the crowd to disperse and arrested 30 people.")
    (arrest,) = [e for e in coded.events if e.trigger.text == "arrested"]
    assert arrest.attribution.certainty == "reported"
    assert arrest.actor is not None and arrest.actor.sector == "COP"
