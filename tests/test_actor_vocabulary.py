"""Coreference's vocabulary pre-test: a common noun with no word any actor reading keys on is not resolved.

:class:`dotterel.actors.vocabulary.ActorVocabulary` lets
:func:`~dotterel.actors.coref.antecedent_mentions` skip the resolver for such nouns. These tests pin that it
skips plain things, never a phrase a reading can name (roles, bodies, countries, collective and follower
nouns, weapons of war, hyphenated or abbreviated names), and that every noun it skips resolves to nothing
with coreference's bare context, so the coder's output is what it was.
"""

from __future__ import annotations

import datetime as _dt

import pytest

from dotterel.actors import coref
from dotterel.actors.coref import antecedent_mentions
from dotterel.actors.resolve import DocumentActors
from dotterel.actors.vocabulary import ActorVocabulary, vocabulary_of
from dotterel.ingest import make_document
from test_coref_mentions import _context

# argument nouns of my own sentences, by the text of the head, with whether the pre-test may skip them
SKIPPED = [
    ("Witnesses saw the smoke.", ["smoke"]),
    ("The blaze gutted the kitchen.", ["blaze", "kitchen"]),
    ("The explosion shattered windows.", ["explosion", "windows"]),
    ("The attack left a crater in the pavement.", ["crater", "pavement"]),
]
KEPT = [
    ("The police arrested the protesters.", ["police", "protesters"]),
    ("The ministry blamed the opposition for the unrest.", ["ministry", "opposition"]),
    ("Kenyan soldiers shelled the hills.", ["soldiers"]),
    ("Thousands of workers marched to the square.", ["Thousands", "workers"]),
    ("Supporters of the party blocked the road.", ["Supporters"]),
    ("Air strikes hit the market.", ["strikes"]),
    ("The vice-chancellor closed the campus.", ["chancellor"]),
    ("The 5th brigade moved north.", ["brigade"]),
    ("Its members met in the capital.", ["members"]),
    ("The crowd threw stones at the U.S. embassy.", ["crowd", "embassy"]),
]


def _heads(coder, text, words):
    doc = coder.nlp(text)
    return doc, [next(t for t in doc if t.text == w) for w in words]


@pytest.fixture(scope="module")
def vocabulary(coder):
    return vocabulary_of(coder.actors)


@pytest.mark.parametrize(("text", "words"), SKIPPED)
def test_plain_common_nouns_are_skipped(coder, vocabulary, text, words):
    _doc, heads = _heads(coder, text, words)
    assert [vocabulary.cannot_resolve(t) for t in heads] == [True] * len(heads)


@pytest.mark.parametrize(("text", "words"), KEPT)
def test_nouns_a_reading_can_name_are_left_to_the_resolver(coder, vocabulary, text, words):
    _doc, heads = _heads(coder, text, words)
    assert [vocabulary.cannot_resolve(t) for t in heads] == [False] * len(heads)


def test_the_words_come_from_the_knowledge_base_and_the_profile_not_function_words(coder, vocabulary):
    words = vocabulary.words
    assert {"police", "protester", "ministry", "kenyan", "brigade", "strike", "thousands"} <= words
    assert not {"the", "of", "and", "smoke", "kitchen"} & words
    assert "us" in vocabulary.abbreviations  # "U.S." read as its abbreviation key
    assert isinstance(vocabulary, ActorVocabulary) and vocabulary_of(coder.actors) is vocabulary


def test_every_skipped_noun_resolves_to_nothing_with_the_bare_context(coder, vocabulary):
    texts = [t for t, _w in SKIPPED + KEPT] + [
        "Riot police in the northern town fired tear gas at the students, and the clashes left two officers hurt.",
        "the commissioner of police said the mob burnt two buses and a shop in the old city.",
        "The blaze gutted the kitchen, and the explosion shattered windows near the pavement.",
        "A spokesman for the interior ministry said the curfew would stay until the end of the month.",
        # lower-case Indian English, abbreviations written in lower case, hyphens, and actor nouns the KB lacks
        "the sho of the local thana said the goons pelted stones at the jawans near the tehsil office.",
        "the u s embassy staff left after the rss men and tmc supporters clashed near the collectorate.",
        "ex-army men staged a sit-in at the dc office, and the nia raided a madrasa in the old city.",
        "Settlers torched olive groves while the army looked on, an aid group's report said.",
        "If the junta orders troops into the capital, the unions have warned they will strike.",
        "Inmates rioted in the prison, and the wardens fired rubber bullets at the ringleaders.",
    ]
    skipped = 0
    for text in texts:
        doc = coder.nlp(text)
        for tok in doc:
            if tok.pos_ == "NOUN" and vocabulary.cannot_resolve(tok):
                skipped += 1
                actor = _resolve_bare(coder.actors, tok)
                assert actor is None or actor.span is None, tok.text
    assert skipped >= 8


