"""A case registered with no agent after the police acted in the scene (issue 12, IndiaPoliceEvents ANY_ACTION).

Sentences are our own. To register a case is to record the first information report, which the officer in
charge of a police station does (Code of Criminal Procedure 1973, section 154; PLOVER ACCUSE). An agentless
"a case has been registered" takes the police the text names acting in its scene
(``actors.police_scene``): in its paragraph, in the sentence before, or further back across sentences that
each tell a police act; never a default police force, and not across another side's act ("The court
remanded them").
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _registered(coder, text):
    return [e for e in coder.code(text, published="2024-03-05")
            if e.event_type == "ACCUSE" and e.trigger.text == "registered"]


@pytest.mark.parametrize("text,antecedent", [
    # the police named in the sentence before, across a paragraph break (a wire story's paragraphs)
    ("Hubballi, Jan 9 (IANS) The police on Sunday opened fire to disperse a mob that attacked a bus depot in "
     "Hubballi.\n\nA case has been registered against 60 people.", "police"),
    # two sentences back, the sentence between telling a police act carried to the same police
    ("Police raided a godown in Ballari on Friday and seized 200 bags of rice.\n\nTwo men were taken into "
     "custody. A case was registered under the Essential Commodities Act.", "Police"),
    # registered at a police station: still the police's register
    ("Police in Lagos arrested 40 protesters on Monday. A case was registered against them at the Yaba police "
     "station.", "Police"),
    # the same sentence, a later clause
    ("Police opened fire on a mob in Ballari on Sunday, killing two people. Later a case was registered "
     "against the mob leaders.", "Police"),
    ("Police raided a gambling den in Ballari on Sunday.\n\nA case has been registered under the Gambling "
     "Act.", "Police"),
])
def test_an_agentless_case_registered_takes_the_police_of_the_scene(coder, text, antecedent):
    found = _registered(coder, text)
    assert len(found) == 1
    actor = found[0].actor
    assert actor is not None and actor.sector == "COP" and actor.how == "implied" and actor.span is None
    assert actor.antecedent is not None and actor.antecedent.text == antecedent
    assert text[actor.antecedent.start:actor.antecedent.end] == antecedent
    assert "police" in actor.reason


@pytest.mark.parametrize("text", [
    # another side acts between the police and the case
    "Police arrested four men in Ballari on Sunday. The court remanded them in judicial custody. A case was "
    "registered against the four.",
    # no police named acting: no default force
    "A mob set fire to three buses in Ballari on Sunday. A case has been registered against 40 people.",
    # police only as the victim
    "A constable was beaten up by a mob in Ballari on Sunday. A case was registered against the mob.",
    # the police two paragraphs back, the students' act and a call-off between
    "Police lathi-charged the students in Mysuru on Monday.\n\nThe students had blocked the highway for two "
    "hours in the morning.\n\nThe protest was called off in the evening. A case was registered against the "
    "leaders.",
    # a case against the police themselves: a magistrate's order or another agency may register it
    "Police opened fire on a mob in Ballari on Sunday. A case was registered against three constables.",
    "Police opened fire on a mob in Ballari on Sunday. A case was registered against the policemen involved.",
    # registered with a body the sentence names: that body's register
    "Police in Lagos arrested 40 protesters on Monday. A case was registered against them at the magistrate "
    "court.",
])
def test_a_case_registered_outside_the_police_scene_has_no_actor(coder, text):
    found = _registered(coder, text)
    assert len(found) == 1 and found[0].actor is None


@pytest.mark.parametrize("text", [
    "Police arrested four men in Ballari on Sunday. No case was registered against the others.",
    "Police arrested four men in Ballari on Sunday. A case will be registered against the others.",
    "Police opened fire on a mob in Ballari on Sunday. Ten cases of dengue were registered in the district "
    "last week.",
])
def test_a_denied_planned_or_medical_case_is_not_coded(coder, text):
    assert _registered(coder, text) == []
