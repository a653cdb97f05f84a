"""A protest participle before people names them as its doers: "a lathi-charge on protesting students".

Split from :mod:`dotterel.events.agents` by concern (that module is near the size cap): the one home of the
rule that reads "protesting students" as students who protest, where the small parser makes the participle
a gerund with the students as its object.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..lang import LanguageProfile

__all__ = ["participle_doers"]


def participle_doers(tok, lang: LanguageProfile):
    """The people a protest participle stands before, who protest; or ``None``.

    "Lathi-charge by the police on protesting students", "fired on demonstrating farmers": a verb whose
    subject is the protest's crowd (profile ``subject_verbs`` of kind ``participants``: protest,
    demonstrate, march, rally), in ``-ing`` form, parsed as a gerund after a preposition (``pcomp``) with an
    object of people (profile ``person_nouns``) right after it. Such a verb takes no person as its object
    (one protests *against* someone), so the participle modifies the people, who are its doers (Quirk et
    al. 1985, 17.100: -ing participles as premodifiers); "protesting the arrest of a colleague" (no person)
    and "on attacking students" (a transitive verb) stay gerunds.
    """
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or lang.subject_verbs.get(tok.lemma_.lower()) != "participants":
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in lang.person_nouns or obj.left_edge.i != tok.i + 1:
        return None
    return obj
