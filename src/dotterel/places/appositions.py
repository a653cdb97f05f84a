"""Names the text itself calls a town, by a settlement noun in apposition ("Abu Saida, a town near Baquba").

"X, a small town northeast of Multan", "Y, the main city in the
province", "Z, a village in Borno State": the writer says what the name
is. The small model often gives such a name no entity, or one of a person
or an organisation ("Goma" PERSON in "Goma, the capital of North Kivu,
fell"), and GeoNames lacks most villages; the apposition is as sure a sign
of a place as "the village of X" (:func:`~dotterel.places.syntax.locative_propn`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dotterel.annotate import entities
from dotterel.places.syntax import PLACE_LABELS

if TYPE_CHECKING:
    from dotterel.lang import LanguageProfile

__all__ = ["described_towns", "described_as_town"]

#: Entity labels a name described as a town may still carry: the model's guesses for an unknown name. A date,
#: number or quantity ("On Tuesday, an explosion in the city"; "Also Friday, a village chief") is never a town.
_NAME_LABELS = frozenset({"", "PERSON", "ORG", "NORP", "LANGUAGE", "PRODUCT", "WORK_OF_ART", "EVENT"})


def described_as_town(tok, lang: LanguageProfile) -> bool:
    """Whether a settlement noun with a word of its own stands in apposition to ``tok`` ("Goma, the main city").

    (``lang.settlement_nouns``, lower case, with an article or modifier:
    the shape :func:`described_towns` reads.)
    """
    return tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text == "," and any(
        c.dep_ == "appos" and c.pos_ == "NOUN" and c.is_lower and c.lemma_.lower() in lang.settlement_nouns
        and any(d.dep_ in ("det", "amod", "compound", "poss") for d in c.lefts) for c in tok.rights)


def described_towns(doc, lang: LanguageProfile) -> list:
    """Proper-noun phrases a settlement noun stands in apposition to ("Dunya Pur, a small town near Multan").

    The noun is one of ``lang.settlement_nouns`` (town, city, village,
    capital, ...), in lower case, with an article or a modifier of its own
    ("a town", "the main city", "a small border town"), and is the ``appos``
    child of the name's last word; the name follows no word of its own
    phrase but its compound proper nouns ("Dunya Pur"). Not a name a place
    entity covers already, nor one the model reads as a date or number. A
    person described by a noun that is no settlement noun ("X, a young man
    from Kobane city", "Y, the chief medic at the city") is none: the
    apposition's head must be the settlement noun itself.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed document.
    lang : LanguageProfile
        ``settlement_nouns``.

    Returns
    -------
    list[spacy.tokens.Span]
        The names, in text order.
    """
    from spacy.tokens import Span

    taken = {t.i for e in entities(doc) if e.label_ in PLACE_LABELS for t in e}
    out = []
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.i in taken or tok.ent_type_ not in _NAME_LABELS:
            continue
        if not described_as_town(tok, lang):
            continue
        left = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
        start = left[0].i if left else tok.i
        if any(i in taken or doc[i].ent_type_ not in _NAME_LABELS for i in range(start, tok.i)):
            continue
        out.append(Span(doc, start, tok.i + 1))
    return out
