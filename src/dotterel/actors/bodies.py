"""The known body a descriptive or title word goes with: "Paramilitary Rapid Support Forces", "the leader of Hezbollah".

Two kinds of words stand before or around a knowledge-base body's name without being part of it (issue 16,
a new user's report): descriptors the writer adds ("Suspected Boko Haram militants"; the profile's
``name_descriptors``), and the title of the body's head ("the leader of the Houthi movement", "Hezbollah's
leader"), whom CAMEO and ACLED code by the body he leads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..annotate import doc_text
from ..records import Actor, Span
from .document import _clean

if TYPE_CHECKING:
    from .kb_models import OrgEntry
    from .resolve import ActorResolver

__all__ = ["head_of_body", "headed_body", "without_descriptors"]


def without_descriptors(text: str, at: tuple[int, int], descriptors) -> tuple[str, tuple[int, int]]:
    """``text`` (at offsets ``at``) without the leading descriptive words of ``descriptors``, or ``("", at)``.

    "Paramilitary Rapid Support Forces", "Suspected Boko Haram": written first in a sentence (or in a
    Title Case headline) the parser tags the descriptor as part of the name, so the knowledge base,
    which holds the name, finds nothing. Only the profile's ``name_descriptors`` are dropped, never
    another capitalised word ("New Democratic Party" is not the "Democratic Party"), and a name must
    be left. ``("", at)`` when no descriptor leads the text.
    """
    words = text.split(" ")
    n = 0
    while n < len(words) - 1 and words[n].lower() in descriptors:
        n += 1
    if n == 0:
        return "", at
    skip = len(" ".join(words[:n])) + 1
    return text[skip:], (at[0] + skip, at[1])


def headed_body(resolver: ActorResolver, head, toks) -> OrgEntry | None:
    """The knowledge-base body a head of no sector of its own heads ("the leader of the Houthi movement"), or None.

    The body is the object of the head's "of" (the profile's ``country_prepositions``), its possessor
    ("Hezbollah's leader") or the names before it ("the Hamas chief"), each read as a whole and then
    without leading descriptors (:func:`without_descriptors`).
    """
    phrases = []
    for c in head.children:
        if c.dep_ == "prep" and c.lower_ in resolver.lang.country_prepositions:
            phrases += [[t for t in p.subtree if t.dep_ != "det"] for p in c.children if p.dep_ == "pobj"]
        elif c.dep_ == "poss":
            phrases.append([t for t in c.subtree if t.dep_ not in ("det", "case")])
    phrases.append([t for t in toks if t.i < head.i and t.pos_ == "PROPN"])
    for words in phrases:
        if not words:
            continue
        text = _clean(doc_text(head.doc)[words[0].idx:words[-1].idx + len(words[-1].text)])
        org = resolver.kb.organisation(text)
        if org is None:
            bare, _at = without_descriptors(text, (0, 0), resolver.lang.name_descriptors)
            org = resolver.kb.organisation(bare) if bare else None
        if org is not None:
            return org
    return None


def head_of_body(head, span: Span, org: OrgEntry) -> Actor:
    """The head of ``org`` (a leader, chief or chair the text leaves unnamed): the body's sector and country.

    CAMEO codes a leader by the body he leads: the Phoenix dictionaries list "Hassan Nasrallah" as a
    name of HEZBOLLAH [LBNREB] (Phoenix.MilNonState.actors.txt). A body of no country gives none
    (never guessed).
    """
    role = head.lemma_.lower()
    country = org.country
    return Actor(
        span=span,
        name=f"{org.name} {role}",
        country=country,
        sector=org.sector,
        kind="person",
        role=role,
        how="role",
        org_type=org.type,
        reason=f"role noun '{head.text}' heads {org.name} (knowledge base organisation, type {org.type}): "
               f"its sector {org.sector}" + (f" and country {country}" if country else "; the body has no country"),
    )
