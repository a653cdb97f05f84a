"""What a denial gives, as the README's "Denials" says: no record for the denied act, none for the denial.

* The denied act is abstained on with its denier and cue (events.policy.denied_is_not_an_event).
* An accusation the text makes is ACCUSE, with the act kept ``alleged`` on the accuser's word.
* The denial is no record: CAMEO 016 "Deny responsibility" has no PLOVER type, and PLOVER REJECT is
  refusing a proposal, request or demand, so "rejected claims/allegations/reports" is no REJECT
  (list denied_statements), while "rejected the demand", "rejected the peace plan" stay REJECT.

Sentences are our own.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

PUB = "2024-05-01"
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _coded(coder, text):
    return next(coder.code_documents([make_document(text, published=PUB)]))


@pytest.mark.parametrize("text", [
    "The ministry rejected claims that police had shot protesters in Tbilisi.",
    "The army rejected allegations that soldiers looted shops in Goma.",
    "The governor rejected reports that 40 people were arrested in Kano.",
])
def test_rejecting_a_claim_is_no_reject_and_the_act_no_record(coder, text):
    coded = _coded(coder, text)
    assert [e for e in coded.events if e.event_type in ("REJECT", "ASSAULT", "COERCE")] == []
    assert any("denied (by" in a.reason and "no record" in a.reason for a in coded.abstentions)


@pytest.mark.parametrize("text", [
    "The government rejected the opposition's demand for early elections.",
    "Parliament rejected the peace plan on Tuesday.",
])
def test_rejecting_a_proposal_stays_reject(coder, text):
    assert [e.event_type for e in _coded(coder, text).events] == ["REJECT"]


def test_an_accusation_keeps_the_act_alleged_by_the_accuser(coder):
    coded = _coded(coder, "Human Rights Watch accused the army of burning 40 homes in Rakhine, "
                          "a charge the military denied.")
    kinds = {(e.event_type, e.attribution.certainty) for e in coded.events}
    assert ("ACCUSE", "asserted") in kinds and ("ASSAULT", "alleged") in kinds
    [burn] = [e for e in coded.events if e.event_type == "ASSAULT"]
    assert burn.attribution.claimant == "Human Rights Watch"
