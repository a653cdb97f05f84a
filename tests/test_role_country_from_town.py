"""A role noun's country from the town its clause names, in a text that names no country (issue 16).

"Police arrested 40 protesters in Lagos on Monday." named no country, so the
role nouns had none, although the event's place is Lagos, Nigeria; the README
promises that unqualified role nouns take the document's country. A state's
police, officials and people act in their own state (ACLED names them by the
event's country: "Police Forces of Nigeria", "Protesters (Nigeria)"). Armies,
rebels and refugees often act abroad: the town says nothing of theirs.
In a text mainly about another country (a Kenyan round-up naming "Lagos
police"), the clause's own town abroad beats the main country, with the same
namesake check made on the name read with no hint; not beside a town of the
main country, and for a state's leaders and envoys (who travel) only the
noun's own town, never the verb's.
Sentences written for this file.
"""

from __future__ import annotations

import pytest

from factories import coded_event


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text, trigger, country", [
    ("Police arrested 40 protesters in Lagos on Monday.", "arrested", "NGA"),
    ("Police in Lagos arrested 40 protesters on Monday.", "arrested", "NGA"),
    ("Students in Mombasa protested against the fee increases on Tuesday.", "protested", "KEN"),
    ("In Karachi, riot police fired tear gas at striking workers on Friday.", "fired", "PAK"),
])
def test_a_role_noun_takes_the_country_of_the_town_its_clause_names(coder, text, trigger, country):
    a = coded_event(coder, text, trigger).actor
    assert a.country == country, a.reason
    assert "resolved to" in a.reason and "the text names no country" in a.reason  # the evidence is shown


def test_the_police_s_recipient_follows_them(coder):
    r = coded_event(coder, "Police arrested 40 protesters in Lagos on Monday.", "arrested").recipient
    assert (r.country, r.sector) == ("NGA", "CVL")


@pytest.mark.parametrize("text, trigger", [
    # soldiers, rebels and militias act abroad: the town of the clause is no evidence of their state, and a text
    # whose places are in two countries has no one country to give them
    ("Soldiers shelled villages near Donetsk and Kursk on Monday.", "shelled"),
    ("Militants attacked a police station in Kidal on Sunday.", "attacked"),
])
def test_forces_that_act_abroad_take_no_country_from_the_town(coder, text, trigger):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and a.country is None, a.reason


def test_forces_in_a_text_whose_places_are_all_in_one_country_take_it(coder):
    # like a named main country, the one country of all the text's places (the Donetsk oblast, Ukraine)
    a = coded_event(coder, "Soldiers shelled villages near Donetsk on Monday.", "shelled").actor
    assert (a.country, a.how) == ("UKR", "role_home_country"), a.reason
    assert "the text names no country; its places are all in UKR" in a.reason


def test_a_named_country_still_decides_before_the_town(coder):
    # the document names a country: its main country is the evidence, as before, and the town is not read
    ev = coded_event(coder, "Kenyan police arrested 40 protesters in Kampala on Monday.", "arrested")
    assert ev.actor.country == "KEN"
    assert "resolved to" not in ev.actor.reason



def test_a_town_with_its_state_gives_the_state_s_country(coder):
    # the place is read in context (a town of Missouri), and that reading, not a name lookup, decides
    a = coded_event(coder, "Police in Springfield, Missouri, arrested 40 protesters on Monday.", "arrested").actor
    assert a.country == "USA"
    assert "resolved to Springfield, USA" in a.reason


@pytest.mark.parametrize("text, trigger", [
    # the gazetteer passed over a namesake of the same rank in another country (England or Alabama, Argentina or
    # Colombia, Australia or Canada): its guess places the event, but proves no one's country
    ("Police arrested 40 protesters in Birmingham on Monday.", "arrested"),
    ("Police in Alexandria detained 40 protesters on Monday.", "detained"),
    ("Students in Córdoba protested against the fee increases on Tuesday.", "protested"),
    ("Police arrested 40 protesters in Sydney on Monday.", "arrested"),
])
def test_a_town_with_a_namesake_abroad_gives_no_country(coder, text, trigger):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and a.country is None, a.reason


