"""A protest's grievance lends it no toll: the deaths it is about are the grievance's own event's.

ACLED Codebook 2023, Fatalities: those of the event itself. Sentences are our own.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _events(coder, text):
    return coder.code(text, published="2024-03-10")


def _killed(event):
    return sorted(c.best if c.best is not None else c.low for c in event.counts if c.kind == "killed")


@pytest.mark.parametrize("text", [
    "Students rallied in Enugu on Tuesday to protest the killing of two classmates.",
    "Traders marched in Kisumu on Monday against the death of three hawkers in police custody.",
    "Residents blocked a highway in Bauchi on Wednesday over the killing of four herders.",
    "About 500 students rallied in Owerri on Tuesday to protest the killing of two classmates.",
])
def test_a_grievances_deaths_are_not_the_protests(coder, text):
    evs = _events(coder, text)
    protest = next(e for e in evs if e.event_type == "PROTEST")
    assert _killed(protest) == []


def test_the_grievances_deaths_stay_with_its_own_event_and_the_crowd_with_the_protest(coder):
    evs = _events(coder, "Residents blocked a highway in Bauchi on Wednesday over the killing of four herders.")
    assert [_killed(e) for e in evs if e.trigger.text == "killing"] == [[4]]
    evs = _events(coder, "About 500 students rallied in Owerri on Tuesday to protest the killing of two classmates.")
    protest = next(e for e in evs if e.event_type == "PROTEST")
    assert [(c.kind, c.best) for c in protest.counts] == [("participants", 500)]


def test_deaths_at_the_protest_itself_stay_a_toll_of_the_scene(coder):
    evs = _events(coder, "Thousands marched in Khartoum on Monday, and security forces shot dead three protesters.")
    assert [3] in [_killed(e) for e in evs]
