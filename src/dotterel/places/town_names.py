"""Whether a bare name, as written, is a town or a region the gazetteer knows and no person the knowledge base knows.

Used by the event detector for a name the small NER model types as a person or an organisation where only ground
can be meant: the object of "captured" or "seized" with an armed captor ("RSF fighters seized Wad Madani"), or
the "of" noun of "the fall of X to Y" (``@TOWN`` in ``lang/en/triggers.json``). The sizes are the place stage's
own (:data:`~dotterel.places.recall.SMALL_TOWN`, :data:`~dotterel.places.toponyms.BIG_CITY`,
:func:`~dotterel.places.recall.as_written`'s spelling ratio): one home for what a town "as written" is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from dotterel.namesakes import group_name, namesake_towns, rare_surname
from dotterel.places._fold import fold
from dotterel.places.recall import SMALL_TOWN
from dotterel.places.toponyms import BIG_CITY, SPELLING_RATIO

if TYPE_CHECKING:
    from dotterel.actors.kb import KnowledgeBase
    from dotterel.places.gazetteer import GazetteerIndex

__all__ = ["known_town", "EPONYM_PLACES"]

# a name this many populated places bear (GeoNames PPL*: 23 named Jackson, 29 Lincoln, 20 Florence) is a person's
# name given to towns, not one town's: the name alone cannot tell that a town is meant, nor which
EPONYM_PLACES = 3


def known_town(name: str, gaz: GazetteerIndex, kb: KnowledgeBase | None = None, surnames=frozenset()) -> bool:
    """Whether ``name`` is a first-level region, or a town of at least ``SMALL_TOWN`` people, as written.

    A town counts by its main GeoNames name, or by an alternate name that spells a city of at least ``BIG_CITY``
    people another way ("Wad Madani" for Wad Medani; rapidfuzz ``ratio`` >= ``SPELLING_RATIO`` on folded forms),
    as :func:`~dotterel.places.recall.as_written` reads a resolved place; a region by its main or an alternate
    name. A name the knowledge base holds as a person's full name or alias is none, nor a surname borne by a
    person the document names in full (``surnames``, :func:`~dotterel.places.mislabelled.surnames`): a person is
    taken far more often than a town (GeoNames population; ACLED codebook 2023, Battles: the territory a group
    overtakes is a place). A surname of the knowledge base rules out a one-word name only ("Hassan" is a town in
    India and a surname): a name of two words or more that only ends in one ("Wad Madani") stays a town, and so
    does a big city whose name one person alone bears as a surname ("Goma": :func:`dotterel.namesakes.rare_surname`).
    Nor is a name that ``EPONYM_PLACES`` or more populated places bear by their main name ("Soldiers captured
    Jackson": 23 towns in GeoNames are named after people called Jackson; "Menaka", "Kidal", "Bakhmut" name one or
    two).

    Parameters
    ----------
    name : str
        The name as written ("Wad Madani").
    gaz : GazetteerIndex
    kb : KnowledgeBase or None
    surnames : collection of str
        The last words of the document's people named in full.

    Returns
    -------
    bool
    """
    key = fold(name)
    if not key or name in surnames or group_name(name, kb):
        return False  # a surname of the document's, or a people's or a body's name ("Somali": namesakes.group_name)
    people = kb.people_named(name) if kb is not None else []
    found = gaz.exact(key)
    if (any(fold(n) == key for p in people for n in (p.name, *p.aliases)) or (people and len(name.split()) == 1)) \
            and not rare_surname(name, people, found, BIG_CITY):  # "Goma": one bearer, a city of 400,000 (namesakes)
        return False  # "Soldiers captured Hassan": a one-word name some person bears is read as that person's
    if namesake_towns(found, key) >= EPONYM_PLACES:  # by main name: "Gomo" (alternate "Goma") is no namesake
        return False  # "Soldiers captured Jackson near the border": a name many towns bear is a person's first
    for c in found:
        if c.feature_code == "ADM1":
            return True
        if c.feature_code in ("PPL", "PPLC") and c.population >= SMALL_TOWN and (
                fold(c.name) == key or (c.population >= BIG_CITY and fuzz.ratio(key, fold(c.name)) >= SPELLING_RATIO)):
            return True
    return False


def persons_name(name: str, gaz: GazetteerIndex, kb: KnowledgeBase | None = None, surnames=frozenset()) -> bool:
    """Whether a bare name is read as a person's whatever town bears it: the person vetoes of :func:`known_town`.

    For a name kept at any size (:mod:`dotterel.places.dateline_towns`): a surname of the document's people
    (``surnames``); a full name or alias of a person of the knowledge base, or a one-word name some person there
    bears ("Gunmen attacked Maria"); a name that ``EPONYM_PLACES`` or more populated places bear ("Gunmen attacked
    Carmen": 26 towns in GeoNames are named after women called Carmen; "Soldiers attacked Obi": 3). A person is
    attacked or taken far more often than a town so named (GeoNames population; ACLED codebook 2023, Battles).
    """
    key = fold(name)
    people = kb.people_named(name) if kb is not None else []
    return name in surnames or any(fold(n) == key for p in people for n in (p.name, *p.aliases)) or (
        bool(people) and len(name.split()) == 1) or sum(
        c.feature_code.startswith("PPL") for c in gaz.exact(key)) >= EPONYM_PLACES
