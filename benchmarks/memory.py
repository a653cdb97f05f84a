"""Peak memory of a long `dotterel code` stream: coding 100 documents against 10,000.

Run by hand (not collected by pytest):

    python benchmarks/memory.py [--docs 100 10000] [--chars 1500] [--json benchmarks/results/memory.json]

Each size is coded in its own child process (``Coder.code_documents`` over a
stream, as ``dotterel code`` does), which prints its peak resident memory
(``ru_maxrss``), its resident memory right after loading the coder and at the
end, the number of strings in the spaCy vocabulary at the end, and its time.

The documents are synthesised from the benchmark texts of ``speed.py`` (the
news corpus, the seed article and the IndiaPoliceEvents documents when
``../shared`` is there): document ``i`` is text ``i mod n`` cut to its first
``--chars`` characters (at a line break), every figure replaced by seeded
random digits, and a last line crediting two invented reporters. So, like a
real corpus and unlike the same texts repeated, every document brings words
and numbers the vocabulary has not seen. The result says whether the peak of
the large run is within 10% of the small one (issue 15's target).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speed import current_rss_mb, load_texts, machine, peak_rss_mb  # noqa: E402

_SYLLABLES = ("ka", "lo", "mir", "zan", "tu", "bek", "ros", "vi", "del", "an", "shu", "pe", "gor", "na", "li", "tov")


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def synthesise(count: int, chars: int, seed: int = 15) -> list[tuple[str, str | None]]:
    """``count`` (text, published) pairs, each with figures and names of its own (see the module notes)."""
    base = load_texts()
    rng = random.Random(seed)
    out = []
    for i in range(count):
        text, published = base[i % len(base)]
        if len(text) > chars:
            cut = text.rfind("\n", 0, chars)
            text = text[:cut if cut > chars // 3 else chars]
        text = re.sub(r"\d+", lambda m: str(rng.randint(1, 10 ** len(m.group(0)))), text)
        text += f"\n\nReporting by {_name(rng)} {_name(rng)}; editing by {_name(rng)} {_name(rng)}."
        out.append((text, published))
    return out


def run_child(count: int, chars: int) -> int:
    """Code ``count`` synthesised documents and print one JSON line of figures."""
    from dotterel.coder import Coder
    from dotterel.ingest import make_document

    coder = Coder()
    texts = synthesise(count, chars)
    after_load, rss_load = peak_rss_mb(), current_rss_mb()
    t0 = time.perf_counter()
    events = 0
    docs = (make_document(t, published=p, doc_id=f"m{i}") for i, (t, p) in enumerate(texts))
    for coded in coder.code_documents(docs):
        events += len(coded.events)
    print(json.dumps({"documents": count, "words": sum(len(t.split()) for t, _ in texts), "events": events,
                      "peak_after_load_mb": round(after_load, 1), "rss_after_load_mb": round(rss_load or 0, 1),
                      "rss_end_mb": round(current_rss_mb() or 0, 1), "peak_mb": round(peak_rss_mb(), 1),
                      "vocab_strings": len(coder.nlp.vocab.strings), "seconds": round(time.perf_counter() - t0, 1)}))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[100, 10_000], help="sizes (default 100 10000)")
    parser.add_argument("--chars", type=int, default=1500, help="characters kept of each text (default 1500)")
    parser.add_argument("--json", default=None, help="also write the figures as JSON to this file")
    parser.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        return run_child(args.child, args.chars)
    runs = []
    for count in args.docs:
        out = subprocess.run([sys.executable, __file__, "--child", str(count), "--chars", str(args.chars)],
                             capture_output=True, text=True, check=True)
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
        r = runs[-1]
        print(f"{r['documents']:6d} documents ({r['words']} words, {r['seconds']} s): peak {r['peak_mb']} MB, "
              f"after load {r['rss_after_load_mb']} MB, at the end {r['rss_end_mb']} MB, "
              f"{r['vocab_strings']} vocabulary strings")
    small, large = runs[0], runs[-1]
    result = {"runs": runs, "chars": args.chars, "peak_ratio": round(large["peak_mb"] / small["peak_mb"], 3),
              "end_ratio": round(large["rss_end_mb"] / small["rss_end_mb"], 3),
              "machine": machine(), "command": "python benchmarks/memory.py " + " ".join(argv or sys.argv[1:])}
    result["flat"] = result["peak_ratio"] <= 1.10
    print(f"peak {large['documents']} / {small['documents']} documents: {result['peak_ratio']:.3f} "
          f"(end of run {result['end_ratio']:.3f}); within 10%: {'yes' if result['flat'] else 'no'}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
