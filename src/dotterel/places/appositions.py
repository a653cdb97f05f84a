"""Names the text itself calls a town, by a settlement noun in apposition ("Abu Saida, a town near Baquba").

"X, a small town northeast of Multan", "Y, the main city in the
province", "Z, a village in Borno State": the writer says what the name
is. The small model often gives such a name no entity, or one of a person
or an organisation ("Goma" PERSON in "Goma, the capital of North Kivu,
fell"), and GeoNames lacks most villages; the apposition is as sure a sign
of a place as "the village of X" (:func:`~dotterel.places.proposals.locative_propn`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dotterel.annotate import entities
from dotterel.places.syntax import PLACE_LABELS
from dotterel.records import Place

if TYPE_CHECKING:
    from collections.abc import Sequence

    from dotterel.lang import LanguageProfile
    from dotterel.places.toponyms import Gazetteer

#: The least gazetteer score of a described town's reading: its exact main name, or an exact alternate name no
#: namesake in another country rivals (:mod:`~dotterel.places.toponyms`: a transliteration scores 0.9, a fuzzy
#: match at most 0.85, a rivalled name is multiplied by 0.9).
EXACT_READING = 0.95

__all__ = ["described_towns", "described_as_town", "described_reading"]

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


def described_reading(place: Place, text: str, countries: Sequence[str], gaz: Gazetteer) -> Place:
    """The gazetteer's reading of a name the text calls a town, or the name as written when that reading is a guess.

    A village the text describes ("Gharz, a village in Daraa province",
    "Alpha, a village near the border") is most often one GeoNames lacks:
    a near spelling, a transliteration or a name shared with towns of
    other countries then finds some other town ("Garz", Germany; a French
    commune whose alternate name is "Alpha"). The reading is kept only when
    it is exact and unrivalled (score at least :data:`EXACT_READING`) and,
    when the document's ``countries`` are known, lies in one of them or a
    country bordering one (GeoNames ``countryInfo``); otherwise the name
    stays as written, unresolved, in the document's first country when it
    has one (as :mod:`~dotterel.places.toponyms` keeps a refused fuzzy
    match). ACLED codebook: the most specific location named, never a
    guessed one.
    """
    if place.geonameid is None:
        return place
    near = set(countries).union(*(gaz.neighbours(c) for c in countries)) if countries else None
    if place.score >= EXACT_READING and (near is None or place.country in near):
        return place
    return Place(span=None, name=text, country=countries[0] if countries else None, geo_precision="unresolved",
                 score=0.0, reason=f"described as a town; gazetteer reading {place.name} ({place.country}, score "
                        f"{place.score:.2f}) is no exact name in the story's countries: kept as written")
