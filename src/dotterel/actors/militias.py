"""A militia on the government's side: "the regime's militias", "pro-government militias" (issue 16, session 26).

The resolver's role step reads "militias" as unidentified armed men (UAF). A militia the text puts on the side of
a government is no rebel group nor an unknown one: the PLOVER manual's PRM sector ("paramilitaries not opposed to
the government"; PLOVER manual 0.8, 2021, actor sectors) and ACLED's political militia (ACLED codebook 2023, Inter
Code 3 Political Militias: "often supported by, or acting for, political elites", pro-government militias named
e.g. "Pro-Government Militia (Sudan)"). The one home of that reading; the resolver calls it on its role actor.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..lang import LanguageProfile
    from ..records import Actor

__all__ = ["regime_side", "regime_side_word"]


def regime_side_word(head, lang: LanguageProfile):
    """The word that puts the militia ``head`` on a government's side, or ``None``.

    Three shapes, each with a word of the profile's ``regime_side_words`` (government, regime, junta, president,
    ...): the militia's possessor ("the regime's militias", "the junta's militias"); a hyphenated modifier opened
    by a loyalty word or closed by a sponsor's participle (the profile's ``loyalty_words`` and
    ``sponsor_participles``: "pro-government militias", "government-backed militias", "regime-allied militias");
    or the object of "to"/"with" after a loyalty word in the phrase ("militias loyal to the president", "militias
    allied with the government"). Only words of the militia's own phrase: "militias attacked a pro-government
    rally" puts no militia on any side. Only the government itself, unqualified (:func:`_bare_government`):
    "loyal to the late president", "the president of the rebel council", "the Rwandan government's militias" near
    Goma name another side or another state's government, which the PLOVER PRM sector ("not opposed to the
    government" of the country coded) does not cover.
    """
    if head.lemma_.lower() not in lang.militia_nouns and head.lower_ not in lang.militia_nouns:
        return None
    doc = head.doc
    for t in head.subtree:
        if t.lemma_.lower() not in lang.regime_side_words or t.i == head.i or t.ent_type_ in ("ORG", "GPE", "NORP"):
            continue  # not a word of a body's or a place's name ("Government of National Accord")
        if t.dep_ == "poss" and t.head.i == head.i:
            return t if _bare_government(t) else None  # "the regime's militias"
        if t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ in lang.loyalty_words:
            return t if _bare_government(t) else None  # "pro-government militias"
        if t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and doc[t.i + 2].lower_ in lang.sponsor_participles:
            return t if _bare_government(t) else None  # "government-backed militias"
        if t.i > head.i and any(a.lower_ in lang.loyalty_words and not any(c.dep_ == "neg" for c in a.children)
                                for a in t.ancestors if a.i > head.i):
            return t if _bare_government(t) else None  # "militias loyal to the president", not "not loyal to"
    return None


def _bare_government(word) -> bool:
    """Whether the government word ``word`` stands with no qualifier but an article or a possessive mark.

    "the regime", "the president's", "government-backed": the government of the country coded. Any other word
    of its phrase ("the former president", "the late president", "the president of the rebel council", "the
    Rwandan government", "the government of Rwanda"), or a qualifier just before a hyphenated compound ("Rwandan
    government-backed militias"), may name another side or another state: the militia is left unidentified
    rather than put on the wrong side (PLOVER manual 0.8, sector PRM: "not opposed to the government").
    """
    if any(t.i != word.i and t.dep_ not in ("det", "case", "punct") for t in word.subtree):
        return False
    before = word.doc[word.i - 1] if word.i > 0 else None
    return before is None or before.text == "-" or before.dep_ in ("det", "punct", "case") or before.pos_ == "ADP"


def regime_side(actor: Actor, head, lang: LanguageProfile) -> Actor:
    """``actor`` (a role noun's) as a pro-government militia when its phrase says so, else ``actor`` unchanged.

    Only an unidentified armed group's role (sector UAF) with a militia head (profile ``militia_nouns``) and a
    word of :func:`regime_side_word`; its country stays the one the resolver found (the owner's, "the junta's
    militias": MMR; the place's), never guessed from the government word.
    """
    if actor.sector != "UAF" or actor.kind != "group":
        return actor
    word = regime_side_word(head, lang)
    if word is None:
        return actor
    return actor.model_copy(update={
        "sector": "PRM",
        "name": f"{actor.country} pro-government militia" if actor.country else "pro-government militia",
        "reason": f"{actor.reason}; '{word.text}' puts them on the government's side: a pro-government militia "
                  f"(PLOVER PRM; ACLED political militia)",
    })
