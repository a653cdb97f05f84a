"""Acts a careful coder notices that no PLOVER type fits, told as abstentions with the reason.

A dismissal from office ("the president fired the intelligence chief", "sacked
the governor") is news a coder reads as an event, but PLOVER 2021 has no type
for it, and CAMEO's nearest code, 0831 (accede to demands for change in
leadership; CAMEO2PLOVER-2021: CONCEDE), fits only when the dismissal yields to
a demand ("removed him from his post" under the lexicon's CONCEDE rules). The
detector therefore codes none, and ``--debug`` says why instead of staying
silent. The words are the language profile's (``dismissal_verbs``,
``office_holder_nouns``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from .syntax import _is_clause_head, is_passive

if TYPE_CHECKING:
    from ..lang import LanguageProfile

__all__ = ["dismissals"]


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
