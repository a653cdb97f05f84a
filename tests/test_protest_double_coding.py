"""Protesters killed by force against their protest are one event, not an assault plus an implied protest (issue 12).

ACLED Codebook 2023, Protests: *excessive force against protesters* is a single
Protests event that includes the demonstration, so a careful coder records one
event for "three protesters were killed in clashes with police". The ASSAULT
carries the toll and that sub-event; the implied-protest rule
(``events.implied``) adds no PROTEST from the victims' noun. A protest the text
states itself, an event noun ("the march") and non-lethal intervention keep
their PROTEST. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

PUB = "2024-03-06"
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _types(coder, text):
    return sorted(e.event_type for e in coder.code(text, published=PUB))


@pytest.mark.parametrize("text", [
    "Three protesters were killed in clashes with police in Mombasa.",
    "Police shot dead two protesters in Nairobi on Monday.",
    "Soldiers killed three demonstrators outside the parliament in Lagos.",
    "Two marchers died after troops opened fire on them in Dhaka.",
    "Riot police critically wounded four protesters in Santiago on Friday.",
])
def test_protesters_killed_are_one_event(coder, text):
    assert _types(coder, text) == ["ASSAULT"]


@pytest.mark.parametrize("text,types", [
    # the text states the protest: it stays, beside the killing
    ("Thousands protested in Nairobi on Monday. Police later killed three protesters.", ["ASSAULT", "PROTEST"]),
    ("Thousands marched in Nairobi on Monday and police killed three of them.", ["ASSAULT", "PROTEST"]),
    # an event noun names the protest itself
    ("Security forces broke up a student march in Dhaka.", ["ASSAULT", "PROTEST"]),
    # force that is not lethal: the implied protest stays (PLOVER PROTEST by the protesters)
    ("Police fired tear gas at protesters in Harare.", ["ASSAULT", "PROTEST"]),
    ("Police beat protesters in Harare on Tuesday.", ["ASSAULT", "PROTEST"]),
])
def test_a_protest_the_text_states_stays(coder, text, types):
    assert _types(coder, text) == types


@pytest.mark.parametrize("text", [
    # the death is in a clause of its own, not force against these protesters: the implied protest stays
    "Police fired tear gas at protesters in Nairobi after a gunman killed a policeman.",
    "Police dispersed protesters who were demanding justice for a student shot dead last week in Accra.",
    "Police beat protesters in Harare because a soldier had died in the clashes.",
])
def test_a_death_in_another_clause_keeps_the_implied_protest(coder, text):
    assert "PROTEST" in _types(coder, text)
