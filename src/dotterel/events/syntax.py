"""Small readings of the dependency parse shared by the detectors: passives, conjuncts, prepositional objects.

They read spaCy's English dependency labels (``nsubjpass``, ``auxpass``,
``prep``, ``agent``, ``pobj``, ``pcomp``, ``dative``; the ClearNLP label set of
the ``en_core_web_sm`` pipeline).
"""

from __future__ import annotations

__all__ = ["is_passive", "with_conjuncts", "children", "prep_objects", "shared_objects"]


def is_passive(tok) -> bool:
    """Whether a verb is passive.

    Parameters
    ----------
    tok : spacy.tokens.Token

    Returns
    -------
    bool
        True when ``tok`` has a passive auxiliary or a passive subject.
    """
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)


def with_conjuncts(tokens):
    """The tokens, each followed by its conjuncts ("Moscow and St Petersburg").

    Parameters
    ----------
    tokens : iterable of spacy.tokens.Token

    Returns
    -------
    list of spacy.tokens.Token
    """
    out = []
    for t in tokens:
        out.append(t)
        out.extend(t.conjuncts)
    return out


def children(tok, deps: set[str]):
    """The children of a token under some dependency labels.

    Parameters
    ----------
    tok : spacy.tokens.Token
    deps : set of str
        spaCy dependency labels ("dobj", "nsubj", ...).

    Returns
    -------
    list of spacy.tokens.Token
    """
    return [c for c in tok.children if c.dep_ in deps]


def prep_objects(tok, prep: str):
    """The objects of a preposition hanging on a token, with their conjuncts.

    Parameters
    ----------
    tok : spacy.tokens.Token
    prep : str
        The preposition, lower-cased ("by", "of", "with"); a passive's "by" (``agent``) and a dative "to" count.

    Returns
    -------
    list of spacy.tokens.Token
        The ``pobj`` and ``pcomp`` children of each matching preposition, and their conjuncts.
    """
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ == prep:
            out.extend(with_conjuncts(children(c, {"pobj", "pcomp"})))
    return out


def shared_objects(tok):
    """The direct objects a verb shares with the verb coordinated right after it.

    "It has captured or killed 15 militants", "captured and detained 15
    sailors": the parser hangs the object on the second verb only; with
    nothing but a conjunction between them, it is the object of both.

    Parameters
    ----------
    tok : spacy.tokens.Token
        A verb with no direct object of its own.

    Returns
    -------
    list[spacy.tokens.Token]
        The second verb's objects with their conjuncts; empty when ``tok`` has
        an object, or its conjunct is not next to it.
    """
    if children(tok, {"dobj"}):
        return []
    for c in tok.children:
        if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > tok.i and all(
                t.dep_ == "cc" or t.is_punct for t in tok.doc[tok.i + 1 : c.i]) and c.i > tok.i + 1:
            return with_conjuncts(children(c, {"dobj"}))
    return []
