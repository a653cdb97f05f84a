"""An armed group that seizes a vehicle, goods or livestock takes property (CAMEO 1711, COERCE seize).

"Rebels seized a truck carrying fuel" gave no event: the "seize" rules named weapons, buildings and
ground, not the trucks, fuel, aid or cattle an armed group takes on a road. ACLED codebook 2023,
Looting/property destruction: an armed group seizing goods or property; PLOVER manual, COERCE seize.
Only an armed captor (the lexicon's ``armed_captors``) in the active voice: police or customs seizing
a truck of drugs is a law-enforcement seizure the rule leaves alone. The sentences are our own.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-06"


def _seizures(coder, text):
    return [e.trigger.text for e in coder.code(text, published=PUBLISHED) if (e.event_type, e.mode) == ("COERCE", "seize")]


@pytest.mark.parametrize("text", [
    "Rebels seized a truck carrying diesel near Bunia on Monday.",
    "Militants seized three lorries of food aid on the road to Dikwa.",
    "Fighters seized a fuel tanker near Beledweyne on Sunday.",
    "Gunmen seized dozens of cows in Birnin Gwari on Tuesday.",
])
def test_an_armed_group_seizing_goods_is_coded(coder, text):
    assert _seizures(coder, text) == ["seized"]


@pytest.mark.parametrize("text", [
    "Customs officers seized a truck of smuggled rice at the border.",
    "The company seized the chance to buy more trucks.",
    "Rebels will seize any truck that refuses to pay the fee.",
    "Rebels did not seize the fuel trucks, the governor said.",
])
def test_no_seizure_by_officials_in_figures_of_speech_the_future_or_denied(coder, text):
    assert _seizures(coder, text) == []


# -- review rev19e: whose seizure, and its ACLED sub-event ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The army seized goods worth $2 million from smugglers at the border.",  # a state's forces: a confiscation
    "Troops seized cattle from herders in Benue state.",
    "Soldiers seized fuel from traders at a checkpoint in Maiduguri.",
])
def test_state_forces_seizing_goods_are_left_alone(coder, text):
    # only a non-state armed group (the lexicon's nonstate_captors) loots; a state's forces seizing goods is
    # a law-enforcement confiscation or unclear, and the rule abstains
    assert _seizures(coder, text) == []


@pytest.mark.parametrize("text", [
    "Rebels seized a truck carrying diesel near Bunia on Monday.",
    "Gunmen seized dozens of cows in Birnin Gwari on Tuesday.",
    "Militants seized three lorries of food aid on the road to Dikwa.",
])
def test_goods_seized_by_an_armed_group_are_looting(coder, text):
    # ACLED codebook 2023, Strategic developments, Looting/property destruction: an armed group seizing goods
    # or property outside the context of other violence
    subs = [e.sub_event_type for e in coder.code(text, published=PUBLISHED) if (e.event_type, e.mode) == ("COERCE", "seize")]
    assert subs == ["Looting/property destruction"]


@pytest.mark.parametrize("text", [
    "Rebels attacked the convoy and seized three trucks of food aid near Goma.",
    "Bandits seized 200 cattle in Zamfara and killed two herders.",
    "Rebels seized weapons from an army depot in Bunia.",
])
def test_a_seizure_in_an_attack_or_of_weapons_is_no_looting(coder, text):
    subs = [e.sub_event_type for e in coder.code(text, published=PUBLISHED) if (e.event_type, e.mode) == ("COERCE", "seize")]
    assert "Looting/property destruction" not in subs
