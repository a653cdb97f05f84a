"""Finite verbs the small parser read as adjectives of their object (``events.misparse.adjectival_verb``).

Issue 12 (the event at the gold verb): the small model makes a finite verb an ``amod`` of the noun after it
when an auxiliary, an adverb, a long subject or a first verb stands before it. The sentences are our own.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-10"


@pytest.mark.parametrize("text, kind, trigger, actor", [
    # after an auxiliary: a progressive or perfect verb hung on its object
    ("Hundreds of riot police are patrolling crowded markets in Kano.", ("MOBILIZE", "police"), "patrolling", "police"),
    ("Armed soldiers were patrolling northern Kivu villages on Sunday.", ("MOBILIZE", "troops"), "patrolling", "soldiers"),
    # after the sentence's opening noun phrase, with no verb of its own
    ("A gunman on a motorbike fatally shot village chief Amadou Diallo near Mopti.", ("ASSAULT", "firearms"), "shot",
     "gunman"),
    # a truncated text: the subject's apposition cut, a person's name before the comma
    ("Amadou Sow, captured villages in the Mopti region on Sunday.", ("COERCE", "seize"),
     "captured", "Sow"),
    ("In 1994 the rebel group, under the command of Omar Bakri, bombed police headquarters in Freetown.",
     ("ASSAULT", "explosives"), "bombed", "rebel group"),
    # the second verb of a pair
    ("Militiamen beat and tortured opposition supporters in Harare on Monday.", ("ASSAULT", "torture"), "tortured",
     "Militiamen"),
])
def test_a_finite_verb_read_as_an_adjective_is_the_verb(coder, text, kind, trigger, actor):
    events = [e for e in coder.code(text, published=PUBLISHED) if e.trigger.text == trigger]
    assert [(e.event_type, e.mode) for e in events] == [kind]
    assert actor in events[0].actor.span.text


@pytest.mark.parametrize("text, word", [
    ("The tourists toured captured rebel bases last week.", "captured"),  # a verb before: a true adjective
    ("In addition, 13 captured rebel fighters were executed.", "captured"),  # a number before
    ("Long, poorly patrolled coastlines make smuggling easy.", "patrolled"),  # no subject before
    ("The commander's recently captured fighters were freed.", "captured"),  # the noun is a later verb's subject
    ("The army are marching bands.", "marching"),  # a gerund right before its noun
    ("Police will be patrolling crowded markets in Kano.", "patrolling"),  # future: left to the parse
    ("The wounded and captured soldiers were flown home.", "captured"),  # a pair of adjectives
])
def test_a_true_adjective_stays_one(coder, text, word):
    assert [e for e in coder.code(text, published=PUBLISHED) if e.trigger.text == word] == []


@pytest.mark.parametrize("text, kind, trigger", [
    ("More than 200 Allied aircraft bombed Hamburg on the night of 24 July.", ("ASSAULT", "explosives"), "bombed"),
])
def test_a_simple_past_hung_on_a_verbless_subject_is_the_verb(coder, text, kind, trigger):
    # the parser made the verb a reduced relative ("acl") of the opening noun, the sentence's root; the tagger read a
    # simple past (VBD), which a participle never is (events.syntax.misread_finite_subject)
    events = [e for e in coder.code(text, published=PUBLISHED) if e.trigger.text == trigger]
    assert [e.event_type for e in events] == [kind[0]]


@pytest.mark.parametrize("text, word", [
    ("The documentary filmed in Gaza last year.", "filmed"),
    ("The wall bombed in the war stands as a memorial in Dresden.", "bombed"),  # a participle with a verb after
    ("The tanks destroyed on the night of 5 May.", "destroyed"),  # a participle (VBN) on a verbless caption
])
def test_a_participle_on_a_noun_stays_a_relative(coder, text, word):
    assert [e for e in coder.code(text, published=PUBLISHED) if e.trigger.text == word] == []


@pytest.mark.parametrize("text, word", [
    # a caption's list after the opening noun: the participle modifies a member of the list (one comma, no phrase closed)
    ("Soldiers, captured rebels and aid workers at the camp in Goma.", "captured"),
    ("Police officers, injured protesters and journalists outside the court in Dhaka.", "injured"),
    ("Villagers, kidnapped children and their mothers at a school in Zamfara.", "kidnapped"),
    # a full verb the parser made the first participle's auxiliary: both participles are adjectives
    ("Police found beaten and tortured bodies near the river.", "tortured"),
    ("Investigators found burned and looted shops along the road.", "looted"),
    # an -ing word of a compound noun after "be" (profile gerund_compounds), read by the parser as a progressive verb
    ("These are killing fields.", "killing"),
    ("They are fighting words from a general.", "fighting"),
    ("The rebels are raiding parties from across the river.", "raiding"),
    ("Those men are firing squads for the junta.", "firing"),
    ("The militias were killing machines.", "killing"),
])
def test_a_participle_in_a_list_or_a_gerund_compound_names_no_act(coder, text, word):
    assert [e for e in coder.code(text, published=PUBLISHED) if e.trigger.text == word] == []


@pytest.mark.parametrize("text, word, kind", [
    ("Soldiers are killing civilians in the fields.", "killing", "ASSAULT"),
    ("The rebels are raiding villages near the river.", "raiding", "ASSAULT"),
    ("The gunmen, all in uniform, shot three policemen in Kano.", "shot", "ASSAULT"),
])
def test_the_verb_with_a_true_object_still_fires(coder, text, word, kind):
    assert [e.event_type for e in coder.code(text, published=PUBLISHED) if e.trigger.text == word] == [kind]
