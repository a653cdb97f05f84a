"""An attempt to keep an act from happening that the sentence says failed: the act happened (issue 12).

"Riot police tried to stop students from occupying the rector's office ..., but failed", "Police tried
in vain to stop the mob from looting shops", "Troops tried to prevent the crowd from storming the palace
but failed to do so": the kept act is told as done by the one kept (``attribution_frames._attempt_failed``,
profile ``failure_words`` and ``futility_words``), as "nothing could stop the protesters from marching"
is. An attempt with no outcome told ("Police tried to stop the protesters from marching"), a failure
of something else ("but failed to find their leaders", "but failed in their effort to detain the
organisers") and a vow ("will try in vain") tell no act.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

PUB = "2024-05-08"  # a Wednesday

TEXTS = {
    "occupy": "Riot police tried to stop students from occupying the rector's office in Belgrade on Tuesday, but failed.",
    "loot": "Police tried in vain to stop the mob from looting shops in Durban on Monday.",
    "storm": "Troops tried to prevent the crowd from storming the palace in Bamako on Friday but failed to do so.",
    "vainly": "Soldiers vainly tried to stop the rioters from torching the market in Jos on Monday.",
    "open": "Police tried to stop the protesters from marching to parliament in Nairobi on Monday.",
    "other": "Police tried to stop the protesters from marching in Nairobi on Monday but failed to find their leaders.",
    "vow": "Police will try in vain to stop us from marching to the palace, the union leader said.",
    "effort": "Police tried to stop the protesters from marching in Nairobi on Monday, but failed in their effort "
              "to detain the organisers.",
    "bid": "Guards tried to stop inmates from looting the store in Manila on Monday but failed in a bid to seize "
           "their phones.",
    "attempt": "Police tried to stop the crowd from marching in Nairobi on Monday, but failed in the attempt.",
}


@pytest.fixture(scope="module")
def coded(coder):
    docs = [make_document(t, published=PUB, doc_id=k) for k, t in TEXTS.items()]
    return {c.document.doc_id: c for c in coder.code_documents(docs)}


@pytest.mark.parametrize("key,trigger,etype,doer,place,day", [
    ("occupy", "occupying", "PROTEST", "students", "Belgrade", "2024-05-07"),
    ("loot", "looting", "ASSAULT", "mob", "Durban", "2024-05-06"),
    ("storm", "storming", "COERCE", "crowd", "Bamako", "2024-05-03"),
    ("vainly", "torching", "ASSAULT", "rioters", "Jos", "2024-05-06"),
    ("attempt", "marching", "PROTEST", "crowd", "Nairobi", "2024-05-06"),
])
def test_a_failed_attempt_to_keep_tells_the_act(coded, key, trigger, etype, doer, place, day):
    [ev] = [e for e in coded[key].events if e.trigger.text == trigger]
    assert ev.event_type == etype
    assert ev.attribution.certainty == "asserted"
    assert ev.actor is not None and ev.actor.span.text == doer
    assert ev.location is not None and ev.location.name == place
    assert ev.date.value == day


@pytest.mark.parametrize("key,trigger", [("open", "marching"), ("other", "marching"), ("vow", "marching"),
                                         ("effort", "marching"), ("bid", "looting")])
def test_an_attempt_without_a_told_failure_tells_no_act(coded, key, trigger):
    assert not [e for e in coded[key].events if e.trigger.text == trigger]
