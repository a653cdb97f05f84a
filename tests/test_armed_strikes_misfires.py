"""Where the shared armed-strike rules (issue 12) must not fire, and the military posts they must still reach.

Sentences are our own, written for this review, several per kind:

* an attack "launched" on the army by a politician, a party or in a speech is one of words, and a
  "ground operation" of an election campaign is canvassing (``triggers.json`` lists
  ``verbal_attackers``, ``speech_settings``, ``electoral_sides``; PLOVER manual: ASSAULT needs
  physical force, figurative uses are no event);
* what the economy, trade or prices suffer ("the bombings hit tourism", "sales were hit by the
  shelling") is an effect, not a second attack, and "hit by market forces", "the forces of
  globalisation" or "a plane on the runway" names no armed doer (``figurative_hits``,
  ``figurative_marches``);
* a charge set off by demolition crews, engineers or miners, a controlled explosion and a state's
  nuclear test are no attack (ACLED codebook 2023: Disrupted weapons use and non-violent
  activity; ``civil_blasters``, ``planned_blasts``);
* "hit the post" in a match is sport (``match_periods``; a bare "post" is no military target, a
  police, border or army post is: ``armed_posts``);
* a military operation launched to rescue, evacuate or bring relief, or against a hazard or a social
  ill, is no attack, whoever runs it (rule field ``not_purposes``, lists ``efforts_not_fights``,
  ``relief_purposes``);
* a tanker or a vessel is a target as a ship is ("the Houthis targeted a tanker").
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _assaults(coder, text):
    return [e for e in coder.code(text, published="2024-05-01") if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    # words, not force
    "The opposition launched an attack on the army over its handling of the floods.",
    "The minister launched an attack on the rebels in parliament.",
    "Two senators launched an attack on the troops' commanders and on the soldiers' conduct.",
    "The cleric launched an attack on the militants in a sermon on Friday.",
    "Hamas targeted the Palestinian Authority in a speech.",
    "Hamas launched an attack on Fatah's leadership in a statement.",
    # an election campaign's ground operation
    "The Clinton campaign launched a ground operation in Ohio.",
    "The Democrats launched a ground operation in the suburbs before the vote.",
    # a military operation of rescue, evacuation or relief, or against a hazard or a social ill
    "The Pentagon launched a military operation to evacuate citizens from Khartoum.",
    "The air force launched an air campaign to drop food to stranded villagers.",
    "The navy launched a military operation to rescue the stranded fishermen.",
    "Troops launched an operation against locusts in the north.",
    "The government launched a military campaign against illiteracy.",
    # what the economy suffers
    "The bombings hit tourism in the city.",
    "Tourism was hit by the bombings.",
    "Sales were hit by the shelling of the port.",
    "Shell hit record profits last year.",
    # no armed doer
    "The industry was hit by the forces of globalisation.",
    "The economy was hit by market forces.",
    "A worker was struck by a plane on the runway.",
    # blasting, controlled explosions and tests
    "Engineers detonated charges to demolish the old stadium.",
    "Demolition crews detonated 500 kilograms of explosives to bring down the bridge.",
    "The army detonated a controlled explosion near the suspicious package.",
    "North Korea detonated a hydrogen bomb in September.",
    # sport
    "The Tigers hit the post in stoppage time.",
    "The Bombers hit the post twice in the second half.",
    "The Bombers struck first in the derby.",
])
def test_words_effects_blasting_and_sport_are_no_armed_strike(coder, text):
    assert _assaults(coder, text) == []


@pytest.mark.parametrize("text, trigger", [
    ("Unknown gunmen hit a police post in Zamfara.", "hit"),
    ("Militants hit two border posts overnight.", "hit"),
    ("The Houthis targeted a tanker in the Red Sea.", "targeted"),
    ("Houthi rebels hit a commercial vessel off Yemen.", "hit"),
    ("The army launched an operation against militants in North Waziristan.", "launched"),
    ("The army launched a military operation to retake the town from the rebels.", "launched"),
    ("Opposition fighters launched an attack on army positions near Idlib.", "launched"),
    ("The Taliban launched an attack on a checkpoint in Kunduz.", "launched"),
    ("Militants detonated a car bomb outside the ministry.", "detonated"),
    # a remote-control bomb is no controlled explosion; a city quarter is no quarter of a match
    ("The rebels detonated a remote-control bomb as the convoy passed.", "detonated"),
    ("The air force struck several enemy positions in the Karm Quarter.", "struck"),
    ("The convoy was hit by a roadside bomb near Kandahar.", "hit"),
    ("A drone struck a convoy near Marib.", "struck"),
])
def test_armed_strikes_on_posts_ships_and_armed_men_still_attack(coder, text, trigger):
    assert [e.trigger.text for e in _assaults(coder, text)] == [trigger]
