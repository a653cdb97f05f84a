"""Three date faults a new user found (issue 16), each as a kind.

* A day of the month named without a year just after publication ("on 20
  April" in a report of 10 April) was moved a year back in silence. A past act
  is not dated by it, nor by the same day a year before, which news would name
  with its year: the event is left bound by publication, with the reason. A
  farther day ("on 28 December" in April) is the year before, and its reason
  says so (``DateResolver.resolve``).
* A statement's day given to the act it reports: "The army said on Monday it
  had arrested 12 suspects" (no "that": the parser hangs "on Monday" on the
  arrest). Words before the clause's subject are the reporting verb's, so the
  arrest is on or before Monday (``events.dating._said_on``).
* "on the eve of Thursday's vote" is the Wednesday, "a day after Sunday's
  election" the Monday (profile ``date_relation_offsets``,
  ``events.date_context.day_relation``).

Sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from dotterel.dates import DateResolver
from dotterel.ingest import make_document
from dotterel.lang import LanguageProfile

PUB = "2025-04-10"  # a Thursday
EN = LanguageProfile.load("en")


def _resolve(phrase, prefer="past", published=dt.date(2025, 4, 10), **kw):
    return DateResolver(published, lang=EN).resolve(phrase, prefer=prefer, **kw)


# --- the resolver ------------------------------------------------------------


@pytest.mark.parametrize("phrase", ["20 April", "on April 25", "1 May", "on 30 June"])
def test_a_day_just_after_publication_is_no_past_date(phrase):
    assert _resolve(phrase) is None
    ahead = _resolve(phrase, prefer="future")
    assert ahead is not None and ahead.value.startswith("2025-")
    assert _resolve(phrase, prefer="nearest") == ahead  # with no tense it is the near day ahead, as before


@pytest.mark.parametrize("phrase,value", [("28 December", "2024-12-28"), ("on 20 July", "2024-07-20")])
def test_a_day_moved_to_the_year_before_says_so(phrase, value):
    got = _resolve(phrase)
    assert got.value == value
    assert "no year named" in got.reason and "the year before" in got.reason


@pytest.mark.parametrize("phrase,value", [("5 April", "2025-04-05"), ("10 April", "2025-04-10"),
                                          ("20 April 2024", "2024-04-20"), ("Tuesday", "2025-04-08")])
def test_days_before_publication_or_with_a_year_are_unchanged(phrase, value):
    got = _resolve(phrase)
    assert got.value == value and "no year named" not in got.reason


@pytest.mark.parametrize("phrase,year,value,precision", [
    ("4 June", 1989, "1989-06-04", "day"), ("on June 4", 1989, "1989-06-04", "day"), ("in August", 1968, "1968-08", "month"),
])
def test_a_paragraphs_year_completes_a_day_or_month(phrase, year, value, precision):
    got = _resolve(phrase, year=year)
    assert (got.value, got.time_precision) == (value, precision) and str(year) in got.reason


@pytest.mark.parametrize("phrase", ["Monday", "yesterday", "last week", "4 June 2020"])
def test_a_paragraphs_year_leaves_other_phrases(phrase):
    assert _resolve(phrase, year=1989) == _resolve(phrase)


# --- events ------------------------------------------------------------------

@pytest.fixture(scope="module")
def coded(coder):
    texts = {
        "gao": "Soldiers killed five civilians in Gao on 20 April, residents said.",
        "borno": "The ministry said on 15 April that soldiers had killed 30 militants in a raid in Borno State.",
        "december": "Police arrested 12 protesters in Harare on 28 December.",
        "army": "The army said on Monday it had arrested 12 suspects in Maiduguri.",
        "police": "The police said on Tuesday they had detained 30 protesters in Harare.",
        "own_day": "Police said on Tuesday officers detained 30 protesters in Harare on Sunday.",
        "lahore": "Two people were killed and 14 injured when supporters of rival candidates clashed in Lahore on "
                  "the eve of Thursday's vote, police said.",
        "eve": "Police arrested 20 opposition activists on the eve of Thursday's vote.",
        "before": "Police arrested 20 activists the day before Sunday's election.",
        "after": "Riots broke out in Kinshasa a day after Sunday's election.",
        "fronted": "On the eve of Sunday's referendum, police raided the opposition offices in Caracas.",
        "plain": "Protesters clashed with police in Lagos on the eve of the vote.",
    }
    docs = [make_document(t, published=PUB, doc_id=k) for k, t in texts.items()]
    return {c.document.doc_id: c for c in coder.code_documents(docs)}


def _event(coded, key, trigger):
    [ev] = [e for e in coded[key].events if e.trigger.text == trigger]
    return ev


@pytest.mark.parametrize("key,trigger,day", [("gao", "killed", "'20 April'"), ("borno", "killed", "'15 April'")])
def test_a_past_act_is_not_dated_a_year_back(coded, key, trigger, day):
    ev = _event(coded, key, trigger)
    assert ev.date.value is None and ev.date.latest == PUB and ev.date.source == "publication"
    assert day in ev.date.reason and "after publication" in ev.date.reason


def test_a_day_of_the_year_before_is_kept_with_its_reason(coded):
    ev = _event(coded, "december", "arrested")
    assert ev.date.value == "2024-12-28" and "the year before" in ev.date.reason


@pytest.mark.parametrize("key,latest", [("army", "2025-04-07"), ("police", "2025-04-08")])
def test_the_statements_day_bounds_the_reported_act(coded, key, latest):
    ev = _event(coded, key, "arrested" if key == "army" else "detained")
    assert (ev.date.value, ev.date.latest, ev.date.time_precision) == (None, latest, "range")
    assert "statement date" in ev.date.reason


def test_the_acts_own_day_still_wins(coded):
    assert _event(coded, "own_day", "detained").date.value == "2025-04-06"


@pytest.mark.parametrize("key,trigger,day,named", [
    ("lahore", "killed", "2025-04-09", "2025-04-10"),
    ("eve", "arrested", "2025-04-09", "2025-04-10"),
    ("before", "arrested", "2025-04-05", "2025-04-06"),
    ("after", "Riots", "2025-04-07", "2025-04-06"),
    ("fronted", "raided", "2025-04-05", "2025-04-06"),
])
def test_a_day_told_from_a_named_day(coded, key, trigger, day, named):
    ev = _event(coded, key, trigger)
    assert (ev.date.value, ev.date.time_precision, ev.date.source) == (day, "day", "text")
    assert named in ev.date.reason


def test_the_eve_of_an_undated_vote_dates_nothing(coded):
    ev = _event(coded, "plain", "clashed")
    assert ev.date.value is None and ev.date.latest == PUB
