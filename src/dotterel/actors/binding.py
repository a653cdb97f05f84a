"""Binding conditions on pronouns: the nouns a pronoun cannot refer to because of where it stands.

A personal pronoun is free in its own clause (Chomsky 1981, Lectures on Government and Binding,
condition B): it never refers to a noun that the same clause makes its subject or that the clause it
is the subject of is about. Used by :mod:`dotterel.actors.coref` to take those nouns out of a pronoun's
candidates.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..lang import LanguageProfile

__all__ = ["clause_mates", "gap_heads"]

_OBJECT_DEPS = {"dobj", "dative", "iobj"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_SUBJECTLESS_CLAUSES = {"xcomp", "conj", "advcl"}  # "tried to stop them", "arrived and beat them", "to disperse them"


def gap_heads(tok, lang: LanguageProfile) -> set[int]:
    """The nouns a pronoun cannot refer to because its relative clause is about them.

    In "the activists they have detained" the relative clause's head fills the
    clause's object gap, so the subject "they" is someone else (binding
    condition: a pronoun is free in its clause; Chomsky 1981). Only a pronoun
    that is the subject of a relative clause with no relative pronoun of its
    own ("the activists who said they ..." keeps the head as a candidate) is
    looked at; the head and its conjuncts ("the activists and officials")
    are returned.

    Parameters
    ----------
    tok : spacy.tokens.Token
        The anaphor's head.
    lang : LanguageProfile
        ``relative_pronouns``.

    Returns
    -------
    set of int
        Token indices, empty when the rule does not apply.
    """
    clause = tok.head
    if tok.dep_ != "nsubj" or clause.dep_ != "relcl":
        return set()
    if any(c.lower_ in lang.relative_pronouns for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "dobj")):
        return set()
    head = clause.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "the activists and officials they have detained": the clause hangs on the last one
    return {head.i, *(c.i for c in head.conjuncts)}


def clause_mates(tok, lang: LanguageProfile) -> set[int]:
    """The subjects an object pronoun cannot refer to: those of its own clause.

    "Police fired tear gas at them": "them" is not the police, or the clause
    would say "themselves" (condition B: a pronoun is free in its clause).
    The clause is the verb the pronoun is the object of, or whose
    preposition's object it is ("at them", "by them"); a clause with no
    subject of its own takes the one it shares ("Police tried to stop them",
    "Police arrived and beat them", "fired tear gas to disperse them"), and a
    relative clause whose subject is its relative pronoun is about its head
    ("police who chased them"). The subject and its conjuncts are returned.

    Parameters
    ----------
    tok : spacy.tokens.Token
        The pronoun.
    lang : LanguageProfile
        ``relative_pronouns``.

    Returns
    -------
    set of int
        Token indices; empty for a subject or possessive pronoun, or an
        object of a noun's preposition ("the arrest of them").
    """
    if tok.pos_ != "PRON":
        return set()
    if tok.dep_ in _OBJECT_DEPS:
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.dep_ in ("prep", "agent", "dative"):
        verb = tok.head.head
    else:
        return set()
    for _ in range(4):
        if verb.pos_ not in ("VERB", "AUX"):
            return set()
        subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
        if subjects:
            subj = subjects[0]
            if subj.lower_ in lang.relative_pronouns and verb.dep_ == "relcl":
                subj = verb.head  # "police who chased them"
            return {subj.i, *(c.i for c in subj.conjuncts)}
        if verb.dep_ not in _SUBJECTLESS_CLAUSES or verb.head.i == verb.i:
            return set()
        verb = verb.head
    return set()


def commanding_subjects(tok, rule: str) -> set[int]:
    """The subjects a definite description cannot refer to: those of the clauses above it.

    "Lawyers said the protesters had attacked police", "Farmers told reporters that the protesters were
    beaten": a full noun phrase is free everywhere, so it is not bound by a subject that c-commands it
    (binding condition C; Chomsky 1981); the speakers would call themselves "we" or "they". Only a description
    (``rule`` "description"): a pronoun may be bound ("Lawyers said they were beaten"). Only the verbs whose
    content clause (``ccomp``) holds ``tok`` are looked at; their subjects (active or passive) and the
    subjects' conjuncts are returned.

    Parameters
    ----------
    tok : spacy.tokens.Token
        The anaphor's head.
    rule : str
        The anaphor's rule ("pronoun" or "description").

    Returns
    -------
    set of int
        Token indices, empty for a pronoun.
    """
    if rule != "description":
        return set()
    out: set[int] = set()
    cur = tok
    while cur.head.i != cur.i:
        clause, cur = cur, cur.head
        if clause.dep_ != "ccomp":
            continue  # only a speaker's or thinker's content clause: "Protesters gathered and police dispersed
            # the crowd" (a conjunct with its own subject) and adjunct clauses are left to the nearest-fit rule
        for c in cur.children:
            if c.dep_ in ("nsubj", "nsubjpass") and not (c.left_edge.i <= tok.i <= c.right_edge.i):
                out |= {c.i, *(k.i for k in c.conjuncts)}
    return out
