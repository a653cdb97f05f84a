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

And one shape names two places at two distances from the verb: a place in
the subject's phrase ("policemen in Peshawar were killed in Quetta") says
where the people were from or posted; the verb's own locative phrase says
where the act was, and the subject's place counts only when it lies inside
that one ("protesters in Lagos clashed with police in Nigeria").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from dotterel.records.how import PRECISION_RANK

if TYPE_CHECKING:
    from dotterel.places.mentions import PlaceMention

__all__ = ["without_owners", "finer_in_country", "own_phrase_first"]


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


def _inside(q: PlaceMention, p: PlaceMention) -> bool:
    """Whether the resolved ``q`` lies inside the resolved ``p``: its country's, or its first-order division's."""
    if q.place.country is None or q.place.country != p.place.country:
        return False
    if p.place.geo_precision in ("country", "continent"):
        return True
    if p.place.geo_precision == "region":
        return p.place.admin1_code is not None and q.place.admin1_code == p.place.admin1_code and _rank(q) < _rank(p)
    return q.place.geonameid == p.place.geonameid


def own_phrase_first(cands: Sequence[PlaceMention], in_subject, in_own_phrase,
                     named: Sequence[PlaceMention]) -> list[PlaceMention]:
    """``cands`` without the places of the subject's phrase that lie outside every resolved place of the verb's own.

    "Policemen in Peshawar were killed in Quetta", "two teachers at a school
    in Kano were abducted in Kaduna": the subject's place tells where the
    people live or serve, the verb's own locative phrase where the act was
    (the ACLED codebook codes the location of the event itself, and Halterman
    2019, ahalterman/event_location, the place of the event's verb). A
    subject's place inside the verb's own ("protesters in Lagos clashed with
    police in Nigeria": Lagos is in Nigeria) is the finer reading of the same
    ground and stays; so does every candidate when the verb's own locative
    phrase names no resolved place (a place the act is about, "arrested two
    men over the blasts in Pune", is none). A resolved subject's place gives
    way only to an own place the sentence vouches for: a country named as
    such, a place of the subject's place's country, or of a country another
    place of the sentence lies in; a gazetteer reading in a country the
    sentence names nowhere else ("miners in Kolwezi were shot in Katanga"
    read as a Russian village) is likelier a wrong reading than the scene.

    Parameters
    ----------
    cands : sequence of PlaceMention
        The places attached to the event's trigger.
    in_subject : callable
        Tells whether a candidate's token lies in the subject's phrase
        (:func:`~dotterel.places.scene.in_subject` bound to the event's verb).
    in_own_phrase : callable
        Tells whether a candidate's token lies in the verb's own locative
        phrase (:func:`~dotterel.places.scene.in_own_phrase` bound to the event).
    named : sequence of PlaceMention
        The places of the event's sentence.

    Returns
    -------
    list[PlaceMention]
    """
    own = [p for p in cands if not in_subject(p.token) and p.place.geonameid is not None and in_own_phrase(p.token)]
    if not own:
        return list(cands)

    def vouched(p: PlaceMention, q: PlaceMention) -> bool:
        return p.place.geo_precision in ("country", "continent") or p.place.country == q.place.country or any(
            m.place.country == p.place.country for m in named if m is not p and m.token.i != p.token.i)

    return [q for q in cands if not in_subject(q.token) or (
        q.place.geonameid is not None and not any(not _inside(q, p) and vouched(p, q) for p in own))]
