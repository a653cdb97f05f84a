"""Soldiers who keep a crowd from an act restrict it; the act kept from happening is no event.

CAMEO 172 / PLOVER COERCE restrict: state forces that stop people from moving or acting impose a
restriction. The rule read only police words as the subject ("Police stopped protesters from entering"),
so "Soldiers prevented the crowd from storming the palace" coded nothing; its subjects are now the
``state_forces`` list (troops, soldiers, army ...). The storming stays an abstention ("kept from
happening"). Sentences are our own.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text, sector", [
    ("Soldiers prevented the crowd from storming the palace in Niamey on Monday.", "MIL"),
    ("Troops stopped hundreds of protesters from marching on the presidential palace in Omdurman on Sunday.", "MIL"),
    ("The army prevented students from entering the campus in Mandalay on Friday.", "MIL"),
    ("Police stopped protesters from entering the parliament in Kandy on Tuesday.", "COP"),
])
def test_forces_that_keep_people_from_acting_restrict_them(coder, text, sector):
    events = coder.code(text, published="2024-03-10")
    assert [(e.event_type, e.mode, e.cameo) for e in events] == [("COERCE", "restrict", "172")]
    assert events[0].actor.sector == sector and events[0].recipient is not None


@pytest.mark.parametrize("text", [
    "The rain prevented the crowd from gathering in Cusco on Monday.",
    "Soldiers did not prevent the crowd from entering the square in Bamako on Monday.",
])
def test_no_force_or_a_denied_prevention_restricts_nothing(coder, text):
    assert not [e for e in coder.code(text, published="2024-03-10") if e.event_type == "COERCE"]
