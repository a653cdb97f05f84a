"""ACLED's strategic developments, battles and territory by the codebook's rules, on sentences of several shapes.

Each family needs its PLOVER event detected first (``lang/en/triggers.json``) and then the ``acled.v1``
rule. Sentences are our own, written for these tests from the ACLED codebook's definitions.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-01"  # the date of every coder.code call below
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _events(coder, text):
    return coder.code(text, published="2024-05-01")


def _first_sub(coder, text):
    return next((e.sub_event_type for e in _events(coder, text) if e.sub_event_type), None)


@pytest.mark.parametrize("text", [
    "Fighting between the army and the Popular Front flared again near the border on Friday.",
    "The clashes between government troops and rebel fighters continued into the night.",
    "Rebel fighters and soldiers clashed near the village of Koro on Sunday.",
    "Police traded gunfire with armed robbers near the market on Monday.",
    "A soldier was killed in a firefight with insurgents near the border.",
    "The patrol came under fire from gunmen and returned fire.",
])
def test_battles_between_two_armed_sides(coder, text):
    assert _first_sub(coder, text) == "Armed clash"


def test_the_sides_of_a_clash_come_from_the_between_phrase(coder):
    ev = next(e for e in _events(coder, "The clashes between government troops and rebels continued on Sunday.")
              if e.event_type == "ASSAULT")
    assert ev.actor is not None and ev.recipient is not None
    assert {ev.actor.name, ev.recipient.name} == {"government forces", "rebel"}


@pytest.mark.parametrize("text,sub", [
    ("Soldiers retook the town of Dara from the rebels on Sunday.", "Government regains territory"),
    ("Troops drove the militants out of the village of Sabo after two days of fighting.",
     "Government regains territory"),
    ("The town fell to Islamist militants after a two-day siege.", "Non-state actor overtakes territory"),
    ("Rebels captured the town of Lira after heavy fighting with the army.", "Non-state actor overtakes territory"),
    ("The militia handed over the town of Lato to the army under the peace deal.",
     "Non-violent transfer of territory"),
    ("Rebels took control of the town of Mora without a fight after the army withdrew.",
     "Non-violent transfer of territory"),
])
def test_territory_by_who_takes_it_and_how(coder, text, sub):
    assert _first_sub(coder, text) == sub


@pytest.mark.parametrize("text", [
    "Air defences shot down three drones over the capital on Tuesday.",
    "Police defused a bomb planted near the church.",
    "Soldiers seized a large cache of weapons in a raid on a farm.",
    "The navy intercepted two missiles fired at the port.",
])
def test_disrupted_weapons_use(coder, text):
    subs = [e.sub_event_type for e in _events(coder, text)]
    assert subs and subs[0] == "Disrupted weapons use"
    assert "Air/drone strike" not in subs  # shooting down drones is no air strike


@pytest.mark.parametrize("text", [
    "The rebels set up a new base in the forest.",
    "The jihadists established a training camp near the river.",
    "The militia moved its headquarters to an island in the lake.",
])
def test_headquarters_or_base_established(coder, text):
    ev = [e for e in _events(coder, text) if e.sub_event_type]
    assert ev and ev[0].event_type == "MOBILIZE" and ev[0].sub_event_type == "Headquarters or base established"


def test_a_camp_for_displaced_people_is_no_base(coder):
    assert _first_sub(coder, "Aid agencies set up a camp for displaced families near the town.") is None


@pytest.mark.parametrize("text,plover", [
    ("A new armed group was formed in the northern province.", "MOBILIZE"),
    ("Two rebel factions announced their merger.", "COOPERATE"),
    ("About 200 fighters defected to the army.", "RETREAT"),
    ("A splinter group broke away from the liberation front.", "SANCTION"),
])
def test_change_to_group_activity(coder, text, plover):
    ev = [e for e in _events(coder, text) if e.sub_event_type]
    assert ev and (ev[0].event_type, ev[0].sub_event_type) == (plover, "Change to group/activity")


def test_the_withdrawal_of_peacekeepers_from_a_base_is_no_territory_transfer(coder):
    assert _first_sub(coder, "Peacekeepers began withdrawing from their base near the lake.") \
        == "Change to group/activity"


@pytest.mark.parametrize("text,sub", [
    ("Warplanes bombed a market in the town, killing nine civilians.", "Air/drone strike"),
    ("Villagers armed with sticks and stones attacked two suspected thieves, injuring both.", "Mob violence"),
    ("Students protesting against fees vandalised the library of the university.", "Violent demonstration"),
    ("Gunmen burned down 30 houses in the village after the residents fled.", "Looting/property destruction"),
])
def test_riots_air_strikes_and_looting(coder, text, sub):
    assert _first_sub(coder, text) == sub


@pytest.mark.parametrize("text", [
    "Soldiers found and destroyed 12 mines buried along the road to the market.",
    "Police seized and defused two bombs near the bus station on Monday.",
])
def test_weapons_taken_by_two_coordinated_verbs_are_one_disrupted_weapons_use(coder, text):
    # the object hangs on the second verb only; the one act keeps it and its ACLED sub-event
    coerce = [e for e in _events(coder, text) if e.event_type == "COERCE"]
    assert len(coerce) == 1
    assert coerce[0].sub_event_type == "Disrupted weapons use"
