"""A state that began long ago is background, an ongoing protest is news, on sentences written for the test.

"Families have occupied the farm since 1990", "police have arrested 500 people since 2020": the date is a
range from a long-past onset up to publication, so the act is a standing state or a running total, certainty
``historical`` (``events.policy.state_since_long_before``), never dated to a day. "Protesters have camped
outside parliament for weeks" is an ongoing protest: coded, not dated to a single past day; "camp" with a
protester subject is a PROTEST (PLOVER manual: demonstrations, including sit-ins and encampments).
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-01"

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text,trigger", [
    ("Families have occupied the farm since 1990.", "occupied"),
    ("Rebels have occupied the town since 2012.", "occupied"),
])
def test_a_state_since_a_past_year_is_historical(coder, text, trigger):
    [event] = coder.code(text, published=PUBLISHED)
    assert event.trigger.text == trigger
    assert event.attribution.certainty == "historical"
    assert event.date is not None and event.date.value is None


@pytest.mark.parametrize("text", [
    "Police have arrested 500 people since 2020.",
    "Abdullah has been detained since 2019.",
])
def test_a_running_total_or_detention_since_a_past_year_is_no_news(coder, text):
    # a count or a detention since a past year is a running total (count_totals.since_year_pattern): no record,
    # or at most a historical one, never an asserted event of the report's time
    assert all(e.attribution.certainty == "historical" for e in coder.code(text, published=PUBLISHED))


@pytest.mark.parametrize("text,trigger", [
    ("Protesters have occupied the square since Monday.", "occupied"),
    ("Workers have blocked the road since April 20.", "blocked"),
    ("Police arrested 40 people in Nairobi on Monday.", "arrested"),
])
def test_a_recent_onset_or_a_dated_act_stays_news(coder, text, trigger):
    [event] = coder.code(text, published=PUBLISHED)
    assert (event.trigger.text, event.attribution.certainty) == (trigger, "asserted")


@pytest.mark.parametrize("text,actor", [
    ("Protesters have camped outside parliament for weeks.", "Protesters"),
    ("Activists have camped in the square since Monday.", "Activists"),
])
def test_an_ongoing_encampment_is_a_protest_not_dated_to_a_past_day(coder, text, actor):
    [event] = coder.code(text, published=PUBLISHED)
    assert (event.event_type, event.mode, event.trigger.text) == ("PROTEST", "demo", "camped")
    assert event.actor is not None and event.actor.span.text == actor
    assert event.attribution.certainty == "asserted"
    assert event.date is None or event.date.value is None


@pytest.mark.parametrize("text", [
    "Hikers camped near the lake on Monday.",
    "Soldiers camped outside the town.",
])
def test_camping_by_others_is_no_protest(coder, text):
    assert coder.code(text, published=PUBLISHED) == []


@pytest.mark.parametrize("text,trigger,state,certainty", [
    # the onset is the detention's: the beating, on its own day, borrows it and stays news
    ("Abdullah has been detained since 2019 and was beaten by guards on Monday.", "beaten", "detained",
     "asserted"),
    ("Residents said troops have been shelling the town since 2022 and killed two children on Friday.", "killed",
     "shelling", "reported"),
])
def test_an_act_conjoined_to_a_long_state_is_not_historical(coder, text, trigger, state, certainty):
    events = {e.trigger.text: e for e in coder.code(text, published=PUBLISHED)}
    # the long state is background: historical, or no record at all when it is read as a running total
    assert state not in events or events[state].attribution.certainty == "historical"
    assert events[trigger].attribution.certainty == certainty
