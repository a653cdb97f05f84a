"""Where the issue-16 recipient and actor rules must keep quiet (review of actors3).

Sentences written for this file, several shapes of each kind:

* a threat's target is in the acts it announces, never in a relative clause on them
  ("arrest anyone who attacked officers": the officers are not threatened);
* a repression whose doer is named and is no state ("detained by rebels") is not laid on the government
  of the place; a country that says who the detained are ("a US journalist", "activists from Crimea")
  is not where the repression was;
* a protest whose own words name another country ("a pro-Palestinian march", "outside the Turkish
  embassy") does not face the state whose police act on it;
* a list of acts shares its first act's possessor only when that act is done to something
  ("the junta's seizure of power"), not when the possessor underwent it ("Navalny's arrest");
* a person's noun that is no role ("Zelensky's wife") is not that person.
"""

from __future__ import annotations

import pytest

from factories import coded_event, recipient_key

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


_one = coded_event

_rec = recipient_key


# -- threats -----------------------------------------------------------------------------------------

def test_a_relative_clause_in_a_threat_names_who_acted_not_who_is_threatened(coder):
    ev = _one(coder, "Police warned that anyone who attacked officers would be arrested.", "warned")
    assert ev.recipient is None or ev.recipient.sector != "COP"
    ev = _one(coder, "The government warned that it would arrest anyone who attacked police officers.", "warned")
    assert ev.recipient is None or ev.recipient.sector != "COP"


def test_the_announced_act_still_names_its_target(coder):
    ev = _one(coder, "Zambian police warned that looters would be arrested.", "warned")
    assert ev.recipient is not None and ev.recipient.span.text == "looters"
    ev = _one(coder, "Police in Lusaka warned on Friday that any unauthorised gathering would be dispersed.",
              "warned")
    assert _rec(ev) == ("ZMB", "CVL")


# -- the state behind a repression --------------------------------------------------------------------

def test_a_repression_by_a_named_non_state_doer_is_not_the_places_government(coder):
    ev = _one(coder, "The UN called for the release of aid workers detained by rebels in Sanaa.", "called")
    assert ev.recipient is None or ev.recipient.sector != "GOV"
    ev = _one(coder, "Rights groups demanded the release of hostages held by militants in Gaza.", "demanded")
    assert ev.recipient is None or ev.recipient.sector != "GOV"


def test_a_country_that_says_who_was_detained_is_not_where_it_happened(coder):
    ev = _one(coder, "Western diplomats protested against the arrest of a US journalist.", "protested")
    assert ev.recipient is None or ev.recipient.country != "USA"
    ev = _one(coder, "Kyiv condemned the arrest of Ukrainian activists from Crimea in Russia.", "condemned")
    assert _rec(ev) == ("RUS", "GOV")


def test_the_place_named_by_a_locative_phrase_still_names_the_state(coder):
    ev = _one(coder, "The EU condemned the arrest of a French journalist in Tehran.", "condemned")
    assert _rec(ev) == ("IRN", "GOV")
    ev = _one(coder, "Lawyers condemned the detention of two bloggers in Minsk and Grodno.", "condemned")
    assert _rec(ev) == ("BLR", "GOV")


# -- protests acted on by police ----------------------------------------------------------------------

def test_a_protest_that_names_another_country_does_not_face_the_local_police_state(coder):
    ev = _one(coder, "Police in Paris broke up a pro-Palestinian march on Saturday.", "march")
    assert ev.recipient is None or ev.recipient.country != "FRA"
    ev = _one(coder, "French police dispersed a protest by Kurdish activists outside the Turkish embassy in Paris.",
              "protest")
    assert ev.recipient is None or ev.recipient.country != "FRA"
    ev = _one(coder, "Police in Berlin detained 30 people at a pro-Palestinian rally.", "rally")
    assert ev.recipient is None or ev.recipient.country != "DEU"


def test_a_protest_of_the_polices_own_country_still_faces_its_state(coder):
    ev = _one(coder, "Riot police broke up a march of Zambian nurses in Lusaka on Monday.", "march")
    assert _rec(ev) == ("ZMB", "GOV")


# -- a list of acts sharing a possessor ---------------------------------------------------------------

def test_a_list_shares_no_possessor_who_underwent_the_first_act(coder):
    ev = _one(coder, "Navalny's arrest and the detention of his aides drew protests.", "detention")
    assert ev.actor is None
    ev = _one(coder, "The president's resignation and the arrest of his ministers followed the vote.", "arrest")
    assert ev.actor is None


def test_a_list_whose_first_act_is_done_to_something_shares_its_doer(coder):
    ev = _one(coder, "The army's crackdown on students and the arrest of their leaders drew protests.", "arrest")
    assert ev.actor is not None and ev.actor.sector == "MIL"


# -- a possessor that is a person ---------------------------------------------------------------------

def test_a_persons_relative_is_not_that_person(coder):
    ev = _one(coder, "Zelensky's wife met refugees in Warsaw.", "met")
    assert ev.actor is None or ev.actor.kind != "person"


def test_a_warning_that_goes_on_speaking_announces_its_act(coder):
    ev = _one(coder, "Police in Lusaka warned on Friday, adding that any unauthorised gathering would be dispersed.",
              "warned")
    assert _rec(ev) == ("ZMB", "CVL")
    # a condition names what the threatened did, not what would befall anyone in it
    ev = _one(coder, "The army warned that it would arrest protesters if they attacked police officers.", "warned")
    assert ev.recipient is None or ev.recipient.sector != "COP"
