"""A deployment told as a noun moves the force it names (issue 12, IndiaPoliceEvents ANY_ACTION recall).

Sentences are our own. PLOVER manual, MOBILIZE: a side puts its own forces in place; the force named in the
noun's modifier or "of" phrase is the actor, never a default one.

* "Heavy police deployment was made in ...", "there was heavy deployment of police in ...": a deployment noun
  as the passive subject of the light verb "make" or the attribute of an existential "there was" (a force word
  in the phrase: mode police, or troops for the army);
* "security was beefed up with the deployment of 500 policemen": the measure's actor is the force deployed;
* not a deployment planned, denied, asked for or judged ("will be made if needed", "there was no deployment",
  "demanded deployment", "the deployment was inadequate"), nor one of software or cameras, nor one whose force
  word stands only in a phrase of place ("deployment of medical teams at the police lines": ``object_text_own``).
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _mobilize(coder, text):
    return [e for e in coder.code(text, published="2024-05-08") if e.event_type == "MOBILIZE"]


@pytest.mark.parametrize("text,mode,actor,sector", [
    ("Heavy police deployment was made in the old quarter of Kakinada on Friday.", "police", "police", "COP"),
    ("Heavy deployment of police was made outside the stadium in Ujjain.", "police", "police", "COP"),
    ("There was heavy deployment of police in the area on Sunday.", "police", "police", "COP"),
    ("There was a massive deployment of CRPF personnel in the town.", "police", "CRPF personnel", "COP"),
    ("Army deployment was made in the affected wards on Tuesday.", "troops", "Army", "MIL"),
])
def test_a_deployment_noun_names_its_force(coder, text, mode, actor, sector):
    found = _mobilize(coder, text)
    assert len(found) == 1
    ev = found[0]
    assert ev.trigger.text.lower() == "deployment"
    assert ev.mode == mode
    assert ev.actor is not None and ev.actor.span is not None and ev.actor.span.text == actor
    assert ev.actor.sector == sector
    assert ev.attribution.certainty == "asserted"


def test_a_measure_taken_with_a_deployment_takes_its_force(coder):
    found = _mobilize(coder, "Security was beefed up with the deployment of 500 policemen in Ongole.")
    assert len(found) == 1
    assert found[0].actor is not None and found[0].actor.span.text == "policemen"
    assert found[0].actor.sector == "COP"


@pytest.mark.parametrize("text", [
    "Deployment of police will be made if needed.",
    "There was no deployment of police in the village.",
    "The union demanded deployment of police in the mill area.",
    "The police deployment was inadequate, residents said.",
    "Deployment of the new software was made on Monday.",
    "There was a deployment of security cameras in the mall.",
    # a force word in a phrase of place names no force deployed (review of india23)
    "There was deployment of medical teams at the police lines in Dumka on Sunday.",
    "There was a deployment of fire tenders near the army camp on Friday.",
    "Deployment of counting staff was made outside the police station on Monday.",
])
def test_no_deployment_coded_when_unreal_or_no_force(coder, text):
    assert _mobilize(coder, text) == []
