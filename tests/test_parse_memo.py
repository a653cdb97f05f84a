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
from dotterel.pipeline.two_pass import _CACHE_KEYS

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
    assert len(parse_memo(doc, f"subject_of@{id(coder.lang)}")) == len(doc)


def test_the_memo_is_one_dict_per_name_and_release_drops_it(coder):
    doc = coder.nlp(TEXTS[0])
    memo = parse_memo(doc, "a")
    memo[3] = 5
    assert parse_memo(doc, "a") is memo
    assert parse_memo(doc, "b") == {}
    release(doc)
    assert _PARSE_MEMO_KEY not in doc.user_data
    assert parse_memo(doc, "a") == {}


def test_the_second_pass_drops_the_memo_with_the_parse():
    assert _PARSE_MEMO_KEY in _CACHE_KEYS


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
