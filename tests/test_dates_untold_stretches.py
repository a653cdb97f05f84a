"""An act told before an occasion by a stretch the text does not give, and occasions dated after them (issue 16).

* "before the election on Saturday", "ahead of the vote on Sunday", "prior to
  the rally on Monday", "before Friday": the act precedes the occasion, so
  the occasion's day is not the act's; the text gives no stretch, so the act
  is undated with the reason (``events.date_shifts._stretch``: a backward
  preposition with no stretch). A time of day ("before dawn on Saturday",
  "before 6 am on Saturday", profile ``day_part_nouns``) is a time of that
  day, a place or presence ("before the cameras", "before the palace") is
  no occasion (profile ``date_occasion_nouns``): both keep the day. A bare
  "after" is on the occasion's day or any day after it: a range from that
  day to publication (issue 16, dates24; ``test_dates_after_occasions``).
* "on the eve of the election on Sunday", "the day before the vote on
  Saturday": an "on" phrase right after the occasion's noun dates the
  occasion, and the relation noun moves the day (``date_context.day_relation``
  with ``date_shifts.postmodified_noun``), as "on the eve of Sunday's
  election" did; "that day after Friday's clashes" is a day of its own.
* "attacked a post in Kidal days after the ceasefire on 1 May": the small
  model joins the place and the stretch ("Kidal days") as one phrase; the
  stretch is still read (``date_shifts._misjoined``), never the occasion's
  day.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

PUB = "2024-05-08"  # a Wednesday: the last Saturday is 4 May, the last Sunday 5 May

TEXTS = {
    "lagos_before": "Police arrested 40 opposition activists in Lagos before the election on Saturday.",
    "dhaka_ahead": "Police detained 25 student leaders in Dhaka ahead of the general strike on Sunday.",
    "patna_prior": "Police lathi-charged striking teachers in Patna prior to the bandh on Saturday.",
    "harare_date": "Police arrested 30 opposition members in Harare before 4 May.",
    "dawn": "Soldiers detained 15 villagers in Kayin before dawn on Saturday.",
    "clock": "Police raided the party office in Kano before 6 am on Saturday and arrested 12 officials.",
    "cameras": "Police beat the marchers before the television cameras on Saturday in Accra.",
    "palace": "Troops fired on the crowd before the presidential palace on Saturday in Kinshasa.",
    "after": "Police arrested 40 opposition activists in Lagos after the election on Saturday.",
    "eve": "Security forces detained 18 activists in Abuja on the eve of the governorship election on Sunday.",
    "eve_poss": "Security forces detained 18 activists in Abuja on the eve of Sunday's governorship election.",
    "day_before": "Police arrested 22 union members in Harare the day before the general strike on Sunday.",
    "day_after": "Troops shot dead three protesters in Kinshasa the day after the vote on Saturday.",
    "eve_comma": "Police arrested 40 activists on the eve of the vote, on Saturday, in Lagos.",
    "that_day": "Police arrested 12 people in Bulawayo that day after Friday's clashes.",
    "kidal": "Rebels attacked an army post in Kidal days after the ceasefire on 1 May.",
    "menaka": "Gunmen ambushed a convoy in Menaka days after the truce.",
    # review: a body or a building named after "before" is a presence, not an occasion; "the eve of <holiday>"
    "body_name": "Opposition leaders protested before the Congress on Tuesday in Lima.",
    "body_noun": "Workers rallied before the session on Tuesday in Kathmandu, demanding higher wages.",
    "body_conv": "Nurses marched before the convention on Monday in Chicago.",
    "senate": "Teachers demonstrated before the Senate on Monday in Manila.",
    "eve_holiday": "Security forces detained 18 activists in Srinagar on the eve of Eid.",
    "eve_holiday2": "Police arrested 25 monks in Hue on the eve of Christmas.",
}


@pytest.fixture(scope="module")
def coded(coder):
    docs = [make_document(t, published=PUB, doc_id=k) for k, t in TEXTS.items()]
    return {c.document.doc_id: c for c in coder.code_documents(docs)}


def _date(coded, key, trigger):
    [ev] = [e for e in coded[key].events if e.trigger.text == trigger]
    return ev.date


@pytest.mark.parametrize("key,trigger,phrase", [
    ("lagos_before", "arrested", "before the election on Saturday"),
    ("dhaka_ahead", "detained", "ahead of the general strike on Sunday"),
    ("patna_prior", "lathi-charged", "prior to the bandh on Saturday"),
    ("harare_date", "arrested", "before 4 May"),
])
def test_an_untold_stretch_before_an_occasion_dates_nothing(coded, key, trigger, phrase):
    d = _date(coded, key, trigger)
    assert (d.value, d.earliest, d.latest, d.source) == (None, None, PUB, "publication")
    assert phrase in d.reason and "undated" in d.reason
    assert "the text gives no stretch in days from" in d.reason  # not "does not resolve": the day resolved


@pytest.mark.parametrize("key,trigger,day", [
    ("dawn", "detained", "2024-05-04"),
    ("clock", "raided", "2024-05-04"),
    ("cameras", "beat", "2024-05-04"),
    ("palace", "fired", "2024-05-04"),
])
def test_a_time_of_the_day_or_a_place_keeps_the_day(coded, key, trigger, day):
    d = _date(coded, key, trigger)
    assert (d.value, d.time_precision, d.source) == (day, "day", "text")


def test_a_bare_after_is_a_range_from_the_occasion(coded):
    d = _date(coded, "after", "arrested")
    assert (d.value, d.earliest, d.latest, d.time_precision) == (None, "2024-05-04", PUB, "range")


@pytest.mark.parametrize("key,trigger,day", [
    ("eve", "detained", "2024-05-04"),
    ("eve_poss", "detained", "2024-05-04"),
    ("day_before", "arrested", "2024-05-04"),
    ("day_after", "shot", "2024-05-05"),
])
def test_a_day_relation_to_an_occasion_dated_after_it(coded, key, trigger, day):
    d = _date(coded, key, trigger)
    assert (d.value, d.earliest, d.latest, d.time_precision, d.source) == (day, day, day, "day", "text")


def test_a_day_after_a_comma_is_the_events_own(coded):
    assert _date(coded, "eve_comma", "arrested").value == "2024-05-04"


def test_a_day_with_a_demonstrative_is_its_own(coded):
    # "that day" names a day of its own: no day relation to Friday's clashes (the Saturday)
    d = _date(coded, "that_day", "arrested")
    assert d.value != "2024-05-04"
    assert d.span is None or "that day after" not in d.span.text


def test_a_stretch_misjoined_to_a_place(coded):
    [ev] = [e for e in coded["kidal"].events if e.trigger.text == "attacked"]
    d = ev.date
    assert (d.value, d.earliest, d.latest, d.time_precision) == (None, "2024-05-02", PUB, "range")
    assert d.span.text == "days after the ceasefire on 1 May"
    assert ev.location is not None and ev.location.name == "Kidal"
    d = _date(coded, "menaka", "ambushed")
    assert (d.value, d.source) == (None, "publication") and "does not date the occasion" in d.reason


@pytest.mark.parametrize("key,trigger,day", [
    ("body_name", "protested", "2024-05-07"),
    ("body_noun", "rallied", "2024-05-07"),
    ("body_conv", "marched", "2024-05-06"),
    ("senate", "demonstrated", "2024-05-06"),
])
def test_a_body_before_which_the_act_happens_keeps_the_day(coded, key, trigger, day):
    # "before the Congress/session/convention": in the presence of a body (or its building), not ahead of a meeting
    d = _date(coded, key, trigger)
    assert (d.value, d.time_precision, d.source) == (day, "day", "text")


@pytest.mark.parametrize("key,trigger,day", [
    ("eve_holiday", "detained", "2024-04-09"),  # Eid al-Fitr 2024: 10 April
    ("eve_holiday2", "arrested", "2023-12-24"),
])
def test_the_eve_of_a_holiday_is_the_day_before_it(coded, key, trigger, day):
    # the date phrase is the whole "the eve of Eid": no "on" phrase after an occasion noun to read
    d = _date(coded, key, trigger)
    assert (d.value, d.time_precision, d.source) == (day, "day", "text")
