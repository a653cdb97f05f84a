"""ISO 3166-1 country codes: territories with codes of their own by the state they belong to, and alpha-2 to alpha-3.

Moved out of :mod:`dotterel.places.toponyms` (which re-exports these names)
to keep that module under the project's size limit.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType

__all__ = ["TERRITORIES", "with_territories", "country_alpha3"]

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


def country_alpha3(alpha2: str) -> str | None:
    """ISO 3166-1 alpha-3 code for an alpha-2 code.

    Parameters
    ----------
    alpha2 : str
        Two-letter code, any case ("kz").

    Returns
    -------
    str | None
        "KAZ"; ``"XKX"`` for Kosovo (GeoNames' user-assigned code, not in
        ISO/pycountry); ``None`` when unknown (never guessed).
    """
    import pycountry

    code = (alpha2 or "").strip().upper()
    if len(code) != 2 or not code.isalpha():
        return None
    if code == "XK":
        return "XKX"
    c = pycountry.countries.get(alpha_2=code)
    return c.alpha_3 if c is not None else None
