"""Raids by an investigating agency named in full are searches (COERCE seize), not attacks (issue 12).

CAMEO 171 (seize or damage property) / PLOVER COERCE ``seize``: an agency's search of homes or offices;
the agency's head noun (directorate, bureau, agency, commission) is in the trigger lexicon's
``searching_agencies``. Sentences are our own.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-06-12"  # the date of every coder.code call below
pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


@pytest.mark.parametrize("text", [
    "Raids were carried out by the Enforcement Directorate at the homes of three opposition leaders in Ranchi on Tuesday.",
    "The National Investigation Agency carried out raids at 20 locations in Kerala on Thursday.",
    "Raids were conducted by the Economic and Financial Crimes Commission at the offices of a former governor in Abuja on Friday.",
    "The Central Bureau of Investigation conducted raids at the residence of a former minister in Chennai on Wednesday.",
])
def test_an_agency_raid_is_a_search(coder, text):
    evs = coder.code(text, published="2024-06-12")
    assert [(e.event_type, e.mode) for e in evs] == [("COERCE", "seize")]


def test_raids_by_militants_stay_attacks(coder):
    evs = coder.code("Raids were carried out by militants on three villages in Borno on Sunday.", published="2024-06-12")
    assert [e.event_type for e in evs] == ["ASSAULT"]
