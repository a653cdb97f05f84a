"""The attribute ruler's compiled token patterns: the same matches as spaCy's Matcher (issue 15, hot spots)."""

from __future__ import annotations

import functools

import pytest

from dotterel.token_rules import CompiledTokenPatterns, compile_attribute_ruler

spacy = pytest.importorskip("spacy")

PATTERNS = [
    ("0", [[{"TAG": "NNP"}]]),
    ("1", [[{"TAG": "VBD", "LOWER": {"IN": ["was", "were"]}}]]),
    ("2", [[{"LOWER": {"REGEX": "^n[ou]thin'$"}}]]),
    ("3", [[{"LOWER": {"REGEX": "^y'?$"}}, {"LOWER": "all"}]]),
    ("4", [[{"DEP": {"NOT_IN": [""]}, "IS_SPACE": True}]]),
    ("5", [[{"DEP": "expl"}, {"LOWER": {"IN": ["is", "was"]}}]]),
    ("6", [[{"TAG": "VBZ", "LOWER": "gets"}], [{"TAG": "VBD", "LOWER": "got"}]]),
    ("7", [[{"IS_SPACE": True}]]),
]


@functools.cache
def _english_vocab():
    """The vocabulary of a blank English pipeline, made once (``spacy.blank("en")`` costs ~0.1 s of CPU).

    The tests only add strings and lexemes to it, which no test reads back as absent.
    """
    return spacy.blank("en").vocab


def _doc(words, tags, deps=None, spaces=None):
    from spacy.tokens import Doc

    doc = Doc(_english_vocab(), words=words, spaces=spaces, tags=tags, deps=deps,
              heads=list(range(len(words))) if deps else None)
    return doc


def _both(doc):
    from spacy.matcher import Matcher

    matcher = Matcher(doc.vocab)
    for key, alternatives in PATTERNS:
        matcher.add(key, alternatives)
    compiled = CompiledTokenPatterns(doc.vocab, PATTERNS)
    return sorted(matcher(doc, allow_missing=True)), sorted(compiled(doc, allow_missing=True))


@pytest.mark.parametrize("words,tags", [
    (["Tbilisi", "was", "calm", "and", "y'", "all", "got", "nothin'"], ["NNP", "VBD", "JJ", "CC", "PRP", "DT", "VBD", "NN"]),
    (["Police", "got", "gets", "Gets", "Y", "ALL", "were"], ["NNS", "VBD", "VBZ", "VBZ", "PRP", "DT", "VBD"]),
    (["y"], ["PRP"]),  # a two-token pattern cut by the end of the text
    ([], []),
])
def test_compiled_patterns_match_as_the_matcher_without_a_parse(words, tags):
    doc = _doc(words, tags)
    expected, got = _both(doc)
    assert got == expected
    keys = [(doc.vocab.strings[k], s) for k, s, _e in got]
    if "got" in words:  # the second alternative of pattern 6, on "got" with its tag
        assert ("6", words.index("got")) in keys
    if "all" in words:  # a two-token pattern (y' all), read case-insensitively
        assert ("3", words.index("all") - 1) in keys


def test_compiled_patterns_read_the_parse_when_there_is_one():
    doc = _doc(["There", "was", "a", "riot", " "], ["EX", "VBD", "DT", "NN", "_SP"],
               deps=["expl", "ROOT", "det", "attr", "dep"], spaces=[True, True, True, False, False])
    expected, got = _both(doc)
    assert got == expected
    keys = {doc.vocab.strings[m[0]]: (m[1], m[2]) for m in got}
    assert keys["5"] == (0, 2) and keys["4"] == (4, 5) and keys["1"] == (1, 2)


def test_an_operator_keeps_spacys_matcher():
    with pytest.raises(ValueError):
        CompiledTokenPatterns(_english_vocab(), [("0", [[{"LOWER": "a", "OP": "+"}]])])
    with pytest.raises(ValueError):
        CompiledTokenPatterns(_english_vocab(), [("0", [[{"LENGTH": {">=": 3}}]])])


def test_the_ruler_sets_the_same_attributes_with_compiled_patterns():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add_patterns([
        {"patterns": [[{"LOWER": "riots"}]], "attrs": {"LEMMA": "riot", "POS": "NOUN"}},
        {"patterns": [[{"LOWER": {"IN": ["raped", "rapes"]}}]], "attrs": {"LEMMA": "rape"}},
        {"patterns": [[{"LOWER": "riots"}]], "attrs": {"POS": "VERB"}},  # a later pattern wins
    ])
    text = "Riots spread after soldiers raped a woman; riots went on."
    before = [(t.lemma_, t.pos_) for t in nlp(text)]
    assert compile_attribute_ruler(nlp) is True
    assert isinstance(nlp.get_pipe("attribute_ruler").matcher, CompiledTokenPatterns)
    after = [(t.lemma_, t.pos_) for t in nlp(text)]
    assert after == before
    assert after[0] == ("riot", "VERB") and after[4] == ("rape", "")
    assert nlp.get_pipe("attribute_ruler").patterns[1]["patterns"] == [[{"LOWER": {"IN": ["raped", "rapes"]}}]]
    assert compile_attribute_ruler(spacy.blank("en")) is False  # no ruler
