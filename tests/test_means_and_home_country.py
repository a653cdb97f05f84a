"""Who wields a means, and which country a role noun of no country takes (issue 16).

A means named as the subject ("Russian air strikes hit Idlib, killing 9
civilians") names its wielder: a country's weapons are its military (CAMEO
agents: MIL), and a "by" phrase on the means names the doer. The attackers'
nationality is no evidence of whose the people they hit are: the victims take
the country of the text's places, not the main country that the attackers'
demonym made. In a text that names no country, a role noun takes the one
country all the text's places are in (a namesake abroad or a second country
gives none). A country's name read by the places stage as a place abroad
("Georgia's governor ... in Atlanta") is that place's. A country's name before
an international NGO's ("the Kenya Red Cross") makes it the country's own
society; a description ("the army said") is not renamed by a bare role noun
before it; teachers are teachers, not a university.
Sentences written for this file.
"""

from __future__ import annotations

import pytest

from factories import coded_event

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _side(actor):
    return None if actor is None else (actor.country, actor.sector)


# -- a means as subject names its wielder ---------------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, actor, recipient", [
    ("Russian air strikes hit the city of Idlib on Tuesday, killing 9 civilians, rescuers said.", "hit",
     ("RUS", "MIL"), ("SYR", "CVL")),
    ("Turkish drones struck a village near Kirkuk on Sunday, killing four farmers.", "struck",
     ("TUR", "MIL"), ("IRQ", "CVL")),
    ("Russian missiles struck an apartment block in Dnipro on Saturday, killing 40 residents.", "struck",
     ("RUS", "MIL"), ("UKR", "CVL")),
    # the attackers' own country, where the places say so
    ("Ethiopian warplanes bombed a market in Mekelle on Tuesday, killing 51 people.", "bombed",
     ("ETH", "MIL"), ("ETH", "CVL")),
])
def test_a_country_s_weapons_are_its_military_and_the_victims_take_the_place_s_country(
        coder, text, trigger, actor, recipient):
    ev = coded_event(coder, text, trigger)
    assert _side(ev.actor) == actor, ev.actor
    assert "is a means of its military" in ev.actor.reason
    assert _side(ev.recipient) == recipient, ev.recipient


def test_victims_do_not_take_the_attackers_country_when_the_place_proves_none(coder):
    # "Gaza" has a namesake of the same rank in Mozambique: the gazetteer's guess places the event but proves no
    # one's country, so the people get none rather than Israel's
    ev = coded_event(coder, "Israeli air strikes killed 12 people in Gaza on Monday.", "killed")
    assert _side(ev.actor) == ("ISR", "MIL")
    assert ev.recipient is None or ev.recipient.country != "ISR", ev.recipient


def test_soldiers_keep_the_armed_side_s_country_and_the_people_do_not(coder):
    text = "Israeli troops raided Jenin on Monday, killing three Palestinians, and soldiers arrested 12 people."
    ev = coded_event(coder, text, "arrested")
    assert _side(ev.actor) == ("ISR", "MIL") and "named as its armed side's" in ev.actor.reason
    assert ev.recipient is None or ev.recipient.country != "ISR", ev.recipient


@pytest.mark.parametrize("text, trigger, place", [
    ("Kenyan soldiers killed 5 militants in Kismayo on Monday, the defence ministry said.", "killed", "SOM"),
    ("Kenyan soldiers killed 5 militants in Kismayo on Monday, a spokesman said.", "killed", "SOM"),
    ("Turkish drones struck a village near Kirkuk on Sunday, killing four farmers, the government said.", "struck",
     "IRQ"),
])
def test_a_state_organ_or_a_spokesman_is_not_the_place_s_where_the_main_country_is_the_attackers(
        coder, text, trigger, place):
    # either side's ministry or spokesman may speak: the places' country is no evidence of whose (abstain)
    ev = coded_event(coder, text, trigger)
    assert not ev.attribution.claimant.startswith(place), ev.attribution


def test_the_by_phrase_of_a_means_subject_is_the_doer(coder):
    ev = coded_event(coder, "Air strikes by government forces killed 12 villagers in Idlib province on Friday.",
                     "killed")
    assert ev.actor is not None and ev.actor.span.text == "government forces"
    assert _side(ev.actor) == ("SYR", "MIL")


@pytest.mark.parametrize("text, trigger, actor", [
    # the "by" phrase of a passive participle on the means is the doer; the means' demonym is its maker's
    ("Turkish drones used by Ethiopian forces killed 20 people in Tigray on Tuesday.", "killed", ("ETH", "MIL")),
    ("Iranian missiles fired by the Houthis hit Riyadh on Sunday, injuring 3 residents.", "hit", ("YEM", "REB")),
    ("Drones launched by Ukrainian forces hit a refinery in Ryazan on Sunday.", "hit", ("UKR", "MIL")),
    ("American-made missiles fired by Ukrainian troops hit Belgorod on Friday.", "hit", ("UKR", "MIL")),
])
def test_a_participle_s_by_phrase_on_the_means_is_the_doer_not_its_maker(coder, text, trigger, actor):
    ev = coded_event(coder, text, trigger)
    assert _side(ev.actor) == actor, ev.actor


