"""Commandos put in place are a deployment (issue 12, IndiaPoliceEvents ANY_ACTION; review rev25i).

Sentences are our own. PLOVER manual, MOBILIZE: a side puts its own forces in place. "commando(s)" joins the
objects of the deploy rule whose mode the actor decides (lexicon ``triggers.json``), as "jawans" and "platoons"
do: a commando may be a soldier or a police commando, so the actor is the force the text names ("police
commandos": the police), and bare "commandos" get no actor, never a default one.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


@pytest.mark.parametrize("text,actor,sector", [
    ("Police commandos were deployed around the shrine after the clash.", "Police", "COP"),
    ("The army deployed commandos along the highway on Sunday.", "army", "MIL"),
    ("Commandos have been deployed in the hills to track the rebels.", None, None),
])
def test_commandos_deployed_are_a_mobilize_by_the_force_named(coder, text, actor, sector):
    found = [e for e in coder.code(text, published="2024-05-08") if e.event_type == "MOBILIZE"]
    assert [e.trigger.text for e in found] == ["deployed"]
    ev = found[0]
    assert (ev.actor.span.text if ev.actor and ev.actor.span else None) == actor
    assert (ev.actor.sector if ev.actor else None) == sector
    assert ev.attribution.certainty == "asserted"
    assert ev.sub_event_type is None  # a deployment is no ACLED event


@pytest.mark.parametrize("text", [
    "Commandos will be deployed if the protests continue.",
    "No commandos were deployed in the town.",
    "The opposition demanded that commandos be deployed in the district.",
])
def test_commandos_planned_denied_or_demanded_are_no_deployment(coder, text):
    events = coder.code(text, published="2024-05-08")
    assert [e for e in events if e.event_type == "MOBILIZE" and e.attribution.certainty == "asserted"] == []
