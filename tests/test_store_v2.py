"""Store schema version 2: migration of a version-1 file, errors, shards, linked-event queries."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import duckdb
import pytest

from dotterel.errors import StoreError
from dotterel.store import SCHEMA_VERSION, EventStore, RecordedError
from dotterel.store.schema import TABLES

V1_FILE = Path(__file__).parent / "data" / "store_v1.duckdb.gz"


@pytest.fixture
def v1_path(tmp_path) -> Path:
    """A store written by dotterel 0.1 (schema 1): the example article, a one-event text and a text
    without events, coded with `EventStore.write_document` of the 0.1 code (tests/data/README.md)."""
    path = tmp_path / "v1.duckdb"
    with gzip.open(V1_FILE, "rb") as src, open(path, "wb") as dst:
        shutil.copyfileobj(src, dst)
    return path


def rows(path: Path, sql: str) -> list:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


def test_version_1_file_upgrades_without_loss(v1_path):
    assert rows(v1_path, "SELECT value FROM meta WHERE key = 'schema_version'") == [("1",)]
    documents = rows(v1_path, "SELECT * FROM documents ORDER BY doc_id")
    events = rows(v1_path, "SELECT * FROM events ORDER BY event_id")
    runs = rows(v1_path, "SELECT * FROM runs")
    assert len(documents) == 3 and len(events) == 8 and len(runs) == 1

    with EventStore(v1_path) as store:
        mentions = store.events()
        assert len(mentions) == 8 and store.count_events() == 8
        linked = list(store.linked_events())
    assert rows(v1_path, "SELECT value FROM meta WHERE key = 'schema_version'") == [(str(SCHEMA_VERSION),)]
    tables = {r[0] for r in rows(v1_path, "SELECT table_name FROM information_schema.tables")}
    assert tables == set(TABLES)
    assert rows(v1_path, "SELECT * FROM documents ORDER BY doc_id") == documents
    assert rows(v1_path, "SELECT * FROM mentions ORDER BY event_id") == events
    assert rows(v1_path, "SELECT run_id, dotterel_version, started_at, settings FROM runs") == runs
    # actors and places are filled from the mentions' records
    n_actors = sum((m.actor is not None) + (m.recipient is not None) for m in mentions)
    n_places = sum((m.location is not None) + len(m.places) for m in mentions)
    assert rows(v1_path, "SELECT count(*) FROM actors") == [(n_actors,)] and n_actors > 0
    assert rows(v1_path, "SELECT count(*) FROM places") == [(n_places,)] and n_places > 0
    assert rows(v1_path, "SELECT name, country FROM places WHERE is_location AND mention_id = ("
                "SELECT event_id FROM mentions WHERE doc_id = 'kz-2')") == [("Almaty", "KAZ")]
    # every mention is in exactly one linked event
    linked_ids = sorted(ref.event.event_id for ev in linked for ref in ev.mentions)
    assert linked_ids == sorted(m.event_id for m in mentions)
    assert rows(v1_path, "SELECT count(*) FROM event_mentions") == [(8,)]
    with EventStore(v1_path) as store:  # opening again changes nothing
        assert store.events() == mentions


def test_errors_are_kept_once(tmp_path):
    err = RecordedError(stage="ingest", path="a.jsonl", line=3, reason="not valid JSON", hint="fix it")
    with EventStore(tmp_path / "e.duckdb") as store:
        store.record_errors([err], run_id="r1")
        store.record_errors([err, err.model_copy(update={"line": 4})], run_id="r2")
        assert store.errors() == [err, err.model_copy(update={"line": 4})]


def test_linked_events_bad_bound(tmp_path):
    with EventStore(tmp_path / "e.duckdb") as store:
        with pytest.raises(StoreError, match="is not YYYY-MM-DD"):
            list(store.linked_events(since="January 2022"))
