"""The new event-found rules of issue 12 in their figurative, business and sport senses (review of evloc7).

Sentences are our own. Each rule's violent sense stays ("A blast ripped through a market"), and the
same verb in another kind of news is no event:

* a violent noun with "occur"/"take place" whose own phrase names no violence ("a clash of schedules
  occurred", "a raid on the pension fund took place", "the fighting over the budget"), and penalty
  shootouts;
* "rip/tear through" by an "explosion of sales" or a "blast of cold air";
* active "target" by an armed subject or a named group aimed at an audience, a budget or a prize, or
  with propaganda ("Militants targeted the youth with propaganda videos"), a team's "defense", and
  a "charm offensive" or "marketing attack" (the subject's modifier says it is no armed act);
* "liberate" a place from debt or red tape, or for another use;
* patrols of a regatta course or a touchline.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")  # the sentences written here in one stream


def _events(coder, text):
    return coder.code(text, published="2024-05-01")


@pytest.mark.parametrize("text", [
    "A clash of schedules occurred, so the summit was postponed.",
    "The fighting over the budget occurred behind closed doors.",
    "A blast of cold air occurred overnight across the plains.",
    "A raid on the company's pension fund took place last year, investors say.",
    "The attack on the pound took place in September 1992.",
    "A raid on the fridge took place at midnight.",
    "A shelling of the opposition's argument took place in the debate.",
    "The penalty shootout took place after extra time.",
    "A blast of wind ripped through the tents at the festival.",
    "An explosion of sales tore through the sector.",
    "Rebels targeted a new recruitment drive at students in Goma.",
    "The army targeted a new recruitment drive at school leavers.",
    "Forces targeted the defence budget for cuts.",
    "Militants targeted the youth with propaganda videos on social media.",
    "The military targeted a budget increase of 5 percent.",
    "Microsoft targeted Google's base of enterprise customers.",
    "The Patriots targeted the Bills' defense with deep passes.",
    "The charm offensive targeted Gulf investors.",
    "The marketing attack targeted rival brands.",
    "The ad blitz bombardment targeted viewers in Texas.",
    "Troops liberated the land from bureaucracy.",
    "The army liberated the building for use as a school.",
    "Sailors patrolled the regatta course in Cowes.",
    "Commandos, the rugby team, patrolled the touchline.",
])
def test_the_new_rules_in_other_senses_are_no_event(coder, text):
    assert [(e.event_type, e.trigger.text) for e in _events(coder, text)] == []


@pytest.mark.parametrize("text,trigger,event_type", [
    ("A blast ripped through a market in Peshawar, killing 12.", "ripped", "ASSAULT"),
    ("Rebels targeted army positions in Goma.", "targeted", "ASSAULT"),
    ("The Taliban targeted a convoy in Helmand.", "targeted", "ASSAULT"),
    ("Snipers targeted civilians crossing the bridge.", "targeted", "ASSAULT"),
    ("A clash occurred outside the parliament in Tbilisi on Monday.", "occurred", "ASSAULT"),
    ("The massacre of villagers took place near Bunia on Sunday.", "massacre", "ASSAULT"),
])
def test_their_violent_senses_stay(coder, text, trigger, event_type):
    assert (trigger, event_type) in [(e.trigger.text, e.event_type) for e in _events(coder, text)]


def test_a_massacre_that_took_place_long_ago_is_historical(coder):
    [ev] = [e for e in _events(coder, "The massacre took place in 1915, historians say.") if e.event_type == "ASSAULT"]
    assert ev.date.value == "1915"
    assert ev.attribution.certainty == "historical"


@pytest.mark.parametrize("text,actor,place", [
    ("The Kabul attack occurred on Monday.", None, "Kabul"),
    ("The 4 August Beirut blast took place at the port.", None, "Beirut"),
    ("In 2019 the army deposed the president, and the 3 June Khartoum massacre took place under the council.",
     None, "Khartoum"),
    ("The militants' attack occurred on Monday near Kabul.", "militants", "Kabul"),
    ("The attack by Boko Haram fighters took place in Maiduguri.", "Boko Haram", "Maiduguri"),
])
def test_the_place_naming_an_act_that_took_place_is_its_place_not_its_doer(coder, text, actor, place):
    """A capital modifying the act noun ("the Kabul attack") is where it happened, not its government's act."""
    [ev] = [e for e in _events(coder, text) if e.trigger.text in ("occurred", "took")]
    assert (ev.actor.span.text if ev.actor else None, ev.location.name if ev.location else None) == (actor, place)
