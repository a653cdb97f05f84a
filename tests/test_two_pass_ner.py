"""The entity recogniser of the second pass: only on the sentences that are not mere context (issue 15)."""

from __future__ import annotations

import pytest

from dotterel.pipeline.config import PipelineConfig

# headline and two sentences: the lead, which always gets the recogniser
LEAD = "Weather report\n\nIt was sunny on Monday. Markets were calm. Shares rose.\n\n"


@pytest.fixture(scope="module")
def twins(coder):
    """Two-pass coders with and without ``context_ner``, on one pipeline made of the session's model."""
    from dotterel.annotate import load_pipeline
    from dotterel.coder import Coder

    config = coder.config.with_overrides(two_pass=True, context_ner=False)
    nlp = load_pipeline(lang=coder.lang, name=config.model, two_pass=True, base=coder.nlp, same_names=True)
    shared = dict(nlp=nlp, gazetteer=coder.gazetteer, kb=coder.kb, ontology=coder.ontology, lang=coder.lang,
                  lexicon=coder.lexicon)
    return Coder(config, **shared), Coder(coder.config.with_overrides(two_pass=True), **shared)


def _second_pass(two, text):
    """The context after ``candidates.v2`` and ``parse.second.v1``."""
    from dotterel.ingest import make_document
    from dotterel.pipeline.context import DocContext

    ann = next(iter(two.annotator.pipe([make_document(text, published="2024-05-01", doc_id="n")])))
    ctx = DocContext.start(ann.document, ann.doc, ann.offsets, lang=two.lang)
    two.stages[0](ctx)
    marked = {i: ctx.sentences[i].span.text.strip() for i in ctx.second_pass}
    ner = [marked[i] for i in ctx.second_pass_ner]
    two.stages[1](ctx)
    return ctx, ner


@pytest.mark.parametrize("context, trigger", [
    ("Olena Marchenko lives near the square.", "Police arrested 12 protesters on Tuesday."),
    ("The farmers know Tomasz Wierzbicki well.", "Soldiers fired on the crowd on Friday."),
])
def test_a_context_sentence_keeps_the_first_pass_names_by_default(twins, context, trigger):
    fast, full = twins
    text = LEAD + f"{context} {trigger}"
    ctx, ner = _second_pass(fast, text)
    assert context not in ner and trigger in ner
    assert "Weather report" in ner  # the lead
    persons = [e.text for e in ctx.doc.ents if e.label_ == "PERSON"]
    assert persons == []  # the name is no KB name and the recogniser did not read its sentence
    # the trigger's sentence was read: its day is a DATE entity
    assert any(e.label_ == "DATE" and e.text in trigger for e in ctx.doc.ents)
    # both sentences are parsed either way
    assert all(t.dep_ for t in ctx.doc if t.idx >= len(LEAD))
    ctx_full, ner_full = _second_pass(full, text)
    assert context in ner_full
    assert any(e.label_ == "PERSON" and e.text in context for e in ctx_full.doc.ents)
    # the parse is the same with and without
    assert [(t.text, t.dep_, t.head.i) for t in ctx.doc] == [(t.text, t.dep_, t.head.i) for t in ctx_full.doc]


@pytest.mark.parametrize("context, trigger", [
    ("Olena Marchenko lives near the square.", "She was arrested by police on Tuesday."),
    ("Tomasz Wierzbicki lives near the depot.", "Soldiers detained him on Friday."),
    ("Ravi Kumar is a farmer from the valley.", "Police said his supporters attacked a bus."),
])
def test_a_person_pronoun_in_a_trigger_sentence_keeps_the_recogniser_on_its_paragraph(twins, context, trigger):
    """Its antecedent is often a name only the recogniser finds (actors.coref.v1 reads PERSON entities)."""
    fast, _full = twins
    ctx, ner = _second_pass(fast, LEAD + f"{context} {trigger}")
    assert context in ner
    assert any(e.label_ == "PERSON" and e.text in context for e in ctx.doc.ents)


