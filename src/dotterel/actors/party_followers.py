"""A party's followers as the party: "supporters of the Congress party" (issue 16).

Split from :mod:`dotterel.actors.resolve` by concern (that module is at the size cap): the one home of the rule
that a follower noun naming its party is that party.
"""

from __future__ import annotations

from typing import Callable

from ..records import Actor

__all__ = ["followed_party"]


def followed_party(head, resolve: Callable[[object], Actor | None], to_span, lang) -> Actor | None:
    """The party a follower noun's "of" phrase names, or ``None``.

    A party's supporters, activists, loyalists, followers, cadres or workers (profile ``party_follower_nouns``)
    with an "of" phrase naming a party are that party ("supporters of the Congress party", "activists of the
    Awami League"): ACLED codes a party's supporters with their party named (ACLED codebook 2023, actor types).
    Only a party ("supporters of the president" stay unnamed), only when the party's name holds the object
    (not "the BJP-run corporation"), and not a possessed object ("of the ANC's rival").

    Parameters
    ----------
    head : spacy.tokens.Token
        Head of the actor phrase.
    resolve : callable
        Resolves a token's phrase to an actor (the resolver's own ``resolve`` with the document's context).
    to_span : callable
        Maps doc character offsets to an original-text Span.
    lang : LanguageProfile
        Its ``party_follower_nouns``.
    """
    if head.lemma_.lower() not in lang.party_follower_nouns:
        return None
    for p in (p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj" and not any(k.dep_ == "poss" for k in p.children)):
        party, at = resolve(p), to_span(p.idx, p.idx + len(p.text))
        if party is not None and party.org_type == "party" and party.span is not None \
                and party.span.start <= at.start and at.end <= party.span.end:
            return party
    return None
