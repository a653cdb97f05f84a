"""Dates the sentence gives that its event had lost (issue 16, dates25).

* A kept-from act: "Police prevented the crowd from storming the parliament in
  Dhaka on Friday" was undated. The parser hangs the closing day on the gerund,
  an act that never took place (profile ``kept_from_verbs``), so the day is the
  keeping's (``events.date_scope._kept_from``).
* A protest participle before people after the event's preposition: "Rangers
  fired rubber bullets at protesting garment workers on Tuesday" gave an
  undated firing with no recipient while the protest was dated. The parser
  makes "protesting" a gerund with the workers as its object; the participle
  premodifies them (``events.participle_doers``), so its day is the firing's
  (``date_scope._describing_participle``) and the workers are whom it was aimed
  at (``agents.recipients``, ``prep:`` slots).
* "Troops entered Kidal on Tuesday and its mayor was detained": a conjoined
  clause whose subject is the people of the first clause's place by its
  possessive ("its mayor", "its residents": profile ``dweller_nouns`` after
  ``body_possessives``) is the same scene and shares its day, as "but they ..."
  does (``date_scope._takes_up_doers``); not after a lapse word, a promise, or
  with a date of its own.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

PUB = "2025-04-10"  # a Thursday: the last Monday is 7 April, Tuesday 8 April, Friday 4 April, Sunday 6 April

TEXTS = {
    "prevent": "Police prevented the crowd from storming the assembly in Khulna on Friday.",
    "stop": "Police stopped the mob from setting fire to lorries in Rajshahi on Friday.",
    "stop_in": "Police stopped Congress workers from marching to the collectorate in Indore on Monday.",
    "rangers": "SYLHET - Rangers fired rubber bullets at protesting tea workers on Tuesday.",
    "police_at": "Police fired tear gas at protesting nurses in Mombasa on Tuesday.",
    "on_farmers": "Soldiers opened fire on demonstrating farmers near Nashik on Monday, the union said.",
    "kidal": "Government troops entered Menaka on Tuesday and its mayor was detained.",
    "residents": "Soldiers surrounded Ansongo on Friday and its residents were rounded up, survivors said.",
    "lapse": "Troops entered Menaka on Tuesday and its mayor was later detained.",
    "promise": "The army promised on Monday to protect Menaka, and its mayor was detained.",
    "own_day": "Troops entered Menaka on Tuesday and its mayor was detained on Sunday.",
    "not_dwellers": "The party met in Segou on Tuesday and its leaders were detained.",
}


@pytest.fixture(scope="module")
def coded(coder):
    docs = [make_document(t, published=PUB, doc_id=k) for k, t in TEXTS.items()]
    return {c.document.doc_id: c for c in coder.code_documents(docs)}


def _event(coded, key, trigger):
    [ev] = [e for e in coded[key].events if e.trigger.text == trigger]
    return ev


@pytest.mark.parametrize("key,trigger,day,words", [
    ("prevent", "prevented", "2025-04-04", "Friday"),
    ("stop", "stopped", "2025-04-04", "Friday"),
    ("stop_in", "stopped", "2025-04-07", "Monday"),
    ("rangers", "fired", "2025-04-08", "Tuesday"),
    ("police_at", "fired", "2025-04-08", "Tuesday"),
    ("kidal", "detained", "2025-04-08", "Tuesday"),
    ("residents", "rounded", "2025-04-04", "Friday"),
    ("own_day", "detained", "2025-04-06", "Sunday"),
])
def test_the_sentences_day_dates_the_event(coded, key, trigger, day, words):
    d = _event(coded, key, trigger).date
    assert (d.value, d.earliest, d.latest, d.time_precision, d.source) == (day, day, day, "day", "text")
    assert d.span.text == words


@pytest.mark.parametrize("key,trigger,recipient", [
    ("rangers", "fired", "tea workers"),
    ("police_at", "fired", "nurses"),
    ("on_farmers", "opened", "farmers"),
])
def test_the_people_a_protest_participle_names_are_the_recipient(coded, key, trigger, recipient):
    ev = _event(coded, key, trigger)
    assert ev.recipient is not None and ev.recipient.span.text == recipient


@pytest.mark.parametrize("key", ["lapse", "promise", "not_dwellers"])
def test_another_scene_keeps_no_day(coded, key):
    d = _event(coded, key, "detained").date
    assert (d.value, d.earliest, d.source) == (None, None, "publication")
