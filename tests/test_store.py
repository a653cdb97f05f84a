"""Tests for dotterel.store: the DuckDB event store."""

from __future__ import annotations

import datetime
import json

import duckdb
import pytest

from dotterel.errors import DotterelError, StoreError
from dotterel.records import (
    Actor,
    Attribution,
    Count,
    Document,
    Event,
    EventDate,
    Place,
    Span,
)
from dotterel.store import _INSERT_EVENT_SQL, SCHEMA_VERSION, EventStore

from conftest import store_rows

TEXT = (
    "Protesters rallied in Zhanaozen on 2 January, officials said. "
    "Police detained about 200 people in Almaty."
)
DOC = Document(doc_id="kz-1", text=TEXT, published="2022-02-01", source="Test Wire", path="kz.txt")


def span(text: str, phrase: str, start_at: int = 0) -> Span:
    start = text.index(phrase, start_at)
    return Span(start=start, end=start + len(phrase), text=phrase)


def protest_event(doc_id: str = "kz-1") -> Event:
    s1_end = TEXT.index(".") + 1
    return Event(
        event_id="ev-protest",
        doc_id=doc_id,
        event_type="PROTEST",
        mode="demo",
        context=["economic"],
        quad_class="verbal conflict",
        cameo="141",
        sub_event_type="Peaceful protest",
        trigger=span(TEXT, "rallied"),
        sentence=Span(start=0, end=s1_end, text=TEXT[:s1_end]),
        actor=Actor(span=span(TEXT, "Protesters"), name="Protesters", country="KAZ", sector="CVL", kind="group"),
        location=Place(
            span=span(TEXT, "Zhanaozen"),
            name="Zhanaozen",
            geonameid=608668,
            latitude=43.3412,
            longitude=52.8619,
            country="KAZ",
            admin1="Mangystau",
            feature_code="PPL",
            geo_precision="city",
            score=0.9,
            reason="single GeoNames match in KAZ",
        ),
        date=EventDate(
            value="2022-01-02",
            earliest="2022-01-02",
            latest="2022-01-02",
            time_precision="day",
            span=span(TEXT, "2 January"),
            reason="day and month in text, year from publication date",
        ),
        attribution=Attribution(
            claimant="officials",
            claimant_type="official",
            claimant_span=span(TEXT, "officials"),
            verb=span(TEXT, "said"),
            certainty="reported",
        ),
        version="0.1.0",
    )


def arrest_event(doc_id: str = "kz-1") -> Event:
    s2_start = TEXT.index("Police")
    return Event(
        event_id="ev-arrest",
        doc_id=doc_id,
        event_type="COERCE",
        mode="arrest",
        quad_class="material conflict",
        cameo="173",
        sub_event_type="Arrests",
        trigger=span(TEXT, "detained"),
        sentence=Span(start=s2_start, end=len(TEXT), text=TEXT[s2_start:]),
        actor=Actor(span=span(TEXT, "Police"), name="Kazakhstan police", country="KAZ", sector="COP"),
        recipient=Actor(span=span(TEXT, "people"), name="civilians", sector="CVL"),
        location=Place(span=span(TEXT, "Almaty"), name="Almaty", geonameid=1526384, country="KAZ", geo_precision="city"),
        places=[Place(span=span(TEXT, "Almaty"), name="Almaty", geonameid=1526384)],
        date=EventDate(latest="2022-02-01", time_precision="range", source="publication", reason="no date in text"),
        counts=[Count(kind="arrested", low=150, best=200, high=250, approximate=True, span=span(TEXT, "about 200"))],
        version="0.1.0",
    )


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "events.duckdb"


def test_write_then_read_back_equal(db_path):
    events = [protest_event(), arrest_event()]
    with EventStore(db_path) as store:
        store.write_document(DOC, events)
        assert store.documents() == [DOC]
        assert store.events() == events
        assert store.events(doc_id="kz-1") == events
        assert store.events(doc_id="other") == []
        assert store.count_events() == 2


