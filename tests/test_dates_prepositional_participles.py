"""A participle standing as a preposition ("including", "following") governs no clause: the date beyond it is the event's.

A new user's wire sentence, "Turkish police detained 45 people, including two journalists, in dawn raids
across Istanbul on Wednesday", came out undated: spaCy hangs "in dawn raids ... on Wednesday" under
"including", a VBG the date rules took for the verb of another clause. The sentences here are our own.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-04-02"  # a Wednesday


@pytest.mark.parametrize(("text", "trigger", "day"), [
    ("Turkish police detained 45 people, including two journalists, in dawn raids across Istanbul on Wednesday "
     "as part of an investigation into last month's protests, state news agency Anadolu reported.",
     "detained", "2025-04-02"),
    ("Police arrested 30 people, including a lawyer, at a rally in Dhaka on Monday, witnesses said.",
     "arrested", "2025-03-31"),
    ("Soldiers killed five people, including two children, in a raid on a village near Gao on Sunday, "
     "local officials said.", "killed", "2025-03-30"),
])
def test_the_day_after_an_including_list_dates_the_event(coder, text, trigger, day):
    events = [e for e in coder.code(text, published=PUBLISHED) if e.trigger.text == trigger]
    assert len(events) == 1
    assert events[0].date.value == day and events[0].date.source == "text"


def test_a_date_of_a_clause_inside_the_list_stays_that_clauses(coder):
    # "seized in a raid in March" dates the seizure; the release keeps its own Tuesday
    text = "Rebels released 20 hostages, including four foreigners seized in a raid in March, on Tuesday."
    released = [e for e in coder.code(text, published=PUBLISHED) if e.trigger.text == "released"]
    assert [e.date.value for e in released] == ["2025-04-01"]
