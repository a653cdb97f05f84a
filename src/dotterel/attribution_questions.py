"""A direct question states no act: "Did soldiers shoot the boy?", '"Do you think the army will leave?" she asked'.

A yes/no question puts its proposition up for an answer and asserts nothing (Quirk et al. 1985, *A Comprehensive
Grammar of the English Language*, 11.3-11.5): its operator comes before its subject (subject-operator
inversion) and it ends in a question mark. The question may be a quotation inside a sentence of report, so the
mark that counts is the one at the end of the quotation, or of the sentence when the act is not quoted; the
closing quotation mark and the text's closing newline are not read as its end.

A wh-question ("Why did police arrest 30 students?", "Who shot the boy?") asks only who, why or how: its act is
presupposed (Karttunen 1977, "Syntax and semantics of questions", *Linguistics and Philosophy* 1), and it is not
read here. An embedded question ("asked whether troops fired") is the profile's ``question_marks``, read in
:func:`dotterel.attribution.attribute`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .lang import LanguageProfile
    from .quotes import QuoteMap

__all__ = ["asked_question", "ends_in_question", "presupposed_step"]

_WH_TAGS = ("WP", "WDT", "WRB", "WP$")  # Penn Treebank wh-words


def _utterance(tok, quotes: QuoteMap | None) -> list:
    """The tokens of the sentence of ``tok`` that are in its quotation (all of the sentence when it is unquoted)."""
    region = quotes.inline(tok.idx) if quotes is not None else None
    if region is None:
        return list(tok.sent)
    return [t for t in tok.sent if region[0] <= t.idx < region[1]]


def ends_in_question(tok, quotes: QuoteMap | None = None) -> bool:
    """Whether the sentence (or the quotation, when ``tok`` is quoted) that holds ``tok`` ends in a question mark.

    Spaces, newlines and quotation marks after the mark are skipped: '"Did they fire?" he asked.' is a question
    within its quotation, and so is a question read from a file, whose last token is its closing newline.
    """
    words = _utterance(tok, quotes)
    last = next((t for t in reversed(words) if not (t.is_space or t.is_quote)), None)
    return last is not None and last.text == "?"


def _inverted(verb) -> object | None:
    """The operator (auxiliary) that comes before ``verb``'s subject, or None: "Did soldiers shoot", "Were they"."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None:
        return None
    return next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < subj.i), None)


def presupposed_step(clause, lang: LanguageProfile) -> bool:
    """Whether ``clause`` keeps its act real under a question or an open frame above it.

    An adverbial clause ("after soldiers shelled the village", "when police fired"), the complement of a
    factive verb (profile ``factive_verbs``: "know that", "realise that"), a relative or participial clause on a
    noun ("the officers who beat the students", "the lawyer arrested by police"; not a noun's content clause,
    "some doubt that police fired") and a definite noun event ("the killing of the boy", "the protests",
    "Nairobi's protests": a definite article, a demonstrative or a possessive, profile ``definite_articles`` and
    ``coref_demonstratives``) presuppose their act: a question or a doubt about the clause above does not reach it
    (Kiparsky and Kiparsky 1970, "Fact"; Karttunen 1974, "Presupposition and linguistic context", *Theoretical
    Linguistics* 1; Strawson 1950, "On referring", *Mind* 59, on definite descriptions). An indefinite noun event
    is left to the question ("Did a protest take place?").
    """
    content = clause.dep_ == "acl" and any(c.dep_ == "mark" for c in clause.children)  # "doubt that police fired"
    if clause.dep_ in ("advcl", "relcl") or (clause.dep_ == "acl" and not content):
        return True
    if clause.pos_ in ("NOUN", "PROPN"):
        return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in lang.definite_articles
                                        | lang.coref_demonstratives) for c in clause.children)
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in lang.factive_verbs


def asked_question(head, quotes: QuoteMap | None, lang: LanguageProfile):
    """The operator of a direct yes/no question whose proposition holds ``head``'s act, or None.

    Parameters
    ----------
    head : spacy.tokens.Token
        The event's clause head.
    quotes : QuoteMap | None
        The text's quotations: a quoted question ends at its quotation's end.
    lang : LanguageProfile
        The factive verbs read (``factive_verbs``).

    Returns
    -------
    spacy.tokens.Token | None
        The inverted auxiliary ("Did", "Do"), to be the cue of a ``hypothetical`` certainty with no event.

    Examples
    --------
    "Did police beat the students in Dhaka on Tuesday?" and '"Do you think the army will leave?" the lawyer
    asked.' give "Did" and "Do"; "Why did police arrest them?", "Police beat them, didn't they?" and "Did you know
    that police arrested them?" give None.
    """
    if not ends_in_question(head, quotes):
        return None
    words = _utterance(head, quotes)
    inside = {t.i for t in words}
    top = head
    while top.head != top and top.head.i in inside:
        if presupposed_step(top, lang):
            return None  # "Did you know that police arrested them?", "Did police fire after the crowd threw stones?"
        top = top.head  # the question's own main verb, within its quotation
    operator = _inverted(top)
    if operator is None or any(t.tag_ in _WH_TAGS for t in words if t.i < operator.i):
        return None  # no inversion, or a wh-question: its act is presupposed
    return operator
