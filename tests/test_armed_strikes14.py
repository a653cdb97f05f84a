"""Armed violence stated by strike, hit, target, launch and detonate with one set of armed doers (issue 12).

Sentences are our own, written for these tests, several shapes per kind:

* one shared set of armed doers (``triggers.json`` lists ``armed_forces``: troops, militias, units...
  and ``@ARMED``, a group the knowledge base names as armed, "Hezbollah"; ``armed_craft``: jets,
  choppers, warships; ``strike_means``: missiles, bombings, bombers) and one set of military targets
  (``military_targets``: positions, bases, towns, buildings, fighters) read by the strike, hit and
  target rules alike, not a short list per rule;
* "launched an attack against/on" armed men or a military post, whoever launched it, unless the
  attack is one of words ("a scathing attack on the army");
* detonate: a device an armed side sets off is an attack (PLOVER ASSAULT, ACLED Explosions/Remote
  violence), also when the small parser reads "a vest packed with explosives" as "packed" or makes
  the bomb the subject of the participle after it ("detonated a roadside bomb killing three"); a
  device that bomb-disposal experts or troops destroy (a captured, suspicious or unexploded one, or
  "in a controlled explosion") is ACLED's Disrupted weapons use, never ASSAULT.

Sport, business, weather, accidents and figures of speech stay without an attack.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _assaults(coder, text, trigger):
    return [e for e in coder.code(text, published="2024-05-01") if e.event_type == "ASSAULT" and e.trigger.text == trigger]


@pytest.mark.parametrize("text, trigger, actor", [
    ("Hezbollah has struck the rebel positions near Zabadani.", "struck", "Hezbollah"),
    ("The Houthis struck a Saudi border post overnight.", "struck", "Houthis"),
    ("Al-Shabaab fighters and the Taliban struck the convoy at dawn.", "struck", None),
    ("The Syrian air force struck the militants in eastern Hama.", "struck", None),
    ("Government troops hit the rebel stronghold with heavy fire on Sunday.", "hit", None),
    ("Hezbollah hit the army checkpoint outside the town.", "hit", "Hezbollah"),
])
def test_an_armed_doer_that_strikes_or_hits_a_military_target_attacks_it(coder, text, trigger, actor):
    [ev] = _assaults(coder, text, trigger)
    if actor is not None:
        assert ev.actor is not None and ev.actor.name == actor


@pytest.mark.parametrize("text, trigger", [
    ("A suicide bombing struck the market town of Baghlan on Friday.", "struck"),
    ("Russian choppers struck the rebel camp before dawn.", "struck"),
    ("US-led coalition jets targeted a convoy of fighters near the border.", "targeted"),
    ("The Nigerian air force targeted the villages held by the insurgents.", "targeted"),
    ("Hezbollah targeted an army base in the south.", "targeted"),
])
def test_aircraft_bombings_and_named_armed_groups_that_strike_or_target_attack(coder, text, trigger):
    assert len(_assaults(coder, text, trigger)) == 1


@pytest.mark.parametrize("text", [
    "Government helicopters launched several attacks against the rebels near the dam.",
    "A coalition of jihadi groups launched a large attack against army troops in the south.",
    "Villagers said the men launched an attack on the police checkpoint at night.",
    "Hezbollah launched an attack on the town on Tuesday.",
])
def test_an_attack_launched_on_armed_men_or_a_military_post_is_an_assault(coder, text):
    assert len(_assaults(coder, text, "launched")) == 1


@pytest.mark.parametrize("text, trigger", [
    ("A suicide bomber detonated a vest packed with explosives at the gate of the ministry.", "detonated"),
    ("The militants detonated a truck laden with explosives outside the base.", "detonated"),
    ("Insurgents detonated a roadside bomb killing four policemen near Kandahar.", "detonated"),
])
def test_a_device_set_off_by_an_armed_side_is_an_explosives_attack(coder, text, trigger):
    [ev] = _assaults(coder, text, trigger)
    assert ev.mode == "explosives"


_DESTROYED_DEVICES = (
    "The army detonated the seized explosives in a quarry outside the town.",
    "Bomb disposal experts detonated the device in a nearby field.",
    "Police detonated a suspicious package outside the embassy on Monday.",
    "Soldiers detonated the unexploded shells found in the school yard.",
    "Sappers detonated the mines in a controlled explosion.",
)


@pytest.mark.parametrize("text", _DESTROYED_DEVICES)
def test_a_device_destroyed_by_its_finders_is_no_attack(coder, text):
    # ACLED codebook 2023, Strategic developments / Disrupted weapons use: not Explosions/Remote violence
    assert {e.event_type for e in coder.code(text, published="2024-05-01")} & {"ASSAULT"} == set()


@pytest.mark.parametrize("text, trigger", [
    ("The striker struck the post twice in the first half.", "struck"),
    ("The two companies struck a deal worth two billion dollars.", "struck"),
    ("The storm struck the coastal towns on Sunday night.", "struck"),
    ("Lightning struck the church tower and set the roof on fire.", "struck"),
    ("The full force of the hurricane struck the villages along the coast.", "struck"),
    ("The army struck a conciliatory tone after the talks.", "struck"),
    ("The crisis hit the economy and the poorest towns hardest.", "hit"),
    ("The sales force hit its targets for the year.", "hit"),
    ("The new brand targeted young buyers in the cities.", "targeted"),
    ("The retailer targeted advertising at families in the suburbs.", "targeted"),
    ("The firm launched a campaign against its rivals in the cities.", "launched"),
    ("The opposition leader launched a scathing attack on the army over its spending.", "launched"),
    ("The bowler captured three wickets and struck twice in the final over.", "struck"),
    ("Amazon hit the towns of the Midwest with a wave of layoffs.", "hit"),
    ("Oxfam targeted the villages worst hit by the drought.", "targeted"),
    ("Air Canada targeted the border towns with cheaper fares.", "targeted"),
    ("The bombing campaign struck a chord with voters at home.", "struck"),
])
def test_sport_business_weather_and_figures_are_no_attack(coder, text, trigger):
    assert _assaults(coder, text, trigger) == []


@pytest.mark.parametrize("text", [
    "The midfielder captured the title with a late goal.",
    "The spinner captured three wickets before lunch.",
    "The raid was captured on camera by a neighbour.",
])
def test_captures_of_titles_wickets_and_pictures_are_no_event(coder, text):
    assert [e for e in coder.code(text, published="2024-05-01") if e.trigger.text == "captured"] == []


@pytest.mark.parametrize("text", [
    "Two others were captured by the militia near the border last week.",
    "Three others were captured in the raid on the compound.",
])
def test_counted_others_captured_are_people_taken(coder, text):
    kinds = [(e.event_type, e.mode) for e in coder.code(text, published="2024-05-01") if e.trigger.text == "captured"]
    assert kinds == [("COERCE", "arrest")]


@pytest.mark.parametrize("text, trigger", [
    ("A family's car was struck by a roadside bomb near the bridge, killing four passengers.", "struck"),
    ("The rebel fighters were struck by army helicopters before they reached the ridge.", "struck"),
    ("The patrol boat was hit by an anti-ship missile off the coast.", "hit"),
    ("The checkpoint was hit by mortars fired by the insurgents.", "hit"),
])
def test_struck_or_hit_by_an_armed_doer_or_a_weapon_is_an_attack(coder, text, trigger):
    assert len(_assaults(coder, text, trigger)) == 1


@pytest.mark.parametrize("text, trigger", [
    ("The village was hit by the full force of the storm on Sunday.", "hit"),
    ("The coastal town was struck by lightning twice last summer.", "struck"),
    ("He was hit by a car driven by an off-duty soldier.", "hit"),
    ("The goalkeeper was struck by a shot from the striker.", "struck"),
    ("The region was hit by a wave of strikes by teachers and doctors.", "hit"),
])
def test_struck_or_hit_by_weather_traffic_sport_or_labour_strikes_is_no_attack(coder, text, trigger):
    assert _assaults(coder, text, trigger) == []


@pytest.mark.parametrize("text, aim", [
    ("The rebels began an offensive on the city, striking the army's positions near the airport.", "striking"),
    ("Government jets carried out a series of airstrikes over the valley, hitting the militants' depots.", "hitting"),
])
def test_a_subjectless_striking_or_hitting_after_an_assault_restates_it(coder, text, aim):
    events = [e for e in coder.code(text, published="2024-05-01") if e.event_type == "ASSAULT"]
    assert len(events) == 1 and aim in [r.text for r in events[0].restatements]


@pytest.mark.parametrize("text, attacks", [
    # a string, wave or series of attacks is read through its of-phrase (profile partitive_nouns)
    ("Maoist guerillas launched a string of attacks across the hills.", 1),
    ("The insurgents launched a wave of raids on army outposts in the north.", 1),
    ("Rebel fighters launched a series of attacks on the garrison.", 1),
    ("The band launched a series of concerts across the country.", 0),
    ("The company launched a wave of price cuts on its rivals' products.", 0),
    # a military operation, or any operation against armed men; not a rescue, business or policy one
    ("The army launched an operation against the rebels in the northern hills.", 1),
    ("Government forces launched a large operation against the militants near the lake.", 1),
    ("Turkey launched a military operation across the border on Sunday.", 1),
    ("The coalition launched an air campaign against the insurgents' strongholds.", 1),
    ("The coast guard launched a rescue operation after the boat sank.", 0),
    ("The company launched a marketing campaign against its rivals.", 0),
    ("The government launched a campaign against corruption in the ports.", 0),
    ("The charity launched a relief operation for the flood victims.", 0),
])
def test_what_was_launched_decides_whether_it_is_an_attack(coder, text, attacks):
    assert len(_assaults(coder, text, "launched")) == attacks


def test_a_vehicle_hit_by_petrol_bombs_is_a_riot_weapon_not_an_armed_strike(coder):
    # a petrol bomb is a rioter's weapon (ACLED codebook 2023: Riots), not a munition of an armed side
    assert _assaults(coder, "The police van was hit by petrol bombs near the campus gate.", "hit") == []


@pytest.mark.parametrize("text", [
    "On Friday, a car bomb detonated outside the courthouse, killing six people.",
    "In northern Kirkuk, a roadside bomb detonated on Tuesday, wounding three soldiers.",
    "Saboteurs detonated 40 kilograms of explosives under the railway bridge.",
    "The insurgents detonated two blasts near the army barracks at dawn.",
])
def test_a_device_that_goes_off_after_a_fronted_date_or_place_or_an_amount_of_explosives(coder, text):
    [ev] = _assaults(coder, text, "detonated")
    assert ev.mode == "explosives"


@pytest.mark.parametrize("text", [
    "On Monday, a device detonated in the test chamber of the laboratory as planned.",
    "In Nevada, the engineers detonated 40 kilograms of explosives at the quarry.",
])
def test_a_test_or_quarry_blast_is_no_attack(coder, text):
    assert _assaults(coder, text, "detonated") == []
