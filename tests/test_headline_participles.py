"""A headline's bare participles are passive by their form or by a joined participle: the subject is the victim.

Headlines drop the auxiliary ("Protesters beaten in Minsk"). ``events.headlines.headline_passive``
read the subject as the patient only for a verb of harm of the profile's ``patient_verbs`` (arrest,
kill, wound) alone: "Protesters arrested and beaten in Minsk" made the protesters the doers of both
acts (the conjunct counted as an object the two verbs share), "Protesters beaten in Minsk" the
doers of the beating (beat is no patient verb), and "Five protesters shot and wounded in Lima" the
shooters. Now a participle whose form is no simple past (profile ``participle_only_forms``:
beaten, stolen, slain) is a mark of the passive; a bare participle joined to the verb keeps it a
headline passive and is one itself (``events.agents._headline_conjunct``), with its own "by" phrase
as doer. A written-out active clause keeps its doer. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

PUB = "2024-05-07"
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _coded(coder, text):
    return next(coder.code_documents([make_document(text, published=PUB)]))


def _acts(coded):
    return {e.trigger.text: e for e in coded.events if e.event_type in ("ASSAULT", "COERCE")}


@pytest.mark.parametrize("text,triggers,victim", [
    ("Protesters arrested and beaten in Minsk.", ["arrested", "beaten"], "protester"),
    ("Protesters beaten in Minsk.", ["beaten"], "protester"),
    ("Five protesters shot and wounded in Lima", ["shot"], "protester"),
    ("Protesters shot and beaten in Minsk", ["shot", "beaten"], "protester"),
    ("Two soldiers slain in Borno ambush", ["slain"], "soldier"),
    ("Students detained and beaten after rally in Dhaka", ["detained", "beaten"], "student"),
    # a list: the parser hangs each participle on the one before
    ("Protesters arrested, beaten and tortured in Minsk", ["arrested", "beaten", "tortured"], "protester"),
])
def test_a_headline_participle_has_its_subject_as_victim(coder, text, triggers, victim):
    acts = _acts(_coded(coder, text))
    for trigger in triggers:
        ev = acts[trigger]
        assert ev.actor is None, (trigger, ev.actor)
        assert victim in ev.recipient.name.lower()


def test_a_joined_participle_takes_its_own_by_phrase_as_doer(coder):
    acts = _acts(_coded(coder, "Journalists detained and beaten by police in Minsk."))
    assert acts["detained"].actor is None and "journalist" in acts["detained"].recipient.name.lower()
    beating = acts["beaten"]
    assert (beating.actor.sector, beating.actor.country) == ("COP", "BLR")
    assert "journalist" in beating.recipient.name.lower()


@pytest.mark.parametrize("text,trigger,doer,victim", [
    ("Gunmen shot and killed five villagers in Zamfara.", "shot", "gunm", "civilian"),
    ("Police have beaten protesters in Minsk.", "beaten", "police", "protester"),
    ("The soldiers shot and wounded two protesters in Lima.", "shot", "soldier", "protester"),
    ("Police arrested and charged five protesters in Lagos.", "arrested", "police", None),
    # a list of verbs shares the object the parser hangs on its last verb, or on a participle as a conjunct
    ("Police arrested, beat and tortured protesters in Minsk", "arrested", "police", None),
    ("Police arrested, beat and tortured protesters in Minsk", "beat", "police", None),
    ("Soldiers killed, wounded and detained dozens of villagers in Borno", "killed", "soldier", None),
    ("Police kicked, beaten and arrested protesters in Minsk", "beaten", "police", None),
])
def test_an_active_clause_keeps_its_doer(coder, text, trigger, doer, victim):
    ev = _acts(_coded(coder, text))[trigger]
    assert doer in ev.actor.name.lower()
    if victim is not None:
        assert victim in ev.recipient.name.lower()


@pytest.mark.parametrize("text,force", [
    ("Police withdrawn from streets of Almaty", "police"),
    ("Peacekeepers withdrawn from Congo town after protests", "peacekeeper"),
])
def test_a_withdrawn_force_stays_the_actor_of_its_retreat(coder, text, force):
    # "withdrawn" is no mark of a patient: the force pulls back (PLOVER RETREAT, mode withdraw)
    retreat = next(e for e in _coded(coder, text).events if e.event_type == "RETREAT")
    assert retreat.mode == "withdraw"
    assert force in retreat.actor.name.lower()


@pytest.mark.parametrize("text,triggers,victim,by", [
    ("Protesters arrested and beaten in Minsk were released on Monday.", ["arrested", "beaten"], "protester", {}),
    ("The journalists detained and beaten by police have filed complaints.", ["detained", "beaten"], "journalist",
     {"beaten": "police"}),
    # in reported speech the parser makes the participle the complement of "said"
    ("Protesters arrested and beaten in Minsk were released, the group said.", ["arrested", "beaten"], "protester", {}),
    ('"Protesters arrested and beaten in Minsk were released," the group said.', ["arrested", "beaten"], "protester",
     {}),
    ("Protesters detained in Almaty have been released, police said.", ["detained"], "protester", {}),
])
def test_a_participle_the_parser_made_the_root_is_a_relative_on_its_subject(coder, text, triggers, victim, by):
    """The sentence's predicate, with its own auxiliary and nothing joining it, is the subject's; the root a relative."""
    acts = _acts(_coded(coder, text))
    for trigger in triggers:
        ev = acts[trigger]
        assert victim in ev.recipient.name.lower(), trigger
        if trigger in by:
            assert by[trigger] in ev.actor.name.lower()
        else:
            assert ev.actor is None, (trigger, ev.actor)


@pytest.mark.parametrize("text,trigger", [
    ("Police arrested five men and were praised by the governor.", "arrested"),
    ("Police arrested the leaders, were criticised by the press and later apologised.", "arrested"),
    ("Troops killed and were killed in the fighting near Gao.", "killed"),
    # an adverb opening the second conjunct does not hide its "and"
    ("Troops killed and then were killed in the fighting near Gao.", "killed"),
    ("Police arrested and later were praised by the governor.", "arrested"),
    ("Police arrested and also were praised by the governor.", "arrested"),
    ("Officials said police arrested and later were praised by the governor.", "arrested"),
    ("Police said they arrested five men and were praised.", "arrested"),
])
def test_a_joined_predicate_leaves_the_subject_the_doer(coder, text, trigger):
    ev = _acts(_coded(coder, text))[trigger]
    assert ev.actor is not None and ev.actor.sector in ("COP", "MIL")
