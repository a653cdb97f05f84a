"""The two sides of a fight told as one joined subject ("Students and police clashed").

A reciprocal verb (clash, fight, scuffle, exchange fire) with a coordinated subject and no "with" phrase has
its two sides in the subject (Quirk et al. 1985, 6.28: reciprocal verbs with a coordinated subject): the
first conjunct is the actor and the other the recipient, as in "Protesters clashed with police". The parser
often hangs a state force's noun on the last noun of an "of" phrase instead ("Supporters of [the opposition
and police] clashed"); a security force is never a party whose supporters fight (ACLED Codebook 2023, Riots:
demonstrators or rioters against state forces), so that conjunct is the other side too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..lang import LanguageProfile


def _force(tok, lang: LanguageProfile) -> bool:
    """Whether a noun names a security force (profile ``security_nouns``, ``troop_nouns``; lemma or form)."""
    forces = set(lang.security_nouns) | set(lang.troop_nouns)
    return tok.pos_ in ("NOUN", "PROPN") and (tok.lemma_.lower() in forces or tok.lower_ in forces)


def other_side(subject, lang: LanguageProfile):
    """The second side of a joined subject, or None.

    Parameters
    ----------
    subject : spacy.tokens.Token
        The head of the reciprocal verb's subject.
    lang : LanguageProfile
        Its ``security_nouns`` and ``troop_nouns``.

    Returns
    -------
    spacy.tokens.Token | None
        The subject's first conjunct ("Football fans and police": police); with none, a security-force
        conjunct of the last noun of the subject's "of" phrase ("Supporters of the opposition and police":
        police, misattached by the parser); None otherwise ("Supporters of the opposition and the ruling
        party clashed" stays one side: the parties are what is supported); None for the "of" phrase when
        its first noun is a force too ("Wives of soldiers and police clashed": whose wives) or the verb has a
        "with" phrase, which names the other side ("Relatives of soldiers and policemen clashed with guards").
    """
    if subject.conjuncts:
        return subject.conjuncts[0]
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in subject.head.children):
        return None  # "Relatives of soldiers and policemen clashed with guards": the "with" phrase is the other side
    for prep in subject.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj":
                continue
            if _force(pobj, lang):
                continue  # "Wives of soldiers and police": forces joined to a force are one "of" phrase
            forces = [c for c in pobj.conjuncts if c.i > pobj.i and _force(c, lang)]
            if forces:
                return forces[-1]
    return None


def other_side_tokens(subject, lang: LanguageProfile) -> set[int]:
    """Token indices of the second side of a joined subject and its conjunction, for the first side's words.

    "Football fans and police clashed": the actor's words are "Football fans", not the whole subject, so
    the actor's side is read from its own words (ACLED Codebook 2023: each side's actor type is its own).
    """
    other = other_side(subject, lang)
    if other is None:
        return set()
    out = {t.i for t in other.subtree}
    out |= {c.i for c in other.head.children if c.dep_ in ("cc", "punct") and c.i < other.i
            and (other.head.i < c.i)}
    return out
