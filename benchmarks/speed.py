"""Speed of `dotterel code` against bare spaCy `nlp.pipe`, measured in one run on the same texts.

Run by hand (not collected by pytest):

    python benchmarks/speed.py [--repeat N] [--n-process 1]

Inputs: ../shared/corpus/news.jsonl (31 texts) and the seed article, when
../shared is present; otherwise the bundled example article. Prints words per
second and sentences per second of the coder end to end (normalisation,
parsing, event coding) and of `nlp.pipe` with the same model and pipeline, the
ratio between them, the time to load the coder and the peak resident memory.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def load_texts() -> list[tuple[str, str | None]]:
    texts: list[tuple[str, str | None]] = []
    news = SHARED / "corpus" / "news.jsonl"
    seed = SHARED / "corpus" / "seed_kazakhstan_2022.txt"
    if news.exists():
        for line in news.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            texts.append((d["text"], d.get("published")))
    if seed.exists():
        texts.append((seed.read_text(encoding="utf-8"), "2022-02-01"))
    if not texts:
        texts.append(((REPO / "examples" / "tbilisi_2024.txt").read_text(encoding="utf-8"), "2024-05-01"))
    return texts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5, help="times the input is repeated (default 5)")
    parser.add_argument("--n-process", type=int, default=1)
    args = parser.parse_args(argv)

    from dotterel.annotate import normalise
    from dotterel.coder import Coder
    from dotterel.ingest import make_document

    t0 = time.perf_counter()
    coder = Coder()
    load_s = time.perf_counter() - t0

    base = load_texts()
    texts = base * args.repeat
    docs = [make_document(t, published=p, doc_id=f"d{i}") for i, (t, p) in enumerate(texts)]
    words = sum(len(t.split()) for t, _ in texts)

    # warm-up, so that neither side pays for first-call costs
    list(coder.code_documents(docs[:2]))

    import spacy

    from dotterel.annotate import MODEL_NAME

    plain = spacy.load(MODEL_NAME)
    list(plain.pipe([t for t, _ in texts[:2]]))
    t0 = time.perf_counter()
    sents = 0
    for doc in plain.pipe((t for t, _ in texts), batch_size=16, n_process=args.n_process):
        sents += sum(1 for _ in doc.sents)
    spacy_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    for doc in coder.nlp.pipe((normalise(t).normalised for t, _ in texts), batch_size=16, n_process=args.n_process):
        pass
    ours_s = time.perf_counter() - t0

    t0 = time.perf_counter()
    events = 0
    for coded in coder.code_documents(docs, n_process=args.n_process):
        events += len(coded.events)
    dotterel_s = time.perf_counter() - t0

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"input: {len(texts)} texts, {words} words, {sents} sentences; {events} events coded")
    print(f"coder load: {load_s:.2f} s")
    print(f"bare nlp.pipe : {words / spacy_s:8.0f} words/s {sents / spacy_s:7.1f} sentences/s ({spacy_s:.2f} s)")
    print(f"annotate only : {words / ours_s:8.0f} words/s (normalise + our pipeline with entity ruler, {ours_s:.2f} s)")
    print(f"dotterel code : {words / dotterel_s:8.0f} words/s {sents / dotterel_s:7.1f} sentences/s ({dotterel_s:.2f} s)")
    print(f"ratio dotterel / bare nlp.pipe speed: {spacy_s / dotterel_s:.2f}")
    print(f"peak RSS: {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
