"""Kinds of actor, date and count of session 15 (issue 16, "who, when, how many"), on sentences written for this file.

- a seat of government is the government whatever label the parser gives its name ("The Elysée Palace"
  tagged as a work of art), but a person's name only as before ("the Elysée", not "Marie Elysée");
- animals killed are no death toll of people (ACLED codebook: fatalities are people killed);
- a year before a determined subject or object names those people ("the 2020 protesters"), not the day of
  the event; a year after "In" or on a time frame ("during the 2020 election") still dates it;
- the holders of a protest noun the text names around it: a demonym on it ("Kenyan protests"), the "by" phrase
  of a participle of undertaking on it or of what it is described "as" ("organised by teachers", "began as a
  sit-in by students"), the crowd the paragraph says protested before it ("people started protesting ...
  Protests spread"), and a verb whose subject is such a protest ("Protests spread, demanding ...");
- an infinitive on what the subject undertakes is the subject's purpose ("led a movement to demand").
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


# -- the holders of a protest the text names around the noun -----------------------------------------------------
@pytest.mark.parametrize("text, trigger, country", [
    ("Kenyan protests began on Monday in Nairobi.", "protests", "KEN"),
    ("Peruvian demonstrations resumed in Cusco after the vote.", "demonstrations", "PER"),
])
def test_a_demonym_on_a_protest_noun_names_its_protesters(coder, text, trigger, country):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and (a.country, a.sector, a.inter, a.how) == (country, "CVL", 6, "demonym"), a
    assert a.span is not None and a.span.text in text.split()[0], a.span


@pytest.mark.parametrize("text, trigger", [
    ("Anti-French protests erupted in Bamako on Friday.", "protests"),
    ("Pro-Russian rallies were held in Donetsk on Sunday.", "rallies"),
])
def test_a_demonym_inside_a_stance_word_names_no_protesters(coder, text, trigger):
    a = coded_event(coder, text, trigger).actor
    assert a is None or a.how != "demonym", a


@pytest.mark.parametrize("text, trigger, expected", [
    ("The protests began in Dhaka as a sit-in by university students.", "protests", ("BGD", "CVL")),
    ("The protests, organised by teachers, spread to Kumasi on Monday.", "protests", ("GHA", "EDU")),
    ("Police broke up a march led by teachers in Accra on Monday.", "march", ("GHA", "EDU")),
])
def test_the_protest_s_organisers_are_its_holders(coder, text, trigger, expected):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and (a.country, a.sector) == expected, a


def test_a_passive_verb_s_agent_holds_no_protest(coder):
    ev = coded_event(coder, "Farmers marched in Lyon. The protests were seen as a threat by the army.", "marched")
    assert ev.actor is not None and ev.actor.sector == "CVL"
    for e in coder.code("The protests were seen as a threat by the army.", published="2024-03-01"):
        assert e.actor is None or e.actor.sector != "MIL", e.actor


@pytest.mark.parametrize("text, trigger", [
    ("Thousands of people started protesting in Lagos on Monday. Protests quickly spread to other cities.",
     "Protests"),
    ("Farmers marched through Lyon on Monday. The protests spread to Paris on Tuesday.", "protests"),
])
def test_a_protest_noun_is_held_by_the_crowd_the_paragraph_says_protested(coder, text, trigger):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and a.how == "implied" and a.sector == "CVL" and a.antecedent is not None, a


@pytest.mark.parametrize("text, trigger", [
    # a bare noun looks no further than its paragraph; "the protests" refers back one paragraph
    # (tests/test_protest_told_before18.py)
    ("Farmers marched through Lyon on Monday.\n\nProtests spread to Paris on Tuesday.", "Protests"),
    ("Police fired tear gas in Lyon on Monday. The protests spread to Paris on Tuesday.", "protests"),
])
def test_no_protest_holder_from_another_paragraph_or_a_non_protest(coder, text, trigger):
    assert coded_event(coder, text, trigger).actor is None


def test_a_verb_whose_subject_is_a_held_protest_takes_its_holders(coder):
    text = "Thousands of people started protesting in Lagos on Monday. Protests quickly spread, demanding lower prices."
    a = coded_event(coder, text, "demanding").actor
    assert a is not None and (a.country, a.sector, a.how) == ("NGA", "CVL", "implied"), a


def test_a_verb_whose_subject_is_an_unheld_protest_stays_without_actor(coder):
    assert coded_event(coder, "The protests began in Lagos, demanding lower prices.", "demanding").actor is None


# -- an infinitive on what the subject undertakes ------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger, sector", [
    ("A coalition of civic groups, including unions and opposition parties, led a mass protest movement to "
     "demand the end of military rule.", "demand", "CVL"),
    ("Throughout 2021, a coalition of civic groups, including labor unions and student groups, led a mass protest "
     "movement to demand land reform.", "demand", "CVL"),
    ("A coalition of opposition parties led a mass protest movement to demand early elections.", "demand", "OPP"),
])
def test_the_undertaker_has_the_purpose_of_what_it_undertakes(coder, text, trigger, sector):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and a.sector == sector, a


def test_an_infinitive_on_what_another_proposes_is_not_the_subject_s(coder):
    ev = coded_event(coder, "Protesters in Lagos rejected a government plan to arrest the strike leaders.", "rejected")
    assert ev.actor is not None and ev.actor.sector == "CVL"
    for e in coder.code("Protesters in Lagos rejected a government plan to arrest the strike leaders.",
                        published="2024-03-01"):
        if e.trigger.text == "arrest":
            assert e.actor is None or e.actor.sector != "CVL", e.actor


# -- crowds described by sex, age, kin or what they do in the street -------------------------------------------------
@pytest.mark.parametrize("text, trigger, country", [
    ("Women marched through Kabul on Sunday to demand the right to work.", "marched", "AFG"),
    ("Hundreds of youths blocked the main road in Lagos on Monday.", "blocked", "NGA"),
    ("Motorists blocked roads in Kampala on Monday over a new fuel tax.", "blocked", "UGA"),
    ("Relatives of the missing men protested outside the governor's office in Quetta.", "protested", "PAK"),
])
def test_a_crowd_described_by_who_they_are_is_the_protest_s_actor(coder, text, trigger, country):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and (a.country, a.sector, a.inter) == (country, "CVL", 6), a


@pytest.mark.parametrize("text", [
    "Armed youths from two rival villages traded gunfire near Rumbek on Thursday.",
    "Armed youths attacked a police post near Bor on Sunday.",
])
def test_armed_youths_are_an_armed_group_not_civilians(coder, text):
    ev = coder.code(text, published="2024-03-01")[0]
    assert ev.actor is not None and (ev.actor.sector, ev.actor.inter) == ("UAF", 3), ev.actor


@pytest.mark.parametrize("text, trigger", [
    ("Two motorcyclists shot dead a shopkeeper in Karachi on Monday.", "shot"),
    ("The leader's father crushed a revolt in the city in 1982, killing thousands.", "crushed"),
])
def test_riders_and_kin_of_a_named_person_are_not_the_public(coder, text, trigger):
    for e in coder.code(text, published="2024-03-01"):
        if e.trigger.text == trigger:
            assert e.actor is None or e.actor.sector != "CVL", e.actor


def test_a_youth_wing_is_not_youths(coder):
    a = coded_event(coder, "The ruling party's youth wing attacked opposition supporters in Harare.", "attacked").actor
    assert a is None or "youth" not in a.name, a
