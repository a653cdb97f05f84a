"""Candidate events for linking a mention: blocking keys and an interval index over dates.

:func:`dotterel.dedup.link_mentions` takes mentions one at a time and must
find every event (cluster of mentions) that the mention could join. Comparing
it with every event of its type in the weeks its dates cover is quadratic in
practice: 55% of real mentions have no place and 20% only a month or year
date, so their weeks hold a growing share of the corpus. This module finds a
small *superset* of the events the mention can join, from necessary
conditions of the linking rule (``docs/dedup.md``), so the result is exactly
what comparing with every event would give.

Two necessary conditions, each a set of keys (a mention registers its keys
on its event; a query looks up its own):

* **roles**: two compatible mentions overlap on a role (the same actor by
  QID, name or role key, or compatible actors: one sector and country, or a country
  and one of its actors), or they name the same local place (same
  ``geonameid``, ``point`` or ``city``);
* **place**: two compatible mentions are both placed, in one country, and
  their places do not conflict (same ``geonameid``, the country containing a
  place, a region and a place with its admin1 code or name, a point and a
  city in one grid cell's neighbourhood), or one place is unknown and they
  share the same actor (QID, name or role key) in a role.

A mention is compatible with an event only when it is compatible with every
member, so an event it can join has a member hitting both key sets. The
index looks up the cheaper of the two sets and keeps the events that also hit
the other one; every key is looked up only in the date buckets the mention's
effective range (widened by the window) covers.

Dates are indexed by interval: a range is filed at the finest of several
bucket widths (7, 56, 448 days, then one bucket for anything longer) that
it fits, so it lands in at most two buckets, and a query visits, at each
width, the buckets its range covers. A year-only event is therefore not
copied into 53 weekly buckets, and a day-precise mention does not visit
them.

Last, exact tests against every member (:meth:`Blocked.may_take`): an
event with a member of another mode, a known place in another country,
another QID in a role, or a date range too far away cannot take the
mention, and is left out before :func:`dotterel.dedup` compares any pair.

Everything here is internal to :mod:`dotterel.dedup`.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Iterable

from dotterel.records import Actor, Event, Place

__all__ = ["known_place", "MentionKeys", "mention_keys", "Blocked", "CandidateIndex"]

_WIDTHS = (7, 56, 448)
"""Bucket widths in days; a range longer than the last goes to one open bucket."""
_OPEN = len(_WIDTHS)
_LOCAL = ("point", "city")
_GRID_DEG = 0.25
"""Grid cell for the point-in-city rule (10 km), in degrees."""
_POLAR_LAT = 79.0
"""Beyond this latitude a place is also filed under its latitude band only."""
_KM_PER_DEG = 111.2


def known_place(p: Place | None) -> bool:
    """Whether a place is resolved enough to link on (GeoNames id and country, not ``unresolved``)."""
    return p is not None and p.geonameid is not None and p.country is not None and p.geo_precision != "unresolved"


# ------------------------------------------------------------------ keys
def _role_register(r: str, a: Actor) -> list[tuple]:
    keys = _role_same(r, a)
    if a.sector:
        keys += [("s", r, a.sector, a.country), ("s*", r, a.sector)]
    if a.country:
        keys.append(("c", r, a.country))
        if a.kind == "country" and not a.sector:
            keys.append(("vc", r, a.country))
    return keys


def _role_same(r: str, a: Actor) -> list[tuple]:
    """Keys an actor the *same* as ``a`` registers (QID, case-folded name, or role key and country)."""
    keys: list[tuple] = [("n", r, a.name.casefold())]
    if a.wikidata:
        keys.append(("q", r, a.wikidata))
    if a.role_key:
        keys.append(("k", r, a.role_key, a.country))
    return keys


def _role_overlap(r: str, a: Actor) -> list[tuple]:
    """Keys an actor the same as or compatible with ``a`` registers."""
    keys = _role_same(r, a)
    if a.sector:
        keys += [("s", r, a.sector, a.country), ("s", r, a.sector, None)] if a.country else [("s*", r, a.sector)]
    if a.country:
        keys.append(("vc", r, a.country))
        if a.kind == "country" and not a.sector:
            keys.append(("c", r, a.country))
    return keys


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / _GRID_DEG), math.floor((lon + 180.0) % 360.0 / _GRID_DEG)


def _place_register(p: Place) -> list[tuple]:
    cc = p.country
    keys: list[tuple] = [("g", p.geonameid), ("in", cc)]
    prec = p.geo_precision
    if prec == "country":
        keys.append(("ctry", cc))
    elif prec == "region":
        if p.admin1_code:
            keys.append(("reg", cc, p.admin1_code))
        if p.admin1:
            keys.append(("regn", cc, p.admin1.casefold()))
    elif prec in _LOCAL:
        if p.admin1_code:
            keys.append(("ladm", cc, p.admin1_code))
        if p.admin1:
            keys.append(("ladmn", cc, p.admin1.casefold()))
        if p.latitude is not None and p.longitude is not None:
            keys.append(("grid", *_cell(p.latitude, p.longitude)))
            if abs(p.latitude) > _POLAR_LAT:
                keys.append(("gridp", math.floor(p.latitude / _GRID_DEG)))
    return keys


def _near_cells(lat: float, lon: float, km: float) -> list[tuple]:
    """Grid keys of every local place that may lie within ``km`` of (lat, lon)."""
    dlat = km / _KM_PER_DEG * 1.01
    lat_cells = range(math.floor((lat - dlat) / _GRID_DEG), math.floor((lat + dlat) / _GRID_DEG) + 1)
    if abs(lat) + dlat > _POLAR_LAT + 0.5:  # longitude degrees shrink to nothing: use the latitude bands
        return [("gridp", c) for c in lat_cells]
    dlon = km / (_KM_PER_DEG * math.cos(math.radians(abs(lat) + dlat))) * 1.01
    n_lon = round(360.0 / _GRID_DEG)
    lo = math.floor((lon - dlon + 180.0) / _GRID_DEG)
    hi = math.floor((lon + dlon + 180.0) / _GRID_DEG)
    return [("grid", a, b % n_lon) for a in lat_cells for b in range(lo, hi + 1)]


def _place_query(p: Place, km: float) -> list[tuple]:
    """Keys of every known place that does not conflict with ``p`` (rule 3)."""
    cc = p.country
    keys: list[tuple] = [("g", p.geonameid)]
    prec = p.geo_precision
    if prec == "country":
        keys.append(("in", cc))
    elif prec == "region":
        keys.append(("ctry", cc))
        if p.admin1_code:
            keys += [("reg", cc, p.admin1_code), ("ladm", cc, p.admin1_code)]
        if p.admin1:
            keys.append(("ladmn", cc, p.admin1.casefold()))
    elif prec in _LOCAL:
        keys.append(("ctry", cc))
        if p.admin1_code:
            keys.append(("reg", cc, p.admin1_code))
        if p.admin1:
            keys.append(("regn", cc, p.admin1.casefold()))
        if p.latitude is not None and p.longitude is not None:
            keys += _near_cells(p.latitude, p.longitude, km)
    return keys


class MentionKeys:
    """What the index knows of one mention (internal).

    ``register``: the keys it files its event under; ``roles`` and
    ``place``: the keys of the two necessary conditions it queries with;
    ``event_type``, ``mode``, ``country`` and ``geonameid`` (of a known
    place, else ``None``) and ``qids`` (``(role, QID)`` pairs) for the checks against every member.
    ``max_score`` is the best (place, actors) score the mention can reach
    with any event, in ``dotterel.dedup``'s scoring.
    """

    __slots__ = ("register", "roles", "place", "event_type", "mode", "country", "geonameid", "qids", "max_score")

    def __init__(self, register: frozenset, roles: frozenset, place: frozenset, event: Event,
                 country: str | None, qids: tuple, max_score: tuple[int, int]) -> None:
        self.register = register
        self.roles = roles
        self.place = place
        self.event_type = event.event_type
        self.mode = event.mode
        self.country = country
        self.geonameid = event.location.geonameid if country is not None else None
        self.qids = qids
        self.max_score = max_score


def mention_keys(event: Event, *, km: float) -> MentionKeys:
    """Blocking keys of a mention; ``km`` is the point-in-city distance of rule 3."""
    register: list[tuple] = []
    roles: list[tuple] = []
    same: list[tuple] = []
    qids: list[tuple[str, str]] = []
    for r, a in (("A", event.actor), ("R", event.recipient)):
        if a is not None:
            register += _role_register(r, a)
            roles += _role_overlap(r, a)
            same += _role_same(r, a)
            if a.wikidata:
                qids.append((r, a.wikidata))
    loc = event.location
    place = list(same)
    country = None
    if known_place(loc):
        country = loc.country
        register += _place_register(loc)
        place += _place_query(loc, km)
        if loc.geo_precision in _LOCAL:
            roles.append(("g", loc.geonameid))  # two mentions with no role in common, one local place
    n_roles = (event.actor is not None) + (event.recipient is not None)
    return MentionKeys(frozenset(register), frozenset(roles), frozenset(place), event, country, tuple(qids),
                       (2 if country else 0, 2 * n_roles))


# ------------------------------------------------------------------ index
def _width_level(lo: int, hi: int) -> int:
    span = hi - lo + 1
    for level, width in enumerate(_WIDTHS):
        if span <= width:
            return level
    return _OPEN


class Blocked:
    """What an event (cluster of mentions) holds for blocking; ``dotterel.dedup``'s clusters extend it."""

    __slots__ = ("idx", "keys", "modes", "countries", "qids", "lo_max", "hi_min")

    def __init__(self, idx: int) -> None:
        self.idx = idx  # creation number
        self.keys: set[tuple] = set()  # every member's registered keys
        self.modes: set[str] = set()  # the members' known modes
        self.countries: dict[str, set[int]] = {}  # country -> GeoNames ids of the members' known places
        self.qids: dict[str, set[str]] = {}  # role -> the members' QIDs in it
        self.lo_max = -math.inf  # latest start of the members' date ranges (ordinal)
        self.hi_min = math.inf  # earliest end

    def may_take(self, keys: MentionKeys, lo: int, hi: int, window: int) -> bool:
        """Whether no member rules the mention out on mode, date, country or QID (exact tests of the rule)."""
        if lo - window > self.hi_min or self.lo_max - window > hi:
            return False
        if keys.mode is not None and self.modes and (len(self.modes) > 1 or keys.mode not in self.modes):
            return False
        if keys.country is not None:
            for country, ids in self.countries.items():  # two known places conflict across countries ...
                if country != keys.country and (len(ids) > 1 or keys.geonameid not in ids):  # ... unless one id
                    return False
        for r, q in keys.qids:
            held = self.qids.get(r)
            if held and (len(held) > 1 or q not in held):
                return False
        return True


