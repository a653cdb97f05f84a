"""Named holidays and a weekday glued to a number, as kinds (issue 16, "dates from context").

* The small model tags holiday names badly: "Christmas Eve" as the date
  "Christmas" and a place "Eve" (so the shooting was dated Christmas Day and
  placed at "Christmas Eve"), "Boxing Day" as an EVENT, "Easter Monday" as a
  FAC. The profile's holidays are made DATE entities over them
  (``annotate._DateTrim``) and a holiday's name is never the event's place
  (``EventLocator._may_be_place``).
* "the eve of Eid", "the day after Eid al-Fitr": a relation to a feast of a
  few days counts from its first or last day (``events.dating._related_day``).
* "since Saturday — 28 in Tahrir": the model's date "Saturday — 28" is cut at
  the dash, so "since Saturday" is the range it names.
* Western Easter resolves (the calendar of the ``holidays`` package that the
  profile named for it had no Easter), and "Independence Day" alone dates
  nothing: each country has its own.

Sentences written for these tests; publication 2024-05-08 (a Wednesday).
"""

from __future__ import annotations

import datetime as dt

import pytest

from dotterel.dates import DateResolver
from dotterel.ingest import make_document
from dotterel.lang import LanguageProfile

PUB = "2024-05-08"
EN = LanguageProfile.load("en")

TEXTS = {
    "xmas_eve": "Security forces fired on protesters on Christmas Eve in Lagos, killing two.",
    "new_year_eve": "Police fired tear gas at demonstrators on New Year's Eve in Kinshasa.",
    "boxing": "Police arrested 20 people on Boxing Day in Nairobi.",
    "easter_monday": "Soldiers shot dead three villagers on Easter Monday near Jos.",
    "eid_eve": "Troops raided a mosque on the eve of Eid in Kano.",
    "after_fitr": "Police arrested 20 activists on the day after Eid al-Fitr in Kano.",
    "since_dash": "31 people have been killed since Saturday — 28 in Tahrir Square, the ministry said.",  # the issue's
    "since_hyphen": "Security forces have detained 400 people since Monday - 150 in the capital alone.",
    "island": "Rebels attacked a police post on Christmas Island on Monday.",
    "kyiv": "Thousands rallied in Kyiv on Independence Day 2023.",
    "mayadeen": "Fighting erupted in Mayadeen in Deir Ezzor on Monday.",
}


@pytest.fixture(scope="module")
def coded(coder):
    docs = [make_document(t, published=PUB, doc_id=k) for k, t in TEXTS.items()]
    return {c.document.doc_id: c for c in coder.code_documents(docs)}


def _event(coded, key, trigger):
    [ev] = [e for e in coded[key].events if e.trigger.text == trigger]
    return ev


@pytest.mark.parametrize("key,trigger,day,place", [
    ("xmas_eve", "fired", "2023-12-24", "Lagos"),
    ("new_year_eve", "fired", "2023-12-31", "Kinshasa"),
    ("boxing", "arrested", "2023-12-26", "Nairobi"),
    ("easter_monday", "shot", "2024-04-01", "Jos"),
])
def test_a_holiday_dates_the_event_and_is_no_place(coded, key, trigger, day, place):
    ev = _event(coded, key, trigger)
    assert (ev.date.value, ev.date.time_precision, ev.date.source) == (day, "day", "text")
    assert "holiday" in ev.date.reason
    assert ev.location is not None and ev.location.name == place and ev.location.geonameid is not None


@pytest.mark.parametrize("key,trigger,day,named", [
    ("eid_eve", "raided", "2024-04-09", "2024-04-10"),  # Eid al-Fitr 2024: 10-11 April in the Egyptian calendar
    ("after_fitr", "arrested", "2024-04-12", "2024-04-11"),
])
def test_a_day_told_from_a_feast_of_several_days(coded, key, trigger, day, named):
    ev = _event(coded, key, trigger)
    assert (ev.date.value, ev.date.time_precision) == (day, "day")
    assert named in ev.date.reason
    assert ev.location.name == "Kano"


@pytest.mark.parametrize("key,trigger,earliest", [("since_dash", "killed", "2024-05-04"),
                                                   ("since_hyphen", "detained", "2024-05-06")])
def test_since_a_weekday_before_a_dash_is_a_range(coded, key, trigger, earliest):
    ev = _event(coded, key, trigger)
    assert (ev.date.value, ev.date.earliest, ev.date.latest, ev.date.time_precision) == (None, earliest, PUB, "range")
    assert ev.date.span.text.lower().startswith(("saturday", "monday", "since"))


def test_a_holiday_word_that_begins_a_place_name_is_the_place(coded):
    ev = _event(coded, "island", "attacked")
    assert ev.date.value == "2024-05-06"  # Monday, not Christmas
    assert "christmas" not in ev.date.reason.lower()


def test_independence_day_alone_dates_nothing(coded):
    ev = _event(coded, "kyiv", "rallied")
    assert ev.date.value != "2023-07-04" and "independence" not in ev.date.reason.lower()


def test_a_name_the_model_calls_a_date_may_still_be_a_place(coded):
    assert _event(coded, "mayadeen", "Fighting").location.name == "Mayadeen"


