"""Recordings that only seem to show an act, recordings of another year, and works of art or fiction.

"Footage that appears to show soldiers beating protesters" hedges the act as "purportedly showing" does
(alleged); "footage filmed in 2019 shows police beating protesters" dates the act by the recording's own year
(historical); "a documentary shows soldiers burning villages", "a mural depicts police beating protesters" tell
what a work shows, no event (PLOVER manual, 2021: events are interactions that happened). Sentences written for
this test.
"""

import pytest

from dotterel.ingest import make_document

PUB = "2024-05-01"


def _coded(coder, text):
    (coded,) = coder.code_documents([make_document(text, published=PUB)])
    return coded


def _by_trigger(coded):
    return {e.trigger.text: e for e in coded.events}


@pytest.mark.parametrize("text, act", [
    ("The footage appears to show soldiers beating protesters.", "beating"),
    ("The video seems to show police shooting a man.", "shooting"),
    ("A video that purports to show troops firing on the crowd went viral.", "firing"),
    ("Footage appearing to show soldiers beating protesters was shared widely.", "beating"),
    ("Activists said a video appears to show police shooting a man.", "shooting"),
])
def test_a_recording_that_seems_to_show_an_act_makes_it_alleged(coder, text, act):
    events = _by_trigger(_coded(coder, text))
    assert act in events, sorted(events)
    assert events[act].attribution.certainty == "alleged"


@pytest.mark.parametrize("text", [
    "Footage shows police beating protesters in Kampala on Monday.",
    "Video shows soldiers firing on demonstrators in the capital.",
])
def test_a_recording_that_shows_an_act_keeps_it_asserted(coder, text):
    coded = _coded(coder, text)
    assert {e.attribution.certainty for e in coded.events if e.event_type == "ASSAULT"} == {"asserted"}


def test_the_people_of_a_hedged_recording_are_as_alleged_as_its_act(coder):
    # the protest the protesters imply rests on the same recording
    events = _by_trigger(_coded(coder, "The footage appears to show soldiers beating protesters."))
    assert events["protesters"].attribution.certainty == "alleged"


@pytest.mark.parametrize("text, year", [
    ("Footage filmed in 2019 shows police beating protesters.", "2019"),
    ("A video recorded in 2018 shows police beating a man.", "2018"),
    ("Footage dating from 2019 shows police beating protesters.", "2019"),
    ("Footage from 2019 showing police beating protesters went viral on Monday.", "2019"),
])
def test_the_recording_s_own_year_dates_the_act(coder, text, year):
    (beating,) = [e for e in _coded(coder, text).events if e.trigger.text == "beating"]
    assert beating.date.value == year and beating.attribution.certainty == "historical"


def test_the_day_a_recording_was_made_dates_the_act(coder):
    (beating,) = [e for e in _coded(coder, "Footage filmed on Monday shows police beating protesters.").events
                  if e.trigger.text == "beating"]
    assert beating.date.value == "2024-04-29" and beating.attribution.certainty == "asserted"


@pytest.mark.parametrize("text, work", [
    ("A documentary shows soldiers burning villages.", "documentary"),
    ("A painting depicts soldiers shooting prisoners.", "painting"),
    ("The film shows police beating protesters.", "film"),
    ("A mural depicts police beating protesters.", "mural"),
    ("The documentary showed soldiers burning villages in 2015.", "documentary"),
    ("A novel about rebels who storm the palace won the prize.", "novel"),
    ("A documentary about soldiers who burned villages won an award.", "documentary"),
])
def test_what_a_work_shows_is_no_event(coder, text, work):
    coded = _coded(coder, text)
    assert coded.events == [], [(e.trigger.text, e.event_type) for e in coded.events]
    assert any(f"('{work}')" in a.reason for a in coded.abstentions)


@pytest.mark.parametrize("text, act", [
    # "film" with an "of" phrase is footage, as news uses the word
    ("Film of the clashes shows police beating protesters.", "beating"),
    # the work is the occasion, not the frame of the act
    ("The film sparked protests across the country.", "protests"),
    ("Police arrested the director of a documentary about the protests.", "arrested"),
    ("Protesters marched on Monday against a film that depicts the prophet.", "marched"),
    ("Police arrested the makers of a documentary about the army on Monday.", "arrested"),
])
def test_a_work_beside_an_act_leaves_it_an_event(coder, text, act):
    events = _by_trigger(_coded(coder, text))
    assert act in events and events[act].attribution.certainty == "asserted", sorted(events)
