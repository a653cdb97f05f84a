"""The ACLED actor type of the doer of a riot that is no PLOVER PROTEST (issue 16, actors17).

ACLED codes the doers of its Riots sub-event types (Violent demonstration, Mob violence) as rioters,
Inter Code 5, whatever the act ("a mob beat a trader": ASSAULT); an armed side keeps its own code,
and one person the text names only as a member of the public is no mob (ACLED Codebook 2023:
Rioters; Civilians; Mob violence).
"""

from __future__ import annotations

import pytest

from factories import coded_event

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")



@pytest.mark.parametrize(("text", "trigger"), [
    ("Rioters ransacked shops in the old town of Mombasa on Monday.", "ransacked"),
    ("A mob beat a trader to death in a market in Kano on Tuesday.", "beat"),
    ("Angry youths torched a police station in Jos on Wednesday after a protest over the killing of a student.",
     "torched"),
])
def test_the_doer_of_a_riot_is_a_rioter(coder, text, trigger):
    ev = coded_event(coder, text, trigger)
    assert ev.event_type == "ASSAULT" and ev.sub_event_type in ("Mob violence", "Violent demonstration")
    assert ev.actor is not None and ev.actor.sector == "CVL" and ev.actor.inter == 5


def test_one_member_of_the_public_is_no_rioter(coder):
    ev = coded_event(coder, "A woman set fire to the municipal office in Patna on Wednesday.", "set")
    assert ev.actor is not None and ev.actor.name.endswith("woman") and ev.actor.inter == 7


@pytest.mark.parametrize(("text", "trigger", "inter"), [
    ("Protesters marched through Lagos on Monday. Police beat the protesters with batons.", "beat", 1),
    ("Gunmen torched houses in a village near Jos on Wednesday after protesters blocked the highway.", "torched", 3),
])
def test_an_armed_side_keeps_its_own_code(coder, text, trigger, inter):
    assert coded_event(coder, text, trigger).actor.inter == inter
