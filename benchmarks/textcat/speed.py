"""The cost of ``detect.textcat.v1`` as a share of coding time, measured in one run on the same input.

Run by hand from the repository root (reads ``../shared/corpus``)::

    python benchmarks/textcat/speed.py

Codes the seed article and the 31 news texts with the default stages and
with ``detect.textcat.v1`` added, three times each in turn, and prints the
best time of each, the classifier's own time over every sentence, and the
ratios.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from dotterel.coder import Coder
from dotterel.events.textcat import EventClassifier
from dotterel.ingest import make_document
from dotterel.pipeline import DEFAULT_STAGES, PipelineConfig

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def main() -> int:
    docs = [make_document((CORPUS / "seed_kazakhstan_2022.txt").read_text(encoding="utf-8"), doc_id="seed",
                          published="2022-02-01")]
    for line in (CORPUS / "news.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        docs.append(make_document(rec["text"], doc_id=rec["id"], published=rec.get("published")))
    rules = Coder(PipelineConfig())
    stages = list(DEFAULT_STAGES)
    stages.insert(stages.index("detect.rules.v1") + 1, "detect.textcat.v1")
    combined = Coder(PipelineConfig(stages=stages), nlp=rules.nlp, gazetteer=rules.gazetteer, kb=rules.kb,
                     ontology=rules.ontology, lexicon=rules.lexicon)
    list(rules.code_documents(docs[:2]))  # warm caches
    best = {"rules": float("inf"), "combined": float("inf")}
    for _ in range(3):
        for name, coder in (("rules", rules), ("combined", combined)):
            t0 = time.perf_counter()
            list(coder.code_documents(docs))
            best[name] = min(best[name], time.perf_counter() - t0)
    clf = EventClassifier.load()
    sentences = [s.text for d in rules.nlp.pipe(doc.text for doc in docs) for s in d.sents]
    t0 = time.perf_counter()
    for s in sentences:
        clf.predict(s)
    own = time.perf_counter() - t0
    print(f"documents {len(docs)}, sentences {len(sentences)}")
    print(f"rules only {best['rules']:.2f} s, with detect.textcat.v1 {best['combined']:.2f} s, "
          f"ratio {best['combined'] / best['rules']:.3f}")
    print(f"classifier alone {own * 1000:.0f} ms ({own / len(sentences) * 1000:.2f} ms a sentence), "
          f"{own / best['rules']:.1%} of the rules-only coding time")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
