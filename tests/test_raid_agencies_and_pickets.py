"""Light-verb raids by searching agencies, and pickets that are the police's (review of india23).

Sentences are our own.

* A raid carried out or conducted by a searching agency (central investigators, customs, tax officials) is a
  search and seizure, PLOVER COERCE seize (CAMEO 171), as the verb "raided" with the same subjects already is;
  never an ASSAULT: no violence is told. A raid by armed groups stays an attack.
* "Pickets" are the police's only when the noun phrase says so ("police pickets"): a police word elsewhere in the
  object ("pickets outside the police station"), a bare "armed", or a by-agent that is not the police names
  strikers' or rebels' pickets, no police MOBILIZE.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _events(coder, text):
    return coder.code(text, published="2024-05-08")


@pytest.mark.parametrize("text", [
    "Raids were carried out by tax officials on the trader's godowns in Salem on Monday.",
    "Raids were carried out by the CBI at the contractor's homes on Tuesday.",
    "Customs agents conducted a raid on a warehouse at the port.",
    "NIA sleuths carried out raids at six places in Malappuram.",
])
def test_a_raid_by_a_searching_agency_is_a_seizure_not_an_attack(coder, text):
    found = _events(coder, text)
    assert [e.event_type for e in found if e.event_type == "ASSAULT"] == []
    seized = [e for e in found if e.event_type == "COERCE"]
    assert len(seized) == 1 and seized[0].mode == "seize"
    assert seized[0].attribution.certainty == "asserted"


def test_a_raid_by_bandits_stays_an_attack(coder):
    found = _events(coder, "Bandits carried out raids on two hamlets in Sokoto on Saturday.")
    assert [e.event_type for e in found] == ["ASSAULT"]


@pytest.mark.parametrize("text", [
    "Union members posted pickets outside the police station.",
    "Pickets were posted near the police lines by the striking drivers.",
    "Armed pickets were posted by the insurgents on the highway.",
])
def test_pickets_not_named_as_police_are_no_police_mobilization(coder, text):
    assert [e for e in _events(coder, text) if e.event_type == "MOBILIZE"] == []


def test_armed_police_pickets_are_police(coder):
    found = [e for e in _events(coder, "Armed police pickets were posted at the crossing in Sangli.")
             if e.event_type == "MOBILIZE"]
    assert len(found) == 1 and found[0].mode == "police"
    assert found[0].actor is not None and found[0].actor.sector == "COP"
