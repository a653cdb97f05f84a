"""A town read as the first-level region of the same name when a province noun names it (issue 16).

Many regions share their name with their capital (Idlib, Kherson, Kano,
Hama): GeoNames holds both, a first-level region (``ADM1``) and a town
(``PPL``). The gazetteer's ranking alone picks one by size; the text often
says which it means. "The southern city of Daraa" is the town
(:func:`as_settlement`); "the
province of Idlib", "Kano State" and "the Kherson oblast" are the region
(``lang.province_nouns``). Used by
:class:`~dotterel.places.mentions.DocumentPlaces`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from dotterel.places._fold import fold
from dotterel.places.toponyms import candidate_to_place, rank

if TYPE_CHECKING:
    from dotterel.lang import LanguageProfile
    from dotterel.places.toponyms import Gazetteer
    from dotterel.records import Place

__all__ = ["as_province", "as_settlement"]


def as_province(ent, text: str, place: Place, gazetteer: Gazetteer, lang: LanguageProfile) -> Place:
    """``place``, or the first-level region of its exact name when a province noun names it ("the province of Idlib").

    The name must be the object of "of" after a province noun
    (``lang.province_nouns``: "the northwestern province of Idlib") or
    modify one ("Idlib province", "the Kherson region"); only a town
    (``PPL*``) is read again, and only when its country has exactly one
    first-level region of that exact name or alias (GeoNames), which is
    taken. A province noun with an "of" phrase of its own ("the Kandy
    province of Sri Lanka") is left alone, as is a name after a comma
    ("Sioux City, Iowa").

    Parameters
    ----------
    ent : spacy.tokens.Span
        The mention's words in the parsed document.
    text : str
        The mention's text.
    place : Place
        Its resolution so far.
    gazetteer : Gazetteer
    lang : LanguageProfile

    Returns
    -------
    Place
    """
    if place.geonameid is None or not (place.feature_code or "").startswith("PPL") or len(ent) == 0:
        return place
    root = ent.root
    gov = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else (
        root.head if root.dep_ in ("appos", "compound") else None)
    if gov is None or gov == root or gov.lemma_.lower() not in lang.province_nouns:
        return place
    if root.dep_ in ("appos", "compound") and any(c.lower_ == "of" and any(o.dep_ == "pobj" for o in c.children)
                                                  for c in gov.children):
        return place  # "the Kandy province of Sri Lanka": which province the "of" phrase says
    regions = [c for c in gazetteer.exact(fold(text)) if c.feature_code == "ADM1" and c.country == place.country]
    if len(regions) != 1:
        return place
    best = regions[0]
    return candidate_to_place(best, span=place.span, score=0.95, reason=(
        f"exact name; a province noun ('{gov.text}') names it, so the region {best.name} ({best.feature_code}, "
        f"{best.country}), not the town {place.name}"))


def as_settlement(ent, text: str, place: Place, countries: Sequence[str], gazetteer: Gazetteer,
                  lang: LanguageProfile) -> Place:
    """A region read as the town of the same name when a settlement noun names it ("the city of Daraa").

    The name must be the object of "of" after a settlement noun
    (``lang.settlement_nouns``: "the southern city of Daraa") or stand in
    apposition to one ("the town Daraa", "Rutana, a town in Burundi"); the town of that exact name in
    the region's country is taken, else the region stays. Moved from
    ``DocumentPlaces._as_settlement`` (:mod:`dotterel.places.mentions`).
    """
    root = ent.root
    if place.feature_code != "ADM1" or place.geonameid is None or (ent.start > 0 and ent.doc[ent.start - 1].text == ","):
        return place  # "Sioux City, Iowa": after a comma, the region a town lies in
    gov = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else (
        root.head if root.dep_ in ("appos", "compound") else None)
    if gov is None:  # "Rutana, a town in southern Burundi": the noun in apposition to the name
        gov = next((c for c in root.rights if c.dep_ == "appos" and c.is_lower), None)
    if gov is None or gov.lemma_.lower() not in lang.settlement_nouns:
        return place
    if root.dep_ == "compound" and any(c.lower_ == "of" and any(o.dep_ == "pobj" for o in c.children)
                                       for c in gov.children):
        return place  # "the Hunan city of Yueyang": the city is Yueyang, Hunan the region it lies in
    towns = [c for c in gazetteer.exact(fold(text)) if c.feature_code in ("PPL", "PPLC")
             and c.country == place.country]
    if not towns:
        return place
    best = rank(towns, country_hints=[place.country, *countries])[0]
    return candidate_to_place(best, span=None, score=0.95, reason=(
        f"exact name; a settlement noun ('{gov.text}') names it, so the town {best.name} ({best.feature_code}, "
        f"{best.country}, pop {best.population}), not the region {place.name}"))
