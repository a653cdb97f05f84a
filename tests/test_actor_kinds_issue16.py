"""Actor fields of issue 16: occupational role nouns, a state's strikes, peacekeepers, fuzzy names, digests.

Sentences written for this file, several per kind, with the ones where the rule must not fire:

1. role nouns of the public the coder had no sector for (traders, hawkers, migrants, fishermen, taxi drivers,
   pensioners, shopkeepers), as protesters (ACLED inter 6) and as victims (inter 7);
2. a state's strikes ("US strikes killed 12") are its military (MIL, inter 1), a labour strike never is;
3. peacekeepers are an international mission's troops: only a demonym gives them a country, never the text's
   or the place's, and ACLED codes them as External/Other forces (8);
4. a fuzzy name match never merges people with different given names or surnames, but spelling slips match;
5. in a round-up of several countries, a role noun with no country of its own takes the country its
   paragraph's opening locative names.
"""

from __future__ import annotations

import pytest

from factories import coded_event


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _side(actor):
    return None if actor is None else (actor.country, actor.sector, actor.inter)


# -- 1. role nouns of the public ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Hundreds of traders protested in Kano on Monday against the closure of the central market.",
     "protested", ("NGA", "CVL", 6)),
    ("Street vendors marched in Harare on Tuesday against a ban on selling in the city centre.",
     "marched", ("ZWE", "CVL", 6)),
    ("Hundreds of pensioners marched in Athens on Wednesday.", "marched", ("GRC", "CVL", 6)),
    ("Fishermen protested in Dakar on Thursday against foreign trawlers.", "protested", ("SEN", "CVL", 6)),
    ("Moto-taxi drivers blocked roads in Kinshasa on Friday over a new licence fee.", "blocked", ("COD", "CVL", 6)),
    ("Truckers blocked the ring road around Lima on Monday over fuel prices.", "blocked", ("PER", "CVL", 6)),
])
def test_role_nouns_of_the_public_as_protesters(coder, text, trigger, expected):
    assert _side(coded_event(coder, text, trigger).actor) == expected


@pytest.mark.parametrize(("text", "trigger", "expected"), [
    ("Gunmen shot dead three traders near Maiduguri in Nigeria on Sunday.", "shot", ("NGA", "CVL", 7)),
    ("Police beat two hawkers in Harare in Zimbabwe on Monday.", "beat", ("ZWE", "CVL", 7)),
    ("Soldiers killed four fishermen on Lake Chad in Chad on Tuesday.", "killed", ("TCD", "CVL", 7)),
    ("Gunmen abducted two shopkeepers in Zamfara in Nigeria on Friday.", "abducted", ("NGA", "CVL", 7)),
])
def test_role_nouns_of_the_public_as_victims_are_civilians(coder, text, trigger, expected):
    assert _side(coded_event(coder, text, trigger).recipient) == expected


def test_migrants_take_no_country_from_where_they_are(coder):
    ev = coded_event(coder, "Migrants protested outside a detention centre in Tripoli on Monday.", "protested")
    assert ev.actor is not None and ev.actor.sector == "CVL" and ev.actor.country is None and ev.actor.inter == 6


def test_taxi_drivers_are_named_as_taxi_drivers_not_truck_drivers(coder):
    ev = coded_event(coder, "Taxi drivers went on strike in Dakar on Monday over new taxes.", "went")
    assert ev.actor.name == "SEN taxi driver"


def test_words_that_only_look_like_the_roles_stay_unresolved(kb):
    # "traders" is a role; "trade" and "trading" are not, nor is a fisherman's "fish"
    assert kb.role("traders").sector == "CVL"
    assert kb.role("trade") is None and kb.role("fish") is None
    # a migrant worker stays a worker (LAB): "migrant" only marks him as foreign
    assert kb.role("migrant workers").sector == "LAB"


# -- 2. a state's strikes ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "trigger", "country"), [
    ("US strikes killed 12 people in Yemen on Sunday.", "killed", "USA"),
    ("Israeli strikes hit Gaza overnight on Monday, killing nine people.", "hit", "ISR"),
    ("Israel's strikes destroyed a school in Khan Younis on Tuesday.", "destroyed", "ISR"),
    ("Russian shelling killed two civilians in Kherson on Wednesday.", "killed", "RUS"),
    ("Turkish drones struck a convoy in northern Iraq on Thursday.", "struck", "TUR"),
])
def test_a_states_strikes_are_its_military(coder, text, trigger, country):
    assert _side(coded_event(coder, text, trigger).actor) == (country, "MIL", 1)


def test_shelling_read_as_a_verb_after_a_demonym_is_still_a_means(coder):
    # after another paragraph the small model tags "shelling" a verb (lemma "shell")
    ev = coded_event(coder, "Israeli strikes hit Gaza overnight, killing nine people.\n\n"
                            "Russian shelling killed two civilians in Kherson.\n", "killed")
    assert _side(ev.actor) == ("RUS", "MIL", 1)


def test_twelve_killed_by_a_states_strikes(coder):
    ev = coded_event(coder, "Twelve people were killed by US strikes in Hodeidah on Friday.", "killed")
    assert _side(ev.actor) == ("USA", "MIL", 1)


