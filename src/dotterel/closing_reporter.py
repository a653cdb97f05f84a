"""The closing reporting clause of a sentence ("<what happened>, <speaker> said on Monday").

Wire copy puts the source last: "ADF militants killed at least 40 people ..., the local civil society
coordinator said on Monday", "Police in Almaty detained about 15 activists who tried to hold a rally,
independent outlet Vlast.kz reported". The small parser does not always make the content a clause of
the reporting verb: it may hang the event verb on the subject of "said" (a reduced relative), or make
"reported" a relative clause on a noun of the content. The shape of the sentence still says who
reported it: a reporting verb whose subject opens after a comma that follows the event, with nothing
after the verb but its own adjuncts (a date, "on Monday", "late on Saturday") and the closing
punctuation. Read by :mod:`dotterel.attribution`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .lang import LanguageProfile

__all__ = ["closing_reporter"]

# what a closing reporting verb may carry after itself: adjuncts of time and manner, never content
_ADJUNCT_DEPS = frozenset({"prep", "pobj", "npadvmod", "advmod", "amod", "compound", "nummod", "det", "punct"})


def closing_reporter(head, lang: LanguageProfile):
    """The reporting verb of a sentence-final "<speaker> said (on Monday)" clause after ``head``, else None.

    Parameters
    ----------
    head : spacy.tokens.Token
        The event's clause head.
    lang : LanguageProfile
        Its ``reporting_verbs`` and ``deny_verbs`` (a closing denial is no report of the act).

    Returns
    -------
    spacy.tokens.Token | None
        The reporting verb, whose subject (after the comma) is the claimant; None when the sentence
        does not close on such a clause, when the verb has content of its own after it ("said it had
        retaliated"), or when ``head`` is not before the comma.
    """
    sent = head.sent
    for verb in sent:
        lemma = verb.lemma_.lower()
        if verb.i <= head.i or lemma not in lang.reporting_verbs or lemma in lang.deny_verbs:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and head.i < c.left_edge.i < verb.i]
        if not subjects:
            continue
        opener = subjects[-1].left_edge.i
        if opener - 1 <= head.i or sent.doc[opener - 1].text != ",":
            continue
        # the speaker's phrase runs from the comma to the verb, and nothing but the verb's adjuncts follows it
        if any(t.text == "," for t in sent.doc[opener:verb.i]):
            continue
        after = sent.doc[verb.i + 1:sent.end]
        if any(t.dep_ not in _ADJUNCT_DEPS or verb not in t.ancestors for t in after if not (t.is_punct or t.is_space)):
            continue
        return verb
    return None
