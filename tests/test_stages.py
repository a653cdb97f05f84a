"""Stage tests on hand-built spaCy Docs: no model, no place index, no knowledge base.

The parse is written out by hand (words, tags, heads, dependency labels and
lemmas, as spaCy's own tests construct Docs; ``spacy/tests/README.md``), so
each test pins what a stage does with one shape of sentence, whatever the
statistical parser would make of it.
"""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
import spacy
from spacy.tokens import Doc

from dotterel.annotate import normalise
from dotterel.events.detect import RuleDetector
from dotterel.events.implied import ImpliedProtestDetector
from dotterel.events.lexicon import Lexicon, TriggerRule
from dotterel.events.policy import (
    demand_as_request,
    future_retreat_is_concede,
    historical_after,
    one_phrase_one_side,
    toll_subject_is_victim,
)
from dotterel.ingest import make_document
from dotterel.lang import LanguageProfile
from dotterel.ontology import Ontology
from dotterel.pipeline.builtin import RunningTotals
from dotterel.pipeline.context import DocContext
from dotterel.records import Actor, Attribution, Count, EventDate, Span
from dotterel.records.coded import EventCandidate


EN = LanguageProfile.load("en")


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


@pytest.fixture(scope="module")
def ontology():
    return Ontology.load()


def parsed(vocab, text: str, rows: list[tuple[str, str, str, int, str]]) -> DocContext:
    """A DocContext over a hand-built parse: one (word, POS, dep, head index, lemma) row per token."""
    words = [r[0] for r in rows]
    spaces = []
    pos = 0
    for w in words:
        pos = text.index(w, pos) + len(w)
        spaces.append(text[pos:pos + 1] == " ")
    doc = Doc(vocab, words=words, spaces=spaces, pos=[r[1] for r in rows], deps=[r[2] for r in rows],
              heads=[r[3] for r in rows], lemmas=[r[4] for r in rows])
    assert doc.text == text
    document = make_document(text, doc_id="t", published="2024-05-01")
    return DocContext.start(document, doc, normalise(text), lang=EN)


# "Police arrested 40 protesters so far." with the perfect tense variant built below
ARREST = [("Police", "NOUN", "nsubj", 1, "police"), ("arrested", "VERB", "ROOT", 1, "arrest"),
          ("40", "NUM", "nummod", 3, "40"), ("protesters", "NOUN", "dobj", 1, "protester"),
          ("at", "ADP", "prep", 1, "at"), ("the", "DET", "det", 6, "the"), ("rally", "NOUN", "pobj", 4, "rally"),
          (".", "PUNCT", "punct", 1, ".")]


def _lexicon(ontology):
    return Lexicon([TriggerRule(lemma="arrest", event_type="COERCE", mode="arrest"),
                    TriggerRule(lemma="kill", event_type="ASSAULT", toll=True, recipient=())], ontology)


def test_rule_detector_turns_a_match_into_a_candidate(vocab, ontology):
    ctx = parsed(vocab, "Police arrested 40 protesters at the rally.", ARREST)
    RuleDetector(SimpleNamespace(lexicon=_lexicon(ontology)))(ctx)
    [cand] = ctx.sentences[0].candidates
    assert (cand.event_type, cand.mode, cand.detector, cand.lemma) == ("COERCE", "arrest", "rules.v1", "arrest")
    assert (ctx.doc[cand.trigger].text, ctx.doc[cand.actor].text) == ("arrested", "Police")
    assert [ctx.doc[i].text for i in cand.recipients] == ["protesters"]
    assert cand.confidence is None


def test_implied_protest_needs_a_protest_noun_target(vocab, ontology):
    rows = [("Police", "NOUN", "nsubj", 1, "police"), ("dispersed", "VERB", "ROOT", 1, "disperse"),
            ("the", "DET", "det", 4, "the"), ("student", "NOUN", "compound", 4, "student"),
            ("march", "NOUN", "dobj", 1, "march"), (".", "PUNCT", "punct", 1, ".")]
    ctx = parsed(vocab, "Police dispersed the student march.", rows)
    coerce = EventCandidate(sentence=0, trigger=1, head=1, obj=4, actor=0, recipients=(4,), event_type="COERCE",
                            mode="arrest", detector="rules.v1")
    ctx.sentences[0].candidates.append(coerce)
    ImpliedProtestDetector()(ctx)
    implied = ctx.sentences[0].candidates[1]
    assert (implied.event_type, implied.mode, implied.implied, implied.detector) == ("PROTEST", "demo", True,
                                                                                      "implied.v1")
    assert (ctx.doc[implied.trigger].text, ctx.doc[implied.actor].text) == ("march", "student")
    # a sentence that already has a protest gets no second one
    ImpliedProtestDetector()(ctx)
    assert len(ctx.sentences[0].candidates) == 2


