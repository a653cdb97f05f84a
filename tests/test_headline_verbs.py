"""A headline's present-tense verb that the small model reads as a noun is read as the verb it is.

"Police fire tear gas at protesters in Nairobi" gave no event: the tagger reads "fire" as a noun and the
parser makes "police fire tear gas" one noun phrase; "Protesters storm parliament in Colombo" gave none
either, its verb tagged a noun though the parser gave it a subject and an object
(``dotterel.annotate._HeadlineVerbs``, profile ``headline_verb_nouns`` and ``headline_doer_nouns``).
Sentences with a verb of their own, and noun phrases with no doer before the word, are left as parsed.
The sentences are our own.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2024-05-06"

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize(("text", "event_type", "mode", "trigger", "actor"), [
    ("Police fire tear gas at protesters in Nairobi", "ASSAULT", "crowd-control", "fire", "Police"),
    ("Riot police fire tear gas at students in Dhaka", "ASSAULT", "crowd-control", "fire", "police"),
    ("Police Fire Tear Gas At Protesters In Nairobi", "ASSAULT", "crowd-control", "Fire", "Police"),
    ("Protesters storm parliament in Colombo", "COERCE", "seize", "storm", "Protesters"),
    ("Mob loots shops in Goma", "ASSAULT", "destroy", "loots", "Mob"),
    ("Soldiers loot shops in Goma", "ASSAULT", "destroy", "loot", "Soldiers"),
])
def test_a_headline_verb_read_as_a_noun_is_coded(coder, text, event_type, mode, trigger, actor):
    events = [e for e in coder.code(text, published=PUBLISHED) if e.event_type == event_type]
    assert [(e.mode, e.trigger.text) for e in events] == [(mode, trigger)]
    assert events[0].actor is not None and events[0].actor.span.text.endswith(actor)


@pytest.mark.parametrize("text", [
    "Police fire brigade annual report",
    "Police Fire Brigade Annual Report",
    "Army strike force training exercise",
    "The fire at the police station was put out by firefighters.",
    # a base form after a singular doer is a compound noun: a headline would say "Army attacks"
    "Army attack helicopters over Kharkiv, March 2022",
    "Regime attack drones over the capital",
    "Junta arrest order for the opposition leader",
])
def test_noun_phrases_stay_noun_phrases(coder, text):
    assert coder.code(text, published=PUBLISHED) == []


def test_the_parse_is_changed_only_where_a_verb_is_missing(coder):
    doc = coder.nlp("Police fire tear gas at protesters in Nairobi")
    fire = doc[1]
    assert (fire.pos_, fire.dep_, fire.lemma_) == ("VERB", "ROOT", "fire")
    assert [(c.text, c.dep_) for c in fire.children] == [("Police", "nsubj"), ("gas", "dobj"), ("at", "prep")]
    # a sentence with a verb keeps its parse
    doc = coder.nlp("The police fire department said on Monday that it was ready.")
    assert doc[2].pos_ == "NOUN"
