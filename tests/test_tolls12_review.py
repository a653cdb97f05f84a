"""Review of the tolls12 rules, by kind, with sentences of the reviewer's own.

- a lone figure of security forces is the whole toll only when nothing says others died too:
  not an apposition to a wider group ("several people, among them two soldiers"), not beside
  "among others", not in a list with a group of no known number ("and an unknown number of
  civilians", "and several civilians");
- a conjunct with a quantity determiner ("several civilians") is a part of its own, so the
  numbered noun beside it keeps its side;
- killed and wounded by two conjoined verbs are one act only when the two verbs do not each
  have a day or a place of their own.
"""

from __future__ import annotations

import pytest

PUB = "2025-03-01"

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _counts(coder, text):
    return [[(c.kind, c.best, c.subgroup) for c in e.counts] for e in coder.code(text, published=PUB)]


@pytest.mark.parametrize("text", [
    "The attack on a base in Tillaberi on Sunday killed several people, among them two soldiers.",
    "Bandits raided a market in Sokoto on Friday and killed many people, among them three policemen.",
    "Militants attacked a convoy in Gao on Monday, killing two soldiers and an unknown number of civilians.",
    "Gunmen killed two policemen among others in an attack in Zamfara on Monday.",
    "Militants stormed a village in Tillaberi on Sunday, killing 12 soldiers and several civilians.",
])
def test_a_part_beside_other_dead_of_no_known_number_is_no_whole(coder, text):
    killed = [c for counts in _counts(coder, text) for c in counts if c[0] == "killed"]
    assert len(killed) == 1 and killed[0][2] == "security_forces"


@pytest.mark.parametrize("text, figure", [
    # must still fire: the soldiers are all the dead the sentence states
    ("Gunmen ambushed a convoy near Garissa on Monday, killing two soldiers.", 2),
    ("Militants attacked a police post on Friday, killing 12 soldiers and police.", 12),
])
def test_a_lone_part_with_no_other_dead_is_still_the_whole(coder, text, figure):
    (counts,) = _counts(coder, text)
    assert counts == [("killed", figure, None), ("killed", figure, "security_forces")]


@pytest.mark.parametrize("text, killed, injured", [
    ("Troops killed two militants in Borno on Friday and wounded three civilians in Yobe on Saturday.", 2, 3),
    ("Gunmen killed a farmer in Benue on Monday and wounded two herders in Plateau on Friday.", 1, 2),
])
def test_killed_and_wounded_each_with_its_own_day_and_place_are_two_events(coder, text, killed, injured):
    events = _counts(coder, text)
    assert events == [[("killed", killed, None)], [("injured", injured, None)]]


@pytest.mark.parametrize("text", [
    "Gunmen killed two people and wounded five in Kabul on Friday.",
    "An IED struck a patrol in Kidal on Monday, killing an officer and wounding three soldiers.",
])
def test_killed_and_wounded_with_one_setting_stay_one_event(coder, text):
    (counts,) = _counts(coder, text)
    assert {c[0] for c in counts} == {"killed", "injured"}


@pytest.mark.parametrize("text, figure", [
    ("The unrest has killed at least 60 people since 2023, and on Monday police shot dead two protesters in Nairobi.", 2),
    ("The insurgency has killed more than 300 soldiers since 2019, and on Friday militants killed four villagers in Diffa.",
     4),
])
def test_an_incident_joined_to_a_running_total_keeps_its_own_figure(coder, text, figure):
    events = _counts(coder, text)
    assert [c[1] for e in events for c in e if c[0] == "killed"] == [figure]
