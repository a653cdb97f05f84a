"""Streamed coding in spaCy memory zones (issue 15 item 5): the vocabulary does not grow with the stream."""

from __future__ import annotations

from dotterel.ingest import make_document


def test_coding_new_words_leaves_the_vocabulary_as_it_was(coder):
    coder.code("Police detained 3 protesters in Tbilisi.", published="2024-05-01")  # warm: the common words
    before = len(coder.nlp.vocab.strings)
    docs = [make_document(f"Police detained Zorbavic{i}qux and {1000 + i} protesters in Tbilisi on Monday.",
                          published="2024-05-01", doc_id=f"z{i}") for i in range(3)]
    coded = list(coder.code_documents(docs))
    assert [len(c.events) for c in coded] == [1, 1, 1]
    assert coded[0].events[0].event_type == "COERCE"
    # the records are plain data, readable after the zone closed
    assert coded[2].events[0].trigger.text == "detained"
    assert len(coder.nlp.vocab.strings) == before


def test_stage_times_count_every_stage(coder):
    coder.stage_times.reset()
    coder.code("Police detained 3 protesters in Tbilisi.", published="2024-05-01")
    times = coder.stage_times
    assert times.documents == 1 and times.sentences == 1
    assert set(times.seconds) == {"spacy.pipe", *(s.name for s in coder.stages)}
    assert abs(sum(times.shares().values()) - 1.0) < 1e-9
