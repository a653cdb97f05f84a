"""Workers, teachers, health workers, clergy and aid workers harmed are civilians to ACLED.

"Gunmen killed 12 miners" had no ACLED sub-event type: the victims' sector (LAB) fixed no ``inter`` code,
so the typer could not tell an attack on civilians. ACLED (codebook 2023, Civilians) counts unarmed
victims of violence as civilians whatever their work; as doers the same sectors fix nothing (workers
demolishing homes beside police are no mob). The sentences are our own.
"""

from __future__ import annotations

import pytest

from dotterel.ontology import Ontology

PUBLISHED = "2024-05-06"


@pytest.mark.parametrize("text", [
    "Gunmen killed 12 miners at a gold mine in Zamfara on Saturday.",
    "Militants shot dead three teachers in Mandera on Monday.",
    "Gunmen killed two aid workers of a charity near Gao on Friday.",
    "Unknown attackers killed a priest and two nuns in Kasai on Sunday.",
])
def test_unarmed_victims_make_an_attack(coder, text):
    events = [e for e in coder.code(text, published=PUBLISHED) if e.event_type == "ASSAULT"]
    assert [e.sub_event_type for e in events] == ["Attack"]


def test_the_sector_fixes_civilians_only_for_the_harmed_side():
    onto = Ontology.load()
    assert onto.acled_inter_for("LAB") is None
    assert onto.acled_inter_for("LAB", victim=True) == 7
    assert onto.acled_inter_for("HLH", victim=True) == 7
    assert onto.acled_inter_for("MIL", victim=True) == 1
    assert onto.acled_inter_for("BUS", victim=True) is None
