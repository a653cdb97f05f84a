"""Runs that nothing kills halfway (issue 14): workers die with their parent, a resumed run counts once."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.test_runner import corpus_lines, write_jsonl

pytestmark = pytest.mark.usefixtures("codes_each_document_once")  # reruns and pages code the same documents


def _children(pid: int) -> list[int]:
    """Live (not zombie) processes whose parent is ``pid``, from /proc."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        # "pid (comm) state ppid ...": comm may hold spaces and parentheses, so split after the last ")".
        state, ppid = stat.rsplit(")", 1)[1].split()[:2]
        if int(ppid) == pid and state != "Z":
            found.append(int(entry))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from /proc (Linux)")
def test_pool_workers_die_within_seconds_of_a_kill_9_of_the_run(tmp_path):
    src = write_jsonl(tmp_path / "c.jsonl", corpus_lines(120))
    db = tmp_path / "orphans.duckdb"
    shards = Path(f"{db}.shards")
    proc = subprocess.Popen(
        [sys.executable, "-m", "dotterel", "run", str(src), "--db", str(db), "--shard-size", "1", "--processes", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 180
        # Kill once the workers code: their first shards exist.
        while not (shards.is_dir() and any(p.suffix == ".parquet" for p in shards.iterdir())):
            assert proc.poll() is None, "the run ended before it made a shard"
            assert time.monotonic() < deadline, "the run made no shard in 180 s"
            time.sleep(0.02)
        workers = _children(proc.pid)
        assert len(workers) >= 2, workers  # two pool workers (and the resource tracker)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    killed_at = time.monotonic()
    while any(_alive(pid) for pid in workers) and time.monotonic() - killed_at < 10:
        time.sleep(0.1)
    survivors = [pid for pid in workers if _alive(pid)]
    for pid in survivors:  # do not leave them behind if the test fails
        os.kill(pid, signal.SIGKILL)
    assert survivors == [], "pool workers outlived their killed parent by 10 s"
    # Nothing more is written once they are gone.
    before = sorted(p.name for p in shards.iterdir())
    time.sleep(1.5)
    assert sorted(p.name for p in shards.iterdir()) == before


# -- a full disk or a refused write is one line, and what was stored stays ---------------------------


def test_errors_file_on_a_full_disk_is_one_line_and_the_run_resumes(tmp_path, cli, capsys):
    lines = corpus_lines(4)
    lines.insert(2, "{not json")
    src = write_jsonl(tmp_path / "c.jsonl", lines)
    db = tmp_path / "full.duckdb"
    assert cli(["run", str(src), "--db", str(db), "--errors", "/dev/full", "--shard-size", "1"]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    [line] = [x for x in err.splitlines() if x.startswith("dotterel: error:")]
    assert line == (
        "dotterel: error: /dev/full: cannot write the errors file (No space left on device); free disk space, "
        "then run the command again; a new run resumes where this one stopped"
    )
    assert cli(["run", str(src), "--db", str(db)]) == 2  # the bad line is an error again
    from dotterel.store import EventStore

    with EventStore(db) as store:
        assert len(store.documents()) == 4 and [e.line for e in store.errors()] == [3]


def test_shard_write_on_a_full_disk_is_one_line_and_the_store_is_whole_after_a_rerun(tmp_path, coder, monkeypatch):
    import errno

    from dotterel.errors import StoreError
    from dotterel.runner import RunSettings, run_corpus
    from dotterel.runner import engines
    from tests.test_runner import content

    src = write_jsonl(tmp_path / "c.jsonl", corpus_lines(6))
    whole = tmp_path / "whole.duckdb"
    run_corpus([str(src)], db=str(whole), settings=RunSettings(shard_size=2), coder=coder)

    real = engines.write_shard_file
    written = []

    def fills_up(folder, name, data):
        if written:
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append(name)
        return real(folder, name, data)

    monkeypatch.setattr(engines, "write_shard_file", fills_up)
    db = tmp_path / "full.duckdb"
    with pytest.raises(StoreError) as caught:
        run_corpus([str(src)], db=str(db), settings=RunSettings(shard_size=2), coder=coder)
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith(f"{db}.shards/") and ": cannot write a shard file (No space left on device); " in message
    assert message.endswith("free disk space, then run the command again; a new run resumes where this one stopped")
    monkeypatch.setattr(engines, "write_shard_file", real)
    run_corpus([str(src)], db=str(db), settings=RunSettings(shard_size=2), coder=coder)
    assert content(db) == content(whole)
