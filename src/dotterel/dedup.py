"""Link event mentions that describe the same event, within and across documents.

One abduction reported by five outlets is one event, not five (GDELT's
best-known flaw is 366 "kidnappings" in two days that were largely one
abduction). :func:`link_mentions` groups coded :class:`~dotterel.records.Event`
mentions, each wrapped with its document's metadata in a :class:`MentionRef`,
into :class:`LinkedEvent` records. Every mention is kept with its source and
attribution; counts from different sources are kept side by side with a
conservative figure per kind.

The linking rule
----------------
Two mentions *a* and *b* are **compatible** when all of these hold:

1. **Type and mode.** Same PLOVER ``event_type``; modes equal, or at least one
   mode unknown (``None``). Different modes (``demo`` and ``riot``) are two
   events, as ACLED keeps a peaceful protest and a riot apart.
2. **Dates fit.** Each mention has an effective date range: the
   ``earliest``/``latest`` bounds of its :class:`~dotterel.records.EventDate`
   (derived from ``value`` when the bounds are missing). A range open at the
   start (an undated event bounded only by the publication date) is taken to
   start ``window_days`` before its end, because news reports recent events;
   a mention without any date uses its document's publication date the same
   way. The two ranges must overlap, or lie at most ``window_days`` apart
   (default 1 day, for time zones and "yesterday" written late at night). A
   mention with no date at all fits only mentions of its own document.
3. **Same place.** The ``location`` of each (where the event happened):

   * the same GeoNames ``geonameid`` is the same place;
   * two different local places (``point`` or ``city`` precision) are never
     the same, except a ``point`` within 10 km of a ``city`` (a square in the
     city);
   * a vaguer place contains a more precise one only when it really does: a
     ``region`` contains a local place with the same ``admin1_code`` in the
     same country (an admin1 name match when a code is missing), a
     ``country`` contains any place in that country; two different regions
     or two different countries are different places; ``continent`` level is
     too vague to link;
   * an **unknown place** (no location, no ``geonameid`` or no country) fits
     any place only when at least one of actor/recipient is the *same* actor
     (see 4).
4. **Overlapping actors.** For actor and recipient separately, two known
   actors are the *same* when their Wikidata QIDs are equal, their
   canonical names are equal (case-folded), or they are one role of one
   country named by each text's own words (equal ``role_key`` and
   ``country``: "a village chief", "a village head"; not "a church leader",
   whose key's words differ); they are *compatible* when they
   share a sector code and their countries are equal or one is unknown, or
   when one is only a country (kind ``country`` without a sector) and the
   other belongs to that country; otherwise they *conflict* (different QIDs
   always conflict). Any conflict makes the mentions incompatible. An
   unknown actor (``None``) conflicts with nothing, but the two mentions must
   then overlap on at least one role (actor or recipient *same* or
   *compatible*). Two mentions that overlap on no role are compatible only
   when they name the same local place (same ``geonameid`` at
   ``point``/``city`` precision) and their date ranges overlap without the
   window.
5. **Incident or sum.** A mention whose figures sum many incidents over a
   country or a period (a :class:`~dotterel.records.Count` with
   ``aggregate`` set: "30 killed across the country during the week") links
   only with other such sums, never with a single incident: ACLED codes
   discrete incidents, and a summarised toll is not one of them (ACLED
   codebook 2023, fatalities reported as totals).

The rule is the same within a document and across documents, except that a
mention with no date at all fits the other mentions of its own document (the
coder has already merged restatements inside a document, so nothing looser is
needed there: two undated concessions in one article stay two).

Mentions are grouped by **complete linkage**: a mention joins an event only
when it is compatible with *every* mention already in it, so a vague mention
can never chain two different cities into one event. Mentions are taken in a
canonical order (most precise place first, then date, then id), which makes
the result independent of input order. A mention compatible with several
events joins the one it matches best (same place before contained place
before unknown place, then same actor before compatible actor); when two or
more events tie for best, it is ambiguous and becomes an event of its own
rather than being guessed into one.

**Scale.** Candidate events come from :mod:`dotterel.dedup_index`: blocking
keys from necessary conditions of the rule (an overlapping role or one local
place; places that can contain each other, or one unknown place and a shared
actor), an interval index over date ranges, and exact checks against every
member (mode, country, QID, date bounds), so a mention is compared only with
the events it could join and the result is that of comparing it with all.
Within an event, mentions that agree on every linking field are checked once.

**Counts.** Every :class:`~dotterel.records.Count` of every mention becomes a
:class:`CountReport` with its outlet, claimant and certainty. A report is
*credible* when its mention's attribution certainty is ``asserted`` or
``reported``; alleged, denied, negated, hypothetical, future, historical and
opinion claims are kept but never give the conservative figure. The
conservative figure of a kind is the lowest ``low`` (else ``best``) of the
credible reports of that kind that are whole counts (no ``subgroup``) of the
event itself (no ``aggregate``: a running total or a sum over a country or a
period is context, kept in ``counts`` but never an incident's figure). When no
report gives a whole count of a kind, its parts do: "gunmen attacked a post,
killing 12 soldiers" labels the 12 ``security_forces``, and at least 12 died
(a part is a lower bound of the whole, so the figure stays conservative); a vague
quantity ("dozens") gives its convention's ``estimate`` instead (ACLED: 12),
after
the ACLED codebook (2023): "the most conservative estimate" when reports
differ. A report with only an upper bound ("up to 50") gives no figure. When
the reports disagree (another source's figure: "police put the number at
2,000"), the highest of them is kept as ``high``, so the kept figure and the
range of reports stand side by side.

**Memory.** :func:`link_mentions` reads all mentions it is given (it has to
see every report of an event before it can choose); call it per country or
per period for corpora that do not fit in memory.

The JSON Schema of :class:`LinkedEvent` is checked in at
``src/dotterel/schema/linked_event.schema.json`` (see
:func:`linked_event_json_schema`).

Example
-------
>>> events = link_mentions(refs, window_days=1)       # doctest: +SKIP
>>> [(e.event_type, len(e.mentions), e.sources) for e in events]  # doctest: +SKIP
[('ASSAULT', 2, ['Agence A', 'Agence B'])]
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Literal

from dotterel.collector import collector_paused
from dotterel.dedup_index import Blocked, CandidateIndex, mention_keys
from dotterel.dedup_index import known_place as _known_place
from dotterel.geodesy import haversine_km
from dotterel.records import Actor, EventDate, Place
from dotterel.records.how import PRECISION_RANK
from dotterel.records.linked import ConservativeCount, CountReport, LinkedEvent, MentionRef

__all__ = [
    "MentionRef",
    "CountReport",
    "ConservativeCount",
    "LinkedEvent",
    "link_mentions",
    "linked_event_json_schema",
    "CREDIBLE_CERTAINTIES",
    "DEFAULT_WINDOW_DAYS",
    "place_relation",
]

CREDIBLE_CERTAINTIES: frozenset[str] = frozenset({"asserted", "reported"})
"""Attribution certainties whose counts may give the conservative figure."""

DEFAULT_WINDOW_DAYS = 1
"""Default date tolerance of :func:`link_mentions`, in days."""

_POINT_CITY_KM = 10.0
_LOCAL = ("point", "city")
_TIME_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, "range": 4}
_DATE_SOURCE_RANK = {"text": 0, "context": 1, "publication": 2}


# ---------------------------------------------------------------- helpers
def _day(value: str | None) -> _dt.date | None:
    if not value:
        return None
    try:
        return _dt.date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return None


def _value_bounds(value: str | None) -> tuple[_dt.date | None, _dt.date | None]:
    """Bounds of a ``YYYY-MM-DD`` / ``YYYY-MM`` / ``YYYY`` value."""
    if not value:
        return None, None
    try:
        if len(value) == 10:
            d = _dt.date.fromisoformat(value)
            return d, d
        if len(value) == 7:
            y, m = int(value[:4]), int(value[5:7])
            first = _dt.date(y, m, 1)
            nxt = _dt.date(y + (m == 12), m % 12 + 1, 1)
            return first, nxt - _dt.timedelta(days=1)
        if len(value) == 4:
            y = int(value)
            return _dt.date(y, 1, 1), _dt.date(y, 12, 31)
    except ValueError:
        pass
    return None, None


def _stated_bounds(m: MentionRef) -> tuple[_dt.date | None, _dt.date | None]:
    """The bounds the mention states (no window assumption)."""
    d = m.event.date
    if d is None:
        return None, _day(m.published)
    lo, hi = _day(d.earliest), _day(d.latest)
    vlo, vhi = _value_bounds(d.value)
    return (lo or vlo), (hi or vhi)


def _effective_range(m: MentionRef, window: int) -> tuple[_dt.date, _dt.date] | None:
    lo, hi = _stated_bounds(m)
    if lo is None and hi is None:
        return None
    if lo is None:
        lo = hi - _dt.timedelta(days=window)
    if hi is None:
        hi = lo + _dt.timedelta(days=window)
    return (lo, hi) if lo <= hi else (hi, lo)


def _haversine_km(a: Place, b: Place) -> float | None:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)


def _place_level(p: Place | None) -> int:
    """:data:`~dotterel.records.how.PRECISION_RANK` of a place for linking, lower first.

    ``point`` and ``city`` are one level here (a square and its city are one
    scene, see rule 3); a place that is not known ranks with ``unresolved``,
    after every known one.
    """
    if not _known_place(p):
        return PRECISION_RANK["unresolved"]
    return PRECISION_RANK["city" if p.geo_precision == "point" else p.geo_precision]


PlaceRelation = Literal["same", "contains", "unknown", "conflict"]


def _same_admin1(region: Place, local: Place) -> bool:
    if region.admin1_code and local.admin1_code:
        return region.admin1_code == local.admin1_code
    if region.admin1 and local.admin1:
        return region.admin1.casefold() == local.admin1.casefold()
    return False


def _place_relation(a: Place | None, b: Place | None) -> PlaceRelation:
    if not (_known_place(a) and _known_place(b)):
        return "unknown"
    assert a is not None and b is not None
    if a.geonameid == b.geonameid:
        return "same"
    if a.country != b.country:
        return "conflict"
    pa, pb = a.geo_precision, b.geo_precision
    if pa in _LOCAL and pb in _LOCAL:
        if {pa, pb} == {"point", "city"}:
            km = _haversine_km(a, b)
            return "contains" if km is not None and km <= _POINT_CITY_KM else "conflict"
        return "conflict"
    if "continent" in (pa, pb):
        return "conflict"
    if pa == "country" or pb == "country":
        return "contains" if pa != pb else "conflict"
    # Now at least one region and no country: region vs region is two regions
    # unless they share the admin1 code (a region given by two GeoNames ids).
    if pa == "region" and pb == "region":
        return "contains" if (a.admin1_code and a.admin1_code == b.admin1_code) else "conflict"
    region, local = (a, b) if pa == "region" else (b, a)
    return "contains" if _same_admin1(region, local) else "conflict"


def place_relation(a: Place | None, b: Place | None) -> PlaceRelation:
    """How two places of mentions relate: the same, one containing the other, unknown, or in conflict.

    Parameters
    ----------
    a, b : Place or None

    Returns
    -------
    str
        ``same``, ``contains`` (a country or region and a place inside it: "Kaduna State" and "Kaduna"),
        ``unknown`` (either is not known) or ``conflict``.
    """
    return _place_relation(a, b)


ActorRelation = Literal["same", "compatible", "unknown", "conflict"]


def _actor_relation(a: Actor | None, b: Actor | None) -> ActorRelation:
    if a is None or b is None:
        return "unknown"
    if a.wikidata and b.wikidata:
        return "same" if a.wikidata == b.wikidata else "conflict"
    if a.name.casefold() == b.name.casefold() or (a.role_key and a.role_key == b.role_key and a.country == b.country):
        return "same"  # one name; or one role of one country the texts word otherwise ("village chief", "village head")
    if a.sector and b.sector:
        if a.sector == b.sector and (a.country == b.country or a.country is None or b.country is None):
            return "compatible"
        return "conflict"
    for vague, other in ((a, b), (b, a)):
        if vague.kind == "country" and not vague.sector and vague.country and vague.country == other.country:
            return "compatible"
    return "conflict"


class _M:
    """A mention with the derived values linking needs (internal)."""

    __slots__ = ("ref", "rng", "key", "place_rank", "doc_id", "sig", "country", "keys")

    def __init__(self, ref: MentionRef, window: int) -> None:
        self.ref = ref
        self.doc_id = ref.doc_id
        self.rng = _effective_range(ref, window)
        e = ref.event
        loc = e.location
        self.place_rank = _place_level(loc)
        self.country = loc.country if _known_place(loc) else None
        self.key = _mention_key(ref)
        # Everything _match reads except the document: mentions with one signature
        # match any other mention alike, so a cluster checks one of each.
        place = None if loc is None else (loc.geonameid, loc.country, loc.geo_precision, loc.admin1_code,
                                           loc.admin1, loc.latitude, loc.longitude)
        self.sig = (e.event_type, e.mode, self.rng, place, _actor_sig(e.actor), _actor_sig(e.recipient),
                    _aggregate(e))
        self.keys = mention_keys(e, km=_POINT_CITY_KM)


def _actor_sig(a: Actor | None) -> tuple | None:
    return None if a is None else (a.wikidata, a.name.casefold(), a.country, a.sector, a.kind, a.role_key)


def _aggregate(e) -> bool:
    """Whether the mention is a sum of many incidents over a country or a period (``Count.aggregate``).

    A mention whose only figures of a kind are sums is one; an incident that
    also gives the running total it adds to ("arrested 300, bringing the total
    this week to 1,200") keeps its own figure and is an incident.
    """
    own = {c.kind for c in e.counts if c.aggregate is None and c.subgroup is None}
    return any(c.aggregate is not None and c.kind not in own for c in e.counts)


def _mention_key(ref: MentionRef) -> tuple:
    return (ref.published or "", ref.source or "", ref.doc_id, ref.event.trigger.start, ref.mention_id)


_PLACE_SCORE = {"same": 2, "contains": 1, "unknown": 0}
_ACTOR_SCORE = {"same": 2, "compatible": 1, "unknown": 0}


def _match(a: _M, b: _M, window: int) -> tuple[int, int] | None:
    """Score of a compatible pair (place, actors), or ``None`` when incompatible."""
    ea, eb = a.ref.event, b.ref.event
    if ea.event_type != eb.event_type:
        return None
    if ea.mode is not None and eb.mode is not None and ea.mode != eb.mode:
        return None
    if a.sig[-1] != b.sig[-1]:  # _aggregate of each, computed once per mention
        return None  # a nationwide or period toll sums incidents: never one of them
    same_doc = a.doc_id == b.doc_id
    direct_overlap = False
    if a.rng is None or b.rng is None:
        if not same_doc:
            return None
    else:
        w = _dt.timedelta(days=window)
        if a.rng[0] - w > b.rng[1] or b.rng[0] - w > a.rng[1]:
            return None
        direct_overlap = a.rng[0] <= b.rng[1] and b.rng[0] <= a.rng[1]
    place = _place_relation(ea.location, eb.location)
    if place == "conflict":
        return None
    roles = (_actor_relation(ea.actor, eb.actor), _actor_relation(ea.recipient, eb.recipient))
    if "conflict" in roles:
        return None
    if place == "unknown" and "same" not in roles:
        return None
    overlap = any(r in ("same", "compatible") for r in roles)
    if not overlap:
        local_same = (
            place == "same" and ea.location is not None and ea.location.geo_precision in _LOCAL and direct_overlap
        )
        if not local_same:
            return None
    return _PLACE_SCORE[place], sum(_ACTOR_SCORE[r] for r in roles)


class _Cluster(Blocked):
    """Members, and per signature up to two members from different documents (internal)."""

    __slots__ = ("members", "groups")

    def __init__(self, idx: int, first: _M) -> None:
        super().__init__(idx)
        self.members: list[_M] = []
        self.groups: dict[tuple, list[_M]] = {}
        self.add(first)

    def add(self, m: _M) -> None:
        self.members.append(m)
        group = self.groups.setdefault(m.sig, [])
        if not group or (len(group) == 1 and group[0].doc_id != m.doc_id):
            group.append(m)

    def representatives(self, m: _M) -> Iterable[_M]:
        """One member per signature, from another document than ``m`` where there is one.

        Linking within a document only relaxes the rule, so a member from
        another document is the strictest test of its signature.
        """
        for group in self.groups.values():
            yield group[1] if group[0].doc_id == m.doc_id and len(group) > 1 else group[0]


# ---------------------------------------------------------------- linking
def link_mentions(mentions: Iterable[MentionRef], *, window_days: int = DEFAULT_WINDOW_DAYS) -> list[LinkedEvent]:
    """Link mentions that describe the same event into :class:`LinkedEvent` records.

    The rule (type and mode, dates, place, actors; complete linkage; ties
    stay apart) is in this module's docstring and ``docs/dedup.md``.

    Parameters
    ----------
    mentions : Iterable[MentionRef]
        Mentions from any number of documents, in any order. A mention id seen
        twice is kept once.
    window_days : int, optional
        Date tolerance in days (>= 0): two date ranges fit when they overlap
        or the gap between them is at most this many days. Default
        :data:`DEFAULT_WINDOW_DAYS`.

    Returns
    -------
    list[LinkedEvent]
        Sorted by (earliest date, event type, event id); the same set of
        mentions gives the same list whatever their input order.

    Raises
    ------
    ValueError
        When ``window_days`` is negative or not an integer.

    Examples
    --------
    >>> link_mentions([])
    []
    """
    if not isinstance(window_days, int) or isinstance(window_days, bool) or window_days < 0:
        raise ValueError(f"window_days must be a non-negative integer, not {window_days!r}")
    unique: dict[str, MentionRef] = {}
    for ref in mentions:
        old = unique.get(ref.mention_id)
        # Keep one copy per id; choose by content so the choice is order-free.
        if old is None or ref.model_dump_json() < old.model_dump_json():
            unique[ref.mention_id] = ref
    with collector_paused():  # see dotterel.collector: no cycles here, and the collector's walks grew with N
        return _link([_M(r, window_days) for r in unique.values()], window_days)


def _link(ms: list[_M], window_days: int) -> list[LinkedEvent]:
    """Link prepared mentions (see :func:`link_mentions`): canonical order, candidates, best match, build."""
    ms.sort(key=lambda m: (m.place_rank, m.rng[0] if m.rng else _dt.date.max, m.key))

    clusters: list[_Cluster] = []
    index = CandidateIndex(window_days)
    for m in ms:
        target = _choose(m, index.candidates(m.keys, m.rng, m.doc_id), window_days)
        if target is not None:
            target.add(m)
        else:
            target = _Cluster(len(clusters), m)
            clusters.append(target)
        index.add(target, m.keys, m.rng, m.doc_id)

    events = [_build([x.ref for x in c.members]) for c in clusters]
    events.sort(key=lambda e: (e.earliest or "9999-99-99", e.event_type, e.event_id))
    return events


def _choose(m: _M, candidates: dict[int, _Cluster], window_days: int) -> _Cluster | None:
    """The one candidate cluster ``m`` matches best, or None when none matches or two tie.

    A cluster matches when ``m`` matches every representative of it; its score is the best of those
    matches. Candidates are tried in cluster order (``idx``).
    """
    best: tuple[int, int] | None = None
    chosen: list[_Cluster] = []
    for idx in sorted(candidates):
        if len(chosen) > 1 and best == m.keys.max_score:
            break  # two events tie at the best score there is: ambiguous, whatever else matches
        c = candidates[idx]
        scores = []
        for other in c.representatives(m):
            s = _match(m, other, window_days)
            if s is None:
                break
            scores.append(s)
        else:
            score = (max(s[0] for s in scores), max(s[1] for s in scores))
            if best is None or score > best:
                best, chosen = score, [c]
            elif score == best:
                chosen.append(c)
    return chosen[0] if len(chosen) == 1 else None


# ---------------------------------------------------------------- building
def _freq(values: Iterable[object]) -> Counter:
    return Counter(v for v in values if v is not None)


def _best(refs: list[MentionRef], get, rank, common) -> object | None:
    """Pick a value by ``rank`` (lower is better) among credible mentions first.

    ``common(value)`` is the key whose frequency among the candidates breaks
    ties ("the name most mentions give"); it is counted once per call.
    """
    cands = [(r, get(r)) for r in refs]
    cands = [(r, v) for r, v in cands if v is not None]
    if not cands:
        return None
    credible = [(r, v) for r, v in cands if r.event.attribution.certainty in CREDIBLE_CERTAINTIES]
    pool = credible or cands
    freq = _freq(common(v) for _, v in pool)
    return min(pool, key=lambda rv: (rank(rv[1], freq), _mention_key(rv[0])))[1]


def _actor_rank(a: Actor, freq: Counter) -> tuple:
    return (a.wikidata is None, -((a.country is not None) + (a.sector is not None)), -freq[a.name.casefold()])


def _place_rank(p: Place, freq: Counter) -> tuple:
    return (_place_level(p), -freq.get(p.geonameid, 0), -p.score)


def _date_rank(d: EventDate, freq: Counter) -> tuple:
    return (_TIME_RANK[d.time_precision], _DATE_SOURCE_RANK[d.source], -freq.get(d.value, 0))


def _count_reports(refs: list[MentionRef]) -> list[CountReport]:
    out = []
    for r in refs:
        att = r.event.attribution
        credible = att.certainty in CREDIBLE_CERTAINTIES
        for c in r.event.counts:
            out.append(
                CountReport(
                    kind=c.kind,
                    low=c.low,
                    best=c.best,
                    high=c.high,
                    approximate=c.approximate,
                    subgroup=c.subgroup,
                    figure=c.estimate if c.estimate is not None else (c.low if c.low is not None else c.best),
                    convention=c.convention,
                    vague=c.vague,
                    estimate=c.estimate,
                    aggregate=c.aggregate,
                    claimant=c.claimant or att.claimant,
                    certainty=(
                        "reported"
                        if att.certainty == "asserted" and c.claimant and c.claimant != att.claimant
                        else att.certainty
                    ),
                    credible=credible,
                    source=r.source,
                    doc_id=r.doc_id,
                    mention_id=r.mention_id,
                )
            )
    return out


def _largest_part_of_each_mention(parts: list[CountReport]) -> list[CountReport]:
    """Each claim's largest part: every part is in the whole, so the largest bounds it from below.

    "Militants killed 12 soldiers in an ambush. Three of the soldiers killed were beheaded": both figures
    are parts (soldiers), the three among the twelve (Count.subgroup: included in the total, never added to
    it), so the whole is at least 12, not 3 (ACLED codebook 2023, Fatalities: the lowest credible total of
    the event, not of a part of its victims). A claim is a mention's figures on one claimant's word: another
    claimant's figure is another report of the toll ("Jihadists killed 15 soldiers, the army said. Residents
    said 30 soldiers died": 15 and 30 compete, and the lowest stays the figure), as are other mentions'.
    """
    largest: dict[tuple[str, str], CountReport] = {}
    for rep in parts:  # mention order: the first among equal figures
        claim = (rep.mention_id, rep.claimant)
        if claim not in largest or rep.figure > largest[claim].figure:
            largest[claim] = rep
    return [rep for rep in parts if largest[(rep.mention_id, rep.claimant)] is rep]


def _conservative(reports: list[CountReport]) -> list[ConservativeCount]:
    by_kind: dict[str, list[CountReport]] = defaultdict(list)
    parts: dict[str, list[CountReport]] = defaultdict(list)
    for rep in reports:
        if rep.credible and rep.aggregate is None and rep.figure is not None:
            (by_kind if rep.subgroup is None else parts)[rep.kind].append(rep)
    for kind, reps in parts.items():
        if kind not in by_kind:  # "killing 12 soldiers": no report gives the whole, so the part is its lower bound
            by_kind[kind] = _largest_part_of_each_mention(reps)
    out = []
    for kind in sorted(by_kind):
        reps = by_kind[kind]
        low = min(reps, key=lambda x: x.figure)  # first in mention order among equal figures
        high = max(x.figure for x in reps)  # another source's higher figure: the range the reports span
        out.append(
            ConservativeCount(kind=kind, value=low.figure, mention_id=low.mention_id, source=low.source, reports=len(reps),
                              high=high if high > low.figure else None)
        )
    return out


def _date_range(refs: list[MentionRef]) -> tuple[str | None, str | None, bool]:
    bounds = [_stated_bounds(r) for r in refs]
    los = [lo for lo, _ in bounds if lo is not None]
    his = [hi for _, hi in bounds if hi is not None]
    lo, hi = (max(los) if los else None), (min(his) if his else None)
    consistent = lo is None or hi is None or lo <= hi
    if not consistent:
        lo, hi = min(los), max(his)
    return (lo.isoformat() if lo else None), (hi.isoformat() if hi else None), consistent


def _build(refs: list[MentionRef]) -> LinkedEvent:
    refs = sorted(refs, key=_mention_key)
    ids = sorted(r.mention_id for r in refs)
    event_id = "ev:" + hashlib.sha256("\n".join(ids).encode("utf-8")).hexdigest()[:16]

    def rep_rank(r: MentionRef) -> tuple:
        e = r.event
        loc_rank = _place_level(e.location)
        return (
            e.attribution.certainty not in CREDIBLE_CERTAINTIES,
            e.mode is None,
            _TIME_RANK[e.date.time_precision] if e.date else 5,
            loc_rank,
            _mention_key(r),
        )

    rep = min(refs, key=rep_rank).event
    earliest, latest, consistent = _date_range(refs)
    counts = _count_reports(refs)
    return LinkedEvent(
        event_id=event_id,
        event_type=rep.event_type,
        mode=rep.mode,
        context=sorted({c for r in refs for c in r.event.context}),
        quad_class=rep.quad_class,
        cameo=rep.cameo,
        sub_event_type=rep.sub_event_type,
        actor=_best(refs, lambda r: r.event.actor, _actor_rank, lambda a: a.name.casefold()),
        recipient=_best(refs, lambda r: r.event.recipient, _actor_rank, lambda a: a.name.casefold()),
        location=_best(refs, lambda r: r.event.location, _place_rank, lambda p: p.geonameid),
        date=_best(refs, lambda r: r.event.date, _date_rank, lambda d: d.value),
        earliest=earliest,
        latest=latest,
        dates_consistent=consistent,
        credible=any(r.event.attribution.certainty in CREDIBLE_CERTAINTIES for r in refs),
        mentions=refs,
        sources=sorted({r.source for r in refs if r.source}),
        counts=counts,
        conservative=_conservative(counts),
    )


def linked_event_json_schema() -> dict:
    """Return the JSON Schema (draft 2020-12) of :class:`LinkedEvent` as a dict.

    Checked in at ``src/dotterel/schema/linked_event.schema.json``; regenerate
    with ``python -m dotterel.dedup > src/dotterel/schema/linked_event.schema.json``.
    """
    return LinkedEvent.model_json_schema()


if __name__ == "__main__":  # pragma: no cover - maintenance entry point
    json.dump(linked_event_json_schema(), sys.stdout, indent=2, sort_keys=True)
    sys.stdout.write("\n")
