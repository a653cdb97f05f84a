"""Every verb of a comma list keeps its roles: the shared object, the shared passive subject.

"Police beat, detained and tortured the activists": the small parser hangs the object on the last verb
only, and ``events.syntax.shared_objects`` looked one verb ahead, so "beat" and "detained" had no
recipient. "Protesters were beaten, detained, and tortured": each participle hangs on the one before,
and ``events.syntax._elliptical_passive`` shared the auxiliary (and the subject) only with the first, so
"tortured" had no recipient. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

PUB = "2024-05-07"
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _by_trigger(coder, text):
    return {e.trigger.text: e for e in next(coder.code_documents([make_document(text, published=PUB)])).events}


@pytest.mark.parametrize("text,triggers,victim", [
    ("Protesters were beaten, detained, and tortured.", ["beaten", "detained", "tortured"], "protester"),
    ("Journalists were detained, beaten and tortured in Minsk.", ["detained", "beaten", "tortured"], "journalist"),
])
def test_a_passive_list_shares_its_subject_down_the_list(coder, text, triggers, victim):
    events = _by_trigger(coder, text)
    for trigger in triggers:
        assert events[trigger].actor is None, trigger
        assert victim in events[trigger].recipient.name.lower(), trigger


@pytest.mark.parametrize("text,triggers,doer,victim", [
    ("Police beat, detained and tortured the activists in Harare.", ["beat", "detained", "tortured"], "police",
     "activist"),
    ("Gunmen shot and abducted two traders in Katsina.", ["shot", "abducted"], "gunm", "trader"),
])
def test_an_active_list_shares_its_object_with_every_verb(coder, text, triggers, doer, victim):
    events = _by_trigger(coder, text)
    for trigger in triggers:
        assert doer in events[trigger].actor.name.lower(), trigger
        assert victim in events[trigger].recipient.name.lower(), trigger


def test_a_verb_with_its_own_object_keeps_it(coder):
    events = _by_trigger(coder, "Police arrested the organisers and beat protesters in Harare.")
    assert "organi" in events["arrested"].recipient.name.lower()
    assert "protester" in events["beat"].recipient.name.lower()


@pytest.mark.parametrize("text,doer", [
    ("Police dispersed the workers who are demonstrating outside parliament.", "worker"),
    ("The nurses who were protesting outside the hospital were arrested.", "worker"),
    ("Farmers, who have been demonstrating for weeks, blocked the highway.", "farmer"),
])
def test_a_relative_pronoun_subject_is_its_antecedent(coder, text, doer):
    """A locative preposition the tagger read as the place's adjective is no object of an intransitive protest."""
    demo = [e for e in _by_trigger(coder, text).values() if e.event_type == "PROTEST" and e.mode == "demo"]
    assert demo and doer in demo[0].actor.name.lower()
