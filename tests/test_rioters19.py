"""Rioters named as thugs or as gangs amid demonstrations, and armed villagers (issue 16: ACLED actor type).

ACLED Codebook 2023, "Actors": Rioters (5) are people in violent demonstrations or spontaneous disorder, not
armed, organised groups; their attacks, arson and storming are Riots events (Violent demonstration in a
demonstration's context, Mob violence outside it; Looting/property destruction only outside rioting).
Identity militias (4) are armed groups organised around a community or livelihood; Civilians (7) are unarmed.
``events.acled.rioters``, ``events.acled_sides.armed_community``. Sentences written for this test.
"""

import pytest


def _event(coder, text, word):
    [ev] = [e for e in coder.code(text, published="2024-05-01") if e.trigger.text.lower() == word]
    return ev


@pytest.mark.parametrize("text, word", [
    # gangs amid a protest wave told in the paragraph: its rioters (another day stated, or another paragraph
    # with nothing that ties gangs to the demonstrations, is no riot: tests/test_actors19_review.py)
    ("Thousands of workers protested in Karaganda on Monday over fuel prices. Gangs attacked police officers "
     "and set the mayor's office on fire.", "attacked"),
    ("Thousands of workers protested in Karaganda on Monday over fuel prices. Gangs attacked police officers "
     "and set the mayor's office on fire.", "set"),
    ("Students marched through Osh on Friday. Later that night, bandits stormed the regional administration "
     "building.", "stormed"),
])
def test_gangs_amid_demonstrations_are_rioters(coder, text, word):
    ev = _event(coder, text, word)
    assert ev.sub_event_type == "Violent demonstration"
    assert ev.actor is not None and ev.actor.inter == 5


def test_thugs_outside_a_demonstration_are_a_mob(coder):
    ev = _event(coder, "Hooligans smashed shop windows in the city centre of Lyon on Saturday.", "smashed")
    assert ev.sub_event_type == "Mob violence"
    assert ev.actor is not None and ev.actor.inter == 5


@pytest.mark.parametrize("text, word, sub", [
    # no demonstration in the document: bandits stay an armed group attacking civilians
    ("Bandits attacked a village in Zamfara on Sunday, killing ten people.", "attacked", "Attack"),
    # an armed modifier and a firearm: no rioters, whatever the protests before
    ("Hundreds of people protested in Almaty on Monday. On Tuesday armed gangs opened fire on police officers "
     "in the city.", "opened", "Armed clash"),
    # gangs with no demonstration told: their arson is no riot's
    ("Gangs set fire to a market in Port-au-Prince on Monday.", "set", "Looting/property destruction"),
    # looters are not rioters by their name: looting outside rioting
    ("Looters ransacked shops in Durban on Monday.", "ransacked", "Looting/property destruction"),
])
def test_no_rioters_where_the_rule_must_not_fire(coder, text, word, sub):
    ev = _event(coder, text, word)
    assert ev.sub_event_type == sub
    assert ev.actor is None or ev.actor.inter != 5


def test_bandits_attacking_civilians_after_a_protest_are_no_rioters(coder):
    text = ("Hundreds of farmers protested in Kano on Monday.\n\n"
            "On Wednesday bandits attacked a village near Kano, killing ten villagers.")
    ev = _event(coder, text, "attacked")
    assert ev.sub_event_type == "Attack"


@pytest.mark.parametrize("text, word", [
    ("Armed villagers attacked herders near Makurdi on Saturday, killing five.", "attacked"),
    ("Heavily armed herdsmen attacked farmers in Plateau State on Sunday, killing twelve.", "attacked"),
])
def test_armed_villagers_are_an_identity_militia(coder, text, word):
    ev = _event(coder, text, word)
    assert ev.sub_event_type == "Attack"
    assert ev.actor is None or ev.actor.inter == 4


def test_armed_villagers_resolved_carry_inter_4(coder):
    ev = _event(coder, "Armed villagers attacked herders near Makurdi on Saturday, killing five.", "attacked")
    assert ev.actor is not None and ev.actor.inter == 4


def test_unarmed_villagers_stay_a_mob(coder):
    ev = _event(coder, "Villagers beat a suspected thief to death in Kaduna on Sunday.", "beat")
    assert ev.sub_event_type == "Mob violence"
    assert ev.actor is not None and ev.actor.inter == 5


def test_the_seed_gangs_and_thuggish_elements_are_rioters(coder):
    text = ("A few hundred people demonstrated in Zhanaozen on Sunday against a fuel price rise. Some protesters "
            "indulged in theft of weapons. These thuggish elements seized the airport.\n\n"
            "The gangs which attacked police forces and set buildings on fire were well trained.")
    evs = {e.trigger.text: e for e in coder.code(text, published="2022-02-01")}
    assert evs["seized"].sub_event_type == "Violent demonstration" and evs["seized"].actor.inter == 5
    assert evs["attacked"].sub_event_type == "Violent demonstration" and evs["attacked"].actor.inter == 5
    assert evs["set"].sub_event_type == "Violent demonstration"
