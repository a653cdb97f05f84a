"""Police acts of two more shapes (issue 12, branch police18): measures police speakers report, positions taken.

"curfew was imposed in three areas, police said": the police report the
curfew they impose and enforce, so the agentless curfew takes the speaking
force as actor (``actors.quoted_self.reported_measure_actor``; profile
``police_speaker_measure_modes``). "security forces took positions in the
old city": a force taking up positions is deployed (PLOVER MOBILIZE; CAMEO
151 police, 152 troops; trigger rules of "take" with the object
"positions"), while a stance or a stake taken is not. Sentences written
for these tests, in lower case as lower-cased news archives print them, and
in normal case. A speaker named with the police office in apposition ("says
r k patel, senior police inspector, naroda police station") is a police
speaker for the quote's "we" too.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-01"  # the date of every coder.code call below
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _curfew(coder, text):
    events = coder.code(text, published=PUBLISHED)
    found = [e for e in events if e.event_type == "COERCE" and e.mode == "curfew"]
    assert found, [(e.event_type, e.mode, e.trigger.text) for e in events]
    return found[0]


@pytest.mark.parametrize("text, name", [
    ("curfew was imposed in the old city on monday, police said.", "police"),
    ("according to the city police commissioner, the curfew was imposed as a precautionary measure on sunday.",
     "police commissioner"),
    ("curfew has been clamped in four areas of the town since sunday, police sources said.", None),
    ("A curfew was imposed in the northern district on Friday night, a police spokesman said.", None),
])
def test_an_agentless_curfew_a_police_speaker_reports_is_the_police_s(coder, text, name):
    ev = _curfew(coder, text)
    assert ev.actor is not None and ev.actor.sector == "COP", ev.actor
    assert ev.actor.span is None and ev.actor.how == "implied"
    assert ev.actor.antecedent is not None and ev.actor.antecedent.text in text
    if name is not None:
        assert ev.actor.name == name


@pytest.mark.parametrize("text", [
    "curfew was imposed in the town on tuesday, the district collector said.",  # a district magistrate's order
    "curfew was imposed in the town on tuesday after the clashes.",  # no speaker at all
    "A curfew was imposed in the capital on Sunday, the interior minister said.",
])
def test_a_curfew_reported_by_anyone_else_takes_no_police(coder, text):
    assert _curfew(coder, text).actor is None


@pytest.mark.parametrize("text, sector", [
    ("the district magistrate imposed curfew in the town on tuesday, police said.", "GOV"),
    ("curfew was imposed by the district magistrate on tuesday, police said.", "GOV"),
])
def test_a_curfew_with_a_doer_of_its_own_keeps_that_doer(coder, text, sector):
    assert _curfew(coder, text).actor.sector == sector


def test_a_curfew_only_planned_stays_no_event(coder):
    events = coder.code("curfew will be imposed in the town if the clashes continue, police said.", published=PUBLISHED)
    assert not [e for e in events if e.mode == "curfew"]


# -- forces taking up positions: a deployment (PLOVER MOBILIZE, CAMEO 151/152) -------------------------------------
@pytest.mark.parametrize("text, sector", [
    ("security forces took positions near the temple and along the main road on monday.", "COP"),
    ("policemen took up positions on the rooftops near the mosque on friday.", "COP"),
    ("Troops took up positions around the parliament building on Tuesday.", "MIL"),
])
def test_a_force_taking_up_positions_is_a_deployment(coder, text, sector):
    events = coder.code(text, published=PUBLISHED)
    found = [e for e in events if e.event_type == "MOBILIZE" and e.trigger.text == "took"]
    assert found, [(e.event_type, e.mode, e.trigger.text) for e in events]
    assert found[0].actor is not None and found[0].actor.sector == sector


@pytest.mark.parametrize("text", [
    "The army took a tough position on the peace talks on Monday.",  # a stance
    "The two parties took positions on the new budget last week.",
    "investors took positions in the company's shares on monday.",
    "the minister took positions on both sides of the debate.",
])
def test_a_stance_or_a_stake_taken_is_no_deployment(coder, text):
    assert not [e for e in coder.code(text, published=PUBLISHED) if e.event_type == "MOBILIZE"]


# -- a speaker named with the police office in apposition ("says X, senior police inspector, Y police station") ----
@pytest.mark.parametrize("text, sector", [
    ('"we arrested twelve rioters from the area on monday," says r k patel, senior police inspector, naroda police station.',
     "COP"),
    ('"We detained 30 people near the market on Sunday," said Anil Mehta, deputy superintendent of police, Zone 2.', "COP"),
    # another office in apposition: a shopkeeper's or a party leader's "we" is no force
    ('"we arrested twelve rioters from the area on monday," says r k patel, a local shopkeeper, naroda.', None),
    ('"we arrested twelve rioters from the area on monday," says r k patel, bjp leader, naroda ward.', None),
])
def test_we_of_a_speaker_is_the_police_when_a_police_office_stands_in_apposition(coder, text, sector):
    events = coder.code(text, published=PUBLISHED)
    found = [e for e in events if e.event_type == "COERCE" and e.mode == "arrest"]
    assert found, [(e.event_type, e.mode, e.trigger.text) for e in events]
    assert (found[0].actor.sector if found[0].actor is not None else None) == sector


# -- review (rev18x): a curfew someone else ordered, a curfew abroad, posts and stances taken ------------------------
@pytest.mark.parametrize("text", [
    "curfew was clamped in the walled city on the orders of the sub-divisional magistrate, police said.",
    "on the instructions of the collector, curfew was imposed in four wards on friday, police sources said.",
    "curfew was imposed in the old town as per the district magistrate's orders, a police officer said.",
    "curfew was declared in the area following orders from the state home department, police said.",
])
def test_a_curfew_the_sentence_says_another_ordered_takes_no_police(coder, text):
    assert _curfew(coder, text).actor is None  # the order-giver's measure, not the reporting force's


@pytest.mark.parametrize("text", [
    "curfew was imposed in the town to maintain law and order, police said.",  # "order" with no giver
    "curfew was clamped in the riot-hit area for restoring order, a police officer said.",
])
def test_order_with_no_giver_keeps_the_police_speakers_curfew(coder, text):
    assert _curfew(coder, text).actor.sector == "COP"


@pytest.mark.parametrize("text", [
    "A curfew was imposed in Baghdad on Friday after the bombings, a police officer said.",
    "A curfew was imposed in Minneapolis from 8 p.m. on Saturday, a police spokesman said.",
    "A night curfew was imposed in Nairobi's eastern suburbs on Monday, a police commander said.",
])
def test_a_curfew_another_countrys_police_report_takes_no_police(coder, text):
    assert _curfew(coder, text).actor is None  # outside the law the rule rests on: a government's or a mayor's order


def test_an_indian_police_speakers_curfew_keeps_the_police(coder):
    ev = _curfew(coder, "Curfew was imposed in Ahmedabad's old city on Monday, a police officer said.")
    assert ev.actor is not None and ev.actor.sector == "COP" and ev.actor.country == "IND"


@pytest.mark.parametrize("text", [
    "Several retired army officers took up positions in the new government.",  # posts held
    "Former soldiers took positions as security guards at private firms.",
    "the officers took key positions in the company after the merger.",
    "Senior officers took positions on the board of the bank.",
    "Police officers took positions on the proposed law at the hearing.",  # stances
    "Soldiers took positions on both sides of the debate in parliament.",
    "Market forces took positions against the rupee on Monday.",
])
def test_a_post_or_a_stance_taken_is_no_deployment(coder, text):
    assert not [e for e in coder.code(text, published=PUBLISHED) if e.event_type == "MOBILIZE"]


@pytest.mark.parametrize("text", [
    "the police took positions on both sides of the road near the mosque.",  # a place, not a debate's sides
    "Policemen took positions in the market area ahead of the procession.",
    "Army units took up defensive positions around the capital.",
    "Soldiers took up positions against the advancing militants near the bridge.",  # a foe, not a currency
])
def test_a_force_taking_positions_at_a_place_is_still_a_deployment(coder, text):
    assert [e for e in coder.code(text, published=PUBLISHED) if e.event_type == "MOBILIZE" and e.trigger.text == "took"]


@pytest.mark.parametrize("text", [
    '"we arrested them on monday," said the father of a police constable.',  # a relation, not an office
    '"we arrested the two thieves near the bus stand," said the lawyer of the police officers.',
    '"we detained the men for an hour," said a friend of the sub-inspector.',
])
def test_the_we_of_a_police_officers_relation_is_no_force(coder, text):
    events = coder.code(text, published=PUBLISHED)
    found = [e for e in events if e.event_type == "COERCE" and e.mode == "arrest"]
    assert found and found[0].actor is None, [(e.trigger.text, e.actor) for e in found]


def test_a_curfew_reported_by_a_police_officers_brother_takes_no_police(coder):
    ev = _curfew(coder, "curfew was imposed in the town on monday, said the brother of the superintendent of police.")
    assert ev.actor is None


@pytest.mark.parametrize("text", [
    '"we arrested them on monday," said the chief of police.',  # an office: its "of" phrase is the force
    '"we have detained 12 people since sunday," said a senior officer of the city police.',
])
def test_the_we_of_a_police_office_is_still_the_force(coder, text):
    events = coder.code(text, published=PUBLISHED)
    found = [e for e in events if e.event_type == "COERCE" and e.mode == "arrest"]
    assert found and found[0].actor is not None and found[0].actor.sector == "COP"
