"""Headline participles with a mark of the passive, and event nouns given as a name for something else.

Issue 12 (only the events a careful coder would code, with the right sides):

* A bare participle with a "by" agent or a result and no object ("shot dead", "beaten unconscious",
  "hacked to death") is passive whatever the verb: its subject is the victim, never the doer
  (``events.headlines.passive_marked``). Before, "Journalist shot dead in Mexico" was an attack BY the
  journalist, "Teenager beaten by police in Lagos" one by the teenager, and "Church burned by rioters"
  was not coded at all.
* A second bare participle makes a headline ("Protesters detained during rally freed after a week").
* A noun a verb of naming gives to something else ("called the election result a massacre") is no event
  (profile ``characterising_verbs``; ``events.vetoes``).

The sentences were written for these tests.
"""

import pytest



def _events(coder, text):
    return coder.code(text, published="2024-05-01")


def _one(coder, text, trigger):
    evs = [e for e in _events(coder, text) if e.trigger.text == trigger]
    assert len(evs) == 1, [(e.trigger.text, e.event_type) for e in _events(coder, text)]
    return evs[0]


def _name(party):
    """The actor's noun without the country code the name starts with ("MEX journalist" -> "journalist")."""
    return party.name.split()[-1] if party is not None else None


@pytest.mark.parametrize("text, trigger, victim", [
    ("Journalist shot dead in Mexico", "shot", "journalist"),
    ("Three journalists shot dead in Veracruz this year, press group says", "shot", "journalist"),
    ("Two farmers hacked to death in Benue", "hacked", "farmer"),
    ("Teenager beaten unconscious by police in Lagos", "beaten", "youth"),
    ("Teenager beaten by police in Lagos", "beaten", "youth"),
    ("Journalist attacked by mob in Lagos", "attacked", "journalist"),
])
def test_a_marked_headline_participle_makes_its_noun_the_victim(coder, text, trigger, victim):
    ev = _one(coder, text, trigger)
    assert ev.event_type == "ASSAULT"
    assert _name(ev.recipient) == victim
    assert _name(ev.actor) != victim


@pytest.mark.parametrize("text, trigger, doer", [
    ("Teenager beaten unconscious by police in Lagos", "beaten", "police"),
    ("Journalist attacked by mob in Lagos", "attacked", "crowd"),
    ("Church burned by rioters in Jos", "burned", "rioter"),
    ("Convoy ambushed by militants near Gao", "ambushed", "militant"),
])
def test_the_by_phrase_of_a_headline_participle_is_the_doer(coder, text, trigger, doer):
    assert _name(_one(coder, text, trigger).actor) == doer


@pytest.mark.parametrize("text, kind, best", [
    ("Three journalists shot dead in Veracruz this year, press group says", "killed", 3),
    ("Two farmers hacked to death in Benue", "killed", 2),
])
def test_the_victims_of_an_objectless_result_are_counted(coder, text, kind, best):
    ev = _events(coder, text)[0]
    assert [(c.kind, c.best) for c in ev.counts] == [(kind, best)]


@pytest.mark.parametrize("text, trigger, doer", [
    # an object after the result: the subject is the doer
    ("Police shot dead two robbers in Lagos on Monday.", "shot", "police"),
    ("Soldiers shot the suspect dead at a checkpoint.", "shot", "soldier"),
    ("The mob beat the thief to death.", "beat", "crowd"),
    ("Gunmen have shot dead three villagers in Zamfara, police said.", "shot", "gunman"),
])
def test_a_result_with_its_object_keeps_the_subject_as_doer(coder, text, trigger, doer):
    assert _name(_one(coder, text, trigger).actor) == doer


def test_a_second_bare_participle_makes_a_headline_of_harm(coder):
    ev = _one(coder, "Protesters detained during rally freed after a week", "detained")
    assert ev.event_type == "COERCE" and ev.mode == "arrest"
    assert _name(ev.actor) is None and _name(ev.recipient) == "protester"


