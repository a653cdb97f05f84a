"""Names of offices and seats read by :mod:`dotterel.places.mentions`: a region's office, a government's seat.

"New York Gov. Andrew Cuomo" names the state (:func:`office_region`); "the White House" names a building, not
the Casablanca the gazetteer holds it as an alternate name of (:func:`seat_abroad`).
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

__all__ = ["office_region", "seat_abroad"]


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


def seat_abroad(text: str, place: Place, kb: KnowledgeBase, gaz: Gazetteer) -> bool:
    """Whether ``text`` names a seat of government that the gazetteer read as a place abroad or a small namesake.

    The knowledge base lists seats of government used as metonyms (``seats`` in ``data/actors_countries.json``:
    "White House", "Kremlin", "Aso Rock"): a building, which GeoNames may hold as an alternate name of a town
    elsewhere ("White House" translates Dar el Beida, Casablanca) or as a small town of its own country (White
    House, Tennessee), or not at all. Read so, such a name is no toponym (README: a building is no place of its own); a
    seat that is also a district or a town of :data:`~dotterel.places.recall.SMALL_TOWN` people of its own
    country ("Westminster") stays.
    """
    name = text[4:] if text.lower().startswith("the ") else text
    entry = kb.country_by_capital(name)
    if entry is None or fold(name) not in {fold(s) for s in entry.seats}:
        return False
    if place.geonameid is None or place.country != entry.alpha3:
        return True  # (kept as written only: "the White House in Washington", no entry there)
    town = gaz.by_geonameid(place.geonameid)
    return (place.feature_code or "").startswith("PPL") and town is not None and town.population < SMALL_TOWN
