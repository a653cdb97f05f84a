"""A denied act is abstained on, and the reason names the denier (``events.policy.denied_is_not_an_event``).

"The army denied that soldiers had shot protesters": the text establishes the
claim and the denial, not the act, so the act is never a record (the fault
case 'negated-event' MUST NOT code the rejected claim as an ASSAULT). The
abstention's reason says who denies it, in every shape of denial ("denied
that", "denied shooting", "rejected claims that", "dismissed reports that").
A saying or blaming participle after the denial ("..., blaming the army") is
the denier's own act, stated by the author, not part of what is denied.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

PUB = "2024-03-06"
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _coded(coder, text):
    return next(coder.code_documents([make_document(text, published=PUB)]))


@pytest.mark.parametrize("text,trigger,denier", [
    ("The army denied that soldiers had shot protesters in Harare on Monday.", "shot", "army"),
    ("Rebels denied shooting 20 villagers in Borno, a spokesman said.", "shooting", "rebel"),
    ("The ministry rejected claims that police had beaten students in Tbilisi.", "beaten", "ministry"),
    ("The interior ministry dismissed reports that officers had arrested 40 journalists.", "arrested", "ministry"),
])
def test_a_denied_act_is_abstained_on_naming_the_denier(coder, text, trigger, denier):
    coded = _coded(coder, text)
    assert not [e for e in coded.events if e.trigger.text == trigger]
    assert not [e for e in coded.events if e.event_type in ("ASSAULT", "COERCE", "PROTEST")]
    [why] = [a.reason for a in coded.abstentions if a.trigger.text == trigger]
    assert "denied (by" in why and denier in why.split("denied (by", 1)[1].lower()


def test_a_denial_with_no_denier_names_none(coder):
    coded = _coded(coder, "It was denied that police had shot protesters in Harare.")
    [why] = [a.reason for a in coded.abstentions if a.trigger.text == "shot"]
    assert "no denier named" in why and "author" not in why


@pytest.mark.parametrize("text,trigger,accuser,accused", [
    ("Rebels denied killing 20 villagers, blaming the army.", "blaming", "rebel", "army"),
    ("The minister denied the report, accusing journalists of bias.", "accusing", "minister", "journalist"),
])
def test_blaming_after_a_denial_is_the_deniers_own_act(coder, text, trigger, accuser, accused):
    coded = _coded(coder, text)
    [ev] = [e for e in coded.events if e.trigger.text == trigger]
    assert (ev.event_type, ev.attribution.certainty) == ("ACCUSE", "asserted")
    assert accuser in ev.actor.name.lower() and accused in ev.recipient.name.lower()
    assert not [e for e in coded.events if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text,denied", [
    ("The army denied that troops had burned houses, looting shops and beating residents.",
     {"burned", "looting", "beating"}),
    ("The company denied that it had fired 300 workers, accusing the union of spreading lies.", {"fired"}),
])
def test_acts_of_the_denied_subject_stay_denied(coder, text, denied):
    # the troops' looting is part of the denied claim; only a saying or blaming participle is the denier's
    coded = _coded(coder, text)
    assert not [e for e in coded.events if e.trigger.text in denied]
