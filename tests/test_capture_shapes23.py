"""Ground, people and arms taken in shapes the capture rules did not reach (issue 12).

Sentences are our own, written for these tests, several per kind. The kinds follow the ACLED codebook (2023):
Battles / "Government regains territory" and "Non-state actor overtakes territory" (an armed group or state force
takes a town, base or territory), Violence against civilians / "Abduction/forced disappearance" (civilians taken
by an armed group), Strategic developments / "Disrupted weapons use" (weapons seized by state forces); and PLOVER
(2021): SEIZE of ground or goods is our lexicon's COERCE seize (CAMEO 192 occupy territory, 1711 confiscate
property), an abduction is ASSAULT abduct.

* "took" with an armed subject and a town, base or outpost as its object ("Government soldiers took the town");
  never people taken to a hospital, a decision, a road, nor "took out" (destroyed);
* ground "seized by" an armed force in the passive; never an initiative, a shipment seized by customs, land
  seized by the state;
* civilians "seized" by a non-state armed group (an abduction), active and passive; never "seized the
  opportunity", "seized on the mistakes";
* "the fall of <a town> to <an armed force>": the town taken; never "the fall of prices to record lows", nor a
  fall with no taker named;
* "the capture of <ground> by <an armed force>"; never the capture of people, of a title or of carbon;
* weapons, ammunition, tanks or launchers "captured" (as "seized"); never a camera that captured rockets.

Sport, imagination, market share, seats and camera senses stay without an event.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _events(coder, text, trigger):
    return [e for e in coder.code(text, published="2024-05-01") if e.trigger.text == trigger]


def _kinds(coder, text, trigger):
    return [(e.event_type, e.mode) for e in _events(coder, text, trigger)]


@pytest.mark.parametrize("text, actor, sub_event", [
    ("Government soldiers took the town of Sake from the rebels on Wednesday.", "soldiers",
     "Government regains territory"),
    ("Houthi fighters took the district of Harib in Marib on Sunday.", "Houthi fighters",
     "Non-state actor overtakes territory"),
    ("Insurgents took two army outposts near Mopti overnight.", "Insurgents", "Non-state actor overtakes territory"),
])
def test_ground_taken_by_an_armed_force_is_seized(coder, text, actor, sub_event):
    [ev] = _events(coder, text, "took")
    assert (ev.event_type, ev.mode) == ("COERCE", "seize")
    assert ev.actor is not None and ev.actor.span is not None and actor in ev.actor.span.text
    assert ev.sub_event_type == sub_event


@pytest.mark.parametrize("text", [
    "Soldiers took the injured villagers to hospital in Goma on Monday.",
    "The army took a decision on the base closure on Tuesday.",
    "Troops took the road to the airport on Monday.",
    "Soldiers took part in a parade in the capital on Sunday.",
    "The striker took control of the game in Manchester on Saturday.",
])
def test_other_things_taken_are_no_ground_seized(coder, text):
    assert ("COERCE", "seize") not in _kinds(coder, text, "took")


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


@pytest.mark.parametrize("text, recipient", [
    ("Gunmen seized 20 passengers from a bus in Katsina state on Sunday.", "passengers"),
    ("Militants seized three aid workers in Mali on Friday.", "aid workers"),
    ("Three journalists were seized by militants near Raqqa on Friday.", "journalists"),
])
def test_civilians_seized_by_an_armed_group_are_abducted(coder, text, recipient):
    [ev] = _events(coder, text, "seized")
    assert (ev.event_type, ev.mode) == ("ASSAULT", "abduct")
    assert ev.sub_event_type == "Abduction/forced disappearance"
    assert ev.recipient is not None and ev.recipient.span is not None and recipient in ev.recipient.span.text


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
])
def test_the_capture_of_people_titles_or_carbon_is_no_ground_taken(coder, text):
    assert ("COERCE", "seize") not in _kinds(coder, text, "capture")


@pytest.mark.parametrize("text, sub_event", [
    ("Troops captured a large cache of weapons in Helmand on Tuesday.", "Disrupted weapons use"),
    ("Soldiers captured two tanks and a rocket launcher near Kharkiv on Friday.", "Disrupted weapons use"),
    ("Police captured a cache of arms in Kandahar on Friday.", "Disrupted weapons use"),
])
def test_weapons_captured_are_seized(coder, text, sub_event):
    [ev] = _events(coder, text, "captured")
    assert (ev.event_type, ev.mode, ev.cameo) == ("COERCE", "seize", "1711")
    assert ev.sub_event_type == sub_event


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
