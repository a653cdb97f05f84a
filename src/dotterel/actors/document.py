"""The document's state for actor resolution: its main country and the actors named so far.

Split from :mod:`dotterel.actors.resolve` by job: :func:`main_country` reads the whole parsed document once,
and :class:`DocumentActors` carries what the resolver remembers between the phrases of one document.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from ..annotate import entities
from ..records import Actor, Place
from .kb import KnowledgeBase

if TYPE_CHECKING:
    from ..places.mentions import PlaceMention

__all__ = ["DocumentActors", "main_country"]


def _clean(text: str) -> str:
    text = text.replace("\u2019", "'").strip()
    for prefix in ("the ", "The "):
        if text.startswith(prefix):
            text = text[len(prefix):]
    if text.endswith("'s"):
        text = text[:-2]
    elif text.endswith("'"):
        text = text[:-1]
    return text.strip(" ,.;:")


def _in_long_list(ent) -> bool:
    """True when the entity is one of three or more coordinated names."""
    root = ent.root
    head = root
    while head.dep_ == "conj" and head.head != head:
        head = head.head
    return len(list(head.conjuncts)) + 1 >= 3


def main_country(doc, kb: KnowledgeBase) -> str | None:
    """The ISO alpha-3 code of the country a document is mostly about.

    Counts country names, demonyms and capitals among the named entities
    (GPE, NORP) of the parsed document, leaving out lists of three or more
    coordinated names (member lists); ties go to the first mentioned.

    Parameters
    ----------
    doc : spacy.tokens.Doc
    kb : KnowledgeBase

    Returns
    -------
    str | None
        ``None`` when no country is named.
    """
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for ent in entities(doc):
        if ent.label_ not in ("GPE", "NORP", "LOC", "PERSON", "ORG"):
            continue
        if _in_long_list(ent):
            continue  # "members include Russia, Belarus, Armenia and Kyrgyzstan" says little about the topic
        name = _clean(ent.text)
        entry = kb.country_by_name(name) or kb.country_by_demonym(name)
        if entry is None and ent.label_ == "GPE":
            entry = kb.country_by_capital(name)
        if entry is None:
            continue
        counts[entry.alpha3] += 1
        first.setdefault(entry.alpha3, ent.start)
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], -first[c]))


class DocumentActors:
    """Per-document state for actor resolution: main country and recent actors.

    Parameters
    ----------
    main_country : str | None
        ISO alpha-3 code of the document's main country (see :func:`main_country`).
    """

    def __init__(self, main_country: str | None) -> None:
        self.main_country = main_country
        self._recent: list[tuple[int, Actor]] = []  # (paragraph, actor)
        self.links: dict[int, Actor] = {}
        """Token index -> the actor a pronoun or description refers back to (``actors.coref.v1``)."""
        self.unresolved: set[int] = set()
        """Token indices of pronouns the coreference stage looked at and left unresolved (ambiguous)."""
        self.places: Sequence[PlaceMention] = ()
        """The document's places in context (``places.document.v1``), once ``assemble.v1`` starts: in a text that
        names no country, the town a role noun's clause places it in gives its country (:meth:`ActorResolver._role`)."""
        self.resolve_alone: Callable[[str], Place] | None = None
        """The gazetteer's reading of a name with no country hint (``assemble.v1`` sets it): in a text mainly about
        another country, a town abroad gives a role noun its country only if it has no namesake of the same rank
        elsewhere when nothing hints at a country (the document's hints make the biggest namesake win)."""

    @property
    def empty(self) -> bool:
        """No actor remembered yet: :meth:`last` and :meth:`last_holding` find nothing (coreference's bare context)."""
        return not self._recent

    def remember(self, paragraph: int, actor: Actor | None) -> None:
        """Record an actor seen in ``paragraph`` for pronoun resolution."""
        if actor is not None and actor.span is not None:
            self._recent.append((paragraph, actor))

    def last_holding(self, paragraph: int, words: list[str], country: str | None) -> Actor | None:
        """The last person of the paragraph whose office contains every word of ``words``.

        Parameters
        ----------
        paragraph : int
        words : list[str]
            Lower-case office words ("prime", "minister").
        country : str | None
            When given, the person's country must be this alpha-3 code.

        Returns
        -------
        Actor | None
        """
        for para, actor in reversed(self._recent):
            if para != paragraph:
                break
            if actor.kind != "person" or not actor.role:
                continue
            office = actor.role.lower().replace("-", " ").split()
            if all(w in office for w in words) and (country is None or actor.country == country):
                return actor
        return None

    def last(self, paragraph: int, *, person: bool) -> Actor | None:
        """The last actor of the paragraph that fits a pronoun (person or group)."""
        for para, actor in reversed(self._recent):
            if para != paragraph:
                break
            if person and actor.kind == "person":
                return actor
            if not person and actor.kind in ("group", "organisation", "igo", "country"):
                return actor
        return None