def test_running_total_is_dropped_with_its_figures(vocab, ontology):
    text = "Police have arrested 40 protesters so far."
    rows = [("Police", "NOUN", "nsubj", 2, "police"), ("have", "AUX", "aux", 2, "have"),
            ("arrested", "VERB", "ROOT", 2, "arrest"), ("40", "NUM", "nummod", 4, "40"),
            ("protesters", "NOUN", "dobj", 2, "protester"), ("so", "ADV", "advmod", 6, "so"),
            ("far", "ADV", "advmod", 2, "far"), (".", "PUNCT", "punct", 2, ".")]
    ctx = parsed(vocab, text, rows)
    RuleDetector(SimpleNamespace(lexicon=_lexicon(ontology)))(ctx)
    slot = ctx.sentences[0]
    figure = Count(kind="arrested", best=40, span=Span(start=21, end=23, text="40"))
    slot.counts = [figure]  # a figure in the running total's clause goes with it
    RunningTotals(SimpleNamespace())(ctx)
    assert slot.candidates == [] and slot.counts == []
    [ab] = ctx.abstentions()
    assert ab.trigger.text == "arrested" and "running total ('so far'" in ab.reason
    # the same arrest in the simple past is one event and stays
    ctx2 = parsed(vocab, "Police arrested 40 protesters at the rally.", ARREST)
    RuleDetector(SimpleNamespace(lexicon=_lexicon(ontology)))(ctx2)
    RunningTotals(SimpleNamespace())(ctx2)
    assert len(ctx2.sentences[0].candidates) == 1 and ctx2.abstentions() == []


# -- the policy rules, alone -----------------------------------------------------------------------------------
def _cand(**kw):
    base = dict(sentence=0, trigger=1, head=1, event_type="ASSAULT", detector="rules.v1")
    return EventCandidate(**(base | kw))


def test_toll_subject_is_the_victim():
    toll = _cand(toll=True, recipient_slot=False, actor=0)
    assert (toll_subject_is_victim(toll).actor, toll_subject_is_victim(toll).recipients) == (None, (0,))
    shooting = _cand(actor=0, recipients=(3,))
    assert toll_subject_is_victim(shooting) is shooting


def test_demand_needs_a_named_claimant_and_a_modal():
    must = Attribution(claimant="Amnesty International", certainty="hypothetical",
                       cue=Span(start=0, end=4, text="must"))
    release = _cand(event_type="RETREAT", mode="release", actor=2)
    claimant = SimpleNamespace(i=7)
    req = demand_as_request(release, must, "hypothetical: 'must'", claimant, lang=EN)
    assert (req.event_type, req.mode, req.actor, req.recipients, req.cameo) == ("REQUEST", "yield", 7, (), None)
    assert demand_as_request(release, must.model_copy(update={"claimant": "author"}), "x", claimant, lang=EN) is None
    would = must.model_copy(update={"cue": Span(start=0, end=5, text="would")})
    assert demand_as_request(release, would, "x", claimant, lang=EN) is None


def test_one_phrase_is_never_both_sides():
    span = Span(start=0, end=6, text="Police")
    police = Actor(span=span, name="KAZ police", how="role")
    pronoun = Actor(span=span, name="KAZ police", how="pronoun")
    assert one_phrase_one_side(police, police) == (police, None)
    assert one_phrase_one_side(pronoun, police) == (None, police)
    other = Actor(span=Span(start=10, end=15, text="crowd"), name="KAZ civilian", how="role")
    assert one_phrase_one_side(police, other) == (police, other)


def test_historical_and_future_rules():
    old = EventDate(value="2014-05-01", earliest="2014-05-01", latest="2014-05-01", time_precision="day")
    assert historical_after(old, dt.date(2022, 2, 1), "asserted")
    assert not historical_after(old, dt.date(2022, 2, 1), "alleged")
    recent = EventDate(value="2022-01-05", earliest="2022-01-05", latest="2022-01-05", time_precision="day")
    assert not historical_after(recent, dt.date(2022, 2, 1), "asserted")
    assert future_retreat_is_concede("RETREAT", "future") and not future_retreat_is_concede("ASSAULT", "future")
