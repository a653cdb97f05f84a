"""Code the seed article through the page in headless chromium: highlights, event records, map, timeline.

The seed article (../shared/corpus/seed_kazakhstan_2022.txt, published
2022-02-01) is pasted into the form and submitted with a real click; what
the page shows is checked against what the session's coder gives for the
same text in-process (tests/test_seed.py pins those values).
"""

from __future__ import annotations

import json
from collections import Counter

import httpx
import pytest
from .pages import require_selenium

require_selenium()

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from .pages import (REPO, click, csp_violations, highlights, marker_geometry, open_page, rect_size, submit_code_form,
                    text_of)

pytestmark = [pytest.mark.browser, pytest.mark.shared]

PUBLISHED = "2022-02-01"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
       "base-uri 'none'; form-action 'self'")


def _expected(seed_events, event_type: str, trigger: str):
    [ev] = [e for e in seed_events if e.event_type == event_type and e.trigger.text == trigger]
    return ev


@pytest.fixture(scope="module")
def zhanaozen_protest(seed_events):
    """The coder's record of the Zhanaozen protest (tests/test_seed.py::test_zhanaozen_protest)."""
    ev = _expected(seed_events, "PROTEST", "demonstrated")
    assert ev.location is not None and ev.location.name == "Zhanaozen"
    return ev


@pytest.fixture(scope="module")
def csto_request(seed_events):
    """The coder's record of Tokayev's request to the CSTO (tests/test_seed.py::test_request_to_csto)."""
    ev = _expected(seed_events, "REQUEST", "appealed")
    assert ev.recipient is not None and "Collective Security Treaty" in ev.recipient.name
    return ev


@pytest.fixture(scope="module")
def result_page(driver, live_server, seed_text):
    """The browser on the result page of the seed article, coded through the form (once for this module)."""
    submit_code_form(driver, live_server, seed_text, published=PUBLISHED, fields={"source": "Seed Review"})
    driver.get_log("browser")  # start the console log from the result page
    return driver


def _page_event(driver, expected) -> str:
    """The id the page gives the event that matches ``expected`` (same type, same trigger words)."""
    items = driver.find_elements(By.CSS_SELECTOR, f'#events li.event[data-event-type="{expected.event_type}"]')
    assert items, f"no {expected.event_type} event listed in #events"
    marks = highlights(driver, driver.find_element(By.ID, "article"))
    found = []
    for item in items:
        event_id = item.get_attribute("data-event")
        triggers = [h.text for h in marks if h.event_id == event_id and h.field == "trigger"]
        if expected.trigger.text in triggers:
            found.append(event_id)
    assert len(found) == 1, f"{expected.event_type} '{expected.trigger.text}': page events {found}"
    return found[0]


def _expected_spans(ev) -> dict[str, set[str]]:
    """The words the page must highlight for an event, by field."""
    spans: dict[str, set[str]] = {"trigger": {ev.trigger.text}}
    if ev.actor is not None and ev.actor.span is not None:
        spans.setdefault("actor", set()).add(ev.actor.span.text)
    if ev.recipient is not None and ev.recipient.span is not None:
        spans.setdefault("recipient", set()).add(ev.recipient.span.text)
    if ev.location is not None and ev.location.span is not None:
        spans.setdefault("location", set()).add(ev.location.span.text)
    if ev.date is not None and ev.date.span is not None:
        spans.setdefault("date", set()).add(ev.date.span.text)
    for count in ev.counts:
        spans.setdefault("count", set()).add(count.span.text)
    if ev.attribution.claimant_span is not None:
        spans.setdefault("claimant", set()).add(ev.attribution.claimant_span.text)
    return spans


def _record_words(ev) -> list[str]:
    """What the record of an event must show: type, actors, place, date, claimant, as coded."""
    words = [ev.event_type, ev.trigger.text, ev.attribution.claimant]
    if ev.mode:
        words.append(ev.mode)
    for actor in (ev.actor, ev.recipient):
        if actor is not None:
            words.append(actor.name)
    if ev.location is not None:
        words.append(ev.location.name)
    if ev.date is not None:
        if ev.date.value:
            words.append(ev.date.value)
        else:  # only bounded: the CSTO request is dated "on or before" publication
            words.extend(d for d in (ev.date.earliest, ev.date.latest) if d)
    return words


