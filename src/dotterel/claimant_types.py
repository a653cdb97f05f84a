"""The claimant type of a speaker resolved as an actor: government, official, media, NGO, organisation or other.

Split from :mod:`dotterel.attribution` (which re-exports it): the claimant and certainty rules call it once a
speaker is resolved, and :mod:`dotterel.actors.claimed` for a claim of responsibility.
"""

from __future__ import annotations

from .records import STATE_SECTORS, Actor

__all__ = ["claimant_type_of"]


def claimant_type_of(actor: Actor) -> str:
    """The :data:`~dotterel.records.ClaimantType` of a speaker resolved as ``actor`` (its sector, kind and KB type)."""
    sector = (actor.sector or "").upper()
    if actor.how == "kb_org":
        by_type = {"blog": "blog", "media": "media", "ngo": "ngo"}
        if actor.org_type in by_type:
            return by_type[actor.org_type]
    if sector in ("MED", "JRN"):
        return "media"
    if sector == "NGO":
        return "ngo"
    if actor.kind == "person" and (sector in STATE_SECTORS or sector == "IGO"):
        return "official"
    if sector in STATE_SECTORS or actor.kind == "country":
        return "government"
    if actor.kind == "igo":
        return "organisation"
    if actor.kind == "organisation":
        return "organisation"
    return "other"
