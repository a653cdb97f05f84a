"""The dataset at a glance in headless chromium (issue 13): the drawn timeline bins, the Leaflet map's clusters,
sizes and click-to-filter, the breakdowns, the download notes and the document page's abstentions, each
checked against what the API says of the same store.

The store holds the seed article (published 2022-02-01) and a short wire report of the Zhanaozen protest,
both sent through ``POST /api/v1/code`` with ``store: true`` (the same ids and texts as ``test_dataset.py``,
so the two modules can share the session's store in any order).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections import Counter
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from .pages import require_selenium

require_selenium()

from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from .pages import click, csp_violations, open_page, rect_size, text_of, wait_loaded  # noqa: E402

pytestmark = [pytest.mark.browser, pytest.mark.shared]

SEED_ID = "seed-kazakhstan-2022"
WIRE_ID = "wire-zhanaozen"
WIRE_TEXT = ("ZHANAOZEN, 2 January 2022 -- About 1,000 people demonstrated in Zhanaozen on Saturday against "
             "the doubling of the price of liquefied gas, local activists said.")


@pytest.fixture(scope="module")
def events(live_server, seed_text) -> list[dict]:
    """Store the two texts through the API; return every linked event the API lists."""
    with live_server.api() as api:
        for body in ({"text": seed_text, "published": "2022-02-01", "source": "Seed Review",
                      "title": "Kazakhstan's January", "doc_id": SEED_ID, "store": True},
                     {"text": WIRE_TEXT, "published": "2022-01-02", "source": "Steppe Wire", "doc_id": WIRE_ID,
                      "store": True}):
            response = api.post("/api/v1/code", json=body)
            assert response.status_code == 200, response.text
        page = api.get("/api/v1/events", params={"limit": 500}).json()
    assert page["total"] == len(page["items"]) > 10
    return page["items"]


def _bin_start(day: dt.date, unit: str) -> dt.date:
    return {"day": day, "week": day - dt.timedelta(days=day.weekday()), "month": day.replace(day=1),
            "year": day.replace(month=1, day=1)}[unit]


def _located(events: list[dict]) -> list[dict]:
    return [e for e in events if (e.get("location") or {}).get("latitude") is not None]


def test_timeline_bins_bars_and_ranges_match_the_events(driver, live_server, events, screenshot):
    open_page(driver, f"{live_server.url}/events")
    figure = driver.find_element(By.ID, "dataset-timeline")
    unit = figure.get_attribute("data-unit")
    bounded = [e for e in events if e.get("earliest") and e.get("latest")]
    first = min(dt.date.fromisoformat(e["earliest"]) for e in bounded)
    last = max(dt.date.fromisoformat(e["latest"]) for e in bounded)
    days = (last - first).days + 1
    assert unit == ("day" if days <= 45 else "week" if days <= 280 else "month" if days <= 6 * 366 else "year")
    # an event whose whole range lies in one bin is in that bin's bar; any other is drawn as a range
    expected_bars: Counter = Counter()
    expected_ranges = set()
    for e in bounded:
        lo, hi = dt.date.fromisoformat(e["earliest"]), dt.date.fromisoformat(e["latest"])
        if _bin_start(lo, unit) == _bin_start(hi, unit):
            expected_bars[(_bin_start(lo, unit).isoformat(), e["event_type"])] += 1
        else:
            expected_ranges.add(e["event_id"])
    bars = driver.find_elements(By.CSS_SELECTOR, "svg.dataset-timeline rect.bar")
    drawn = Counter({(b.get_attribute("data-start"), b.get_attribute("data-event-type")): int(b.get_attribute("data-count"))
                     for b in bars})
    assert drawn == expected_bars
    ranges = driver.find_elements(By.CSS_SELECTOR, "svg.dataset-timeline rect.range")
    assert {r.get_attribute("data-event") for r in ranges} == expected_ranges
    # drawn to scale: a bar's height on screen is proportional to its count
    per_event = {round(rect_size(driver, b)[1] / int(b.get_attribute("data-count")), 1) for b in bars}
    assert max(per_event) - min(per_event) <= 0.2, per_event
    # a coarse date spans its whole range: a range is wider than one bin
    bin_width = rect_size(driver, driver.find_element(By.CSS_SELECTOR, "svg.dataset-timeline rect.bin"))[0]
    assert all(rect_size(driver, r)[0] > bin_width * 0.99 for r in ranges)
    # the fatalities line: one point per bin, the conservative killed figures of the events in it
    points = driver.find_elements(By.CSS_SELECTOR, "svg.dataset-timeline circle.fatality")
    killed = sum(next((c["value"] for c in e.get("conservative", []) if c["kind"] == "killed"), 0)
                 for e in bounded if e["event_id"] not in expected_ranges)
    assert len(points) == (int(figure.get_attribute("data-bins")) if killed else 0)  # no line without a death
    assert sum(int(p.get_attribute("data-fatalities")) for p in points) == killed
    undrawn = [e for e in events if not (e.get("earliest") and e.get("latest"))]
    if undrawn:
        note = driver.find_element(By.ID, "timeline-not-drawn")
        assert int(note.get_attribute("data-before-only")) + int(note.get_attribute("data-undated")) == len(undrawn)
    assert csp_violations(driver) == []
    screenshot()


def _wait_map(driver) -> None:
    WebDriverWait(driver, 60).until(lambda d: d.execute_script(
        "const b = document.getElementById('leaflet-map'); return b && b.getAttribute('data-basemap-loaded');"))


def _shown_counts(driver) -> tuple[int, int, int]:
    """Sum of the numbers on clusters and on single places, and how many places are drawn alone."""
    return tuple(driver.execute_script("""
        const n = sel => Array.from(document.querySelectorAll(sel)).reduce((s, e) => s + parseInt(e.textContent, 10), 0);
        return [n('#leaflet-map .cluster-count'), n('#leaflet-map .place-count'),
                document.querySelectorAll('#leaflet-map .place-icon').length];"""))


def test_map_clusters_labels_and_sizes_add_up_to_the_events(driver, live_server, events, screenshot):
    open_page(driver, f"{live_server.url}/events")
    _wait_map(driver)
    located = _located(events)
    places = {(e["location"]["name"], e["location"]["latitude"], e["location"]["longitude"]) for e in located}
    box = driver.find_element(By.ID, "leaflet-map")
    assert int(box.get_attribute("data-places")) == len(places)
    assert int(box.get_attribute("data-basemap-loaded")) == 177  # Natural Earth 1:110m countries
    clustered, alone, _ = _shown_counts(driver)
    assert clustered + alone == len(located)  # every located event is in a cluster or a place, once
    # the whole world: places that would overlap merge into clusters, and the numbers still add up
    driver.execute_script("document.getElementById('leaflet-map').dotterelMap.setView([20, 10], 0, {animate: false});")
    # (the cluster group fades the old icons out: wait for the animation to end)
    WebDriverWait(driver, 20).until(lambda d: _shown_counts(d)[0] > 0 and sum(_shown_counts(d)[:2]) == len(located))
    screenshot("clustered")
    # zoomed in on Zhanaozen, its cluster opens into the labelled place with its own events
    zhanaozen = sum(1 for e in located if e["location"]["name"] == "Zhanaozen")
    driver.execute_script("document.getElementById('leaflet-map').dotterelMap.setView([43.34, 52.86], 9, {animate: false});")
    WebDriverWait(driver, 20).until(lambda d: _shown_counts(d)[:2] == (0, zhanaozen))
    labels = driver.execute_script(
        "return Array.from(document.querySelectorAll('#leaflet-map .place-label')).map(t => t.textContent)")
    assert labels == ["Zhanaozen"]
    # size by fatalities: the numbers become the places' killed figures
    click(driver, driver.find_element(By.CSS_SELECTOR, 'input[name="map-size"][value="fatalities"]'))
    WebDriverWait(driver, 10).until(lambda d: box.get_attribute("data-size-by") == "fatalities")
    driver.execute_script("document.getElementById('leaflet-map').dotterelMap.setView([20, 10], 1, {animate: false});")
    killed = sum(next((c["value"] for c in e.get("conservative", []) if c["kind"] == "killed"), 0) for e in located)
    WebDriverWait(driver, 20).until(lambda d: sum(_shown_counts(d)[:2]) == killed)
    assert driver.find_elements(By.CSS_SELECTOR, "#leaflet-map .place-dot.size-fatalities, #leaflet-map .cluster-dot.size-fatalities")
    assert csp_violations(driver) == []
    screenshot("fatalities")


def test_clicking_a_country_filters_the_page(driver, live_server, events):
    open_page(driver, f"{live_server.url}/events?event_type=PROTEST")
    _wait_map(driver)
    driver.execute_script("document.getElementById('leaflet-map').dotterelMap.setView([48, 67], 4, {animate: false});")
    WebDriverWait(driver, 20).until(lambda d: d.find_element(By.CSS_SELECTOR, '#leaflet-map path[data-country="KAZ"]'))
    # click a point inside Kazakhstan that no marker covers
    driver.execute_script("document.getElementById('leaflet-map').scrollIntoView({block: 'center'});")
    driver.execute_script("""
        const map = document.getElementById('leaflet-map').dotterelMap;
        const p = map.latLngToContainerPoint([50.0, 80.0]);
        const r = document.getElementById('leaflet-map').getBoundingClientRect();
        window.__kazPoint = [r.left + p.x, r.top + p.y];""")
    x, y = driver.execute_script("return window.__kazPoint")
    assert 0 < y < driver.execute_script("return window.innerHeight")
    target = driver.execute_script("return document.elementFromPoint(arguments[0], arguments[1])", x, y)
    assert target.get_attribute("data-country") == "KAZ", target.get_attribute("outerHTML")[:200]
    driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, clientX: arguments[1], "
                          "clientY: arguments[2]}))", target, x, y)
    WebDriverWait(driver, 30).until(lambda d: "country=KAZ" in d.current_url)
    wait_loaded(driver)
    query = parse_qs(urlsplit(driver.current_url).query)
    assert query["country"] == ["KAZ"] and query["event_type"] == ["PROTEST"]
    rows = driver.find_elements(By.CSS_SELECTOR, "#events-table tr[data-event]")
    expected = [e for e in events if e["event_type"] == "PROTEST" and (e.get("location") or {}).get("country") == "KAZ"]
    assert len(rows) == len(expected) > 0


def test_breakdowns_count_and_link_their_filters(driver, live_server, events):
    open_page(driver, f"{live_server.url}/events")
    by_type = Counter(e["event_type"] for e in events)
    rows = driver.find_elements(By.CSS_SELECTOR, "#breakdown-event_type tr[data-value]")
    assert {r.get_attribute("data-value"): int(r.get_attribute("data-count")) for r in rows} == dict(
        sorted(by_type.items(), key=lambda kv: (-kv[1], kv[0]))[:10])
    by_country = Counter((e.get("location") or {}).get("country") for e in events)
    kaz = driver.find_element(By.CSS_SELECTOR, '#breakdown-country tr[data-value="KAZ"]')
    assert int(kaz.get_attribute("data-count")) == by_country["KAZ"]
    click(driver, kaz.find_element(By.TAG_NAME, "a"))
    WebDriverWait(driver, 30).until(lambda d: "country=KAZ" in d.current_url)
    wait_loaded(driver)
    assert len(driver.find_elements(By.CSS_SELECTOR, "#events-table tr[data-event]")) == min(by_country["KAZ"], 50)


def test_download_notes_count_what_each_file_holds(driver, live_server, events, screenshot):
    open_page(driver, f"{live_server.url}/events?country=KAZ")
    total = len([e for e in events if (e.get("location") or {}).get("country") == "KAZ"])
    with live_server.api() as api:
        for fmt in ("acled", "plover", "jsonl"):
            note = driver.find_element(By.ID, f"note-{fmt}")
            held = int(note.get_attribute("data-events"))
            assert int(note.get_attribute("data-total")) == total
            body = api.get(driver.find_element(By.ID, f"download-{fmt}").get_attribute("href")).text
            rows = {"acled": lambda: len(list(csv.reader(io.StringIO(body)))) - 1,
                    "plover": lambda: len(json.loads(body)),
                    "jsonl": lambda: len([line for line in body.splitlines() if line.strip()])}[fmt]()
            assert rows == held, fmt
            reasons = note.find_elements(By.CSS_SELECTOR, ".left-out > li")
            assert sum(int(r.get_attribute("data-count")) for r in reasons) == total - held, fmt
            assert f"{held} of {total} event" in text_of(driver, note)
    screenshot()


def _checked(driver, fmt: str) -> None:
    WebDriverWait(driver, 30).until(lambda d: d.find_element(By.ID, f"note-{fmt}").get_attribute("data-checked"))
    assert driver.find_element(By.ID, f"note-{fmt}").get_attribute("data-checked") == "selection"


def test_download_notes_list_the_left_out_events_by_reason(driver, live_server, events, screenshot):
    open_page(driver, f"{live_server.url}/events")
    with live_server.api() as api:
        for fmt in ("acled", "plover", "jsonl"):
            _checked(driver, fmt)
            want = api.get("/api/v1/export/left-out", params={"format": fmt}).json()
            note = driver.find_element(By.ID, f"note-{fmt}")
            assert (int(note.get_attribute("data-events")), int(note.get_attribute("data-total"))) == (
                want["held"], want["total"]) and want["total"] == len(events)
            shown = {li.get_attribute("data-reason"): int(li.get_attribute("data-count"))
                     for li in note.find_elements(By.CSS_SELECTOR, "ul.left-out > li")}
            assert shown == {r["reason"]: r["events"] for r in want["left_out"]}
            linked = {li.get_attribute("data-reason"): [a.get_attribute("data-event") for a in
                                                        li.find_elements(By.CSS_SELECTOR, "a.left-out-event")]
                      for li in note.find_elements(By.CSS_SELECTOR, "details.left-out-events li.reason-events")}
            assert linked == {r["reason"]: r["event_ids"][:25] for r in want["left_out"]}
            if fmt == "jsonl":
                assert not want["left_out"] and not linked  # every event has a line
        acled = api.get("/api/v1/export/left-out", params={"format": "acled"}).json()
    assert acled["left_out"], "the seed article has events the ACLED export cannot express"
    note = driver.find_element(By.ID, "note-acled")
    click(driver, note.find_element(By.TAG_NAME, "summary"))
    first = note.find_element(By.CSS_SELECTOR, "details.left-out-events a.left-out-event")
    assert first.is_displayed()
    assert unquote(urlsplit(first.get_attribute("href")).path) == f"/events/{first.get_attribute('data-event')}"
    # after a download the note says what the file holds
    driver.execute_script("arguments[0].click()", driver.find_element(By.ID, "download-acled"))
    status = note.find_element(By.CSS_SELECTOR, ".download-status")
    WebDriverWait(driver, 10).until(lambda d: status.text)
    left = acled["total"] - acled["held"]
    assert status.text == (f"Downloading: the file holds {acled['held']} of {acled['total']} events; "
                           f"the {left} others are left out for the reasons above.")
    assert csp_violations(driver) == []
    screenshot()


def test_a_download_that_would_hold_no_event_says_so(driver, live_server, events):
    with live_server.api() as api:
        for event_type in sorted({e["event_type"] for e in events}):
            got = api.get("/api/v1/export/left-out", params={"format": "acled", "event_type": event_type}).json()
            if got["total"] and not got["held"]:
                break
        else:
            pytest.fail("every event type has an event the ACLED export can express")
    open_page(driver, f"{live_server.url}/events?event_type={event_type}")
    _checked(driver, "acled")
    note = driver.find_element(By.ID, "note-acled")
    assert text_of(driver, note.find_element(By.CSS_SELECTOR, ".empty-file")) == (
        "(the file holds no event, only its header)")
    assert f"0 of {got['total']} event" in text_of(driver, note)
    assert sum(int(li.get_attribute("data-count")) for li in note.find_elements(By.CSS_SELECTOR, "ul.left-out > li")) == (
        got["total"])


def test_document_page_lists_the_abstentions_beside_their_sentences(driver, live_server, events, screenshot):
    with live_server.api() as api:
        coded = api.post("/api/v1/code", json={"text": WIRE_TEXT, "published": "2022-01-02", "debug": True}).json()
    open_page(driver, f"{live_server.url}/documents/{SEED_ID}")
    section = driver.find_element(By.ID, "abstentions")
    rows = section.find_elements(By.CSS_SELECTOR, "tr.abstention")
    assert rows, "the seed article has candidates that were not coded"
    text = driver.execute_script("return arguments[0].textContent", driver.find_element(By.ID, "article"))
    for row in rows:
        start, end = int(row.get_attribute("data-start")), int(row.get_attribute("data-end"))
        marked = row.find_element(By.CSS_SELECTOR, "td.sentence mark.abstained").text
        assert " ".join(text[start:end].split()) == " ".join(marked.split())
        sentence = " ".join(row.find_element(By.CSS_SELECTOR, "td.sentence").text.split())
        assert " ".join(marked.split()) in sentence and len(sentence) > len(marked)
        assert row.find_element(By.CSS_SELECTOR, "td.reason").text.strip()
    assert coded["abstentions"] is not None
    assert csp_violations(driver) == []
    screenshot()