def _check_detail_shows(driver, ev, event_id: str) -> None:
    detail = driver.find_element(By.ID, "event-detail")
    WebDriverWait(driver, 10).until(lambda d: all(w in text_of(d, detail) for w in _record_words(ev)),
                                    message=f"#event-detail never showed {_record_words(ev)} for {event_id}")
    assert detail.is_displayed()
    assert rect_size(driver, detail)[1] > 0


def test_code_form(driver, live_server, screenshot):
    open_page(driver, f"{live_server.url}/")
    form = driver.find_element(By.ID, "code-form")
    assert form.get_attribute("method").lower() == "post"
    assert form.get_attribute("action") == f"{live_server.url}/code"
    assert form.get_attribute("enctype") == "multipart/form-data"
    assert driver.find_element(By.ID, "text").tag_name == "textarea"
    assert driver.find_element(By.ID, "published").get_attribute("type") == "date"
    assert driver.find_element(By.ID, "file").get_attribute("type") == "file"
    assert driver.find_element(By.ID, "code-submit").is_displayed()
    assert csp_violations(driver) == []
    response = httpx.get(f"{live_server.url}/", timeout=30)
    assert response.headers["content-security-policy"] == CSP
    screenshot()


def test_the_page_codes_the_text_as_pasted(result_page, live_server, seed_text):
    # A browser sends a textarea's line breaks as CRLF; the page must code the text the user pasted, so that
    # the document id and every offset are those the API (and the CLI) give for the same article.
    page_result = json.loads(result_page.execute_script(
        "return document.getElementById('result-json').textContent"))
    assert page_result["document"]["text"] == seed_text
    with live_server.api() as api:
        response = api.post("/api/v1/code", json={"text": seed_text, "published": PUBLISHED, "source": "Seed Review"})
    assert response.status_code == 200
    api_result = response.json()
    assert page_result["document"]["doc_id"] == api_result["document"]["doc_id"]
    assert [(e["event_id"], e["trigger"]["start"]) for e in page_result["events"]] == \
        [(e["event_id"], e["trigger"]["start"]) for e in api_result["events"]]


def test_result_page_highlights_the_zhanaozen_protest(result_page, zhanaozen_protest, screenshot):
    driver = result_page
    ev = zhanaozen_protest
    event_id = _page_event(driver, ev)
    shown = highlights(driver, driver.find_element(By.ID, "article"))
    mine = [h for h in shown if h.event_id == event_id]
    for field, texts in _expected_spans(ev).items():
        got = {h.text for h in mine if h.field == field}
        assert texts <= got, f"{field}: expected {texts} highlighted, page has {got}"
    trigger = next(h for h in mine if h.field == "trigger")
    assert {"hl", "hl-trigger", f"cert-{ev.attribution.certainty}"} <= trigger.classes
    item = driver.find_element(By.ID, f"ev-{event_id}")
    assert item.get_attribute("data-certainty") == ev.attribution.certainty
    fields = {dd.get_attribute("data-field"): text_of(driver, dd) for dd in item.find_elements(By.CSS_SELECTOR, "dd[data-field]")}
    assert ev.event_type in fields["event_type"]
    assert "Zhanaozen" in fields["location"]
    assert ev.date.value == "2022-01-01" and "2022-01-01" in fields["date"]
    assert ev.attribution.claimant in fields["claimant"]
    assert "200" in fields["counts"] or "few hundred" in fields["counts"]
    screenshot()


def test_marks_of_distinct_fields_have_distinct_colours(result_page, zhanaozen_protest):
    driver = result_page
    event_id = _page_event(driver, zhanaozen_protest)
    colours = {}
    for field in ("trigger", "actor", "location", "date", "count"):
        mark = driver.find_element(
            By.CSS_SELECTOR, f'#article mark[data-field~="{field}"][data-event~="{event_id}"]')
        colours[field] = driver.execute_script(
            "const s = getComputedStyle(arguments[0]); return s.backgroundColor + '|' + s.backgroundImage;", mark)
    assert len(set(colours.values())) == len(colours), colours


