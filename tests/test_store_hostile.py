"""The store under a full disk, a file that is not a store, and killed runs (issue 14, items 3, 8).

- Every write is one transaction whose commit is inside the ``try``: a full
  disk is one ``StoreError`` line that says what to do, and what was
  committed before stays.
- A file that is not a DuckDB store is refused in one line, before DuckDB
  reads it, and DuckDB never loads or downloads an extension (its
  ``autoinstall_known_extensions`` and ``autoload_known_extensions`` are off).
- A run that finds the ``runs`` row of a killed run marks it.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from pathlib import Path

import duckdb
import pytest

from dotterel.errors import StoreError
from dotterel.ingest import make_document
from dotterel.store import EventStore, RecordedError

from conftest import store_rows


def _doc(i: int):
    return make_document(f"Police fired tear gas at protesters in Almaty, report {i}. " * 40, doc_id=f"d{i}")


# -- not a store ------------------------------------------------------------------------------------


def test_store_connection_never_installs_or_loads_extensions(tmp_path):
    with EventStore(tmp_path / "s.duckdb") as store:
        con = store._connection()
        settings = dict(con.execute(
            "SELECT name, value FROM duckdb_settings() "
            "WHERE name IN ('autoinstall_known_extensions', 'autoload_known_extensions')"
        ).fetchall())
    assert settings == {"autoinstall_known_extensions": "false", "autoload_known_extensions": "false"}


def test_a_sqlite_file_is_refused_in_one_line_without_asking_duckdb(tmp_path):
    path = tmp_path / "events.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE t (x)")
    con.commit()
    con.close()
    before = path.read_bytes()
    with pytest.raises(StoreError) as caught:
        EventStore(path)
    assert str(caught.value) == (
        f"{path}: a SQLite database, not a DuckDB store; give a new file name or a store made by dotterel"
    )
    assert path.read_bytes() == before
    assert not Path(f"{path}.wal").exists()


@pytest.mark.parametrize("content", [b"id,text\n1,Riots.\n", b"\x00" * 64, b"PAR1" + b"\x00" * 60])
def test_other_files_are_refused_in_one_line(tmp_path, content):
    path = tmp_path / "notes.duckdb"
    path.write_bytes(content)
    with pytest.raises(StoreError) as caught:
        EventStore(path)
    assert str(caught.value) == (
        f"{path}: not a DuckDB database file; give a new file name or a store made by dotterel"
    )
    assert path.read_bytes() == content


def test_cli_on_a_sqlite_file_is_one_line_and_fast(tmp_path, cli, capsys):
    path = tmp_path / "events.db"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.commit()
    for argv in (["events", "--db", str(path)], ["export", "--db", str(path), "--format", "jsonl"]):
        assert cli(argv) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "Traceback" not in err
        assert err.startswith(f"dotterel: error: {path}: a SQLite database, not a DuckDB store")


# -- a full disk ------------------------------------------------------------------------------------


class _FailingCommit:
    """A DuckDB connection whose commit fails as it does on a full disk (an I/O error writing the WAL)."""

    def __init__(self, con) -> None:
        self._con = con

    def commit(self):
        raise duckdb.TransactionException(
            'TransactionContext Error: Failed to commit: Could not write file "s.duckdb.wal": No space left on device'
        )

    def __getattr__(self, name):
        return getattr(self._con, name)


@pytest.mark.parametrize(
    "write",
    [
        lambda s: s.write_document(_doc(9), []),
        lambda s: s.record_errors([RecordedError(stage="ingest", path="x.jsonl", line=1, reason="bad")]),
        lambda s: s.start_run({"run_id": "run:x", "command": "run"}),
        lambda s: s.refresh_events(),
    ],
    ids=["write_document", "record_errors", "start_run", "refresh_events"],
)
def test_a_failed_commit_is_one_store_error_line_and_earlier_data_stays(tmp_path, write):
    path = tmp_path / "s.duckdb"
    with EventStore(path) as store:
        store.write_document(_doc(1), [])
    store = EventStore(path)
    real = store._con
    store._con = _FailingCommit(real)
    try:
        with pytest.raises(StoreError) as caught:
            write(store)
    finally:
        store._con = real
        store.close()
    message = str(caught.value)
    assert "\n" not in message
    assert message == (
        f"{path}: cannot write the store (No space left on device); free disk space, then run the command again"
    )
    with EventStore(path) as store:
        assert [d.doc_id for d in store.documents()] == ["d1"]


def _mount_tmpfs(where: Path, size: str) -> bool:
    where.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True)
    return done.returncode == 0


@pytest.mark.slow
def test_a_real_full_disk_is_one_line_and_every_committed_document_stays(tmp_path):
    disk = tmp_path / "small"
    if os.geteuid() != 0 or not _mount_tmpfs(disk, "3m"):
        pytest.skip("needs root and tmpfs to make a small file system that fills up")
    try:
        filler = disk / "filler"
        filler.write_bytes(b"\x00" * 512 * 1024)  # freed later, so the store can be opened again
        path = disk / "s.duckdb"
        store = EventStore(path)
        written = 0
        try:
            with pytest.raises(StoreError) as caught:
                for i in range(100_000):
                    store.write_document(_doc(i), [])
                    written += 1
        finally:
            store.close()  # an open file keeps the mount busy
        assert str(caught.value) == (
            f"{path}: cannot write the store (No space left on device); free disk space, then run the command again"
        )
        assert written > 10
        filler.unlink()
        with EventStore(path) as store:
            assert len(store.documents()) == written
    finally:
        subprocess.run(["umount", str(disk)], check=False)


# -- runs --------------------------------------------------------------------------------------------


def test_a_run_marks_the_row_of_a_killed_run(tmp_path, cli, capsys):
    src = tmp_path / "c.jsonl"
    src.write_text(json.dumps({"text": "Police fired tear gas at protesters in Almaty."}) + "\n", encoding="utf-8")
    db = tmp_path / "r.duckdb"
    with EventStore(db) as store:  # what a run killed before its end leaves: a row never finished
        killed = store.start_run({"run_id": "run:killed", "command": "run", "started_at": "2026-01-01T00:00:00+00:00"})
    assert cli(["run", str(src), "--db", str(db)]) == 0
    with store_rows(db) as con:
        rows = {
            run_id: (finished is not None, json.loads(summary) if summary else None)
            for run_id, finished, summary in con.execute("SELECT run_id, finished_at, summary FROM runs").fetchall()
        }
    assert len(rows) == 2
    [new] = [r for r in rows if r != killed]
    assert rows[killed] == (True, {"status": "killed", "resumed_by": new})
    assert rows[new][0] and rows[new][1]["status"] == "finished" and rows[new][1]["documents"] == 1
    assert rows[new][1]["resumed_runs"] == [killed]


def test_recorded_error_from_any_exception_is_serialisable():
    err = RecordedError.from_input_error(ValueError("bad \udcff byte"), stage="code", doc_id="d\ud800")
    json.loads(err.model_dump_json())
    assert "\\xff" in err.reason
