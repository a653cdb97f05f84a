"""An earlier sentence dates the occasion only when it tells that occasion as done, on that day (rev26d).

dates26 counted "Two days after the attack" from any date in the clause of
the one earlier "attack": a date on another verb of the occasion ("The
massacre was condemned by the UN on 14 June", "Relatives commemorated the
massacre on 12 June", "the report on the massacre on 12 June"), an attack
threatened, denied or planned ("Rebels threatened to attack Goma on 12
June", "did not attack", "The strike is planned for 12 June", "will be
held"), and an occasion of another sense ("the attack on the economy") all
lent their day. Now the date must be on the occasion's own verb told as
done, on a verb that only says it took place (the profile's
``occasion_dating_verbs``: "occurred", "took place", "was held"), or on the
occasion as subject or possessor; the later occasion may name nothing the
earlier sentence does not (TimeML: a timex anchors the event of its own
clause, and an event has a modality and a polarity; Quirk et al. 1985,
5.28, the anaphoric "the").

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

PUB = "2024-06-20"

TEXTS = {
    "condemned": "The massacre was condemned by the UN on 14 June. "
                 "In the days following the massacre, soldiers arrested dozens of men in Tawila.",
    "postponed": "The election was postponed on 9 June. "
                 "Two days after the election, police arrested 12 opposition members in Bulawayo.",
    "commemorated": "Relatives commemorated the massacre on 12 June. "
                    "In the days following the massacre, soldiers arrested dozens of men in Tawila.",
    "report_on": "Amnesty published its report on the massacre on 12 June. "
                 "In the days following the massacre, soldiers arrested dozens of men in Tawila.",
    "funeral": "Mourners held a funeral for the victims of the attack on 14 June. "
               "Two days after the attack, soldiers arrested 30 men in Bunia.",
    "threatened": "Rebels threatened to attack Bunia on 12 June. "
                  "Two days after the attack, soldiers arrested 30 men in the town.",
    "denied": "Rebels did not attack Bunia on 12 June, officials said. "
              "Two days after the attack, soldiers arrested 30 men in the town.",
    "planned": "The strike is planned for 12 June. "
               "In the days following the strike, police arrested 30 union leaders in Ibadan.",
    "future": "The election will be held on 9 June. "
              "Two days after the election, police arrested 12 opposition members in Bulawayo.",
    "other_sense": "Rebels attacked an army post in Bunia on 12 June. "
                   "Two days after the attack on the economy, soldiers arrested 30 men in the town.",
    # the occasion told as done, on its own day: still counted from it
    "held": "The vote was held on 9 June. "
            "Two days after the vote, police arrested 12 opposition members in Bulawayo.",
    "occurred": "The Tawila massacre occurred on 12 June, when soldiers fired on a crowd. "
                "In the days following the massacre, soldiers arrested dozens of men.",
    "same_target": "Gunmen attacked a market in Gombe on 12 June. "
                   "Two days after the attack on the market, soldiers arrested 30 men in the town.",
    "subject_postmodified": "The vote on 9 June was marred by fraud. "
                            "Two days after the vote, police arrested 12 opposition members in Bulawayo.",
}


@pytest.fixture(scope="module")
def coded(coder):
    docs = [make_document(t, published=PUB, doc_id=k) for k, t in TEXTS.items()]
    return {c.document.doc_id: c for c in coder.code_documents(docs)}


def _arrest(coded, key):
    [ev] = [e for e in coded[key].events if e.trigger.text == "arrested"]
    return ev.date


@pytest.mark.parametrize("key", ["condemned", "postponed", "commemorated", "report_on", "funeral", "threatened",
                                 "denied", "planned", "future", "other_sense"])
def test_no_day_from_a_date_of_another_act_or_an_occasion_not_done(coded, key):
    date = _arrest(coded, key)
    assert (date.value, date.earliest, date.latest, date.source) == (None, None, PUB, "publication")
    assert "does not date the occasion" in date.reason


@pytest.mark.parametrize("key, earliest, latest", [
    ("held", "2024-06-11", "2024-06-11"),
    ("occurred", "2024-06-13", "2024-06-20"),
    ("same_target", "2024-06-14", "2024-06-14"),
    ("subject_postmodified", "2024-06-11", "2024-06-11"),
])
def test_the_occasion_told_as_done_still_lends_its_day(coded, key, earliest, latest):
    date = _arrest(coded, key)
    assert (date.earliest, date.latest, date.source) == (earliest, latest, "context")
    assert "an earlier sentence of the paragraph dates" in date.reason
