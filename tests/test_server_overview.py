"""The dataset at a glance (issue 13): timeline bins, coarse dates at their precision, map places, breakdowns,
download notes, the country outlines of the Leaflet map and the vendored map library."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from importlib.resources import files

import pytest
from factories import ALMATY, KADUNA, ZHANAOZEN, count, mention, pub_bound

from dotterel.dedup import link_mentions
from dotterel.records import EventDate
from dotterel.server.basemap import country_rings
from dotterel.server.overview import breakdowns, choose_bin, dataset_timeline, download_notes, map_places


def _month(value: str) -> EventDate:
    first = dt.date.fromisoformat(value + "-01")
    nxt = dt.date(first.year + (first.month == 12), first.month % 12 + 1, 1)
    return EventDate(value=value, earliest=first.isoformat(), latest=(nxt - dt.timedelta(days=1)).isoformat(),
                     time_precision="month", source="text", reason="test")


def _events():
    return link_mentions([
        mention("d1", 0, event_type="PROTEST", mode="demo", location=ALMATY, date="2022-01-04"),
        mention("d2", 0, event_type="PROTEST", mode="demo", location=ZHANAOZEN, date="2022-01-02"),
        mention("d3", 0, event_type="ASSAULT", mode="firearms", location=ALMATY, date="2022-01-05",
                counts=(count("killed", 12),)),
        mention("d4", 0, event_type="ASSAULT", mode="firearms", location=ZHANAOZEN, date="2022-01-05",
                counts=(count("killed", 3),), actor=None, recipient=None),
        mention("d5", 0, event_type="COERCE", mode="arrest", location=KADUNA, date=_month("2022-01")),
        mention("d6", 0, event_type="ACCUSE", mode=None, location=None, date=pub_bound("2022-02-01"),
                actor=None, recipient=None),
    ])


@pytest.mark.parametrize("first, last, unit", [
    ("2022-01-01", "2022-01-01", "day"), ("2022-01-01", "2022-02-14", "day"), ("2022-01-01", "2022-02-15", "week"),
    ("2022-01-01", "2022-10-07", "week"), ("2022-01-01", "2022-10-08", "month"), ("2012-01-01", "2017-12-31", "month"),
    ("2012-01-01", "2025-06-01", "year"),
])
def test_the_bin_is_chosen_from_the_span_of_the_data(first, last, unit):
    assert choose_bin(dt.date.fromisoformat(first), dt.date.fromisoformat(last)) == unit


def test_timeline_stacks_days_draws_a_month_as_a_range_and_counts_the_undated():
    events = _events()
    t = dataset_timeline(events)
    assert t.unit == "day" and t.first == "2022-01-01" and t.last == "2022-01-31"
    assert len(t.bins) == 31
    by_day = {b.start: b for b in t.bins if b.total}
    assert {d: (b.counts, b.fatalities) for d, b in by_day.items()} == {
        "2022-01-02": ({"PROTEST": 1}, 0),
        "2022-01-04": ({"PROTEST": 1}, 0),
        "2022-01-05": ({"ASSAULT": 2}, 15),
    }
    # the month-dated arrest is a segment over the whole of January, never a bar on a guessed day
    [rng] = [s for s in t.segments if s.kind == "range"]
    assert (rng.event_type, rng.start, rng.end, rng.precision) == ("COERCE", "2022-01-01", "2022-01-31", "month")
    assert rng.x == pytest.approx(t.plot_left) and rng.x + rng.width == pytest.approx(t.plot_right)
    assert t.ranges == 1 and t.before_only == 1 and t.undated == 0
    bars = [s for s in t.segments if s.kind == "bar"]
    assert sum(s.count for s in bars) == 4 and t.max_count == 2
    tallest = [s for s in bars if s.start == "2022-01-05"]
    assert tallest[0].y == pytest.approx(t.plot_top) and tallest[0].height == pytest.approx(t.plot_bottom - t.plot_top)
    # the fatalities line peaks on the 5th
    peak = max(t.fatality_points, key=lambda p: p[2])
    assert peak[2:] == (15, "2022-01-05") and peak[1] == pytest.approx(t.plot_top) and t.max_fatalities == 15


def test_on_a_monthly_chart_the_month_dated_event_is_a_bar():
    events = _events() + link_mentions([mention("d9", 0, event_type="PROTEST", mode="demo", date="2023-03-08")])
    t = dataset_timeline(events)
    assert t.unit == "month" and len(t.bins) == 15
    assert t.bins[0].counts == {"PROTEST": 2, "COERCE": 1, "ASSAULT": 2} and t.bins[0].label == "Jan 2022"
    assert t.bins[-1].counts == {"PROTEST": 1} and t.ranges == 0


def test_map_places_group_events_by_place_with_fatalities_and_filter_links():
    places, unplaced = map_places(_events(), filters={"event_type": "ASSAULT", "country": "NGA"})
    assert [(p.name, p.events, p.fatalities) for p in places] == [("Almaty", 2, 12), ("Zhanaozen", 2, 3),
                                                                   ("Kaduna", 1, 0)]
    assert places[0].types == {"PROTEST": 1, "ASSAULT": 1}
    assert places[0].filter_href == "/events?event_type=ASSAULT&country=KAZ"
    # the popup's list is cut at ten; its "and N more" goes to the page filtered to the place's GeoNames id
    assert [p.place_href for p in places] == ["/events?event_type=ASSAULT&country=NGA&geonameid=1526384",
                                              "/events?event_type=ASSAULT&country=NGA&geonameid=607610",
                                              "/events?event_type=ASSAULT&country=NGA&geonameid=2335727"]
    assert unplaced == 1


def test_breakdowns_count_by_type_country_and_actor_with_links():
    by_type, by_country, by_actor = breakdowns(_events(), filters={"since": "2022-01-01"}, limit=2)
    assert by_type.rows == [("ASSAULT", 2, "/events?since=2022-01-01&event_type=ASSAULT"),
                            ("PROTEST", 2, "/events?since=2022-01-01&event_type=PROTEST")]
    assert by_type.more == 2
    assert by_country.rows[0] == ("KAZ", 4, "/events?since=2022-01-01&country=KAZ")
    assert by_actor.rows[0][:2] == ("gunmen", 4) and by_actor.rows[0][2].endswith("&actor=gunmen")


def test_download_notes_say_how_many_each_format_holds_and_why_not_the_rest():
    notes = download_notes(_events(), {"acled": "acled", "plover": "plover-json", "jsonl": "jsonl"})
    assert (notes["jsonl"].events, notes["jsonl"].total, notes["jsonl"].left_out) == (6, 6, [])
    # ACLED has no sub-event type for a shooting coded ASSAULT/firearms, nor for an accusation: grouped by reason
    assert (notes["acled"].events, notes["acled"].total) == (3, 6)
    assert notes["acled"].left_out == [("no ACLED sub-event type", 3, [("ASSAULT/firearms", 2), ("ACCUSE/-", 1)])]
    assert (notes["plover"].events, notes["plover"].left_out) == (5, [("no start date (only bounded by publication)", 1, [])])


def test_country_rings_are_latitude_longitude_of_the_shipped_basemap():
    rings = {c["iso3"]: c for c in country_rings()}
    assert len(rings) >= 170
    kaz = rings["KAZ"]
    lats = [p[0] for ring in kaz["rings"] for p in ring]
    lons = [p[1] for ring in kaz["rings"] for p in ring]
    assert 40 < min(lats) < 42 and 55 < max(lats) < 56 and 46 < min(lons) < 47 and 87 < max(lons) < 88
    assert len(rings["ZAF"]["rings"]) >= 2  # South Africa keeps Lesotho as a hole


def test_vendored_map_library_matches_its_record():
    vendor = files("dotterel").joinpath("server", "static", "vendor")
    record = json.loads(vendor.joinpath("VENDOR.json").read_text(encoding="utf-8"))
    assert {name: r["version"] for name, r in record.items()} == {"leaflet": "1.9.4", "leaflet.markercluster": "1.5.3"}
    for name, entry in record.items():
        assert entry["licence"] in ("BSD-2-Clause", "MIT") and entry["integrity"].startswith("sha512-")
        for path, digest in entry["sha256"].items():
            assert hashlib.sha256(vendor.joinpath(name, *path.split("/")).read_bytes()).hexdigest() == digest, path
        licences = [p for p in entry["sha256"] if "LICEN" in p.upper()]
        assert licences, f"{name}: no licence file vendored"