@pytest.mark.parametrize("text, trigger, maker", [
    # "supplied to Syria": Russia made or sold the missiles; who fired them the sentence does not say
    ("Russian missiles supplied to Syria killed 10 rebels near Hama on Tuesday.", "killed", "RUS"),
    ("Drones supplied by Iran hit a power station in Kyiv on Monday.", "hit", "IRN"),
    ("Missiles made by North Korea struck Kharkiv on Tuesday, killing two people.", "struck", "PRK"),
])
def test_a_means_a_participle_says_was_made_or_supplied_names_no_wielder(coder, text, trigger, maker):
    ev = coded_event(coder, text, trigger)
    assert ev.actor is None or ev.actor.country != maker, ev.actor


@pytest.mark.parametrize("text", [
    "A Qatari jet carrying the minister landed in Kabul on Monday.",
    "An Emirati jet flew the delegation to Khartoum on Sunday, and officials met the army chief.",
])
def test_a_jet_alone_is_no_weapon(coder, text):
    # an airliner or a government plane: only "fighter jet" and "warplane" are a military's means
    events = coder.code(text, published="2024-03-01")
    assert all(e.actor is None or e.actor.sector != "MIL" or e.actor.country not in ("QAT", "ARE")
               for e in events), [e.actor for e in events]


def test_a_fighter_jet_is_still_a_weapon(coder):
    ev = coded_event(coder, "Israeli fighter jets struck a camp near Rafah on Monday.", "struck")
    assert _side(ev.actor) == ("ISR", "MIL"), ev.actor


@pytest.mark.parametrize("text, trigger", [
    ("Air strikes killed 12 villagers in Idlib province on Friday.", "killed"),  # no wielder named
    ("Saudi-backed air strikes killed 20 people in Saada on Monday.", "killed"),  # another's, not the country's
])
def test_a_means_with_no_country_of_its_own_names_no_military(coder, text, trigger):
    ev = coded_event(coder, text, trigger)
    assert ev.actor is None or ev.actor.sector != "MIL", ev.actor


def test_a_compound_of_another_noun_is_no_weapon(coder):
    # "think tank" is no tank: the phrase names no one
    events = coder.code("A Russian think tank condemned the arrests of journalists in Moscow.", published="2024-03-01")
    assert all(e.actor is None or e.actor.sector != "MIL" for e in events), [e.actor for e in events]


# -- a text that names no country: the one country of its places ---------------------------------------------

@pytest.mark.parametrize("text, trigger, actor", [
    ("Riot police fired tear gas at protesters in Zhanaozen on Monday.", "fired", ("KAZ", "COP")),
    ("Soldiers killed three suspected jihadists near Gao on Sunday.", "killed", ("MLI", "MIL")),
    ("Militiamen attacked a village in Ituri, killing 20 people.", "attacked", ("COD", "UAF")),
])
def test_a_role_noun_takes_the_one_country_of_the_text_s_places(coder, text, trigger, actor):
    ev = coded_event(coder, text, trigger)
    assert _side(ev.actor) == actor, ev.actor
    assert ev.actor.how == "role_home_country" and "its places are all in" in ev.actor.reason


# -- a country's name read as a place abroad -----------------------------------------------------------------

def test_georgia_beside_atlanta_is_the_us_state(coder):
    text = "Georgia's governor deployed the National Guard in Atlanta on Monday, and police arrested 12 protesters."
    gov = coded_event(coder, text, "deployed").actor
    assert _side(gov) == ("USA", "GOV"), gov
    arrest = coded_event(coder, text, "arrested")
    assert _side(arrest.actor) == ("USA", "COP") and _side(arrest.recipient) == ("USA", "CVL")


def test_georgia_beside_tbilisi_is_still_the_country(coder):
    ev = coded_event(coder, "Police in Tbilisi arrested 12 protesters on Monday, Georgia's interior ministry said.",
                     "arrested")
    assert _side(ev.actor) == ("GEO", "COP")


# -- a national society, a description, a profession ----------------------------------------------------------

@pytest.mark.parametrize("text, claimant", [
    ("The Kenya Red Cross said 12 people were injured when police fired tear gas in Nairobi.", "Kenya Red Cross"),
    ("The Turkish Red Crescent said gunmen killed 40 people in Diyarbakir.", "Red Crescent"),
])
def test_a_country_s_red_cross_is_not_the_icrc(coder, text, claimant):
    events = coder.code(text, published="2024-03-01")
    assert events and all(claimant in e.attribution.claimant for e in events), [e.attribution for e in events]
    assert all("International Committee" not in e.attribution.claimant for e in events)


def test_the_bare_red_cross_is_still_the_icrc(coder):
    ev = coded_event(coder, "Police fired tear gas at protesters in Nairobi, the Red Cross said.", "fired")
    assert ev.attribution.claimant == "International Committee of the Red Cross"


@pytest.mark.parametrize("text, trigger", [
    ("Soldiers killed 12 militants near Gao on Sunday, the army said.", "killed"),
    ("Troops repelled an attack on a base in Menaka, killing 20 assailants, the army said on Monday.", "repelled"),
])
def test_the_army_as_claimant_is_the_army_not_a_soldier(coder, text, trigger):
    ev = coded_event(coder, text, trigger)
    assert ev.attribution.claimant == "MLI army", ev.attribution


@pytest.mark.parametrize("text, trigger, country", [
    ("Thousands of teachers marched in Nairobi on Tuesday demanding higher pay.", "marched", "KEN"),
    ("Striking lecturers blocked the road to the education ministry in Accra.", "blocked", "GHA"),
])
def test_teachers_are_teachers_not_a_university(coder, text, trigger, country):
    a = coded_event(coder, text, trigger).actor
    assert (a.name, a.country, a.sector) == (f"{country} teacher", country, "EDU")
