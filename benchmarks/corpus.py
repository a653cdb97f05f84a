"""Corpus-run throughput: the local engine on 1 and 2 processes and Dask with 2 workers, in one run.

Run by hand (not collected by pytest), after `pip install -e '.[dask,bench]'`:

    python benchmarks/corpus.py [--limit N] [--write-readme]

Input: the development IndiaPoliceEvents documents
(../shared/gold/india_police/docs.jsonl, about 750 Times of India articles,
text in `doc_text`), with their mojibake repaired by ftfy. Each engine codes
the same documents into a fresh store with `dotterel.runner.run_corpus`
(shards of 32 documents); the time is the whole run as a user sees it:
loading the coder in every worker, coding, loading the shards and linking
the events. Peak memory is the largest resident set size (RSS) of this
process and all its children together, sampled every 0.1 s with psutil.
Speed-ups are ratios against the local engine on 1 process, measured in the
same run on the same input. The script checks that all three stores hold the
same mentions.

With `--write-readme` the table replaces the text between the
`<!-- corpus-benchmark -->` and `<!-- /corpus-benchmark -->` markers in
README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DOCS = REPO.parent / "shared" / "gold" / "india_police" / "docs.jsonl"
START, END = "<!-- corpus-benchmark -->", "<!-- /corpus-benchmark -->"


class PeakRSS:
    """Samples the summed RSS of this process and its descendants in a thread; `peak` in bytes."""

    def __init__(self, interval: float = 0.1) -> None:
        import psutil

        self._me = psutil.Process()
        self._psutil = psutil
        self._interval = interval
        self._stop = threading.Event()
        self.peak = 0
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _sample(self) -> int:
        total = 0
        for proc in [self._me, *self._me.children(recursive=True)]:
            try:
                total += proc.memory_info().rss
            except self._psutil.Error:  # a child that just ended
                pass
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._sample())
            self._stop.wait(self._interval)

    def __enter__(self) -> PeakRSS:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()


def prepare_input(folder: Path, limit: int | None) -> tuple[Path, int]:
    import ftfy

    out = folder / "india_police.jsonl"
    n = 0
    with DOCS.open(encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            if limit is not None and n >= limit:
                break
            record = json.loads(line)
            dst.write(json.dumps({"id": str(record["doc_id"]), "text": ftfy.fix_text(record["doc_text"])}) + "\n")
            n += 1
    return out, n


def mentions_of(db: Path) -> list:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute("SELECT event_id, doc_id, record FROM mentions ORDER BY event_id").fetchall()
    finally:
        con.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N documents")
    parser.add_argument("--write-readme", action="store_true", help="put the table into README.md")
    args = parser.parse_args(argv)
    if not DOCS.exists():
        print(f"{DOCS} not found: this benchmark needs ../shared", file=sys.stderr)
        return 2

    from dotterel.runner import RunSettings, run_corpus

    configs = [("local", 1, "local engine, 1 process"), ("local", 2, "local engine, 2 processes"),
               ("dask", 2, "Dask LocalCluster, 2 workers")]  # fmt: skip
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        src, n_docs = prepare_input(Path(tmp), args.limit)
        stores = []
        for engine, processes, label in configs:
            db = Path(tmp) / f"{engine}-{processes}.duckdb"
            settings = RunSettings(engine=engine, processes=processes, shard_size=32)
            with PeakRSS() as memory:
                t0 = time.perf_counter()
                summary = run_corpus([str(src)], db=str(db), settings=settings)
                seconds = time.perf_counter() - t0
            stores.append(db)
            results.append((label, summary.documents, seconds, memory.peak, summary.mentions, summary.events))
            print(f"{label}: {summary.documents} documents in {seconds:.1f} s, peak RSS {memory.peak / 2**20:.0f} MiB",
                  file=sys.stderr)
        same = all(mentions_of(db) == mentions_of(stores[0]) for db in stores[1:])

    base = results[0][1] / results[0][2]
    load = os.getloadavg()[0]
    lines = [
        f"`python benchmarks/corpus.py` on {n_docs} IndiaPoliceEvents development documents "
        f"({os.cpu_count()} CPU cores shared with other jobs, load average {load:.1f} at the end; "
        f"Python {platform.python_version()}); whole runs, coder loading included; "
        f"all three stores hold the same mentions: {'yes' if same else 'NO'}.",
        "",
        "| engine | documents | seconds | documents/s | speed-up | peak memory (all processes) | mentions | events |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for label, docs, seconds, peak, mentions, events in results:
        rate = docs / seconds
        lines.append(f"| {label} | {docs} | {seconds:.1f} | {rate:.2f} | {rate / base:.2f}x | "
                     f"{peak / 2**20:,.0f} MiB | {mentions} | {events} |")  # fmt: skip
    table = "\n".join(lines)
    print(table)
    if args.write_readme:
        readme = REPO / "README.md"
        text = readme.read_text(encoding="utf-8")
        if START not in text or END not in text:
            print(f"README.md has no {START} ... {END} markers", file=sys.stderr)
            return 2
        head, rest = text.split(START, 1)
        _, tail = rest.split(END, 1)
        readme.write_text(f"{head}{START}\n{table}\n{END}{tail}", encoding="utf-8")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
