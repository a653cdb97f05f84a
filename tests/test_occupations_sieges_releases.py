"""Land occupations, sieges, releases of captives, prisoner exchanges and truces taking effect are events.

A new user's paragraphs gave nothing for "Indigenous communities occupied three sugar cane estates",
"150 landless families invaded a cattle ranch", "Soldiers besieged the town of Hpakant", "Abu Sayyaf
militants released two Indonesian fishermen", "Ukraine and Russia exchanged 150 prisoners of war",
"A ceasefire ... took effect" and "Shelling resumed". Each is a PLOVER event (CAMEO2PLOVER 2021:
144 obstruct passage -> PROTEST obstruct; 191 impose blockade, restrict movement -> COERCE restrict;
0841 return, release persons -> RETREAT release; 0871 declare truce -> RETREAT ceasefire). Each rule
names the doers or objects that make it one, so a firm occupying offices or a company releasing
results stays silent. The sentences are our own.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-06"


def _types(coder, text):
    return [(e.event_type, e.mode) for e in coder.code(text, published=PUBLISHED)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Indigenous communities occupied three sugar cane estates in Cauca on Tuesday.", ("PROTEST", "obstruct")),
    ("About 150 landless families invaded a cattle ranch near Maraba on Monday.", ("PROTEST", "obstruct")),
    ("Striking workers occupied the factory in Turin on Monday.", ("PROTEST", "obstruct")),
    ("Students have blockaded more than 60 university faculties in Serbia since March.", ("PROTEST", "obstruct")),
    ("Soldiers besieged the town of Hpakant for a week.", ("COERCE", "restrict")),
    ("Gangs besieged the National Palace in Port-au-Prince on Thursday.", ("COERCE", "restrict")),
    ("Troops have surrounded the town of Laukkaing since Tuesday.", ("COERCE", "restrict")),
    ("Militants released two Indonesian fishermen on Jolo island on Friday.", ("RETREAT", "release")),
    ("Ukraine and Russia exchanged 150 prisoners of war on Saturday.", ("RETREAT", "release")),
    ("A ceasefire between the army and the rebels took effect on Sunday.", ("RETREAT", "ceasefire")),
    ("The truce came into force at midnight in Omdurman on Monday.", ("RETREAT", "ceasefire")),
    ("Shelling resumed in Omdurman on Monday.", ("ASSAULT", None)),
])
def test_the_act_is_coded(coder, text, expected):
    assert expected in _types(coder, text)


@pytest.mark.parametrize("text", [
    "The firm occupied a new office building in Nairobi last year.",
    "The team occupied first place in the league on Sunday.",
    "The company released its quarterly results on Monday.",
    "Fans surrounded the players after the match in Lima on Sunday.",
    "The two clubs exchanged players in the transfer window.",
    "Tourists invaded the beaches of Mallorca in August.",
    "The new rules took effect on Monday.",
])
def test_other_senses_stay_silent(coder, text):
    assert _types(coder, text) == []


def test_the_other_party_to_an_exchange_is_the_recipient(coder):
    (event,) = coder.code("Ukraine exchanged 150 prisoners of war with Russia on Saturday.", published=PUBLISHED)
    assert (event.actor.country, event.recipient.country, event.location) == ("UKR", "RUS", None)
