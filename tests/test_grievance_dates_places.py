"""A protest's grievance borrows neither the protest's day nor its place, and the protest not the grievance's.

ACLED Codebook 2023, Protests: the protest is coded on its own day at its own place and what it is about
goes in its notes; an event takes the date and place its report gives it. Sentences are our own.
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
def test_the_grievance_takes_neither_the_protests_day_nor_its_place(coder, text, protest_place, protest_day,
                                                                   trigger):
    evs = _events(coder, text)
    protest = next(e for e in evs if e.event_type == "PROTEST")
    assert protest.location.name == protest_place and protest.date.value == protest_day
    grievance = next(e for e in evs if e.trigger.text == trigger)
    assert grievance.date.value is None and grievance.date.latest == protest_day
    assert grievance.location is None or grievance.location.name != protest_place


def test_a_place_named_in_the_grievance_is_the_grievances(coder):
    evs = _events(coder, "Teachers rallied in Harare on Friday against the arrest of their union leader in Bulawayo.")
    assert next(e for e in evs if e.trigger.text == "arrest").location.name == "Bulawayo"


@pytest.mark.parametrize("text, place", [
    ("Lawyers boycotted courts in Kanpur on Tuesday to protest the lathi-charge on advocates in Meerut.", "Kanpur"),
    ("Traders protested in Nagpur on Monday against the assault on a shopkeeper in Wardha.", "Nagpur"),
])
def test_the_protest_is_not_where_its_grievance_was(coder, text, place):
    protest = next(e for e in _events(coder, text) if e.event_type == "PROTEST")
    assert protest.location.name == place


def test_an_intervention_in_the_protest_keeps_its_day_and_place(coder):
    evs = _events(coder, "Police beat protesting lawyers in Kanpur on Tuesday.")
    assault = next(e for e in evs if e.event_type == "ASSAULT")
    assert assault.location.name == "Kanpur" and assault.date.value == "2024-03-05"