def _resolve_bare(resolver, head):
    """``head`` resolved as coreference resolves it: a context that remembers no actor."""
    return resolver.resolve(head, to_span=lambda s, e: _span(head.doc, s, e), context=DocumentActors(None),
                            paragraph=0, on=_dt.date(2024, 5, 6))


def _span(doc, start, end):
    from dotterel.records import Span

    return Span(start=start, end=end, text=doc.text[start:end])


def test_coding_with_the_pre_test_gives_what_coding_without_it_gives(coder, monkeypatch):
    text = ("Police fired tear gas at the crowd in the old market area on Monday. They arrested 40 protesters, "
            "the ministry said. The rain did not stop the marchers, who carried banners to the square.\n\n"
            "Later, soldiers of the 3rd battalion blocked the road to the airport. Its commander said the roads "
            "would stay closed.")
    document = make_document(text, published="2024-05-06")
    with_test = [c.model_dump() for c in next(iter(coder.code_documents([document]))).events]

    class Never:
        def cannot_resolve(self, _tok):
            return False

    monkeypatch.setattr(coref, "vocabulary_of", lambda _resolver: Never())
    without = [c.model_dump() for c in next(iter(coder.code_documents([document]))).events]
    assert with_test == without and len(with_test) >= 2


def test_mentions_are_those_found_without_the_pre_test(coder, monkeypatch):
    ctx = _context(coder, "The crowd burnt tyres on the road. Police detained the men, and the army said its "
                          "soldiers stayed away.")
    found = antecedent_mentions(ctx, coder.actors)
    monkeypatch.setattr(coref, "vocabulary_of", lambda _resolver: type("N", (), {"cannot_resolve": lambda s, t: False})())
    assert antecedent_mentions(ctx, coder.actors) == found and len(found) >= 2


# --- the pre-test grows with the knowledge base and the profile, and knows every profile field the resolver reads

_RESOLVER_MODULES = ("resolve", "names", "forces", "bodies", "party_followers", "document", "scenes", "attack_agents")


def test_every_profile_field_the_resolver_reads_is_classified():
    """A new reading keyed on a new profile list must be put in KEYED_LISTS, or the pre-test would skip its nouns."""
    import re
    from pathlib import Path

    from dotterel.actors import vocabulary as v

    here = Path(v.__file__).parent
    read = {f for m in _RESOLVER_MODULES for f in re.findall(r"\blang\.([a-z_]+)", (here / f"{m}.py").read_text())}
    classified = {*v.KEYED_LISTS, *v.HEAD_LISTS, *v.REFINING_LISTS}
    assert read - classified == set()
    assert not set(v.KEYED_LISTS) & v.REFINING_LISTS and not set(v.HEAD_LISTS) & v.REFINING_LISTS
    assert "collective_nouns" in read and "national_force_nouns" in read  # the scan sees the resolver's reads


def test_a_role_added_to_the_knowledge_base_is_left_to_the_resolver(coder, tmp_path):
    import json

    from dotterel.actors.kb import KnowledgeBase
    from dotterel.actors.resolve import ActorResolver

    text = "The stevedores blocked the gates of the port."
    _doc, (head,) = _heads(coder, text, ["stevedores"])
    assert vocabulary_of(coder.actors).cannot_resolve(head)  # the packaged KB names no stevedore
    path = tmp_path / "roles.json"
    path.write_text(json.dumps({"format": "dotterel-actors", "version": 1,
                                "roles": [{"phrase": "stevedore", "sector": "LAB"}]}), encoding="utf-8")
    grown = ActorResolver(KnowledgeBase.load(extra=[path], lang=coder.lang, phoenix=False), lang=coder.lang)
    assert not vocabulary_of(grown).cannot_resolve(head)
    actor = _resolve_bare(grown, head)
    assert actor is not None and actor.sector == "LAB"


def test_a_word_added_to_a_keyed_profile_list_is_left_to_the_resolver(coder):
    from dotterel.actors.resolve import ActorResolver

    _doc, (head,) = _heads(coder, "By noon, multitudes had gathered outside the stadium.", ["multitudes"])
    assert head.pos_ == "NOUN" and vocabulary_of(coder.actors).cannot_resolve(head)
    lang = coder.lang.model_copy(update={"bare_quantity_nouns": {*coder.lang.bare_quantity_nouns, "multitudes"}})
    grown = ActorResolver(coder.kb, lang=lang)
    assert not vocabulary_of(grown).cannot_resolve(head)
    actor = _resolve_bare(grown, head)
    assert actor is not None and actor.span is not None
