"""Containers that give way to the place they hold, among an event's place candidates (issue 16).

The event locator takes the most precise place the sentence ties to the
event (the ACLED codebook codes the most specific location named; Halterman
2019, ahalterman/event_location, annotates the most specific place). Two
shapes name a container beside the place itself, at the same or a coarser
precision, so that the precision rank alone does not choose:

* a town owning a named part of itself ("in Baghdad's Sadr City
  neighbourhood", "outside a bar in San Francisco's Mission District", "the
  Colombo suburb of Nugegoda"): the
  gazetteer may hold the part as a town of its own, as precise as its owner;
* a country attached to the trigger while the event's own clause names a
  town or region of that country ("shot dead a policeman across Iraq, in
  the northern city of Mosul"): the country is where the town lies.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from dotterel.records.how import PRECISION_RANK

if TYPE_CHECKING:
    from dotterel.places.mentions import PlaceMention

__all__ = ["without_owners", "finer_in_country"]


def _rank(p: PlaceMention) -> int:
    return PRECISION_RANK.get(p.place.geo_precision, 9)


def without_owners(cands: Sequence[PlaceMention]) -> list[PlaceMention]:
    """``cands`` without a town that owns the phrase of another candidate in its country.

    "Baghdad's Sadr City neighbourhood": Baghdad (``poss``) owns the phrase
    that holds Sadr City, which lies in Baghdad's country and is no coarser,
    so Baghdad is only its container. So does a town modifying the common
    noun whose "of" phrase names the other ("the Colombo suburb of
    Nugegoda", "the Damascus district of Jobar"). A possessive owning a
    thing ("Iraq's army in Mosul") holds no other candidate and stays.

    Parameters
    ----------
    cands : sequence of PlaceMention
        Resolved place candidates of one event.

    Returns
    -------
    list[PlaceMention]
    """
    def owns(p: PlaceMention, q: PlaceMention) -> bool:
        tok = p.token
        if q is p or q.place.country != p.place.country or _rank(q) > _rank(p):
            return False
        owned = tok.head
        if tok.dep_ == "compound" and owned.pos_ == "NOUN":
            # "the Colombo suburb of Nugegoda": the town names whose part the "of" phrase is
            return q.token.dep_ == "pobj" and q.token.head.lower_ == "of" and q.token.head.head == owned
        if tok.dep_ != "poss":
            return False
        return q.token != tok and (q.token == owned or q.token in owned.subtree) and q.token not in tok.subtree

    return [p for p in cands if not any(owns(p, q) for q in cands)]


def finer_in_country(best: PlaceMention, cands: Sequence[PlaceMention]) -> PlaceMention | None:
    """The most precise town or region of ``cands`` in the country ``best`` names, when ``best`` is a country.

    Parameters
    ----------
    best : PlaceMention
        The chosen candidate.
    cands : sequence of PlaceMention
        The candidates of the event's own clause (the caller leaves out
        reference points, modifier clauses and coordinated clauses).

    Returns
    -------
    PlaceMention | None
        None when ``best`` is no country or the clause names no finer
        resolved place in it.
    """
    if best.place.geo_precision not in ("country", "continent") or best.place.country is None:
        return None
    inner = [q for q in cands if q is not best and q.place.geonameid is not None
             and q.place.country == best.place.country and q.place.geo_precision in ("city", "region")]
    return min(inner, key=_rank) if inner else None
