"""People and ground captured in shapes the capture rules did not reach (issue 12).

Sentences are our own, written for these tests, several per kind:

* a name the small model's NER types a place or an organisation is a person's when an age stands in
  apposition to it ("Karimov, 34,") or a "who" clause follows it: taking that person is an arrest or an
  abduction (ACLED Arrests; Abduction/forced disappearance), never ground taken; a name a "which" clause
  follows is no person taken;
* nationalities listed after a count ("three Norwegians, a Dane and their guide"), which the parser reads as an
  apposition, are the people taken, not the kind of a place;
* people the capture rule's own nouns did not name: observers, migrants, refugees, a family;
* a position taken by a group the knowledge base names as armed, which the NER may type as a person
  ("captured by Ahrar al-Sham"), is ground taken; a seat captured by a person stays an election;
* "a large quantity of explosives" detonated is a bomb set off: the quantity is read through its of-phrase;
* a named armed group (the knowledge base now names the Syrian factions: Ahrar al-Sham, Jabhat al-Nusra,
  Jaysh al-Islam, Faylaq al-Rahman, Faylaq al-Sham, Jund al-Aqsa, Jaysh al-Fateh, Nour al-Din al-Zenki, the
  YPG) attacks and takes ground as "rebels" do (``armed_captors`` holds ``@ARMED``);
* a target destroyed by armed men or by the means of a strike ("by a suicide bomber", "by government
  rockets") is an attack (PLOVER ASSAULT, CAMEO 1712); lives, hopes and what a quake destroys are not;
* a present passive with a time noun of habit ("are captured every day") is a habit, no dated event, as the
  active present is (``attribution_frames.habitual_cue``).

Sport, elections, prizes and images captured stay without an event.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _kinds(coder, text, trigger):
    return [(e.event_type, e.mode) for e in coder.code(text, published="2024-05-01") if e.trigger.text == trigger]


@pytest.mark.parametrize("text", [
    "Karimov, 34, was captured by troops in the hills outside Kandahar on Monday.",
    "Rahimi, 41, was captured by police in Herat on Friday.",
    "Qadri, who led the cell, was captured in Quetta on Monday.",
])
def test_a_name_with_an_age_or_a_who_clause_captured_is_a_person_taken(coder, text):
    assert _kinds(coder, text, "captured") == [("COERCE", "arrest")]


@pytest.mark.parametrize("text", [
    "Saleh, which makes tractors, was captured in a rally of shares on Monday.",
    "Kandahar, which the rebels held for a year, was captured by troops on Monday.",
])
def test_a_name_a_which_clause_follows_is_no_person_taken(coder, text):
    assert ("COERCE", "arrest") not in _kinds(coder, text, "captured")


@pytest.mark.parametrize("text, recipient_country", [
    ("Masked gunmen captured three Norwegians, a Dane and their guide near the border on Sunday.", "NOR"),
    ("Masked gunmen captured three Italians, a Swiss and their local driver near the border on Sunday.", "ITA"),
    ("Rebels captured two Swedes, a Pole and a local interpreter in the valley on Friday.", "SWE"),
])
def test_nationalities_listed_after_a_count_are_the_people_taken(coder, text, recipient_country):
    [ev] = [e for e in coder.code(text, published="2024-05-01") if e.trigger.text == "captured"]
    assert (ev.event_type, ev.mode) == ("COERCE", "arrest")
    assert ev.sub_event_type == "Abduction/forced disappearance"
    assert ev.recipient is not None and ev.recipient.country == recipient_country


@pytest.mark.parametrize("text, sub_event", [
    ("Three UN observers were captured, beaten and killed by militiamen near the mine.", "Abduction/forced disappearance"),
    ("Dozens of migrants were captured by border guards in the desert on Wednesday.", "Arrests"),
    ("Two refugees were captured by rebels as they crossed the river on Sunday.", "Abduction/forced disappearance"),
])
def test_observers_migrants_and_refugees_captured_are_people_taken(coder, text, sub_event):
    [ev] = [e for e in coder.code(text, published="2024-05-01") if e.trigger.text == "captured"]
    assert (ev.event_type, ev.mode, ev.sub_event_type) == ("COERCE", "arrest", sub_event)


def test_a_post_captured_by_a_named_armed_group_is_ground_taken(coder):
    [ev] = [e for e in coder.code("The outpost was captured by Ahrar al-Sham on Tuesday after heavy fighting.",
                                  published="2024-05-01") if e.trigger.text == "captured"]
    assert (ev.event_type, ev.mode) == ("COERCE", "seize")
    assert ev.sub_event_type == "Non-state actor overtakes territory"
    assert ev.actor is not None and ev.actor.name == "Ahrar al-Sham"


@pytest.mark.parametrize("text", [
    "The seat was captured by John Smith in the March election.",
    "Germany captured the silver and Italy took the bronze.",
    "The party captured 86 seats in the vote.",
    "The photographer captured the mood of the crowd.",
    "Chelsea captured the title with a win over Arsenal.",
    "The rebels' families were captured on film at the wedding.",
])
def test_seats_medals_moods_and_films_captured_are_no_event(coder, text):
    assert _kinds(coder, text, "captured") == []


def test_a_quantity_of_explosives_detonated_is_a_bomb_set_off(coder):
    kinds = _kinds(coder, "The militants detonated a large quantity of explosives under the bridge, killing five soldiers.",
                   "detonated")
    assert kinds == [("ASSAULT", "explosives")]


@pytest.mark.parametrize(("name", "canonical"), [
    ("Ahrar Al-Sham", "Ahrar al-Sham"),
    ("Jabhat Fateh al-Sham", "Jabhat al-Nusra"),
    ("Jaish al-Islam", "Jaysh al-Islam"),
    ("Failaq al-Rahman", "Faylaq al-Rahman"),
    ("Army of Conquest", "Jaysh al-Fateh"),
    ("YPG", "People's Protection Units"),
])
def test_the_syrian_armed_groups_are_known(kb, name, canonical):
    org = kb.organisation(name)
    assert (org.name, org.type, org.country) == (canonical, "armed_group", "SYR")


@pytest.mark.parametrize("text, trigger, kind, actor", [
    ("Faylaq al-Rahman launched several attacks along the southern front on Sunday.", "launched",
     ("ASSAULT", None), "Faylaq al-Rahman"),
    ("Jund al-Aqsa struck the army checkpoint outside the village on Friday.", "struck", ("ASSAULT", None), "Jund al-Aqsa"),
    ("Jabhat al-Nusra seized two army outposts near the airport on Monday.", "seized", ("COERCE", "seize"),
     "Jabhat al-Nusra"),
    ("The YPG captured the village from the Islamic State on Tuesday.", "captured", ("COERCE", "seize"),
     "People's Protection Units"),
])
def test_a_named_armed_group_attacks_and_takes_ground(coder, text, trigger, kind, actor):
    [ev] = [e for e in coder.code(text, published="2024-05-01") if e.trigger.text == trigger]
    assert (ev.event_type, ev.mode) == kind
    assert ev.actor is not None and ev.actor.name == actor


@pytest.mark.parametrize("text", [
    "Hezbollah captured 12 seats in the election.",
    "Hezbollah captured the hearts of many voters in the south.",
    "Hezbollah seized the initiative in the talks.",
    "Jaysh al-Islam launched a campaign to register voters in the city.",
])
def test_an_armed_group_winning_seats_hearts_or_the_initiative_takes_no_ground(coder, text):
    assert [e for e in coder.code(text, published="2024-05-01") if e.event_type in ("COERCE", "ASSAULT")] == []


@pytest.mark.parametrize("text, sub_event", [
    ("The town was destroyed by rebel forces in March.", None),
    ("Much of the old town was destroyed by government rockets last winter.", "Shelling/artillery/missile attack"),
    ("The army base was destroyed by a suicide bomber on Monday, killing 40 soldiers.", "Suicide bomb"),
])
def test_a_target_destroyed_by_armed_men_or_a_strike_is_an_attack(coder, text, sub_event):
    [ev] = [e for e in coder.code(text, published="2024-05-01") if e.trigger.text == "destroyed"]
    assert (ev.event_type, ev.mode) == ("ASSAULT", "destroy")
    assert sub_event is None or ev.sub_event_type == sub_event


@pytest.mark.parametrize("text", [
    "Our lives are destroyed.",
    "The town was destroyed by the earthquake in May.",
    "Their hopes were destroyed by the militants' refusal to talk.",
    "The team was destroyed by the rebels of the second half.",
])
def test_lives_hopes_and_quake_damage_destroyed_are_no_attack(coder, text):
    assert [e for e in coder.code(text, published="2024-05-01") if e.event_type == "ASSAULT"] == []


@pytest.mark.parametrize("text, trigger", [
    ("Dozens of migrants are captured every day at the border.", "captured"),
    ("Protesters are beaten every week in the capital.", "beaten"),
    ("Soldiers are attacked almost every day in the north.", "attacked"),
])
def test_a_present_passive_with_every_day_is_a_habit_not_an_event(coder, text, trigger):
    # Quirk et al. 1985, 4.6: the present of habit; the passive's "is"/"are" carries the tense
    assert [e for e in coder.code(text, published="2024-05-01") if e.trigger.text == trigger] == []


@pytest.mark.parametrize("text, trigger", [
    ("Dozens of migrants were captured at the border on Monday.", "captured"),
    ("Two soldiers are killed in an ambush near the border, the army says.", "killed"),
])
def test_a_past_or_a_headline_present_passive_stays_an_event(coder, text, trigger):
    assert [e.event_type for e in coder.code(text, published="2024-05-01") if e.trigger.text == trigger] != []


# Review (rev15e): the passive destroy rule misfired on figurative power, a labour strike, a sports attack and a
# storm named beside the armed men it rules out; an "attack" or "strike" by-phrase is a strike only when the
# clause names its means or an armed doer (PLOVER ASSAULT needs an attack; ACLED: no labour or sports events).
@pytest.mark.parametrize("text", [
    "His political power was destroyed by the military in the 1999 coup.",
    "The regime's power was destroyed by the rebels within a year.",
    "The factory was destroyed by a strike that lasted six months, the owners said.",
    "The plant was destroyed by the general strike, its owner complained.",
    "The Lakers' defence was destroyed by the Celtics attack in the second half.",
    "The car was destroyed by the storm, not by the rebels.",
])
def test_power_a_labour_strike_a_sports_attack_and_a_storm_destroy_nothing(coder, text):
    assert [e for e in coder.code(text, published="2024-05-01") if e.event_type == "ASSAULT"] == []


@pytest.mark.parametrize("text, sub_event", [
    ("The checkpoint was destroyed by a rocket attack on Monday.", "Shelling/artillery/missile attack"),
    ("The school was destroyed by an air strike in Idlib on Tuesday.", "Air/drone strike"),
    ("The clinic was destroyed by a drone strike near Marib, residents said.", "Air/drone strike"),
])
def test_a_target_destroyed_by_an_attack_or_strike_with_its_means_is_an_attack(coder, text, sub_event):
    [ev] = [e for e in coder.code(text, published="2024-05-01") if e.trigger.text == "destroyed"]
    assert (ev.event_type, ev.mode, ev.sub_event_type) == ("ASSAULT", "destroy", sub_event)


def test_the_army_of_islam_is_not_the_syrian_jaysh_al_islam(kb):
    # the English name the wires give the Gaza group (Jaysh al-Islam of Gaza): no Syrian alias
    org = kb.organisation("Army of Islam")
    assert org is None or org.country != "SYR"


@pytest.mark.parametrize("text", [
    "The observers were captured by the beauty of the valley.",
    "The soldiers were captured by the spirit of the carnival.",
    "Refugees were captured by the magic of the old city.",
])
def test_people_captured_by_a_beauty_or_a_spirit_are_taken_by_no_one(coder, text):
    # a by-phrase that names a quality that charms (profile list captivating_qualities) takes no captive
    assert _kinds(coder, text, "captured") == []


def test_a_parliament_captured_in_a_landslide_by_an_armed_party_is_a_vote(coder):
    # armed_captors holds @ARMED: Hamas, Hezbollah also win elections ("in a landslide" is a vote)
    assert _kinds(coder, "Hamas captured parliament in a landslide victory in 2006.", "captured") == []


def test_a_soldier_captured_by_rebels_is_still_taken(coder):
    assert _kinds(coder, "The observers were captured by rebels in the valley on Monday.", "captured") \
        == [("COERCE", "arrest")]


@pytest.mark.parametrize("text, trigger", [
    ("Houses are destroyed by mobs whenever the team loses.", "destroyed"),
    ("Mobs destroy shops whenever the team loses.", "destroy"),
    ("Rebels shell the town whenever the talks stall.", "shell"),
])
def test_a_present_with_a_whenever_clause_is_a_habit_not_an_event(coder, text, trigger):
    # Quirk et al. 1985, 4.6: recurring occasions with the present tense are a habit (profile habitual_subordinators)
    assert [e for e in coder.code(text, published="2024-05-01") if e.trigger.text == trigger] == []


@pytest.mark.parametrize("text, trigger", [
    ("Mobs destroyed two shops on Sunday after the team lost.", "destroyed"),
    ("Rebels shelled the town on Monday when the talks stalled.", "shelled"),
])
def test_a_past_act_on_one_occasion_stays_an_event(coder, text, trigger):
    assert [e.event_type for e in coder.code(text, published="2024-05-01") if e.trigger.text == trigger] == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "The painter captured three Norwegians, a Dane and their guide in a single canvas.",
    "His phone captured the attackers as they fled.",
    "The sculptor captured two refugees in bronze for the memorial.",
])
def test_people_captured_by_an_artist_or_a_device_are_depicted_not_taken(coder, text):
    # the arrest rule's subjects exclude the recording media and the artists (list recording_media), as its
    # "in"/"on"/"by" phrases do
    assert _kinds(coder, text, "captured") == []
