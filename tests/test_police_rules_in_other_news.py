"""The police-action rules of issue 12 stay out of ordinary business, sport, health and politics news.

Sentences written for these tests (review rev4i of branch india3). Each family
keeps a police sentence coded, so a test fails both when a rule fires on
another sense of its word and when the fix throws the police sense away.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-01"  # the date of every coder.code call below
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _codes(coder, text):
    return [(e.event_type, e.mode, e.trigger.text) for e in coder.code(text, published=PUBLISHED)]


def _has(coder, text, event_type, trigger):
    return [c for c in _codes(coder, text) if c[0] == event_type and c[2] == trigger]


# -- probe, interrogate, question: an investigation of people or crimes by investigators (CAMEO 091) -------------
@pytest.mark.parametrize("text, trigger", [
    ("Scientists are probing the origins of the virus.", "probing"),
    ("Doctors probed the wound for shrapnel.", "probed"),
    ("The auditors interrogated the company's books.", "interrogated"),
    ("The analyst interrogated the data for patterns.", "interrogated"),
    ("Officials questioned the need for a new stadium.", "questioned"),
    ("Investigators questioned the wisdom of the decision.", "questioned"),
])
def test_probing_or_questioning_a_thing_is_no_investigation(coder, text, trigger):
    assert not _has(coder, text, "ACCUSE", trigger)


@pytest.mark.parametrize("text, trigger", [
    ("Police are probing the death of the businessman.", "probing"),
    ("The incident is being probed by the crime branch.", "probed"),
    ("The accused was interrogated for several hours.", "interrogated"),
    ("Police interrogated the three suspects.", "interrogated"),
    ("The police team questioned the suspect for six hours.", "questioned"),
])
def test_investigators_probing_people_or_crimes_still_investigate(coder, text, trigger):
    assert ("ACCUSE", "investigate", trigger) in _codes(coder, text)


# -- a case registered: a police case, not a court case or a case of a disease (CAMEO 091) -----------------------
@pytest.mark.parametrize("text", [
    "A case was registered in the High Court challenging the election result.",
    "She registered a case of measles at the clinic.",
    "500 new cases of dengue were registered in the district this week.",
    "The bank registered a case of fraud with regulators.",
])
def test_a_court_or_disease_case_is_no_police_case(coder, text):
    assert not _has(coder, text, "ACCUSE", "registered")


@pytest.mark.parametrize("text", [
    "A case has been registered at the local police station.",
    "Police registered a case under Section 307 of the IPC.",
    "An FIR was registered on Monday.",
])
def test_a_police_case_registered_is_still_an_investigation(coder, text):
    assert ("ACCUSE", "investigate", "registered") in _codes(coder, text)


# -- units posted, stationed, rushed, deployed: a force word, not a firm's staff or stock (MOBILIZE 150) -------------
@pytest.mark.parametrize("text, trigger", [
    ("Two companies were posted to the new regional office.", "posted"),
    ("Apple rushed units to stores before the holiday season.", "rushed"),
    ("The company deployed personnel to the new plant in Texas.", "deployed"),
    ("Embassy personnel were posted to Kabul last year.", "posted"),
    ("Two squads were rushed to the stadium for the final.", "rushed"),
])
def test_staff_and_stock_moved_are_no_mobilisation(coder, text, trigger):
    assert not _has(coder, text, "MOBILIZE", trigger)


@pytest.mark.parametrize("text, trigger", [
    ("Two companies of the State Reserve Police were posted in the town.", "posted"),
    ("Additional police personnel have been deployed in the area.", "deployed"),
    ("Three platoons were stationed near the bridge.", "stationed"),
])
def test_force_units_put_in_place_are_still_a_mobilisation(coder, text, trigger):
    assert _has(coder, text, "MOBILIZE", trigger)


# -- security stepped up: by the state, or agentless; not a firm's or a hospital's own (MOBILIZE police, CAMEO 151) --
@pytest.mark.parametrize("text, trigger", [
    ("Banks tightened security measures after a wave of cyber attacks.", "tightened"),
    ("The hospital stepped up security after the attack on a nurse.", "stepped"),
])
def test_a_firm_raising_its_own_security_is_no_police_alert(coder, text, trigger):
    assert not _has(coder, text, "MOBILIZE", trigger)


@pytest.mark.parametrize("text, trigger", [
    ("The district administration stepped up security in sensitive areas.", "stepped"),
    ("Security has been tightened in the district after the clashes.", "tightened"),
])
def test_the_state_raising_security_is_still_a_police_alert(coder, text, trigger):
    assert ("MOBILIZE", "police", trigger) in _codes(coder, text)


# -- restrictions and stopping: people's movement or assembly, not trade, water or mergers (COERCE restrict 172) --
@pytest.mark.parametrize("text, trigger", [
    ("The United States imposed restrictions on chip exports to China.", "imposed"),
    ("The city imposed restrictions on water use during the drought.", "imposed"),
    ("Authorities prevented the merger from going ahead.", "prevented"),
    ("The authorities stopped the ship from leaving port.", "stopped"),
])
def test_restrictions_on_things_are_no_restriction_of_people(coder, text, trigger):
    assert not [c for c in _codes(coder, text) if c[:2] == ("COERCE", "restrict") and c[2] == trigger]


@pytest.mark.parametrize("text, trigger", [
    ("Police stopped the protesters from marching to the assembly.", "stopped"),
    ("Police have clamped restrictions on public meetings until March 25.", "clamped"),
    ("Prohibitory orders under Section 144 were imposed in the town.", "imposed"),
])
def test_restricting_people_is_still_coercion(coder, text, trigger):
    assert ("COERCE", "restrict", trigger) in _codes(coder, text)


# -- keeping watch, catching, intercepting: the police's, not a team's or a sales force's ------------------------
@pytest.mark.parametrize("text, event_type, trigger", [
    ("The medical team maintained surveillance for new infections.", "MOBILIZE", "maintained"),
    ("The sales force kept a lookout for new clients.", "MOBILIZE", "kept"),
    ("The team caught the leaders on the final lap.", "COERCE", "caught"),
    ("The medical personnel prevented the patients from leaving the ward.", "COERCE", "prevented"),
])
def test_a_team_watching_or_catching_is_no_police_act(coder, text, event_type, trigger):
    assert not _has(coder, text, event_type, trigger)


@pytest.mark.parametrize("text, event_type, trigger", [
    ("Security forces kept a close watch on the border.", "MOBILIZE", "kept"),
    ("A police team caught two men near the bus stand.", "COERCE", "caught"),
])
def test_the_police_watching_or_catching_still_act(coder, text, event_type, trigger):
    assert _has(coder, text, event_type, trigger)


def test_police_stopping_a_group_from_moving_is_a_restriction_whatever_the_group_is_called(coder):
    # the group's noun is in no word list; the movement it is stopped from makes it a restriction of people
    text = "Police prevented the pilgrims' convoy from entering the town on Saturday."
    assert ("COERCE", "restrict", "prevented") in _codes(coder, text)


def test_a_crime_case_registered_without_the_police_named_is_an_investigation(coder):
    assert ("ACCUSE", "investigate", "registered") in _codes(coder, "A number of riot cases have been registered in the district.")


# -- implied police: an agentless arrest with no force named, only when it took place (india5) --------------------
@pytest.mark.parametrize("text", [
    "The company was taken over by a rival firm last year.",
    "He was granted custody of the children after the divorce.",
    "The bill was passed by the assembly on Monday.",
    "The striker was held to a draw in the final.",
])
def test_takeovers_custody_of_children_and_bills_are_no_police_acts(coder, text):
    events = coder.code(text, published="2024-05-01")
    assert not [e for e in events if e.actor is not None and e.actor.sector == "COP"]


@pytest.mark.parametrize("text, trigger", [
    ("Had the leader been detained earlier, the riot would not have spread.", "detained"),
    ("If need be, we will effect preventive arrests of troublemakers.", "arrests"),
    ("No arrests have been made in the case.", "arrests"),
    ("Orders have been issued to arrest anyone violating the ban.", "arrest"),
])
def test_an_arrest_that_did_not_take_place_gets_no_police(coder, text, trigger):
    for e in coder.code(text, published="2024-05-01"):
        if e.trigger.text == trigger:
            assert e.actor is None or e.actor.how != "implied"


# -- launching a crackdown or an operation: police only, against people (CAMEO 17) ---------------------------------
@pytest.mark.parametrize("text", [
    "The government launched a crackdown on tax evasion.",
    "The company launched an operation to expand its plant in Pune.",
    "The bank launched a drive against bad loans.",
    "The operation of the plant was halted for repairs.",
])
def test_a_crackdown_or_operation_by_a_firm_or_ministry_is_no_police_act(coder, text):
    assert not [c for c in _codes(coder, text) if c[0] == "COERCE"]


# -- fight: a fight for a cause, against a disease or in an election is no violence (PLOVER ASSAULT) ---------------
@pytest.mark.parametrize("text, trigger", [
    ("The workers fought for their rights for years.", "fought"),
    ("Doctors are fighting the spread of the disease.", "fighting"),
    ("The party fought the last elections on civic issues.", "fought"),
    ("The last elections were fought on civic issues.", "fought"),
    ("Lawyers will fight the cases filed against the workers.", "fight"),
    ("The minister said the state would fight against corruption and poverty.", "fight"),
    ("The film is about villagers who fight colonial oppression.", "fight"),
    ("She fought back tears as she spoke.", "fought"),
])
def test_a_figurative_fight_is_no_assault(coder, text, trigger):
    assert not _has(coder, text, "ASSAULT", trigger)


@pytest.mark.parametrize("text, trigger", [
    ("Rebels fought government troops near the border town.", "fought"),
    ("The two groups fought with swords and sticks in the market.", "fought"),
    ("Villagers fought against the armed robbers for an hour.", "fought"),
])
def test_a_fight_between_people_is_still_an_assault(coder, text, trigger):
    assert _has(coder, text, "ASSAULT", trigger)


# -- security arrangements made: by the state or agentless; not a wedding's or a firm's (MOBILIZE police) ---------
@pytest.mark.parametrize("text, trigger", [
    ("The family made arrangements for the wedding in Jaipur.", "made"),
    ("The company made security arrangements for its annual meeting.", "made"),
    ("Arrangements have been made for the visitors' stay.", "made"),
])
def test_arrangements_of_a_family_or_firm_are_no_police_alert(coder, text, trigger):
    assert not _has(coder, text, "MOBILIZE", trigger)


# -- "firing" after a force word is the act, not a drill, a range or a dismissal (ASSAULT firearms) -----------------
@pytest.mark.parametrize("text", [
    "The army firing exercise was held in the desert.",
    "police firing practice was held at the range on sunday.",
    "the firing range near the police lines was closed for repairs.",
    "The firing of the police chief surprised the city council.",
])
def test_a_firing_drill_range_or_dismissal_is_no_shooting(coder, text):
    assert not _has(coder, text, "ASSAULT", "firing")


# -- retorts, "demonstrate how", expelled from a party: words of violence, protest, deportation in other senses ------
@pytest.mark.parametrize("text, trigger", [
    ("The bench shot back: the state had no case at all.", "shot"),
    ("The coach shot back after the defeat on Sunday.", "shot"),
    ("Asked about the deficit, the minister fired back.", "fired"),
])
def test_a_retort_is_no_shooting(coder, text, trigger):
    assert not _has(coder, text, "ASSAULT", trigger)


@pytest.mark.parametrize("text, trigger", [
    ("Police fired back at the gunmen, killing two.", "fired"),
    ("The boy was stabbed three days back in the old city.", "stabbed"),
    ("An area commander was killed here sometime back, he said.", "killed"),
    ("The guards shot back at the attackers.", "shot"),
])
def test_firing_back_at_a_target_or_an_attack_some_time_back_is_still_an_assault(coder, text, trigger):
    assert _has(coder, text, "ASSAULT", trigger)


@pytest.mark.parametrize("text, trigger", [
    ("The recent events demonstrate how little we have understood his methods.", "demonstrate"),
    ("The figures demonstrate that sales have recovered.", "demonstrate"),
    ("These results demonstrated why the plan failed.", "demonstrated"),
])
def test_demonstrating_a_clause_is_showing_not_protesting(coder, text, trigger):
    assert not _has(coder, text, "PROTEST", trigger)


@pytest.mark.parametrize("text, trigger", [
    ("Thousands demonstrated in the capital on Sunday, police said.", "demonstrated"),
    ("The students demonstrated against the fee rise.", "demonstrated"),
])
def test_demonstrating_in_the_street_is_still_a_protest(coder, text, trigger):
    assert _has(coder, text, "PROTEST", trigger)


@pytest.mark.parametrize("text", [
    "The BJP has expelled the six rebels from the party.",
    "The Congress expelled three MLAs for anti-party activities.",
])
def test_an_expulsion_from_a_party_is_no_deportation(coder, text):
    codes = _codes(coder, text)
    assert not [c for c in codes if c[:2] == ("COERCE", "deport")]
    assert [c for c in codes if c[:2] == ("SANCTION", "expel")]


def test_a_state_expelling_people_is_still_a_deportation(coder):
    assert ("COERCE", "deport", "expelled") in _codes(coder, "The government expelled the foreign journalists on Monday.")
