"""Crowd control is ACLED's "Protest with intervention" only where there is a crowd (issue 12).

The PLOVER mode ``crowd-control`` names the means (water cannon, tear gas),
which are turned on ships and buildings too: "Chinese coast guard ships fired
water cannon at a Philippine supply vessel" is no intervention in a protest
(ACLED Codebook 2023: force by the authorities against demonstrators). The
crosswalk needs a crowd: protesters or a demonstration in the sentence or the
paragraph before; else what the force was aimed at, when named, decides; else a
crowd as the recipient or crowd words in the sentence
(``events.acled._crowd_there``). Otherwise the sub-event is left empty, never
guessed. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

PUB = "2025-04-09"
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _crowd_control(coder, text):
    return [e for e in coder.code(text, published=PUB) if e.event_type == "ASSAULT" and e.mode == "crowd-control"]


@pytest.mark.parametrize("text", [
    "Witnesses told AFP that Chinese coast guard ships fired water cannon at a Philippine supply vessel near Second "
    "Thomas Shoal on Monday.",
    "Coast guards fired water cannon at the fishing boat near the reef.",
    "Police fired tear gas at the parliament building in Nairobi on Tuesday.",
    # what it was aimed at decides: the people hurt aboard are no crowd
    "Coast guards fired water cannon at the vessel, injuring two people.",
    # a collective noun is what its members are: boats, not people
    "Coast guards fired water cannon at a crowd of fishing boats near the shoal.",
    "Navy ships fired water cannon at a group of vessels near the reef.",
])
def test_crowd_control_with_no_crowd_has_no_protest_sub_event(coder, text):
    [ev] = _crowd_control(coder, text)
    assert ev.sub_event_type is None  # the record stays, with no ACLED sub-event guessed


@pytest.mark.parametrize("text", [
    "Police fired tear gas at the crowd in Nairobi on Tuesday.",
    "Police fired water cannon at protesters outside parliament in Tbilisi.",
    "Police used water cannon to disperse supporters of the opposition leader in Kampala.",
    "Thousands marched in Nairobi on Tuesday. Police fired tear gas at the parliament building.",
    "Riot police fired tear gas at students during a demonstration at the university.",
    # no aim named: the crowd named elsewhere in the sentence
    "Witnesses said police fired tear gas and tried to disperse the crowd.",
    "Police fired tear gas into the university campus where students had gathered.",
    # a collective of people is a crowd however its head is worded
    "Police fired tear gas at a group of protesters outside the ministry.",
    "Police fired tear gas at a crowd of youths in the market.",
])
def test_crowd_control_of_a_crowd_is_protest_with_intervention(coder, text):
    [ev] = _crowd_control(coder, text)
    assert ev.sub_event_type == "Protest with intervention"
