"""Recipients that are a state, named by what its forces or officers do (issue 16, recipients).

Sentences written for this file, several shapes of each kind: a protest a
state's forces act on, the state behind a repression a reaction, demand or
protest is about, the public a ban on assemblies is aimed at; and the
sentences that must keep no such recipient.
"""

from __future__ import annotations

import pytest

from factories import coded_event, recipient_key

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


_one = coded_event

_rec = recipient_key


# -- a protest its state's forces act on --------------------------------------------------------

def test_protest_broken_up_by_police_faces_their_government(coder):
    ev = _one(coder, "Riot police broke up a teachers' march in Nairobi on Monday.", "march")
    assert _rec(ev) == ("KEN", "GOV") and ev.recipient.how == "context"


def test_protest_fired_on_faces_the_government_even_when_the_firing_is_denied(coder):
    ev = _one(coder, "Soldiers did not fire on the crowd of protesters in Khartoum on Friday, the army said.",
              "crowd")
    assert _rec(ev) == ("SDN", "GOV")


def test_protesters_who_clash_with_security_forces_face_their_government(coder):
    # the clash is the protest turned violent (implied.clashes_as_riots), on the clash verb
    ev = _one(coder, "Security forces clashed with rock-throwing protesters in Cochabamba, Bolivia, on Tuesday.",
              "clashed")
    assert (ev.event_type, ev.mode) == ("PROTEST", "riot")
    assert _rec(ev) == ("BOL", "GOV")
    assert ev.recipient.span.text == "Security forces"
    ev = _one(coder, "Protesters clashed with riot police in Santiago, Chile, on Friday.", "clashed")
    assert _rec(ev) == ("CHL", "GOV")
    # a side that is no state force stays the recipient
    ev = _one(coder, "Protesters clashed with supporters of the ruling party in Dhaka on Sunday.", "clashed")
    assert ev.recipient is None or ev.recipient.sector != "GOV"


def test_protest_met_by_no_state_force_keeps_no_recipient(coder):
    ev = _one(coder, "Farmers marched through Nairobi on Monday, cheered by shopkeepers.", "marched")
    assert ev.recipient is None
    # a foreign armed group acting on a rally is no state
    ev = _one(coder, "Unknown gunmen fired on a rally of farmers in Kaduna on Monday.", "rally")
    assert ev.recipient is None or ev.recipient.sector != "GOV"


# -- the state behind a repression ---------------------------------------------------------------

def test_condemned_arrest_in_a_place_is_aimed_at_that_state(coder):
    ev = _one(coder, "Rights groups on Monday condemned the detention of three bloggers in Tashkent.", "condemned")
    assert _rec(ev) == ("UZB", "GOV")
    ev = _one(coder, "The EU criticised the crackdown on students in Caracas.", "criticised")
    assert _rec(ev) == ("VEN", "GOV")


def test_demand_to_free_detainees_is_aimed_at_the_state_that_holds_them(coder):
    ev = _one(coder, '"The jailed activists must be freed at once," the rights group said on Monday, '
                     'referring to activists held by Egyptian police in Cairo.', "freed")
    assert _rec(ev) == ("EGY", "GOV")


def test_a_later_reference_to_a_repression_takes_the_state_of_the_earlier_act(coder):
    text = ("Ottawa imposed sanctions on Tehran on Monday over the crackdown, and Quebec lawmakers passed "
            "a motion condemning the arrests.")
    ev = _one(coder, text, "passed")
    assert _rec(ev) == ("IRN", "GOV") and ev.recipient.antecedent is not None


def test_a_vigil_for_detained_people_faces_the_state_that_detained_them(coder):
    text = ("Diplomats on Monday condemned the arrest of lawyers in Baku, and on Tuesday students in Paris "
            "held a vigil for the detained lawyers.")
    ev = _one(coder, text, "vigil")
    assert _rec(ev) == ("AZE", "GOV")


def test_a_repression_with_no_place_and_nothing_earlier_keeps_no_recipient(coder):
    ev = _one(coder, "Rights groups on Monday condemned the arrests.", "condemned")
    assert ev.recipient is None
    ev = _one(coder, "The union condemned the closure of the factory in Tashkent.", "condemned")
    assert ev.recipient is None or ev.recipient.sector != "GOV"


# -- the public a ban on assemblies is aimed at ----------------------------------------------------

def test_ban_on_public_gatherings_is_aimed_at_the_countrys_civilians(coder):
    ev = _one(coder, "Kenyan police banned public gatherings in Nairobi on Monday.", "banned")
    assert _rec(ev) == ("KEN", "CVL")
    ev = _one(coder, "The Sudanese interior ministry banned all street protests on Sunday.", "banned")
    assert _rec(ev) == ("SDN", "CVL")
    # a legislature is a state organ too (records.STATE_SECTORS)
    ev = _one(coder, "Kyrgyzstan's parliament on Monday banned public gatherings in Bishkek.", "banned")
    assert (ev.actor.sector, _rec(ev)) == ("LEG", ("KGZ", "CVL"))


def test_ban_on_a_named_groups_rally_keeps_its_holders(coder):
    ev = _one(coder, "Kenyan police banned opposition rallies in Nairobi on Monday.", "banned")
    assert ev.recipient is not None and ev.recipient.sector == "OPP"


# -- people policed at home ----------------------------------------------------------------------

def test_police_action_on_a_group_of_no_stated_country_is_on_the_polices_own_people(coder):
    ev = _one(coder, "Kenyan police arrested students at Strathmore University on Monday.", "arrested")
    assert _rec(ev) == ("KEN", "CVL")
    ev = _one(coder, "Georgian police banned a rally planned by students at Ilia State University.", "banned")
    assert _rec(ev) == ("GEO", "CVL") and "policed at home" in ev.recipient.reason


def test_police_action_on_people_of_a_named_or_foreign_origin_keeps_their_own(coder):
    ev = _one(coder, "Kenyan police arrested Ugandan students at Strathmore University on Monday.", "arrested")
    assert _rec(ev) == ("UGA", "CVL")
    # soldiers are no police: an army acts abroad as well as at home
    ev = _one(coder, "Kenyan soldiers detained students at Kismayo University on Monday.", "detained")
    assert ev.recipient is None or ev.recipient.country != "KEN" or ev.recipient.how != "role"



# -- who a state's threat would fall on ------------------------------------------------------------

def test_a_warning_of_dispersal_falls_on_the_public_or_the_named_group(coder):
    ev = _one(coder, "Police in Nairobi warned on Monday that any unauthorised gathering would be dispersed.",
              "warned")
    assert _rec(ev) == ("KEN", "CVL")
    ev = _one(coder, "Kenyan police warned that protesters would be arrested.", "warned")
    assert _rec(ev) == ("KEN", "CVL") and ev.recipient.span.text == "protesters"

