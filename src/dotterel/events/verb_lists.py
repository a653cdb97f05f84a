"""The members of a list of verbs the small parser broke: "Police tear-gassed, baton-charged and arrested students".

In a list of three or more verbs ("V1, V2 and V3") the small English model often hangs the middle verb on the
first as an adverbial clause (``advcl``) and the last on the middle one as its conjunct, so the first verb is cut
off from the list: it lost the object, the closing date and the hedge the later verbs share. An adverbial clause is
introduced by a subordinator or has a subject of its own (Huddleston and Pullum 2002, ch. 14); a finite past verb
with neither, right after a comma and itself followed by a coordinated verb, is the list's next member (English
coordination joins like forms: Huddleston and Pullum 2002, ch. 15). Read by
:func:`dotterel.events.syntax.shared_objects`, :func:`dotterel.events.dating.event_date` (a date closing the
list) and :mod:`dotterel.attribution_lists` (a hedge or negation on the first verb).
"""

from __future__ import annotations

__all__ = ["misread_list_member", "list_members"]

_PAST = ("VBD", "VBN")


def misread_list_member(tok) -> bool:
    """Whether ``tok`` is a middle verb of a list the parser made an adverbial clause of the first one.

    "Police tear-gassed, baton-charged and arrested students", "soldiers shelled, bombed and stormed the
    town": a past verb (``VBD``/``VBN``) hung as ``advcl`` on a past verb before it, right after a comma, with no
    subject, auxiliary, subordinator or adverb before it of its own, and with a verb coordinated to it by a
    coordinator ("and arrested"). A participle clause ("..., killing three") is no past form and stays a clause.

    Parameters
    ----------
    tok : spacy.tokens.Token

    Returns
    -------
    bool
    """
    head = tok.head
    if tok.dep_ != "advcl" or tok.pos_ != "VERB" or tok.tag_ not in _PAST or head.tag_ not in _PAST \
            or head.pos_ != "VERB" or head.i >= tok.i or tok.i == 0 or tok.doc[tok.i - 1].text != ",":
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "expl") or (
            c.dep_ == "advmod" and c.i < tok.i) for c in tok.children):
        return False
    return any(c.dep_ == "conj" and c.pos_ == "VERB" and any(g.dep_ == "cc" for g in (*tok.children, *c.children))
               for c in tok.children)


def list_members(verb) -> list:
    """``verb`` and the verbs of its list after it: its conjuncts, and a middle member misread as an adverbial clause.

    Parameters
    ----------
    verb : spacy.tokens.Token
        The first verb of a list (or any verb).

    Returns
    -------
    list of spacy.tokens.Token
        In text order: ``verb`` and the verbs down its chain of ``conj`` when nothing was misread.
    """
    found, todo = [], [verb]
    while todo:
        cur = todo.pop()
        found.append(cur)
        todo += [c for c in cur.children if (c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")) or misread_list_member(c)]
    return sorted(found, key=lambda t: t.i)
