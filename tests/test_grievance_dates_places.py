"""A protest's grievance does not borrow the protest's day.

ACLED Codebook 2023, Protests: the protest is coded on its own day at its own place and what it is about
goes in its notes; an event takes the date its report gives it. Sentences are our own.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _events(coder, text):
    return coder.code(text, published="2024-03-10")


@pytest.mark.parametrize("text, protest_place, protest_day, trigger", [
    ("Advocates in Gaya held a dharna on Tuesday in protest against the killing of a clerk.",
     "Gaya", "2024-03-05", "killing"),
    ("Nurses went on strike in Mombasa on Monday over the killing of a colleague.", "Mombasa", "2024-03-04",
     "killing"),
    ("Teachers rallied in Harare on Friday against the arrest of their union leader in Bulawayo.",
     "Harare", "2024-03-08", "arrest"),
])
def test_the_grievance_does_not_take_the_protests_day(coder, text, protest_place, protest_day, trigger):
    evs = _events(coder, text)
    protest = next(e for e in evs if e.event_type == "PROTEST")
    assert protest.location.name == protest_place and protest.date.value == protest_day
    grievance = next(e for e in evs if e.trigger.text == trigger)
    assert grievance.date.value is None and grievance.date.latest == protest_day


def test_an_intervention_in_the_protest_keeps_its_day_and_place(coder):
    evs = _events(coder, "Police beat protesting lawyers in Kanpur on Tuesday.")
    assault = next(e for e in evs if e.event_type == "ASSAULT")
    assert assault.location.name == "Kanpur" and assault.date.value == "2024-03-05"


@pytest.mark.parametrize("text, day", [
    ("Students marched in Rajshahi on Monday against the arrest of their leader, and police arrested 20 of them.",
     "2024-03-04"),
    ("Farmers rallied in Ludhiana on Tuesday against the detention of a union head; police detained 35 of them.",
     "2024-03-05"),
])
def test_an_act_of_the_scene_merged_with_the_grievance_keeps_the_protests_day(coder, text, day):
    # the arrest of the 20 happened at the march: its figure is told outside the grievance
    evs = _events(coder, text)
    arrest = next(e for e in evs if e.event_type == "COERCE" and any(c.kind == "arrested" for c in e.counts))
    assert arrest.date.value == day