def test_attributed_claims_look_different_from_asserted(result_page, seed_events):
    driver = result_page
    reported = [e for e in seed_events if e.attribution.certainty == "reported"]
    assert reported, "the seed has reported (attributed) events"
    style_js = ("const s = getComputedStyle(arguments[0]);"
                "return [s.borderBottomStyle, s.borderTopStyle, s.outlineStyle, s.backgroundImage,"
                " s.textDecorationLine, s.textDecorationStyle, s.fontStyle].join('|');")
    asserted = driver.find_element(By.CSS_SELECTOR, "#article mark.hl-trigger.cert-asserted")
    attributed = driver.find_element(By.CSS_SELECTOR, "#article mark.hl-trigger.cert-reported")
    assert driver.execute_script(style_js, asserted) != driver.execute_script(style_js, attributed)
    assert driver.find_elements(By.CSS_SELECTOR, "li.event.cert-reported")


def test_clicking_the_protest_shows_its_record(result_page, zhanaozen_protest, screenshot):
    driver = result_page
    ev = zhanaozen_protest
    event_id = _page_event(driver, ev)
    trigger = driver.find_element(By.CSS_SELECTOR, f'#article mark[data-field~="trigger"][data-event~="{event_id}"]')
    click(driver, trigger)
    _check_detail_shows(driver, ev, event_id)
    detail = text_of(driver, driver.find_element(By.ID, "event-detail"))
    assert "Zhanaozen" in detail and "2022-01" in detail and "PROTEST" in detail
    assert "a few hundred" in detail
    driver.execute_script("window.scrollTo(0, 0)")
    screenshot()


def test_clicking_the_csto_request_shows_its_record(result_page, csto_request, zhanaozen_protest):
    driver = result_page
    ev = csto_request
    event_id = _page_event(driver, ev)
    shown = [h for h in highlights(driver, driver.find_element(By.ID, "article")) if h.event_id == event_id]
    for field, texts in _expected_spans(ev).items():
        assert texts <= {h.text for h in shown if h.field == field}, field
    # first show another event, so the detail has to change
    click(driver, driver.find_element(By.ID, f"ev-{_page_event(driver, zhanaozen_protest)}"))
    click(driver, driver.find_element(By.CSS_SELECTOR, f'#article mark[data-field~="trigger"][data-event~="{event_id}"]'))
    _check_detail_shows(driver, ev, event_id)
    detail = text_of(driver, driver.find_element(By.ID, "event-detail"))
    assert "Zhanaozen" not in detail
    assert "Kassym-Jomart Tokayev" in detail and "Collective Security Treaty Organization" in detail
    # and clicking the event in the list shows the same record
    click(driver, driver.find_element(By.ID, f"ev-{_page_event(driver, zhanaozen_protest)}"))
    click(driver, driver.find_element(By.ID, f"ev-{event_id}"))
    _check_detail_shows(driver, ev, event_id)


def test_result_map_has_a_visible_marker_in_kazakhstan(result_page, zhanaozen_protest):
    driver = result_page
    svg = driver.find_element(By.CSS_SELECTOR, "svg.map")
    assert svg.find_elements(By.CSS_SELECTOR, 'path.country[data-iso3="KAZ"]')
    markers = svg.find_elements(By.CSS_SELECTOR, 'circle.marker[data-country="KAZ"]')
    assert markers, "no marker with data-country=KAZ"
    page_events = {li.get_attribute("data-event") for li in driver.find_elements(By.CSS_SELECTOR, "#events li.event")}
    for marker in markers:
        geo = marker_geometry(driver, marker)
        assert geo["width"] > 0 and geo["height"] > 0, geo
        assert geo["shown"] and geo["inViewBox"] and geo["inSvgBox"], geo
        assert geo["hasCountryPath"] and geo["inCountry"], f"KAZ marker drawn outside Kazakhstan's border: {geo}"
        assert set(marker.get_attribute("data-event").split()) <= page_events
    zhanaozen = [m for m in markers if m.get_attribute("data-geonameid") == str(zhanaozen_protest.location.geonameid)]
    assert zhanaozen, "no marker for Zhanaozen (GeoNames 607610)"
    assert _page_event(driver, zhanaozen_protest) in zhanaozen[0].get_attribute("data-event").split()
    assert any(marker_geometry(driver, m)["topmost"] for m in markers), "every KAZ marker is covered"