def test_flat_columns_hold_the_fields(db_path):
    with EventStore(db_path) as store:
        store.write_document(DOC, [protest_event(), arrest_event()], run_info={"run_id": "r1", "model": "sm"})
    with store_rows(db_path) as con:
        row = con.execute(
            "SELECT event_type, mode, cameo, date_value, date_earliest, time_precision, location_name, "
            "geonameid, country, actor_name, actor_sector, claimant, claimant_type, certainty, "
            "trigger_start, trigger_end, trigger_text, run_id FROM mentions WHERE event_id = 'ev-protest'"
        ).fetchone()
        assert row == (
            "PROTEST", "demo", "141", "2022-01-02", datetime.date(2022, 1, 2), "day", "Zhanaozen",
            608668, "KAZ", "Protesters", "CVL", "officials", "official", "reported",
            11, 18, "rallied", "r1",
        )  # fmt: skip
        arrest = con.execute(
            "SELECT recipient_name, date_value, date_latest FROM mentions WHERE event_id = 'ev-arrest'"
        ).fetchone()
        assert arrest == ("civilians", None, datetime.date(2022, 2, 1))
        doc = con.execute("SELECT published, sha256 FROM documents").fetchone()
        assert doc[0] == datetime.date(2022, 2, 1) and len(doc[1]) == 64
        run = con.execute("SELECT run_id, dotterel_version, settings FROM runs").fetchone()
        assert run[:2] == ("r1", "0.1.0")
        assert json.loads(run[2]) == {"run_id": "r1", "model": "sm"}
        assert con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == (str(SCHEMA_VERSION),)


def test_same_document_twice_no_duplicates(db_path):
    events = [protest_event(), arrest_event()]
    with EventStore(db_path) as store:
        store.write_document(DOC, events)
        store.write_document(DOC, events)
        assert store.documents() == [DOC]
        assert store.events() == events
        assert store.count_events() == 2


def test_changed_events_replace_old(db_path):
    with EventStore(db_path) as store:
        store.write_document(DOC, [protest_event(), arrest_event()])
        changed = protest_event().model_copy(update={"cameo": "1411", "mode": "strike"})
        new_doc = DOC.model_copy(update={"source": "Other Wire"})
        store.write_document(new_doc, [changed])
        assert store.events() == [changed]
        assert store.documents() == [new_doc]
        store.write_document(new_doc, [])
        assert store.count_events() == 0
        assert store.documents() == [new_doc]


def test_other_documents_are_untouched(db_path):
    other = Document(doc_id="kz-2", text=TEXT)
    with EventStore(db_path) as store:
        store.write_document(DOC, [protest_event()])
        other_event = arrest_event("kz-2").model_copy(update={"event_id": "ev-other"})
        store.write_document(other, [other_event])
        store.write_document(DOC, [])
        assert store.events() == [other_event]
        assert [d.doc_id for d in store.documents()] == ["kz-1", "kz-2"]


def test_failure_mid_write_keeps_earlier_data(db_path, monkeypatch):
    original = [protest_event(), arrest_event()]
    with EventStore(db_path) as store:
        store.write_document(DOC, original)

        def insert_then_fail(self, rows):
            # The document upsert and the delete have run; insert part, then fail.
            self._connection().executemany(_INSERT_EVENT_SQL, rows[:1])
            raise RuntimeError("disk on fire")

        monkeypatch.setattr(EventStore, "_insert_events", insert_then_fail)
        changed_doc = DOC.model_copy(update={"source": "Changed"})
        with pytest.raises(RuntimeError, match="disk on fire"):
            store.write_document(changed_doc, [protest_event().model_copy(update={"event_id": "new"})])
        assert store.documents() == [DOC]
        assert store.events() == original
        monkeypatch.undo()
        # The store is still usable after the rollback.
        store.write_document(changed_doc, original[:1])
        assert store.events() == original[:1]


def test_database_error_mid_write_is_store_error_and_rolled_back(db_path, monkeypatch):
    with EventStore(db_path) as store:
        store.write_document(DOC, [protest_event()])

        def bad_sql(self, rows):
            self._connection().execute("INSERT INTO events (event_id) VALUES ('x')")  # NOT NULL violation

        monkeypatch.setattr(EventStore, "_insert_events", bad_sql)
        with pytest.raises(StoreError) as info:
            store.write_document(DOC.model_copy(update={"title": "T"}), [])
        assert "write failed and was rolled back, earlier data is kept" in str(info.value)
        assert store.events() == [protest_event()]
        assert store.documents()[0].title is None


def test_reopen_keeps_data(db_path):
    with EventStore(db_path) as store:
        store.write_document(DOC, [protest_event()])
    with EventStore(db_path) as store:
        assert store.documents() == [DOC]
        assert store.events() == [protest_event()]
        store.write_document(DOC, [protest_event(), arrest_event()])
    with EventStore(db_path) as store:
        assert store.count_events() == 2


def test_newer_schema_version_refused(db_path):
    EventStore(db_path).close()
    con = duckdb.connect(str(db_path))
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION + 1)])
    con.close()
    with pytest.raises(StoreError) as info:
        EventStore(db_path)
    assert str(info.value) == (
        f"{db_path}: store has schema version {SCHEMA_VERSION + 1}, newer than this dotterel reads (up to {SCHEMA_VERSION}); "
        "upgrade dotterel (pip install -U dotterel)"
    )
    assert isinstance(info.value, DotterelError)


