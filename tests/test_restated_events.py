"""An event already told, told again: "X were involved in the violence" and a peacekeeping force's later acts.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")

PUB = "2024-03-10"


TOLD = "Gunmen stormed the district office in Tando on Friday. "


@pytest.mark.parametrize("text", [
    "According to the interior ministry, about 5,000 militants were involved in the violence.",
    "Officials said some 3,000 rioters were involved in these attacks.",
    "Hundreds of youths were involved in the riots.",
    "Police say 300 gang members were involved in the clashes.",
])
def test_who_took_part_in_an_event_told_before_is_no_event(coder, text):
    # the definite noun names the event already told: the sentence restates its scale, no new act
    assert [e for e in coder.code(TOLD + text, published=PUB) if e.trigger.text == "involved"] == []


@pytest.mark.parametrize("text,event_type", [
    ("Twelve youths were involved in the riots, police said.", "PROTEST"),
    ("About 40 herders were involved in the clashes, the governor said.", "ASSAULT"),
])
def test_a_first_sentence_has_nothing_told_before_it(coder, text, event_type):
    # nothing was told before the document's first sentence: its "the riots" may be the riot's only report
    assert [e.event_type for e in coder.code(text, published=PUB) if e.trigger.text == "involved"] == [event_type]


@pytest.mark.parametrize("text,event_type", [
    ("Hundreds of youths were involved in the riots in Osh on Friday.", "PROTEST"),
    ("Dozens of students were involved in violence at the university in Rajshahi on Monday.", "ASSAULT"),
])
def test_involvement_in_an_event_with_its_own_place_or_kind_stays(coder, text, event_type):
    assert [e.event_type for e in coder.code(text, published=PUB) if e.trigger.text == "involved"] == [event_type]


@pytest.mark.parametrize("text", [
    "The government asked the regional bloc for help on Monday. Within days of the arrival of the bloc's "
    "peacekeepers in Bishkek, calm returned, with the peacekeepers taking control of the airport and two power "
    "stations.",
    "The African Union deployed peacekeepers to Somalia in March, with the AU peacekeepers taking control of the port "
    "of Kismayo.",
])
def test_a_peacekeeping_force_s_later_acts_are_the_same_deployment(coder, text):
    evs = [e for e in coder.code(text, published=PUB) if e.event_type == "AID"]
    assert len(evs) == 1, [(e.trigger.text, e.actor and e.actor.name, e.recipient and e.recipient.name) for e in evs]
    assert len(evs[0].restatements) == 1


@pytest.mark.parametrize("text", [
    # a force added later is a second deployment, whatever the verb, and whether or not the verb is the same
    "UN peacekeepers arrived in Kindu in March. Later in March the UN deployed 500 more peacekeepers to Kindu.",
    "The UN deployed peacekeepers to Kindu in March. Later in March the UN deployed 400 additional peacekeepers "
    "to Kindu.",
])
def test_a_force_added_later_is_a_second_deployment(coder, text):
    evs = [e for e in coder.code(text, published=PUB) if e.event_type == "AID"]
    assert [len(e.restatements) for e in evs] == [0, 0], [(e.trigger.text, e.restatements) for e in evs]


def test_more_than_is_a_bound_not_a_force_added(coder):
    text = "The UN deployed peacekeepers to Kindu in March. Later in March the UN deployed more than 2,000 " \
           "peacekeepers to Kindu."
    evs = [e for e in coder.code(text, published=PUB) if e.event_type == "AID"]
    assert [len(e.restatements) for e in evs] == [1]
