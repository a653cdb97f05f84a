"""A party's followers as the party: "supporters of the Congress party" (issue 16).

Split from :mod:`dotterel.actors.resolve` by concern (that module is at the size cap): the one home of the rule
that a follower noun naming its party is that party.
"""

from __future__ import annotations

from typing import Callable

from ..records import Actor

__all__ = ["followed_party", "short_named_party"]

_DATELINE_MARKS = frozenset({":", "-", "--", "—", "–"})
"""The marks that close a dateline's city in capitals (:mod:`dotterel.places.dateline`: "INDORE:", "BHOPAL -")."""


def followed_party(head, resolve: Callable[[object], Actor | None], to_span, lang, kb=None,
                   home: str | None = None) -> Actor | None:
    """The party a follower noun's "of" phrase or short name names, or ``None``.

    A party's supporters, activists, loyalists, followers, cadres or workers (profile ``party_follower_nouns``)
    with an "of" phrase naming a party are that party ("supporters of the Congress party", "activists of the
    Awami League"): ACLED codes a party's supporters with their party named (ACLED codebook 2023, actor types).
    Only a party ("supporters of the president" stay unnamed), only when the party's name holds the object
    (not "the BJP-run corporation"), and not a possessed object ("of the ANC's rival"). A party's short name
    before the noun, which alone names another body, names the party only in a text of the party's own country
    (``home``; :func:`short_named_party`): "Congress workers" in India.

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
    kb : KnowledgeBase, optional
        Its parties' ``follower_names``.
    home : str, optional
        ISO alpha-3 code of the text's country (its main country, the one country of its places, or its
        dateline's when it names no other place).
    """
    if head.lemma_.lower() not in lang.party_follower_nouns:
        return None
    if kb is not None and home is not None and (short := short_named_party(head, kb, home, to_span)) is not None:
        return short
    for p in (p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
              for p in c.children if p.dep_ == "pobj" and not any(k.dep_ == "poss" for k in p.children)):
        party, at = resolve(p), to_span(p.idx, p.idx + len(p.text))
        if party is not None and party.org_type == "party" and party.span is not None \
                and party.span.start <= at.start and at.end <= party.span.end:
            return party
    return None


def short_named_party(head, kb, home: str, to_span) -> Actor | None:
    """The party whose short name stands alone before a follower noun ``head``, in a text of its country.

    "Congress workers protested in Bhopal": bare "Congress" is no alias of the Indian National Congress (it is
    also the US legislature), but before a follower in an Indian text it is the party (the knowledge base's
    ``follower_names``). Not a longer name that ends in it ("Trinamool Congress workers", "Youth Congress
    workers": the short name has words of its own), and not in a text of another country. The parser may hang the
    longer name's first words on the follower noun rather than on the short name ("YSR Congress workers", "Tamil
    Maanila Congress workers": parties of their own), so the word before the short name must not be a name or a
    noun of the phrase (:func:`_opens_phrase`). The parser hangs the first of two parties on the noun as a
    nominal modifier ("PTI and PML-N workers scuffled": "PTI" nmod): the short name all the same.
    """
    for c in head.children:
        if c.dep_ not in ("compound", "nmod") or c.i > head.i or any(k.i < c.i for k in c.children) or not _opens_phrase(c):
            continue
        org = next((o for o in kb.organisations if o.type == "party" and o.country == home
                    and c.text in o.follower_names), None)
        if org is not None:
            return Actor(span=to_span(c.idx, c.idx + len(c.text)), name=org.name, country=org.country, sector=org.sector,
                         kind="organisation", wikidata=org.wikidata, how="kb_org", org_type=org.type,
                         reason=f"knowledge base party, named '{c.text}' before its followers ('{head.text}') "
                                f"in a text of {home}")
    return None


def _opens_phrase(tok) -> bool:
    """Whether ``tok`` starts its name: the word before it is no name, noun or hyphen of the same phrase.

    "Congress workers", "angry Congress workers", "the Congress workers": the short name stands alone; "YSR
    Congress workers", "Nepali Congress workers", "pro-Congress workers": it ends a longer name or word, which
    the party's short name does not name (Indian parties named "... Congress": YSR Congress Party, Tamil
    Maanila Congress, Kerala Congress; Nepali Congress in Nepal).
    """
    if tok.i == tok.sent.start:
        return True
    prev = tok.doc[tok.i - 1]
    if prev.text in _DATELINE_MARKS and prev.whitespace_ and prev.i > 0 and tok.doc[prev.i - 1].is_upper:
        return True  # "INDORE: Congress workers", "BHOPAL - Congress workers": the dateline ends before it
    return not (prev.pos_ in ("PROPN", "NOUN", "X", "PUNCT", "SYM") and prev.text not in (",", "(", '"', "'")
                or prev.dep_ == "compound" or prev.ent_type_ or prev.text[:1].isupper() and prev.i != tok.sent.start)
