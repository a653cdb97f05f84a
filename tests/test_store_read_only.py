"""Read-only opening: several readers share a store file; nothing is written; stale stores say what to do."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_store_v2 import _filter_store, v1_path  # noqa: F401  (the fixture is used by name)

from dotterel.errors import StoreError
from dotterel.records import Document
from dotterel.store import SCHEMA_VERSION, EventStore, NeedsWritingError, open_for_reading


def _linked(path: Path) -> Path:
    store = _filter_store(path)
    assert len(list(store.linked_events())) == 3  # links the events (the store is no longer stale)
    store.close()
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _env() -> dict[str, str]:
    """The environment of a child process: this worktree's package first."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(Path(__file__).parents[1] / "src"),
                                                                   os.environ.get("PYTHONPATH", "")) if p)}


def _dotterel(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "dotterel", *args], capture_output=True, text=True, env=_env(),
                          timeout=120)


# One other process runs several commands through the CLI's ``main`` (what ``python -m dotterel`` runs), each
# with its own stdout, and prints their exit statuses and outputs as JSON: one interpreter start, not one each.
_COMMANDS = """
import contextlib, io, json, sys
from dotterel.cli import main
results = []
for argv in json.loads(sys.argv[1]):
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        status = main(argv)
    results.append((status, out.getvalue()))
print(json.dumps(results))
"""


def _dotterel_in_one_process(*commands: list[str]) -> list[tuple[int, str]]:
    """The exit status and stdout of each of ``commands`` (``dotterel`` arguments), run in one other process."""
    done = subprocess.run([sys.executable, "-c", _COMMANDS, json.dumps(commands)], capture_output=True, text=True,
                          env=_env(), timeout=120)
    assert done.returncode == 0, done.stderr
    return [tuple(r) for r in json.loads(done.stdout)]


def test_read_only_store_reads_and_never_writes(tmp_path):
    path = _linked(tmp_path / "ro.duckdb")
    before = _digest(path)
    with EventStore(path, read_only=True) as store:
        assert sorted(e.location.name for e in store.linked_events()) == ["Almaty", "Kaduna", "Zhanaozen"]
        with pytest.raises(StoreError, match="write failed and was rolled back"):
            store.write_document(Document(doc_id="new", text="Police detained 27 people."), [])
    assert _digest(path) == before
    with EventStore(path) as store:
        assert [d.doc_id for d in store.documents()] == ["a", "b", "c", "d"]


def test_two_processes_read_one_store_while_a_read_only_reader_holds_it(tmp_path):
    path = _linked(tmp_path / "shared.duckdb")
    with EventStore(path, read_only=True) as held:
        (status, found), (exported_status, exported) = _dotterel_in_one_process(
            ["events", "--db", str(path), "--country", "KAZ", "--format", "jsonl"],
            ["export", "--db", str(path), "--format", "jsonl"])
        assert status == 0
        assert len(found.splitlines()) == 2  # the Almaty and the Zhanaozen protests
        assert exported_status == 0 and len(exported.splitlines()) == 3
        assert held.count_linked_events() == 3


def test_a_writer_still_finds_the_file_busy(tmp_path):
    path = _linked(tmp_path / "busy.duckdb")
    with EventStore(path, read_only=True):
        written = subprocess.run(
            [sys.executable, "-c", f"from dotterel.store import EventStore; EventStore({str(path)!r})"],
            capture_output=True, text=True, timeout=120,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[1] / "src")},
        )
        assert written.returncode != 0 and "the store is open in another process" in written.stderr


def test_read_only_opening_of_a_stale_or_old_store_says_to_open_it_for_writing(tmp_path, v1_path):  # noqa: F811
    stale = tmp_path / "stale.duckdb"
    _filter_store(stale).close()  # written, never linked: stale
    for path, what in ((stale, "linked events are out of date"), (v1_path, f"needs migrating to {SCHEMA_VERSION}")):
        before = _digest(path)
        with pytest.raises(NeedsWritingError, match=what) as caught:
            EventStore(path, read_only=True)
        assert "dotterel events --db FILE" in str(caught.value)
        assert _digest(path) == before
        with open_for_reading(path) as store:  # falls back to opening for writing, which brings it up to date
            assert not store.read_only and store.count_linked_events() > 0
        with EventStore(path, read_only=True) as store:
            assert store.read_only and store.count_linked_events() > 0


def test_read_only_opening_of_a_missing_file_or_an_empty_database(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        EventStore(tmp_path / "missing.duckdb", read_only=True)
    import duckdb

    duckdb.connect(str(tmp_path / "empty.duckdb")).close()
    with pytest.raises(StoreError, match="not a dotterel store"):
        EventStore(tmp_path / "empty.duckdb", read_only=True)


def test_a_server_that_never_stores_shares_its_store_with_other_readers(tmp_path):
    from dotterel.server import ServerSettings, ServerState

    path = tmp_path / "served.duckdb"
    _filter_store(path).close()  # stale: the server links it once, then holds it read-only
    state = ServerState(ServerSettings(db=str(path), allow_store=False))
    try:
        with state.store() as store:
            assert store.read_only and store.count_linked_events() == 3
        result = _dotterel("events", "--db", str(path), "--format", "jsonl")
        assert result.returncode == 0 and len(result.stdout.splitlines()) == 3
    finally:
        state.close()
