"""A fight or riot that names its sides names the toll's sides, which settle its ACLED sub-event type.

"Fighting between rival fans left two people dead": the fans are no armed, organised side, so the toll is
no Armed clash (ACLED Codebook 2023: Armed clash needs armed, organised actors on both sides; rioters
against rioters or people are Mob violence). "Communal riots between Hindus and Muslims killed five": a
riot between two communities is no demonstration turned violent but Mob violence. "Clashes between
protesters and police killed three": the protesters' clash is the demonstration's (Violent demonstration),
not lethal force nobody named. A fight that names no sides, or armed ones, is still the battle's.
Sentences are our own.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _toll(coder, text, trigger):
    # the toll's own record, or the fight its subject names when the sentence coded that fight (one event)
    events = [e for e in coder.code(text, published="2024-06-10") if e.event_type == "ASSAULT"]
    return next((e for e in events if e.trigger.text == trigger), None) or next(
        e for e in events if any(r.text == trigger for r in e.restatements))


@pytest.mark.parametrize("text, trigger, sub", [
    ("Fighting between rival fans left two people dead after the match in Cairo on Saturday.", "left",
     "Mob violence"),
    ("Fighting between rival supporters killed a man outside the stadium in Lima on Sunday.",
     "killed", "Mob violence"),
    ("Communal riots between Hindus and Muslims in Nagpur killed five people on Monday.", "killed", "Mob violence"),
    ("Sectarian riots between Sunni and Shia residents killed four people in Karachi on Friday.", "killed",
     "Mob violence"),
    ("Clashes between protesters and police killed three people in Dhaka on Sunday.", "killed",
     "Violent demonstration"),
])
def test_unarmed_sides_are_no_battle(coder, text, trigger, sub):
    assert _toll(coder, text, trigger).sub_event_type == sub


@pytest.mark.parametrize("text, trigger, sub", [
    ("Fighting between the army and RSF killed 12 civilians in Khartoum on Sunday.", "killed", "Armed clash"),
    ("Fighting in Khartoum killed 12 civilians on Sunday.", "killed", "Armed clash"),
    ("The riots in Dhaka on Sunday killed three people and injured dozens.", "killed", "Violent demonstration"),
])
def test_armed_or_unnamed_sides_keep_their_reading(coder, text, trigger, sub):
    assert _toll(coder, text, trigger).sub_event_type == sub
