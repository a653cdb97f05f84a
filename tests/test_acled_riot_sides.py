"""Unarmed people who fight police riot, and a protest's grievance is no intervention in it (issue 12).

ACLED Codebook 2023: Armed clash is between organised armed groups; Violent demonstration includes
physical clashes of demonstrators with state forces; Mob violence is rioters' violence outside a
demonstration; Protest with intervention needs the authorities acting on these protesters. Sentences are
our own, written for these tests from the codebook's definitions.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-12"  # the date of every coder.code call below
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _event(coder, text, event_type):
    return next(e for e in coder.code(text, published="2024-06-12") if e.event_type == event_type)


@pytest.mark.parametrize("text", [
    "BHOPAL: Congress workers clashed with police outside the Assembly on Tuesday.",
    "NAIROBI - Opposition supporters clashed with police in Kisumu on Friday.",
    "Supporters of the jailed opposition leader clashed with riot police in Dhaka on Sunday.",
    "Police clashed with ruling party supporters in Harare on Saturday.",
])
def test_party_followers_who_fight_police_are_a_violent_demonstration(coder, text):
    ev = _event(coder, text, "ASSAULT")
    assert ev.sub_event_type == "Violent demonstration"


@pytest.mark.parametrize("text", [
    "Football fans clashed with police outside the stadium in Cairo on Sunday.",
    "Youths clashed with police in Conakry on Monday.",
])
def test_a_crowd_that_fights_police_outside_a_protest_is_mob_violence(coder, text):
    assert _event(coder, text, "ASSAULT").sub_event_type == "Mob violence"


def test_the_doer_of_that_riot_is_rioters_and_police_stay_state_forces(coder):
    ev = _event(coder, "NAIROBI - Opposition supporters clashed with police in Kisumu on Friday.", "ASSAULT")
    assert (ev.actor.inter, ev.recipient.inter) == (5, 1)


@pytest.mark.parametrize("text", [
    "Soldiers clashed with rebels near Beni on Sunday.",
    "Police exchanged fire with gunmen in Zamfara on Monday.",
    "Armed supporters of the warlord clashed with soldiers near Baidoa on Friday.",
    "Militants clashed with police in Shopian district on Friday.",
])
def test_armed_sides_still_clash(coder, text):
    assert _event(coder, text, "ASSAULT").sub_event_type == "Armed clash"


@pytest.mark.parametrize("text", [
    "Lawyers boycotted courts across Sindh province on Tuesday to protest the arrest of a colleague.",
    "Lawyers protested outside the High Court in Peshawar on Monday against the arrest of two colleagues.",
    "Journalists rallied in Kathmandu on Friday over the detention of a reporter by police.",
    "Students marched in Dhaka on Sunday in protest against the arrest of their union leader.",
])
def test_an_arrest_a_protest_is_about_is_no_intervention_in_it(coder, text):
    assert _event(coder, text, "PROTEST").sub_event_type == "Peaceful protest"


def test_the_arrest_a_protest_is_about_is_an_arrest_of_its_own(coder):
    ev = _event(coder, "Journalists rallied in Kathmandu on Friday over the detention of a reporter by police.",
                "COERCE")
    assert ev.sub_event_type == "Arrests"


@pytest.mark.parametrize("text", [
    "Lawyers protested in Lahore on Monday; police arrested ten of them.",
    "Students protested in Accra on Friday and police fired tear gas at them.",
])
def test_the_state_acting_on_the_protesters_is_still_an_intervention(coder, text):
    assert _event(coder, text, "PROTEST").sub_event_type == "Protest with intervention"


@pytest.mark.parametrize("text", [
    "Opposition supporters fought a gun battle with police in Kinshasa on Friday.",
    "Ruling party youths clashed with soldiers and exchanged gunfire in Bangui on Tuesday.",
    "Opposition supporters clashed with police and exchanged gunfire in Kinshasa on Friday.",
])
def test_a_firefight_in_the_sentence_tells_the_crowd_was_armed(coder, text):
    # a gun battle has arms on both sides (ACLED Codebook 2023, Armed clash): no riot, whoever fought
    assert _event(coder, text, "ASSAULT").sub_event_type == "Armed clash"


@pytest.mark.parametrize("text", [
    "Police clashed with Congress workers in Jaipur on Sunday.",
    "Riot police clashed with BNP activists in Chittagong on Monday.",
])
def test_a_party_as_the_other_side_of_a_clash_with_police_riots(coder, text):
    assert _event(coder, text, "ASSAULT").sub_event_type == "Violent demonstration"


@pytest.mark.parametrize("text", [
    "Maoist cadres clashed with police in Dantewada on Sunday.",
    "Naxal cadres clashed with CRPF personnel in Sukma on Monday.",
])
def test_cadres_of_no_known_party_are_not_guessed_rioters(coder, text):
    # "cadres" are a party's workers or an armed movement's members: unsaid, so no riot is coded
    assert _event(coder, text, "ASSAULT").sub_event_type != "Violent demonstration"


@pytest.mark.parametrize("text", [
    "Farmers clashed with police near Ambala on Tuesday.",
    "Lawyers clashed with police outside the court in Lahore on Monday.",
    "Police clashed with farmers near Ambala on Tuesday.",
])
def test_civilians_who_fight_police_are_no_armed_clash(coder, text):
    # civilians (inter 7) are unarmed to ACLED: a fight of theirs with state forces is a riot, not a battle
    assert _event(coder, text, "ASSAULT").sub_event_type == "Mob violence"


def test_a_named_person_who_fights_police_is_not_read_as_civilians(coder):
    ev = _event(coder, "Gang leader Jimmy Cherizier clashed with police in Port-au-Prince on Monday.", "ASSAULT")
    assert ev.sub_event_type == "Armed clash"
