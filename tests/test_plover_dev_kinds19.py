"""Two kinds of the PLOVER dev set's misses (issue 12), with sentences written for these tests.

- Aid delivered: "delivered food to the shelter" is AID (PLOVER manual: AID, material help given;
  the lexicon had "deliver" for weapons only); not a letter, a verdict or results, nor a delivery planned
  or failed.
- A purpose clause: "amended the law so that rallies are banned" states the aim, not a ban imposed
  (Quirk et al. 1985, 15.48; ``attribution_frames.purpose_mark``); a past-tense clause of result
  ("so that the crowd dispersed") is left as told.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

PUB = "2022-02-01"
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _coded(coder, text):
    return next(coder.code_documents([make_document(text, published=PUB)]))


@pytest.mark.parametrize("text", [
    "Volunteers personally delivered food to the shelter in Kabul on Monday.",
    "The UN delivered aid to Gaza on Tuesday.",
    "Two charities delivered blankets and medicine to the camp.",
])
def test_aid_delivered_is_aid(coder, text):
    [ev] = [e for e in _coded(coder, text).events if e.trigger.text == "delivered"]
    assert ev.event_type == "AID" and ev.attribution.certainty == "asserted"


@pytest.mark.parametrize("text", ["The postman delivered the letters.", "The judge delivered a verdict on Monday.",
                                  "The company delivered strong results.",
                                  "The convoy failed to deliver supplies to the town."])
def test_no_aid_in_other_deliveries(coder, text):
    assert not [e for e in _coded(coder, text).events if e.event_type == "AID"]


@pytest.mark.parametrize("text,trigger", [
    ("The party began a campaign to amend the law so that rallies are banned.", "banned"),
    ("The council changed the rules so that protests are banned near schools.", "banned"),
    ("Officials rewrote the permit rules so that the march is banned from the centre.", "banned"),
    ("The mayor changed the rules so that night rallies are banned.", "banned"),  # "that" parsed as a determiner
])
def test_an_act_in_a_purpose_clause_is_an_aim(coder, text, trigger):
    coded = _coded(coder, text)
    assert not [e for e in coded.events if e.trigger.text == trigger]
    [reason] = [a.reason for a in coded.abstentions if a.trigger.text == trigger]
    assert "purpose" in reason


def test_a_result_clause_in_the_past_is_told(coder):
    [ev] = [e for e in _coded(coder, "Troops fired in the air so that the crowd dispersed.").events
            if e.trigger.text == "fired"]
    assert ev.event_type == "ASSAULT"
    coded = _coded(coder, "The council changed the rules so that protests were banned near schools.")
    assert [e for e in coded.events if e.trigger.text == "banned"]


def test_verbs_joined_after_a_subject_the_parser_read_as_a_relative_keep_their_doer(coder):
    # the small parser reads "donated" as a relative on "charities" and finds no verb; "delivered" is a simple past
    [ev] = [e for e in _coded(coder, "Doctors from two charities donated and delivered medicine to a clinic in Mosul.").events
            if e.trigger.text == "delivered"]
    assert ev.event_type == "AID" and ev.actor is not None and ev.actor.span.text == "Doctors"


def test_a_true_relative_keeps_no_doer_of_its_own(coder):
    coded = _coded(coder, "The medicine donated and delivered last year by two charities helped thousands of patients.")
    assert not [e for e in coded.events if e.event_type == "AID" and e.actor is not None
                and "medicine" in (e.actor.name or "").lower()]
