"""An act whose clause is declared false is denied, never asserted (README, "Denials").

Issue 12 review: "It is false that Mariupol was bombed" and "Reports that troops shelled the town are untrue"
were coded as attacks. The that-clause of "it is false/untrue/not true", and the content of a claim noun that
is the subject of "is false/baseless/not accurate", is denied (attribution._declared_false; profile
``falsity_adjectives``, ``truth_adjectives``). A truth adjective not negated, a judgement ("it is wrong that"),
and a clause told before the copula stay acts. Sentences are our own.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

PUB = "2024-05-01"
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _coded(coder, text):
    return next(coder.code_documents([make_document(text, published=PUB)]))


@pytest.mark.parametrize(("text", "cue"), [
    ("It is false that Mariupol was bombed by Russian troops.", "false"),
    ("It is untrue that the army shelled Kharkiv.", "untrue"),
    ("It is not true that police beat protesters in Minsk.", "true"),
    ("Reports that troops shelled the town of Idlib are untrue.", "untrue"),
    ("Claims that soldiers killed civilians in Bamako are false, the ministry said.", "false"),
    ("Claims that soldiers beat villagers near Mopti are false.", "false"),
    ("The claim that rebels burned the village near Kaduna is baseless.", "baseless"),
    ("Allegations that police tortured detainees in Lahore are not accurate, the governor said.", "accurate"),
])
def test_an_act_declared_false_is_no_record(coder, text, cue):
    coded = _coded(coder, text)
    assert [(e.event_type, e.trigger.text) for e in coded.events if e.event_type in ("ASSAULT", "PROTEST")] == []
    assert any(a.reason.startswith("ASSAULT: denied") and f"('{cue}')" in a.reason for a in coded.abstentions)


@pytest.mark.parametrize("text", [
    "It is true that police beat protesters in Minsk.",
    "Reports that troops shelled the town of Idlib are accurate.",
    "It is wrong that police beat protesters in Minsk.",
    "Troops shelled Idlib on Monday; reports that civilians died are false.",
])
def test_an_act_not_declared_false_stays(coder, text):
    coded = _coded(coder, text)
    assert [e for e in coded.events if e.event_type == "ASSAULT" and e.trigger.text in ("beat", "shelled")]


@pytest.mark.parametrize("text", [
    # review rev20e: a falsity itself denied, or negated by an approximate negator, denies nothing
    "Nobody believes it is false that troops shelled Idlib.",
    "It is hardly false that troops shelled Idlib on Monday.",
])
def test_a_denied_falsity_leaves_the_act(coder, text):
    coded = _coded(coder, text)
    assert [e.event_type for e in coded.events if e.trigger.text == "shelled"] == ["ASSAULT"]


@pytest.mark.parametrize(("text", "cue"), [
    # review rev20e: a falsity adjective before the claim noun declares its content false, with no owner as denier
    ("Russia repeated the false claim that Ukraine shelled Donetsk on Tuesday.", "false"),
    ("The army spread the false claim that rebels attacked a convoy near Goma.", "false"),
    ("A baseless report that troops shelled Kharkiv went viral.", "baseless"),
])
def test_an_act_in_a_claim_called_false_is_no_record(coder, text, cue):
    coded = _coded(coder, text)
    assert not [e for e in coded.events if e.event_type == "ASSAULT"]
    assert any(a.reason == f"ASSAULT: denied (no denier named) ('{cue}'); a denied act is no record (README, 'Denials')"
               for a in coded.abstentions), [a.reason for a in coded.abstentions]


@pytest.mark.parametrize(("text", "denier"), [
    # review rev20e: the reporting verb that tells the falsity names the denier, even after a claim noun subject
    ("Claims that soldiers killed civilians in Bamako are false, the ministry said.", "ministry"),
    ("Reports that troops shelled Kharkiv are untrue, Russia's defence ministry said on Telegram.", "defence ministry"),
    ("Claims that police beat protesters in Minsk are baseless, Lukashenko told state television.", "Lukashenko"),
])
def test_the_teller_of_a_falsity_is_the_denier(coder, text, denier):
    coded = _coded(coder, text)
    assert not [e for e in coded.events if e.event_type == "ASSAULT"]
    reasons = [a.reason for a in coded.abstentions if a.reason.startswith("ASSAULT: denied (by ")]
    assert reasons and denier in reasons[0], [a.reason for a in coded.abstentions]

