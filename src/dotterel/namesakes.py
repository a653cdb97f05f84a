"""How strongly a bare name reads as a person's rather than a town's: its namesake towns and its bearers.

Read by :func:`dotterel.places.town_names.known_town` (the ``@TOWN`` evidence for the object of "captured",
"seized", the subject of "fell into the hands of") through two hooks:

- :func:`namesake_towns` counts the populated places (GeoNames ``PPL*``) whose *main* name is the name. A name
  many towns bear ("Jackson": 23) was given to them after people; a place reached only through an alternate
  spelling ("Gomo", a village of 665 people whose alternate names hold "Goma") is no namesake of the town
  written, and counting it made "M23 rebels captured Goma" an arrest.
- :func:`group_name` tells whether the knowledge base holds the name as a people's or a nation's (a demonym,
  "Somali", "Kurds") or a body's: such a name is no town, whatever the gazetteer holds ("Somali" is a region of
  Ethiopia). The small NER model types some towns as groups ("Kidal", NORP): the detector reads them as towns
  only when this says no group bears the name.
- :func:`rare_surname` tells whether the knowledge base's person reading is one bearer's surname only, against a
  city of at least ``BIG_CITY`` people of that main name ("Goma": one politician bears it, the city has over
  400,000 people). A surname many people of the knowledge base bear ("Hassan") stays a person's: "Soldiers
  captured Hassan" is an arrest. GeoNames populations; ACLED codebook 2023, Battles (the territory a group
  overtakes is a place).
"""

from __future__ import annotations

from collections.abc import Sequence

from dotterel.places._fold import fold

__all__ = ["group_name", "namesake_towns", "rare_surname", "RARE_BEARERS"]

RARE_BEARERS = 1
"""At most this many people of the knowledge base bear a one-word name for a big city of that name to outweigh them."""


def namesake_towns(found: Sequence, key: str) -> int:
    """The number of populated places of ``found`` (gazetteer rows) whose main name folds to ``key``.

    Parameters
    ----------
    found : sequence of gazetteer candidates
        Each with ``feature_code`` and ``name``.
    key : str
        The folded name as written.

    Returns
    -------
    int
    """
    return sum(c.feature_code.startswith("PPL") and fold(c.name) == key for c in found)


def rare_surname(name: str, people: Sequence, found: Sequence, big_city: int) -> bool:
    """Whether ``name`` is only the last word of at most ``RARE_BEARERS`` people, and the main name of a big city.

    Parameters
    ----------
    name : str
        The one-word name as written ("Goma").
    people : sequence of PersonEntry
        The knowledge base's people of that name (``kb.people_named``).
    found : sequence of gazetteer candidates
        Each with ``feature_code``, ``name`` and ``population``.
    big_city : int
        The place stage's size of a big city (:data:`dotterel.places.toponyms.BIG_CITY`).

    Returns
    -------
    bool
    """
    key = fold(name)
    if len(name.split()) != 1 or not people or len(people) > RARE_BEARERS:
        return False
    if any(fold(n) == key for p in people for n in (p.name, *p.aliases)):
        return False  # the name is someone's full name or alias, not only a surname
    return any(c.feature_code in ("PPL", "PPLA", "PPLC") and fold(c.name) == key and c.population >= big_city
               for c in found)


def group_name(name: str, kb) -> bool:
    """Whether the knowledge base ``kb`` holds ``name`` as a demonym, a people or an organisation.

    Parameters
    ----------
    name : str
        The name as written ("Kidal", "Somali").
    kb : KnowledgeBase or None

    Returns
    -------
    bool
    """
    return kb is not None and (kb.country_by_demonym(name) is not None or kb.organisation(name) is not None)
