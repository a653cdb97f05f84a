"""The scoring rules of dotterel.evaluate, on hand-made inputs whose scores are worked out by hand."""

from __future__ import annotations

import pytest

from dotterel.evaluate.matching import (
    GoldActor,
    actor_credit,
    best_actor,
    fold_name,
    haversine_km,
    match_events,
    match_spans,
    same_place_name,
)
from dotterel.evaluate.metrics import PRF, Accuracy, ClassTable, Distances, Miss, MissList


def test_prf_by_hand():
    s = PRF(tp=3, fp=1, fn=2)
    assert s.precision == pytest.approx(0.75)
    assert s.recall == pytest.approx(0.6)
    assert s.f1 == pytest.approx(2 * 3 / (2 * 3 + 1 + 2))
    empty = PRF()
    assert (empty.precision, empty.recall, empty.f1) == (None, None, None)
    assert PRF(fn=4).recall == 0.0 and PRF(fn=4).precision is None


def test_slot_comparison():
    s = PRF()
    assert s.compare("GEO", "GEO")          # tp
    assert not s.compare("GEO", "ARM")      # fp + fn
    assert not s.compare("GEO", None)       # fn
    assert not s.compare(None, "GEO")       # fp
    assert s.compare(None, None)            # nothing to count
    assert (s.tp, s.fp, s.fn) == (1, 2, 2)


def test_class_table_micro_and_macro():
    t = ClassTable()
    t.add("PROTEST", tp=1, fn=1)            # F1 = 2/3
    t.add("ASSAULT", fp=1)                  # F1 = 0
    assert t.macro_f1 == pytest.approx(1 / 3)
    micro = t.micro
    assert (micro.tp, micro.fp, micro.fn) == (1, 1, 1)
    assert micro.f1 == pytest.approx(0.5)


def test_accuracy_with_partial_credit():
    a = Accuracy()
    a.add(True)
    a.add(0.5)
    a.add(False)
    assert a.accuracy == pytest.approx(1.5 / 3)
    assert Accuracy().accuracy is None


def test_haversine_one_degree_of_equator():
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.195, abs=0.01)
    assert haversine_km(41.69, 44.83, 41.69, 44.83) == 0.0


def test_distances_threshold():
    d = Distances()
    for km in (0.0, 160.9, 161.1):
        d.add(km)
    d.add(None)                             # no coordinates: not within
    assert d.n == 4 and d.missing == 1
    assert d.accuracy_at_threshold == pytest.approx(2 / 4)
    assert d.median_km == pytest.approx(160.9)


def test_spans_match_one_to_one_by_overlap():
    gold = [(0, 5), (10, 15), (30, 35)]
    pred = [(12, 13), (3, 8), (4, 6), (20, 25)]
    # gold 0 takes the earliest overlapping prediction (3, 8); gold 1 takes (12, 13); gold 2 has none
    assert match_spans(gold, pred) == [(0, 1), (1, 0)]


def test_events_match_on_type_and_prefer_agreeing_actors():
    gold = [("PROTEST", "GEO"), ("PROTEST", "ARM"), ("ASSAULT", "GEO")]
    pred = [("PROTEST", "ARM"), ("COERCE", "GEO"), ("ASSAULT", "GEO")]
    pairs = match_events(gold, pred, gold_type=lambda g: g[0], predicted_type=lambda p: p[0],
                         agreement=lambda g, p: int(g[1] == p[1]))
    # the ARM protest goes to the ARM gold protest, not to the first gold protest
    assert pairs == [(1, 0), (2, 2)]
    # without agreement the first gold of the type wins
    assert match_events(gold, pred, gold_type=lambda g: g[0], predicted_type=lambda p: p[0]) == [(0, 0), (2, 2)]
    # a gold type of None never matches
    assert match_events([(None, "X")], pred, gold_type=lambda g: g[0], predicted_type=lambda p: p[0]) == []


def test_actor_partial_credit():
    gold = GoldActor(country="TUR", sector="COP")
    assert actor_credit(gold, "TUR", "COP") == 1.0
    assert actor_credit(gold, "TUR", "MIL") == 0.5
    assert actor_credit(gold, None, None) == 0.0
    assert actor_credit(GoldActor(country="RUS"), "RUS", "GOV") == 1.0   # the gold gives no sector
    assert actor_credit(GoldActor(), "RUS", "GOV") is None
    compound = [GoldActor(country="HUN", sector="GOV"), GoldActor(country="ROU", sector="GOV")]
    assert best_actor(compound, "ROU", "GOV").country == "ROU"
    assert best_actor([], "ROU", "GOV") is None


def test_place_names():
    assert fold_name("The Hague") == "hague"
    assert same_place_name("Zhanaözen", "zhanaozen")
    assert same_place_name("Tbilisi", "Tbilisi city")
    assert not same_place_name("Tbilisi", "Tbilisian")
    assert not same_place_name(None, "Tbilisi")


def test_worst_misses_keep_the_most_severe():
    kept = MissList(2)
    for i, km in enumerate([5.0, 900.0, 1.0, 300.0]):
        kept.add(Miss(record=str(i), text="", expected="", predicted="", why="far", severity=km))
    assert [m.record for m in kept.sorted()] == ["1", "3"]
