"""A verb of occurrence codes the act its subject names, with that act's mode (issues 12 and 16).

"A massacre took place", "a shootout occurred", "a gunfight erupted": "take place", "occur",
"happen", "erupt" and "break out" only say that their subject's act happened. The event is coded at
the verb (tests/test_fighting_nouns_as_subjects.py), but it kept the verb rule's empty mode, so
"the massacre took place" was an ASSAULT with no mode and no CAMEO 202 while "the massacre of 40
villagers" was a massacre, and a shootout that "took place" had no ACLED sub-event while one that
"left two dead" was an armed clash. Rules with ``mode_of_subject`` now take the mode and CAMEO code
of the subject noun's own NOUN rule (triggers.json: "massacre" massacre 202, "shootout", "gunfight",
"firefight" firearms; PLOVER manual 2021, ASSAULT modes); a noun with no mode of its own ("fighting",
"clashes", "attack") keeps the rule's, so nothing is invented.

A massacre, by that verb or by another, is ACLED's Attack (Violence against civilians) as the mode's
crosswalk says (data/plover.json), unless a mob did it (Mob violence) or its victims were armed men;
before, its sub-event waited for civilians named as recipients. Sentences are our own.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _events(coder, text):
    return [(e.event_type, e.mode, e.cameo, e.trigger.text) for e in coder.code(text, published="2024-05-01")]


@pytest.mark.parametrize("text,mode,cameo,trigger", [
    ("A massacre took place in the village of Kibeho on Monday.", "massacre", "202", "took"),
    ("A massacre occurred in a hamlet near Djibo last week.", "massacre", "202", "occurred"),
    ("A shootout took place outside the governor's office in Maiduguri on Sunday.", "firearms", "190", "took"),
    ("A firefight occurred near the border post of Torkham on Tuesday.", "firearms", "190", "occurred"),
    ("A massacre happened in a camp for displaced people near Bunia on Sunday.", "massacre", "202", "happened"),
])
def test_the_act_that_took_place_keeps_its_mode(coder, text, mode, cameo, trigger):
    assert ("ASSAULT", mode, cameo, trigger) in _events(coder, text)


@pytest.mark.parametrize("text,trigger", [
    ("Heavy fighting took place in the old town of Aleppo on Monday.", "took"),
    ("An attack took place on a police station in Kandahar on Friday.", "took"),
    ("Clashes occurred between police and farmers in Punjab on Saturday.", "occurred"),
])
def test_a_noun_with_no_mode_of_its_own_invents_none(coder, text, trigger):
    events = _events(coder, text)
    assert [e for e in events if e[3] == trigger and e[0] == "ASSAULT"], events
    assert all(e[1] is None for e in events if e[0] == "ASSAULT"), events


@pytest.mark.parametrize("text,sub_event", [
    # a mass killing of unarmed people is ACLED's Attack whoever did it (crosswalk of the mode,
    # data/plover.json), named victims or not
    ("A massacre took place in a hamlet near Djibo on Monday.", "Attack"),
    ("The massacre of 40 villagers took place in Kibeho on Monday.", "Attack"),
    ("Gunmen massacred 12 worshippers at a church near Owo on Sunday.", "Attack"),
    # a mob's is mob violence, and a "massacre" of soldiers is no attack on civilians
    ("A mob massacred 12 villagers near Jos on Monday.", "Mob violence"),
    ("Rebels massacred 30 soldiers at an army base near Djibo on Monday.", "Armed clash"),
    ("The massacre of 30 soldiers at an army base near Djibo took place on Monday.", None),
])
def test_a_massacre_is_an_acled_attack_unless_its_victims_were_armed(coder, text, sub_event):
    events = [e for e in coder.code(text, published="2024-05-01") if e.event_type == "ASSAULT"]
    assert [(e.mode, e.sub_event_type) for e in events] == [("massacre", sub_event)]


@pytest.mark.parametrize("text", [
    "A penalty shootout took place at the end of the cup final.",
    "A legal battle took place over the estate of the late singer.",
])
def test_no_act_no_mode(coder, text):
    assert [e for e in coder.code(text, published="2024-05-01") if e.event_type == "ASSAULT"] == []


@pytest.mark.parametrize("text", [
    # review (rev15l): a "massacre" of shares or prices is a market's fall; with its mode and ACLED Attack
    # it must not read as a mass killing, as the noun or as the subject of a verb of occurrence
    "A massacre of shares took place on the stock market on Monday.",
    "A massacre of bank stocks occurred in Frankfurt after the rate rise.",
    "Traders watched a massacre of equities on Wall Street on Friday.",
])
def test_a_massacre_of_prices_is_no_act(coder, text):
    assert [e for e in coder.code(text, published="2024-05-01") if e.event_type == "ASSAULT"] == []
