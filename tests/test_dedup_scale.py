"""Linking at scale: the blocked linker gives what the unblocked one gave, in near-linear time (issue 15 item 4).

The reference below is ``link_mentions`` as it was before the candidate index
(``dotterel.dedup_index``): every mention compared with every event of its
type in each ISO week its date range covers. It is kept here, unchanged, as
the oracle: the blocked linker must give byte-identical events.
"""

from __future__ import annotations

import datetime as _dt
import json
import random
from collections import defaultdict

import pytest

from dotterel import dedup
from dotterel.dedup import link_mentions
from dotterel.records import Place

from dedup_mix import realistic_mix


# ------------------------------------------------------------ the reference
def _weeks(rng, window):
    lo = (rng[0] - _dt.timedelta(days=window)).toordinal() // 7
    hi = (rng[1] + _dt.timedelta(days=window)).toordinal() // 7
    return range(lo, hi + 1)


def reference_link(mentions, *, window_days=dedup.DEFAULT_WINDOW_DAYS):
    """``link_mentions`` before issue 15: candidates by (type, country, week) and (type, document)."""
    unique = {}
    for ref in mentions:
        old = unique.get(ref.mention_id)
        if old is None or ref.model_dump_json() < old.model_dump_json():
            unique[ref.mention_id] = ref
    ms = [dedup._M(r, window_days) for r in unique.values()]
    ms.sort(key=lambda m: (m.place_rank, m.rng[0] if m.rng else _dt.date.max, m.key))
    clusters = []
    by_week = defaultdict(list)
    by_doc = defaultdict(list)

    def register(c, m):
        etype = m.ref.event.event_type
        keys = [(etype, "*", wk) for wk in _weeks(m.rng, window_days)] if m.rng is not None else []
        keys += [(etype, m.country, k[2]) for k in keys]
        for key in keys:
            bucket = by_week[key]
            if not bucket or bucket[-1] is not c:
                bucket.append(c)
        bucket = by_doc[(etype, m.doc_id)]
        if not bucket or bucket[-1] is not c:
            bucket.append(c)

    for m in ms:
        etype = m.ref.event.event_type
        candidates = {}
        if m.rng is not None:
            countries = ("*",) if m.country is None else (m.country, None)
            for wk in _weeks(m.rng, window_days):
                for cc in countries:
                    for c in by_week.get((etype, cc, wk), ()):
                        candidates[c.idx] = c
        for c in by_doc.get((etype, m.doc_id), ()):
            candidates[c.idx] = c
        target = dedup._choose(m, candidates, window_days)  # the same choice; only the candidates differ
        if target is not None:
            target.add(m)
        else:
            target = dedup._Cluster(len(clusters), m)
            clusters.append(target)
        register(target, m)
    events = [dedup._build([x.ref for x in c.members]) for c in clusters]
    events.sort(key=lambda e: (e.earliest or "9999-99-99", e.event_type, e.event_id))
    return events


def _dump(events) -> str:
    return json.dumps([e.model_dump(mode="json") for e in events], sort_keys=True)


# ------------------------------------------------------------ same links as before
# The same check at a small size runs in the quick suite; the full sizes are scale checks (slow, run by CI).
SLOW = pytest.mark.slow


@pytest.mark.parametrize(("seed", "size"), [(7, 600), pytest.param(7, 3000, marks=SLOW),
                                            pytest.param(11, 3000, marks=SLOW)])
def test_blocked_linker_equals_reference_on_the_real_mix(seed, size):
    refs = realistic_mix(size, seed=seed)
    got, want = link_mentions(refs), reference_link(refs)
    assert len(want) < 0.8 * len(refs)  # the mix links: this is not a test of singletons
    assert any(len(e.mentions) >= 3 for e in want)
    assert _dump(got) == _dump(want)


@pytest.mark.parametrize(("window", "size"), [(0, 600), (3, 600), pytest.param(0, 1500, marks=SLOW),
                                              pytest.param(3, 1500, marks=SLOW)])
def test_blocked_linker_equals_reference_with_other_windows(window, size):
    refs = realistic_mix(size, seed=3)
    assert _dump(link_mentions(refs, window_days=window)) == _dump(reference_link(refs, window_days=window))


def test_blocked_linker_equals_reference_on_points_near_cities_and_the_poles():
    """The point-in-city rule is blocked by a grid: points 8-12 km off a city, at any latitude, across 180°."""
    rnd = random.Random(5)
    base = realistic_mix(600, seed=5)
    refs = []
    for n, ref in enumerate(base):
        loc = ref.event.location
        if loc is not None and loc.geo_precision in ("point", "city"):
            lat = rnd.choice([0.0, 45.0, 78.9, 79.4, 84.0, 89.95, -89.95])
            lon = rnd.choice([0.0, 179.97, -179.97, 90.0])
            if loc.geo_precision == "point":
                lat += rnd.uniform(-0.1, 0.1)
                lon = (lon + rnd.uniform(-0.3, 0.3) + 180.0) % 360.0 - 180.0
            loc = Place(**{**loc.model_dump(), "latitude": lat, "longitude": lon})
            ref = ref.model_copy(update={"event": ref.event.model_copy(update={"location": loc})})
        refs.append(ref)
    got, want = link_mentions(refs), reference_link(refs)
    assert _dump(got) == _dump(want)


# ------------------------------------------------------------ near-linear work
# The linker's speed is a benchmark (benchmarks/dedup_scale.py prints µs per mention at 1k-50k), not a timed test:
# CPU time on a shared machine varies with its load. What the tests check is the work that made the old linker
# quadratic, which no load can change: how many clusters each mention is compared with.
def _clusters_compared(link, sizes) -> dict[int, float]:
    """Mean number of clusters ``link`` compares each mention with, on the real mix at each size.

    Counted where both linkers make their choice (``dedup._choose``, given the candidate clusters).
    """
    compared = {}
    choose = dedup._choose
    for n in sizes:
        calls = [0, 0]

        def counting(m, candidates, window_days, calls=calls):
            calls[0] += 1
            calls[1] += len(candidates)
            return choose(m, candidates, window_days)

        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(dedup, "_choose", counting)
            link(realistic_mix(n, seed=7))
        compared[n] = calls[1] / calls[0]
    return compared


@pytest.mark.slow  # links 2k and 10k mentions with both linkers
def test_linking_compares_each_mention_with_few_clusters_to_10k():
    """The unblocked linker compares a mention with every cluster of its type in its weeks, a number that grows
    with the corpus (issue 15: 570 µs per mention at 10k); the blocked one compares it with a small fraction."""
    unblocked = _clusters_compared(reference_link, (2000, 10_000))
    blocked = _clusters_compared(link_mentions, (2000, 10_000))
    assert unblocked[10_000] > 3 * unblocked[2000], unblocked  # the mix is one that makes the old linker quadratic
    assert blocked[10_000] <= 0.05 * unblocked[10_000], (blocked, unblocked)
    assert blocked[2000] <= 0.1 * unblocked[2000], (blocked, unblocked)


@pytest.mark.slow  # links 10k mentions with the old linker and 50k with the blocked one
def test_linking_compares_each_mention_with_few_clusters_to_50k():
    """At 50k mentions the blocked linker still compares a mention with fewer clusters than a tenth of what the
    unblocked one compared at 10k (which grows about linearly with the corpus: about 5x more again at 50k)."""
    unblocked = _clusters_compared(reference_link, (10_000,))
    blocked = _clusters_compared(link_mentions, (50_000,))
    assert blocked[50_000] <= 0.1 * unblocked[10_000], (blocked, unblocked)
