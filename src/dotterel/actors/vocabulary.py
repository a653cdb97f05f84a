"""Which argument nouns no reading of the actor resolver can name: a pre-test derived from the KB and the profile.

Coreference (stage ``actors.coref.v1``, :func:`dotterel.actors.coref.antecedent_mentions`) resolves every
argument noun of a document with a context that remembers no actor, to find the actors pronouns and
descriptions refer back to. Most of those nouns are common nouns that name no one ("the area", "tear gas",
"stones"): on the speed benchmark's first 100 texts, 3,856 of the 7,998 calls were common nouns with no entity
that resolved to nothing, about half of the stage's time. Every reading of
:meth:`dotterel.actors.resolve.ActorResolver.resolve` keys on a word of the phrase it reads:

* a person, an organisation, a country, a capital or a demonym: a name of the knowledge base, looked up whole
  (normalised, :func:`~dotterel.actors.kb_models.normalise_name`) or as an abbreviation; a person and an
  apposition only after a proper noun or an entity;
* a role noun, an office holder, a titled name, a numbered unit, a force's members: a role phrase of the
  knowledge base ending the words (:meth:`~dotterel.actors.kb.KnowledgeBase.role`);
* the profile's word lists: collective and bare quantity nouns, party followers, a body's members and
  anaphors, weapons of war, a country's forces, honorifics, pronouns.

So a common-noun phrase with no proper noun, no entity and no word of those (:meth:`ActorVocabulary.cannot_resolve`)
resolves to nothing, and the call is skipped. The words come from the knowledge base's own index
(:meth:`~dotterel.actors.kb_index.NameIndex.words`) and the profile's lists, so they grow with them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from .kb_models import normalise_name

if TYPE_CHECKING:
    from ..lang import LanguageProfile
    from .kb import KnowledgeBase

__all__ = ["ActorVocabulary", "vocabulary_of"]

_JOINING = frozenset(".'\u2019-")
"""Characters :func:`~dotterel.actors.kb_models.normalise_name` removes (dots, apostrophes) or splits on (hyphens,
which also glue a role word to the head: ``hyphen_prefix``): a phrase holding one is left to the resolver, since
its words may join across tokens."""

_FIGURES = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "PERCENT", "MONEY"})
"""Entity classes of a phrase's figures ("three days of protests"), which no reading takes for a name (its words
are still looked at); an ordinal is not one of them (it names a formation: "the 5th brigade")."""


class ActorVocabulary:
    """The words some reading of the actor resolver keys on, and the pre-test built on them.

    Parameters
    ----------
    kb : KnowledgeBase
        Its index's name words and abbreviations (:meth:`~dotterel.actors.kb.KnowledgeBase.name_words`).
    lang : LanguageProfile
        The word lists :meth:`~dotterel.actors.resolve.ActorResolver.resolve` reads (module docstring).
    """

    def __init__(self, kb: KnowledgeBase, lang: LanguageProfile) -> None:
        common = _function_words(lang)
        names, abbreviations = kb.name_words(common)
        lists = [lang.collective_nouns, lang.party_follower_nouns, lang.numbered_unit_nouns, lang.force_unit_nouns,
                 lang.military_means_nouns, lang.war_strike_nouns, lang.national_force_nouns,
                 lang.national_force_nouns.values(), lang.bare_quantity_nouns, lang.honorifics, lang.body_anaphors,
                 lang.body_member_nouns, lang.body_possessives]
        profile: set[str] = set()
        for entry in (entry for words in lists for entry in words):
            parts = [entry.lower(), *normalise_name(entry).split()]
            profile.update([w for w in parts if w not in common] or parts)
        self.words = frozenset(names | profile)
        # read on the head alone: a pronoun or a word that heads no actor's phrase ("it", "this")
        self.head_words = frozenset(w.lower() for words in (lang.non_actor_heads, lang.person_pronouns,
                                                            lang.group_pronouns) for w in words)
        self.abbreviations = abbreviations
        self.longest = max((len(a) for a in abbreviations), default=0)

    def cannot_resolve(self, head) -> bool:
        """Whether the phrase of the common noun ``head`` holds nothing any reading of the resolver keys on.

        True only when ``head`` is a common noun (``NOUN``), no pronoun nor ``non_actor_heads`` word, and every word of its subtree (which holds every
        word the readings look at: its phrase, "of" phrase, possessors, apposition) is no proper noun, in no
        entity but a figure's (:data:`_FIGURES`), holds no dot, apostrophe or hyphen, and neither its lower-case form, its lemma nor its
        normalised words are in :attr:`words`; nor does a run of its words join into an abbreviation (the
        abbreviation look-up drops spaces), nor is the word before it a hyphen. With a context that remembers
        no actor (coreference's), :meth:`~dotterel.actors.resolve.ActorResolver.resolve` then returns ``None``.
        """
        if head.pos_ != "NOUN" or head.lower_ in self.head_words:
            return False
        doc = head.doc
        subtree = list(head.subtree)
        if subtree[0].i > 0 and doc[subtree[0].i - 1].text == "-":
            return False
        words = self.words
        for tok in subtree:
            text = tok.text
            if tok.pos_ == "PROPN" or (tok.ent_type_ and tok.ent_type_ not in _FIGURES) or not _JOINING.isdisjoint(text):
                return False
            if tok.lower_ in words or tok.lemma_.lower() in words:
                return False
            if not (text.isascii() and text.isalpha()) and not words.isdisjoint(normalise_name(text).split()):
                return False
        return not self._joins_abbreviation(subtree)

    def _joins_abbreviation(self, toks) -> bool:
        """Whether a run of consecutive ``toks`` written together, in lower case, is an abbreviation key."""
        if not self.abbreviations:
            return False
        texts = [t.lower_ for t in toks]
        for start in range(len(texts)):
            joined = ""
            for k in range(start, len(texts)):
                if k > start and toks[k].i != toks[k - 1].i + 1:
                    break
                joined += texts[k]
                if len(joined) > self.longest:
                    break
                if joined in self.abbreviations:
                    return True
        return False


def _function_words(lang: LanguageProfile) -> frozenset[str]:
    """SpaCy's stop words of the profile's language: words no name is made of alone ("the", "of", "and").

    Any set keeps :meth:`ActorVocabulary.cannot_resolve` sound (a name made only of such words keeps them
    all); these keep "the", "of" and "a" from marking every phrase.
    """
    from spacy.util import get_lang_class

    return frozenset(get_lang_class(lang.code).Defaults.stop_words)


_BY_RESOLVER: WeakKeyDictionary = WeakKeyDictionary()


def vocabulary_of(resolver) -> ActorVocabulary:
    """The :class:`ActorVocabulary` of an actor resolver's knowledge base and profile, made once per resolver."""
    vocabulary = _BY_RESOLVER.get(resolver)
    if vocabulary is None:
        vocabulary = _BY_RESOLVER[resolver] = ActorVocabulary(resolver.kb, resolver.lang)
    return vocabulary
