"""A named day beside a stretch or an occasion, read as the clause's own (issue 16, dates24).

* "on Monday after weeks of protests", "on Friday after days of unrest": the
  small model tags "Monday after weeks" as one date, which no resolver reads,
  so the act was undated. The date trimmer now ends a named day before a shift
  preposition or a comma that runs on into a stretch (``date_trim``, the
  profile's ``date_shift_prepositions`` and units of a stretch): the day is
  the act's and "after weeks of X" is background (TimeML: a date and a
  duration are two timexes). "On 3 March, two days after the raids ended"
  keeps 3 March (the model had tagged "3 March, two days").
* "Two days following the election on Sunday" is the Tuesday ("following"
  is a shift word of the profile; the parser makes it a participle hung on
  "days", with the occasion as its object).
* A bare "after"/"following" an occasion dated on a day ("After the vote on
  Sunday, ...") is on that day or any day after it, and the text gives no
  stretch: a range from the occasion's day to publication, never the
  occasion's day exactly (ACLED codebook 2023, time precision: a span of
  days is 2, not 1; TimeML: a timex anchored on an event with no duration).

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

PUB = "2025-04-10"  # a Thursday: the last Monday is 7 April, the last Sunday 6 April

TEXTS = {
    "weeks": "The minister resigned on Monday after weeks of angry protests in Accra.",
    "days": "Troops detained 25 traders in Bamako on Monday after days of unrest.",
    "months": "Farmers blocked the highway near Pune on Tuesday after months of talks.",
    "lead": "On Monday after weeks of strikes, police arrested 12 union leaders in Kumasi.",
    "comma": "On 3 March, two days after the raids ended, soldiers detained 11 herders in Gao.",
    "comma_us": "On April 2, two days after the raids ended, gunmen abducted 6 farmers in Zamfara.",
    "comma_wd": "On Tuesday, a week after the strike began, police arrested 9 drivers in Kano.",
    "following_n": "Two days following the vote on Sunday, students clashed with police in Yerevan.",
    "following": "Following the vote on Sunday, students clashed with police in Yerevan.",
    "after_lead": "After the referendum on Sunday, opposition members were detained in Minsk.",
    "after_end": "Police arrested 14 monitors in Harare after the election on Sunday.",
    "dated_obj": "Police arrested 14 monitors in Harare on Monday after the election on Sunday.",
    # rev24d: the act's own later date, when narrower, beats the range from the occasion
    "own_weekday": "After the rally on Saturday, police detained 30 students in Kisumu on Monday.",
    "own_yesterday": "Following the vote on Sunday, soldiers beat dozens of monitors in Bouake yesterday.",
    "own_last_week": "After the referendum on 2 March, police arrested 14 activists in Gomel last week.",
    "own_passive": "After the march on Saturday, 25 teachers were arrested in Ibadan on Tuesday.",
    "own_coarser": "After the rally on Saturday, police detained 30 students in Kisumu this year.",
}


@pytest.fixture(scope="module")
def coded(coder):
    docs = [make_document(t, published=PUB, doc_id=k) for k, t in TEXTS.items()]
    return {c.document.doc_id: c for c in coder.code_documents(docs)}


def _date(coded, key, trigger):
    [ev] = [e for e in coded[key].events if e.trigger.text == trigger]
    return ev.date


@pytest.mark.parametrize("key,trigger,day,words", [
    ("weeks", "resigned", "2025-04-07", "Monday"),
    ("days", "detained", "2025-04-07", "Monday"),
    ("months", "blocked", "2025-04-08", "Tuesday"),
    ("lead", "arrested", "2025-04-07", "Monday"),
    ("comma", "detained", "2025-03-03", "3 March"),
    ("comma_us", "abducted", "2025-04-02", "April 2"),
    ("comma_wd", "arrested", "2025-04-08", "Tuesday"),
    ("dated_obj", "arrested", "2025-04-07", "Monday"),
])
def test_a_named_day_beside_a_stretch_is_the_acts(coded, key, trigger, day, words):
    d = _date(coded, key, trigger)
    assert (d.value, d.earliest, d.latest, d.time_precision, d.source) == (day, day, day, "day", "text")
    assert d.span.text == words


def test_a_counted_stretch_following_an_occasion(coded):
    d = _date(coded, "following_n", "clashed")
    assert (d.value, d.time_precision) == ("2025-04-08", "day")
    assert d.span.text == "Two days following the vote on Sunday"


@pytest.mark.parametrize("key,trigger,evidence", [
    ("following", "clashed", "Following the vote on Sunday"),
    ("after_lead", "detained", "After the referendum on Sunday"),
    ("after_end", "arrested", "after the election on Sunday"),
])
def test_a_bare_after_an_occasion_is_a_range_from_its_day(coded, key, trigger, evidence):
    d = _date(coded, key, trigger)
    assert (d.value, d.earliest, d.latest, d.time_precision, d.source) == (None, "2025-04-06", PUB, "range", "text")
    assert d.span.text == evidence


@pytest.mark.parametrize("key,trigger,first,last,precision,words", [
    ("own_weekday", "detained", "2025-04-07", "2025-04-07", "day", "Monday"),
    ("own_yesterday", "beat", "2025-04-09", "2025-04-09", "day", "yesterday"),
    ("own_last_week", "arrested", "2025-03-31", "2025-04-06", "week", "last week"),
    ("own_passive", "arrested", "2025-04-08", "2025-04-08", "day", "Tuesday"),
    ("own_coarser", "detained", "2025-04-05", PUB, "range", "After the rally on Saturday"),
])
def test_the_acts_own_narrower_date_beats_the_range(coded, key, trigger, first, last, precision, words):
    """The range from the occasion only bounds an act that names no narrower date of its own (rev24d).

    Told first, the range won over a day the act names later in the sentence ("After the rally on Saturday,
    police detained 30 students on Monday" was Saturday..publication; at main, the Saturday): the act is dated
    by its own clause's timex (TimeML). A coarser date of its own ("this year") does not replace the range.
    """
    d = _date(coded, key, trigger)
    assert (d.earliest, d.latest, d.time_precision, d.source) == (first, last, precision, "text")
    assert d.span.text == words