def test_result_timeline_shows_january_2022(result_page, seed_events, screenshot):
    driver = result_page
    svg = driver.find_element(By.CSS_SELECTOR, "svg.timeline")
    bars = svg.find_elements(By.CSS_SELECTOR, 'rect.bar[data-date^="2022-01-"]')
    assert bars, "no timeline bar in January 2022"
    for bar in bars:
        width, height = rect_size(driver, bar)
        assert width > 0 and height > 0
        assert int(bar.get_attribute("data-count")) >= 1
    drawn = {(b.get_attribute("data-date"), b.get_attribute("data-event-type")): int(b.get_attribute("data-count"))
             for b in bars}
    dated = [e for e in seed_events if e.date is not None and e.date.value and e.date.value.startswith("2022-01")]
    assert {e.date.value for e in dated} >= {"2022-01-01", "2022-01-05", "2022-01-11"}
    for e in dated:
        if len(e.date.value) == len("2022-01-01"):
            assert drawn.get((e.date.value, e.event_type), 0) >= 1, (e.date.value, e.event_type, drawn)
        else:  # a month-only date is never drawn as a day (a vague date stays vague)
            assert not [d for d, _t in drawn if d == e.date.value]
    # it is a band over the whole month, under the axis, one per type with its count
    months = Counter(e.event_type for e in dated if e.date.time_precision == "month")
    assert months, "the seed article has events dated only to January 2022"
    bands = svg.find_elements(By.CSS_SELECTOR, 'rect.band[data-value="2022-01"]')
    assert {b.get_attribute("data-event-type"): int(b.get_attribute("data-count")) for b in bands} == dict(months)
    axis = svg.find_element(By.CSS_SELECTOR, "line.axis")
    for band in bands:
        assert (band.get_attribute("data-start"), band.get_attribute("data-end")) == ("2022-01-01", "2022-01-31")
        assert band.rect["y"] > axis.rect["y"]  # under the axis, apart from the day bars
        assert band.rect["width"] > 20 * max(b.rect["width"] for b in bars)  # a month wide, not a day
    assert "drawn under the axis" in svg.find_element(By.XPATH, "..").find_element(By.CSS_SELECTOR, ".banded").text
    screenshot()


def test_result_page_breaks_no_content_security_policy(result_page):
    assert csp_violations(result_page) == []
    assert not [e for e in result_page.get_log("browser") if "Content Security Policy" in e["message"]]


def test_uploading_a_file_codes_its_text(driver, live_server):
    # The browser reads the chosen file and sends its bytes (the server never sees a path).
    path = REPO / "examples" / "tbilisi_2024.txt"
    text = path.read_text(encoding="utf-8")
    submit_code_form(driver, live_server, "", published="2024-05-01", upload=path)
    page_result = json.loads(driver.execute_script("return document.getElementById('result-json').textContent"))
    assert page_result["document"]["text"] == text
    with live_server.api() as api:
        api_result = api.post("/api/v1/code", json={"text": text, "published": "2024-05-01"}).json()
    assert page_result["document"]["doc_id"] == api_result["document"]["doc_id"]
    listed = [(li.get_attribute("data-event"), li.get_attribute("data-event-type"))
              for li in driver.find_elements(By.CSS_SELECTOR, "#events li.event")]
    assert listed == [(e["event_id"], e["event_type"]) for e in api_result["events"]]
    assert listed, "the Tbilisi example gives events"
    shown = highlights(driver, driver.find_element(By.ID, "article"))
    assert {e["trigger"]["text"] for e in api_result["events"]} <= {h.text for h in shown if h.field == "trigger"}
