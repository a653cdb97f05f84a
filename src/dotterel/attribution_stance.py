"""The author's stance: when the writer gives an event as their own opinion, or as a belief they do not hold.

An opinion piece states its events in the writer's voice with a frame of belief or certainty around them. The
certainty ``opinion`` (the PLOVER manual's modes extended by dotterel's attribution states, see
:mod:`dotterel.attribution`) marks an event the author vouches for as their view, not as a report:

* a first-person frame of belief ("I believe", "we think", "I suspect", "I am convinced that"): Quirk et al.
  1985, *A Comprehensive Grammar of the English Language*, 16.31-16.35 (private and suasive verbs, whose
  first-person present states the speaker's own belief, not a report of someone else's);
* a first-person opinion noun ("in my view", "to my mind", "it is my opinion that", Indian English "we are of
  the opinion that");
* an impersonal stance frame ("it is clear that", "there is no doubt that", "make no mistake", "no doubt"):
  Biber et al. 1999, *Longman Grammar of Spoken and Written English*, 10.2 (epistemic stance markers of
  certainty; extraposed "it is clear that" and "there is no doubt that" are the writer's own stance).

A negated first-person belief ("I do not believe police fired") or a doubt ("I doubt that police beat ...")
says the writer holds the act did not happen: ``negated``, and no event. A first-person frame inside a
quotation is the quoted speaker's ('"I believe police tortured him," the lawyer said': the lawyer's claim), and
a passive "I was told that" names a teller, not the writer's belief: neither is read here. A first-person verb
of perception ("I saw soldiers beat a boy") is the writer's eyewitness account and "we reported that ..." the
outlet's own earlier report: neither is a belief (their verbs are not ``opinion_verbs``), so both stay the
author's assertion, with no third party as claimant (:func:`first_person_frame`).

An impersonal frame of doubt or possibility ("it is not clear that", "it remains unclear that", "it is not
certain that", "it is possible that", "there is some doubt that", "doubts remain that") leaves the act open: the
writer neither asserts nor denies it, as with a modal "may" (Biber et al. 1999, 10.2.1, epistemic stance of
doubt and possibility), so ``hypothetical`` with a drop reason, also under a first-person belief ("I think it is
possible that ..."). A doubt adjective negated ("it is not unlikely that", "it is not doubtful that") is a litotes
that asserts (Quirk et al. 1985, 10.66); a possibility negated ("it is not possible that") still leaves the act
open; a negative question ("Isn't it clear that ...?") is no negation. "Little doubt" is an assurance as "no
doubt" is (``scant_quantifiers``). An embedded wh-question ("it remains unclear who attacked the convoy", "it is
not clear why soldiers fired") presupposes its act (Karttunen 1977, "Syntax and semantics of questions",
*Linguistics and Philosophy* 1) and is not read, nor is an adverbial clause, a factive complement, a relative
clause or a definite noun event on the way ("it is possible that more bodies will be found after soldiers
shelled the village", "the officers who beat the students":
:func:`dotterel.attribution_questions.presupposed_step`).

What the frame does not reach stays as it was (asserted, if nothing else hedges it):

* an act named by a definite noun that is the framed clause's subject ("To my mind, the arrests of 40 students
  on Monday were unjust", "we hold that the detention of the activists was illegal"): the definite description
  presupposes the act, and a presupposition projects out of the writer's own belief (Karttunen 1974,
  "Presupposition and linguistic context", *Theoretical Linguistics* 1); the opinion is the judgement, the act
  is asserted;
* a main clause coordinated with the framed one that has a subject of its own ("I believe the talks failed, but
  police arrested 30 students", "In my view the talks failed, and police arrested ..."): each coordinated
  clause is an assertion of its own (Quirk et al. 1985, 13.5-13.11), the frame scopes over its own clause. The words are the
language profile's (``opinion_verbs``, ``doubt_verbs``, ``first_person_subjects``, ``opinion_nouns``,
``opinion_adjectives``, ``stance_adjectives``, ``stance_doubt_nouns``, ``open_adjectives``,
``possibility_adjectives``, ``open_nouns``, ``scant_quantifiers``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .attribution_questions import ends_in_question, presupposed_step

if TYPE_CHECKING:
    from .lang import LanguageProfile

__all__ = ["author_stance", "first_person_frame"]

_CLAUSE_DEPS = ("ccomp", "acl", "advcl", "xcomp", "conj", "relcl", "parataxis")


def _first_person_subject(verb, lang: LanguageProfile) -> bool:
    """Whether ``verb`` (or the "be" it hangs on) has an active first-person subject ("I", "we")."""
    return any(c.dep_ == "nsubj" and c.lower_ in lang.first_person_subjects for c in verb.children)


def _negated(verb) -> object | None:
    return next((c for c in verb.children if c.dep_ == "neg"), None)


def first_person_frame(rep, lang: LanguageProfile) -> bool:
    """Whether the reporting verb ``rep`` has a first-person active subject, so reports no third party.

    "I believe police tortured the activists", "we reported on Monday that police arrested 30 students": the
    writer (or, inside a quotation, the quoted speaker) speaks in their own voice; the claimant is not "I".
    "I was told that ..." has a passive subject and names a teller: not this frame.
    """
    return rep is not None and _first_person_subject(rep, lang)


def _asked_frame(rep) -> bool:
    """Whether the reporting verb ``rep`` is asked about, not stated: "Do you believe police fired on the crowd?".

    A question (the sentence ends in "?") whose auxiliary comes before the frame verb's subject (subject-operator
    inversion, Quirk et al. 1985, 11.5) states no belief of anyone's, so the act in its clause is not stated.
    """
    if rep is None or not ends_in_question(rep):  # the text's closing newline is a token of its own
        return False
    subj = next((c for c in rep.children if c.dep_ == "nsubj"), None)
    return subj is not None and any(c.dep_ == "aux" and c.i < subj.i for c in rep.children)


def _frame_of(gov, lang: LanguageProfile):
    """The stance a governor of a that-clause gives: ("opinion" | "negated", cue token), or None.

    ``gov`` is the word the event's clause hangs on: a verb of belief with a first-person subject, "be" with a
    first-person subject and an opinion adjective ("I am convinced that"), "be" with an expletive subject and a
    stance adjective ("it is clear that"), or an opinion noun ("it is my opinion that", "we are of the
    opinion that") or a negated doubt noun ("there is no doubt that"). ``("open", cue)`` for a frame that leaves the
    clause open: an expletive "it" with a doubt or possibility adjective or a negated stance adjective ("it is
    unclear that", "it is not clear that", "it is possible that"), a doubt noun with no "no" ("there is some doubt
    that", "doubts remain that").
    """
    lemma = gov.lemma_.lower()
    if gov.pos_ in ("VERB", "AUX") and lemma in lang.opinion_verbs | lang.doubt_verbs and _first_person_subject(gov, lang):
        neg = _negated(gov)
        if lemma in lang.doubt_verbs:
            return None if neg is not None else ("negated", gov)  # "I doubt that ...", not "I don't doubt that ..."
        return ("negated", neg) if neg is not None else ("opinion", gov)
    if gov.tag_ == "VBN" and gov.lower_ in lang.opinion_adjectives and any(
            c.dep_ == "auxpass" and (_first_person_subject(c, lang) or _first_person_subject(gov, lang))
            for c in gov.children):
        neg = _negated(gov)  # "I am not convinced that ...", the participle parsed as a passive verb
        return ("negated", neg) if neg is not None else ("opinion", gov)
    if gov.pos_ == "VERB" and not any(c.dep_ == "dobj" for c in gov.children):
        subj = next((c for c in gov.children if c.dep_ == "nsubj" and c.lemma_.lower() in lang.open_nouns), None)
        if subj is not None and _noun_frame(subj, lang) == ("open", subj):
            return ("open", subj)  # "doubts remain that police beat the students"
    if _adjective(gov):
        be, word = gov.head, gov.lower_ if gov.pos_ == "VERB" else lemma  # "we are convinced": a participle
        if word in lang.opinion_adjectives and _first_person_subject(be, lang):
            neg = _negated(be)
            return ("negated", neg) if neg is not None else ("opinion", gov)
        if _expletive_subject(be, lang):
            negated = _negated(be) is not None and not _negative_question(be)  # "Isn't it clear that ...?" asserts
            if (word in lang.open_adjectives and not negated) or word in lang.possibility_adjectives or (
                    word in lang.stance_adjectives | lang.opinion_adjectives and negated):
                return ("open", gov)  # "it is unclear that ...", "it is not clear that ...", "it is possible that"
            if word in lang.stance_adjectives:
                return ("opinion", gov)
    if gov.pos_ in ("AUX", "VERB") and (gov.lemma_ == "be" or _expletive_subject(gov, lang)):
        for c in gov.children:  # "it is clear that", "it remains unclear that"
            if _adjective(c):
                found = _frame_of(c, lang)
                if found is not None:
                    return found
            if c.dep_ == "attr" and c.pos_ == "NOUN":
                found = _noun_frame(c, lang)
                if found is not None:
                    return found
    if gov.pos_ == "NOUN":
        return _noun_frame(gov, lang)
    return None


def _noun_frame(noun, lang: LanguageProfile):
    """The stance of an opinion noun ("my view", "the opinion" of a first-person "be") or of "no doubt"."""
    lemma = noun.lemma_.lower()
    if lemma in lang.opinion_nouns:
        if any(c.dep_ == "poss" and c.lower_ in lang.first_person_possessives for c in noun.children):
            return ("opinion", noun)  # "in my view", "it is my opinion that", "to my mind"
        prep = noun.head
        if noun.dep_ == "pobj" and prep.lower_ == "of" and _first_person_subject(prep.head, lang):
            return ("opinion", noun)  # "we are of the opinion that", "I am of the view that"
    assured = any((c.dep_ in ("det", "neg") and c.lower_ in lang.negative_determiners)
                  or (c.dep_ in ("amod", "det") and c.lower_ in lang.scant_quantifiers) for c in noun.children)
    if lemma in lang.stance_doubt_nouns and assured:
        return ("opinion", noun)  # "there is no doubt that", "little doubt that", "make no mistake", "no doubt, ..."
    if lemma in lang.open_nouns and not assured and noun.dep_ in ("attr", "nsubj", "dobj"):
        return ("open", noun)  # "there is some doubt that police fired first", "doubts remain that ..."
    return None


def _negative_question(be) -> bool:
    """Whether the negated ``be`` opens a question, its subject after it: "Isn't it clear that ...?".

    A negative yes/no question expects the answer yes (Quirk et al. 1985, 11.7, conducive questions): "Isn't it
    clear that soldiers shot the boy?" says it is clear, so its negation does not leave the act open.
    """
    subj = next((c for c in be.children if c.dep_ == "nsubj"), None)
    return subj is not None and be.i < subj.i and any(t.text == "?" for t in be.sent if t.i > subj.i)


def _adjective(tok) -> bool:
    """Whether ``tok`` is a predicative adjective: "clear" in "it is clear", "convinced" in "we are convinced"."""
    return tok.dep_ == "acomp" and (tok.pos_ == "ADJ" or tok.tag_ == "VBN")


def _expletive_subject(verb, lang: LanguageProfile) -> bool:
    """Whether ``verb`` has the extraposition subject "it" ("it is clear that", "it remains unclear that")."""
    return any(c.dep_ == "nsubj" and c.lower_ in lang.expletive_subjects for c in verb.children)


def _wh_clause(clause) -> bool:
    """Whether ``clause`` is an embedded wh-question ("who attacked the convoy", "why police arrested them").

    Its act is presupposed, only who, why or how is open (Karttunen 1977, "Syntax and semantics of questions",
    *Linguistics and Philosophy* 1): "it remains unclear who attacked the convoy" tells an attack.
    """
    return clause.left_edge.tag_ in ("WP", "WDT", "WRB", "WP$")  # Penn Treebank wh-tags, the clause's first word


def author_stance(head, lang: LanguageProfile):
    """The author's stance toward the event whose clause head is ``head``: (certainty, cue, drop reason) or None.

    Walks up from the event's clause: a that-clause hanging on a frame of belief or certainty takes the frame's
    stance (:func:`_frame_of`); a clause (or one above it, up to the sentence root) with a stance adjunct
    ("In my view, ...", "To my mind, ...", "Make no mistake: ...", "No doubt, ...") is the author's opinion. A
    negated first-person belief or a doubt gives ``negated`` with a drop reason (the writer holds it did not
    happen), a belief asked about ("Do you think ...?") or an act left open ("it is not clear that ...", "there is
    some doubt that ...") ``hypothetical`` with one; every other stance gives ``opinion`` and no drop.
    """
    if _presupposed_act(head, lang):
        return None  # "To my mind, the arrests of 40 students were unjust": the judgement is the opinion
    cur = head
    for _ in range(8):
        for c in cur.children:
            if c.dep_ in ("prep", "advmod", "npadvmod", "advcl", "parataxis"):
                found = _adjunct(c, lang)
                if found is not None:
                    return ("opinion", found, None)
        if cur.head == cur:
            return None
        if cur.dep_ == "conj" and cur.head.dep_ == "ROOT" and _has_subject(cur):
            return None  # "I believe the talks failed, but police arrested 30 students": a main clause of its own
        if cur.dep_ in _CLAUSE_DEPS:
            if cur.head.lemma_.lower() in lang.opinion_verbs | lang.doubt_verbs and _asked_frame(cur.head):
                return ("hypothetical", cur.head, f"asked, not stated ('{cur.head.text}')")  # "Do you think ...?"
            found = _frame_of(cur.head, lang)
            if found is not None and found[0] == "open":
                if _wh_clause(cur) or any(presupposed_step(t, lang) for t in _path(head, cur)):
                    return None  # "it remains unclear who attacked the convoy", "... after soldiers shelled it"
                neg = _negated(found[1].head) if found[1].dep_ == "acomp" else None
                words = f"{neg.text} {found[1].text}" if neg is not None else found[1].text
                return ("hypothetical", found[1], f"left open, not stated ('{words}')")
            if found is not None:
                certainty, cue = found
                if certainty == "negated":
                    return ("negated", cue, f"the author holds it did not happen ('{cue.text} {cur.head.text}')"
                            if cue != cur.head else f"the author doubts it ('{cue.text}')")
                return ("opinion", cue, None)
        cur = cur.head
    return None


def _path(head, clause):
    """The tokens from ``head`` up to ``clause`` (both included)."""
    out = [head]
    while out[-1] != clause and out[-1].head != out[-1]:
        out.append(out[-1].head)
    return out


def _has_subject(verb) -> bool:
    """Whether ``verb`` has a subject of its own (a coordinated clause, not a shared-subject verb)."""
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _presupposed_act(head, lang: LanguageProfile) -> bool:
    """Whether ``head`` is an act noun with a definite or possessive determiner that is a clause's subject.

    "the arrests of 40 students were unjust", "the detention of the activists was illegal", "Monday's killing
    was a crime": the definite description presupposes the act (module docstring, Karttunen 1974), so a frame
    of belief around the clause judges it and does not make it the writer's opinion.
    """
    if head.pos_ not in ("NOUN", "PROPN") or head.dep_ not in ("nsubj", "nsubjpass"):
        return False
    return any((c.dep_ == "det" and c.lower_ in lang.definite_articles | lang.coref_demonstratives)
               or c.dep_ == "poss" for c in head.children)


def _adjunct(c, lang: LanguageProfile):
    """The cue of a stance adjunct ``c``: "in my view", "to my mind", "make no mistake", "no doubt"; else None."""
    if c.dep_ == "prep":
        return next((p for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"
                     and p.lemma_.lower() in lang.opinion_nouns and _noun_frame(p, lang) is not None), None)
    if c.dep_ in ("advmod", "npadvmod") and c.lemma_.lower() in lang.stance_doubt_nouns:
        return c if _noun_frame(c, lang) is not None else None  # "No doubt, troops burned the market"
    if c.dep_ in ("advcl", "parataxis") and not any(s.dep_ in ("nsubj", "nsubjpass", "mark") for s in c.children):
        # "Make no mistake: ...": an imperative (no subject) whose object is a negated doubt noun
        return next((o for o in c.children if o.dep_ == "dobj" and o.lemma_.lower() in lang.stance_doubt_nouns
                     and _noun_frame(o, lang) is not None), None)
    return None
