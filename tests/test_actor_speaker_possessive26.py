"""A body speaks of its own: "Al-Shabaab said its commander was killed" (issue 16, session 26).

Sentences written for this file. The possessive in a clause a body reports refers to that body, the speaker
(Quirk et al. 1985, 6.16-6.17): the group's commander, fighters, leader, spokesman or members are the group's.
Before, "its" looked only for a body remembered from an earlier event of the paragraph; a body that only speaks
is remembered by none, so "its commander" took the bare role (an army officer, MIL: a state's officer) and "its
fighters" no actor.
"""

from __future__ import annotations

import pytest

from factories import coded_event


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text, trigger, side, name, sector", [
    ("Al-Shabaab said its commander was killed in an air strike near Kismayo on Monday.", "killed", "recipient",
     "al-Shabaab", "REB"),
    ("ISWAP said its leader was killed by Nigerian troops near Maiduguri.", "killed", "recipient",
     "Islamic State West Africa Province", "REB"),
    ("Hamas said its spokesman was arrested by Israeli forces in Hebron on Monday.", "arrested", "recipient", "Hamas",
     "REB"),
    ("Hezbollah said its members were wounded in an Israeli strike near Tyre on Tuesday.", "wounded", "recipient",
     "Hezbollah", "REB"),
    ("The Taliban said its fighters killed four soldiers in Helmand on Sunday.", "killed", "actor", "Taliban", "REB"),
    ("The Taliban claimed that its fighters seized a checkpoint in Kunduz on Monday.", "seized", "actor", "Taliban",
     "REB"),
    ("JNIM said in a statement that its militants had ambushed an army convoy near Gao.", "ambushed", "actor",
     "Jama'at Nusrat al-Islam wal-Muslimin", "REB"),
])
def test_its_is_the_speakers(coder, text, trigger, side, name, sector):
    a = getattr(coded_event(coder, text, trigger), side)
    assert a is not None and (a.name, a.sector) == (name, sector), a


@pytest.mark.parametrize("text, trigger, side", [
    ("Al-Shabaab said its hostages were freed by Somali troops near Baidoa on Monday.", "freed", "recipient"),
    ("Boko Haram said its captives had been executed near Bama.", "executed", "recipient"),
])
def test_its_captives_are_not_the_speaker(coder, text, trigger, side):
    a = getattr(coded_event(coder, text, trigger), side)
    assert a is None or a.sector not in ("REB", "UAF"), a


def test_a_state_speaker_keeps_the_role(coder):
    a = coded_event(coder, "The army said its soldiers killed five militants near Bama on Sunday.", "killed").actor
    assert a is not None and (a.country, a.sector) == ("NGA", "MIL"), a


@pytest.mark.parametrize("text, trigger, side, speaker", [
    # rev26t: a body named in the reported clause before "its" is the nearer antecedent, or the reading is open
    ("ISWAP said Boko Haram killed its commander near Monguno on Sunday.", "killed", "recipient",
     "Islamic State West Africa Province"),
    ("Al-Shabaab said AMISOM and its troops attacked a village near Baidoa on Monday.", "attacked", "actor",
     "al-Shabaab"),
])
def test_a_body_named_in_the_clause_keeps_its_own(coder, text, trigger, side, speaker):
    a = getattr(coded_event(coder, text, trigger), side)
    assert a is None or a.name != speaker, a


def test_troops_named_before_do_not_own_its(coder):
    text = "Hamas said Israeli troops killed its commander in Jenin on Monday."  # "its" cannot be the troops'
    a = coded_event(coder, text, "killed").recipient
    assert a is not None and a.name == "Hamas", a
