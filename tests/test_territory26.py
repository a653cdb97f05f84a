"""Territory taken, read right: whose ground, and whether it was taken at all (issue 12, session 26).

Sentences are our own, written for these tests. Rules: ACLED codebook (2023), Battles: "Government regains
territory" (government forces regain control from competing state forces or a non-state group), "Non-state actor
overtakes territory" (a non-state actor or a foreign state actor acquires control of a location); a storming that
takes no control is the attack on those there (Violence against civilians / Attack, or Battles / Armed clash when
the defenders are armed). A near miss ("nearly", "almost") is no act (Quirk et al. 1985, 8.104).
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream

_P = "2024-03-10"


def _events(coder, text, trigger):
    return [e for e in coder.code(text, published=_P) if e.trigger.text == trigger]


def _abstentions(coder, text):
    coded = next(coder.code_documents([make_document(text, published=_P)]))
    return [a.reason for a in coded.abstentions]


# --- kind 3: whose ground ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, taker, land", [
    ("Russian troops captured Kherson on Wednesday.", "captured", "RUS", "UKR"),
    ("Ethiopian troops captured the Somali town of Baidoa on Friday.", "captured", "ETH", "SOM"),
    ("Turkish troops seized Afrin in northern Syria on Sunday.", "seized", "TUR", "SYR"),
])
def test_a_foreign_states_forces_taking_another_states_town_overtake_territory(coder, text, trigger, taker, land):
    evs = _events(coder, text, trigger)
    assert [(e.event_type, e.mode, e.cameo) for e in evs] == [("COERCE", "seize", "192")]
    assert evs[0].actor.country == taker and evs[0].location.country == land
    assert evs[0].sub_event_type == "Non-state actor overtakes territory"


@pytest.mark.parametrize("text, trigger", [
    ("Mogadishu fell into the hands of government troops on Wednesday.", "fell"),  # a government word
    ("The Sudanese army took control of Khartoum from the Rapid Support Forces on Sunday.", "took"),  # a holder named
    ("Government troops recaptured Kunduz from the Taliban on Wednesday.", "recaptured"),
    ("Syrian troops recaptured Palmyra on Sunday.", "recaptured"),  # unplaced: the state's own ground
])
def test_a_states_own_forces_retaking_ground_regain_territory(coder, text, trigger):
    evs = _events(coder, text, trigger)
    assert [(e.event_type, e.mode) for e in evs] == [("COERCE", "seize")]
    assert evs[0].sub_event_type == "Government regains territory"


@pytest.mark.parametrize("text, trigger, capital", [
    ("Niamey fell into the hands of the military on Wednesday.", "fell", "Niamey"),
    ("The military seized Ouagadougou on Sunday.", "seized", "Ouagadougou"),
])
def test_the_army_taking_its_own_capital_is_no_territory_regained(coder, text, trigger, capital):
    """A seizure of power, which neither territory sub-event covers: the event stays, with no sub-event."""
    evs = _events(coder, text, trigger)
    assert [(e.event_type, e.mode) for e in evs] == [("COERCE", "seize")]
    assert evs[0].location is not None and evs[0].location.name == capital
    assert evs[0].sub_event_type is None


# --- kind 4: near misses ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, trigger, adverb", [
    ("Rebels nearly captured Kunduz on Wednesday.", "captured", "nearly"),
    ("Kismayo nearly fell into the hands of the militants on Wednesday.", "fell", "nearly"),
    ("The rebels almost seized the airport in Juba on Sunday.", "seized", "almost"),
    ("Fighters nearly overran the army base near Gao on Sunday.", "overran", "nearly"),
    ("Police nearly arrested the activist in Nairobi on Sunday.", "arrested", "nearly"),
])
def test_a_near_miss_is_no_act_and_abstains(coder, text, trigger, adverb):
    assert _events(coder, text, trigger) == []
    assert any(r.startswith(f"near miss '{adverb}'") for r in _abstentions(coder, text))


@pytest.mark.parametrize("text, trigger", [
    ("Nearly 40 protesters were arrested in Nairobi on Sunday.", "arrested"),  # a number, not the verb
    ("Almost 200 people marched in Dakar on Sunday.", "marched"),
    ("Troops almost immediately opened fire on the crowd in Conakry on Sunday.", "opened"),  # another adverb's
])
def test_an_approximator_on_a_number_or_another_adverb_leaves_the_act(coder, text, trigger):
    assert len(_events(coder, text, trigger)) == 1


# --- kind 5: a storming is an attack unless control is taken ----------------------------------------------------

@pytest.mark.parametrize("text, sub", [
    ("Militants stormed a village in Borno on Wednesday.", "Attack"),
    ("Al-Shabaab fighters stormed the town of Beledweyne on Sunday, residents said.", "Attack"),
    ("Rebels stormed army positions near Bunia on Sunday.", "Armed clash"),
])
def test_a_storming_with_no_control_taken_is_an_attack(coder, text, sub):
    evs = _events(coder, text, "stormed")
    assert len(evs) == 1 and evs[0].sub_event_type == sub


def test_a_storming_that_takes_control_is_territory(coder):
    evs = _events(coder, "Gunmen stormed the village of Kukawa and took control on Sunday.", "stormed")
    assert len(evs) == 1 and evs[0].sub_event_type == "Non-state actor overtakes territory"


# --- review rev26c: a storming fought back is a clash; a foreign force taking ground back is not told ------------

@pytest.mark.parametrize("text", [
    "Militants stormed a village near Bunia but were repelled on Monday.",  # a CAMEO 190 event beside it
    "Gunmen stormed the village of Dogo on Sunday, but local hunters fought them off, residents said.",
    "Jihadists stormed the town of Djibo and were pushed back after heavy fighting on Friday.",  # a clash word
])
def test_a_storming_its_defenders_fought_back_is_an_armed_clash(coder, text):
    """ACLED codebook 2023: Attack is civilians targeted; groups fighting with no change of control, Armed clash."""
    evs = _events(coder, text, "stormed")
    assert len(evs) == 1 and evs[0].sub_event_type == "Armed clash"


@pytest.mark.parametrize("text, trigger, taker", [
    ("French troops retook Timbuktu from Islamist rebels on Monday.", "retook", "FRA"),
    ("Chadian soldiers retook the town of Gao from jihadists in Mali on Friday.", "retook", "TCD"),
    ("Kenyan troops captured Kismayo from al-Shabaab on Friday.", "captured", "KEN"),
])
def test_a_foreign_force_taking_ground_back_or_from_rebels_gets_no_territory_sub_event(coder, text, trigger, taker):
    """The host government's affiliates regain territory, a foreign state actor overtakes it: the text tells neither."""
    evs = _events(coder, text, trigger)
    assert [(e.event_type, e.mode, e.cameo) for e in evs] == [("COERCE", "seize", "192")]
    assert evs[0].actor.country == taker and evs[0].location.country != taker
    assert evs[0].sub_event_type is None