def test_not_a_duckdb_file(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("hello")
    with pytest.raises(StoreError, match="not a DuckDB database file"):
        EventStore(path)
    assert path.read_text() == "hello"


def test_duckdb_file_that_is_not_a_store(db_path):
    con = duckdb.connect(str(db_path))
    con.execute("CREATE TABLE other (x INTEGER)")
    con.close()
    with pytest.raises(StoreError, match="not a dotterel store"):
        EventStore(db_path)


def test_missing_directory(tmp_path):
    with pytest.raises(StoreError, match="does not exist; create it first"):
        EventStore(tmp_path / "no" / "events.duckdb")


def test_event_of_other_document_refused(db_path):
    with EventStore(db_path) as store:
        with pytest.raises(StoreError, match="belongs to document 'other'"):
            store.write_document(DOC, [protest_event("other")])
        assert store.documents() == []


def test_duplicate_event_ids_refused(db_path):
    with EventStore(db_path) as store:
        store.write_document(DOC, [arrest_event()])
        with pytest.raises(StoreError, match="event id ev-protest appears twice"):
            store.write_document(DOC, [protest_event(), protest_event()])
        assert store.events() == [arrest_event()]


def test_closed_store(db_path):
    store = EventStore(db_path)
    store.close()
    store.close()  # idempotent
    with pytest.raises(StoreError, match="the store is closed"):
        store.events()


def test_run_id_defaults_to_content_hash(db_path):
    with EventStore(db_path) as store:
        store.write_document(DOC, [protest_event()], run_info={"model": "sm", "started_at": "2022-02-01T10:00:00"})
        store.write_document(DOC, [protest_event()], run_info={"model": "sm", "started_at": "2022-02-01T10:00:00"})
    with store_rows(db_path) as con:
        runs = con.execute("SELECT run_id, started_at FROM runs").fetchall()
        event_run = con.execute("SELECT run_id FROM mentions").fetchone()[0]
    assert len(runs) == 1
    assert runs[0][0].startswith("run:") and len(runs[0][0]) == 20
    assert runs[0][1] == datetime.datetime(2022, 2, 1, 10, 0, tzinfo=datetime.timezone.utc)
    assert event_run == runs[0][0]


def test_memory_store():
    with EventStore(":memory:") as store:
        store.write_document(DOC, [protest_event()])
        assert store.count_events() == 1


def _table_rows(path: str) -> dict[str, list]:
    with store_rows(path) as con:
        rows = {table: con.execute(f"SELECT * FROM {table} ORDER BY ALL").fetchall()
                for table in ("mentions", "actors", "places", "events", "event_mentions")}
        rows["documents"] = con.execute("SELECT * EXCLUDE (added_at, updated_at) FROM documents ORDER BY ALL").fetchall()
        return rows


def test_a_bulk_batch_stores_what_one_write_per_document_stores(tmp_path):
    """write_batch inserts each table in one statement; the rows equal those of one write per document,
    and a doc_id given twice keeps its later item."""
    from dotterel.store import CodedBatchItem

    other = Document(doc_id="kz-2", text=TEXT, published="2022-02-02", source="Other Wire")
    other_event = arrest_event("kz-2").model_copy(update={"event_id": "ev-other"})
    items = [CodedBatchItem(document=DOC, events=[arrest_event()]),
             CodedBatchItem(document=other, events=[other_event]),
             CodedBatchItem(document=DOC, events=[protest_event(), arrest_event()])]
    one_by_one, bulk = str(tmp_path / "one.duckdb"), str(tmp_path / "bulk.duckdb")
    with EventStore(one_by_one) as store:
        for item in items:
            store.write_document(item.document, item.events)
        store.refresh_events()
    with EventStore(bulk) as store:
        store.write_document(DOC, [protest_event()])  # replaced by the batch
        store.write_batch(items, shard="s1")
        store.refresh_events()
        assert store.events() == [protest_event(), arrest_event(), other_event]
    want, got = _table_rows(one_by_one), _table_rows(bulk)
    assert got == want
    assert len(got["mentions"]) == len(got["event_mentions"]) == 3 and len(got["actors"]) > 0 and got["places"]


def test_linked_events_filter_by_the_geonames_id_of_their_place(db_path):
    # the dataset map's "and N more" link: a place's own list, by its GeoNames id (Almaty 1526384)
    with EventStore(db_path) as store:
        store.write_document(DOC, [protest_event(), arrest_event()])
        assert [e.event_type for e in store.linked_events(geonameid=1526384)] == ["COERCE"]
        assert [e.event_type for e in store.linked_events(geonameid="608668")] == ["PROTEST"]
        assert store.count_linked_events(geonameid=1522867) == 0  # Kazakhstan itself: no event placed only there
        assert store.count_linked_events(geonameid=1526384, event_type="PROTEST") == 0
