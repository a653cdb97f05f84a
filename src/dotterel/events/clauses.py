"""Clause helpers of the parse shared by the detectors: who does an infinitive's act.

Split from :mod:`dotterel.events.detect` (module size). The rule is English
grammar (object control: Rosenbaum 1967; the verbs are the language
profile's).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..lang import LanguageProfile

__all__ = ["object_controller"]


def object_controller(clause, *, lang: LanguageProfile):
    """The object that does the act of an infinitive under a verb of pressing ("object control").

    Parameters
    ----------
    clause : spacy.tokens.Token
        Head of a clause (an infinitive with "to").
    lang : LanguageProfile
        ``object_control_verbs``.

    Returns
    -------
    spacy.tokens.Token | None
        The head of the pressed party's phrase.

    Notes
    -----
    "press the military to release them", "called on the government to
    resign", "issued Lukashenko an ultimatum to step down": the pressed
    party, not the one who presses, is the doer of the infinitive. The verbs
    are the profile's ``object_control_verbs``; ``None`` when ``clause`` is no
    such infinitive or the verb has no such object.
    """
    if clause.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    verb = clause.head
    if clause.dep_ == "acl" and verb.dep_ == "dobj" and verb.pos_ == "NOUN":
        verb = verb.head  # "issued Lukashenko an ultimatum to step down": the infinitive hangs on the noun
        objects = [c for c in verb.children if c.dep_ == "dative"]
    elif clause.dep_ in ("xcomp", "ccomp", "advcl"):
        objects = [c for c in verb.children if c.dep_ in ("dative", "dobj")] or [
            p for c in verb.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children if p.dep_ == "pobj"]
    else:
        return None
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in lang.object_control_verbs or not objects:
        return None
    obj = objects[0]
    return None if obj.pos_ == "PRON" and obj.lower_ in ("it", "this", "that") else obj
