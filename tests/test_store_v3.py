"""Store schema version 3: each mention's detector and confidence as columns, and the migrations that add them."""

from __future__ import annotations

from pathlib import Path

import duckdb
from test_store_v2 import rows, v1_path  # noqa: F401  (the fixture is used by name)

from dotterel.records import Document
from dotterel.store import SCHEMA_VERSION, EventStore
from dotterel.store.schema import MENTION_COLUMNS


def _events():
    from factories import mention

    plain = mention("a").event  # no detector, as records coded before the detector seam
    rules = mention("b").event.model_copy(update={"detector": "rules.v1"})
    learned = mention("c", event_type="PROTEST", mode="demo").event.model_copy(
        update={"detector": "textcat.v1", "confidence": 0.8125})
    return [plain, rules, learned]


def _write(path: Path) -> list:
    events = _events()
    with EventStore(path) as store:
        for event in events:
            store.write_document(Document(doc_id=event.doc_id, text="They struck here."), [event])
    return events


def test_mentions_keep_detector_and_confidence_as_columns_and_in_round_trips(tmp_path):
    path = tmp_path / "v3.duckdb"
    events = _write(path)
    assert SCHEMA_VERSION == 3 and MENTION_COLUMNS[-2:] == ("detector", "confidence")
    assert rows(path, "SELECT doc_id, detector, confidence FROM mentions ORDER BY doc_id") == [
        ("a", None, None), ("b", "rules.v1", None), ("c", "textcat.v1", 0.8125)]
    with EventStore(path) as store:
        assert store.events() == events
        linked = {ref.event.doc_id: ref.event for ev in store.linked_events() for ref in ev.mentions}
    assert (linked["c"].detector, linked["c"].confidence) == ("textcat.v1", 0.8125)


def test_a_version_2_store_gains_the_columns_filled_from_the_records(tmp_path):
    path = tmp_path / "v2.duckdb"
    events = _write(path)
    con = duckdb.connect(str(path))  # back to version 2: the same file without the two columns
    con.execute("ALTER TABLE mentions DROP COLUMN confidence")
    con.execute("ALTER TABLE mentions DROP COLUMN detector")
    con.execute("UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    con.close()
    before = rows(path, "SELECT * FROM mentions ORDER BY event_id")

    with EventStore(path) as store:
        assert store.events() == events
    assert rows(path, "SELECT value FROM meta WHERE key = 'schema_version'") == [("3",)]
    assert rows(path, "SELECT * EXCLUDE (detector, confidence) FROM mentions ORDER BY event_id") == before
    assert rows(path, "SELECT doc_id, detector, confidence FROM mentions ORDER BY doc_id") == [
        ("a", None, None), ("b", "rules.v1", None), ("c", "textcat.v1", 0.8125)]
    new = tmp_path / "new.duckdb"
    _write(new)
    columns = "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'mentions' ORDER BY ordinal_position"
    assert rows(path, columns) == rows(new, columns)  # a migrated table is a new one


def test_a_version_1_store_migrates_through_2_to_3(v1_path):  # noqa: F811
    with EventStore(v1_path) as store:
        mentions = store.events()
    assert len(mentions) == 8
    assert rows(v1_path, "SELECT value FROM meta WHERE key = 'schema_version'") == [(str(SCHEMA_VERSION),)]
    # coded by dotterel 0.1, before detectors: the columns exist and are empty
    assert rows(v1_path, "SELECT count(*), count(detector), count(confidence) FROM mentions") == [(8, 0, 0)]
