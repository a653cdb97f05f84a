"""How coding time grows with the length of one text (run by hand, not by pytest).

    python benchmarks/length_scale.py [--copies 1,2,4,8,16] [--text FILE] [--published 2022-02-01]

Builds texts of 1, 2, 4, ... copies of one article (default: the seed article
in ``../shared/corpus``, else ``examples/tbilisi_2024.txt``) joined by blank
lines, and times on each, in the same process:

* the baseline: bare spaCy on the same text (``coder.nlp(text)``, the model
  dotterel loads, entity ruler included), which is linear in the length;
* ``coder.code(text)``, the whole coder.

It prints seconds per 10,000 characters for both and the ratio coder/spaCy.
A ratio that stays flat as the text grows means coding is linear in its
length; it grew with the length before the per-document caches of
``dotterel.annotate`` (``doc.text`` and ``doc.ents`` were rebuilt for each
event mention, so a 180,000-character text took minutes).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from dotterel.coder import Coder

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", default="1,2,4,8,16")
    parser.add_argument("--text", type=Path)
    parser.add_argument("--published", default=None)
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    seed = ROOT.parent / "shared" / "corpus" / "seed_kazakhstan_2022.txt"
    path = args.text or (seed if seed.exists() else ROOT / "src" / "dotterel" / "examples" / "tbilisi_2024.txt")
    if not path.exists():
        path = ROOT / "examples" / "tbilisi_2024.txt"
    published = args.published or ("2022-02-01" if path == seed else "2024-05-01")
    article = path.read_text(encoding="utf-8")
    coder = Coder()
    coder.code(article, published=published)  # warm-up
    rows = []
    print(f"{path.name}: {len(article)} characters per copy")
    print(f"{'copies':>6} {'chars':>8} {'events':>6} {'spaCy s/10k':>12} {'coder s/10k':>12} {'ratio':>6}")
    for copies in (int(c) for c in args.copies.split(",")):
        text = "\n\n".join([article] * copies)
        start = time.perf_counter()
        coder.nlp(text)
        spacy_s = time.perf_counter() - start
        start = time.perf_counter()
        events = coder.code(text, published=published)
        coder_s = time.perf_counter() - start
        per = 10_000 / len(text)
        row = {"copies": copies, "chars": len(text), "events": len(events), "spacy_seconds": round(spacy_s, 3),
               "coder_seconds": round(coder_s, 3), "ratio": round(coder_s / spacy_s, 2)}
        rows.append(row)
        print(f"{copies:>6} {len(text):>8} {len(events):>6} {spacy_s * per:>12.3f} {coder_s * per:>12.3f} {row['ratio']:>6.2f}")
    if args.json:
        args.json.write_text(json.dumps({"text": path.name, "published": published, "rows": rows}, indent=1) + "\n")


if __name__ == "__main__":
    main()
