"""Names of offices and seats read by :mod:`dotterel.places.mentions`: a region's office, a government's seat.

"New York Gov. Andrew Cuomo" names the state (:func:`office_region`); "the White House" names a building in
Washington, not the Casablanca the gazetteer holds it as an alternate name of (:func:`seat_town`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dotterel.places._fold import fold
from dotterel.places.recall import SMALL_TOWN
from dotterel.places.toponyms import _clean, candidate_to_place

if TYPE_CHECKING:
    from dotterel.actors.kb import KnowledgeBase
    from dotterel.lang import LanguageProfile
    from dotterel.places.toponyms import Gazetteer
    from dotterel.records import Place

__all__ = ["office_region", "seat_town"]


def office_region(ent, text: str, place: Place, gaz: Gazetteer, lang: LanguageProfile) -> Place:
    """A name before the title of a region's office is that first-level region ("New York Gov. Andrew Cuomo").

    Governors (``lang.region_office_words``) belong to states and
    provinces, not to cities or to a country of the same name: "New York
    Gov." is the state, not New York City; "Georgia Gov." the US state,
    not the country. Legislatures (``lang.region_legislature_words``)
    make a city's name the region ("New York lawmakers") but countries
    have them too, so a country stays ("Mexico lawmakers", "Georgia
    lawmakers" in Tbilisi); so do edges ("the New York border",
    ``lang.region_edge_words``). "upstate New York" (``lang.region_side_words``
    before the name) is the state. Taken only when exactly one first-level
    region bears the name as its main name (GeoNames), or one lies in
    the country the name was first read in.
    """
    doc = ent.doc
    after = ent.end + 1 if ent.end < len(doc) and doc[ent.end].lower_ in ("'s", "\u2019s") else ent.end
    if place.feature_code == "ADM1" or after >= len(doc):
        return place  # "New York's attorney general": the possessive too names the office's region
    word = doc[after].lower_
    # two-word offices too: "attorney general" (a city has attorneys, "Washington attorney Mark Zaid")
    pair = f"{word} {doc[after + 1].lower_}" if after + 1 < len(doc) else word
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    shared = lang.region_legislature_words | lang.region_edge_words
    if not (word in lang.region_office_words or before in lang.region_side_words or (
            (word in shared or pair in shared) and place.feature_code != "PCLI")):
        return place  # "upstate New York", "the New York border": only a state takes these
    regions = [c for c in gaz.exact(fold(_clean(text))) if c.feature_code == "ADM1" and c.match == "name"]
    if len(regions) > 1:
        regions = [c for c in regions if c.country == place.country]
    if len(regions) != 1:
        return place
    why = (f"'{doc[ent.start - 1].text}' comes before the name" if before in lang.region_side_words
           else f"the name comes before '{doc[after].text}', a word of a region's office or extent")
    return candidate_to_place(regions[0], span=None, reason=(
        f"first-level region {regions[0].name} ({regions[0].country}): {why}"))


def seat_town(text: str, place: Place, kb: KnowledgeBase, gaz: Gazetteer) -> Place | None:
    """The capital a seat of government stands in, when the gazetteer read the seat as a namesake town or not at all.

    The knowledge base lists seats of government used as metonyms (``seats`` in ``data/actors_countries.json``:
    "White House", "Kremlin", "Aso Rock"): a building, which GeoNames ``cities500`` lacks but may hold as an
    alternate name of a town elsewhere ("White House" translates Dar el Beida, Casablanca) or as a small town of
    its own country (White House, Tennessee). Read as either, or not at all, the name is the seat, which stands in
    its country's capital (the knowledge base's first ``capitals`` name, resolved in that country): README, a
    building is no place of its own, the town is. A seat that is a district or a town of
    :data:`~dotterel.places.recall.SMALL_TOWN` people of its own country ("Westminster") keeps its reading; so
    does a town abroad that GeoNames holds under that very main name ("Westminster, Colorado", "Whitehall,
    Ohio", "Miraflores, Lima's seaside district"), and a name left unresolved in another country than the
    seat's ("the Palacio Nacional in Guatemala City" is no seat of Mexico's).
    Returns None when ``text`` is no seat or keeps its reading.
    """
    name = text[4:] if text.lower().startswith("the ") else text
    entry = kb.country_by_capital(name)
    if entry is None or not entry.capitals or fold(name) not in {fold(s) for s in entry.seats}:
        return None
    town = gaz.by_geonameid(place.geonameid) if place.geonameid is not None else None
    if place.geonameid is not None and place.country == entry.alpha3:
        if not (place.feature_code or "").startswith("PPL") or town is None or town.population >= SMALL_TOWN:
            return None
    elif town is not None and fold(town.name) == fold(name):
        return None  # a town of that main name abroad, not an alternate name of one (Casablanca's "White House")
    elif place.geonameid is None and place.country not in (None, entry.alpha3):
        return None  # unresolved, but read in another country
    capital = gaz.resolve(entry.capitals[0], span=place.span, country_hints=[entry.alpha3])
    if capital.geonameid is None or capital.country != entry.alpha3:
        return None
    return capital.model_copy(update={"reason": (
        f"{name} is a seat of government of {entry.alpha3}, which stands in its capital (not "
        f"{place.name} ({place.country})); {capital.reason}")})
