"""Labour strikes that "hit" ports, and a golfer's score after "shot a", are no assaults.

"Dock strikes hit the ports" was an ASSAULT: the "hit" rule takes "strikes" as a means of attack, and
the actors stage already reads such strikes as a work stoppage (profile ``war_strike_nouns``). A word
before the strikes that names labour (``labour_strike_modifiers``), or a bare "strikes" that hit what a
work stoppage hits (``labour_strike_objects``), makes them a strike, a PROTEST in PLOVER, never force.
"Woods shot a first-round 65" was a firearms ASSAULT: a figure in digits after "a" as the object is a
score. The sentences are our own.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-06"


def _assaults(coder, text):
    return [e.trigger.text for e in coder.code(text, published=PUBLISHED) if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Dock strikes hit the ports of Le Havre and Marseille on Tuesday.",
    "A wave of strikes hit the country's refineries and railways last week.",
    "Rolling strikes have hit Belgian ports since Monday.",
    "Strikes hit the ports of Chittagong and Mongla on Sunday.",
    "General strikes hit production at the copper mines in Zambia.",
])
def test_labour_strikes_that_hit_are_no_assault(coder, text):
    assert _assaults(coder, text) == []


@pytest.mark.parametrize("text", [
    "Air strikes hit the port of Latakia on Monday.",
    "Strikes hit the port, killing nine dock workers.",
    "Strikes hit rebel positions near Idlib on Friday.",
])
def test_air_strikes_that_hit_are_kept(coder, text):
    assert _assaults(coder, text) == ["hit"]


@pytest.mark.parametrize("text", [
    "Scheffler shot a first-round 66 at the Masters.",
    "Ko shot a 5-under 67 on Friday to lead by two.",
    "She shot a career-best 63 in the final round at Carnoustie.",
])
def test_a_score_after_shot_a_is_no_assault(coder, text):
    assert _assaults(coder, text) == []


@pytest.mark.parametrize("text", [
    "Gunmen shot 12 villagers in Zamfara on Sunday.",
    "Police shot two in the crowd outside the parliament.",
    "A sniper shot a 15-year-old boy in Hebron.",
])
def test_shooting_people_with_a_figure_is_kept(coder, text):
    assert _assaults(coder, text) == ["shot"]


# -- review rev19e: a weapon word before the strikes, or a holder of what they hit, makes them war ----------------
@pytest.mark.parametrize("text", [
    "Rolling air strikes hit the city of Idlib on Monday.",  # aerial_words beside a labour word
    "Strikes hit the Houthi-held port of Hodeidah on Saturday.",  # holding_participles in the object
    "Strikes hit the rebel-controlled refinery near Homs.",
    "Strikes hit the Russian-occupied port of Berdiansk.",
])
def test_strikes_with_a_weapon_or_a_held_target_stay_attacks(coder, text):
    assert _assaults(coder, text) == ["hit"]


@pytest.mark.parametrize("text", [
    "Rolling strikes hit the ports of Antwerp and Rotterdam.",
    "Rail strikes hit services across the country on Monday.",
])
def test_labour_strikes_with_no_weapon_or_holder_stay_no_attack(coder, text):
    assert _assaults(coder, text) == []
