"""A plural "they" that stands for a coordinated pair or list of actors (part of ``actors.coref.v1``).

"The EU and Kazakhstan have been partners ... They signed an agreement": the
pronoun refers back to the whole coordination. dotterel codes a coordinated
phrase by its first member, so the pronoun takes that member, with the whole
pair as its evidence.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import NON_STATE_ARMED_SECTORS, STATE_FORCE_SECTORS

if TYPE_CHECKING:
    from .coref import ActorMention

__all__ = ["first_conjunct", "opposed", "pair_antecedent", "pair_head", "pair_span"]


def _camp(sector: str | None) -> str:
    """The side of a conflict a sector stands on: a state force, an armed group outside the state, or neither."""
    if sector in STATE_FORCE_SECTORS:
        return "state force"
    return "armed group" if sector in NON_STATE_ARMED_SECTORS else "unarmed"


def opposed(members: list[ActorMention]) -> bool:
    """Whether a coordination joins the opposite sides of a fight ("Police and protesters", "Soldiers and rebels").

    The members stand in different camps (a state force, an armed group
    outside the state, the unarmed) and one of them is armed: ACLED codes
    them as the two sides of one event (Codebook 2023, actor 1 and actor 2),
    so a "they" after them may be either side ("Protesters and police
    clashed. They fired tear gas": the police) and names neither.

    Parameters
    ----------
    members : list of ActorMention
        The resolved members of one coordination.

    Returns
    -------
    bool
    """
    camps = {_camp(m.actor.sector) for m in members}
    return len(camps) > 1 and camps != {"unarmed"}


def first_conjunct(tok):
    """The first member of the coordination ``tok`` belongs to ("Police" of "Police and protesters").

    Parameters
    ----------
    tok : spacy.tokens.Token

    Returns
    -------
    spacy.tokens.Token
        ``tok`` itself when it is no later member of a coordination.
    """
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    return tok


def pair_antecedent(tok, lang) -> int | None:
    """The token index of the first member of ``tok``'s coordination when a later "they" may stand for it, or ``None``.

    Only a coordination that is a clause subject ("Farmers and traders
    marched"), not one inside another phrase ("supporters of the president
    and opposition activists": the parse may join the wrong words), and not
    the subject of a verb of two-sided violence (profile ``two_sided_verbs``:
    "Herders and farmers clashed" names two sides, and a "they" after them
    may be either).

    Parameters
    ----------
    tok : spacy.tokens.Token
        A member of a coordination.
    lang : dotterel.lang.LanguageProfile

    Returns
    -------
    int | None
    """
    first = first_conjunct(tok)
    if first.dep_ not in ("nsubj", "nsubjpass") or first.head.lemma_.lower() in lang.two_sided_verbs:
        return None
    return first.i


def pair_head(nearest: list[ActorMention], mentions: list[ActorMention]) -> ActorMention | None:
    """The first member of the one coordination a plural pronoun refers back to, or ``None``.

    "The EU and Kazakhstan have been partners ... They signed an agreement",
    "Police and protesters clashed on Monday. They threw stones at each
    other": "they" stands for the coordinated pair (or list). dotterel codes a
    coordinated phrase by its first member ("The EU and Kazakhstan signed":
    the EU), so the pronoun takes that member, with the whole pair as its
    evidence (the stage's ``antecedent``). Only when every fitting mention of
    the nearest sentence belongs to that one coordination: "Police arrested
    students and teachers. They ..." has police beside the pair, so it is
    ambiguous and abstains; so is a pair of opposite sides
    (:func:`opposed`: "Protesters and police clashed. They fired tear gas").

    Parameters
    ----------
    nearest : list of ActorMention
        The fitting mentions of the nearest sentence that has any.
    mentions : list of ActorMention
        Every candidate mention (the first member may not fit by itself: a
        country, "Kazakhstan and the EU").

    Returns
    -------
    ActorMention | None
    """
    heads = {m.coordination for m in nearest}
    if len(heads) != 1 or None in heads:
        return None
    head = heads.pop()
    if opposed([m for m in mentions if m.coordination == head]):
        return None  # "Protesters and police clashed. They fired tear gas": either side, so neither
    return next((m for m in mentions if m.i == head), None)


def pair_span(ctx, head):
    """The span of the coordination ``head`` is the first member of, from its first word to its last member's last.

    Parameters
    ----------
    ctx : dotterel.pipeline.context.DocContext
        For ``ctx.span`` (parsed-text offsets to a span of the original text).
    head : spacy.tokens.Token
        The first member of a coordination (it has conjuncts).

    Returns
    -------
    dotterel.records.Span
    """
    last = max(head.conjuncts, key=lambda t: t.i)
    start, end = head.left_edge, last.right_edge
    return ctx.span(start.idx, end.idx + len(end.text))
