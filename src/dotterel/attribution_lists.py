"""How far a negation or a hedge on the first verb of a coordinated list reaches: to every verb of the list.

"Police said the activists were not beaten, detained or tortured", "the militia neither shot nor arrested
anyone", "troops never beat or detained the marchers", "did not kill or injure anyone": the small parser hangs
the negation on the first verb only, and the later verbs were told as done. "The students were allegedly beaten
and detained", "police reportedly beat and arrested dozens": the hedge on the first verb was lost on the second.
A later verb of the list shares the first one's subject, auxiliaries and adverbs (Quirk et al. 1985,
*A Comprehensive Grammar of the English Language*, 13.41-13.46, ellipsis in coordinated predicates), unless it
has a subject or an auxiliary of its own ("were allegedly beaten but were then released": the release is told
on its own) or is joined by a coordinator of contrast ("beaten but released", profile ``contrast_coordinators``).

A negation reaches only through a disjunction (profile ``negated_list_coordinators``: "not X, Y or Z", "neither X
nor Y" deny each; Quirk et al. 1985, 13.29 and 10.59, "or" in the scope of negation): "did not fire and withdrew"
tells the withdrawal as done, and "were not charged and released" is read either way, so "and" keeps its verb
as told. A negative determiner on the first noun of a coordinated noun list is the whole phrase's ("no firing or
lathi-charge was resorted to", "no arrests and detentions were made": :func:`noun_list_negation`). Split from
:mod:`dotterel.attribution`, whose certainty rules call these.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .attribution_frames import negative_argument
from .events.verb_lists import list_members, misread_list_member

if TYPE_CHECKING:
    from .lang import LanguageProfile

__all__ = ["list_first", "list_hedges", "list_negation", "noun_list_negation"]

_OWN = ("nsubj", "nsubjpass", "aux", "auxpass", "expl")
_PAST_FORMS = {"VBD", "VBN"}  # the tagger's guess between a past and a participle ("never beat or detained")


def _bare_past(later, first) -> bool:
    """Whether ``later``, tagged a past, has the base form of a bare infinitive ``first`` ("did not detain or beat").

    A past whose form is its base form ("beat", "hit", "cut") after an infinitive is the tagger's guess between
    the two; any other past beside an infinitive has a form of its own and is no member of its list.
    """
    return {later.tag_, first.tag_} == {"VB", "VBD"} and (later if later.tag_ == "VBD" else first).lower_ == (
        later if later.tag_ == "VBD" else first).lemma_.lower()


def _misread_noun(tok) -> bool:
    """Whether ``tok`` is a middle verb of a list the tagger read as a bare noun: "did not beat, detain or torture".

    A singular noun with nothing of its own (no determiner, modifier or argument: only a coordinator, a comma or
    the next member), conjoined to a verb and with its base form, is the list's next verb (English coordination
    joins like forms: Huddleston and Pullum 2002, ch. 15); a real noun after a verb heads a phrase of its own.
    """
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.dep_ == "conj" and tok.lower_ == tok.lemma_.lower() \
        and (tok.head.pos_ in ("VERB", "AUX") or _misread_noun(tok.head)) \
        and all(c.dep_ in ("cc", "punct", "conj") for c in tok.children)


def _verbal(tok) -> bool:
    return tok.pos_ in ("VERB", "AUX") or _misread_noun(tok)


def _tag(tok) -> str:
    """The tag of a list member; a misread noun has the tag of the verb it hangs on."""
    return _tag(tok.head) if _misread_noun(tok) else tok.tag_


def _members(first) -> list:
    """``first`` and every verb conjoined to it, down the chain of ``conj`` ("beaten, detained or tortured").

    A middle verb the parser hung as an adverbial clause is a member too ("never abducted, tortured or killed":
    :func:`~dotterel.events.verb_lists.misread_list_member`), and so is one the tagger read as a noun
    (:func:`_misread_noun`).
    """
    found = list_members(first)
    for m in list(found):
        for c in m.children:
            if _misread_noun(c):
                found += [x for x in _members(c) if x not in found]
    return sorted(found, key=lambda t: t.i)


def _list_chain(verb, lang: LanguageProfile):
    """The first verb of the list ``verb`` is a later member of, and the list's coordinators; else (None, []).

    Each later verb on the way up has no subject or auxiliary of its own and the same form as the verb it hangs
    on (a past form beside a participle counts as the same, as does a past whose form is its base beside an
    infinitive: the small tagger confuses them), and ``verb`` has no
    coordinator of contrast just before it. The coordinators are the whole list's: in "beaten, detained or
    tortured" the "or" before the last verb makes the list a disjunction for the middle one too.
    """
    cur = verb
    for _ in range(8):
        first = cur.head
        if not (cur.dep_ == "conj" or misread_list_member(cur)) or first == cur or not _verbal(first) \
                or not _verbal(cur):
            break
        if any(c.dep_ in _OWN for c in cur.children):
            if cur is verb:
                return None, []
            break  # a verb with a subject of its own opens the list: "the agitators were not detained or assaulted"
        if _tag(cur) != _tag(first) and not {_tag(cur), _tag(first)} <= _PAST_FORMS and not _bare_past(cur, first):
            return None, []
        cur = first
    if cur is verb:
        return None, []
    members = _members(cur)
    coordinators = sorted((c for m in members for c in m.children if c.dep_ == "cc"), key=lambda t: t.i)
    before = [c for c in coordinators if c.i < verb.i and not any(c.i < m.i < verb.i for m in members)]
    if any(c.lower_ in lang.contrast_coordinators for c in before):
        return None, []
    return cur, coordinators


def list_first(verb, lang: LanguageProfile):
    """The first verb of the list ``verb`` is a later member of (sharing its subject and auxiliaries), or None.

    "Police should never have arrested or beaten the students": for "beaten", "arrested", whose negated perfect
    after a modal of obligation judges acts that took place (the caller reads
    :func:`~dotterel.attribution_frames.criticised_past_act` on it for the whole list).

    Parameters
    ----------
    verb : spacy.tokens.Token
    lang : LanguageProfile

    Returns
    -------
    spacy.tokens.Token | None
    """
    return _list_chain(verb, lang)[0]


def list_negation(verb, lang: LanguageProfile):
    """The word that negates ``verb`` as a member of a negated list, or None.

    "neither shot nor arrested": the pre-conjunction "neither" on the first verb (profile
    ``negative_preconjunctions``) denies every verb of the list, the first too; "were not beaten, detained or
    tortured", "never beat or detained": the first verb's negation denies the later ones when each is joined by a
    disjunction (profile ``negated_list_coordinators``), and so does a negative subject they share ("no one was
    killed or injured", "none of the students were beaten or detained":
    :func:`~dotterel.attribution_frames.negative_argument`). The caller leaves out a list whose first verb is a
    criticised past act ("should never have arrested or beaten them", :func:`list_first`).

    Parameters
    ----------
    verb : spacy.tokens.Token
        The event's clause head.
    lang : LanguageProfile

    Returns
    -------
    spacy.tokens.Token | None
        The negation ("not", "never", "neither") or the negative subject ("no one", "none") of the list's first verb.

    Examples
    --------
    "Troops never beat or detained the marchers": for "detained", the "never" on "beat".
    """
    neither = next((c for c in verb.children if c.dep_ == "preconj" and c.lower_ in lang.negative_preconjunctions), None)
    if neither is not None:
        return neither
    first, coordinators = _list_chain(verb, lang)
    if first is None or not _disjoined(verb, first, coordinators, lang):
        return None
    return next((c for c in first.children if c.dep_ == "neg" or (
        c.dep_ == "preconj" and c.lower_ in lang.negative_preconjunctions) or (
        c.dep_ in ("nsubj", "nsubjpass") and negative_argument(c, lang))), None)


def _disjoined(verb, first, coordinators, lang: LanguageProfile) -> bool:
    """Whether ``verb`` is joined to its list's first verb by disjunctions only (profile ``negated_list_coordinators``).

    Every coordinator before ``verb`` is one, and so is the one that joins it: the one just before it, or after a
    comma the next one ("beaten, detained or tortured": "or" joins "detained" too). A coordinator after the verb's
    own does not matter: in "did not beat or arrest anyone but fired tear gas" the arrest is denied with the
    beating, and the firing, after "but", is told as done.
    """
    before = [c for c in coordinators if c.i < verb.i]
    after = [c for c in coordinators if c.i > verb.i]
    joined = before and not any(before[-1].i < m.i < verb.i for m in _members(first))  # "or even arrested"
    own = before[-1] if joined else (after[0] if after else None)
    return own is not None and all(c.lower_ in lang.negated_list_coordinators for c in (*before, own))


def list_hedges(verb, lang: LanguageProfile) -> list:
    """The words on the first verb of the list ``verb`` is a later member of, which hedge it too ("allegedly").

    "The students were allegedly beaten and detained", "police reportedly beat and arrested dozens": the adverb
    of the first verb is every verb's. Empty when ``verb`` is no later member of a list, or has a subject or an
    auxiliary of its own, or follows "but" (:func:`list_first`). Returns the first verb's dependents, a list of
    spacy Tokens: the caller reads the adverbs of allegation (profile ``allege_adverbs``) among them.
    """
    first = list_first(verb, lang)
    return [] if first is None else list(first.children)


_OWN_DETERMINERS = ("det", "nummod", "poss", "preconj")
# the roles of a noun phrase: a first member there is a noun whatever the tagger guessed ("Neither lathi-charge
# [JJ] nor firing", "Neither shelling [VBG, csubj] nor looting took place")
_NOMINAL_ROLES = ("nsubj", "nsubjpass", "csubj", "csubjpass", "dobj", "attr", "pobj")


def noun_list_negation(noun, lang: LanguageProfile):
    """The negative word on the first noun of the coordinated noun list ``noun`` is a later member of, or None.

    "No firing or lathi-charge was resorted to", "there was no firing or stone-pelting", "neither arrests nor
    detentions were made", "no arrests and detentions were made": a determiner (or pre-conjunction) before the
    first of coordinated nouns determines the whole coordinated phrase (Quirk et al. 1985, 13.64-13.66,
    coordination of noun phrase heads under one determiner; 10.59 on "no"), so each later noun is denied with the
    first. Unlike a verb list (:func:`list_negation`), "and" carries it too: the determiner, not a clause
    negation, denies it. A later noun with a determiner, a number or a possessor of its own heads a phrase of its
    own ("no injuries and three arrests were reported", "no firing but a lathi-charge"), and one after a
    coordinator of contrast (profile ``contrast_coordinators``) tells its own act.

    Parameters
    ----------
    noun : spacy.tokens.Token
        A noun event (the event's clause head or its trigger).
    lang : LanguageProfile

    Returns
    -------
    spacy.tokens.Token | None
        The negative determiner, pre-conjunction or pronoun of the list's first noun (``negative_argument``).

    Examples
    --------
    "No firing or lathi-charge was resorted to by the police": for "lathi-charge", the "No" on "firing".
    """
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "conj":
        return None
    cur = noun
    for _ in range(8):
        if cur.dep_ != "conj" or cur.head == cur or (cur.head.pos_ not in ("NOUN", "PROPN")
                                                     and cur.head.dep_ not in _NOMINAL_ROLES):
            break
        if any(c.dep_ in _OWN_DETERMINERS for c in cur.children) or any(
                c.dep_ == "cc" and c.lower_ in lang.contrast_coordinators for c in cur.head.children
                if cur.head.i < c.i < cur.i):
            return None
        cur = cur.head
    if cur is noun or not negative_argument(cur, lang):
        return None
    return next((c for c in cur.children if c.dep_ in ("det", "preconj", "neg")), cur)
