"""A day told by a stretch of time from an occasion (issue 16: when, read right).

* "two days before the election on Sunday", "a week after the air strike on
  14 March", "a day before the bandh on Monday": the occasion's day moved by
  the stretch, never the occasion's day itself (``events.date_shifts``,
  profile ``date_shift_prepositions``); a stretch without a number ("a few
  days before") is a range; an occasion the text does not date, or a stretch
  not counted in days ("two months after"), dates nothing, with the reason.
  A day after a comma ("..., on Saturday") is the event's own.
* A stretch counted from an earlier time ("days later") that the model glued
  to the noun phrase before it ("to the assembly days later") is cut free
  (``date_trim._DateTrim``, profile ``date_n_days_later_re``,
  ``date_vague_later_re``), and a later conjoined verb with such a date of
  its own is not dated by the first verb's day
  (``events.date_scope._own_later_date``).

More shapes (review of ``events.date_shifts``):

* The parser may hang the stretch on the verb rather than on the preposition
  ("killed 12 villagers [a week] [after the raid on 14 April]"): the
  occasion's day is still moved, never taken as the event's.
* Two-word prepositions of the profile's ``date_shift_prepositions`` ("two
  days prior to the hartal", "two days ahead of the vote"), common in South
  Asian and wire English, move the day as "before" does.
* Counted hours reach whole days ("48 hours before" is two days before;
  "36 hours before" one or two), not "that day or the one before".
* "the day before" is one day and "the week after" the seven days after; a
  hedged count ("nearly a week after", "almost two days after") is a range of
  one unit either side, while "just two days after" stays exact; "the
  morning after the vote on Saturday" is the Sunday, as "the morning after
  Saturday's vote" was.
* A stretch from an undated occasion the model does not tag as a date ("shot
  dead two traders a week after the coup") dates nothing, as a tagged one
  does, rather than borrowing the paragraph's date.
* A vague stretch of days ("days after the referendum on Sunday") of which
  only publication day is left dates nothing, rather than the publication day
  at day precision; a weekday both of whose readings fit gives a range over both.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

PUB = "2025-04-10"  # a Thursday

TEXTS = {
    "kano": "Police arrested 40 opposition supporters in Kano two days before the governorship election on Sunday.",
    "jaffna": "Security forces detained 25 students in Jaffna two days before Sunday's local polls.",
    "kayin": "Rights groups said soldiers killed four villagers in Kayin State a week after the air strike on 14 March.",
    "ranchi": "Police lathi-charged protesting teachers in Ranchi a day before the bandh on Monday.",
    "goma": "Three days after the vote on 1 April, troops opened fire on marchers in Goma.",
    "sittwe": "Villagers say soldiers torched 30 homes near Sittwe five days after the attack on the outpost on 28 March.",
    "bannu": "Militants attacked a police post in Bannu a few days before the state election on 9 April.",
    "sagaing": "Troops killed six people in Sagaing two months after the coup on 1 February.",
    "comma": "Police arrested 40 protesters in Lagos two days before the election, on Saturday.",
    "own_day": "Police arrested 40 protesters in Lagos on Tuesday, two days before the election on Thursday.",
    "assembly": "On 3 March the governor closed the border, and in a speech to the assembly days later he blamed "
                "foreign agents for the unrest.",
    "ministry": "Protesters occupied the ministry on 7 March and marched to the capital weeks later.",
}


def _code(coder, texts, published):
    docs = [make_document(t, published=published, doc_id=k) for k, t in texts.items()]
    return {c.document.doc_id: c for c in coder.code_documents(docs)}


@pytest.fixture(scope="module")
def coded(coder):
    return _code(coder, TEXTS, PUB)


def _date(coded, key, trigger):
    [ev] = [e for e in coded[key].events if e.trigger.text == trigger]
    return ev.date


@pytest.mark.parametrize("key,trigger,day,named", [
    ("kano", "arrested", "2025-04-04", "2025-04-06"),
    ("jaffna", "detained", "2025-04-04", "2025-04-06"),
    ("kayin", "killed", "2025-03-21", "2025-03-14"),
    ("ranchi", "lathi-charged", "2025-04-06", "2025-04-07"),
    ("goma", "opened", "2025-04-04", "2025-04-01"),
    ("sittwe", "torched", "2025-04-02", "2025-03-28"),
])
def test_an_exact_stretch_moves_the_occasions_day(coded, key, trigger, day, named):
    d = _date(coded, key, trigger)
    assert (d.value, d.earliest, d.latest, d.time_precision, d.source) == (day, day, day, "day", "text")
    assert named in d.reason
    assert d.span.text.split()[-1] in TEXTS[key]  # the whole phrase is the evidence
    assert d.span.text.startswith(("two", "Three", "a ", "five"))


def test_a_stretch_without_a_number_is_a_range(coded):
    d = _date(coded, "bannu", "attacked")
    assert (d.value, d.earliest, d.latest, d.time_precision) == (None, "2025-03-31", "2025-04-08", "range")
    assert "2025-04-09" in d.reason


def test_a_stretch_not_counted_in_days_dates_nothing(coded):
    d = _date(coded, "sagaing", "killed")
    assert (d.value, d.earliest, d.latest, d.source) == (None, None, PUB, "publication")
    assert "two months after the coup on 1 February" in d.reason and "undated" in d.reason


@pytest.mark.parametrize("key,day", [("comma", "2025-04-05"), ("own_day", "2025-04-08")])
def test_the_events_own_day_is_kept(coded, key, day):
    assert _date(coded, key, "arrested").value == day


def test_a_stretch_glued_to_a_noun_is_cut_free(coded):
    d = _date(coded, "assembly", "blamed")
    assert (d.value, d.earliest, d.latest, d.time_precision) == (None, "2025-03-04", PUB, "range")
    assert d.span.text == "days later"
    assert _date(coded, "assembly", "closed").value == "2025-03-03"


def test_a_later_verb_with_a_date_of_its_own(coded):
    assert _date(coded, "ministry", "occupied").value == "2025-03-07"
    d = _date(coded, "ministry", "marched")
    assert (d.value, d.earliest, d.time_precision) == (None, "2025-03-14", "range")
    assert d.span.text == "weeks later"


PUB2 = "2024-05-06"  # a Monday

SHAPES = {
    "verb_hung": "Activists said troops killed 12 villagers a week after the raid on 14 April.",
    "verb_hung_said": "Soldiers burned 20 houses a week after the raid on 14 April, residents said.",
    "prior_to": "Police lathi-charged striking nurses in Patna two days prior to the bandh on Friday.",
    "prior_to_date": "Police detained 12 activists in Chennai a day prior to the hartal on 2 May.",
    "ahead_of": "Police arrested 30 opposition members in Dhaka two days ahead of the election on Sunday.",
    "hours48": "Police arrested 30 opposition members in Harare 48 hours before the election on Sunday.",
    "hours36": "Police arrested 30 opposition members in Harare 36 hours before the election on Sunday.",
    "days_left": "The junta jailed dozens of its critics just days after the referendum on Sunday.",
    "days_range": "The junta jailed dozens of its critics days after the referendum on 20 April.",
    "ahead_bare": "Police detained 12 activists in Lusaka ahead of Friday's vote.",
}


@pytest.fixture(scope="module")
def shapes(coder):
    return _code(coder, SHAPES, PUB2)


@pytest.mark.parametrize("key,trigger,day,named", [
    ("verb_hung", "killed", "2024-04-21", "2024-04-14"),
    ("verb_hung_said", "burned", "2024-04-21", "2024-04-14"),
    ("prior_to", "lathi-charged", "2024-05-01", "2024-05-03"),
    ("prior_to_date", "detained", "2024-05-01", "2024-05-02"),
    ("ahead_of", "arrested", "2024-05-03", "2024-05-05"),
    ("hours48", "arrested", "2024-05-03", "2024-05-05"),
])
def test_the_occasions_day_is_moved(shapes, key, trigger, day, named):
    d = _date(shapes, key, trigger)
    assert (d.value, d.earliest, d.latest, d.time_precision, d.source) == (day, day, day, "day", "text")
    assert named in d.reason
    assert d.span.text.endswith(("April", "Friday", "May", "Sunday"))


def test_counted_hours_reach_whole_days(shapes):
    d = _date(shapes, "hours36", "arrested")
    assert (d.value, d.earliest, d.latest, d.time_precision) == (None, "2024-05-03", "2024-05-04", "range")


def test_a_vague_stretch_with_only_publication_day_left_dates_nothing(shapes):
    d = _date(shapes, "days_left", "jailed")
    assert (d.value, d.earliest, d.latest, d.source) == (None, None, PUB2, "publication")
    assert "days after the referendum on Sunday" in d.reason and "undated" in d.reason
    d = _date(shapes, "days_range", "jailed")
    assert (d.value, d.earliest, d.latest, d.time_precision) == (None, "2024-04-21", "2024-04-29", "range")


def test_ahead_of_without_a_stretch_still_abstains(shapes):
    d = _date(shapes, "ahead_bare", "detained")
    assert (d.value, d.earliest, d.source) == (None, None, "publication")


def test_both_readings_of_the_weekday_fit_so_the_range_covers_both(coder):
    # PUB2 is a Monday: the last Saturday (4 May) and the next (11 May) both leave days before publication
    text = "Police arrested 40 opposition activists days before the election on Saturday."
    d = _date(_code(coder, {"both": text}, PUB2), "both", "arrested")
    assert (d.value, d.earliest, d.latest, d.time_precision) == (None, "2024-04-25", PUB2, "range")
    assert "2024-05-04 or 2024-05-11" in d.reason


@pytest.mark.parametrize("text,trigger,dated", [
    # "the day before": one day, not "days before"
    ("Police detained 12 activists the day before the vote on Sunday.", "detained",
     ("2024-05-04", "2024-05-04", "2024-05-04", "day")),
    # "the week after": within the seven days after, not up to nine weeks
    ("Police raided the party offices the week after the election on 14 April.", "raided",
     (None, "2024-04-15", "2024-04-21", "range")),
])
def test_a_definite_stretch_is_one_unit(coder, text, trigger, dated):
    d = _date(_code(coder, {"definite": text}, PUB2), "definite", trigger)
    assert (d.value, d.earliest, d.latest, d.time_precision) == dated


@pytest.mark.parametrize("text,trigger,dated", [
    # a hedged count is no exact day: one unit either side, cut at publication
    ("Nearly a week after the blasts on 28 April, gunmen killed five traders in Quetta.", "killed",
     (None, "2024-04-29", "2024-05-06", "range")),
    ("Gunmen killed five traders almost two days after the blasts on 20 April.", "killed",
     (None, "2024-04-21", "2024-04-23", "range")),
    ("Police arrested 30 people nearly 48 hours before the election on Sunday.", "arrested",
     (None, "2024-05-02", "2024-05-04", "range")),
    # "just" keeps the count exact (profile exact_prefixes)
    ("Gunmen killed five traders just two days after the blasts on 20 April.", "killed",
     ("2024-04-22", "2024-04-22", "2024-04-22", "day")),
])
def test_a_hedged_stretch_is_a_range(coder, text, trigger, dated):
    d = _date(_code(coder, {"hedged": text}, PUB2), "hedged", trigger)
    assert (d.value, d.earliest, d.latest, d.time_precision) == dated


@pytest.mark.parametrize("text,day", [
    # a day relation noun with the occasion's day after the noun, not as its possessor
    ("Police raided an opposition newspaper the morning after the vote on Saturday.", "2024-05-05"),
    ("Police raided an opposition newspaper the night before the election on Sunday.", "2024-05-04"),
])
def test_a_day_relation_with_the_occasions_day_after_it(coder, text, day):
    d = _date(_code(coder, {"relation": text}, PUB2), "relation", "raided")
    assert (d.value, d.earliest, d.latest, d.time_precision) == (day, day, day, "day")


def test_an_untagged_stretch_from_an_undated_occasion_borrows_no_paragraph_date(coder):
    # the model tags no date in "a week after the coup", so the paragraph's 3 April used to date the shooting
    text = "Riot police broke up a sit-in in Gulu on 3 April. Soldiers shot dead two traders in Gulu a week after the coup."
    d = _date(_code(coder, {"untagged": text}, PUB2), "untagged", "shot")
    assert (d.value, d.earliest, d.latest, d.source) == (None, None, PUB2, "publication")
    assert "'a week after the coup': the text does not date the occasion" in d.reason


@pytest.mark.parametrize("text,span", [
    # a date of its own before "after" (the profile's date_period_relatives) is no stretch from the occasion
    ("Police arrested 12 people last week after the clashes on 26 April.", "last week"),
    ("Police arrested 12 people this week after the clashes on Friday.", "this week"),
    ("Police arrested 12 people last month after the clashes on 2 April.", "last month"),
    ("Police arrested 12 people that day after the clashes on Friday.", "Friday"),
])
def test_a_date_of_its_own_before_the_preposition_is_no_stretch(coder, text, span):
    d = _date(_code(coder, {"own": text}, PUB2), "own", "arrested")
    assert d.span is not None and d.span.text == span