def test_a_plural_or_thing_pronoun_does_not():
    """Only person pronouns (``coref_pronouns`` of kind "person") turn the recogniser on for the context."""
    from types import SimpleNamespace

    from dotterel.pipeline.two_pass import CandidateSentences

    stage = CandidateSentences(SimpleNamespace(lexicon=SimpleNamespace(by_lemma={}), config=PipelineConfig(),
                                               lang=SimpleNamespace(coref_pronouns={
                                                   "he": "person", "her": "person", "they": "plural",
                                                   "it": "thing"})))
    assert stage.person_pronouns == {"he", "her"}


def test_the_option_is_in_the_config_and_its_hash_only_with_two_passes(tmp_path):
    assert PipelineConfig().context_ner is True
    one = PipelineConfig().config_hash()
    assert PipelineConfig(context_ner=False).config_hash() == one  # the one-pass output does not depend on it
    two = PipelineConfig(two_pass=True)
    assert two.config_hash() != two.with_overrides(context_ner=False).config_hash()
    path = tmp_path / "p.toml"
    path.write_text("two_pass = true\ncontext_ner = false\n", encoding="utf-8")
    loaded = PipelineConfig.load(path)
    assert loaded.two_pass and not loaded.context_ner


def test_the_events_are_the_same_where_the_context_holds_no_name_only_the_recogniser_finds(twins):
    from dotterel.ingest import make_document

    fast, full = twins
    texts = [LEAD + "Protesters gathered in Tbilisi on Monday. Police detained 14 of them on Tuesday.",
             LEAD + "The march began at noon. The crowd was large. Riot police used tear gas in Almaty."]
    docs = [make_document(t, published="2024-05-01", doc_id=f"s{i}") for i, t in enumerate(texts)]

    def fields(coder):
        return [[(e.event_type, e.mode, e.actor.name if e.actor else None,
                  e.location.geonameid if e.location else None, e.date.value if e.date else None)
                 for e in c.events] for c in coder.code_documents(docs)]

    got = fields(fast)
    assert got == fields(full)
    assert any(e[0] == "COERCE" for e in got[0]) and any(e[0] == "ASSAULT" or e[0] == "PROTEST" for e in got[1])


@pytest.mark.parametrize("text, speaker", [
    ('"Soldiers killed my brother. We buried him at dawn. The village is empty," said Olena Marchenko.',
     "Olena Marchenko"),
    ('"Police beat the students. Nobody stopped them," Tomasz Wierzbicki told reporters.', "Tomasz Wierzbicki"),
])
def test_the_close_of_a_quotation_after_the_trigger_keeps_the_recogniser(twins, text, speaker):
    """The close names the quotation's speaker, often a name only the recogniser finds."""
    fast, _full = twins
    ctx, ner = _second_pass(fast, LEAD + text)
    assert any(speaker in s for s in ner)
    assert any(e.label_ == "PERSON" and e.text == speaker for e in ctx.doc.ents)


def test_the_stage_times_count_the_sentences_the_recogniser_reads(twins):
    from dotterel.ingest import make_document

    fast, full = twins
    text = LEAD + "Olena Marchenko lives near the square. The market is busy. Police arrested 12 protesters on Tuesday."
    for coder in (fast, full):
        coder.stage_times.reset()
        list(coder.code_documents([make_document(text, published="2024-05-01", doc_id="c")]))
    # the lead (3) and the trigger's sentence; with the option the two context sentences too
    assert fast.stage_times.second_pass_ner_sentences == 4
    assert full.stage_times.second_pass_ner_sentences == full.stage_times.second_pass_sentences == 6
    fast.stage_times.reset()
    assert fast.stage_times.second_pass_ner_sentences == 0