@pytest.mark.parametrize(("text", "trigger"), [
    ("French strikes hit rail services in Paris on Monday.", "hit"),
    ("Saudi-led air strikes hit Sanaa on Tuesday.", "hit"),
])
def test_labour_strikes_and_another_states_strikes_name_no_military(coder, text, trigger):
    actor = coded_event(coder, text, trigger).actor
    assert actor is None or actor.sector != "MIL"


# -- 3. peacekeepers ----------------------------------------------------------------------------------------------

def test_a_peacekeepers_demonym_is_the_state_that_sent_him(coder):
    ev = coded_event(coder, "One Chadian peacekeeper was killed when a convoy of the UN mission hit a mine near "
                            "Kidal on Monday.", "killed")
    assert _side(ev.recipient) == ("TCD", "MIL", 8)
    assert "the state that sent them" in ev.recipient.reason


def test_peacekeepers_take_no_country_from_the_place_they_serve_in(coder):
    ev = coded_event(coder, "Two peacekeepers were killed when their convoy hit a mine near Kidal in Mali on "
                            "Tuesday.", "killed")
    assert ev.recipient is not None and ev.recipient.country is None and ev.recipient.inter == 8


def test_soldiers_serving_with_a_mission_are_its_troops(coder):
    ev = coded_event(coder, "Two Bangladeshi soldiers serving with MONUSCO were wounded in an attack near Beni on "
                            "Wednesday.", "wounded")
    assert _side(ev.recipient) == ("BGD", "MIL", 8)
    assert "serving with MONUSCO" in ev.recipient.reason


def test_a_named_mission_is_an_international_body(coder, kb):
    ev = coded_event(coder, "Gunmen attacked a MINUSMA convoy near Gao on Tuesday, killing two peacekeepers.",
                     "attacked")
    assert _side(ev.recipient) == ("IGO", "IGO", 8)
    assert ev.recipient.name == "MINUSMA"
    assert kb.organisation("UNMISS").country == "IGO"
    # the full name holds the host country, which stays a place of the event
    assert kb.organisation("African Union Mission in Somalia") is None


def test_a_countrys_own_soldiers_stay_state_forces(coder):
    ev = coded_event(coder, "Malian soldiers killed five militants near Gao on Wednesday.", "killed")
    assert _side(ev.actor) == ("MLI", "MIL", 1)


# -- 4. fuzzy person names ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["Tetsuya Saito", "Ali Kobakhidze", "Donald Türk", "Charles II", "William Blair",
                                  "Dina Ivanishvili", "Xi Tsikhanouskaya"])
def test_a_fuzzy_match_never_merges_another_given_name_or_surname(kb, name):
    match = kb.person(name)
    assert match is None or match.via != "fuzzy", (name, match.entry.name)


@pytest.mark.parametrize(("name", "person"), [
    ("Volodimir Zelensky", "Volodymyr Zelensky"),
    ("Vladimir Putim", "Vladimir Putin"),
    ("Mikheil Mishustin", "Mikhail Mishustin"),
    ("Mohamed bin Salman", "Mohammed bin Salman"),
])
def test_a_spelling_slip_still_matches(kb, name, person):
    match = kb.person(name)
    assert match is not None and match.entry.name == person


# -- 5. digests of several countries ----------------------------------------------------------------------------------

_DIGEST = ("In Kenya, police fired tear gas at protesters in the capital on Tuesday.\n\n"
           "In Uganda, police arrested 20 opposition supporters on Tuesday.\n\n"
           "Meanwhile in Tanzania, protesters blocked a road on Tuesday and police detained 12 of them.\n")


@pytest.mark.parametrize(("trigger", "country"), [("fired", "KEN"), ("arrested", "UGA"), ("blocked", "TZA"),
                                                  ("detained", "TZA")])
def test_a_paragraphs_opening_country_is_its_actors(coder, trigger, country):
    assert coded_event(coder, _DIGEST, trigger).actor.country == country


def test_a_country_named_later_in_the_paragraph_sets_no_scene(coder):
    # "fled to Uganda" is no scene: the police of a Kenyan text stay Kenyan
    ev = coded_event(coder, "Police in Kenya arrested 12 students on Monday.\n\n"
                            "Police arrested two more suspects on Tuesday after others fled to Uganda.\n", "arrested")
    assert ev.actor.country == "KEN"
    evs = [e for e in coder.code("Police in Kenya arrested 12 students on Monday.\n\n"
                                 "Police arrested two more suspects on Tuesday after others fled to Uganda.\n",
                                 published="2024-03-01") if e.trigger.text == "arrested"]
    assert [e.actor.country for e in evs] == ["KEN", "KEN"]


def test_soldiers_take_no_country_from_the_scene(coder):
    # troops in a scene abroad may be another state's: no country from "In Gaza"
    ev = coded_event(coder, "Israeli officials met on Monday.\n\nIn Gaza, troops shot dead three men on Tuesday.\n",
                     "shot")
    assert ev.actor is None or ev.actor.country != "PSE"
