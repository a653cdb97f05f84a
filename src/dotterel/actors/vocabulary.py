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


KEYED_LISTS = ("collective_nouns", "party_follower_nouns", "numbered_unit_nouns", "force_unit_nouns",
               "military_means_nouns", "war_strike_nouns", "national_force_nouns", "bare_quantity_nouns", "honorifics",
               "body_anaphors", "body_member_nouns", "body_possessives")
"""The profile lists whose words open a reading of the resolver on their own (a mapping's keys and values both):
a phrase holding one of their words is left to the resolver (module docstring)."""

HEAD_LISTS = ("non_actor_heads", "person_pronouns", "group_pronouns")
"""The profile lists the resolver tests on the head alone (pronouns, words that head no actor's phrase)."""

REFINING_LISTS = frozenset({
    # prepositions, articles and verbs that place, date or type a phrase another word opened
    "country_prepositions", "definite_articles", "locative_prepositions", "origin_prepositions", "name_descriptors",
    "mission_service_verbs", "scene_subject_verbs", "war_contact_verbs", "war_strike_verbs", "occurrence_verbs",
    "ownership_participles", "new_incident_words", "topic_shift_adverbs", "compass_words", "ordinal_re",
    # read with a role of the knowledge base, a proper noun or an entity, never alone
    "collective_state_nouns", "invariant_nouns", "organisation_head_nouns", "name_titles", "role_kind_adjectives",
    "role_stance_prefixes", "sponsor_participles", "title_time_modifiers", "surname_particles", "month_names",
    "weekdays", "foreign_words", "foreign_holder_nouns", "projectile_nouns",
    # only keeps a reading back ("its residents" are no body's members), never opens one
    "dweller_nouns", "outsider_nouns", "body_voice_nouns",
    # turn a role the knowledge base gave into its government-side reading, never open one
    "militia_nouns", "regime_side_words", "loyalty_words",
    # what a war strike harms (read only after a war-strike word) or a document-level choice, not a phrase's name
    "person_nouns", "place_nouns", "setting_nouns", "named_setting_nouns", "war_target_nouns",
})
"""The other profile fields the resolver's modules read: none names an actor without a word of
:data:`KEYED_LISTS`, a name of the knowledge base, a proper noun or an entity. A field a new reading reads must be
put in one of these three sets (``tests/test_actor_vocabulary.py`` fails otherwise): in :data:`KEYED_LISTS` when
its words open the reading, or the pre-test would skip phrases the resolver names."""


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
        profile: set[str] = set()
        for field in KEYED_LISTS:
            words = getattr(lang, field)
            for entry in [*words, *words.values()] if isinstance(words, dict) else words:
                parts = [entry.lower(), *normalise_name(entry).split()]
                profile.update([w for w in parts if w not in common] or parts)
        self.words = frozenset(names | profile)
        # read on the head alone: a pronoun or a word that heads no actor's phrase ("it", "this")
        self.head_words = frozenset(w.lower() for field in HEAD_LISTS for w in getattr(lang, field))
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
