"""Killed figures stated with no number (issue 12, branch india8): one victim named, or victims in the plural.

Sentences written for these tests, in normal and in lower case. A singular
victim is ``best=1``; a bare plural is a killed count with no figure at all
(dates24, from nu23: "killed 2" from "murdered its own children" read as a figure);
negated, modal and non-human cases give no killed figure.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-01"
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _killed(coder, text):
    events = coder.code(text, published=PUBLISHED)
    return [(c.low, c.best) for e in events for c in e.counts if c.kind == "killed"], events


@pytest.mark.parametrize("text", [
    "a person was killed in police firing at limkheda on tuesday.",
    "Gunmen killed a journalist in Karachi on Monday.",
    "A youth died in police custody in the town on Sunday.",
    "a man was killed in an encounter with the police near the highway.",
    "Troops killed a militant in Kupwara on Monday.",
    "Police shot dead a suspect in the market on Friday.",
])
def test_one_victim_named_is_one_killed(coder, text):
    killed, events = _killed(coder, text)
    assert killed == [(None, 1)], [(e.event_type, e.trigger.text, e.counts) for e in events]


@pytest.mark.parametrize("text", [
    "people died in police firing in bhavnagar on friday.",
    "Most of the people killed in police firing were young men.",
    "Villagers were killed when soldiers opened fire on the market.",
    "Many of the people who died in police firing were students.",
    "the police is killing peaceful pilgrims, the leader said.",
    "The regime has murdered its own students in the streets of Mashhad.",
    "Its soldiers went from village to village, murdering farmers and herders.",
])
def test_victims_in_the_plural_are_a_death_with_no_figure(coder, text):
    events = coder.code(text, published="2024-05-10")
    killed = [c for e in events for c in e.counts if c.kind == "killed"]
    assert killed and all((c.low, c.best, c.high, c.estimate) == (None, None, None, None) for c in killed), \
        [(e.event_type, e.trigger.text, e.counts) for e in events]
    assert all(c.vague and "gives no figure" in c.reason for c in killed)


@pytest.mark.parametrize("text", [
    "two persons have been killed in police firing.",
    "Police said 14 people were killed in the clashes on Monday.",
])
def test_a_stated_number_is_the_only_figure(coder, text):
    killed, _ = _killed(coder, text)
    assert len(killed) == 1 and killed[0] != (2, None) and killed[0] != (None, 1)


@pytest.mark.parametrize("text", [
    "No one was killed when police fired in the air.",
    "Police feared that people could be killed in the stampede.",
    "A storm killed a man in Ohio on Monday.",
    "The hero kills the villain in the last scene of the film.",
    "The bill was killed in committee on Tuesday.",
    "Fans died laughing at the comedian's new show.",
    "The striker killed the game off with a late goal.",
])
def test_no_death_stated_or_no_attack_gives_no_killed_figure(coder, text):
    killed, events = _killed(coder, text)
    assert killed == [], [(e.event_type, e.trigger.text, e.counts) for e in events]


# review rev8i: the dead named as someone else's, or of an earlier year, are the background of another event
@pytest.mark.parametrize("text", [
    "The families of people killed in the riots protested outside parliament.",
    "Relatives of the man killed in police firing blocked the highway on Monday.",
    "The widow of a soldier who was killed in Kashmir led the march.",
    "In 1984, people were killed in the streets of Delhi, the report said.",
    "people killed in the 2002 riots were remembered at a protest on friday.",
])
def test_dead_named_for_others_or_of_an_earlier_year_add_no_killed_figure(coder, text):
    killed, events = _killed(coder, text)
    assert killed == [], [(e.event_type, e.trigger.text, e.counts) for e in events]


@pytest.mark.parametrize("text, figure", [
    ("Villagers protested the death of a youth who died in police custody.", (None, 1)),
    ("The report gave no names of the people who died in the firing on Monday.", (None, None)),
])
def test_dead_named_in_an_object_phrase_still_count(coder, text, figure):
    killed, events = _killed(coder, text)
    assert killed == [figure], [(e.event_type, e.trigger.text, e.counts) for e in events]


@pytest.mark.parametrize("text", [
    "sixty per cent of the people who died in police firing were from the town.",
    "Half of the people killed in the firing were students.",
])
def test_a_part_of_the_dead_as_subject_still_counts(coder, text):
    killed, events = _killed(coder, text)
    assert killed == [(None, None)], [(e.event_type, e.trigger.text, e.counts) for e in events]
