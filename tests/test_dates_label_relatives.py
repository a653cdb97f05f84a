"""A day closing the sentence after a label on the victim dates the act (issue 16).

"Soldiers killed a teacher who was accused of spying on Saturday": the parser
hangs "on Saturday" in the relative clause, and the killing was left undated
("'Saturday' dates the relative clause 'accused'"). A passive label on the
event's object (profile ``date_label_verbs``: accused, suspected, believed)
tells no act a report would date; the day at the end of the sentence is the
event's (``events.dating._label_relative``). A relative clause that tells an
act ("who had fled", "who were charged") keeps its date, and a label on the
subject keeps the date in its own clause. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

PUB = "2024-03-15"  # a Friday


@pytest.mark.parametrize(("text", "trigger", "value"), [
    ("Soldiers killed a teacher who was accused of spying on Saturday.", "killed", "2024-03-09"),
    ("Gunmen abducted two farmers who were suspected of informing for the army on Wednesday.", "abducted",
     "2024-03-13"),
    ("A mob lynched a man accused of blasphemy in Sargodha on Thursday.", "lynched", "2024-03-14"),
    # a file or standard input ends in a newline, which spaCy keeps as the sentence's last token
    ("Soldiers killed a teacher who was accused of spying on Saturday.\n", "killed", "2024-03-09"),
    ("Gunmen shot a trader who was suspected of hoarding on Tuesday.\n\n", "shot", "2024-03-12"),
])
def test_the_day_after_a_label_is_the_events(coder, text, trigger, value):
    event = next(e for e in coder.code(text, published=PUB) if e.trigger.text == trigger)
    assert (event.date.value, event.date.time_precision, event.date.source) == (value, "day", "text")


@pytest.mark.parametrize(("text", "trigger", "clause"), [
    ("Soldiers killed a teacher who had fled the village on Saturday.", "killed", "fled"),
    ("Police arrested three men who were charged with robbery on Friday.", "arrested", "charged"),
])
def test_an_act_in_the_relative_clause_keeps_its_day(coder, text, trigger, clause):
    event = next(e for e in coder.code(text, published=PUB) if e.trigger.text == trigger)
    assert event.date.value is None and event.date.source == "publication"
    assert f"relative clause '{clause}'" in event.date.reason


def test_a_label_on_the_subject_keeps_the_day_in_its_clause(coder):
    events = coder.code("A man suspected of killing his wife on Saturday was arrested in Mombasa.", published=PUB)
    arrest = next(e for e in events if e.trigger.text == "arrested")
    assert arrest.date.value is None


# --- a toll told in a relative clause on a noun dated by a possessive --------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Al-Shabaab claimed responsibility for Tuesday's bombing in Mogadishu, which killed 15 soldiers.", "2024-03-12"),
    ("Police blamed the separatists for Thursday's attack on a checkpoint that killed four officers.", "2024-03-14"),
])
def test_the_toll_of_a_dated_attack_takes_its_day(coder, text, value):
    # "Tuesday's bombing ..., which killed 15": the parser hangs the clause on the nearest noun; the toll is
    # the bombing's, at its time (events.dating._relative_on)
    event = next(e for e in coder.code(text, published=PUB) if e.trigger.text == "killed")
    assert (event.date.value, event.date.time_precision) == (value, "day")


def test_a_pluperfect_relative_keeps_no_possessive_day(coder):
    events = coder.code("Rebels claimed Sunday's attack on the village, which had been shelled for weeks.", published=PUB)
    shelled = next(e for e in events if e.trigger.text == "shelled")
    assert shelled.date.value is None
