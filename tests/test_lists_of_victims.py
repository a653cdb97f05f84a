"""A toll named as a list of people: single victims count one each, and the list is summed.

A new user's "Gunmen shot dead a doctor and two patients" and "Two soldiers and a civilian were killed"
gave a killed figure of 1 or 2: a singular victim beside a number was no part of the list, and a list of
single victims ("a policeman and a soldier") counted its first person only. ACLED (codebook 2023) records
an event's fatalities as the total its report supports. "Between 10 and 15 miners were killed" gave no
figure at all: the entity recogniser tags the range as a date, and "miners" was no noun of people. The
sentences are our own.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-06"


def _killed(coder, text):
    (event,) = [e for e in coder.code(text, published=PUBLISHED) if e.event_type == "ASSAULT"]
    return [(c.best, c.low, c.high, c.subgroup) for c in event.counts if c.kind == "killed"]


@pytest.mark.parametrize(("text", "whole"), [
    ("Two soldiers and a civilian were killed in Kaduna on Monday.", 3),
    ("Gunmen killed a doctor and two patients in Kaduna on Monday.", 3),
    ("Militants killed three policemen and a teacher near Bannu on Sunday.", 4),
])
def test_a_single_victim_beside_a_figure_is_one_more(coder, text, whole):
    counts = _killed(coder, text)
    assert counts[0] == (whole, None, None, None)
    assert sorted(c[0] for c in counts[1:]) == sorted([1, whole - 1])


@pytest.mark.parametrize(("text", "whole"), [
    ("Gunmen killed a policeman and a soldier in Kaduna on Monday.", 2),
    ("Gunmen killed Ahmed Musa and a guard in Kaduna on Monday.", 2),
])
def test_a_list_of_single_victims_is_their_number(coder, text, whole):
    assert _killed(coder, text) == [(whole, None, None, None)]


@pytest.mark.parametrize("text", [
    "Gunmen killed a soldier and his dog in Kaduna on Monday.",
    "A soldier was killed and a vehicle destroyed in Kaduna on Monday.",
])
def test_a_thing_in_the_list_adds_nothing(coder, text):
    assert _killed(coder, text) == [(1, None, None, None)]


@pytest.mark.parametrize(("text", "low", "high"), [
    ("Between 10 and 15 miners were killed in Zamfara on Saturday.", 10, 15),
    ("Between 20 and 30 soldiers were killed in the ambush near Diffa.", 20, 30),
    ("Between 5 and 8 farmers were killed when gunmen raided the village.", 5, 8),
])
def test_a_range_the_recogniser_calls_a_date_still_counts_people(coder, text, low, high):
    assert _killed(coder, text) == [(None, low, high, None)] or _killed(coder, text)[0][:3] == (None, low, high)


def test_a_year_on_a_definite_noun_stays_a_year(coder):
    events = coder.code("The 1989 miners' strike in Donbas was recalled on Saturday.", published=PUBLISHED)
    assert all(c.kind != "killed" for e in events for c in e.counts)


@pytest.mark.parametrize(("text", "aggregate"), [
    ("Police in Lima arrested 300 people on Friday during a nationwide transport strike.", None),
    ("Police arrested 300 people nationwide on Friday.", "nationwide"),
    ("During the nationwide strike, police arrested 300 people.", "nationwide"),
])
def test_a_nationwide_setting_of_a_placed_figure_is_no_sum(coder, text, aggregate):
    (event,) = coder.code(text, published=PUBLISHED)
    assert [(c.kind, c.best, c.aggregate) for c in event.counts] == [("arrested", 300, aggregate)]
