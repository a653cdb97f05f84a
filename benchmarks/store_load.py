"""Where the time of loading a corpus into the store goes (run by hand, not by pytest).

    python benchmarks/store_load.py [--mentions 50000] [--shard 32] [--seed 7]

The mentions are ``tests/dedup_mix.py``'s realistic mix, grouped into their
documents, loaded as a corpus run loads them: shards of ``--shard`` documents,
each with :meth:`EventStore.write_batch` in one transaction, into a fresh
DuckDB file; then the events are rebuilt once with
:meth:`EventStore.refresh_events`. Printed, in CPU seconds of this process
(``time.process_time``, DuckDB's threads included; wall-clock seconds on a
shared machine mostly measure the other jobs) and as shares of the whole
load, with the wall-clock total:

* ``shards``: all the ``write_batch`` calls;
* ``rebuild``: ``refresh_events``, split into reading the mentions back
  (``mention_refs``, timed alone), linking them (``link_mentions`` on what
  was read, timed alone) and the rest, which is writing ``events`` and
  ``event_mentions``.
"""

from __future__ import annotations

import argparse
import pathlib
import sys
import tempfile
import time
from collections import defaultdict

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent.parent / "tests"))

from dedup_mix import realistic_mix  # noqa: E402

from dotterel.collector import collector_paused  # noqa: E402
from dotterel.dedup import link_mentions  # noqa: E402
from dotterel.records import Document  # noqa: E402
from dotterel.store import CodedBatchItem, EventStore  # noqa: E402


def batches(n_mentions: int, seed: int, shard: int) -> list[list[CodedBatchItem]]:
    by_doc: dict[str, list] = defaultdict(list)
    for ref in realistic_mix(n_mentions, seed=seed):
        by_doc[ref.doc_id].append(ref)
    items = [
        CodedBatchItem(
            document=Document(doc_id=doc_id, text="They struck here.", published=refs[0].published,
                              source=refs[0].source),
            events=[r.event for r in refs],
        )
        for doc_id, refs in by_doc.items()
    ]
    return [items[i:i + shard] for i in range(0, len(items), shard)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mentions", type=int, default=50_000)
    ap.add_argument("--shard", type=int, default=32)
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()
    shards = batches(args.mentions, args.seed, args.shard)
    with tempfile.TemporaryDirectory() as tmp:
        with EventStore(str(pathlib.Path(tmp) / "load.duckdb")) as store:
            wall = time.perf_counter()
            t0 = time.process_time()
            for k, items in enumerate(shards):
                store.write_batch(items, shard=f"shard{k:06d}")
            t_shards = time.process_time() - t0
            t0 = time.process_time()
            n_events = store.refresh_events()
            t_rebuild = time.process_time() - t0
            wall = time.perf_counter() - wall
            t0 = time.process_time()
            with collector_paused():  # as refresh_events reads them
                refs = list(store.mention_refs())
            t_read = time.process_time() - t0
            t0 = time.process_time()
            link_mentions(refs)
            t_link = time.process_time() - t0
    total = t_shards + t_rebuild
    t_write = max(t_rebuild - t_read - t_link, 0.0)
    print(f"{args.mentions} mentions, {sum(map(len, shards))} documents in {len(shards)} shards, {n_events} events")
    for name, t in (("shards (write_batch)", t_shards), ("rebuild (refresh_events)", t_rebuild),
                    ("  read mentions", t_read), ("  link", t_link), ("  write events", t_write)):
        print(f"{name:<26} {t:8.2f} s {t / total:6.1%}")
    print(f"{'load in all':<26} {total:8.2f} s CPU, {wall:.2f} s wall-clock")


if __name__ == "__main__":
    main()
