"""Whose "its" is: a place named after the last body owns the possessive; a speaking body owns it in its own words.

"JNIM militants besieged the village for a week; its chief was later abducted": the chief is the village's, not
the armed group's. English possessive pronouns take the nearest fitting antecedent (Quirk et al., *A Comprehensive
Grammar of the English Language*, 1985, 6.16-6.17: reference to the nearest preceding noun phrase that agrees), and
a town or village is a fitting owner of "its". The resolver's rule that "its members", "its troops" name the last
body of the paragraph (:mod:`dotterel.actors.resolve`, step 4a) asks here first whether a place came between.

"Al-Shabaab said its commander was killed in an air strike": in the clause a body reports, "its" is the body's,
the speaker (:func:`reporting_speaker`), whether or not an earlier event remembered it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import NON_STATE_ARMED_SECTORS, STATE_FORCE_SECTORS
from .document import PLACING

if TYPE_CHECKING:
    from ..lang import LanguageProfile
    from ..places.mentions import PlaceMention
    from ..records import Actor
    from .kb import KnowledgeBase

__all__ = ["place_owns_possessive", "reporting_speaker"]


def place_owns_possessive(poss, head, body: Actor, lang: LanguageProfile, kb: KnowledgeBase,
                          places: tuple[PlaceMention, ...] = ()) -> bool:
    """Whether a place named between the body ``body`` and the possessive ``poss`` owns the noun ``head``.

    A body's members and fighters stay the body's whatever place stands between ("Al-Shabaab attacked the town
    and its fighters looted shops": the profile's ``body_member_nouns`` and the roles of an armed sector, state
    or not), and so does its spokesman (the profile's ``body_voice_nouns``: "The Islamic State overran the village.
    Its spokesman said ...": a village has no spokesman); a town's chief, mayor or residents are the town's.

    Walks back from the possessive through its sentence and the one before it: a place noun (the profile's
    ``place_nouns``: "the village", "the town") or a place the places stage resolved comes first, so the
    possessive is the place's ("its chief", "its mayor"); a word of the body's own span comes first, so it is the
    body's ("the rebels seized the town and its fighters ..." stays open: the town is nearer, so not the rebels').
    Only a singular place owns "its"; "their" never refers to a place ("the villages ... their chiefs" is left as
    it was).
    """
    role = kb.role(head.lemma_.lower())
    if poss.lower_ != "its" or head.lemma_.lower() in lang.body_member_nouns | lang.body_voice_nouns or (
            role is not None and role.sector in STATE_FORCE_SECTORS | NON_STATE_ARMED_SECTORS):
        return False
    body_words = set((body.span.text if body.span is not None else body.name).split())
    doc = poss.doc
    first = doc[poss.sent.start - 1].sent.start if poss.sent.start > 0 else 0
    for t in reversed(doc[first:poss.i]):
        if t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() in lang.place_nouns:
            return True
        if t.pos_ == "PROPN" and any(m.start <= t.idx < m.end and m.how in PLACING and m.place.geonameid is not None
                                     for m in places):
            return True
        if t.text in body_words:
            return False
    return False


def reporting_speaker(poss, lang: LanguageProfile):
    """The subject of the reporting verb whose reported clause holds the possessive ``poss``, or ``None``.

    "Al-Shabaab said its commander was killed", "The Taliban claimed that its fighters had seized the post",
    "ISWAP said in a statement that its leader died": the possessive in the clause a speaker reports refers to the
    speaker, the nearest fitting noun phrase that governs the clause (Quirk et al. 1985, 6.16-6.17; the reporting
    clause's subject is the antecedent of a pronoun in the reported clause, ibid. 14.31). Walks up from the
    possessive to the first clausal complement (``ccomp``) of a reporting verb (the profile's ``reporting_verbs``)
    and takes that verb's nominal subject. Not the possessive on the speaker itself ("Its spokesman said ...": no
    clause is reported around it), and not a clause in the passive voice of the reporting verb ("it was said").
    Nor when the reported clause names, before the possessive, a noun that agrees with it ("Al-Shabaab said AMISOM
    and its troops attacked", "ISWAP said Boko Haram killed its commander"): the nearest fitting noun phrase is
    that one, or the reading is open (Quirk et al. 1985, 6.16-6.17), and the speaker is not taken.
    """
    if poss.lower_ not in ("its", "their"):
        return None
    tok = poss
    while tok.head.i != tok.i:
        if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in lang.reporting_verbs:
            agree = ("NN", "NNP") if poss.lower_ == "its" else ("NNS", "NNPS")
            if any(t.i < poss.i and t.tag_ in agree and t.ent_type_ not in ("DATE", "TIME") for t in tok.subtree):
                return None  # "said the army and its allies ...": "its" may be the army's
            return next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        tok = tok.head
    return None