class CandidateIndex:
    """Events filed by event type, date bucket and blocking key; and by event type and document (internal).

    ``window`` is the date tolerance in days.
    """

    def __init__(self, window: int) -> None:
        self.window = window
        self._buckets: dict[tuple[str, int], dict[tuple, list[Blocked]]] = {}
        self._by_doc: dict[tuple[str, str], list[Blocked]] = {}

    def add(self, cluster: Blocked, keys: MentionKeys, rng: tuple[_dt.date, _dt.date] | None, doc_id: str) -> None:
        """File ``cluster`` under a new member's keys, date range and document."""
        cluster.keys |= keys.register
        if keys.mode is not None:
            cluster.modes.add(keys.mode)
        if keys.country is not None:
            cluster.countries.setdefault(keys.country, set()).add(keys.geonameid)
        for r, q in keys.qids:
            cluster.qids.setdefault(r, set()).add(q)
        _append(self._by_doc.setdefault((keys.event_type, doc_id), []), cluster)
        if rng is None:
            return
        lo, hi = rng[0].toordinal(), rng[1].toordinal()
        cluster.lo_max, cluster.hi_min = max(cluster.lo_max, lo), min(cluster.hi_min, hi)
        level = _width_level(lo, hi)
        cells = (0,) if level == _OPEN else range(lo // _WIDTHS[level], hi // _WIDTHS[level] + 1)
        buckets = self._buckets.setdefault((keys.event_type, level), {})
        for key in keys.register:
            for cell in cells:
                _append(buckets.setdefault((key, cell), []), cluster)

    def candidates(self, keys: MentionKeys, rng: tuple[_dt.date, _dt.date] | None, doc_id: str) -> dict[int, Blocked]:
        """Every event the mention may join (a superset), by creation number.

        Besides the keys, an event is left out when one of its members has
        another mode, a date range too far from the mention's (every member
        must fit, so the latest start and the earliest end of their ranges
        decide), a place in another country or another QID in a role.
        """
        found: dict[int, Blocked] = {}
        w = self.window
        if rng is not None:
            lo, hi = rng[0].toordinal(), rng[1].toordinal()
            by_roles = self._lookup(keys.event_type, keys.roles, lo - w, hi + w)
            by_place = self._lookup(keys.event_type, keys.place, lo - w, hi + w)
            if sum(map(len, by_roles)) <= sum(map(len, by_place)):
                pick, other = by_roles, keys.place
            else:
                pick, other = by_place, keys.roles
            for bucket in pick:
                for c in bucket:
                    if c.idx not in found and not other.isdisjoint(c.keys) and c.may_take(keys, lo, hi, w):
                        found[c.idx] = c
        else:
            lo, hi = -math.inf, math.inf
        for c in self._by_doc.get((keys.event_type, doc_id), ()):
            if (
                c.idx not in found
                and not keys.roles.isdisjoint(c.keys)
                and not keys.place.isdisjoint(c.keys)
                and c.may_take(keys, lo, hi, w)
            ):
                found[c.idx] = c
        return found

    def _lookup(self, event_type: str, keys: Iterable[tuple], lo: int, hi: int) -> list[list[Blocked]]:
        out = []
        for level, width in enumerate(_WIDTHS):
            buckets = self._buckets.get((event_type, level))
            if buckets:
                cells = range(lo // width, hi // width + 1)
                for key in keys:
                    for cell in cells:
                        b = buckets.get((key, cell))
                        if b:
                            out.append(b)
        buckets = self._buckets.get((event_type, _OPEN))
        if buckets:
            for key in keys:
                b = buckets.get((key, 0))
                if b:
                    out.append(b)
        return out


def _append(bucket: list, cluster: Blocked) -> None:
    if not bucket or bucket[-1] is not cluster:
        bucket.append(cluster)
