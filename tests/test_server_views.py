"""The HTML viewer: highlighting, basemap, timeline and the pages, in-process (httpx via TestClient).

Browser behaviour (clicks, that nothing in an article runs) is tested by
``tests/browser/``; here the served HTML is checked as text and parsed with
the standard library's HTML parser.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import warnings
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import examples

from dotterel.records import Actor, Attribution, Event, EventDate, Place, Span
from dotterel.server.basemap import Basemap, MapMarker, render_map
from dotterel.server.highlight import FIELDS, HighlightSpan, event_spans, highlight
from dotterel.server.timeline import render_timeline, timeline_counts

pytestmark = pytest.mark.usefixtures("codes_each_document_once")  # reruns and pages code the same documents

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'"
)

BASE_URL = "http://127.0.0.1"
"""A host the server answers to (the loopback names; TestClient's default "testserver" is refused)."""


# -- helpers --------------------------------------------------------------------------


def form(client, **fields: str) -> dict[str, str]:
    """The code form's fields with the token the form page carries (posts without it are refused)."""
    return {"form_token": client.app.state.dotterel.form_token.value, **fields}


class _Parsed(HTMLParser):
    """Collects text content and every start tag with its attributes."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_startendtag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(html: str) -> _Parsed:
    parser = _Parsed()
    parser.feed(html)
    parser.close()
    return parser


def marks(html: str) -> list[tuple[dict, str]]:
    """(attributes, text) of every <mark> in a page (marks are never nested)."""
    out = []
    for m in re.finditer(r"<mark ([^>]*)>(.*?)</mark>", html, flags=re.S):
        attrs = dict(re.findall(r'([a-z-]+)="([^"]*)"', m.group(1)))
        out.append((attrs, parse(m.group(2)).text and "".join(parse(m.group(2)).text)))
    return out


def article_of(html: str) -> str:
    m = re.search(r'<article id="article"[^>]*>(.*?)</article>', html, flags=re.S)
    assert m, "no <article id=article> in the page"
    return m.group(1)


def span(text: str, words: str, start_at: int = 0) -> Span:
    start = text.index(words, start_at)
    return Span(start=start, end=start + len(words), text=words)


# -- highlight ------------------------------------------------------------------------


def test_highlight_marks_the_exact_characters_and_escapes_the_rest():
    text = "A <b>riot</b> & more"
    html = str(highlight(text, [HighlightSpan(start=5, end=9, field="trigger", event_id="e1", certainty="reported")]))
    assert html.startswith("A &lt;b&gt;<mark ")
    assert 'class="hl hl-trigger cert-reported"' in html
    assert 'data-field="trigger"' in html and 'data-event="e1"' in html
    assert html.endswith(">riot</mark>&lt;/b&gt; &amp; more")


def test_overlapping_spans_become_flat_segments():
    text = "Tokayev said"
    spans = [
        HighlightSpan(start=0, end=7, field="claimant", event_id="e1"),
        HighlightSpan(start=0, end=3, field="actor", event_id="e2", certainty="alleged"),
    ]
    html = str(highlight(text, spans))
    found = marks(html)
    assert [t for _, t in found] == ["Tok", "ayev"]
    first, second = found[0][0], found[1][0]
    # "Tok" is both the actor of e2 and the claimant of e1; actor ranks before claimant.
    assert first["data-field"] == "actor claimant" and "hl-actor" in first["class"]
    assert first["data-event"] == "e1 e2" and "cert-alleged" in first["class"]
    assert first["data-event-field"] == "e1=claimant e2=actor"
    assert second["data-field"] == "claimant" and second["data-event"] == "e1"
    assert "<mark" not in html.split("</mark>", 1)[0][6:]  # not nested


def test_highlight_clips_to_a_sentence_with_offset():
    text = "First one. Police fired."
    spans = [HighlightSpan(start=18, end=23, field="trigger", event_id="e")]
    html = str(highlight(text[11:], spans, offset=11))
    assert marks(html) == [({**marks(html)[0][0]}, "fired")]
    assert "".join(parse(html).text) == "Police fired."


_SPAN = st.builds(
    lambda a, b, field, eid, cert: HighlightSpan(
        start=min(a, b), end=max(a, b), field=field, event_id=eid, certainty=cert, label="<x> & \"y\""
    ),
    st.integers(0, 60),
    st.integers(0, 60),
    st.sampled_from(FIELDS),
    st.sampled_from(["e1", "e2", 'e"3<', "ev:ab"]),
    st.sampled_from(["asserted", "reported", "hypothetical"]),
)
_TEXT = st.lists(
    st.sampled_from(list("ab <>&\"'=/\n\t") + ["<script>", "<img onerror=alert(1)>", "javascript:", "é", "\u2028", "😀"]),
    max_size=25,
).map("".join)


@settings(max_examples=examples(300), deadline=None)
@given(text=_TEXT, spans=st.lists(_SPAN, max_size=8))
def test_highlight_property_text_content_is_the_input_and_only_marks_are_markup(text, spans):
    html = str(highlight(text, spans))
    parsed = parse(html)
    assert "".join(parsed.text) == text
    assert {tag for tag, _ in parsed.tags} <= {"mark"}
    for _, attrs in parsed.tags:
        assert set(attrs) <= {"class", "data-field", "data-event", "data-event-field", "data-certainty", "title"}
    assert "<script" not in html and "<img" not in html
    # Every character covered by some span is inside a mark, every other one outside.
    covered = {i for s in spans for i in range(s.start, min(s.end, len(text)))}
    inside = "".join(t for _, t in marks(html))
    assert len(inside) == len(covered)


def _event(text: str, *, certainty="asserted", claimant="author", eid="ev:1", doc_id="d1") -> Event:
    sentence = Span(start=0, end=len(text), text=text)
    return Event(
        event_id=eid,
        doc_id=doc_id,
        event_type="PROTEST",
        mode="demo",
        quad_class="material conflict",
        cameo="141",
        trigger=span(text, "protested"),
        sentence=sentence,
        actor=Actor(span=span(text, "Students"), name="students", country="BGD", sector="EDU"),
        location=Place(span=span(text, "Dhaka"), name="Dhaka", geonameid=1185241, latitude=23.71, longitude=90.41,
                       country="BGD", geo_precision="city", score=0.9),
        date=EventDate(value="2024-07-16", earliest="2024-07-16", latest="2024-07-16", time_precision="day",
                       span=span(text, "16 July 2024")),
        attribution=Attribution(
            claimant=claimant,
            claimant_type="author" if claimant == "author" else "official",
            claimant_span=span(text, claimant) if claimant != "author" else None,
            certainty=certainty,
        ),
        version="test",
    )


def test_event_spans_cover_each_field_with_the_event_certainty():
    text = "Students protested in Dhaka on 16 July 2024, police said."
    event = _event(text, certainty="reported", claimant="police")
    spans = {s.field: text[s.start : s.end] for s in event_spans(event)}
    assert spans == {"trigger": "protested", "actor": "Students", "location": "Dhaka", "date": "16 July 2024",
                     "claimant": "police"}
    assert {s.certainty for s in event_spans(event)} == {"reported"}


# -- basemap --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def basemap() -> Basemap:
    return Basemap.load()


def test_basemap_ships_iso3_countries_with_provenance(basemap):
    codes = {c.iso3 for c in basemap.countries}
    assert {"KAZ", "BGD", "USA", "FRA", "BRA", "AUS", "RUS"} <= codes
    assert len(basemap.countries) >= 170
    assert "Natural Earth" in basemap.source and basemap.version == "2.0.2"
    kaz = next(c for c in basemap.countries if c.iso3 == "KAZ")
    # Kazakhstan spans about 46.5-87.4 E and 40.6-55.4 N (y = -latitude).
    assert 46 < kaz.bbox[0] < 47.5 and 87 < kaz.bbox[2] < 88
    assert -56 < kaz.bbox[1] < -55 and -41 < kaz.bbox[3] < -40
    unnamed = [c.name for c in basemap.countries if c.iso3 == "-99"]
    assert "Kosovo" in unnamed


def _build_script():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "scripts" / "build_basemap.py"
    spec = importlib.util.spec_from_file_location("build_basemap", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_build_script_decodes_quantized_delta_arcs_and_round_trips():
    script = _build_script()
    # Two arcs of a 10-degree square, quantized with scale 1 and translate (20, 40), delta-encoded.
    topology = {
        "type": "Topology",
        "transform": {"scale": [1, 1], "translate": [20, 40]},
        "arcs": [[[0, 0], [10, 0], [0, 10]], [[10, 10], [-10, 0], [0, -10]]],
        "objects": {"countries": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "arcs": [[0, 1]], "id": "398", "properties": {"name": "Kazakhstan"}},
            {"type": "Polygon", "arcs": [[-2, -1]], "properties": {"name": "Kosovo"}},
        ]}},
    }
    basemap, unmapped = script.build(topology)
    assert unmapped == ["Kosovo (id None)"]
    kaz = next(c for c in basemap["countries"] if c["iso3"] == "KAZ")
    assert kaz["rings"] == [[2000, 4000, 1000, 0, 0, 1000, -1000, 0]]
    kosovo = next(c for c in basemap["countries"] if c["iso3"] == "-99")
    # ~1 then ~0: arc 1 reversed, then arc 0 reversed without its shared first point.
    assert kosovo["rings"] == [[2000, 4000, 0, 1000, 1000, 0, 0, -1000]] and kosovo["numeric"] is None
    decoded = Basemap.from_data(basemap)
    square = next(c for c in decoded.countries if c.iso3 == "KAZ")
    assert square.path == "M20 -40l10 0 0 -10 -10 0z"
    assert square.bbox == (20.0, -50.0, 30.0, -40.0)


def test_map_fits_markers_and_counts_unresolved(basemap):
    markers = [
        MapMarker(latitude=43.34, longitude=52.86, name="Zhanaozen", country="KAZ", geonameid=607610, event_ids=["a"]),
        MapMarker(name="Nowhere", event_ids=["b", "c"]),
    ]
    view = render_map(basemap, markers, unplaced_extra=1)
    assert [m.name for m in view.markers] == ["Zhanaozen"]
    assert view.unplaced == 3
    x, y, w, h = view.view_box
    assert x < 52.86 < x + w and y < -43.34 < y + h
    assert w < 40 and abs(w - 2 * h) < 1e-6
    assert "KAZ" in {c.iso3 for c in view.countries}
    assert "BRA" not in {c.iso3 for c in view.countries}


def test_map_without_coordinates_shows_the_world(basemap):
    view = render_map(basemap, [MapMarker(name="Springfield", event_ids=["x"])])
    assert view.view_box == (-180.0, -90.0, 360.0, 180.0)
    assert view.markers == [] and view.unplaced == 1
    assert len(view.countries) == len(basemap.countries)


# -- timeline -------------------------------------------------------------------------


def _dated(event_type: str, value: str | None, precision: str, earliest=None, latest=None):
    return Event.model_construct(
        event_type=event_type,
        date=None if precision == "none" else EventDate(value=value, earliest=earliest, latest=latest, time_precision=precision),
    )


def test_timeline_counts_days_and_never_invents_one():
    events = [
        _dated("PROTEST", "2022-01-05", "day", "2022-01-05", "2022-01-05"),
        _dated("PROTEST", "2022-01-05", "day", "2022-01-05", "2022-01-05"),
        _dated("ASSAULT", "2022-01-05", "day", "2022-01-05", "2022-01-05"),
        _dated("ASSAULT", "2022-02-11", "day", "2022-02-11", "2022-02-11"),
        _dated("PROTEST", "2022-01", "month", "2022-01-01", "2022-01-31"),
        _dated("COERCE", None, "range", None, "2022-02-01"),
        _dated("COERCE", None, "none"),
    ]
    assert timeline_counts(events) == {"2022-01-05": {"ASSAULT": 1, "PROTEST": 2}, "2022-02-11": {"ASSAULT": 1}}
    view = render_timeline(events)
    assert view.imprecise == {"range": 1} and view.banded == {"month": 1} and view.undated == 1
    assert [(b.date, b.event_type, b.count) for b in view.bars] == [
        ("2022-01-05", "PROTEST", 2), ("2022-01-05", "ASSAULT", 1), ("2022-02-11", "ASSAULT", 1)]
    protest, assault, later = view.bars
    assert protest.y + protest.height == pytest.approx(view.plot_bottom)  # stacked from the axis up
    assert assault.y + assault.height == pytest.approx(protest.y)
    assert assault.y == pytest.approx(view.plot_top)  # the busiest day reaches the top
    assert later.x > protest.x
    assert [t.month for t in view.ticks] == ["2022-01", "2022-02"]
    assert view.ticks[0].label == "Jan 2022"
    # the month-only protest: a band over all of January under the axis, never a bar on one of its days
    (band,) = view.bands
    assert (band.value, band.precision, band.start, band.end, band.event_type, band.count) == (
        "2022-01", "month", "2022-01-01", "2022-01-31", "PROTEST", 1)
    slot = (view.plot_right - view.plot_left) / ((dt.date(2022, 2, 11) - dt.date(2022, 1, 1)).days + 1)
    assert band.x == pytest.approx(view.plot_left) and band.width == pytest.approx(31 * slot, abs=0.01)
    assert band.y > view.plot_bottom and view.height > 200  # a lane under the axis, the chart grown for it
    assert view.first == "2022-01-01" and view.not_drawn == 2


def test_timeline_lays_overlapping_bands_in_lanes_and_draws_months_alone():
    month = lambda t, m, last: _dated(t, m, "month", f"{m}-01", f"{m}-{last}")  # noqa: E731
    view = render_timeline([month("PROTEST", "2022-01", 31), month("ASSAULT", "2022-01", 31),
                            month("PROTEST", "2022-01", 31), month("PROTEST", "2022-02", 28),
                            _dated("COERCE", "2022", "year", "2022-01-01", "2022-12-31")])
    assert view.bars == [] and view.imprecise == {"year": 1} and view.banded == {"month": 4}
    got = [(b.value, b.event_type, b.count, b.y) for b in view.bands]
    lane0, lane1 = view.bands[0].y, view.bands[0].y + 12.0
    assert got == [("2022-01", "PROTEST", 2, lane0), ("2022-01", "ASSAULT", 1, lane1), ("2022-02", "PROTEST", 1, lane0)]
    assert (view.first, view.last) == ("2022-01-01", "2022-02-28")
    assert view.bands[2].x == pytest.approx(view.bands[0].x + view.bands[0].width)  # February starts where January ends


def test_timeline_ticks_stay_few_on_an_axis_of_centuries():
    # The coder dates "on 31 December 9999" to that day: one such report in a dataset of 2022 stretched the
    # axis to 96,000 monthly ticks (a page of megabytes with thousands of overlapping labels).
    day = lambda iso: _dated("PROTEST", iso, "day", iso, iso)  # noqa: E731
    view = render_timeline([day("2022-01-05"), day("2202-01-05")])
    assert [t.label for t in view.ticks] == [f"Jan {y}" for y in range(2030, 2210, 10)]
    assert view.ticks[0].month == "2030-01" and view.ticks[-1].x < view.plot_right
    view = render_timeline([day("0001-01-01"), day("9999-12-31")])
    assert [t.month for t in view.ticks] == [f"{y:04d}-01" for y in range(500, 10000, 500)]
    # Up to 24 years the ticks stay monthly, labelled on Januaries.
    view = render_timeline([day("2000-03-01"), day("2023-12-31")])
    assert len(view.ticks) == 24 * 12 - 2 and [t.label for t in view.ticks if t.label][:2] == ["Mar 2000", "Jan 2001"]


# -- pages ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def client(coder):
    from dotterel.server import ServerSettings, create_app

    from starlette.exceptions import StarletteDeprecationWarning

    with warnings.catch_warnings():
        # Starlette 1.10 deprecates TestClient over httpx; the contract says to filter that one warning.
        warnings.simplefilter("ignore", StarletteDeprecationWarning)
        from fastapi.testclient import TestClient

        app = create_app(ServerSettings(), coder=coder)
        with TestClient(app, base_url=BASE_URL) as c:
            yield c


SHORT = (
    "Students protested in Dhaka on 16 July 2024. Police fired tear gas at about 300 protesters in Springfieldtown, "
    "the interior ministry said. The health ministry said 12 protesters were killed in Dhaka on Monday."
)


def test_index_has_the_code_form_and_csp(client):
    r = client.get("/")
    assert r.status_code == 200
    assert r.headers["content-security-policy"] == CSP
    html = r.text
    for piece in ('<form id="code-form" method="post" action="/code" enctype="multipart/form-data">',
                  'name="text" id="text"', 'name="published" id="published" type="date"', 'name="source" id="source"',
                  'type="file" name="file" id="file"', 'type="submit" id="code-submit"'):
        assert piece in html
    assert "<script>" not in html and "style=" not in html  # no inline script or style
    assert '<script src="/static/dotterel.js" defer></script>' in html


def test_static_assets_are_served(client):
    css = client.get("/static/dotterel.css")
    js = client.get("/static/dotterel.js")
    assert css.status_code == 200 and ".hl-trigger" in css.text
    assert js.status_code == 200 and "event-detail" in js.text


def _code(client, text: str, **fields):
    return client.post("/code", data=form(client, text=text, published="2024-07-20", source="Daily Star", **fields))


def test_code_page_highlights_each_field_at_the_right_characters(client):
    r = _code(client, SHORT)
    assert r.status_code == 200 and r.headers["content-security-policy"] == CSP
    html = r.text
    article = article_of(html)
    assert "".join(parse(article).text) == SHORT  # the article text is intact
    by_field: dict[str, list[str]] = {}
    for attrs, words in marks(article):
        for field in attrs["data-field"].split():
            by_field.setdefault(field, []).append(words)
    assert "protested" in by_field["trigger"] and "fired" in by_field["trigger"]
    assert "Students" in by_field["actor"] and "Police" in by_field["actor"]
    assert "Dhaka" in by_field["location"]
    assert "16 July 2024" in by_field["date"]
    assert "about 300" in by_field["count"]
    assert "interior ministry" in by_field["claimant"]
    # Offsets: the trigger mark sits exactly on SHORT's "protested".
    start = article.index(">protested</mark>") + 1
    assert "".join(parse(article[:start]).text) == SHORT[: SHORT.index("protested")]
    # The protest's own li, with its fields.
    protest_id = next(a["data-event"] for a, w in marks(article) if w == "protested")
    assert next(a["data-event-field"] for a, w in marks(article) if w == "protested") == f"{protest_id}=trigger"
    li = re.search(rf'<li class="event [^"]*" id="ev-{re.escape(protest_id)}"[^>]*data-event-type="PROTEST"', html)
    assert li, "no event list entry for the protest"
    assert '<section id="event-detail"' in html
    assert f'<template id="detail-{protest_id}">' in html


def test_code_page_highlights_outside_the_event_loop(client, monkeypatch):
    import asyncio

    from dotterel.server import views

    in_event_loop = []

    def article_view(*args, **kwargs):
        try:
            asyncio.get_running_loop()
            in_event_loop.append(True)
        except RuntimeError:  # a worker thread has no running loop
            in_event_loop.append(False)
        return real(*args, **kwargs)

    real = views.article_view
    monkeypatch.setattr(views, "article_view", article_view)
    r = _code(client, SHORT)
    assert r.status_code == 200 and "protested</mark>" in r.text
    # Highlighting a long article must not stop every other request (health included) meanwhile.
    assert in_event_loop == [False]


def test_attributed_event_is_drawn_differently(client):
    html = _code(client, SHORT).text
    article = article_of(html)
    fired = [a for a, w in marks(article) if w == "fired"]
    protested = [a for a, w in marks(article) if w == "protested"]
    assert fired and "cert-reported" in fired[0]["class"]
    assert protested and "cert-asserted" in protested[0]["class"]
    assert re.search(r'<li class="event cert-reported group-attributed" id="ev-[^"]+" data-event="[^"]+" '
                     r'data-event-type="ASSAULT" data-certainty="reported"', html)
    assert re.search(r'<li class="event cert-asserted group-asserted" id="ev-[^"]+" data-event="[^"]+" '
                     r'data-event-type="PROTEST"', html)


def test_result_map_has_a_marker_for_a_resolved_place_only(client):
    html = _code(client, SHORT).text
    circles = re.findall(r'<circle class="marker"[^>]*>', html)
    assert circles and all('data-country="BGD"' in c for c in circles)
    assert any('data-geonameid="1185241"' in c for c in circles)  # Dhaka
    assert 'data-iso3="BGD"' in html
    assert "Springfieldtown" not in "".join(circles)
    assert re.search(r'data-unplaced="\d+">\d+ events? (have|has) no coordinates', html)


def test_result_timeline_has_a_bar_on_the_day(client):
    html = _code(client, SHORT).text
    bar = re.search(r'<rect class="bar et-PROTEST" data-date="2024-07-16" data-event-type="PROTEST" data-count="(\d+)"', html)
    assert bar and int(bar.group(1)) >= 1
    assert '<text class="tick" data-month="2024-07"' in html


def test_xss_text_is_escaped(client):
    evil = ('<script>alert("x")</script> Students protested in Dhaka. '
            '<img src=x onerror=alert(1)> <a href="javascript:alert(2)">link</a>')
    r = client.post("/code", data=form(client, text=evil, source='<script>alert("s")</script>', title="<b onmouseover=x>"))
    assert r.status_code == 200
    html = r.text
    assert "<script>alert" not in html and "<img src=x" not in html and '<a href="javascript' not in html
    assert "<b onmouseover" not in html
    assert "&lt;script&gt;alert(" in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert [tag for tag, attrs in parse(html).tags if tag == "script"] == ["script"]  # only /static/dotterel.js
    assert not [attrs for tag, attrs in parse(html).tags if any(k.startswith("on") for k in attrs)]


@pytest.mark.parametrize("field", ["file", "text"])  # "text": what `curl -F text=@article.txt` sends
def test_upload_of_a_text_file_is_coded(client, field):
    r = client.post(
        "/code",
        data=form(client, published="2024-07-20"),
        files={field: ("article.txt", SHORT.encode("utf-8"), "text/plain")},
    )
    assert r.status_code == 200
    assert "".join(parse(article_of(r.text)).text) == SHORT
    assert "<h1>article.txt</h1>" in r.text  # called by its file name, as in `dotterel code`


def test_upload_of_a_binary_file_is_a_clear_422(client):
    r = client.post("/code", data=form(client), files={"file": ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" * 20, "image/jpeg")})
    assert r.status_code == 422
    assert r.headers["content-security-policy"] == CSP
    assert "photo.jpg" in r.text and "binary data, not text" in r.text


def test_upload_not_utf8_is_a_clear_422(client):
    r = client.post("/code", data=form(client), files={"file": ("old.txt", "Grève à Paris".encode("latin-1"), "text/plain")})
    assert r.status_code == 422 and "not UTF-8" in r.text


def test_empty_form_is_a_clear_422(client):
    r = client.post("/code", data=form(client, text="   "))
    assert r.status_code == 422 and "no text to code" in r.text


def test_unknown_page_is_a_404_page(client):
    r = client.get("/no/such/page")
    assert r.status_code == 404
    assert r.headers["content-security-policy"] == CSP
    assert "Not found" in r.text


def test_dataset_pages_without_a_store_say_how_to_open_one(client):
    for path in ("/events", "/events/ev:0000000000000000", "/documents/d1"):
        r = client.get(path)
        assert r.status_code == 503, path
        assert "dotterel serve --db" in r.text and r.headers["content-security-policy"] == CSP


# -- pages over a small store -----------------------------------------------------------

DOC_B = (
    "Some 2,000 students rallied in Dhaka on 16 July 2024, according to organisers. "
    "Police arrested 40 students in Chittagong on 17 July 2024."
)


@pytest.fixture(scope="module")
def store_client(coder, tmp_path_factory):
    from starlette.exceptions import StarletteDeprecationWarning

    from dotterel.ingest import make_document
    from dotterel.server import ServerSettings, create_app
    from dotterel.store import EventStore

    path = tmp_path_factory.mktemp("viewstore") / "events.duckdb"
    docs = [
        make_document(SHORT, doc_id="daily-star/1", published="2024-07-20", source="Daily Star", title="Dhaka <unrest>"),
        make_document(DOC_B, doc_id="wire-2", published="2024-07-18", source="Wire"),
    ]
    with EventStore(path) as store:
        for coded in coder.code_documents(docs):
            store.write_document(coded.document, coded.events)
        store.refresh_events()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StarletteDeprecationWarning)
        from fastapi.testclient import TestClient

        app = create_app(ServerSettings(db=str(path)), coder=coder)
        with TestClient(app, base_url=BASE_URL) as c:
            yield c


def _rows(html: str) -> list[str]:
    return re.findall(r'<tr data-event="([^"]+)"', html)


def test_dataset_page_lists_filters_and_links(store_client):
    r = store_client.get("/events")
    assert r.status_code == 200 and r.headers["content-security-policy"] == CSP
    html = r.text
    ids = _rows(html)
    assert ids and all(i.startswith("ev:") for i in ids)
    for event_id in ids:
        assert f'href="/events/{event_id}"' in html
    assert '<form id="filters" method="get" action="/events">' in html
    assert '<table id="events-table">' in html
    for fmt in ("acled", "plover", "jsonl"):
        assert f'id="download-{fmt}" href="/api/v1/export?format={fmt}"' in html
    # The timeline shows the protest day, the map's data a place in Bangladesh linked to its events.
    assert re.search(r'<rect class="bar et-PROTEST" data-start="2024-07-16"', html)
    assert 'id="dataset-timeline" data-unit="day"' in html
    import html as _html

    data = json.loads(_html.unescape(re.search(r'<div id="leaflet-map"[^>]* data-map="([^"]*)"', html).group(1)))
    bangladesh = [p for p in data["places"] if p["country"] == "BGD"]
    assert bangladesh and {p["filter_href"] for p in bangladesh} == {"/events?country=BGD"}
    assert all(data["event_hrefs"][i] == f"/events/{i}" for p in bangladesh for i in p["event_ids"])
    assert sum(p["events"] for p in data["places"]) + data["unplaced"] == len(data["event_hrefs"])


def test_dataset_filters_narrow_the_table_and_the_downloads(store_client):
    everything = _rows(store_client.get("/events").text)
    r = store_client.get("/events", params={"event_type": "PROTEST", "country": "BGD", "actor": "", "limit": "25"})
    assert r.status_code == 200
    html = r.text
    protests = _rows(html)
    assert protests and len(protests) < len(everything)
    assert all(re.search(rf'<tr data-event="{re.escape(i)}"[^>]*>\s*<td>[^<]*</td>\s*<td><a href="[^"]+">PROTEST', html)
               for i in protests)
    assert 'id="download-jsonl" href="/api/v1/export?format=jsonl&amp;country=BGD&amp;event_type=PROTEST"' in html
    assert '<option value="PROTEST" selected>' in html


def test_dataset_pagination(store_client):
    total = len(_rows(store_client.get("/events").text))
    assert total >= 2
    first = store_client.get("/events", params={"limit": 1}).text
    # limit 1 is not one of the offered sizes but is a valid query.
    assert len(_rows(first)) == 1
    assert 'id="page-next"' in first and "offset=1" in first
    second = store_client.get("/events", params={"limit": 1, "offset": 1}).text
    assert _rows(second) != _rows(first) and 'id="page-prev"' in second
    assert '<option value="1" selected>' in first  # the page's own size is offered, so the form keeps it


def test_dataset_page_past_the_end_says_so_and_leads_back(store_client):
    total = len(_rows(store_client.get("/events").text))
    html = store_client.get("/events", params={"limit": 2, "offset": 100}).text
    assert _rows(html) == [] and "Events 101" not in html
    assert f'<span id="past-end">No events from number 101 on: the selection has {total}.</span>' in html
    last_page = (total - 1) // 2 * 2
    assert f'href="/events?limit=2&amp;offset={last_page}" id="page-prev"' in html


def test_dataset_page_offers_only_page_sizes_the_server_accepts(store_client, monkeypatch):
    state = store_client.app.state.dotterel
    monkeypatch.setattr(state, "settings", state.settings.model_copy(update={"page_size_max": 30}))
    html = store_client.get("/events").text
    sizes = re.findall(r'<option value="(\d+)"( selected)?>', html.split('id="f-limit"')[1].split("</select>")[0])
    assert sizes == [("25", ""), ("30", " selected")]  # 50, 100 and 200 would be refused with a 422
    assert store_client.get("/events", params={"limit": 25}).status_code == 200


def test_dataset_bad_filter_is_a_422_page(store_client):
    r = store_client.get("/events", params={"since": "last tuesday"})
    assert r.status_code == 422 and "since" in r.text
    assert r.headers["content-security-policy"] == CSP
    import html as _html

    page = _html.unescape(r.text)
    assert "since: 'last tuesday' is not a date YYYY-MM-DD; give e.g. 2022-01-05" in page
    assert "Value error" not in page
    r = store_client.get("/events", params={"country": "XYZ"})
    assert r.status_code == 422 and "not an ISO 3166 country" in _html.unescape(r.text)


def test_event_page_shows_mentions_sources_and_counts(store_client):
    html = store_client.get("/events", params={"event_type": "PROTEST"}).text
    [event_id] = _rows(html)  # the Daily Star and Wire reports of the Dhaka protest are one event
    r = store_client.get(f"/events/{event_id}")
    assert r.status_code == 200 and r.headers["content-security-policy"] == CSP
    page = r.text
    mentions = re.findall(r'<section class="mention cert-(\w+) [^"]*" id="m-([^"]+)"', page)
    assert sorted(cert for cert, _ in mentions) == ["asserted", "reported"]
    sentences = ["".join(parse(s).text) for s in re.findall(r'<p class="sentence">(.*?)</p>', page, flags=re.S)]
    assert sentences == ["Some 2,000 students rallied in Dhaka on 16 July 2024, according to organisers.",
                         "Students protested in Dhaka on 16 July 2024."]
    wire = re.search(r'<p class="sentence">(.*?)</p>', page, flags=re.S).group(1)
    assert [w for a, w in marks(wire) if "trigger" in a["data-field"].split()] == ["rallied"]
    assert [w for a, w in marks(wire) if "count" in a["data-field"].split()] == ["Some 2,000"]
    assert all("cert-reported" in a["class"] for a, _ in marks(wire))
    # Sources and claimants side by side.
    sources = re.search(r'<table id="sources">(.*?)</table>', page, flags=re.S).group(1)
    rows = re.findall(r"<tr data-mention=.*?</tr>", sources, flags=re.S)
    assert ["Wire" in rows[0], "organiser" in rows[0], "Daily Star" in rows[1], "author" in rows[1]] == [True] * 4
    # The conflicting crowd sizes together, the conservative one kept.
    counts = re.search(r'<table id="counts">(.*?)</table>', page, flags=re.S).group(1)
    figures = re.findall(r'<tr data-kind="participants"[^>]*class="([^"]*)">.*?<td class="num">~?([\d,]+)</td>', counts, flags=re.S)
    assert sorted(int(f.replace(",", "")) for _, f in figures) == [300, 2000]
    assert [f for c, f in figures if "conservative" in c] == ["300"]
    assert "2,000" in [f for _, f in figures]  # thousands separated, as news writes them
    assert 'id="conflicting"' in page and "participants" in page
    assert f'href="/api/v1/events/{event_id}"' in page
    assert '<circle class="marker"' in page and 'data-geonameid="1185241"' in page  # Dhaka


def test_document_page_highlights_and_links_to_events(store_client):
    r = store_client.get("/documents/daily-star%2F1")
    assert r.status_code == 200 and r.headers["content-security-policy"] == CSP
    html = r.text
    assert "".join(parse(article_of(html)).text) == SHORT
    assert "Dhaka &lt;unrest&gt;" in html  # the title, escaped
    assert re.search(r'<a href="/events/ev:[0-9a-f]+">Event page', html)
    assert any(w == "protested" for _, w in marks(article_of(html)))


def test_unknown_ids_are_404_pages(store_client):
    for path in ("/events/ev:ffffffffffffffff", "/documents/no-such-doc"):
        r = store_client.get(path)
        assert r.status_code == 404, path
        assert r.headers["content-security-policy"] == CSP
        assert "Not found" in r.text


def _app_client(coder, settings):
    from starlette.exceptions import StarletteDeprecationWarning

    from dotterel.server import create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StarletteDeprecationWarning)
        from fastapi.testclient import TestClient

        return TestClient(create_app(settings, coder=coder), base_url=BASE_URL)


def test_code_page_can_store_into_the_dataset(coder, empty_store):
    from dotterel.server import ServerSettings

    path = empty_store
    with _app_client(coder, ServerSettings(db=str(path))) as c:
        assert 'name="store" id="store"' in c.get("/").text
        r = c.post("/code", data=form(c, text=SHORT, published="2024-07-20", store="1"))
        assert r.status_code == 200
        link = re.search(r'<a href="(/documents/[^"]+)" id="stored-link">', r.text)
        assert link
        doc = c.get(link.group(1))
        assert doc.status_code == 200 and "".join(parse(article_of(doc.text)).text) == SHORT


def test_code_page_text_over_the_limit_is_a_413_page(coder):
    from dotterel.server import ServerSettings

    with _app_client(coder, ServerSettings(max_text_chars=40)) as c:
        assert 'name="store"' not in c.get("/").text  # no store: no "add to dataset" box
        r = c.post("/code", data=form(c, text=SHORT))
        assert r.status_code == 413 and "Too large" in r.text and "40" in r.text
        assert r.headers["content-security-policy"] == CSP


def test_debug_lists_what_was_not_coded_and_why(client):
    text = "Students protested in Dhaka on 16 July 2024. Protesters may attack the embassy next week."
    html = client.post("/code", data=form(client, text=text, debug="1")).text
    section = re.search(r'<section id="abstentions">(.*?)</section>', html, flags=re.S)
    assert section and "modal" in section.group(1)
    # the reason beside the sentence, the words considered marked in it
    assert ('<td class="sentence">Protesters may <mark class="abstained">attack</mark> the embassy next week.</td>'
            '<td class="reason">ASSAULT: modal &#39;may&#39;</td>') in section.group(1)
    assert '<section id="abstentions">' not in client.post("/code", data=form(client, text=text)).text


def test_upload_of_an_html_file_uses_its_main_text(client):
    page = (
        "<html><head><title>Dhaka unrest</title></head><body><nav>Home | World</nav><article><p>"
        + SHORT + "</p><p>" + "The capital was calm again on Friday after a week of protests. " * 3
        + "</p></article></body></html>"
    )
    r = client.post("/code", data=form(client), files={"file": ("story.html", page.encode("utf-8"), "text/html")})
    assert r.status_code == 200
    article = "".join(parse(article_of(r.text)).text)
    assert SHORT in article and "Home | World" not in article and "<p>" not in article
    assert any(w == "protested" for _, w in marks(article_of(r.text)))


def test_text_and_file_together_is_a_422(client):
    r = client.post("/code", data=form(client, text=SHORT), files={"file": ("a.txt", b"Police fired.", "text/plain")})
    assert r.status_code == 422 and "both a pasted text and a file" in r.text


def test_map_caption_counts_events_and_places_apart(basemap):
    markers = [
        MapMarker(latitude=48.0, longitude=67.0, name="Kazakhstan", country="KAZ", geo_precision="country", event_ids=[e])
        for e in ("a", "b", "c")
    ] + [MapMarker(latitude=43.34, longitude=52.86, name="Zhanaozen", country="KAZ", event_ids=["d"])]
    view = render_map(basemap, markers)
    assert (view.n_events, view.n_places) == (4, 2)


def test_result_map_caption_says_events_at_places(client):
    html = _code(client, SHORT).text
    drawn = re.search(r'data-events="(\d+)" data-places="(\d+)">(\d+) events? drawn at (\d+) places?', html)
    assert drawn and drawn.group(1) == drawn.group(3) and drawn.group(2) == drawn.group(4)
    circles = re.findall(r'<circle class="marker"[^>]*>', html)
    assert int(drawn.group(1)) == len(circles)
    points = {re.search(r'cx="([^"]+)" cy="([^"]+)"', c).groups() for c in circles}
    assert int(drawn.group(2)) == len(points)


def test_pasted_text_with_browser_line_breaks_is_the_same_document_as_through_the_api(client):
    # Browsers send a <textarea> with CRLF line breaks; the page must code the text the user
    # pasted, with the same id and offsets as the API and the CLI give for the file.
    text = SHORT.replace(". ", ".\n\n")
    page = client.post("/code", files={"text": (None, text.replace("\n", "\r\n")), "published": (None, "2024-07-20"),
                                        "form_token": (None, form(client)["form_token"])})
    api = client.post("/api/v1/code", json={"text": text, "published": "2024-07-20"}).json()
    assert page.status_code == 200
    assert api["document"]["doc_id"] in page.text
    assert f"· {len(text)} characters · document <code>{api['document']['doc_id']}</code>" in page.text
    for event in api["events"]:
        trigger = event["trigger"]
        assert f"{trigger['start']}–{trigger['end']}" in page.text  # the span table gives the API's offsets


def test_counts_read_as_news_writes_them(client):
    html = _code(client, "Police arrested more than 9,900 people in Almaty on 7 January 2022. "
                         "On 2 January 2022 a few hundred people demonstrated in Zhanaozen.").text
    import html as _html

    fields = [_html.unescape(re.sub(r"<[^>]+>", "", f)) for f in re.findall(r'<dd data-field="counts">(.*?)</dd>', html, re.S)]
    assert any("arrested: at least 9,900" in f for f in fields)  # "over 9,900": the figure as written
    assert any("participants: 200–900" in f for f in fields)
    assert "?" not in "".join(fields)


def test_a_vague_quantity_shows_its_words_and_its_conventions_figure(client, coder, tmp_path):
    import html as _html

    text = "Thousands of people rallied in Tbilisi on Monday. Police arrested dozens of protesters in Batumi on Tuesday."
    html = _code(client, text).text
    fields = [_html.unescape(re.sub(r"<[^>]+>", "", f)) for f in re.findall(r'<dd data-field="counts">(.*?)</dd>', html, re.S)]
    assert list(dict.fromkeys(fields)) == ["participants: Thousands → 1,000 (ACLED) (the words say at least 2,000)",
                      "arrested: dozens → 12 (ACLED) (the words say at least 24)"]
    assert '<span class="vague-figure" data-estimate="1000" data-convention="acled"' in html
    # the dataset table and the event page keep the phrase beside the figure kept
    from dotterel.ingest import make_document
    from dotterel.server import ServerSettings, create_app
    from dotterel.store import EventStore

    path = tmp_path / "vague.duckdb"
    with EventStore(path) as store:
        for coded in coder.code_documents([make_document(text, doc_id="v", published="2024-07-20")]):
            store.write_document(coded.document, coded.events)
        store.refresh_events()
    with warnings.catch_warnings():
        from starlette.exceptions import StarletteDeprecationWarning

        warnings.simplefilter("ignore", StarletteDeprecationWarning)
        from fastapi.testclient import TestClient

        with TestClient(create_app(ServerSettings(db=str(path)), coder=coder), base_url=BASE_URL) as c:
            page = _html.unescape(re.sub(r"<[^>]+>", "", c.get("/events").text))
            assert "participants Thousands → 1,000 (ACLED)" in page and "arrested dozens → 12 (ACLED)" in page
            event_id = re.search(r'<tr data-event="([^"]+)"', c.get("/events?event_type=COERCE").text).group(1)
            event = c.get(f"/events/{event_id}").text
    kept = _html.unescape(re.sub(r"<[^>]+>", "", re.search(r'<dt>Counts kept</dt><dd data-field="counts">(.*?)</dd>', event, re.S).group(1)))
    assert kept.startswith("arrested dozens → 12 (ACLED)")
    (row,) = re.findall(r'<tr data-kind="arrested".*?</tr>', event, re.S)
    assert '<td class="num"><span class="vague-figure">dozens → 12 (ACLED)</span></td>' in row


def test_type_colours_come_from_the_ontology(coder):
    """The viewer's type colours are served from data/plover.json's per-type profile, not written in the CSS."""
    import re
    from importlib import resources

    from fastapi.testclient import TestClient

    from dotterel.ontology import Ontology
    from dotterel.server import ServerSettings, create_app

    onto = Ontology.load()
    client = TestClient(create_app(ServerSettings(), coder=coder), base_url="http://127.0.0.1")
    css = client.get("/types.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    rules = dict(re.findall(r"\.et-([A-Z]+) \{ fill: (#[0-9a-f]{6});", css.text))
    assert rules == {t: onto.profile(t).colour for t in onto.event_types}
    assert '<link rel="stylesheet" href="/types.css">' in client.get("/").text
    static = resources.files("dotterel").joinpath("server/static/dotterel.css").read_text("utf-8")
    assert not re.search(r"\.et-[A-Z]+ \{", static)


def test_a_count_that_is_a_sum_reads_as_context():
    from dotterel.records import Count
    from dotterel.server.views import Viewer

    macro = Viewer().env.from_string('{% from "_macros.html" import count_text %}{{ count_text(c) }}')
    total = Count(kind="arrested", best=1200, span=Span(start=0, end=5, text="1,200"),
                  aggregate="bringing the total number of arrests this week to")
    html = macro.render(c=total)
    assert re.sub(r"<[^>]+>", "", html) == (
        "arrested: 1,200 a sum, context only: “bringing the total number of arrests this week to”")
    assert 'data-aggregate="bringing the total number of arrests this week to"' in html
    assert "a sum" not in macro.render(c=Count(kind="arrested", best=300, span=Span(start=0, end=3, text="300")))
