"""A reduced relative on a sentence's subject states a passive act: its noun is the patient, not the doer.

"Journalists detained during the rally were freed on bail", "Soldiers ambushed near Gao were killed": the
small parser roots the sentence on the participle (its subject the doer) and hangs the true predicate on
it as a clause (``advcl``, ``ccomp``); ``events.headlines.root_relative`` read only a conjunct, so the
journalists were the detainers and the soldiers the ambushers, and the predicate ("were freed") found no
patient. "The students arrested after the protest were released" coded no arrest at all: a relative on
the subject of a written-out sentence was read only when counted or placed by a date or a named place
(``events.headlines.subject_relative`` now reads an arrest or abduction placed by any phrase). Sentences
written for these tests, in wire, NGO and Indian English shapes.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

PUB = "2024-05-07"
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _coded(coder, text):
    return next(coder.code_documents([make_document(text, published=PUB)]))


def _by_trigger(coded):
    return {e.trigger.text: e for e in coded.events}


@pytest.mark.parametrize("text,trigger,victim", [
    ("Journalists detained during the rally were freed on bail.", "detained", "journalist"),
    ("Soldiers ambushed near Gao were killed.", "ambushed", "soldier"),
])
def test_a_relative_root_with_a_clause_predicate_has_its_subject_as_patient(coder, text, trigger, victim):
    ev = _by_trigger(_coded(coder, text))[trigger]
    assert ev.actor is None, ev.actor
    assert victim in ev.recipient.name.lower()


@pytest.mark.parametrize("text,trigger,victim", [
    ("Journalists detained during the rally were freed on bail.", "freed", "journalist"),
    ("Protesters detained in Minsk were later released, Viasna said.", "released", "protester"),
])
def test_the_subjects_own_predicate_acts_on_the_relatives_noun(coder, text, trigger, victim):
    ev = _by_trigger(_coded(coder, text))[trigger]
    assert (ev.event_type, ev.mode) == ("RETREAT", "release")
    assert victim in ev.recipient.name.lower()


def test_an_infinitive_of_purpose_is_no_predicate(coder):
    ev = _by_trigger(_coded(coder, "Police arrested to restore order in the town."))["arrested"]
    assert ev.actor is not None and ev.actor.sector == "COP"


@pytest.mark.parametrize("text,trigger,victim", [
    ("The students arrested after the protest were released.", "arrested", "student"),
    ("The activists detained in Chennai for defying prohibitory orders were released on bail.", "detained", "activist"),
    ("The opposition leader arrested last month remains in custody, his lawyer said.", "arrested", "leader"),
])
def test_a_placed_arrest_on_the_subject_is_coded_with_the_subject_as_recipient(coder, text, trigger, victim):
    ev = _by_trigger(_coded(coder, text))[trigger]
    assert (ev.event_type, ev.mode) == ("COERCE", "arrest")
    assert victim in ev.recipient.name.lower()
    assert ev.actor is None or ev.actor.name.lower() not in victim


@pytest.mark.parametrize("text,trigger", [
    ("Those arrested were released.", "arrested"),  # a group, no occurrence
    ("The men arrested had no criminal record.", "arrested"),  # no phrase places the act
    ("The soldiers killed in the attack were buried on Friday.", "killed"),  # the toll of the attack
])
def test_an_unplaced_relative_or_a_toll_codes_no_act(coder, text, trigger):
    assert trigger not in _by_trigger(_coded(coder, text))


@pytest.mark.parametrize("text,trigger", [
    ("Suspects arrested under the act can be held without trial for two years.", "arrested"),  # a legal rule
    ("Persons arrested in such cases should be released on bail, the court ruled.", "arrested"),
    ("Migrants detained at the border should not be held in camps, the UN said.", "detained"),
    ("Any protester arrested at the rally will be charged with sedition.", "arrested"),  # a threat, no arrest
    ("Every person arrested without a warrant must be told the grounds of arrest.", "arrested"),
    ("Demonstrators arrested during future protests will face prison terms.", "arrested"),
    ("Children abducted by armed groups are often forced to fight.", "abducted"),  # a habit
])
def test_a_relative_on_a_class_of_people_codes_no_act(coder, text, trigger):
    assert trigger not in _by_trigger(_coded(coder, text))


@pytest.mark.parametrize("text,trigger,victim", [
    ("The journalist arrested in Delhi will be released tomorrow.", "arrested", "journalist"),  # a specific noun
    ("Two journalists arrested for covering the protest were released on Tuesday.", "arrested", "journalist"),
    ("Activists arrested in June remain in custody, their lawyers said.", "arrested", "activist"),  # dated
    ("Activists arrested in Minsk are being held in Okrestina, Viasna said.", "arrested", "activist"),  # progressive
    ("Protesters arrested after the march have filed complaints.", "arrested", "protester"),  # perfect
])
def test_a_relative_on_specific_people_is_still_coded(coder, text, trigger, victim):
    ev = _by_trigger(_coded(coder, text))[trigger]
    assert (ev.event_type, ev.mode) == ("COERCE", "arrest")
    assert victim in ev.recipient.name.lower()


@pytest.mark.parametrize("text,trigger,victim", [
    ("Protesters beaten in Minsk were later freed.", "beaten", "protester"),  # parsed as a ccomp
    ("Demonstrators beaten in Harare were later released.", "beaten", "protester"),  # as a csubjpass
])
def test_a_relative_the_parser_hangs_on_the_predicate_has_its_noun_as_patient(coder, text, trigger, victim):
    ev = _by_trigger(_coded(coder, text))[trigger]
    assert ev.actor is None, ev.actor
    assert victim in ev.recipient.name.lower()


def test_the_predicate_a_relative_hangs_on_acts_on_its_noun(coder):
    ev = _by_trigger(_coded(coder, "Protesters beaten in Minsk were later freed."))["freed"]
    assert (ev.event_type, ev.mode) == ("RETREAT", "release")
    assert "protester" in ev.recipient.name.lower()


@pytest.mark.parametrize("text,trigger,doer", [
    ("Rebels attacked the town, officials said.", "attacked", "rebel"),  # a reported clause with its object
    ("Police fired, were then attacked by the crowd.", "fired", "police"),  # joined by a comma
])
def test_a_reported_or_joined_clause_keeps_its_doer(coder, text, trigger, doer):
    ev = _by_trigger(_coded(coder, text))[trigger]
    assert doer in ev.actor.name.lower()
