"""Review of session 14's actor kinds (issue 16): misfires found on sentences written for this file.

- an armed side of no known country ("external forces") does not keep an event out of a one-country story's
  main country, as a party named from elsewhere ("students at Columbia University") does;
- a sentence's own country is read only from where the sentence happens, not from where someone came from or
  is wanted ("migrants who had walked from Aleppo", "a man wanted in Lagos");
- binding condition B reaches an object pronoun whose clause's subject is itself a pronoun ("They fired tear
  gas at them");
- "the group" is an armed group named before it only when no other people stand beside that group.
"""

from __future__ import annotations

import pytest

from factories import coded_event


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")

_KAZ = "Protests spread across Kazakhstan this week. Kazakhstan's government declared an emergency.\n\n"
_BLR = "Belarus has jailed hundreds of journalists. Belarusian courts handed down long sentences.\n\n"


# -- an armed side of no country places nothing ------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    (_KAZ + "The president said external forces had attacked government buildings.", "attacked"),
    (_KAZ + "The president said external forces had seized weapons.", "seized"),
])
def test_an_armed_side_of_no_country_keeps_the_story_s_country(coder, text, trigger):
    ev = coded_event(coder, text, trigger, published="2022-01-10")
    assert ev.actor is not None and (ev.actor.country, ev.actor.sector) == (None, "UAF"), ev.actor
    assert ev.location is not None and (ev.location.country, ev.location.geo_precision) == ("KAZ", "country")


@pytest.mark.parametrize("text, trigger", [
    (_BLR + "Students at Columbia University held a vigil for the detained reporters.", "vigil"),
    (_BLR + "Foreign journalists staged a protest for the detained reporters.", "protest"),
    (_KAZ + "Russian troops attacked a convoy.", "attacked"),
])
def test_a_party_of_elsewhere_still_keeps_the_event_out_of_the_story_s_country(coder, text, trigger):
    ev = coded_event(coder, text, trigger, published="2022-01-10")
    assert ev.location is None or ev.location.country not in ("BLR", "KAZ"), ev.location


@pytest.mark.parametrize("text, trigger", [
    ("Islamic State militants have burned dozens of churches since 2016, forcing thousands to flee their homes in "
     "western Iraq.", "burned"),
    ("Guerrillas of the ELN blew up an oil pipeline, the main export route in Colombia.", "blew"),
])
def test_beside_a_place_the_locator_passed_over_an_armed_side_of_no_country_gives_no_country_guess(coder, text,
                                                                                                     trigger):
    ev = coded_event(coder, text, trigger, published="2020-01-10")
    assert ev.location is None or ev.location.geo_precision != "country", ev.location


# -- a sentence's country is where it happens -----------------------------------------------------------------
_GREECE = "\n\nGreek officials said Greece would deport them. Greece's minister spoke. Greece has tightened its borders."
_BRITAIN = "\n\nBritish officials said Britain would act. Britain's interior minister spoke. Britain has signed a treaty."


@pytest.mark.parametrize("text, trigger, country", [
    ("Police detained 30 migrants who had walked from Aleppo on Monday." + _GREECE, "detained", "GRC"),
    ("Police arrested a man wanted in Lagos on Monday." + _BRITAIN, "arrested", "GBR"),
    ("Police detained 30 migrants coming from Aleppo on Monday." + _GREECE, "detained", "GRC"),
])
def test_a_place_someone_came_from_or_is_wanted_in_gives_no_sentence_country(coder, text, trigger, country):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and (a.country, a.sector) == (country, "COP"), a


@pytest.mark.parametrize("text, trigger, country", [
    ("Police detained 30 migrants at a camp near Aleppo on Monday." + _GREECE, "detained", "SYR"),
    ("Police arrested a man in Lagos on Monday." + _BRITAIN, "arrested", "NGA"),
])
def test_a_place_where_the_sentence_happens_still_gives_its_country(coder, text, trigger, country):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and a.country == country and "named only later" in a.reason, a


# -- condition B with a pronoun subject ------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Police surrounded the protesters in Lagos on Monday. They fired tear gas at them.", "fired"),
    ("Police surrounded the protesters in Lagos on Monday. They later arrested them.", "arrested"),
    ("Police said they had arrested them in Lagos.", "arrested"),
])
def test_an_object_pronoun_is_not_what_its_clause_s_subject_pronoun_refers_to(coder, text, trigger):
    ev = coded_event(coder, text, trigger)
    assert ev.actor is not None and ev.actor.sector == "COP", ev.actor
    assert ev.recipient is None or ev.recipient.sector != "COP", ev.recipient


def test_an_object_pronoun_abstains_when_its_subject_pronoun_does(coder):
    ev = coded_event(coder, "Protesters met police officers in Lagos on Monday. Later they attacked them.",
                     "attacked")
    assert ev.actor is None and ev.recipient is None, (ev.actor, ev.recipient)


def test_an_object_pronoun_under_another_clause_s_subject_is_still_linked(coder):
    r = coded_event(coder, "Hundreds of protesters gathered in Lagos. They said police beat them.", "beat").recipient
    assert r is not None and (r.country, r.sector, r.how) == ("NGA", "CVL", "pronoun"), r


# -- "the group" beside other people ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Gunmen attacked a family in Kaduna on Monday. The group accused police of doing nothing.", "accused"),
    ("Gunmen attacked a bus carrying pilgrims near Kaduna. The group accused the government of failing them.",
     "accused"),
    ("The band was playing at a bar in Lagos when gunmen attacked it. The group accused police of failing them.",
     "accused"),
    ("Gunmen attacked a village near Mopti. Later, a crowd of residents protested. The group demanded protection.",
     "demanded"),
])
def test_the_group_beside_other_people_is_not_the_armed_group(coder, text, trigger):
    a = coded_event(coder, text, trigger).actor
    assert a is None or a.sector != "UAF", a


@pytest.mark.parametrize("text, trigger", [
    ("Gunmen stormed a church near Kaduna on Sunday. The group abducted 30 worshippers.", "abducted"),
    ("Armed men attacked a checkpoint near Mopti on Sunday. The group killed three soldiers.", "killed"),
])
def test_the_group_with_no_other_people_beside_is_still_the_armed_group(coder, text, trigger):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and a.sector == "UAF" and a.how == "context", a


# -- a seat of government tagged as a person is one only after "the" ----------------------------------------------
@pytest.mark.parametrize("text, trigger", [
    ("Police arrested Elysée, a local activist, in Kinshasa on Monday.", "arrested"),
    ("Soldiers detained Elysée and two other students in Goma on Friday.", "detained"),
])
def test_a_bare_name_that_is_also_a_seat_is_a_person(coder, text, trigger):
    ev = coded_event(coder, text, trigger)
    assert ev.recipient is None or ev.recipient.country != "FRA", ev.recipient


def test_the_seat_with_its_article_is_still_the_government(coder):
    a = coded_event(coder, "The Elysée condemned the arrests in Dakar on Tuesday.", "condemned").actor
    assert a is not None and (a.country, a.sector) == ("FRA", "GOV"), a
