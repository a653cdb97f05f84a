"""Habitual and generic statements are no dated event, in more shapes than an adverb of frequency.

"Fighting regularly flares up between the two countries" was already read as a habit; these shapes were coded
as one event dated by the publication (or by the weekday): a time noun with "every" ("attacks happen almost
every week", "protesters rally every Friday"), a verb of tendency ("fighting tends to flare up"), an adjective
of frequency on the event noun ("clashes between herders and farmers are common"), a noun object of a habitual
clause ("police usually disperse such rallies"), and a past-looking base form with a plural subject ("police
routinely beat protesters"). Quirk et al. 1985, 4.6: the simple present of habit and of timeless statements.
Sentences written for this test.
"""

import pytest

from dotterel.ingest import make_document

PUB = "2024-05-01"


def _coded(coder, text):
    (coded,) = coder.code_documents([make_document(text, published=PUB)])
    return coded


@pytest.mark.parametrize("text, cue", [
    ("Attacks on police stations happen almost every week in the region.", "week"),
    ("Protesters rally every Friday in the capital.", "Friday"),
    ("Every year, thousands march through the capital on May Day.", "year"),
    ("Fighting tends to flare up between the two countries every spring.", "tends"),
    ("Rebels tend to attack army posts in the north.", "tend"),
    ("Clashes between herders and farmers are common in the region.", "common"),
    ("Police routinely beat protesters in the capital.", "routinely"),
    ("Police usually disperse such rallies with tear gas.", "usually"),
    ("In a series of raids, police arrest dozens of suspects every week.", "week"),
])
def test_a_habit_or_a_generality_is_no_event(coder, text, cue):
    coded = _coded(coder, text)
    assert coded.events == [], [(e.trigger.text, e.event_type) for e in coded.events]
    assert any(f"habitual or generic ('{cue}'" in a.reason for a in coded.abstentions), [
        a.reason for a in coded.abstentions]


@pytest.mark.parametrize("text, trigger", [
    # a past tense tells the acts, whatever their frequency
    ("Protesters marched every day last week.", "marched"),
    ("Militants often attacked army posts in 2019.", "attacked"),
    # a singular subject makes "beat" a past; a date makes it one act
    ("The officer beat prisoners in 2019.", "beat"),
    ("Police beat protesters on Monday.", "beat"),
    # "every" on a participant, not on a time
    ("Every protester was arrested on Monday.", "arrested"),
    ("Militants have repeatedly attacked army posts in the north.", "attacked"),
])
def test_told_acts_stay_events(coder, text, trigger):
    assert trigger in {e.trigger.text for e in _coded(coder, text).events}