def test_a_written_out_sentence_with_a_second_verb_keeps_its_doer(coder):
    ev = _one(coder, "Police arrested protesters during the rally and freed them after a week.", "arrested")
    assert _name(ev.actor) == "police" and _name(ev.recipient) == "protester"


@pytest.mark.parametrize("text", [
    "Critics called the election result a massacre of the opposition.",
    "The opposition described the crackdown as a massacre.",
    "Activists likened the new media law to an attack on the press.",
    "Fans branded the referee's decision a massacre.",
    "The raid was described by witnesses as a massacre of villagers.",
])
def test_an_event_noun_given_as_a_name_is_no_event(coder, text):
    assert [(e.trigger.text, e.event_type) for e in _events(coder, text)
            if e.trigger.text in ("massacre", "attack")] == []


@pytest.mark.parametrize("text, trigger", [
    ("The massacre of 40 villagers in Tillaberi was condemned by the UN.", "massacre"),
    ("Soldiers carried out a massacre of villagers in Tillaberi, witnesses said.", "massacre"),
    ("What happened in the village on Sunday was a massacre of civilians by soldiers, witnesses said.", "massacre"),
])
def test_an_event_noun_in_its_own_slot_stays_an_event(coder, text, trigger):
    assert _one(coder, text, trigger).event_type == "ASSAULT"


@pytest.mark.parametrize("text", [
    "The UN called the attack on the hospital in Aleppo a war crime.",
    "The UN called the attack on the hospital in Aleppo.",
    "Rights groups called the raid on the refugee camp unlawful.",
])
def test_naming_an_act_or_a_phrase_on_the_object_is_no_request(coder, text):
    assert [e.event_type for e in _events(coder, text) if e.trigger.text == "called"] == []


@pytest.mark.parametrize("text, mode, recipient", [
    ("The EU called on Russia to withdraw its troops.", "yield", "government"),
    ("Activists called on the government to free the detainees.", "yield", "government"),
    ("The opposition called for the release of all prisoners.", "change", None),
])
def test_a_call_with_its_own_phrase_stays_a_request(coder, text, mode, recipient):
    ev = _one(coder, text, "called")
    assert (ev.event_type, ev.mode, _name(ev.recipient)) == ("REQUEST", mode, recipient)


def test_the_act_a_naming_verb_names_is_coded(coder):
    ev = _one(coder, "Amnesty called the killing of 40 protesters a massacre.", "killing")
    assert ev.event_type == "ASSAULT" and _name(ev.recipient) == "protester"
    assert [(c.kind, c.best) for c in ev.counts] == [("killed", 40)]


@pytest.mark.parametrize("text, trigger, victim", [
    ("Protesters detained in Minsk, police say", "detained", "protester"),
    ("Students arrested after protest in Dhaka", "arrested", "student"),
    ("Activists abducted near Goma, rights group says", "abducted", "activist"),
])
def test_a_verb_of_harm_with_a_phrase_where_its_object_would_be_is_passive(coder, text, trigger, victim):
    ev = _one(coder, text, trigger)
    assert _name(ev.actor) is None and _name(ev.recipient) == victim


@pytest.mark.parametrize("text, trigger, doer", [
    ("Police detained protesters in Minsk, witnesses said.", "detained", "police"),
    ("Police detained in Minsk 40 protesters.", "detained", "police"),
])
def test_a_verb_of_harm_with_its_object_keeps_its_doer(coder, text, trigger, doer):
    assert _name(_one(coder, text, trigger).actor) == doer


@pytest.mark.parametrize("text", [
    "Liverpool stormed back to beat Milan 4-3.",
    "The Tigers killed off the game in the second half.",
    "City killed the match with two late goals.",
])
def test_sports_idioms_of_force_are_no_events(coder, text):
    assert _events(coder, text) == []
