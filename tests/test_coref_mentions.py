"""The coreference stage's antecedent mentions and the resolver's bare context, as the stage uses them.

The stage finds its anaphors once and hands them to :func:`antecedent_mentions`,
builds a sentence's clause subjects only for a mention that is no subject by its
own label, and resolves with a context that remembers no actor (so the resolver
skips the steps that only look back at remembered actors). These tests pin that
each shortcut gives what the long way gives.
"""

from __future__ import annotations

import datetime as _dt

import pytest

from dotterel.actors.coref import antecedent_mentions, find_anaphor
from dotterel.actors.resolve import DocumentActors
from dotterel.ingest import make_document
from dotterel.pipeline.context import DocContext

TEXTS = [
    "Police arrested the protesters in Almaty on Monday. The group said they would appeal.",
    "Protesters were detained by riot police. Amnesty International condemned the arrests, and it called "
    "for their release.",
    "The Kazakh government imposed a curfew. These militants attacked the city hall, the ministry said.",
    "On 5 January Tokayev dismissed the cabinet. He blamed the oligarchs for the unrest.",
]


def _context(coder, text):
    """A parsed document with the stages before ``actors.coref.v1`` run."""
    annotated = next(iter(coder.annotator.pipe([make_document(text, published="2022-01-10")])))
    ctx = DocContext.start(annotated.document, annotated.doc, annotated.offsets, lang=coder.lang)
    for stage in coder.stages:
        if stage.name == "actors.coref.v1":
            break
        stage(ctx)
    return ctx


@pytest.mark.parametrize("text", TEXTS)
def test_mentions_with_the_stage_anaphors_are_those_found_without(coder, text):
    ctx = _context(coder, text)
    anaphors = {t.i for slot in ctx.sentences for t in slot.span if find_anaphor(t, ctx.lang) is not None}
    assert antecedent_mentions(ctx, coder.actors, anaphors=anaphors) == antecedent_mentions(ctx, coder.actors)


def test_mention_subjects_by_label_and_by_clause(coder):
    ctx = _context(coder, "Police arrested 40 protesters in Almaty on Monday. Protesters were detained by riot "
                          "police. Amnesty International condemned the arrests. The group said they would appeal.")
    by_text = {ctx.doc[m.i].text: m for m in antecedent_mentions(ctx, coder.actors)}
    assert by_text["Police"].subject and not by_text["protesters"].subject  # active: subject and object
    assert by_text["Protesters"].subject and not by_text["police"].subject  # passive: the agent is no subject
    assert by_text["International"].actor.kind == "organisation" and by_text["International"].subject
    assert "group" not in by_text  # "The group" is an anaphor, not a name of its own


def test_a_bare_context_finds_no_office_holder_but_a_remembering_one_does(coder):
    doc = coder.nlp("Tokayev spoke on television. The president blamed the oligarchs.")
    president = next(t for t in doc if t.lower_ == "president")

    def to_span(start, end):
        return _span(doc, start, end)

    on = _dt.date(2022, 1, 10)
    bare = DocumentActors("KAZ")
    assert bare.empty
    alone = coder.actors.resolve(president, to_span=to_span, context=bare, paragraph=0, on=on)
    assert alone is not None and alone.kind == "group" and alone.how in ("role", "role_home_country")
    tokayev = coder.actors.resolve(doc[0], to_span=to_span, context=bare, paragraph=0, on=on)
    assert tokayev is not None and tokayev.kind == "person" and tokayev.country == "KAZ"
    remembering = DocumentActors("KAZ")
    remembering.remember(0, tokayev)
    assert not remembering.empty
    held = coder.actors.resolve(president, to_span=to_span, context=remembering, paragraph=0, on=on)
    assert held is not None and held.name == tokayev.name and held.how == "context"
    assert held.span.text == "president"


def _span(doc, start, end):
    from dotterel.records import Span

    return Span(start=start, end=end, text=doc.text[start:end])


def test_a_title_picks_the_one_holder_of_a_shared_last_name(kb):
    # the last words of every person's names are indexed with the knowledge base, not at the first titled name
    # ("George Bush" and "George W. Bush" both end in "Bush"; each held a government office in his own years)
    bush_1990 = kb.titled_person("Bush", "president", on=_dt.date(1990, 6, 1), sector="GOV")
    bush_2005 = kb.titled_person("Bush", "president", on=_dt.date(2005, 6, 1), sector="GOV")
    # both are in actors_people.json with the office named ("President of the United States"), which outranks
    # Phoenix's word-less "government office" of the same men
    assert bush_1990 is not None and bush_1990.entry.name == "George H. W. Bush"
    assert bush_2005 is not None and bush_2005.entry.name == "George W. Bush"
    # no Bush held an office named "premier": Phoenix's word-less offices decide (a Cayman Islands premier, 2001-05)
    premier = kb.titled_person("Bush", "premier", on=_dt.date(2003, 6, 1), sector="GOV")
    assert premier is not None and (premier.entry.name, premier.country) == ("Mckeeva Bush", "CYM")
    assert kb.titled_person("Bushman", "president", on=_dt.date(2005, 6, 1), sector="GOV") is None
