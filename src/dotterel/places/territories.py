"""Territories with ISO 3166-1 codes of their own, by the state they belong to (country-hint widening).

Moved out of :mod:`dotterel.places.toponyms` (which re-exports both names)
to keep that module under the project's size limit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

__all__ = ["TERRITORIES", "with_territories"]

TERRITORIES: Mapping[str, tuple[str, ...]] = MappingProxyType({
    "CHN": ("HKG", "MAC"),
    "USA": ("PRI", "GUM", "VIR", "ASM", "MNP", "UMI"),
    "GBR": ("GIB", "BMU", "CYM", "VGB", "FLK", "TCA", "MSR", "AIA", "SHN", "IOT", "PCN", "SGS", "GGY", "JEY", "IMN"),
    "FRA": ("GUF", "GLP", "MTQ", "REU", "MYT", "NCL", "PYF", "SPM", "WLF", "BLM", "MAF", "ATF"),
    "NLD": ("ABW", "CUW", "SXM", "BES"),
    "DNK": ("GRL", "FRO"),
    "NOR": ("SJM", "BVT"),
    "AUS": ("CXR", "CCK", "NFK", "HMD"),
    "NZL": ("COK", "NIU", "TKL"),
    "FIN": ("ALA",),
})
"""ISO 3166-1 alpha-3 codes of territories with their own code, by the state they belong to.

The ISO 3166-1 list gives special administrative regions (Hong Kong, Macao),
overseas departments and dependent territories codes of their own, so a
story that names China is taken to hint at Hong Kong's places too (a Hong
Kong station is not passed over for a namesake in Canada). From the ISO
3166-1 entries and their "part of"/"dependency of" remarks.
"""


def with_territories(country_hints: Sequence[str]) -> list[str]:
    """Country hints plus the territories of each hinted state (:data:`TERRITORIES`).

    Parameters
    ----------
    country_hints : Sequence[str]
        ISO 3166-1 alpha-3 codes, any case.

    Returns
    -------
    list[str]
        Upper-case codes, the given ones first, without repeats.
    """
    out = [h.upper() for h in country_hints]
    for hint in list(out):
        out.extend(t for t in TERRITORIES.get(hint, ()) if t not in out)
    return list(dict.fromkeys(out))
