"""Ground taken in shapes the capture rules did not reach (issue 12), and the senses of take, seize and capture
that stay uncoded.

Sentences are our own, written for these tests, several per kind. The kinds follow the ACLED codebook (2023):
Battles / "Government regains territory" and "Non-state actor overtakes territory" (an armed group or state force
takes a town, base or territory); and PLOVER (2021): SEIZE of ground is our lexicon's COERCE seize (CAMEO 192
occupy territory).

* ground "seized by" an armed force in the passive; never an initiative, a shipment seized by customs, land
  seized by the state;
* "the fall of <a town> to <an armed force>": the town taken; never "the fall of prices to record lows", nor a
  fall with no taker named;
* "the capture of <ground> by <an armed force>"; never the capture of people, of a title or of carbon.

Three rules of the first capture23 draft were withdrawn in review (rev23c): "took" + ground with an armed subject
(it read idioms, "took Israel by surprise", "took Pakistan into confidence", as ground taken, and on the
event-location dev set its one new event merged into another and moved that event's place), civilians "seized" by
a non-state group as an abduction (a ship the NER types a person, "Maersk Alabama was seized by pirates", became a
civilian abducted), and weapons "captured" (a place where the event-location gold gives none). Their negative
cases stay: a later rule for these kinds must keep them uncoded.

Sport, imagination, market share, seats and camera senses stay without an event.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _events(coder, text, trigger):
    return [e for e in coder.code(text, published="2024-05-01") if e.trigger.text == trigger]


def _kinds(coder, text, trigger):
    return [(e.event_type, e.mode) for e in _events(coder, text, trigger)]


@pytest.mark.parametrize("text", [
    "Soldiers took the injured villagers to hospital in Goma on Monday.",
    "The army took a decision on the base closure on Tuesday.",
    "Troops took the road to the airport on Monday.",
    "Soldiers took part in a parade in the capital on Sunday.",
    "The striker took control of the game in Manchester on Saturday.",
])
def test_other_things_taken_are_no_ground_seized(coder, text):
    assert ("COERCE", "seize") not in _kinds(coder, text, "took")


@pytest.mark.parametrize("text, trigger, kind", [
    ("The militants took Israel by surprise with the raid on Saturday.", "took", ("COERCE", "seize")),
    ("The army took Pakistan into confidence before the strike on Monday.", "took", ("COERCE", "seize")),
    ("Insurgents took Kenya by surprise with the attack in Lamu.", "took", ("COERCE", "seize")),
    ("Maersk Alabama was seized by Somali pirates off the coast on Wednesday.", "seized", ("ASSAULT", "abduct")),
    ("Ocean Star was seized by pirates in the Gulf of Guinea on Friday.", "seized", ("ASSAULT", "abduct")),
])
def test_a_country_taken_by_surprise_or_a_ship_seized_is_no_ground_taken_or_abduction(coder, text, trigger, kind):
    """Review rev23c: an idiom of "take" with a country as its object, or a ship the NER types a person, seized."""
    assert kind not in _kinds(coder, text, trigger)


@pytest.mark.parametrize("text, place", [
    ("Two villages near Lashio were seized by insurgents on Saturday.", "Lashio"),
    ("Three army outposts were seized by jihadists near Djibo on Thursday.", "Djibo"),
    ("The town was seized by rebels in Ituri on Monday.", "Ituri"),
    ("The district headquarters in Hiraan was seized by militants on Friday.", "Hiiraan"),
])
def test_ground_seized_by_an_armed_force_in_the_passive(coder, text, place):
    [ev] = _events(coder, text, "seized")
    assert (ev.event_type, ev.mode) == ("COERCE", "seize")
    assert ev.actor is not None
    assert ev.location is not None and ev.location.name == place


@pytest.mark.parametrize("text", [
    "The initiative was seized by the army after the talks failed.",
    "The shipment was seized by customs officers in Mombasa on Monday.",
    "The land was seized by the state in 2019.",
])
def test_other_things_seized_in_the_passive_are_no_ground(coder, text):
    assert ("COERCE", "seize") not in [(e.event_type, e.mode) for e in _events(coder, text, "seized")
                                       if e.cameo == "192"]


@pytest.mark.parametrize("text", [
    "Police seized the opportunity to speak to residents in Kano.",
    "Rebels seized on the mistakes of the government on Monday.",
])
def test_an_opportunity_seized_is_no_abduction(coder, text):
    assert ("ASSAULT", "abduct") not in _kinds(coder, text, "seized")


@pytest.mark.parametrize("text, actor", [
    ("The fall of Mosul to Islamic State fighters shocked the region.", "Islamic State"),
    ("The fall of the town to the rebels forced thousands to flee.", "rebels"),
])
def test_the_fall_of_a_town_to_an_armed_force_is_ground_taken(coder, text, actor):
    [ev] = _events(coder, text, "fall")
    assert (ev.event_type, ev.mode) == ("COERCE", "seize")
    assert ev.actor is not None and ev.actor.span is not None and actor in ev.actor.span.text


@pytest.mark.parametrize("text", [
    "The fall of prices to record lows hurt farmers.",
    "The fall of the old regime was a turning point.",
    "The fall of the district to the ruling party's alliance surprised analysts.",
    "The fall of the city council to the reform movement ended decades of one-party rule.",
    "The fall of the province to the opposition coalition in the vote was expected.",
])
def test_a_fall_with_no_armed_taker_is_no_event(coder, text):
    assert _kinds(coder, text, "fall") == []


@pytest.mark.parametrize("text", [
    "The capture of Bakhmut by Wagner fighters was announced on Saturday.",
    "The capture of the town by the army was confirmed on Friday.",
])
def test_the_capture_of_ground_by_an_armed_force_is_ground_taken(coder, text):
    [ev] = _events(coder, text, "capture")
    assert (ev.event_type, ev.mode, ev.cameo) == ("COERCE", "seize", "192")
    assert ev.actor is not None


@pytest.mark.parametrize("text", [
    "The capture of two soldiers by the rebels sparked outrage.",
    "The capture of the title by the army team delighted fans.",
    "The capture of carbon by forests is slowing.",
    "The capture of the party by militants from the left worried moderates.",
    "The capture of the debate by rebels within the party angered its leader.",
])
def test_the_capture_of_people_titles_or_carbon_is_no_ground_taken(coder, text):
    assert ("COERCE", "seize") not in _kinds(coder, text, "capture")


@pytest.mark.parametrize("text", [
    "The camera captured the rockets hitting the town.",
    "The photograph captured soldiers firing rockets in Gaza.",
    "Spain captured the title with a win over Italy on Sunday.",
    "The film captured the imagination of audiences in Nairobi.",
    "The company captured 40 percent of the market in India last year.",
    "Security cameras captured the robbery in Johannesburg on Friday.",
])
def test_camera_sport_and_market_captures_are_no_event(coder, text):
    assert _kinds(coder, text, "captured") == []
