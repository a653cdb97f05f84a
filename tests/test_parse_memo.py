"""Answers read off a parse are kept with the Doc, and kept answers change nothing (issue 15: speed).

:func:`dotterel.annotate.parse_memo` keeps the subject of each clause
(:func:`dotterel.events.agents.subject_of`) per token index for the stages that
ask it again; :func:`dotterel.annotate.release` and the second pass (which
rewrites the parse) drop it. A one-word argument phrase is never a title and a
name, so :func:`dotterel.actors.names.untyped_titled_name` reads no word of it.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from dotterel.actors.names import untyped_titled_name
from dotterel.annotate import _PARSE_MEMO_KEY, parse_memo, release
from dotterel.events.agents import _subject_of, subject_of

TEXTS = [
    "Police detained 27 protesters who had marched on the parliament, the ministry said.",
    "Gunmen attacked a convoy and killed three soldiers before fleeing into the hills.",
    "The union, which called the strike, urged the government to free the jailed leaders.",
    "Students rallied in the capital on Friday, saying the election had been stolen.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_kept_subject_is_the_subject_read_afresh(coder, text):
    doc = coder.nlp(text)
    fresh = [_subject_of(tok, lang=coder.lang) for tok in doc]
    for _ in range(2):  # the first round fills the memo, the second reads it
        kept = [subject_of(tok, lang=coder.lang) for tok in doc]
        assert [None if s is None else s.i for s in kept] == [None if s is None else s.i for s in fresh]
    assert any(s is not None for s in fresh)
    assert len(parse_memo(doc, f"subject_of@{coder.lang.identity}")) == len(doc)


RELATIVES = [
    ("The gangs which attacked the station fled into the hills.", "attacked", "gangs", "which"),
    ("Rebels who seized the town were pushed back by the army.", "seized", "Rebels", "who"),
    ("The militia that shelled the village withdrew on Monday.", "shelled", "militia", "that"),
]


@pytest.mark.parametrize("text, verb, head, pronoun", RELATIVES)
def test_a_profile_with_other_words_never_reads_another_profiles_answers(coder, text, verb, head, pronoun):
    # A profile freed while the Doc lives leaves its address (``id``) to the next one made: a memo named by
    # ``id(lang)`` then handed a profile without the relative pronoun the answer of one with it (and back).
    doc = coder.nlp(text)
    tok = next(t for t in doc if t.text == verb)
    without = coder.lang.relative_pronouns - {pronoun}
    for k in range(60):
        lang = coder.lang.model_copy(update={"relative_pronouns": without} if k % 3 else None)
        got = subject_of(tok, lang=lang)
        assert got is not None and got.text == (pronoun if k % 3 else head)
        assert got.i == _subject_of(tok, lang=lang).i
        del lang, got


def test_a_profile_and_its_copies_name_their_memos():
    from dotterel.lang import LanguageProfile
    import copy
    import pickle

    lang = LanguageProfile.load("en")
    assert lang.identity == lang.identity
    # the same words (the profile is frozen): the same answers may be shared
    assert copy.deepcopy(lang).identity == lang.identity == pickle.loads(pickle.dumps(lang)).identity
    # a copy may change the words: a name of its own, even when it changes none
    assert lang.model_copy().identity != lang.identity
    assert lang.model_copy(update={"relative_pronouns": frozenset()}).identity != lang.identity
    assert LanguageProfile.load("en").identity != lang.identity


def test_the_memo_is_one_dict_per_name_and_release_drops_it(coder):
    doc = coder.nlp(TEXTS[0])
    memo = parse_memo(doc, "a")
    memo[3] = 5
    assert parse_memo(doc, "a") is memo
    assert parse_memo(doc, "b") == {}
    release(doc)
    assert _PARSE_MEMO_KEY not in doc.user_data
    assert parse_memo(doc, "a") == {}


@pytest.fixture(scope="module")
def two(coder):
    """A two-pass coder made of the session's pipeline and resources (as ``tests/test_two_pass.py`` makes it)."""
    from dotterel.annotate import load_pipeline
    from dotterel.coder import Coder

    config = coder.config.with_overrides(two_pass=True)
    nlp = load_pipeline(lang=coder.lang, name=config.model, two_pass=True, base=coder.nlp, same_names=True)
    return Coder(config, nlp=nlp, gazetteer=coder.gazetteer, kb=coder.kb, ontology=coder.ontology, lang=coder.lang,
                 lexicon=coder.lexicon)


