"""Cost of the knowledge base's names: loading them and matching them, per 10,000 names.

Run by hand (not collected by pytest):

    python benchmarks/kb_matching.py [--docs 200] [--ruler-sample 3000] [--json benchmarks/results/kb_matching.json]

Three figures, each measured in one run on the same input as its baseline
(process CPU time, so a busy machine slows both sides alike):

* **Build** of the name tagger, in CPU seconds per 10,000 names: dotterel's
  :class:`~dotterel.name_matcher.NameMatcher` with today's own KB (Phoenix left
  out) and with the whole packaged KB (Phoenix in), against spaCy's
  ``entity_ruler`` (``phrase_matcher_attr="LOWER"``, which runs the pipeline
  before it over every phrase) on today's KB and on the first
  ``--ruler-sample`` patterns of the whole KB (all of them would take minutes).
* **Matching**, per document: the tagger alone over documents already through
  the pipeline, as a ratio of bare spaCy ``nlp.pipe`` (the same pipeline, no
  KB names) over the same texts, in the same run.
* **Load**: the parts of a coder's load that the KB decides (reading the KB,
  making the patterns, loading the pipeline with the tagger), each in a fresh
  process (``--load-runs`` times, the kinds alternating; medians of CPU and
  wall time), as the code did before (own KB, ``entity_ruler``), with the new
  tagger on the own KB, and as it does now (whole KB, ``NameMatcher``).

The texts are the 31 news texts of ``../shared/corpus/news.jsonl`` and the
seed article when ``../shared`` is there, else ``examples/*.txt``, repeated
to ``--docs`` documents.
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _texts(n: int) -> list[str]:
    from dotterel.annotate import normalise

    news = ROOT.parent / "shared" / "corpus" / "news.jsonl"
    if news.exists():
        texts = [json.loads(line)["text"] for line in news.read_text(encoding="utf-8").splitlines() if line.strip()]
        seed = news.parent / "seed_kazakhstan_2022.txt"
        if seed.exists():
            texts.append(seed.read_text(encoding="utf-8"))
    else:
        texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples").glob("*.txt"))]
    texts = [normalise(t).normalised for t in texts]
    return [texts[i % len(texts)] for i in range(n)]


def _cpu(fn):
    t0 = time.process_time()
    out = fn()
    return out, time.process_time() - t0


def _ruler(nlp, patterns):
    ruler = nlp.add_pipe("entity_ruler", name="kb_ruler", before="ner",
                         config={"overwrite_ents": True, "phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(list(patterns))
    return ruler


LOAD_MODES = {
    "before: own KB + entity_ruler": (False, "ruler"),
    "own KB + NameMatcher": (False, "matcher"),
    "now: whole KB + NameMatcher": (True, "matcher"),
}


def _load_once(mode: str) -> dict:
    """In a fresh process: read the KB, make its patterns, load the pipeline with the name tagger."""
    from dotterel.actors.kb import KnowledgeBase
    from dotterel.annotate import load_pipeline, ruler_patterns

    from dotterel.lang import LanguageProfile

    en = LanguageProfile.load("en")
    phoenix, tagger = LOAD_MODES[mode]
    c0, w0 = time.process_time(), time.perf_counter()
    patterns = ruler_patterns(KnowledgeBase.load(phoenix=phoenix))
    if tagger == "ruler":
        _ruler(load_pipeline(lang=en), patterns)
    else:
        load_pipeline(lang=en, patterns=patterns)
    return {"cpu_s": time.process_time() - c0, "wall_s": time.perf_counter() - w0}


def _loads(runs: int) -> dict:
    """Each load mode ``runs`` times in fresh processes, the modes alternating; medians."""
    import statistics
    import subprocess
    import sys

    seen: dict[str, list[dict]] = {m: [] for m in LOAD_MODES}
    for _ in range(runs):
        for mode in LOAD_MODES:
            out = subprocess.run([sys.executable, __file__, "--load-once", mode], check=True,
                                 capture_output=True, text=True).stdout
            seen[mode].append(json.loads(out))
    return {m: {k: round(statistics.median(r[k] for r in rs), 2) for k in ("cpu_s", "wall_s")}
            for m, rs in seen.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200, help="documents to match (default 200)")
    parser.add_argument("--ruler-sample", type=int, default=3000,
                        help="patterns of the whole KB given to the entity_ruler baseline (default 3000)")
    parser.add_argument("--load-runs", type=int, default=3, help="fresh-process loads of each kind (default 3)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--load-once", choices=list(LOAD_MODES), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.load_once:
        print(json.dumps(_load_once(args.load_once)))
        return

    from dotterel.actors.kb import KnowledgeBase
    from dotterel.annotate import load_pipeline, ruler_patterns
    from dotterel.lang import LanguageProfile
    from dotterel.name_matcher import NameMatcher

    en = LanguageProfile.load("en")
    kb_all = KnowledgeBase.load()
    own = ruler_patterns(KnowledgeBase.load(phoenix=False))
    every = ruler_patterns(kb_all)
    nlp = load_pipeline(lang=en)
    load_pipeline(lang=en)  # warm: later loads reuse what the first one read
    _, t_bare_load = _cpu(lambda: load_pipeline(lang=en))

    # -- build per 10k names
    def build_new(patterns):
        m = NameMatcher(nlp.vocab)
        m.add_patterns(patterns, tokenizer=nlp.tokenizer)
        return m

    sample = every[: args.ruler_sample]
    build_new(own)  # warm: the first build pays for imports and the bare tokenizer's first use
    m_own, t_new_own = _cpu(lambda: build_new(own))
    m_all, t_new_all = _cpu(lambda: build_new(every))
    _, t_ruler_own = _cpu(lambda: _ruler(load_pipeline(lang=en), own))
    t_ruler_own -= t_bare_load  # the pipeline's own load is not the ruler's
    _, t_ruler_sample = _cpu(lambda: _ruler(load_pipeline(lang=en), sample))
    t_ruler_sample -= t_bare_load

    # -- matching per document, against bare nlp.pipe on the same texts
    texts = _texts(args.docs)
    docs, t_pipe = _cpu(lambda: list(nlp.pipe(texts, batch_size=16)))
    _, t_match_own = _cpu(lambda: [m_own.match(d) for d in docs])
    _, t_match_all = _cpu(lambda: [m_all.match(d) for d in docs])
    ruler_all = _ruler(load_pipeline(lang=en), sample)
    _, t_match_ruler = _cpu(lambda: [ruler_all.match(d) for d in docs])

    per10k = lambda t, n: t / n * 10_000  # noqa: E731
    n_docs = len(docs)
    out = {
        "names": {"own": len(own), "whole": len(every), "ruler_sample": len(sample)},
        "build_cpu_s_per_10k_names": {
            "name_matcher_own": round(per10k(t_new_own, len(own)), 3),
            "name_matcher_whole": round(per10k(t_new_all, len(every)), 3),
            "entity_ruler_own": round(per10k(t_ruler_own, len(own)), 3),
            "entity_ruler_sample": round(per10k(t_ruler_sample, len(sample)), 3),
        },
        "match_ms_per_doc": {
            "bare_nlp_pipe": round(t_pipe / n_docs * 1e3, 3),
            "name_matcher_own": round(t_match_own / n_docs * 1e3, 4),
            "name_matcher_whole": round(t_match_all / n_docs * 1e3, 4),
            "entity_ruler_sample": round(t_match_ruler / n_docs * 1e3, 4),
        },
        "match_ratio_to_bare_nlp_pipe": {
            "name_matcher_own": round(t_match_own / t_pipe, 4),
            "name_matcher_whole": round(t_match_all / t_pipe, 4),
            "entity_ruler_sample": round(t_match_ruler / t_pipe, 4),
        },
        "load_fresh_process_median": _loads(args.load_runs),
        "docs": n_docs,
        "machine": platform.platform(),
    }
    print(json.dumps(out, indent=1))
    if args.json:
        args.json.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
