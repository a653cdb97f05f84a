"""Followers of two parties who fight each other unarmed are Mob violence, however the sides are told.

ACLED Codebook 2023, Riots: violent clashes between supporters of political parties are Mob violence
(a Violent demonstration amid a demonstration). The rule read only "X workers clashed with Y workers";
a resolved role ("opposition supporters") and both sides in one subject ("TMC and BJP supporters
clashed") gave no sub-event type. Sentences are our own.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _assault(coder, text):
    return next(e for e in coder.code(text, published="2024-03-10") if e.event_type == "ASSAULT")


@pytest.mark.parametrize("text", [
    "Members of the ruling party clashed with opposition supporters in Gweru on Saturday.",
    "Followers of the PPP and the PTI scuffled outside the polling station in Multan on Sunday.",
    "Shiv Sena and NCP supporters clashed in Nashik on Friday.",
    "TMC and BJP supporters clashed in Bardhaman on Sunday.",
    "Congress workers and BJP supporters clashed in Ujjain on Sunday.",
])
def test_two_parties_followers_who_fight_are_mob_violence(coder, text):
    assert _assault(coder, text).sub_event_type == "Mob violence"


def test_armed_sides_stay_a_battle(coder):
    assert _assault(coder, "Soldiers and militants clashed near Gao on Sunday.").sub_event_type == "Armed clash"
    # a firefight is no crowd's fight: never a riot (no sub-event type, as on main)
    gunfire = _assault(coder, "TMC and BJP supporters exchanged gunfire in Bardhaman on Sunday.")
    assert gunfire.sub_event_type not in ("Mob violence", "Violent demonstration")


@pytest.mark.parametrize("text", [
    "Union workers and security guards clashed at the factory gate in Pune on Monday.",
    "Mine workers and private guards scuffled outside the pit in Rustenburg on Friday.",
])
def test_a_follower_noun_joined_to_another_group_is_no_party_clash(coder, text):
    # the subject joins one follower noun ("workers") with another group: not two parties' followers
    assert _assault(coder, text).sub_event_type != "Mob violence"