@pytest.mark.parametrize("phrase,value", [("Easter", "2024-03-31"), ("Easter Sunday", "2024-03-31"),
                                          ("Easter Monday", "2024-04-01"), ("Good Friday", "2024-03-29")])
def test_western_easter_resolves(phrase, value):
    got = DateResolver(dt.date(2024, 5, 8), lang=EN).resolve(phrase, prefer="past")
    assert got is not None and got.value == value


def test_the_holiday_entities_of_the_pipeline(coder):
    doc = coder.nlp("Police fired on protesters on Christmas Eve 2023 in Lagos and on Boxing Day in Jos, "
                    "and the new year began quietly on Easter Island.")
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Christmas Eve 2023", "DATE") in ents and ("Boxing Day", "DATE") in ents
    assert not any(label == "DATE" and "Easter" in text for text, label in ents)
    assert ("new year", "DATE") not in ents


def test_a_holiday_named_as_a_subject_is_no_time(coder):
    doc = coder.nlp("International Women's Day is a day of protest in Buenos Aires.")
    assert not any(e.label_ == "DATE" and "Women" in e.text for e in doc.ents)


def test_a_holiday_after_of_is_a_time_only_after_a_date_noun(coder):
    doc = coder.nlp("The focus of Human Rights Day in Nairobi was police brutality.")
    assert not any(e.label_ == "DATE" and "Rights" in e.text for e in doc.ents)


# Review of dates20 (rev20d): the dash cut must not take a weekday off its own date, and a feast day that the
# holidays package shares with another holiday is still the feast's.
APPOSED = {
    "apposed": "Security forces opened fire on protesters in Almaty on Saturday - 8 January.",
    "apposed_year": "Police arrested 200 people on Friday - 7 January 2022 in Almaty.",
    "apposed_range": "The clashes lasted from Wednesday - 5 January to Friday in Almaty.",
}


@pytest.fixture(scope="module")
def apposed(coder):
    docs = [make_document(t, published="2022-02-01", doc_id=k) for k, t in APPOSED.items()]
    return {c.document.doc_id: c for c in coder.code_documents(docs)}


@pytest.mark.parametrize("key,trigger,value,earliest", [
    ("apposed", "opened", "2022-01-08", "2022-01-08"),  # not Saturday 29 January, the Saturday before publication
    ("apposed_year", "arrested", "2022-01-07", "2022-01-07"),
])
def test_a_weekday_dashed_to_its_own_date_keeps_it(apposed, key, trigger, value, earliest):
    [ev] = [e for e in apposed[key].events if e.trigger.text == trigger]
    assert (ev.date.value, ev.date.earliest) == (value, earliest)
    assert "January" in ev.date.span.text


def test_a_range_from_a_dashed_weekday_date_stays_whole(apposed):
    [ev] = [e for e in apposed["apposed_range"].events if e.trigger.text == "clashes"]
    assert ev.date.span.text == "Wednesday - 5 January to Friday"  # not cut to one Wednesday at the dash


@pytest.mark.parametrize("phrase,earliest,latest", [("Eid al-Adha", "2023-06-28", "2023-06-30"),
                                                    ("Eid", "2024-04-10", "2024-04-11")])
def test_a_feast_day_shared_with_another_holiday_stays_in_the_feast(phrase, earliest, latest):
    # 30 June 2023 is "Eid al-Adha; June 30 Revolution Day" in the Egyptian calendar of the holidays package
    got = DateResolver(dt.date(2024, 5, 8), lang=EN).resolve(phrase, prefer="past")
    assert got is not None and (got.value, got.earliest, got.latest) == (None, earliest, latest)


@pytest.mark.parametrize("text", ["Police dispersed protesters in May Day Square in Minsk on Christmas Eve.",
                                  "Police clashed with marchers on May Day Street in Istanbul."])
def test_a_place_named_for_a_feast_gives_no_date(coder, text):
    # the model reads "May" of "May Day Square" as a date; the square's name is the object of "in"/"on"
    doc = coder.nlp(text)
    assert not any(e.label_ == "DATE" and "May" in e.text for e in doc.ents)


def test_a_feast_before_the_subject_still_dates(coder):
    doc = coder.nlp("On Christmas Day Police fired on protesters in Lagos.")
    assert any(e.label_ == "DATE" and "Christmas" in e.text for e in doc.ents)


@pytest.mark.parametrize("text,word", [
    ("Police beat 20 protesters in Cairo, according to Eid.", "Eid"),  # Gamal Eid, the lawyer: a name
    ("Police also arrested five lawyers working with Eid.", "Eid"),
    ("Police arrested 20 people two days before Eid in Kano.", "Eid"),  # a time the feast does not name
    ("Police arrested 20 people after Easter in Kaduna.", "Easter"),
])
def test_a_holiday_after_another_preposition_is_no_date(coder, text, word):
    doc = coder.nlp(text)
    assert not any(e.label_ == "DATE" and word in e.text for e in doc.ents)


@pytest.mark.parametrize("text", ["Police raided homes on Eid in Kano.", "Police raided homes during Eid in Kano.",
                                  "Police have detained 30 people since Easter."])
def test_a_holiday_after_a_preposition_of_time_is_a_date(coder, text):
    assert any(e.label_ == "DATE" and e.text in ("Eid", "Easter") for e in coder.nlp(text).ents)
