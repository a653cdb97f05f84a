"""Armed groups named by an adjective form or with their fighters, and groups whose name holds another's.

A new user's paragraphs left the actor empty for "Houthi forces", "RSF fighters" and "Members of the
Imbonerakure", and gave Lebanon's Hezbollah for Iraq's Kataib Hezbollah. data/actors.json now holds
those forms and groups. "RSF" alone is left out: it is also Reporters Without Borders (Reporters sans
frontieres). The sentences are our own.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _first(coder, text, event_type="ASSAULT"):
    return next(e for e in coder.code(text, published="2024-06-10") if e.event_type == event_type)


@pytest.mark.parametrize("text, name, country", [
    ("Houthi forces fired a ballistic missile at a tanker in the Red Sea on Sunday.", "Houthis", "YEM"),
    ("RSF fighters attacked the town of Tawila on Sunday.", "Rapid Support Forces", "SDN"),
    ("Wagner mercenaries killed 30 civilians near Moura on Sunday.", "Wagner Group", "RUS"),
    ("Members of the Imbonerakure beat an opposition activist in Bubanza on Saturday.", "Imbonerakure", "BDI"),
    ("Gran Grif gang members attacked the town of Pont-Sonde on Thursday.", "Gran Grif", "HTI"),
])
def test_the_group_is_the_actor(coder, text, name, country):
    ev = _first(coder, text)
    assert ev.actor is not None and (ev.actor.name, ev.actor.country) == (name, country)


def test_a_group_whose_name_holds_another_groups_name(coder):
    ev = _first(coder, "A drone strike near al-Qaim killed two members of Kataib Hezbollah on Tuesday.")
    assert ev.recipient is not None and (ev.recipient.name, ev.recipient.country) == ("Kataib Hezbollah", "IRQ")


def test_rsf_alone_is_not_the_paramilitary(coder):
    ev = _first(coder, "RSF said the journalist was detained in Khartoum on Sunday.", "COERCE")
    assert ev.attribution.claimant == "RSF"
    assert ev.actor is None or ev.actor.name != "Rapid Support Forces"
