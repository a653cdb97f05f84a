"""A denial of who did an attack leaves the attack whose toll the text states (issue 12).

"The Taliban denied carrying out the attack on a checkpoint that killed six
soldiers": what is denied is that the Taliban carried it out. The attack and
its toll, told in a relative clause of a definite description, are presupposed
and hold under the denial (``attribution._presupposed_relative``), so the
killing is the author's, with no doer; only the denier's part is abstained.
Fault case 'negated-event' still holds: the rejected claim (the Taliban, or the
police, doing it) is never coded. A denial whose content is the harm itself
("denied that any protesters were killed"), or that tells the attack with an
indefinite phrase ("denied carrying out an attack that killed six"), stays an
abstention. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

PUB = "2025-04-10"
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _coded(coder, text):
    return next(coder.code_documents([make_document(text, published=PUB)]))


@pytest.mark.parametrize("text,denied,toll_verb,killed", [
    ("The Taliban denied carrying out the attack on a checkpoint that killed six soldiers.", "carrying", "killed", 6),
    ("The Taliban denied carrying out the attack in Kabul on Tuesday that killed six people.", "carrying", "killed", 6),
    ("Hamas denied that its fighters were behind the rocket attack which killed two Israelis.", None, "killed", 2),
    ("Al-Shabaab denied carrying out the bombing that killed 14 policemen in Mogadishu.", "carrying", "killed", 14),
])
def test_the_stated_toll_of_a_denied_attack_is_kept_with_no_doer(coder, text, denied, toll_verb, killed):
    coded = _coded(coder, text)
    [ev] = [e for e in coded.events if e.trigger.text == toll_verb]
    assert ev.event_type == "ASSAULT"
    assert ev.actor is None  # the denier is not made the attacker
    assert (ev.attribution.claimant, ev.attribution.certainty) == ("author", "asserted")
    assert [c.best for c in ev.counts if c.kind == "killed" and c.subgroup is None] == [killed]
    if denied is not None:  # the denier's own part stays out, with the reason naming it
        assert not [e for e in coded.events if e.trigger.text == denied]
        [why] = [a.reason for a in coded.abstentions if a.trigger.text == denied]
        assert "denied (by" in why


def test_a_reporter_of_the_denial_still_claims_the_toll(coder):
    coded = _coded(coder, "The Taliban denied carrying out the attack on a checkpoint that killed six soldiers, "
                          "the interior ministry said.")
    [ev] = [e for e in coded.events if e.trigger.text == "killed"]
    assert ev.actor is None and ev.attribution.certainty == "reported"
    assert "ministry" in ev.attribution.claimant.lower()


@pytest.mark.parametrize("text,trigger", [
    ("The government denied that any protesters were killed.", "killed"),
    ("The army denied that its soldiers killed the 12 villagers.", "killed"),
    ("The Taliban denied carrying out an attack that killed six soldiers.", "killed"),
    ("The army denied that soldiers shot a man who died in Gao.", "died"),
    # a relative clause on what a claim noun is about is the claim's content, denied with it, definite or not
    ("The army denied the reports of a massacre that killed 200 villagers.", "killed"),
    ("The army denied the reports of the massacre that killed 200 villagers.", "killed"),
    ("Police denied the rumours about the raid that killed two students.", "killed"),
    ("The junta rejected allegations of an airstrike that killed 30 civilians.", "killed"),
])
def test_a_denied_harm_stays_abstained(coder, text, trigger):
    # the harm is what is denied, or the attack is told only inside the denial (an indefinite phrase)
    coded = _coded(coder, text)
    assert not [e for e in coded.events if e.event_type == "ASSAULT"]
    [why] = [a.reason for a in coded.abstentions if a.trigger.text == trigger]
    assert "denied (by" in why


def test_the_rejected_claim_of_the_fault_case_is_still_not_coded(coder):
    # fault case 'negated-event' (../shared/cases): MUST NOT code the rejected ASSAULT by the police
    text = ("Police did not open fire on the crowd of several thousand protesters in Tbilisi on Sunday, the interior "
            "ministry said, rejecting opposition claims that live ammunition had been used.")
    coded = _coded(coder, text)
    assert not [e for e in coded.events if e.event_type == "ASSAULT"]
    assert [e.event_type for e in coded.events if e.trigger.text == "crowd"] == ["PROTEST"]


def test_a_presupposed_clause_under_a_denial_keeps_its_own_event(coder):
    # "the protesters who had blocked the highway": the blocking is told as known; the firing is denied
    coded = _coded(coder, "The army denied that its soldiers fired on the protesters who had blocked the highway.")
    assert [(e.event_type, e.attribution.certainty) for e in coded.events if e.trigger.text == "blocked"] == [
        ("PROTEST", "asserted")]
    assert not [e for e in coded.events if e.trigger.text == "fired"]
