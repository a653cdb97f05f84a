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
