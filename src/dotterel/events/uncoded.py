"""Acts a careful coder notices that no PLOVER type fits, told as abstentions with the reason.

A dismissal from office ("the president fired the intelligence chief", "sacked
the governor") is news a coder reads as an event, but PLOVER 2021 has no type
for it, and CAMEO's nearest code, 0831 (accede to demands for change in
leadership; CAMEO2PLOVER-2021: CONCEDE), fits only when the dismissal yields to
a demand ("removed him from his post" under the lexicon's CONCEDE rules). The
detector therefore codes none, and ``--debug`` says why instead of staying
silent. The words are the language profile's (``dismissal_verbs``,
``office_holder_nouns``).

A place secured or taken control of by forces ("troops secured the airport")
that the lexicon codes neither as an occupation (COERCE seize, CAMEO 192: taken
from another side) nor as peacekeeping (AID, CAMEO 074: by peacekeepers) is told
the same way: the sentence names no side it was taken from, and ACLED codes a
territory change only when an armed group takes it from another (ACLED
codebook 2023, Battles). Profile ``secured_place_nouns``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .syntax import _is_clause_head, is_passive

if TYPE_CHECKING:
    from ..lang import LanguageProfile

__all__ = ["dismissals", "places_secured", "uncoded_acts"]


def _office_holder(noun, lang: LanguageProfile) -> bool:
    """Whether a noun names a person or an office-holder: a PERSON entity, or an office noun, itself or in apposition."""
    return any(n.ent_type_ == "PERSON" or n.lemma_.lower() in lang.office_holder_nouns or n.lower_ in lang.office_holder_nouns
               for n in (noun, *(c for c in noun.children if c.dep_ == "appos")))


def dismissals(sent, *, lang: LanguageProfile) -> Iterator[tuple[object, str]]:
    """The verbs of a sentence that dismiss someone from office, with the reason no event is coded.

    Parameters
    ----------
    sent : spacy.tokens.Span
        A parsed sentence.
    lang : LanguageProfile
        ``dismissal_verbs`` (lemmas) and ``office_holder_nouns``.

    Yields
    ------
    tuple of (spacy.tokens.Token, str)
        The verb, and the abstention reason.

    Notes
    -----
    The patient is the direct object of an active verb ("fired Karim Massimov, the intelligence chief"), or
    the subject of a passive one ("the governor was sacked"); a person named or an office noun. "Fired shots",
    "sacked the city", "dismissed the claims" name no one in office and are left to the lexicon; "the military
    removed the president" (a doer of the profile's ``seizers_of_power``) is a seizure of power, no dismissal.
    """
    for tok in sent:
        if tok.lemma_.lower() not in lang.dismissal_verbs or not _is_clause_head(tok):
            continue
        slot = "nsubjpass" if is_passive(tok) else "dobj"
        patient = next((c for c in tok.children if c.dep_ == slot), None)
        doers = [c for c in tok.children if c.dep_ == "nsubj"] + [g for c in tok.children if c.dep_ == "agent"
                                                                 for g in c.children if g.dep_ == "pobj"]
        if any(d.lemma_.lower() in lang.seizers_of_power or d.lower_ in lang.seizers_of_power for d in doers):
            continue  # "the military removed the president": a seizure of power, not a dismissal
        if patient is not None and _office_holder(patient, lang):
            yield tok, (f"a dismissal from office ('{tok.text} {patient.text}'): PLOVER 2021 has no type for it, and "
                        f"CAMEO 0831 (accede to demands for change in leadership, CONCEDE) only when it yields to a demand")


def places_secured(sent, *, lang: LanguageProfile) -> Iterator[tuple[object, str]]:
    """The verbs of a sentence by which a side secures or takes control of a place, with the abstention reason.

    "Troops secured the airport", "the army took control of strategic sites": the object (or the of-phrase
    of "control") is a place noun of the profile's ``secured_place_nouns``; "secured a loan", "took control
    of the company" are no place.

    Parameters
    ----------
    sent : spacy.tokens.Span
    lang : LanguageProfile

    Yields
    ------
    tuple of (spacy.tokens.Token, str)
    """
    for tok in sent:
        lemma = tok.lemma_.lower()
        if lemma not in ("secure", "take") or not _is_clause_head(tok) or is_passive(tok):
            continue
        objs = [n for c in tok.children if c.dep_ == "dobj" for n in (c, *c.conjuncts)]
        if lemma == "take":
            objs = [g for o in objs if o.lower_ == "control" for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                    for g in p.children if g.dep_ == "pobj"]
        objs = [g for o in objs for g in (o, *(q for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
                                                for q in p.children if q.dep_ == "pobj"))]
        if any(o.lemma_.lower() in lang.secured_place_nouns or o.lower_ in lang.secured_place_nouns for o in objs):
            yield tok, (f"a place secured or taken control of ('{tok.text}'): COERCE seize (CAMEO 192, occupy territory) "
                        f"only when taken from another side, AID (CAMEO 074) only by peacekeepers; the sentence names "
                        f"neither, and ACLED codes territory only when an armed group takes it from another")


def uncoded_acts(sent, *, lang: LanguageProfile) -> Iterator[tuple[object, str]]:
    """Every act of a sentence no PLOVER type fits (:func:`dismissals`, :func:`places_secured`), with its reason."""
    yield from dismissals(sent, lang=lang)
    yield from places_secured(sent, lang=lang)
