"""A relative clause and its main clause each keep their own date (issue 16: an event takes its own clause's date).

"Police on Wednesday arrested three men who had attacked a shop on Monday": the
attack is Monday's and the arrest Wednesday's; the relative clause did inherit
"on Wednesday". "Riot police beat supporters who had gathered outside the court
on Tuesday": the day is the gathering's, and the beating is bound by
publication, with a reason that names the day it did not take (before, the
reason said "no date in text"). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

PUB = "2024-03-06"  # a Wednesday
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _dates(coder, text):
    return {e.trigger.text: e.date for e in coder.code(text, published=PUB)}


@pytest.mark.parametrize("text,main,main_day,relative,relative_day", [
    ("Police on Wednesday arrested three men who had attacked a shop in Lagos on Monday.",
     "arrested", "2024-03-06", "attacked", "2024-03-04"),
    ("On Tuesday soldiers detained two students who had protested in Dhaka on Sunday.",
     "detained", "2024-03-05", "protested", "2024-03-03"),
    ("Protesters who were arrested on Monday marched again in Harare on Tuesday.",
     "marched", "2024-03-05", "arrested", "2024-03-04"),
])
def test_each_clause_keeps_its_own_day(coder, text, main, main_day, relative, relative_day):
    dates = _dates(coder, text)
    assert (dates[main].value, dates[relative].value) == (main_day, relative_day)


@pytest.mark.parametrize("text,relative", [
    ("Police on Wednesday arrested three men who had attacked a shop in Lagos.", "attacked"),
    ("On Monday troops shot two villagers who had fled the fighting in Goma.", "fled"),
])
def test_a_relative_clause_does_not_take_the_main_clauses_day(coder, text, relative):
    dates = _dates(coder, text)
    if relative in dates:  # when its verb is an event at all
        assert dates[relative].value is None


@pytest.mark.parametrize("text,trigger,day", [
    ("Riot police fired tear gas and beat opposition supporters who had gathered outside the court in Harare "
     "on Tuesday.", "beat", "Tuesday"),
    ("Police dispersed protesters who marched on parliament in Nairobi on Monday.", "dispersed", "Monday"),
])
def test_the_main_event_names_the_day_it_does_not_take(coder, text, trigger, day):
    date = _dates(coder, text)[trigger]
    assert date.value is None and date.latest == PUB
    assert f"'{day}' dates the relative clause" in date.reason


@pytest.mark.parametrize("text,days", [
    # a progressive relative clause is going on at the main event: one day for both, either way
    ("On Monday police fired tear gas at students who were marching in Dhaka.",
     {"fired": "2024-03-04", "marching": "2024-03-04"}),
    ("Police beat protesters who were marching through Lagos on Monday.",
     {"beat": "2024-03-04", "marching": "2024-03-04"}),
    ("Police on Tuesday arrested fans who were rioting outside the stadium in Cairo.",
     {"arrested": "2024-03-05", "rioting": "2024-03-05"}),
])
def test_a_progressive_relative_clause_shares_the_day(coder, text, days):
    dates = _dates(coder, text)
    assert {t: dates[t].value for t in days} == days
