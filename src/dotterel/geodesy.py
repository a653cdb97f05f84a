"""Distances on the Earth's surface, shared by place resolution, deduplication and evaluation.

Great-circle (haversine) distance on a sphere of the WGS84 mean radius
(IUGG: 6371.0088 km); coordinates are WGS84 degrees.
"""

from __future__ import annotations

import math

__all__ = ["EARTH_RADIUS_KM", "haversine_km"]

EARTH_RADIUS_KM = 6371.0088
"""Mean Earth radius of the WGS84 ellipsoid, in km (IUGG)."""


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two WGS84 points (degrees).

    Parameters
    ----------
    lat1, lon1, lat2, lon2 : float
        Latitudes in [-90, 90], longitudes in [-180, 180], degrees.

    Returns
    -------
    float
        Distance in km on a sphere of radius :data:`EARTH_RADIUS_KM`.

    Examples
    --------
    >>> round(haversine_km(0, 0, 0, 1), 1)   # one degree of the equator
    111.2
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))
