"""Machine-readable provenance values shared by the stages (no record models here).

:data:`PRECISION_RANK` is the one order of ``Place.geo_precision`` values:
the event locator and within-document merging prefer the more precise place
by it, and cross-document linking orders mentions and picks a linked event's
place by it (treating ``point`` and ``city`` as one level there; see
:func:`dotterel.dedup.link_mentions`).

This module imports nothing from dotterel, so every record module may import
it.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["PRECISION_RANK"]

PRECISION_RANK: Mapping[str, int] = MappingProxyType(
    {"point": 0, "city": 1, "region": 2, "country": 3, "continent": 4, "unresolved": 9}
)
"""Rank of each ``Place.geo_precision`` (:data:`dotterel.records.GeoPrecision`), most precise first.

A lower rank wins. The order follows the ACLED codebook's geo-precision
levels (exact point, town, region, country) extended with continent and
unresolved; only the order is meaningful, not the numbers.
"""
