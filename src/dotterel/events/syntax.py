"""Small readings of the dependency parse shared by the detectors: passives, conjuncts, prepositional objects.

They read spaCy's English dependency labels (``nsubjpass``, ``auxpass``,
``prep``, ``agent``, ``pobj``, ``pcomp``, ``dative``; ClearNLP label set as
used by the ``en_core_web_sm`` pipeline).
"""

from __future__ import annotations

__all__ = ["is_passive", "with_conjuncts", "children", "prep_objects"]


def is_passive(tok) -> bool:
    """True when the verb ``tok`` has a passive auxiliary or passive subject."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)


def with_conjuncts(tokens):
    """The tokens, each followed by its conjuncts ("Moscow and St Petersburg")."""
    out = []
    for t in tokens:
        out.append(t)
        out.extend(t.conjuncts)
    return out


def children(tok, deps: set[str]):
    """The children of ``tok`` whose dependency label is in ``deps``."""
    return [c for c in tok.children if c.dep_ in deps]


def prep_objects(tok, prep: str):
    """The objects (with conjuncts) of the preposition ``prep`` hanging on ``tok`` ("by", "of", ...)."""
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ == prep:
            out.extend(with_conjuncts(children(c, {"pobj", "pcomp"})))
    return out
