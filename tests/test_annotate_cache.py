"""The per-document caches of annotate.py give exactly what spaCy's own properties give."""

from __future__ import annotations

from dotterel.annotate import doc_text, entities, entities_in, entity_at, sentences

TEXT = (
    "On 5 January 2022 Kassym-Jomart Tokayev asked the Collective Security Treaty Organization for help. "
    "Police detained 27 people in Almaty, the interior ministry said. "
    "Protesters rallied in Zhanaozen and Aktau on Tuesday; Reuters reported that 164 people died."
)


def test_cached_text_entities_and_sentences_equal_spacys(coder):
    doc = coder.nlp(TEXT)
    assert doc_text(doc) == doc.text
    assert [(e.start, e.end, e.label_) for e in entities(doc)] == [(e.start, e.end, e.label_) for e in doc.ents]
    assert len(doc.ents) >= 5
    assert [(s.start, s.end) for s in sentences(doc)] == [(s.start, s.end) for s in doc.sents]
    for token in doc:
        expected = next((e for e in doc.ents if e.start <= token.i < e.end), None)
        got = entity_at(token)
        as_pair = (lambda e: None if e is None else (e.start, e.end))
        assert as_pair(got) == as_pair(expected)
    for sent in doc.sents:
        assert [(e.start, e.end) for e in entities_in(sent)] == [(e.start, e.end) for e in sent.ents]
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 12) + 1):
            span = doc[start:end]
            assert [(e.start, e.end) for e in entities_in(span)] == [(e.start, e.end) for e in span.ents]
