"""The JSON API under /api/v1, in process with httpx: every endpoint, its limits and its errors.

The app is driven with ``httpx.AsyncClient(transport=httpx.ASGITransport(app))`` (Starlette's
TestClient warns about httpx), through the small synchronous wrapper :class:`Client`.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json

import httpx
import pytest

from conftest import shared_path
from dotterel.server import ServerSettings, create_app
from dotterel.store import EventStore

pytestmark = pytest.mark.usefixtures("codes_each_document_once")  # reruns and pages code the same documents

TBILISI = "Police detained 27 people in Tbilisi on Tuesday."
TEXTS = [
    {"text": TBILISI, "published": "2024-05-01", "source": "Civil.ge", "doc_id": "tbilisi",
     "title": "Detentions in Tbilisi", "url": "https://example.org/tbilisi"},
    {"text": "Gunmen abducted 287 pupils from a school in Kaduna on Thursday, residents said.",
     "published": "2024-03-08", "source": "Daily Trust", "doc_id": "kaduna/1"},
    {"text": "Gunmen kidnapped 280 students from a school in Kaduna on Thursday, a teacher said.",
     "published": "2024-03-08", "source": "Premium Times", "doc_id": "kaduna/2"},
    {"text": "Thousands of protesters rallied in Almaty on Wednesday against the rise in fuel prices.",
     "published": "2022-01-06", "source": "Wire", "doc_id": "almaty"},
]
ACLED_COLUMNS = (
    "event_date year time_precision disorder_type event_type sub_event_type actor1 assoc_actor_1 inter1 actor2 "
    "assoc_actor_2 inter2 interaction civilian_targeting iso region country admin1 admin2 admin3 location latitude "
    "longitude geo_precision source source_scale notes fatalities tags timestamp"
).split()


class Client:
    """A synchronous face over httpx.AsyncClient + ASGITransport (one event loop per request)."""

    def __init__(self, app) -> None:
        self.app = app

    def request(self, method: str, url: str, **kwargs) -> httpx.Response:
        async def go() -> httpx.Response:
            transport = httpx.ASGITransport(app=self.app, raise_app_exceptions=False)
            async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
                return await client.request(method, url, **kwargs)

        return asyncio.run(go())

    def get(self, url: str, **kwargs) -> httpx.Response:
        return self.request("GET", url, **kwargs)

    def post(self, url: str, **kwargs) -> httpx.Response:
        return self.request("POST", url, **kwargs)


def make_client(coder, **settings) -> Client:
    app = create_app(ServerSettings(**settings), coder=coder)
    return Client(app)


@pytest.fixture(scope="module")
def filled_store(tmp_path_factory, coder):
    """A store filled once per module by POSTing the four TEXTS with store=true (through the API)."""
    db = tmp_path_factory.mktemp("api") / "api.duckdb"
    EventStore(db).close()
    c = make_client(coder, db=str(db), page_size_max=10)
    for body in TEXTS:
        r = c.post("/api/v1/code", json={**body, "store": True})
        assert r.status_code == 200, r.text
        assert r.json()["stored"] is True
    c.app.state.dotterel.close()
    return db


@pytest.fixture
def client(tmp_path, coder, filled_store):
    """A server over a fresh copy of :func:`filled_store` (a test may write to it)."""
    import shutil

    db = tmp_path / "api.duckdb"
    shutil.copyfile(filled_store, db)
    c = make_client(coder, db=str(db), page_size_max=10)
    yield c
    c.app.state.dotterel.close()


@pytest.fixture(scope="module")
def reader(tmp_path_factory, coder, filled_store):
    """One server over one copy of :func:`filled_store` for the module's tests that only read (GET, or a refused
    request): no per-test copy and server. A test that writes takes :func:`client`."""
    import shutil

    db = tmp_path_factory.mktemp("api-read") / "api.duckdb"
    shutil.copyfile(filled_store, db)
    c = make_client(coder, db=str(db), page_size_max=10)
    yield c
    c.app.state.dotterel.close()


def events_of(client: Client, query: str = "") -> dict:
    r = client.get(f"/api/v1/events{query}")
    assert r.status_code == 200, r.text
    return r.json()


def places(client: Client, query: str = "") -> list[str]:
    return [e["location"]["name"] for e in events_of(client, query)["items"]]


# ---------------------------------------------------------------- POST /code
def test_code_returns_the_event_with_its_fields(coder):
    c = make_client(coder)
    r = c.post("/api/v1/code", json={"text": TBILISI, "published": "2024-05-01", "source": "Civil.ge"})
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    body = r.json()
    assert set(body) == {"document", "events", "abstentions", "places", "stored"}
    assert body["stored"] is False and body["abstentions"] == []
    assert body["document"]["doc_id"].startswith("sha256:") and body["document"]["source"] == "Civil.ge"
    (event,) = body["events"]
    assert (event["event_type"], event["mode"], event["cameo"]) == ("COERCE", "arrest", "173")
    assert (event["location"]["name"], event["location"]["country"]) == ("Tbilisi", "GEO")
    assert [(x["kind"], x["best"], x["span"]["text"]) for x in event["counts"]] == [("arrested", 27, "27")]
    assert event["date"]["value"] == "2024-04-30" and event["date"]["span"]["text"] == "Tuesday"
    assert event["trigger"] == {"start": 7, "end": 15, "text": "detained"}
    assert event["attribution"]["claimant"] == "author" and event["attribution"]["certainty"] == "asserted"
    assert [p["name"] for p in body["places"]] == ["Tbilisi"]


def test_code_debug_lists_abstentions(coder):
    c = make_client(coder)
    text = "The minister did not meet the protesters. Police detained 27 people in Tbilisi on Tuesday."
    plain = c.post("/api/v1/code", json={"text": text, "published": "2024-05-01"}).json()
    debug = c.post("/api/v1/code", json={"text": text, "published": "2024-05-01", "debug": True}).json()
    assert plain["abstentions"] == [] and debug["events"] == plain["events"]
    assert debug["abstentions"] and all(a["reason"] and a["trigger"]["text"] for a in debug["abstentions"])


def test_code_errors_are_clear_4xx(coder):
    c = make_client(coder, max_text_chars=30, max_body_bytes=4000)
    cases = [
        ({"text": ""}, 422, "text is empty or only whitespace; send the article text in `text`"),
        ({"text": "   \n"}, 422, "text is empty or only whitespace"),
        ({"text": "Riots.", "published": "1 May 2024"}, 422, "1 May 2024"),
        ({"text": "Riots.", "published": "2024-02-30"}, 422, "2024-02-30"),
        ({"text": TBILISI}, 413, "text has 48 characters, over this server's limit of 30"),
        ({"text": "Riots.", "store": True}, 409, "no dataset is open"),
    ]
    for body, status, message in cases:
        r = c.post("/api/v1/code", json=body)
        assert r.status_code == status, (body, r.text)
        assert message in r.json()["detail"], r.text
    r = c.post("/api/v1/code", json={"published": "2024-05-01"})
    assert r.status_code == 422 and r.json()["detail"] == [{"loc": ["body", "text"], "msg": "Field required"}]
    r = c.post("/api/v1/code", json={"text": "Riots.", "colour": "red"})
    assert r.status_code == 422 and r.json()["detail"][0]["loc"] == ["body", "colour"]
    r = c.post("/api/v1/code", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 422 and "JSON decode error" in r.json()["detail"][0]["msg"]
    # JSON may escape a lone UTF-16 surrogate: valid JSON, but not Unicode text (it cannot be hashed or stored)
    r = c.post("/api/v1/code", content=b'{"text": "Riots \\ud800."}', headers={"content-type": "application/json"})
    assert r.status_code == 422, r.text
    assert r.json()["detail"] == [{"loc": ["body", "text"],
                                   "msg": "has a lone UTF-16 surrogate (\\ud800) at character 6; send valid Unicode text"}]
    # a body over max_body_bytes: declared length, and chunked without a length
    r = c.post("/api/v1/code", json={"text": "x" * 5000})
    assert r.status_code == 413 and r.json() == {"detail": "request body over 4000 bytes; send a shorter text or split it"}

    async def chunks():
        for _ in range(5):
            yield b" " * 1000

    r = c.post("/api/v1/code", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413 and "request body over 4000 bytes" in r.json()["detail"]

    async def small_chunks():
        for part in (b'{"text": "Police detained 27 ', b'people."}'):
            yield part

    r = c.post("/api/v1/code", content=small_chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 200 and r.json()["events"][0]["event_type"] == "COERCE"


def test_code_with_a_publication_date_at_the_calendar_edge(coder):
    c = make_client(coder)
    for published, text in (("0001-01-01", TBILISI), ("9999-12-31", TBILISI.replace("Tuesday", "Friday"))):
        r = c.post("/api/v1/code", json={"text": text, "published": published})
        assert r.status_code == 200, r.text
        (event,) = r.json()["events"]
        assert event["event_type"] == "COERCE" and event["date"]["value"] is None
        assert (event["date"]["latest"], event["date"]["source"]) == (published, "publication")


def test_code_store_on_a_read_only_server(coder, empty_store):
    db = empty_store
    c = make_client(coder, db=str(db), allow_store=False)
    r = c.post("/api/v1/code", json={"text": TBILISI, "store": True})
    assert r.status_code == 409 and "read-only" in r.json()["detail"]
    assert c.get("/api/v1/events").json()["total"] == 0
    c.app.state.dotterel.close()


def test_storing_is_idempotent(client):
    before = events_of(client)
    r = client.post("/api/v1/code", json={**TEXTS[0], "store": True})
    assert r.status_code == 200 and r.json()["stored"] is True
    assert events_of(client) == before
    with client.app.state.dotterel.store() as store:
        assert store.count_events() == 4 and len(store.documents()) == 4


def test_storing_another_text_under_a_stored_doc_id_is_refused(client):
    before = events_of(client)
    r = client.post("/api/v1/code", json={"text": "Nothing happened today.", "doc_id": "tbilisi", "store": True})
    assert r.status_code == 409
    assert r.json()["detail"] == (
        "cannot store: document 'tbilisi' is already in the dataset with a different text; "
        "leave doc_id out (the content hash is used) or choose another one"
    )
    assert events_of(client) == before
    doc = client.get("/api/v1/documents/tbilisi").json()["document"]
    assert (doc["text"], doc["source"]) == (TBILISI, "Civil.ge")
    # The same text under its id, with new metadata, still replaces it.
    r = client.post("/api/v1/code", json={"text": TBILISI, "doc_id": "tbilisi", "source": "RFE/RL", "store": True})
    assert r.status_code == 200 and r.json()["stored"] is True
    assert client.get("/api/v1/documents/tbilisi").json()["document"]["source"] == "RFE/RL"


# ---------------------------------------------------------------- GET /events
def test_events_lists_the_stored_texts_linked(reader):
    page = events_of(reader)
    assert (page["total"], page["limit"], page["offset"]) == (3, 10, 0)
    assert [(e["event_type"], e["location"]["name"], len(e["mentions"])) for e in page["items"]] == [
        ("PROTEST", "Almaty", 1), ("ASSAULT", "Kaduna", 2), ("COERCE", "Tbilisi", 1)]
    kaduna = page["items"][1]
    assert kaduna["sources"] == ["Daily Trust", "Premium Times"]
    assert sorted(x["figure"] for x in kaduna["counts"]) == [280, 287]
    assert kaduna["conservative"] == [{"kind": "abducted", "value": 280, "mention_id": kaduna["counts"][1]["mention_id"],
                                       "source": "Premium Times", "reports": 2, "high": 287}]  # the range of the reports


def test_events_every_filter(reader):
    assert places(reader, "?country=geo") == ["Tbilisi"]
    assert places(reader, "?country=KAZ") == ["Almaty"]
    assert places(reader, "?country=Kazakhstan") == ["Almaty"]  # a name or alpha-2 code is read as its alpha-3
    assert places(reader, "?country=kz") == ["Almaty"]
    assert places(reader, "?event_type=assault") == ["Kaduna"]
    assert places(reader, "?event_type=FIGHT") == ["Kaduna"]  # PLOVER 0.5's name of ASSAULT
    assert places(reader, "?since=2024-01-01") == ["Kaduna", "Tbilisi"]
    assert places(reader, "?until=2023-12-31") == ["Almaty"]
    assert places(reader, "?since=2024-03-07&until=2024-03-07") == ["Kaduna"]
    assert places(reader, "?actor=police") == ["Tbilisi"]
    assert places(reader, "?actor=GEO") == ["Tbilisi"]
    assert places(reader, "?actor=gunman") == ["Kaduna"]
    assert places(reader, "?certainty=reported") == ["Kaduna"]
    assert places(reader, "?certainty=asserted") == ["Almaty", "Tbilisi"]
    assert places(reader, "?certainty=denied") == []
    assert places(reader, "?claimant=author") == ["Almaty", "Tbilisi"]
    assert places(reader, "?claimant=CIVIL") == ["Kaduna"]  # "residents said": claimant "civilian"
    assert places(reader, "?claimant=author&country=KAZ&event_type=PROTEST&since=2022-01-05") == ["Almaty"]
    assert places(reader, "?country=&actor=&since=") == ["Almaty", "Kaduna", "Tbilisi"]  # empty form fields
    assert events_of(reader, "?certainty=asserted")["total"] == 2


def test_events_pages(reader):
    first = events_of(reader, "?limit=2")
    assert (first["total"], first["limit"], first["offset"], len(first["items"])) == (3, 2, 0, 2)
    second = events_of(reader, "?limit=2&offset=2")  # the last page
    assert (second["total"], len(second["items"])) == (3, 1)
    ids = [e["event_id"] for e in first["items"] + second["items"]]
    assert ids == [e["event_id"] for e in events_of(reader)["items"]] and len(set(ids)) == 3
    beyond = events_of(reader, "?limit=2&offset=4")
    assert (beyond["total"], beyond["items"]) == (3, [])
    farthest = events_of(reader, f"?limit=2&offset={2**63 - 1}")
    assert (farthest["total"], farthest["offset"], farthest["items"]) == (3, 2**63 - 1, [])


def test_events_bad_parameters_are_422(reader):
    cases = {
        "?since=2022-1-5": ("since", "'2022-1-5' is not a date YYYY-MM-DD"),
        "?until=yesterday": ("until", "'yesterday' is not a date YYYY-MM-DD"),
        "?certainty=sure": ("certainty", "'sure' is not one of asserted, reported, alleged"),
        "?limit=0": ("limit", "greater than or equal to 1"),
        "?limit=ten": ("limit", "valid integer"),
        "?offset=-1": ("offset", "greater than or equal to 0"),
        "?offset=99999999999999999999": ("offset", "less than or equal to 9223372036854775807"),
        "?country=XYZ": ("country", "'XYZ' is not an ISO 3166 country; give an alpha-3 code such as KAZ"),
        "?country=Atlantis": ("country", "'Atlantis' is not an ISO 3166 country"),
        "?event_type=riot": ("event_type", "'riot' is not a PLOVER event type; use one of ACCUSE, AGREE, AID,"),
    }
    for query, (field, message) in cases.items():
        r = reader.get(f"/api/v1/events{query}")
        assert r.status_code == 422, query
        (problem,) = r.json()["detail"]
        assert problem["loc"] == ["query", field] and message in problem["msg"], (query, problem)
    r = reader.get("/api/v1/events?since=2022-1-5")
    assert r.json()["detail"][0]["msg"] == "'2022-1-5' is not a date YYYY-MM-DD; give e.g. 2022-01-05"
    r = reader.get("/api/v1/events?since=2022-02-01&until=2022-01-01")
    assert r.status_code == 422 and "since 2022-02-01 is after until 2022-01-01" in r.json()["detail"][0]["msg"]
    r = reader.get("/api/v1/events?limit=11")
    assert r.status_code == 422
    assert r.json()["detail"] == ("limit 11 is over this server's page size of 10; "
                                  "ask for a smaller page and use offset for the next ones")


def test_dataset_endpoints_without_a_dataset_are_503(coder):
    c = make_client(coder)
    for url in ("/api/v1/events", "/api/v1/events/ev:0", "/api/v1/documents/x", "/api/v1/export?format=jsonl"):
        r = c.get(url)
        assert r.status_code == 503 and "no dataset is open" in r.json()["detail"], url


# ---------------------------------------------------------------- GET /events/{id}
def test_event_detail(reader):
    (kaduna,) = events_of(reader, "?country=NGA")["items"]
    r = reader.get(f"/api/v1/events/{kaduna['event_id']}")
    assert r.status_code == 200
    detail = r.json()
    assert set(detail) == {"event", "mentions", "conflicting_counts"}
    assert detail["event"] == kaduna and detail["conflicting_counts"] == ["abducted"]
    views = detail["mentions"]
    assert [(v["source"], v["mention"]["doc_id"], v["certainty"]) for v in views] == [
        ("Daily Trust", "kaduna/1", "reported"), ("Premium Times", "kaduna/2", "reported")]
    assert [v["sentence"] for v in views] == [TEXTS[1]["text"], TEXTS[2]["text"]]
    first = views[0]
    # the residents of a text whose one place is Kaduna are Nigeria's
    assert (first["claimant"], first["claimant_type"], first["sentence_start"]) == ("NGA civilian", "witness", 0)
    assert {(s["field"], s["text"]) for s in first["spans"]} == {
        ("actor", "Gunmen"), ("trigger", "abducted"), ("count", "287"), ("recipient", "pupils"),
        ("location", "Kaduna"), ("date", "Thursday"), ("claimant", "residents")}
    for view in views:
        for s in view["spans"]:
            start = s["start"] - view["sentence_start"]
            assert view["sentence"][start:start + len(s["text"])] == s["text"]
    r = reader.get("/api/v1/events/ev:0000000000000000")
    assert r.status_code == 404
    assert r.json() == {"detail": "no event 'ev:0000000000000000' in this dataset; its events are listed at /events (GET /api/v1/events)"}


# ---------------------------------------------------------------- GET /documents/{id}
def test_document_detail(reader):
    r = reader.get("/api/v1/documents/tbilisi")
    assert r.status_code == 200
    detail = r.json()
    assert detail["document"] == {"doc_id": "tbilisi", "text": TBILISI, "published": "2024-05-01",
                                  "source": "Civil.ge", "title": "Detentions in Tbilisi",
                                  "url": "https://example.org/tbilisi", "path": None}
    (event,) = detail["events"]
    assert event["event_type"] == "COERCE" and TBILISI[event["trigger"]["start"]:event["trigger"]["end"]] == "detained"
    (tbilisi,) = events_of(reader, "?country=GEO")["items"]
    assert detail["linked_event_ids"] == {event["event_id"]: tbilisi["event_id"]}
    # ids with a slash are ids, never paths
    assert reader.get("/api/v1/documents/kaduna/2").json()["document"]["source"] == "Premium Times"
    r = reader.get("/api/v1/documents/..%2F..%2Fetc%2Fpasswd")
    assert r.status_code == 404 and r.json() == {"detail": "no document '../../etc/passwd' in this dataset; its events, with links to their documents, are listed at /events"}


# ---------------------------------------------------------------- GET /export
def test_export_acled_csv(reader):
    r = reader.get("/api/v1/export?format=acled&limit=1")  # limit is ignored: the whole selection
    assert r.status_code == 200 and r.headers["content-type"] == "text/csv; charset=utf-8"
    assert r.headers["content-disposition"] == 'attachment; filename="dotterel-events.acled.csv"'
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert list(rows[0]) == ACLED_COLUMNS
    exported, skipped = int(r.headers["x-dotterel-exported"]), int(r.headers["x-dotterel-skipped"])
    assert len(rows) == exported and exported + skipped == 3
    reasons = json.loads(r.headers["x-dotterel-skipped-reasons"])
    assert sum(reasons.values()) == skipped
    assert {row["location"] for row in rows} <= {"Almaty", "Kaduna", "Tbilisi"} and "Kaduna" in {
        row["location"] for row in rows}
    (kaduna,) = [row for row in rows if row["location"] == "Kaduna"]
    assert (kaduna["iso"], kaduna["country"], kaduna["event_date"]) == ("566", "Nigeria", "2024-03-07")


def test_export_plover_json(reader):
    r = reader.get("/api/v1/export?format=plover&since=2024-01-01")
    assert r.status_code == 200 and r.headers["content-type"] == "application/json"
    assert r.headers["content-disposition"] == 'attachment; filename="dotterel-events.plover.json"'
    records = r.json()
    assert isinstance(records, list) and len(records) == int(r.headers["x-dotterel-exported"]) == 2
    assert sorted((x["event"], x["event_loc"]["name"]) for x in records) == [
        (["ASSAULT"], "Kaduna"), (["COERCE"], "Tbilisi")]
    (kaduna,) = [x for x in records if x["event"] == ["ASSAULT"]]
    assert kaduna["abducted"] == 280 and len(kaduna["mentions"]) == 2
    assert reader.get("/api/v1/export?format=plover&country=FRA").json() == []


def test_export_json_lines(reader):
    r = reader.get("/api/v1/export?format=jsonl&claimant=author")
    assert r.status_code == 200 and r.headers["content-type"] == "application/x-ndjson"
    assert r.headers["content-disposition"] == 'attachment; filename="dotterel-events.jsonl"'
    lines = r.text.splitlines()
    assert len(lines) == 2 and r.headers["x-dotterel-skipped"] == "0"
    assert sorted(json.loads(x)["location"]["name"] for x in lines) == ["Almaty", "Tbilisi"]
    for query in ("", "?format=parquet", "?format=jsonl&since=soon"):
        r = reader.get(f"/api/v1/export{query}")
        assert r.status_code == 422 and r.json()["detail"][0]["loc"][0] == "query", query


def test_export_left_out_says_why_each_event_is_not_in_the_file(client):
    # an event no format but jsonl can express: no date in the text, no place (written for this test)
    r = client.post("/api/v1/code", json={"text": "The opposition leader condemned the arrests of the students.",
                                          "published": "2024-05-02", "doc_id": "left-out", "store": True})
    assert r.status_code == 200 and r.json()["events"], r.text
    for fmt in ("acled", "plover", "jsonl"):
        file = client.get(f"/api/v1/export?format={fmt}")
        r = client.get(f"/api/v1/export/left-out?format={fmt}&limit=1")  # limit ignored, as for the file
        assert r.status_code == 200 and r.headers["content-type"] == "application/json"
        got = r.json()
        assert got["format"] == fmt and got["total"] == len(events_of(client, "?limit=10")["items"]) > 3
        assert got["held"] == int(file.headers["x-dotterel-exported"])
        # the same reasons as the file's header, grouped on the words before " for "
        reasons = json.loads(file.headers["x-dotterel-skipped-reasons"])
        assert sum(r["events"] for r in got["left_out"]) == sum(reasons.values()) == got["total"] - got["held"]
        for r in got["left_out"]:
            assert len(r["event_ids"]) == r["events"]
            named = {f"{r['reason']} for {c['case']}": c["events"] for c in r["cases"]} or {r["reason"]: r["events"]}
            assert all(reasons[k] == n for k, n in named.items()), (named, reasons)
    acled = client.get("/api/v1/export/left-out?format=acled").json()
    assert acled["held"] >= 1 and acled["left_out"], acled  # the store has events ACLED cannot express
    listed = {i for r in acled["left_out"] for i in r["event_ids"]}
    every = {e["event_id"] for e in events_of(client, "?limit=10")["items"]}
    assert listed < every and len(listed) == acled["total"] - acled["held"]
    # the filters apply as to the file
    assert client.get("/api/v1/export/left-out?format=plover&country=FRA").json() == {
        "format": "plover", "total": 0, "held": 0, "left_out": []}
    assert client.get("/api/v1/export/left-out?format=parquet").status_code == 422


# ---------------------------------------------------------------- errors, OpenAPI, health
def test_a_server_error_shows_no_traceback(reader, monkeypatch):
    from dotterel.server import service

    def broken(state, q):
        raise RuntimeError("boom in /srv/secret/module.py line 12")

    monkeypatch.setattr(service, "query_events", broken)
    r = reader.get("/api/v1/events")
    assert r.status_code == 500
    assert r.json() == {"detail": "internal error; the server log has the details"}
    assert "Traceback" not in r.text and "boom" not in r.text and "secret" not in r.text


def test_unknown_api_path_is_a_json_404(reader):
    r = reader.get("/api/v1/nothing-here")
    assert r.status_code == 404 and r.json() == {"detail": "Not Found"}
    r = reader.post("/api/v1/events")
    assert r.status_code == 405 and r.json() == {"detail": "Method Not Allowed"}


def test_openapi_lists_every_endpoint_with_its_models(reader):
    doc = reader.get("/api/v1/openapi.json").json()
    assert set(doc["paths"]) == {"/api/v1/code", "/api/v1/events", "/api/v1/events/{event_id}",
                                 "/api/v1/documents/{doc_id}", "/api/v1/export", "/api/v1/export/left-out",
                                 "/api/v1/health"}
    schemas = doc["components"]["schemas"]
    assert {"CodeRequest", "CodeResult", "EventPage", "EventDetail", "MentionView", "DocumentDetail", "Health",
            "ErrorMessage", "LinkedEvent", "Event"} <= set(schemas)
    for path, ops in doc["paths"].items():
        for method, op in ops.items():
            assert op.get("summary") and op.get("description"), (method, path)
    get_events = doc["paths"]["/api/v1/events"]["get"]
    assert [p["name"] for p in get_events["parameters"]] == [
        "country", "geonameid", "event_type", "since", "until", "actor", "certainty", "claimant", "limit", "offset"]
    assert get_events["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/EventPage"}
    assert "413" in doc["paths"]["/api/v1/code"]["post"]["responses"]
    assert "format" in [p["name"] for p in doc["paths"]["/api/v1/export"]["get"]["parameters"]]
    assert reader.get("/api/v1/docs").status_code == 200


def test_health(reader, coder):
    r = reader.get("/api/v1/health")
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok" and body["store"] is True and body["version"]
    assert body["limits"] == {"max_body_bytes": 2 * 1024 * 1024, "max_text_chars": 200_000, "page_size_max": 10,
                              "allow_store": True}
    assert make_client(coder).get("/api/v1/health").json()["store"] is False


# ---------------------------------------------------------------- the seed article
@pytest.mark.shared
def test_posted_text_comes_back_as_the_coders_events_with_spans_that_slice_back(coder):
    """The API's events are the coder's, and each span slices back to the text that was posted (paragraphs, quotes)."""
    text = ("Police detained 27 people in Tbilisi on Tuesday, the interior ministry said.\n\n"
            "\u201cWe will not leave,\u201d one of them said. Several thousand protesters rallied outside parliament on Monday.")
    r = make_client(coder).post("/api/v1/code", json={"text": text, "published": "2024-05-01", "doc_id": "posted"})
    assert r.status_code == 200
    events = r.json()["events"]
    assert {e["event_type"] for e in events} >= {"COERCE", "PROTEST"}
    for ev in events:
        for span in (ev["trigger"], ev["sentence"]):
            assert text[span["start"]:span["end"]] == span["text"]
    assert events == [e.model_dump(mode="json") for e in coder.code(text, published="2024-05-01", doc_id="posted")]


@pytest.mark.slow  # the seed's events are asserted in tests/test_seed.py, the API's spans and events just above
def test_seed_article_through_the_api(coder):
    text = shared_path("corpus", "seed_kazakhstan_2022.txt").read_text(encoding="utf-8")
    r = make_client(coder).post("/api/v1/code", json={"text": text, "published": "2022-02-01", "doc_id": "seed"})
    assert r.status_code == 200
    events = r.json()["events"]
    for ev in events:  # every span slices back to the text that was posted
        for span in (ev["trigger"], ev["sentence"]):
            assert text[span["start"]:span["end"]] == span["text"]
    (protest,) = [e for e in events if e["event_type"] == "PROTEST" and e["trigger"]["text"] == "demonstrated"]
    assert protest["mode"] == "demo"
    assert (protest["location"]["name"], protest["location"]["country"], protest["location"]["geonameid"]) == (
        "Zhanaozen", "KAZ", 607610)
    assert (protest["date"]["value"], protest["date"]["time_precision"]) == ("2022-01-01", "day")
    assert (protest["actor"]["country"], protest["actor"]["sector"]) == ("KAZ", "CVL")
    (size,) = [c for c in protest["counts"] if c["kind"] == "participants"]
    assert (size["low"], size["best"], size["approximate"], size["span"]["text"]) == (200, None, True, "a few hundred")
    assert (protest["attribution"]["claimant"], protest["attribution"]["certainty"]) == ("author", "asserted")
    (request,) = [e for e in events if e["event_type"] == "REQUEST" and "appealed" in e["trigger"]["text"].lower()]
    assert request["mode"] == "assist"
    assert (request["actor"]["name"], request["actor"]["country"], request["actor"]["sector"]) == (
        "Kassym-Jomart Tokayev", "KAZ", "GOV")
    assert request["recipient"]["country"] == "IGO"
    assert "Collective Security Treaty" in request["recipient"]["name"] or "CSTO" in request["recipient"]["name"]


# ---------------------------------------------------------------- dotterel serve
@pytest.fixture
def served(monkeypatch, coder):
    """Make `dotterel serve` use the session coder and return at once instead of serving forever."""
    import uvicorn

    from dotterel.server.state import ServerState

    calls = []

    def run(self, sockets=None):
        calls.append((self.config, [s.getsockname() for s in sockets]))

    monkeypatch.setattr(ServerState, "_make_coder", lambda self: coder)
    monkeypatch.setattr(uvicorn.Server, "run", run)
    return calls


def test_serve_prints_its_url_and_serves_the_app(served, tmp_path, capsys):
    from dotterel.cli import main

    db = tmp_path / "s.duckdb"
    EventStore(db).close()
    assert main(["serve", "--db", str(db), "--port", "0", "--max-body-bytes", "1000", "--max-text-chars", "500",
                 "--read-only"]) == 0
    ((config, [(host, port)]),) = served
    assert host == "127.0.0.1" and port > 0
    settings = config.app.state.dotterel.settings
    assert (settings.db, settings.max_body_bytes, settings.max_text_chars, settings.allow_store) == (
        str(db), 1000, 500, False)
    (line,) = capsys.readouterr().err.splitlines()
    assert line == (f"dotterel serve: serving http://127.0.0.1:{port}/ (API http://127.0.0.1:{port}/api/v1/docs, "
                    f"dataset: {db}); press Ctrl+C to stop")
    with EventStore(db):  # the server closed the store when it stopped
        pass


def test_serve_warns_when_not_on_loopback(served, capsys):
    from dotterel.cli import main

    assert main(["serve", "--host", "0.0.0.0", "--port", "0"]) == 0
    warning, serving = capsys.readouterr().err.splitlines()
    assert warning.startswith("dotterel serve: warning: listening on 0.0.0.0, not only this machine")
    # 0.0.0.0 means every address; the URL printed is one a browser can open
    assert serving.startswith("dotterel serve: serving http://127.0.0.1:")


def test_serve_refuses_a_bad_store_or_a_busy_port_in_one_line(served, tmp_path, capsys):
    import socket
    import subprocess
    import sys

    from dotterel.cli import main

    missing = tmp_path / "none.duckdb"
    assert main(["serve", "--db", str(missing), "--port", "0"]) == 2
    assert capsys.readouterr().err == (f"dotterel: error: {missing}: no such store; make one with "
                                       f"`dotterel run INPUT --db {missing}`\n")
    text = tmp_path / "notes.duckdb"
    text.write_text("not a database\n", encoding="utf-8")
    assert main(["serve", "--db", str(text), "--port", "0"]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line == f"dotterel: error: {text}: not a DuckDB database file; give a new file name or a store made by dotterel"
    locked = tmp_path / "locked.duckdb"
    EventStore(locked).close()
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys; c = duckdb.connect(sys.argv[1]); "
                               "print('ready', flush=True); sys.stdin.read()", str(locked)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "ready"
        assert main(["serve", "--db", str(locked), "--port", "0"]) == 2
        (line,) = capsys.readouterr().err.splitlines()
        assert line.startswith(f"dotterel: error: {locked}: the store is open in another process")
    finally:
        holder.communicate("", timeout=30)
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen()
    try:
        port = busy.getsockname()[1]
        assert main(["serve", "--port", str(port)]) == 2
        (line,) = capsys.readouterr().err.splitlines()
        assert line.startswith(f"dotterel: error: cannot listen on 127.0.0.1:{port} (")
        assert line.endswith("); choose another --host or --port")
    finally:
        busy.close()
    assert served == []  # nothing was served


def test_serve_refuses_a_bad_knowledge_base_file_in_one_line(tmp_path, capsys, monkeypatch):
    import uvicorn

    from dotterel.cli import main

    monkeypatch.setattr(uvicorn.Server, "run", lambda self, sockets=None: pytest.fail("served"))
    bad = tmp_path / "kb.json"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["serve", "--kb", str(bad), "--port", "0"]) == 2
    (line,) = capsys.readouterr().err.splitlines()
    assert line.startswith("dotterel: error: ") and str(bad) in line
