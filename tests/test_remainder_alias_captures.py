"""Captures whose patient the capture rule could not read (issue 12, event found at the verb).

Sentences are our own, written for these tests:

* a bare remainder noun as the subject of a plural passive ("the rest were captured", "the remainder have
  been captured"): what is left of a group counted before, read as people as a bare number is ("the 15 were
  captured"); a singular one ("the rest was captured") may be ground and "the rest of the town" is read
  through its of-phrase, so neither is an arrest;
* a passive whose subject the parser hung inside an opening alias phrase ("Also known as the Falcon, Okello,
  who ..., was captured in ...").
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _captures(coder, text):
    return [e for e in coder.code(text, published="2024-05-06") if e.trigger.text == "captured"]


@pytest.mark.parametrize("text,place", [
    ("Soldiers detained three smugglers near Gao. The rest were captured in Kayes and Sikasso on Friday.", "Kayes"),
    ("Police held two men in Nakuru. The remainder were captured in Eldoret on Saturday.", "Eldoret"),
    ("Militia fighters seized ten herders near Jos; the remainder have been captured in Bauchi since then.",
     "Bauchi"),
    ("Four gunmen escaped from the prison in Kisumu on Monday. The rest were captured in Kakamega.", "Kakamega"),
])
def test_a_bare_remainder_of_a_plural_passive_is_people_captured(coder, text, place):
    [ev] = _captures(coder, text)
    assert (ev.event_type, ev.mode) == ("COERCE", "arrest")
    assert ev.location is not None and ev.location.name == place


@pytest.mark.parametrize("text,mode", [
    ("Rebels took two villages near Goma. The rest was captured in May.", None),  # singular: ground, not people
    ("The rest of the town was captured by rebels in May.", "seize"),  # read through its of-phrase: ground taken
    ("The rest were captured on camera by a tourist in Paris.", None),  # a picture, no capture
])
def test_a_remainder_that_is_ground_or_a_picture_is_no_arrest(coder, text, mode):
    assert [e.mode for e in _captures(coder, text)] == ([mode] if mode else [])


@pytest.mark.parametrize("text", [
    "Rangers tagged twelve lions in the park. The rest were captured in Kruger last year.",  # animals
    "Fishermen netted forty turtles near Kollam. The rest were captured in Kochi.",
    "Vets treated 30 stray dogs in Pune on 12 May. The remainder were captured in Nashik.",
])
def test_a_remainder_of_a_counted_group_of_animals_is_no_arrest(coder, text):
    assert _captures(coder, text) == []


def test_a_remainder_after_a_date_is_people_captured(coder):
    # "on 3 March" counts no group: the rest are people, as a bare number is ("the 15 were captured")
    [ev] = _captures(coder, "Police raided a hideout in Warri on 3 March. The rest were captured in Sapele.")
    assert (ev.event_type, ev.mode) == ("COERCE", "arrest")


def test_a_remainder_of_people_counted_earlier_in_its_sentence_is_captured(coder):
    text = "Eight inmates broke out of the jail in Tororo on Sunday; three were shot dead and the rest were captured in Mbale."
    [ev] = _captures(coder, text)
    assert (ev.event_type, ev.mode) == ("COERCE", "arrest")
    assert ev.location is not None and ev.location.name == "Mbale"


@pytest.mark.parametrize("text,place", [
    ("Also known as the Falcon, Okello, who carries a forged passport, was captured in Kampala in April.", "Kampala"),
    # the parser may make the name the object of "as" and the alias its modifier
    ("Known as the Engineer, Ayyash, who built bombs for the group, was captured in Gaza.", "Gaza"),
    ("Also known as the Boss, Kamau, who runs a matatu cartel, was captured in Nairobi, police said.", "Nairobi"),
    ("Known as the Butcher, Mbatha, who ran a gang in Durban, was captured in Maputo in June.", "Maputo"),
    ("Also known as the Jackal, Van Rooyen, who carries two passports, was captured in Lusaka in May.", "Lusaka"),
])
def test_the_subject_in_an_opening_alias_phrase_is_the_one_captured(coder, text, place):
    [ev] = _captures(coder, text)
    assert (ev.event_type, ev.mode) == ("COERCE", "arrest")
    assert ev.location is not None and ev.location.name == place


def test_a_place_known_by_another_name_is_ground_taken(coder):
    [ev] = _captures(coder, "Known as the Lion City, Singapore was captured by Japan in 1942.")
    assert (ev.event_type, ev.mode) == ("COERCE", "seize")


# a blast told with "it" in the sentence after the bomb was planted, hidden or left: the pronoun stands for the
# thing the previous main clause acted on; the device is no actor, and a blast told twice is coded once
@pytest.mark.parametrize("text,trigger,place", [
    ("Rebels planted a roadside bomb near the checkpoint in Kirkuk. It detonated on Tuesday near a police station.",
     "detonated", "Kirkuk"),
    ("An IED was hidden in a cart in Mosul. It exploded near a market on Wednesday.", "exploded", "Mosul"),
    ("Militants left a grenade at the gate of the school in Peshawar. It exploded hours later, wounding two guards.",
     "exploded", "Peshawar"),
    ("The ministry found a bomb in its office in Kabul. It exploded at noon.", "exploded", "Kabul"),
])
def test_it_stands_for_the_bomb_of_the_sentence_before(coder, text, trigger, place):
    [ev] = [e for e in coder.code(text, published="2024-05-06") if e.trigger.text == trigger]
    assert (ev.event_type, ev.mode) == ("ASSAULT", "explosives")
    assert ev.actor is None  # the bomb is no doer, nor is the ministry that found it
    assert ev.location is not None and ev.location.name == place


@pytest.mark.parametrize("text", [
    "Engineers tested a new engine in Bangalore. It exploded during the trial.",
    "The company launched a new phone in Seoul. It exploded in sales.",
    "Police found a bomb under a bus in Quetta. It did not explode.",
    # a controlled detonation by the finders is no attack
    "Security forces found an IED near the road in Kandahar. It was detonated in a controlled explosion.",
])
def test_it_that_stands_for_no_bomb_or_did_not_explode_is_no_blast(coder, text):
    assert [e for e in coder.code(text, published="2024-05-06") if e.event_type == "ASSAULT"] == []


@pytest.mark.parametrize("text,trigger", [
    ("Protesters hurled a crude bomb at the police in Kolkata. It exploded on the road.", "hurled"),
    ("Fighters lobbed a grenade at the patrol near Gao. It exploded beside a truck.", "lobbed"),
])
def test_the_blast_of_a_thrown_bomb_is_the_throw(coder, text, trigger):
    # the bomb sent at a target explodes as the throw's own outcome: one act, coded at the throw
    assert [e.trigger.text for e in coder.code(text, published="2024-05-06") if e.event_type == "ASSAULT"] == [trigger]


def test_a_blast_told_again_with_it_is_one_event(coder):
    text = "A bomb exploded near a market in Mosul on Monday. It detonated as shoppers gathered."
    assert [e.trigger.text for e in coder.code(text, published="2024-05-06") if e.event_type == "ASSAULT"] == ["exploded"]
