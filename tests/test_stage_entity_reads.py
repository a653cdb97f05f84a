"""The coding stages read a document's entities from the per-document cache, and give what fresh reads give (issue 15).

``Doc.ents`` builds every entity ``Span`` anew at each read: the places stage read it once per proper-noun run
(``gazetteer_spans``, ``repeated_names``) and several actor and event readings once per token. They now read
:func:`dotterel.annotate.entities` and :func:`dotterel.annotate.entity_at`, built once per document. The coded
output of real texts must be the same as with fresh ``Doc.ents`` reads.
"""

from __future__ import annotations

import dataclasses
import json

import pytest
from conftest import shared_path

# every module whose stage code now reads the cache instead of Doc.ents, and the names it reads
_READERS = {
    "dotterel.places.recall": ("entities", "entity_at"),
    "dotterel.places.name_parts": ("entities", "entity_at"),
    "dotterel.places.mislabelled": ("entities",),
    "dotterel.places.demonyms": ("entities",),
    "dotterel.actors.document": ("entities", "entity_at"),
    "dotterel.events.detect": ("entity_at",),
    "dotterel.events.recipients": ("entity_at",),
}


def _fresh_entities(doc) -> tuple:
    return tuple(doc.ents)


def _fresh_entity_at(token):
    return next((e for e in token.doc.ents if e.start <= token.i < e.end), None)


def _dump(coded) -> str:
    out = {}
    for field in dataclasses.fields(coded):
        value = getattr(coded, field.name)
        if isinstance(value, list):
            value = [v.model_dump(mode="json") if hasattr(v, "model_dump") else repr(v) for v in value]
        elif hasattr(value, "model_dump"):
            value = value.model_dump(mode="json")
        out[field.name] = value
    return json.dumps(out, sort_keys=True, default=str)


def _sample():
    from dotterel.ingest import make_document

    docs = [make_document(shared_path("corpus", "seed_kazakhstan_2022.txt").read_text(encoding="utf-8"),
                          published="2022-02-01", doc_id="seed")]
    for i, line in enumerate(shared_path("corpus", "news.jsonl").read_text(encoding="utf-8").splitlines()[:12]):
        d = json.loads(line)
        docs.append(make_document(d["text"], published=d.get("published"), doc_id=f"news{i}"))
    return docs


def _two_pass_without_context_ner(coder):
    """Two passes, ``context_ner = false``: the second pass writes entities (the recogniser's, then
    ``_name_context``'s and the date trim's) after the first pass, so a cache built before it would be stale."""
    from dotterel.annotate import load_pipeline
    from dotterel.coder import Coder

    config = coder.config.with_overrides(two_pass=True, context_ner=False)
    nlp = load_pipeline(lang=coder.lang, name=config.model, two_pass=True, base=coder.nlp, same_names=True)
    return Coder(config, nlp=nlp, gazetteer=coder.gazetteer, kb=coder.kb, ontology=coder.ontology, lang=coder.lang,
                 lexicon=coder.lexicon, debug=True)


@pytest.mark.parametrize("passes", ["one", "two"])
def test_cached_entity_reads_code_real_texts_as_fresh_reads_do(coder, monkeypatch, passes):
    import importlib

    if passes == "two":
        coder = _two_pass_without_context_ner(coder)
    docs = _sample()
    cached = [_dump(c) for c in coder.code_documents(docs)]
    assert sum(c.count('"event_type"') for c in cached) >= 20  # the sample holds events to compare
    for name, attrs in _READERS.items():
        module = importlib.import_module(name)
        for attr in attrs:
            assert hasattr(module, attr), (name, attr)
            monkeypatch.setattr(module, attr, _fresh_entities if attr == "entities" else _fresh_entity_at)
    fresh = [_dump(c) for c in coder.code_documents(docs)]
    assert [d.doc_id for d in docs] and cached == fresh


class _Leaf:
    """A token with no dependents whose phrase readings fail loudly: a one-word phrase needs none of them."""

    pos_ = "NOUN"
    n_lefts = 0
    n_rights = 0
    i = 3

    @property
    def children(self):
        raise AssertionError("read the children of a word with none")

    @property
    def subtree(self):
        raise AssertionError("read the subtree of a word with none")


def test_titled_name_reading_stops_at_a_word_without_dependents(coder):
    """A word with no dependents is a one-word phrase: its children and subtree are never built."""
    from dotterel.actors.names import untyped_titled_name

    assert coder.actors.ordinary is not None
    assert untyped_titled_name(coder.actors, _Leaf(), [], lambda s, e: None) is None
