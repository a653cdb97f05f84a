"""Kinds of actor and count of session 14 (issue 16, "who" and "how many"), on sentences written for this file.

- forces described but not named ("unidentified forces", "hostile forces", "destructive forces"): an
  unidentified armed group (UAF; ACLED inter 3, ACLED codebook 2023, Actors), as the other described
  attackers; "external forces" the same, of no country guessed (the words say they come from outside);
  "forces" alone, "market forces" or a named owner ("Russian forces") are read as before.
"""

from __future__ import annotations

import pytest

from factories import coded_event


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


# -- forces described, not named (the owner-less ones are in test_empty_actor_kinds13.py) -------------------
@pytest.mark.parametrize("text, trigger", [
    ("The president said that destructive internal and external forces had exploited the protests in Almaty "
     "and deployed groups of militants.", "deployed"),
    ("External forces attacked a convoy near Bamako on Sunday.", "attacked"),
])
def test_external_forces_take_no_country(coder, text, trigger):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and (a.country, a.sector, a.inter) == (None, "UAF", 3) and a.span.text.endswith("xternal forces"), a
    assert "no country guessed" in a.reason


def test_a_demonym_still_names_the_country_of_external_forces(coder):
    a = coded_event(coder, "Iranian external forces attacked a convoy near Basra.", "attacked").actor
    assert a is not None and (a.country, a.sector) == ("IRN", "UAF"), a


@pytest.mark.parametrize("text, trigger, expected", [
    ("Russian forces attacked a convoy near Kharkiv on Sunday.", "attacked", ("RUS", "MIL")),
    ("Police detained two members of hostile forces in Almaty.", "detained", ("KAZ", "COP")),
])
def test_owned_forces_and_forces_acted_on_are_read_as_before(coder, text, trigger, expected):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and (a.country, a.sector) == expected, a


def test_market_forces_are_no_actor(coder):
    ev = coded_event(coder, "Market forces pushed prices up as protesters marched in Almaty.", "marched")
    assert ev.actor is not None and ev.actor.sector == "CVL"


# -- a country named only later in the text ---------------------------------------------------------------------
_LATER_FRANCE = "\n\nSimilar protests took place in France, where students occupied Sciences Po. French police cleared it."


@pytest.mark.parametrize("text, trigger, country", [
    ("Police detained 30 students at a campus in Austin, Texas, on Monday." + _LATER_FRANCE, "detained", "USA"),
    ("Police arrested dozens of students at the University of Texas in Austin on Monday." + _LATER_FRANCE,
     "arrested", "USA"),
    ("Riot police fired tear gas at students in Nairobi on Tuesday." + _LATER_FRANCE, "fired", "KEN"),
])
def test_the_sides_take_their_own_sentence_s_country_before_one_named_later(coder, text, trigger, country):
    ev = coded_event(coder, text, trigger, published="2024-04-30")
    assert (ev.actor.country, ev.recipient.country) == (country, country), (ev.actor, ev.recipient)
    assert "named only later" in ev.actor.reason


@pytest.mark.parametrize("text, trigger, country", [
    # no place in the sentence: the main country, as before
    ("Police arrested dozens of students on Monday." + _LATER_FRANCE, "arrested", "FRA"),
    # the sentence's places are in two countries: none of them
    ("Police arrested 20 protesters in Austin and in Toronto on Monday." + _LATER_FRANCE, "arrested", "FRA"),
])
def test_the_main_country_stands_where_the_sentence_gives_no_one_country_first(coder, text, trigger, country):
    ev = coded_event(coder, text, trigger, published="2024-04-30")
    assert ev.actor.country == country, ev.actor


def test_soldiers_act_abroad_and_keep_the_main_country_while_their_victims_take_the_place_s(coder):
    ev = coded_event(coder, "Soldiers shelled villages near Idlib on Monday, killing nine people.\n\nRussian officials "
                            "denied the attack. Russia says its forces fight terrorists.", "shelled")
    assert ev.actor.country == "RUS" and ev.recipient.country == "SYR", (ev.actor, ev.recipient)


# -- "shot X dead": the result after the object -----------------------------------------------------------------
@pytest.mark.parametrize("text, low_best", [
    ("Gunmen shot three people dead in Kaduna on Monday.", (None, 3)),
    ("Police shot two protesters dead in Khartoum on Friday.", (None, 2)),
    ("Gunmen shot the three brothers dead near Kaduna on Monday.", (None, 3)),
    ("Soldiers shot a 17-year-old student dead in Khartoum on Friday.", (None, 1)),
])
def test_a_death_after_the_object_is_a_toll_of_the_killed(coder, text, low_best):
    ev = coded_event(coder, text, "shot")
    killed = [(c.low, c.best) for c in ev.counts if c.kind == "killed"]
    assert killed == [low_best], ev.counts
    assert not [c for c in ev.counts if c.kind == "participants"], ev.counts


@pytest.mark.parametrize("text", [
    "Police shot two protesters in Khartoum on Friday.",
    "Soldiers shot a student in Khartoum on Friday.",
    "Police shot the dead man's brother in Khartoum on Friday.",
])
def test_a_shooting_with_no_death_after_its_object_states_no_toll(coder, text):
    assert not [c for c in coded_event(coder, text, "shot").counts if c.kind == "killed"]


