"""Records only the police make (an FIR, a charge sheet) filed or registered, and unnamed forces deployed (issue 12, india9).

Sentences written for these tests, in normal and in lower case. The police
are the doer when the sentence names them, or, for an agentless passive of a
record only they make (a charge sheet filed, an FIR registered), when the
document names them acting (``actors.implied_agent.v1``, with the antecedent
span as evidence). An FIR filed or lodged with no doer may be the
complainant's; a case, complaint or lawsuit filed by anyone else stays theirs.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-01"  # the date of every coder.code call below
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _events(coder, text):
    return coder.code(text, published=PUBLISHED)


def _one(events, event_type, trigger):
    found = [e for e in events if e.event_type == event_type and e.trigger.text == trigger]
    assert found, [(e.event_type, e.mode, e.trigger.text) for e in events]
    return found[0]


@pytest.mark.parametrize("text, trigger", [
    ("The Ahmedabad police filed an FIR against the VHP leader on Sunday.", "filed"),
    ("police have filed firs against 40 rioters in vadodara since friday.", "filed"),
    ("The Surat police filed a chargesheet against the three accused on Monday.", "filed"),
])
def test_police_filing_a_police_record_is_their_accusation(coder, text, trigger):
    ev = _one(_events(coder, text), "ACCUSE", trigger)
    assert ev.mode == "allege"
    assert ev.actor is not None and ev.actor.sector == "COP" and ev.actor.how != "implied"


@pytest.mark.parametrize("text, trigger, antecedent", [
    ("Police said a mob set fire to three shops in Vadodara on Monday. An FIR was registered against 40 people "
     "on Tuesday.", "registered", "Police"),
    ("police opened fire on a mob in surat on monday. later an fir was registered against 200 rioters.",
     "registered", "police"),
    ("The police dispersed the crowd with tear gas in Rajkot on Monday. A chargesheet has been filed against "
     "the organisers.", "filed", "police"),
])
def test_an_agentless_police_record_takes_the_police_the_document_names(coder, text, trigger, antecedent):
    ev = _one(_events(coder, text), "ACCUSE", trigger)
    assert ev.actor is not None and ev.actor.sector == "COP" and ev.actor.how == "implied"
    assert ev.actor.span is None and ev.actor.antecedent is not None
    assert ev.actor.antecedent.text.lower().endswith(antecedent.lower())


@pytest.mark.parametrize("text, trigger", [
    # an FIR is given by an informant and registered by the police: filed or lodged, it may be the complainant's
    ("Police said a mob set fire to three shops in Vadodara on Monday. An FIR was filed against 40 people on "
     "Tuesday.", "filed"),
    ("police dispersed the crowd in rajkot on monday. firs have been lodged against the organisers.", "lodged"),
])
def test_an_fir_filed_or_lodged_with_no_doer_takes_no_police(coder, text, trigger):
    ev = _one(_events(coder, text), "ACCUSE", trigger)
    assert ev.actor is None or ev.actor.sector != "COP"


@pytest.mark.parametrize("text", [
    "The family filed a lawsuit against the company on Monday.",
    "Her father filed a complaint with the police on Monday.",
    "The opposition filed a case against the minister in the high court on Monday.",
    "The company filed its annual report with the regulator on Friday.",
    "The reporter filed her story from Kabul on Tuesday.",
    "a case was filed against the builder in the consumer court on monday.",
])
def test_other_filings_are_no_police_act(coder, text):
    for ev in _events(coder, text):
        assert ev.actor is None or ev.actor.sector != "COP", (ev.event_type, ev.trigger.text)


# -- an unnamed force deployed takes the force the document names acting before it ------------------------------------
@pytest.mark.parametrize("text, trigger, sector", [
    ("Police said the situation in Surat was tense on Monday. Additional forces have been deployed in the walled "
     "city.", "deployed", "COP"),
    ("the police fired tear gas at a mob in rajkot on monday. additional forces were rushed to the area on tuesday.",
     "rushed", "COP"),
    ("The army took control of the town on Monday. More forces were rushed to the area on Tuesday.", "rushed", "MIL"),
    # a speaker of the same side, or one with no forces of its own, reports the deployment
    ("The army took control of the town on Monday. An army spokesman said more forces were rushed to the area on "
     "Tuesday.", "rushed", "MIL"),
    ("Police fired tear gas at a mob in Rajkot on Monday. Residents said additional forces were deployed in the "
     "old city on Tuesday.", "deployed", "COP"),
])
def test_an_unnamed_force_deployed_is_the_force_named_before_it(coder, text, trigger, sector):
    ev = _one(_events(coder, text), "MOBILIZE", trigger)
    assert ev.actor is not None and ev.actor.sector == sector and ev.actor.how == "implied"
    assert ev.actor.span is None and ev.actor.antecedent is not None


@pytest.mark.parametrize("text", [
    # the force named only after it, or no force named at all: no actor, never a default
    "Additional forces have been deployed in the walled city of Surat on Monday. Police said the situation was tense.",
    "Additional forces have been deployed in the walled city of Surat on Monday.",
    "The company said its sales force was deployed to new markets in Ohio on Monday.",
])
def test_an_unnamed_force_with_no_force_named_before_it_takes_none(coder, text):
    for ev in _events(coder, text):
        assert ev.actor is None or ev.actor.sector not in ("COP", "MIL"), (ev.event_type, ev.trigger.text)


@pytest.mark.parametrize("text", [
    # a modifier that makes the force noun another thing: no antecedent force (review of india9)
    "Police fired tear gas at protesters in Lahore on Monday. Market forces have been deployed to lower the price "
    "of flour, the minister said.",
    "Police fired tear gas at protesters in Lahore on Monday.\n\nThe finance minister said a new labour force was "
    "deployed at the port on Tuesday.",
    "Police fired tear gas at protesters in Lahore on Monday. A task force was deployed to study the price of flour.",
    "police arrested the company's chairman in mumbai on monday. the firm said its sales force had been deployed "
    "to new markets in africa.",
    # a speaker of another side speaks of its own forces
    "Indian troops crossed the Line of Control on Monday, Pakistani officials said. Additional forces have been "
    "deployed along the border, a Pakistani army spokesman said.",
    "The army took control of the town on Monday. Rebel commanders said more forces were rushed to the front on "
    "Tuesday.",
    "Russian troops shelled the village on Monday. Ukraine said reinforcements were sent to the front line on "
    "Tuesday.",
])
def test_a_force_noun_of_another_thing_or_side_takes_no_antecedent(coder, text):
    for ev in _events(coder, text):
        if ev.event_type == "MOBILIZE":
            assert ev.actor is None or ev.actor.how != "implied", (ev.trigger.text, ev.actor.name)

