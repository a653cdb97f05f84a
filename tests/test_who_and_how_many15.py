"""Kinds of actor, date and count of session 15 (issue 16, "who, when, how many"), on sentences written for this file.

- a seat of government is the government whatever label the parser gives its name ("The Elysée Palace"
  tagged as a work of art), but a person's name only as before ("the Elysée", not "Marie Elysée");
- animals killed are no death toll of people (ACLED codebook: fatalities are people killed);
- a year before a determined subject or object names those people ("the 2020 protesters"), not the day of
  the event; a year after "In" or on a time frame ("during the 2020 election") still dates it.
"""

from __future__ import annotations

import pytest

from factories import coded_event


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


# -- seats of government -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger, country", [
    ("The Elysée Palace condemned the attack on the embassy.", "condemned", "FRA"),
    ("The Elysée Palace strongly criticised the new tariffs on Tuesday.", "criticised", "FRA"),
    ("Westminster condemned the shelling of the port.", "condemned", "GBR"),
])
def test_a_seat_of_government_is_its_government_whatever_the_parser_tags_it(coder, text, trigger, country):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and (a.country, a.sector, a.how) == (country, "GOV", "country"), a


def test_a_person_named_like_a_seat_is_still_no_government(coder):
    ev = coded_event(coder, "Police arrested Elysée, an activist, in Lyon on Monday.", "arrested")
    assert ev.recipient is None or ev.recipient.sector != "GOV", ev.recipient


# -- animals are not people killed ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Raiders killed 40 cattle near Makurdi on Monday.", "killed"),
    ("Dozens of sheep were killed when militants attacked a village near Mopti.", "killed"),
    ("Gunmen killed about 300 goats in a raid on a market in Zamfara.", "killed"),
])
def test_animals_killed_are_no_death_toll(coder, text, trigger):
    ev = coded_event(coder, text, trigger)
    assert not [c for c in ev.counts if c.kind == "killed"], ev.counts


@pytest.mark.parametrize("text, trigger, killed", [
    ("Gunmen killed 12 herders and stole 300 cows near Gusau.", "killed", 12),
    ("Raiders killed 40 villagers near Makurdi on Monday.", "killed", 40),
])
def test_people_killed_beside_animals_are_still_counted(coder, text, trigger, killed):
    ev = coded_event(coder, text, trigger)
    assert [c.best for c in ev.counts if c.kind == "killed"] == [killed], ev.counts


# -- a year that names people is not the event's date ---------------------------------------------------------
@pytest.mark.parametrize("text, trigger, day", [
    ("The 2020 protesters held in Minsk were released on Friday.", "released", "2024-03-01"),
    ("Police freed the 2019 detainees on Monday.", "freed", "2024-02-26"),
])
def test_a_year_on_a_determined_side_does_not_date_the_event(coder, text, trigger, day):
    ev = coded_event(coder, text, trigger)
    assert ev.date is not None and ev.date.value == day, ev.date


def test_a_year_on_a_determined_side_alone_gives_no_year(coder):
    ev = coded_event(coder, "Police freed the 2019 detainees after a court ruling.", "freed")
    assert ev.date is None or not (ev.date.value or "").startswith("2019"), ev.date


@pytest.mark.parametrize("text, trigger, year", [
    ("In 2014 protesters stormed the parliament in Kyiv.", "stormed", "2014"),
    ("Police arrested 40 people in Lagos during the 2019 election.", "arrested", "2019"),
])
def test_a_year_that_frames_the_event_still_dates_it(coder, text, trigger, year):
    ev = coded_event(coder, text, trigger)
    assert ev.date is not None and ev.date.value.startswith(year), ev.date