# -- institutions and NGOs ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Elysée condemned the arrests in Dakar on Monday.",
    "The Élysée condemned the arrests in Dakar on Monday.",
])
def test_a_seat_of_government_the_parser_reads_as_a_person_is_the_government(coder, text):
    a = coded_event(coder, text, "condemned").actor
    assert a is not None and (a.country, a.sector, a.kind, a.inter) == ("FRA", "GOV", "country", 1), a


def test_a_seat_s_name_inside_a_person_s_name_is_no_government(coder):
    a = coded_event(coder, "Marie Elysée condemned the arrests in Dakar on Monday.", "condemned").actor
    assert a is None or a.country != "FRA", a


@pytest.mark.parametrize("name, country", [
    ("The International Federation for Human Rights", None),
    ("FIDH", None),
    ("Front Line Defenders", None),
    ("The Norwegian Refugee Council", None),
    ("The International Rescue Committee", None),
    ("Viasna", "BLR"),
    ("OVD-Info", "RUS"),
    ("The Egyptian Initiative for Personal Rights", "EGY"),
    ("The Assistance Association for Political Prisoners", "MMR"),
    ("The Syrian Observatory for Human Rights", "SYR"),  # a Phoenix "person" with a term that ended in 2014
])
def test_ngos_the_news_quotes_are_ngos(coder, name, country):
    a = coded_event(coder, f"{name} condemned the arrests in Khartoum on Monday.", "condemned").actor
    assert a is not None and (a.country, a.sector, a.kind, a.inter) == (country, "NGO", "organisation", 7), a


def test_a_common_noun_that_names_an_ngo_only_in_full_is_no_actor(coder):
    ev = coded_event(coder, "A memorial service was held in Moscow, and police detained 12 people there.", "detained")
    assert ev.actor is not None and ev.actor.sector == "COP", ev.actor


# -- an object pronoun is free in its clause ---------------------------------------------------------------------
_CROWD = "Hundreds of protesters gathered in Lagos on Monday. "


@pytest.mark.parametrize("text, trigger", [
    (_CROWD + "Police fired tear gas at them.", "fired"),
    (_CROWD + "Police arrived and beat them.", "beat"),
    (_CROWD + "Riot police fired rubber bullets at them.", "fired"),
])
def test_an_object_pronoun_is_not_its_own_clause_s_subject(coder, text, trigger):
    ev = coded_event(coder, text, trigger)
    assert ev.actor is not None and ev.actor.sector == "COP", ev.actor
    assert ev.recipient is not None and ev.recipient.sector == "CVL" and ev.recipient.antecedent.text == "protesters"


@pytest.mark.parametrize("text, trigger, sector", [
    ("Police said protesters attacked them in Lagos on Monday.", "attacked", "COP"),  # the subject of "said"
    ("Protesters said police beat them in Lagos on Monday.", "beat", "CVL"),
])
def test_an_object_pronoun_still_refers_to_another_clause_s_subject(coder, text, trigger, sector):
    r = coded_event(coder, text, trigger).recipient
    assert r is not None and r.sector == sector and r.how == "pronoun", r


def test_a_subject_pronoun_keeps_the_subject_of_the_clause_above(coder):
    r = coded_event(coder, "Protesters in Lagos said they were beaten by police on Monday.", "beaten").recipient
    assert r is not None and r.sector == "CVL" and r.antecedent.text == "Protesters", r


# -- a pronoun's country is its antecedent's, read in place -------------------------------------------------------
@pytest.mark.parametrize("text, trigger, country", [
    (_CROWD + "Police fired tear gas at them.", "fired", "NGA"),
    ("Protesters in Mombasa said they were beaten by police on Monday.", "beaten", "KEN"),
    ("Hundreds of protesters gathered in Lagos and Accra on Monday. Police fired tear gas at them.", "fired", None),
])
def test_a_pronoun_takes_the_country_its_antecedent_has_in_place(coder, text, trigger, country):
    r = coded_event(coder, text, trigger).recipient
    assert r is not None and r.how == "pronoun" and (r.country, r.sector) == (country, "CVL"), r


def test_a_pronoun_linked_to_a_body_keeps_the_body(coder):
    ev = coded_event(coder, "Amnesty International said police beat protesters in Lagos. The group called for an "
                            "inquiry.", "called")
    assert ev.actor is not None and (ev.actor.name, ev.actor.country) == ("Amnesty International", None), ev.actor


# -- "the group": a body, else an armed group ----------------------------------------------------------------------
def test_the_group_refers_back_to_the_armed_group_when_no_body_fits(coder):
    a = coded_event(coder, "Gunmen attacked a village near Mopti on Sunday. The group killed 12 civilians, officials "
                           "said.", "killed").actor
    assert a is not None and (a.country, a.sector, a.how, a.antecedent.text) == ("MLI", "UAF", "context", "Gunmen"), a


def test_the_group_prefers_a_body(coder):
    a = coded_event(coder, "Amnesty International said gunmen attacked a village near Mopti. The group called for "
                           "an inquiry.", "called").actor
    assert a is not None and a.name == "Amnesty International", a


@pytest.mark.parametrize("text", [
    "Soldiers attacked a village near Mopti on Sunday. The group killed 12 civilians.",  # a state force
    "Gunmen and militants attacked a village near Mopti on Sunday. The group killed 12 civilians.",  # two fit
])
def test_the_group_is_no_state_force_nor_one_of_two_armed_groups(coder, text):
    assert coded_event(coder, text, "killed").actor is None
