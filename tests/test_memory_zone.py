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


def test_the_lemmatizer_cache_is_bounded_between_zones(coder):
    """spaCy's rule lemmatizer memoises every word form outside the memory zone; the coder empties it when full."""
    from dotterel.annotate import LEMMA_CACHE_SIZE

    lemmatizer = coder.nlp.get_pipe("lemmatizer")
    for i in range(LEMMA_CACHE_SIZE + 1):
        lemmatizer.cache[(i, -1, -1)] = ["x"]  # keys no real token has
    coded = list(coder.code_documents([make_document("Riot police arrested 12 marchers in Minsk on Sunday.",
                                                      published="2024-05-01", doc_id="lem")]))
    assert len(lemmatizer.cache) <= LEMMA_CACHE_SIZE
    assert (0, -1, -1) not in lemmatizer.cache
    assert [e.event_type for e in coded[0].events] == ["COERCE"]
    assert coded[0].events[0].trigger.text == "arrested"


def test_bound_lemma_cache_touches_only_a_full_lemmatizer():
    from types import SimpleNamespace

    from dotterel.annotate import bound_lemma_cache

    class Lemmatizer:
        def __init__(self, n):
            self.cache = {i: [str(i)] for i in range(n)}

    class Other:
        def __init__(self, n):
            self.cache = dict.fromkeys(range(n))

    full, small, other = Lemmatizer(5), Lemmatizer(2), Other(9)
    bound_lemma_cache(SimpleNamespace(components=[("a", full), ("b", small), ("c", other)]), max_entries=3)
    assert full.cache == {} and len(small.cache) == 2 and len(other.cache) == 9


def test_no_parsed_document_outlives_its_zone(coder):
    """A Doc and the spans cached in its user_data form a cycle; the coder collects the chunk's Docs."""
    import gc

    from spacy.tokens import Doc

    def live_docs():
        return sum(1 for o in gc.get_objects() if isinstance(o, Doc))

    gc.collect()
    before = live_docs()
    docs = [make_document(f"Protesters marched in Yerevan on Friday. Police detained {5 + i} of them.",
                          published="2024-05-01", doc_id=f"g{i}") for i in range(4)]
    coded = list(coder.code_documents(docs))
    assert [len(c.events) for c in coded] == [2, 2, 2, 2]
    assert live_docs() <= before  # no collection here: the coder's own freed them


def test_a_released_doc_is_freed_without_the_cycle_collector(coder):
    import gc

    from spacy.tokens import Doc

    from dotterel.annotate import doc_text, entities, release, sentences

    def live_docs():
        return sum(1 for o in gc.get_objects() if isinstance(o, Doc))

    gc.collect()
    before = live_docs()
    gc.disable()
    try:
        with coder.nlp.memory_zone():
            doc = coder.nlp("Police detained 7 people in Tbilisi. Then they let them go.")
            assert len(sentences(doc)) == 2 and entities(doc) and doc_text(doc).startswith("Police")
            release(doc)
            assert not [k for k in doc.user_data if str(k).startswith("dotterel.")]
            del doc
        assert live_docs() == before
    finally:
        gc.enable()
