"""Militias on the government's side are a pro-government militia (issue 16, session 26).

Sentences written for this file. "The regime's militias", "pro-government militias", "government-backed
militias", "militias loyal to the president" were unidentified armed men (UAF, "militant"); the phrase puts them on
the government's side: PLOVER sector PRM ("paramilitaries not opposed to the government") and ACLED political
militia (inter 3), never a rebel group, with the country the resolver reads (the owner's, the place's).
"""

from __future__ import annotations

import pytest

from factories import coded_event


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text, trigger, name, country", [
    ("Pro-government militias killed twelve farmers near Idlib on Tuesday.", "killed",
     "SYR pro-government militia", "SYR"),
    ("Militias loyal to the president attacked protesters in Juba on Sunday.", "attacked",
     "SSD pro-government militia", "SSD"),
    ("Government-backed militias shelled the camp near El Fasher on Monday.", "shelled",
     "SDN pro-government militia", "SDN"),
    ("The junta's militias raided a village near Mandalay on Friday.", "raided", "MMR pro-government militia", "MMR"),
    ("Militiamen allied with the government killed five traders near Bria on Monday.", "killed",
     "CAF pro-government militia", "CAF"),
    ("The regime's militias burned three villages in Darfur last month.", "burned", "pro-government militia", None),
])
def test_a_militia_of_the_government_side(coder, text, trigger, name, country):
    ev = coded_event(coder, text, trigger)
    a = ev.actor
    assert a is not None and (a.name, a.country, a.sector) == (name, country, "PRM"), a
    assert a.inter == 3, a  # ACLED Political militias


@pytest.mark.parametrize("text, trigger", [
    ("Militias attacked a pro-government rally in Tripoli on Sunday.", "attacked"),  # the rally's side, not theirs
    ("Anti-government militias ambushed a convoy near Bangui on Monday.", "ambushed"),
    ("Iran-backed militias fired rockets at the base near Baghdad on Sunday.", "fired"),
    # rev26t: another state's government, a past or rival one, or a negated loyalty is no side of this government
    ("Rwandan government-backed militias attacked a village near Goma on Tuesday.", "attacked"),
    ("The Rwandan government's militias attacked a village near Goma on Tuesday.", "attacked"),
    ("Militias loyal to the government of Rwanda attacked a camp near Goma on Monday.", "attacked"),
    ("Militias loyal to the ousted president attacked police in Niamey on Monday.", "attacked"),
    ("Militias loyal to the late president ambushed soldiers near Sirte on Sunday.", "ambushed"),
    ("Militias loyal to the president of the rebel council raided a camp near Tripoli on Monday.", "raided"),
    ("Militias not loyal to the government attacked a camp near Bentiu on Monday.", "attacked"),
])
def test_other_militias_stay_unidentified(coder, text, trigger):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and a.sector == "UAF", a
