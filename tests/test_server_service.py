"""The server's service layer (dotterel.server.service), without HTTP: coding, queries, details, exports."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from dotterel.errors import InputError, NotAllowedError, NotFoundError, StoreError, TooLargeError
from dotterel.server import ServerSettings, ServerState
from dotterel.server.service import (
    CodeRequest,
    EventQuery,
    code_text,
    document_detail,
    event_detail,
    export_selection,
    query_events,
)
from dotterel.store import EventStore

from conftest import copy_store

pytestmark = pytest.mark.usefixtures("codes_each_document_once")  # reruns and pages code the same documents

TBILISI = "Police detained 27 people in Tbilisi on Tuesday."
TEXTS = [
    dict(text=TBILISI, published="2024-05-01", source="Civil.ge", doc_id="tbilisi"),
    dict(text="Gunmen abducted 287 pupils from a school in Kaduna on Thursday, residents said.",
         published="2024-03-08", source="Daily Trust", doc_id="kaduna-1", title="Pupils abducted"),
    dict(text="Gunmen kidnapped 280 students from a school in Kaduna on Thursday, a teacher said.",
         published="2024-03-08", source="Premium Times", doc_id="kaduna-2"),
    dict(text="Thousands of protesters rallied in Almaty on Wednesday against the rise in fuel prices.",
         published="2022-01-06", source="Wire", doc_id="almaty"),
]


def empty_store(path) -> str:
    EventStore(path).close()
    return str(path)


@pytest.fixture(scope="module")
def _stored_texts(tmp_path_factory, coder) -> Path:
    """A store holding the four TEXTS, coded through code_text, made once per module."""
    db = empty_store(tmp_path_factory.mktemp("service") / "s.duckdb")
    state = ServerState(ServerSettings(db=db, page_size_max=3), coder=coder)
    for fields in TEXTS:
        assert code_text(state, CodeRequest(**fields, store=True)).stored
    state.close()
    return Path(db)


@pytest.fixture
def state(_stored_texts, tmp_path, coder) -> ServerState:
    """A server state over a copy of the store holding the four TEXTS (a test may write to it)."""
    db = copy_store(_stored_texts, tmp_path / "s.duckdb")
    state = ServerState(ServerSettings(db=str(db), page_size_max=3), coder=coder)
    yield state
    state.close()


def test_code_text_returns_the_events_and_places(coder):
    state = ServerState(ServerSettings(), coder=coder)
    result = code_text(state, CodeRequest(text=TBILISI, published="2024-05-01", source="Civil.ge"))
    (event,) = result.events
    assert (event.event_type, event.mode, event.location.name, event.location.country) == (
        "COERCE", "arrest", "Tbilisi", "GEO")
    assert [(c.kind, c.best) for c in event.counts] == [("arrested", 27)]
    assert event.date.value == "2024-04-30"  # the Tuesday before publication
    assert result.document.doc_id.startswith("sha256:") and result.document.source == "Civil.ge"
    assert [p.name for p in result.places] == ["Tbilisi"]
    assert result.stored is False and result.abstentions == []
    assert coder.debug is True  # the shared coder's own setting is restored


def test_code_text_limits_and_errors(coder, tmp_path):
    state = ServerState(ServerSettings(max_text_chars=20), coder=coder)
    with pytest.raises(TooLargeError, match="48 characters, over this server's limit of 20"):
        code_text(state, CodeRequest(text=TBILISI))
    with pytest.raises(InputError, match="text is empty or only whitespace"):
        code_text(state, CodeRequest(text=""))
    with pytest.raises(InputError, match="published"):
        code_text(state, CodeRequest(text="Riots.", published="May 1st"))
    with pytest.raises(NotAllowedError, match="no dataset is open"):
        code_text(state, CodeRequest(text="Riots.", store=True))
    read_only = ServerState(ServerSettings(db=empty_store(tmp_path / "r.duckdb"), allow_store=False), coder=coder)
    with pytest.raises(NotAllowedError, match="read-only"):
        code_text(read_only, CodeRequest(text="Riots.", store=True))
    read_only.close()
    with pytest.raises(StoreError, match="no dataset is open"):
        query_events(state, EventQuery())


def test_storing_the_same_text_again_duplicates_nothing(state):
    before = query_events(state, EventQuery())
    again = code_text(state, CodeRequest(**TEXTS[0], store=True, debug=True))
    assert again.stored
    after = query_events(state, EventQuery())
    assert after == before and after.total == 3  # the two Kaduna reports are one event
    with state.store() as store:
        assert store.count_events() == 4 and len(store.documents()) == 4


def test_query_events_filters_and_pages(state):
    def places(**query):
        return [e.location.name for e in query_events(state, EventQuery(**query)).items]

    assert places() == ["Almaty", "Kaduna", "Tbilisi"]
    assert places(country="geo") == ["Tbilisi"]
    assert places(event_type="ASSAULT") == ["Kaduna"]
    assert places(since="2024-01-01") == ["Kaduna", "Tbilisi"]
    assert places(until="2024-03-07", since="2024-03-07") == ["Kaduna"]
    assert places(actor="police") == ["Tbilisi"]
    assert places(certainty="reported") == ["Kaduna"]
    assert places(claimant="author") == ["Almaty", "Tbilisi"]
    page = query_events(state, EventQuery(limit=2, offset=2))
    assert (page.total, page.limit, page.offset, [e.location.name for e in page.items]) == (3, 2, 2, ["Tbilisi"])
    with pytest.raises(InputError, match="limit 4 is over this server's page size of 3"):
        query_events(state, EventQuery(limit=4))
    assert query_events(state, EventQuery()).limit == 3  # the default 50, lowered to the server's page size


def test_event_query_validation():
    assert EventQuery(event_type="protest").event_type == "PROTEST"
    assert [EventQuery(country=c).country for c in ("kaz", "KZ", "Kazakhstan", "xkx")] == ["KAZ", "KAZ", "KAZ", "XKX"]
    assert EventQuery(country="", since=" ", actor="").filters() == dict.fromkeys(
        ("country", "geonameid", "event_type", "since", "until", "actor", "certainty", "claimant"))
    for bad in (dict(since="2022-13-01"), dict(until="yesterday"), dict(geonameid="Almaty"), dict(geonameid=0), dict(certainty="sure"), dict(country="XYZ"), dict(country="Atlantis"), dict(event_type="RIOT"),
                dict(limit=0), dict(offset=-1), dict(since="2022-02-01", until="2022-01-01")):
        with pytest.raises(ValueError):
            EventQuery(**bad)


def test_event_detail_shows_every_mention_with_its_sentence_and_the_conflicting_counts(state):
    (kaduna,) = query_events(state, EventQuery(country="NGA")).items
    detail = event_detail(state, kaduna.event_id)
    assert detail.event == kaduna
    assert [(m.source, m.mention.doc_id) for m in detail.mentions] == [("Daily Trust", "kaduna-1"),
                                                                      ("Premium Times", "kaduna-2")]
    first = detail.mentions[0]
    assert first.sentence == TEXTS[1]["text"] and first.sentence_start == 0
    assert first.document_title == "Pupils abducted" and first.published == "2024-03-08"
    assert first.certainty == "reported"
    spans = {(s.field, s.text) for s in first.spans}
    assert spans == {("actor", "Gunmen"), ("trigger", "abducted"), ("count", "287"), ("recipient", "pupils"),
                     ("location", "Kaduna"), ("date", "Thursday"), ("claimant", "residents")}
    assert [s.start for s in first.spans] == sorted(s.start for s in first.spans)
    for view in detail.mentions:
        for span in view.spans:
            assert view.sentence[span.start - view.sentence_start:span.end - view.sentence_start] == span.text
    assert sorted(c.figure for c in detail.event.counts) == [280, 287]
    assert detail.conflicting_counts == ["abducted"]
    with pytest.raises(NotFoundError, match="no event 'ev:nope'"):
        event_detail(state, "ev:nope")


def test_document_detail(state):
    detail = document_detail(state, "tbilisi")
    assert detail.document.text == TBILISI and detail.document.published == "2024-05-01"
    (event,) = detail.events
    (linked,) = query_events(state, EventQuery(country="GEO")).items
    assert detail.linked_event_ids == {event.event_id: linked.event_id}
    with pytest.raises(NotFoundError, match="no document 'nope'"):
        document_detail(state, "nope")


def test_export_selection_in_three_formats(state):
    acled = export_selection(state, EventQuery(), "acled")
    assert acled.media_type.startswith("text/csv") and acled.filename.endswith(".csv")
    rows = list(csv.DictReader(io.StringIO(acled.content.decode("utf-8"))))
    assert len(rows) == acled.report.rows_written == 3 - len(acled.report.skipped)
    assert {"event_date", "sub_event_type", "fatalities", "iso"} <= set(rows[0])
    plover = export_selection(state, EventQuery(country="KAZ", limit=1), "plover")
    (record,) = json.loads(plover.content)
    assert record["event"] == ["PROTEST"] and record["event_loc"]["name"] == "Almaty"
    assert plover.media_type == "application/json" and plover.filename.endswith(".plover.json")
    jsonl = export_selection(state, EventQuery(since="2024-01-01"), "jsonl")
    lines = jsonl.content.decode("utf-8").splitlines()
    assert sorted(json.loads(x)["location"]["name"] for x in lines) == ["Kaduna", "Tbilisi"]
    assert jsonl.report.rows_written == 2 and jsonl.report.skipped == []
    with pytest.raises(InputError, match="unknown export format 'cameo'"):
        export_selection(state, EventQuery(), "cameo")
