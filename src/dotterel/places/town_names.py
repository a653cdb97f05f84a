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

__all__ = ["known_town", "persons_name", "EPONYM_PLACES"]

# a name this many populated places bear (GeoNames PPL*: 23 named Jackson, 29 Lincoln, 20 Florence) is a person's
# name given to towns, not one town's: the name alone cannot tell that a town is meant, nor which
EPONYM_PLACES = 3


def known_town(name: str, gaz: GazetteerIndex, kb: KnowledgeBase | None = None, surnames=frozenset()) -> bool:
    """Whether ``name`` is a first-level region, or a town of at least ``SMALL_TOWN`` people, as written.

    A town counts by its main GeoNames name, or by an alternate name that spells a city of at least ``BIG_CITY``
    people another way ("Wad Madani" for Wad Medani; rapidfuzz ``ratio`` >= ``SPELLING_RATIO`` on folded forms),
    as :func:`~dotterel.places.recall.as_written` reads a resolved place; a region by its main or an alternate
    name. A name :func:`persons_name` reads as a person's is none ("Soldiers captured Hassan", "... Jackson"; a
    name of two words or more that only ends in a surname, "Wad Madani", and "Goma" stay towns; "Menaka", "Kidal",
    "Bakhmut" name one or two towns), nor a people's or a body's name ("Somali": :func:`dotterel.namesakes.group_name`).

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
    if not key or group_name(name, kb) or persons_name(name, gaz, kb, surnames, sized=True):
        return False  # a people's or a body's name ("Somali": namesakes.group_name), or a person's (persons_name)
    found = gaz.exact(key)
    for c in found:
        if c.feature_code == "ADM1":
            return True
        if c.feature_code in ("PPL", "PPLC") and c.population >= SMALL_TOWN and (
                fold(c.name) == key or (c.population >= BIG_CITY and fuzz.ratio(key, fold(c.name)) >= SPELLING_RATIO)):
            return True
    return False


def persons_name(name: str, gaz: GazetteerIndex, kb: KnowledgeBase | None = None, surnames=frozenset(), *,
                 sized: bool = False) -> bool:
    """Whether a bare name is read as a person's whatever town bears it: the one home of the person vetoes.

    Read by :func:`known_town` (``sized``: the ``@TOWN`` evidence, a town of some size) and by
    :mod:`dotterel.places.dateline_towns` (a small town struck in the dateline's country, kept at any size). A name
    is a person's when it is a surname of the document's people (``surnames``,
    :func:`~dotterel.places.mislabelled.surnames`); a full name or alias of a person of the knowledge base, or a
    one-word name some person there bears ("Gunmen attacked Maria", "Soldiers captured Hassan"); or a name that
    ``EPONYM_PLACES`` or more populated places bear ("Gunmen attacked Carmen": 26 towns in GeoNames are named after
    women called Carmen; "Soldiers captured Jackson": 23). A person is attacked or taken far more often than a town
    so named (GeoNames population; ACLED codebook 2023, Battles: the territory a group overtakes is a place).

    Only where the town must have some size (``sized``) does the size weigh against the person: a city of at least
    ``BIG_CITY`` people outweighs a surname only one person of the knowledge base bears ("Goma":
    :func:`dotterel.namesakes.rare_surname`), and namesakes count by their main name only, so "Gomo", a village
    whose alternate names hold "Goma", is none (:func:`dotterel.namesakes.namesake_towns`). A name kept at any size
    has no such weight: a place whose alternate names hold it counts too ("ABUJA - Soldiers attacked Obi": one
    hamlet of no recorded population is named Obi, two French towns spell it so among their alternate names).

    Parameters
    ----------
    name : str
        The name as written ("Maria").
    gaz : GazetteerIndex
    kb : KnowledgeBase or None
    surnames : collection of str
        The last words of the document's people named in full.
    sized : bool
        Whether the name is read as a town of at least ``SMALL_TOWN`` people (:func:`known_town`).

    Returns
    -------
    bool
    """
    if name in surnames:
        return True
    key = fold(name)
    found = gaz.exact(key)
    people = kb.people_named(name) if kb is not None else []
    if (any(fold(n) == key for p in people for n in (p.name, *p.aliases)) or (people and len(name.split()) == 1)) \
            and not (sized and rare_surname(name, people, found, BIG_CITY)):  # "Goma": one bearer, 400,000 people
        return True
    if sized:
        return namesake_towns(found, key) >= EPONYM_PLACES  # by main name: "Gomo" (alternate "Goma") is no namesake
    return sum(c.feature_code.startswith("PPL") for c in found) >= EPONYM_PLACES