@pytest.mark.parametrize("context, names", [
    ("Farmers in Georgia have complained about prices for weeks.", [("Georgia", "GPE")]),
    ("Georgian farmers have complained about prices for weeks.", [("Georgian", "NORP")]),
    ("The farmers came to Tbilisi from the valley.", [("Tbilisi", "GPE")]),
    ("Kazakh officials and the envoys of the United States were in the hall.", [("Kazakh", "NORP"),
                                                                                 ("United States", "GPE")]),
])
def test_without_the_recogniser_a_context_sentence_still_names_its_countries(twins, context, names):
    """The document's main country and the place hints read them (``_name_context``)."""
    fast, _full = twins
    ctx, ner = _second_pass(fast, LEAD + f"{context} Police arrested 12 protesters on Tuesday.")
    assert context not in ner
    sentence = next(s.span for s in ctx.sentences if s.span.text.strip() == context)
    assert [(e.text, e.label_) for e in sentence.ents] == names


@pytest.mark.parametrize("context, dates", [
    ("The market reopened on March 3 after the strike.", ["March 3"]),
    ("Talks resumed on 5 April 2024 in the capital.", ["5 April 2024"]),
    ("The farmers were at home on monday and again on April 2, 2024.", ["monday", "April 2, 2024"]),
    ("Prices rose sharply last month in the valley.", ["last month"]),
    ("Tell us what you saw, the officer said.", []),  # the pronoun is no country
])
def test_without_the_recogniser_a_context_sentence_still_names_its_days_and_months(twins, context, dates):
    """The article's month (``story_month``) reads them."""
    fast, _full = twins
    ctx, ner = _second_pass(fast, LEAD + f"{context} Police arrested 12 protesters on Tuesday.")
    assert context not in ner
    sentence = next(s.span for s in ctx.sentences if s.span.text.strip() == context)
    assert [e.text for e in sentence.ents if e.label_ in ("DATE", "GPE", "NORP")] == dates


def test_the_main_country_and_the_month_of_the_context_are_the_same_either_way(twins):
    from dotterel.ingest import make_document

    fast, full = twins
    lead = LEAD.replace(" on Monday", "")  # no other day, so the article's month is the context's
    texts = [lead + "Farmers in Georgia were angry about prices on March 3. Police detained 14 of them.",
             lead + "Kenyan traders were angry about the tax on 12 March. Police fired tear gas at the crowd."]
    docs = [make_document(t, published="2024-05-01", doc_id=f"m{i}") for i, t in enumerate(texts)]

    def fields(coder):
        return [[(e.event_type, e.actor.country if e.actor else None, e.date.value if e.date else None)
                 for e in c.events] for c in coder.code_documents(docs)]

    got = fields(fast)
    assert got == fields(full)
    assert ("COERCE", "GEO", "2024-03") in got[0]
    assert any(country == "KEN" and date == "2024-03" for _t, country, date in got[1])


@pytest.mark.parametrize("context, places", [
    ("Farmers in Punjab have complained about prices for weeks.", ["Punjab"]),  # a region, capitalised
    ("tension has been simmering in rajasthan for a week.", ["rajasthan"]),  # a region the tagger reads as a noun
    ("the workers in gujarat and bihar were angry about prices.", ["gujarat", "bihar"]),  # lower case
    ("The farmers came to Lyon from the villages.", []),  # a city: left to the place stage's recall
    ("union minister anand sharma was at the camp with the farmers.", []),  # a place's name inside a person's
    ("the delta was flooded after the rains.", []),  # the common noun, after a determiner
    ("the farmers were in the capital for the talks.", []),  # an alternate name, in lower case: only main names
    ("Central banks raised rates, the farmers said.", []),  # a region's name inside a longer run
])
def test_without_the_recogniser_a_context_sentence_names_its_regions(twins, context, places):
    """The event's fallback place is often named only in its paragraph's head (``_region``)."""
    fast, _full = twins
    ctx, ner = _second_pass(fast, LEAD + f"{context} Police arrested 12 protesters on Tuesday.")
    assert context not in ner
    sentence = next(s.span for s in ctx.sentences if s.span.text.strip() == context)
    assert [e.text for e in sentence.ents if e.label_ == "GPE"] == places

