"""Who says it: the reporter a clause hangs on when the parser misplaces it, "according to X", a verb's subject.

Moved from :mod:`dotterel.attribution` (no change of behaviour); :func:`dotterel.attribution.attribute` reads
them to find the claimant. The words are the language profile's (``reporting_verbs``,
``addressee_reporting_verbs``, ``according_to_words``, ``according_to_norm_nouns``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .lang import LanguageProfile

__all__: list[str] = []


def _trailing_reporter(head, lang: LanguageProfile):
    """The reporting verb the parser hung under the event verb instead of above it.

    "X recaptured the town ..., state media reported", "... on Thursday, a local official told AFP" (the
    hearer as object, :func:`_addressee`).
    """
    for c in head.children:
        if (
            c.dep_ in ("advcl", "parataxis", "conj", "ccomp")
            and c.i > head.i
            and c.lemma_.lower() in lang.reporting_verbs
            and any(g.dep_ == "nsubj" for g in c.children)
            and not any(g.dep_ in ("ccomp", "xcomp") or (g.dep_ == "dobj" and not _addressee(c, g, lang))
                        for g in c.children)
        ):
            return c
    return None


def _addressee(verb, obj, lang: LanguageProfile) -> bool:
    """Whether the object of a reporting verb is whom it was told to, not what: "a local official told AFP".

    Verbs of the profile's ``addressee_reporting_verbs`` ("tell", "inform") take the hearer as object.
    """
    return verb.lemma_.lower() in lang.addressee_reporting_verbs


def _according_to(sent, lang: LanguageProfile):
    """"According to X": the (first word, X) pair, with the language's two words (``according_to_words``).

    X is a source, never a norm (``according_to_norm_nouns``: "detained according to the emergency law",
    "executed according to orders" say in accordance with what, not on whose word; Quirk et al. 1985, 9.64).
    """
    first, second = lang.according_to_words
    for t in sent:
        if t.lower_ == first:
            # spaCy sometimes attaches "to" as a sibling
            nxt = [t.nbor(1)] if t.i + 1 < len(t.doc) and t.nbor(1).lower_ == second else []
            for c in [c for c in t.children if c.lower_ == second] + nxt:
                for p in c.children:
                    if p.dep_ == "pobj" and p.lemma_.lower() not in lang.according_to_norm_nouns:
                        return t, p
    return None


def _subject(verb):
    # of two subjects the parser gave one verb, the nearest before it ("..., most of them civilians, ..., the NGO said")
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        return ([c for c in subjects if c.i < verb.i] or subjects)[-1]
    if verb.dep_ in ("advcl", "conj", "xcomp") and verb.head != verb:
        return _subject(verb.head)
    return _stranded_subject(verb)


def _stranded_subject(verb):
    """The noun phrase between a comma and a subjectless verb: "..., killing 14 civilians, the Syrian Observatory said".

    The small model often hangs the speaker of a closing "<speaker> said" on the clause before it (an
    apposition of "civilians", an object of "injuring") and leaves the verb with no subject. The words
    between the last comma and the verb are the speaker when they make exactly one noun phrase (one token
    whose head lies outside them, a noun or proper noun) and hold no verb.
    """
    i = verb.i - 1
    sent_start = verb.sent.start
    while i >= sent_start and verb.doc[i].text not in (",", ";"):
        i -= 1
    if i < sent_start or i == verb.i - 1:
        return None
    words = verb.doc[i + 1 : verb.i]
    if any(t.pos_ in ("VERB", "AUX") for t in words):
        return None
    roots = [t for t in words if not (words.start <= t.head.i < words.end)]
    if len(roots) == 1 and roots[0].pos_ in ("NOUN", "PROPN"):
        return roots[0]
    return None