# -- in a text mainly about another country (a round-up): the clause's own town beats the main country ---------------

_KENYA = "Kenyan police fired tear gas at protesters in Nairobi on Tuesday as anger over the tax bill grew across Kenya. "


@pytest.mark.parametrize("text, trigger, country", [
    (_KENYA + "Elsewhere, police arrested 40 protesters in Lagos on Wednesday.", "arrested", "NGA"),
    (_KENYA + "Lagos police arrested 40 protesters on Wednesday.", "arrested", "NGA"),
    (_KENYA + "In Uganda's east, students in Mbale protested against the fee increases on Wednesday.", "protested",
     "UGA"),
])
def test_in_a_round_up_the_clause_s_town_abroad_beats_the_main_country(coder, text, trigger, country):
    a = coded_event(coder, text, trigger).actor
    assert a.country == country, a.reason
    assert "resolved to" in a.reason  # the evidence is shown


def test_in_a_round_up_the_object_in_the_town_abroad_takes_its_country(coder):
    r = coded_event(coder, _KENYA + "Elsewhere, police arrested 40 protesters in Lagos on Wednesday.",
                    "arrested").recipient
    assert (r.country, r.sector) == ("NGA", "CVL")


@pytest.mark.parametrize("text, trigger, country", [
    # a town of the main country itself changes nothing
    (_KENYA + "Police arrested 40 protesters in Mombasa on Wednesday.", "arrested", "KEN"),
    # a namesake abroad (England or Alabama): the Kenyan hint made the biggest win, which is no evidence
    (_KENYA + "Police arrested 40 protesters in Birmingham on Wednesday.", "arrested", "KEN"),
])
def test_in_a_round_up_a_home_town_or_a_namesake_leaves_the_main_country(coder, text, trigger, country):
    a = coded_event(coder, text, trigger).actor
    assert a.country == country and "main country" in a.reason, a.reason


@pytest.mark.parametrize("text, trigger", [
    # a town of the main country beside the one abroad: the clause names two countries, so the main one stands
    (_KENYA + "Police arrested 40 protesters in Eldoret and Arusha on Wednesday.", "arrested"),
    (_KENYA + "Police in Eldoret and Arusha arrested 40 protesters on Wednesday.", "arrested"),
])
def test_in_a_round_up_a_home_town_beside_one_abroad_leaves_the_main_country(coder, text, trigger):
    ev = coded_event(coder, text, trigger)
    assert ev.actor.country == "KEN" and "main country" in ev.actor.reason, ev.actor.reason
    assert ev.recipient is None or ev.recipient.country in ("KEN", None), ev.recipient


@pytest.mark.parametrize("text, trigger", [
    # a state's leaders and envoys travel: the town the verb is done in is where they went, not whose they are
    (_KENYA + "The president met investors in Davos on Wednesday.", "met"),
    (_KENYA + "Government officials signed a trade deal with Uganda in Jinja on Wednesday.", "signed"),
])
def test_in_a_round_up_a_leader_acting_in_a_town_abroad_keeps_the_main_country(coder, text, trigger):
    a = coded_event(coder, text, trigger).actor
    assert a.country == "KEN" and "main country" in a.reason, a.reason


def test_in_a_round_up_officials_named_by_their_own_town_abroad_take_its_country(coder):
    a = coded_event(coder, _KENYA + "Lagos officials banned protests on Wednesday.", "banned").actor
    assert a.country == "NGA" and "resolved to Lagos" in a.reason, a.reason


@pytest.mark.parametrize("text, trigger", [
    (_KENYA + "Soldiers opened fire on protesters in Lagos on Wednesday.", "opened"),
    (_KENYA + "Rebels attacked a police station in Gao on Wednesday.", "attacked"),
])
def test_in_a_round_up_forces_that_act_abroad_take_nothing_from_the_town(coder, text, trigger):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and "resolved to" not in a.reason, a.reason
