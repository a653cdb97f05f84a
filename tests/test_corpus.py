"""All 31 texts of ../shared/corpus/news.jsonl code without an error, and every span slices back."""

from __future__ import annotations

import json

import pytest

from conftest import shared_path
from dotterel.ingest import make_document

pytestmark = pytest.mark.shared


def test_news_corpus_codes_without_error(coder):
    path = shared_path("corpus", "news.jsonl")
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        d = json.loads(line)
        docs.append(make_document(d["text"], doc_id=d["id"], published=d["published"], source=d["source"]))
    assert len(docs) == 31
    coded = list(coder.code_documents(docs))
    assert [c.document.doc_id for c in coded] == [d.doc_id for d in docs]
    total = 0
    for c in coded:
        for ev in c.events:
            total += 1
            for span in (ev.trigger, ev.sentence):
                assert c.document.text[span.start : span.end] == span.text
            assert ev.event_type in coder.ontology.event_types
            if ev.location is not None and ev.location.span is not None:
                assert c.document.text[ev.location.span.start : ev.location.span.end] == ev.location.span.text
    assert total > 31
