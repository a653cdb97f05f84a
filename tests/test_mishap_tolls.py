"""A harm participle whose clause tells a mishap ("killed when the bus overturned") is no attack.

"Ten passengers were killed when the bus overturned" was coded as an ASSAULT (an Attack with the
passengers as victims): "kill" and "injure" name the harm themselves, so no bare-death check looked at
the cause. A "when", "after" or "as" clause whose verb is a mishap (profile ``mishap_verbs``), or a
present participle that gives a mishap's result ("the ferry capsized, killing 40"), tells an accident.
ACLED codebook 2023: accidents are no political violence; PLOVER manual, ASSAULT: force used by one
party against another. A violent word in the clause keeps the event. The sentences are our own.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-06"


@pytest.mark.parametrize("text", [
    "Twelve passengers were killed when the minibus overturned near Kisumu on Sunday.",
    "Six miners were injured when a shaft caved in at the Tarkwa mine.",
    "Three miners injured when a tunnel caved in were flown to a hospital in Accra.",
    "Two labourers were killed and four injured after a wall collapsed on them in Lahore.",
    "Eight fishermen were feared killed as their boat capsized off Mombasa.",
    "The ferry capsized on Lake Albert, killing 30 people.",
    "A goods train derailed near Balasore, injuring two railway workers.",
])
def test_a_toll_of_a_mishap_is_no_assault(coder, text):
    assert [e for e in coder.code(text, published=PUBLISHED) if e.event_type == "ASSAULT"] == []


@pytest.mark.parametrize(("text", "trigger"), [
    ("Four people were killed when their house collapsed in an airstrike on Saada.", "killed"),
    ("Two soldiers were killed when their truck overturned after hitting a landmine near Gao.", "killed"),
    ("Nine soldiers were killed when militants ambushed their convoy near Gao.", "killed"),
    ("Five civilians were killed when a mortar round hit their home in Donetsk.", "killed"),
    ("Gunmen opened fire on the bus, killing six passengers.", "opened"),
])
def test_a_toll_with_an_attack_in_its_clause_is_kept(coder, text, trigger):
    assaults = [e for e in coder.code(text, published=PUBLISHED) if e.event_type == "ASSAULT"]
    assert [e.trigger.text for e in assaults] == [trigger]


# -- review rev19e: the veto must not take a real attack for a mishap --------------------------------------------
@pytest.mark.parametrize(("text", "victim"), [
    # a means of attack in the clause (profile agent_means_nouns): bombardment, ground fire, an offensive
    ("Five people were killed as the roof collapsed under Russian bombardment.", "civilian"),
    ("Seven soldiers were killed when their helicopter crashed after being hit by ground fire.", "soldier"),
    ("Thirty fighters were killed when their positions collapsed under a government offensive.", None),
    # the participle's own clause is an attack: a conjunct's mishap clause is not its cause
    ("Ten soldiers were killed when their convoy was ambushed, and two more died when their truck overturned.",
     "soldier"),
    # a force's vehicle driven into people is force, no accident
    ("Two protesters were killed when a police truck crashed into the crowd in Nairobi.", "KEN protester"),
])
def test_a_mishap_verb_in_an_attack_keeps_the_toll(coder, text, victim):
    tolls = [e for e in coder.code(text, published=PUBLISHED) if e.event_type == "ASSAULT" and e.trigger.text == "killed"]
    assert len(tolls) == 1
    assert (tolls[0].recipient.name if tolls[0].recipient else None) == victim


@pytest.mark.parametrize("text", [
    "Nine passengers were killed when an army truck overturned near Gao.",  # a force's vehicle, no people hit
    "Twelve pilgrims were killed when their bus plunged into a gorge in Kashmir.",
    "Three people were killed when a crane toppled onto a bus in Mumbai.",
])
def test_mishaps_of_vehicles_and_cranes_stay_no_attack(coder, text):
    assert [e for e in coder.code(text, published=PUBLISHED) if e.event_type == "ASSAULT"] == []


# -- review rev19e (resumed): an armed force's act in the clause; a collision ------------------------------------
@pytest.mark.parametrize(("text", "trigger", "victim"), [
    # evloc19 read these as accidents: the clause's mishap verb hid the force that caused it
    ("Ten migrants were killed when their boat capsized after the coast guard rammed it off Lesbos.", "killed",
     "migrant"),
    ("Six passengers were killed when their bus overturned after soldiers fired on it near Bamenda.", "killed",
     "CMR passenger"),
    ("The boat capsized after the navy rammed it, killing 12 migrants.", "killing", "migrant"),
])
def test_a_mishap_caused_by_an_armed_force_keeps_the_toll(coder, text, trigger, victim):
    assaults = [e for e in coder.code(text, published=PUBLISHED) if e.event_type == "ASSAULT"]
    assert [(e.trigger.text, e.recipient.name if e.recipient else None) for e in assaults] == [(trigger, victim)]


@pytest.mark.parametrize("text", [
    "Thirty people were killed when two trains collided near Cuttack.",
    "Nine people were killed when a bus collided with a truck on the Kano-Zaria road.",
    "Four people were killed when their car crashed as police chased it in Johannesburg.",  # a chase is no force
])
def test_collisions_and_chases_stay_no_attack(coder, text):
    assert [e for e in coder.code(text, published=PUBLISHED) if e.event_type == "ASSAULT"] == []


@pytest.mark.parametrize(("text", "victim"), [
    # a front giving way is a lost battle (profile front_collapse_nouns), no accident; evloc19 vetoed these tolls
    ("Ten soldiers were killed as the front line collapsed near Bakhmut.", "UKR soldier"),
    ("Twenty fighters were killed when their positions collapsed near Marib.", None),
])
def test_a_front_giving_way_keeps_the_toll(coder, text, victim):
    tolls = [e for e in coder.code(text, published=PUBLISHED) if e.event_type == "ASSAULT" and e.trigger.text == "killed"]
    assert [t.recipient.name if t.recipient else None for t in tolls] == [victim]


@pytest.mark.parametrize("text", [
    "Two soldiers were killed when their trench collapsed during heavy rain.",
    "Two workers were killed when a power line collapsed in Lagos.",
])
def test_a_collapse_of_a_thing_stays_a_mishap(coder, text):
    assert [e for e in coder.code(text, published=PUBLISHED) if e.event_type == "ASSAULT"] == []