@pytest.mark.parametrize("text", [
    "Police detained 27 protesters in the capital on Friday. The ministry said the marchers had blocked a road.",
    "The weather was mild.\n\nGunmen who attacked a convoy killed three soldiers, the army said.",
    "Students rallied outside the court. Riot police fired tear gas and arrested their leaders.",
])
def test_no_answer_read_before_the_second_pass_outlives_it(two, text):
    # the first pass leaves the Doc unparsed: an answer asked then (no heads) must not be read after the second
    # pass wrote the parse
    from dotterel.pipeline.context import DocContext
    from dotterel.records import Document

    annotated = next(iter(two.annotator.pipe([Document(doc_id="memo", text=text, published="2024-05-01")])))
    doc = annotated.doc
    assert not doc.has_annotation("DEP")
    before = [subject_of(tok, lang=two.lang) for tok in doc]
    ctx = DocContext.start(annotated.document, doc, annotated.offsets, lang=two.lang)
    for stage in two.stages:
        stage(ctx)
        if stage.name == "parse.second.v1":
            break
    assert doc.has_annotation("DEP")
    fresh = [_subject_of(tok, lang=two.lang) for tok in doc]
    assert [None if s is None else s.i for s in fresh] != [None if s is None else s.i for s in before]
    assert [None if s is None else s.i for s in (subject_of(tok, lang=two.lang) for tok in doc)] == \
        [None if s is None else s.i for s in fresh]


class _Resolver:
    """A resolver whose ``ordinary`` fails the test when it is asked."""

    def __init__(self, kb):
        self.kb = kb

    def ordinary(self, word):
        raise AssertionError(f"read {word!r}")


@pytest.mark.parametrize("text, word", [
    ("Protesters blocked the road.", "Protesters"),
    ("the protesters blocked the road.", "protesters"),
    ("Police fired tear gas.", "Police"),
    ("they met sharma on monday.", "sharma"),
])
def test_a_one_word_phrase_names_no_titled_person_and_reads_no_word(coder, text, word):
    doc = coder.nlp(text)
    head = next(t for t in doc if t.text == word)
    assert untyped_titled_name(_Resolver(coder.kb), head, [head], lambda s, e: None) is None


def test_a_longer_phrase_still_reads_its_words(coder):
    doc = coder.nlp("police commissioner sharma met the leaders.")
    head = next(t for t in doc if t.text in ("sharma", "commissioner") and t.dep_ == "nsubj")
    with pytest.raises(AssertionError, match="read"):
        untyped_titled_name(_Resolver(coder.kb), head, list(head.subtree), lambda s, e: None)


def test_the_recaser_keeps_its_own_answers_and_at_most_its_bound(monkeypatch):
    # the answers depend on the recaser's tables and its name test: two recasers never share them
    from dotterel import casing
    from dotterel.casing import CapitalsRecaser

    monkeypatch.setattr(casing, "ORDINARY_CACHE_SIZE", 3)
    words = ["paris", "march", "delta", "crowd", "marches", "kabul", "police"]
    tables = dict(common=["paris", "march", "delta", "crowd", "police"], nouns_only=["paris", "delta"],
                  rules=[("es", ""), ("s", "")])
    named = CapitalsRecaser(**tables, is_name=lambda w: w in ("paris", "delta"))
    plain = CapitalsRecaser(**tables)
    for _ in range(2):
        assert [named.ordinary(w) for w in words] == [False, True, False, True, True, False, True]
        assert [plain.ordinary(w) for w in words] == [True, True, True, True, True, False, True]
        assert len(named._ordinary_seen) <= 3 and len(plain._ordinary_seen) <= 3
