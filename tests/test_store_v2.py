"""Store schema version 2: migration of a version-1 file, errors, shards, linked-event queries."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest

from dotterel.errors import StoreError
from dotterel.store import SCHEMA_VERSION, EventStore, RecordedError
from dotterel.store.schema import TABLES

from conftest import store_rows

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
    with store_rows(path) as con:
        return con.execute(sql).fetchall()


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
    # every row and column of version 1 kept (version 3 adds detector and confidence, empty here)
    assert rows(v1_path, "SELECT * EXCLUDE (detector, confidence) FROM mentions ORDER BY event_id") == events
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
        with pytest.raises(StoreError, match="is not a date YYYY-MM-DD"):
            list(store.linked_events(since="January 2022"))


# ---------------------------------------------------------------- filters and pages (issue 6)
def _filter_store(path: Path) -> EventStore:
    """Four hand-built mentions in four documents: one abduction told by two outlets (linked into one
    event, 287 and 280 abducted), an alleged protest in Almaty and an asserted one in Zhanaozen."""
    from factories import ALMATY, POLICE_KZ, PROTESTERS, ZHANAOZEN, count, mention

    from dotterel.records import Document

    refs = [
        mention("a", counts=(count("abducted", 287),), source="Daily Trust"),
        mention("b", counts=(count("abducted", 280),), claimant="Kaduna police", certainty="reported",
                source="Premium Times"),
        mention("c", event_type="PROTEST", mode="demo", actor=PROTESTERS, recipient=POLICE_KZ, location=ALMATY,
                date="2022-01-05", claimant="Kazakh government", certainty="alleged", published="2022-01-06"),
        mention("d", event_type="PROTEST", mode="demo", actor=PROTESTERS, recipient=None, location=ZHANAOZEN,
                date="2022-01-02", published="2022-01-03"),
    ]
    store = EventStore(path)
    for ref in refs:
        doc = Document(doc_id=ref.doc_id, text="They struck here.", published=ref.published, source=ref.source,
                       title=ref.title, url=ref.url)
        store.write_document(doc, [ref.event])
    return store


def test_linked_events_filter_by_actor_certainty_claimant_and_page(tmp_path):
    with _filter_store(tmp_path / "f.duckdb") as store:
        def docs(**filters):
            return [sorted(ref.doc_id for ref in ev.mentions) for ev in store.linked_events(**filters)]

        # ordered by earliest date: Zhanaozen (2 Jan 2022), Almaty (5 Jan 2022), the abduction (2024)
        assert docs() == [["d"], ["c"], ["a", "b"]]
        assert store.count_linked_events() == 3
        assert docs(actor="police") == [["c"]]  # recipient "Kazakh police"
        assert docs(actor="KAZ") == [["d"], ["c"]]  # by country code
        assert docs(actor="nga") == [["a", "b"]]
        assert docs(actor="50%_") == []  # LIKE wildcards are taken literally
        assert docs(certainty="alleged") == [["c"]]
        assert docs(certainty="reported") == [["a", "b"]]  # any mention of the event
        assert docs(claimant="POLICE") == [["a", "b"]]
        assert docs(claimant="author") == [["d"], ["a", "b"]]
        assert docs(claimant="author", country="NGA") == [["a", "b"]]
        assert store.count_linked_events(claimant="author") == 2
        assert store.count_linked_events(certainty="asserted", event_type="protest") == 1
        # pages
        assert docs(limit=2) == [["d"], ["c"]]
        assert docs(limit=2, offset=2) == [["a", "b"]]
        assert docs(limit=2, offset=4) == []
        assert docs(limit=0) == []
        summaries = list(store.event_summaries(claimant="author", limit=1, offset=1))
        assert [(s.country, s.n_mentions, s.n_sources) for s in summaries] == [("NGA", 2, 2)]


def test_linked_event_document_and_links_by_id(tmp_path):
    with _filter_store(tmp_path / "f.duckdb") as store:
        (abduction,) = store.linked_events(country="NGA")
        assert store.linked_event(abduction.event_id) == abduction
        assert store.linked_event("ev:0000000000000000") is None
        assert [c.figure for c in abduction.counts] == [287, 280]
        assert store.linked_event_ids("b") == {"b#0": abduction.event_id}
        assert store.linked_event_ids("nope") == {}
        doc = store.document("c")
        assert (doc.doc_id, doc.published, doc.text) == ("c", "2022-01-06", "They struck here.")
        assert store.document("nope") is None


def test_linked_events_bad_filters(tmp_path):
    with EventStore(tmp_path / "e.duckdb") as store:
        with pytest.raises(StoreError, match="certainty 'sure' is not one of asserted, reported"):
            list(store.linked_events(certainty="sure"))
        with pytest.raises(StoreError, match="is not a date YYYY-MM-DD"):
            store.count_linked_events(until="2022-1-5")
        with pytest.raises(ValueError, match="offset must be >= 0"):
            list(store.linked_events(offset=-1))
        with pytest.raises(ValueError, match="limit must be >= 0"):
            list(store.linked_events(limit=-5))


def test_since_and_until_take_a_one_sided_date_at_its_known_day(tmp_path):
    """An event known on one side only ("on or before 10 January", "on or after 1 March") is taken at its known
    day: neither dropped from every `until` (or `since`) nor put under every one. No date at all: left out."""
    from factories import ALMATY, KADUNA, LAGOS, ZHANAOZEN, mention, pub_bound

    from dotterel.records import Document, EventDate

    after = EventDate(value=None, earliest="2022-03-01", time_precision="range", source="text", reason="test")
    refs = [
        mention("before", location=KADUNA, date=pub_bound("2022-01-10")),
        mention("after", location=LAGOS, date=after),
        mention("day", location=ALMATY, date="2022-02-01"),
        mention("undated", location=ZHANAOZEN, date=None),
    ]
    with EventStore(tmp_path / "open.duckdb") as store:
        for ref in refs:
            store.write_document(Document(doc_id=ref.doc_id, text="They struck here."), [ref.event])

        def docs(**filters):
            found = [ev.mentions[0].doc_id for ev in store.linked_events(**filters)]
            assert store.count_linked_events(**filters) == len(found)
            return sorted(found)

        assert docs() == ["after", "before", "day", "undated"]
        assert docs(until="2022-01-31") == ["before"]
        assert docs(since="2022-02-15") == ["after"]
        assert docs(since="2022-01-01", until="2022-12-31") == ["after", "before", "day"]
        assert docs(since="2022-01-11", until="2022-02-28") == ["day"]
        assert docs(until="2021-12-31") == [] and docs(since="2022-03-02") == []
