"""Review of the session-13 event kinds: where the new rules misfired, on sentences written for the review.

* A recording's frame carries over to the act it shows: "the footage does not show police beating ..." states no
  beating (negated, dropped); "a video purportedly showing ..." makes the act alleged
  (``events.clauses.depicting_frame``, read by ``attribution.attribute``).
* "held the city hostage", "took the town hostage": a place or an institution held hostage is a figure of speech,
  no abduction (PLOVER manual, ASSAULT abduct: a person taken); "holding 40 hostages" states captives already
  held, not their taking (``triggers.json`` ``figurative_hostages``, ``not_objects``).
* A headline folds only into the one body record it can mean, and never over a figure the body contradicts: the
  body may tell an earlier incident of the same kind first (``events.merge.fold_headline``).
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-01"

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _assaults(coder, text):
    return [e for e in coder.code(text, published=PUBLISHED) if e.event_type == "ASSAULT"]


# -- the recording's frame -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The footage does not show police beating protesters, the ministry said.",
    "The video did not show soldiers shooting at the crowd in Mandalay.",
    "Photos do not show troops beating villagers in Sagaing.",
])
def test_a_recording_that_does_not_show_the_act_codes_none(coder, text):
    assert _assaults(coder, text) == []


@pytest.mark.parametrize("text,trigger", [
    ("A video purportedly showing police shooting a protester in Lagos went viral.", "shooting"),
    ("Footage allegedly showing soldiers beating villagers in Sagaing was shared on Monday.", "beating"),
    ("Photos reportedly show police beating students in Dhaka.", "beating"),
])
def test_a_hedged_recording_makes_the_act_alleged(coder, text, trigger):
    [event] = _assaults(coder, text)
    assert (event.trigger.text, event.attribution.certainty) == (trigger, "alleged")


def test_an_unhedged_recording_still_asserts(coder):
    [event] = _assaults(coder, "Photos show police beating protesters in Tbilisi on Friday.")
    assert (event.trigger.text, event.attribution.certainty) == ("beating", "asserted")


# -- hostages ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Rebels held the city hostage for weeks.",
    "The rebels took the town hostage.",
    "Militants have held the peace process hostage for years.",
    "Militants are still holding 40 hostages in Gaza.",
    "Gunmen are holding the hostages in a forest near Kaduna.",
])
def test_a_figurative_or_continuing_hostage_is_no_abduction(coder, text):
    assert [e for e in coder.code(text, published=PUBLISHED) if e.mode == "abduct"] == []


@pytest.mark.parametrize("text,trigger", [
    ("Gunmen took over the building and held the staff hostage.", "held"),
    ("Militants held 30 villagers hostage for three days.", "held"),
    ("Armed men took hostages at a school in Beslan.", "took"),
])
def test_people_held_hostage_are_still_abducted(coder, text, trigger):
    [event] = _assaults(coder, text)
    assert (event.trigger.text, event.mode) == (trigger, "abduct")


# -- the headline fold ---------------------------------------------------------------------------------------

def test_a_headline_folds_into_the_body_record_with_its_figure_not_the_earlier_one(coder):
    text = ("Soldiers kill five villagers\n\n"
            "Soldiers killed twelve villagers in Mopti in March, residents said. "
            "On Sunday soldiers killed five villagers in Gao, residents said.\n")
    events = _assaults(coder, text)
    assert [(e.trigger.text, e.location.name, [(c.kind, c.best) for c in e.counts], [t.text for t in e.restatements])
            for e in events] == [("killed", "Mopti", [("killed", 12)], []), ("killed", "Gao", [("killed", 5)], ["kill"])]


def test_a_headline_figure_the_only_body_record_contradicts_keeps_its_record(coder):
    text = ("Gunmen abduct 20 students in Kaduna\n\n"
            "Gunmen abducted 15 students from a school in Kaduna State on Monday, police said.\n")
    events = _assaults(coder, text)
    assert sorted((e.trigger.text, [(c.kind, c.best) for c in e.counts]) for e in events) == [
        ("abduct", [("abducted", 20)]), ("abducted", [("abducted", 15)])]


def test_a_headline_two_body_records_could_restate_stays_its_own(coder):
    text = ("Gunmen abduct students in Kaduna\n\n"
            "Gunmen abducted students from a school in Kaduna State in March, police said. "
            "Gunmen abducted students from a school in Kaduna State on Monday, police said.\n")
    events = _assaults(coder, text)
    assert [e.trigger.text for e in events] == ["abduct", "abducted", "abducted"]
    assert all(e.restatements == [] for e in events)


@pytest.mark.parametrize("text, trigger", [
    # the day a recording came out is the recording's, not the day of the act it shows (review of events13)
    ("Old footage showing soldiers beating protesters resurfaced online on Monday.", "beating"),
    ("Video of police beating a man in Nairobi emerged on Tuesday.", "beating"),
    ("Footage showing militiamen burning a village circulated on social media on Friday.", "burning"),
])
def test_the_day_a_recording_came_out_does_not_date_the_act(coder, text, trigger):
    from dotterel.ingest import make_document

    (coded,) = coder.code_documents([make_document(text, published="2024-05-01")])
    [event] = [e for e in coded.events if e.trigger.text == trigger]
    assert event.date.source == "publication" and event.date.earliest is None, event.date
    assert "the recording came out" in event.date.reason


def test_a_day_on_the_act_itself_still_dates_it(coder):
    from dotterel.ingest import make_document

    (coded,) = coder.code_documents([make_document(
        "Footage showing soldiers beating protesters in Yangon on Monday circulated online.", published="2024-05-01")])
    [event] = [e for e in coded.events if e.trigger.text == "beating"]
    assert event.date.value == "2024-04-29"
