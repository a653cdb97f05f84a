"""Speed and memory of `dotterel code` against bare spaCy `nlp.pipe`, measured in one run on the same texts.

Run by hand (not collected by pytest):

    python benchmarks/speed.py [--limit N] [--processes 1 2] [--repeat 3] [--growth N] [--no-two-pass] [--json OUT]

Inputs (when ../shared is present): ../shared/corpus/news.jsonl (31 texts),
the seed article and the IndiaPoliceEvents development documents
(../shared/gold/india_police/docs.jsonl, ``doc_text`` repaired with ftfy,
about 750 articles); otherwise the bundled example article. ``--limit``
keeps the first N texts, for a quick run.

Measured, each in the same run on the same input:

* words/s and sentences/s of the coder end to end (normalisation, parsing,
  event coding) and of bare ``nlp.pipe`` with the same model (no entity
  ruler, no coding), on each number of processes given, and the ratio;
  each side is timed ``--repeat`` times, alternating with the other, and
  the fastest run counts (the machine may be shared: the minimum is the
  run least disturbed by other jobs);
* the same for the coder with the two passes (``PipelineConfig(two_pass=True)``,
  :mod:`dotterel.pipeline.two_pass`), timed in the same alternation (skip
  it with ``--no-two-pass``), and the share of the first pass's sentences
  that reached the second, in all and for each reason
  (:data:`dotterel.pipeline.two_pass.REASONS`);
* the share of each stage in the coder's time, from its own timers
  (``Coder.stage_times``, CPU seconds) over the 1-process runs, where
  ``spacy.pipe`` is normalising and ``nlp.pipe`` (KB name tagger included);
* the KB name tagger alone (``dotterel_kb_names``) over the input once parsed:
  milliseconds per document, per 10,000 KB names, and its share of the
  coder's time per document;
* the time to load the coder (model, gazetteer index, knowledge base);
* peak resident memory of coding N texts and 10 N texts (``--growth N``,
  default 75: the first texts of the input, repeated when there are fewer),
  each in its own child process so each peak is separate, with the resident
  memory right after loading and at the end of coding (the live set, which
  the load-time peak can hide), and whether it stays flat (the 10x peak and
  end-of-run memory under 1.25 times the 1x ones).

Words are whitespace-separated tokens; sentences are spaCy's.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def load_texts(limit: int | None = None) -> list[tuple[str, str | None]]:
    """(text, published) pairs: the news corpus, the seed article, the India police documents."""
    texts: list[tuple[str, str | None]] = []
    news = SHARED / "corpus" / "news.jsonl"
    seed = SHARED / "corpus" / "seed_kazakhstan_2022.txt"
    india = SHARED / "gold" / "india_police" / "docs.jsonl"
    if news.exists():
        for line in news.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            texts.append((d["text"], d.get("published")))
    if seed.exists():
        texts.append((seed.read_text(encoding="utf-8"), "2022-02-01"))
    if india.exists():
        from dotterel.evaluate.formats.india_police import repair

        for line in india.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            texts.append((repair(d["doc_text"])[0], "2002-03-15"))
    if not texts:
        texts.append(((REPO / "examples" / "tbilisi_2024.txt").read_text(encoding="utf-8"), "2024-05-01"))
    return texts[:limit] if limit else texts


def machine() -> dict:
    """CPU model, cores, RAM, Python and OS of this machine."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram_gb = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                ram_gb = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    os_name = platform.platform()
    try:
        for line in Path("/etc/os-release").read_text().splitlines():
            if line.startswith("PRETTY_NAME="):
                os_name = line.split("=", 1)[1].strip('"')
    except OSError:
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "ram_gb": ram_gb, "python": platform.python_version(),
            "os": os_name, "load_average_1min": round(os.getloadavg()[0], 2)}


def peak_rss_mb() -> float:
    """Peak resident set size of this process, in MB (Linux ru_maxrss is in KB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float | None:
    """Resident set size of this process now, in MB (VmRSS of /proc/self/status; None where there is none)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def child_peak(count: int) -> dict:
    """Code ``count`` texts in a child process; its peak RSS after loading and after coding, and its time."""
    out = subprocess.run([sys.executable, __file__, "--child", str(count)], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def run_child(count: int) -> int:
    """Child process of :func:`child_peak`: print one JSON line of figures."""
    from dotterel.coder import Coder
    from dotterel.ingest import make_document

    coder = Coder()
    base = load_texts()
    after_load, rss_load = peak_rss_mb(), current_rss_mb()
    texts = (base * (count // len(base) + 1))[:count]
    words = sum(len(t.split()) for t, _ in texts)
    t0 = time.perf_counter()
    n = 0
    docs = (make_document(t, published=p, doc_id=f"d{i}") for i, (t, p) in enumerate(texts))
    for coded in coder.code_documents(docs):
        n += len(coded.events)
    print(json.dumps({"texts": count, "words": words, "events": n, "after_load_mb": after_load,
                      "rss_after_load_mb": rss_load, "rss_end_mb": current_rss_mb(),
                      "peak_mb": peak_rss_mb(), "seconds": time.perf_counter() - t0}))
    return 0


def kb_tagger(coder, docs, dotterel_s_per_doc: float | None) -> dict | None:
    """CPU time of the KB name tagger alone over ``docs`` once parsed, per document and per 10,000 names."""
    from dotterel.name_matcher import COMPONENT

    if COMPONENT not in coder.nlp.pipe_names or not docs:
        return None
    tagger = coder.nlp.get_pipe(COMPONENT)
    from dotterel.annotate import ruler_patterns

    names = len(ruler_patterns(coder.kb))
    with coder.nlp.memory_zone():
        parsed = [a.doc for a in coder.annotator.pipe(docs)]
        t0 = time.process_time()
        for doc in parsed:
            tagger(doc)
        per_doc = (time.process_time() - t0) / len(parsed)
        del parsed
    return {"names": names, "documents": len(docs), "ms_per_doc": per_doc * 1000,
            "ms_per_doc_per_10k_names": per_doc * 1000 * 10_000 / max(1, names),
            "share_of_coding": per_doc / dotterel_s_per_doc if dotterel_s_per_doc else None}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="keep the first N texts (quick run)")
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2], help="process counts (default 1 2)")
    parser.add_argument("--repeat", type=int, default=3,
                        help="time each side this many times, alternating, and keep the fastest (default 3)")
    parser.add_argument("--growth", type=int, default=75, metavar="N",
                        help="memory test: peak RSS coding N and 10 N texts (default 75; 0 skips it)")
    parser.add_argument("--no-two-pass", action="store_true", help="do not time the coder with two passes")
    parser.add_argument("--json", default=None, help="also write the figures as JSON to this file")
    parser.add_argument("--config", default=None, metavar="TOML",
                        help="a pipeline configuration, as dotterel's --config (both coders; two_pass set per coder)")
    parser.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        return run_child(args.child)

    import spacy

    from dotterel.coder import Coder
    from dotterel.ingest import make_document

    from dotterel.pipeline.config import PipelineConfig

    base = PipelineConfig.load(args.config)
    t0 = time.perf_counter()
    coder = Coder(base.with_overrides(two_pass=False))
    load_s = time.perf_counter() - t0
    two = None if args.no_two_pass else Coder(
        base.with_overrides(two_pass=True), gazetteer=coder.gazetteer, kb=coder.kb, ontology=coder.ontology,
        lang=coder.lang, lexicon=coder.lexicon)

    texts = load_texts(args.limit)
    docs = [make_document(t, published=p, doc_id=f"d{i}") for i, (t, p) in enumerate(texts)]
    words = sum(len(t.split()) for t, _ in texts)
    plain = spacy.load(coder.config.model)
    # warm-up, so that neither side pays for first-call costs
    list(coder.code_documents(docs[:2]))
    if two is not None:
        list(two.code_documents(docs[:2]))
    list(plain.pipe([t for t, _ in texts[:2]]))

    cpu: dict[str, list[float]] = {"spacy": [], "dotterel": [], "two_pass": []}  # 1 process: CPU seconds

    def time_spacy(n: int) -> tuple[float, int]:
        t0, c0 = time.perf_counter(), time.process_time()
        count = 0
        for doc in plain.pipe((t for t, _ in texts), batch_size=16, n_process=n):
            count += sum(1 for _ in doc.sents)
        if n == 1:
            cpu["spacy"].append(time.process_time() - c0)
        return time.perf_counter() - t0, count

    def time_dotterel(n: int, which=coder) -> tuple[float, int]:
        t0, c0 = time.perf_counter(), time.process_time()
        events = 0
        for coded in which.code_documents(docs, n_process=n):
            events += len(coded.events)
        if n == 1:
            cpu["dotterel" if which is coder else "two_pass"].append(time.process_time() - c0)
        return time.perf_counter() - t0, events

    runs = []
    sents = None
    coder.stage_times.reset()
    if two is not None:
        two.stage_times.reset()
    for n in args.processes:
        spacy_times, dotterel_times, two_times = [], [], []
        two_events = None
        for _ in range(args.repeat):
            # alternate them, so that a burst of load from other jobs hits all alike
            t, sents = time_spacy(n)
            spacy_times.append(t)
            t, events = time_dotterel(n)
            dotterel_times.append(t)
            if two is not None:
                t, two_events = time_dotterel(n, two)
                two_times.append(t)
        if n == 1:  # the stage timers count this process only: keep the 1-process runs' figures
            shares = coder.stage_times.shares()
            two_shares = two.stage_times.shares() if two is not None else None
            second = (two.stage_times.second_pass_sentences / max(1, two.stage_times.first_pass_sentences)
                      if two is not None else None)
            second_ner = (two.stage_times.second_pass_ner_sentences / max(1, two.stage_times.first_pass_sentences)
                          if two is not None else None)
            second_why = ({k: v / max(1, two.stage_times.first_pass_sentences)
                           for k, v in sorted(two.stage_times.second_pass_reasons.items(), key=lambda kv: -kv[1])}
                          if two is not None else None)
        spacy_s, dotterel_s = min(spacy_times), min(dotterel_times)
        run = {"processes": n, "spacy_s": spacy_s, "dotterel_s": dotterel_s, "events": events,
               "spacy_all_s": spacy_times, "dotterel_all_s": dotterel_times,
               "spacy_words_per_s": words / spacy_s, "spacy_sentences_per_s": sents / spacy_s,
               "dotterel_words_per_s": words / dotterel_s, "dotterel_sentences_per_s": sents / dotterel_s,
               "ratio": spacy_s / dotterel_s}
        if two_times:
            two_s = min(two_times)
            run.update({"two_pass_s": two_s, "two_pass_all_s": two_times, "two_pass_events": two_events,
                        "two_pass_words_per_s": words / two_s, "two_pass_sentences_per_s": sents / two_s,
                        "two_pass_ratio": spacy_s / two_s})
        runs.append(run)
        if n == 1:
            coder.stage_times.reset()  # the other process counts would add only this process's share

    kb = kb_tagger(coder, docs[:200], runs[0]["dotterel_s"] / len(docs) if runs else None)

    growth = None
    if args.growth > 0:
        small, large = (child_peak(k) for k in (args.growth, 10 * args.growth))
        growth = {"small": small, "large": large,
                  "flat": large["peak_mb"] < 1.25 * small["peak_mb"]
                  and (large["rss_end_mb"] or 0) < 1.25 * (small["rss_end_mb"] or 0)}

    cpu_ratio = {k: min(cpu["spacy"]) / min(v) for k, v in cpu.items() if k != "spacy" and v} if cpu["spacy"] else {}
    result = {"cpu_ratio_1_process": cpu_ratio, "cpu_1_process_s": cpu,
              "stage_shares": shares if 1 in args.processes else None,
              "two_pass_stage_shares": two_shares if 1 in args.processes else None,
              "second_pass_sentence_share": second if 1 in args.processes else None,
              "second_pass_reason_shares": second_why if 1 in args.processes else None,
              "second_pass_ner_sentence_share": second_ner if 1 in args.processes else None,
              "kb_tagger": kb,
              "context_ner": two.config.context_ner if two is not None else None,
              "input": {"texts": len(texts), "words": words, "sentences": sents,
                        "sources": "news.jsonl + seed article + IndiaPoliceEvents docs.jsonl (ftfy-repaired)"
                        if (SHARED / "gold").exists() else "examples/tbilisi_2024.txt",
                        "limit": args.limit},
              "coder_load_s": load_s, "runs": runs, "growth": growth, "peak_rss_mb": peak_rss_mb(),
              "machine": machine(), "command": "python benchmarks/speed.py " + " ".join(argv or sys.argv[1:])}
    print(f"input: {len(texts)} texts, {words} words, {sents} sentences")
    print(f"coder load: {load_s:.2f} s")
    for r in runs:
        print(f"{r['processes']} process(es): bare nlp.pipe {r['spacy_words_per_s']:8.0f} words/s "
              f"{r['spacy_sentences_per_s']:7.1f} sentences/s | dotterel code {r['dotterel_words_per_s']:8.0f} words/s "
              f"{r['dotterel_sentences_per_s']:7.1f} sentences/s | dotterel/spaCy speed {r['ratio']:.2f}"
              + (f" | two passes {r['two_pass_ratio']:.2f}" if "two_pass_ratio" in r else ""))
    if cpu_ratio:
        print("1 process, CPU time (less disturbed by other jobs than wall time): dotterel/spaCy speed "
              + ", ".join(f"{k} {v:.2f}" for k, v in cpu_ratio.items()))
    if result["stage_shares"]:
        print("share of the coder's CPU time (1 process): "
              + ", ".join(f"{k} {v:.1%}" for k, v in result["stage_shares"].items()))
    if result["second_pass_sentence_share"] is not None:
        print(f"two passes: {result['second_pass_sentence_share']:.1%} of the first pass's sentences reach the second "
              f"({result['second_pass_ner_sentence_share']:.1%} its entity recogniser); "
              "shares: " + ", ".join(f"{k} {v:.1%}" for k, v in result["two_pass_stage_shares"].items()))
        print("  why they reach it (share of the first pass's sentences): "
              + ", ".join(f"{k} {v:.1%}" for k, v in (result["second_pass_reason_shares"] or {}).items()))
    if kb:
        print(f"KB name tagger: {kb['names']} names, {kb['ms_per_doc']:.2f} ms per document "
              f"({kb['ms_per_doc_per_10k_names']:.2f} per 10k names), {kb['share_of_coding']:.1%} of the coder's time")
    if growth:
        sm, lg = growth["small"], growth["large"]
        print(f"peak RSS coding {sm['texts']} texts: {sm['peak_mb']:.0f} MB (after load {sm['after_load_mb']:.0f} MB, "
              f"live at the end {sm['rss_end_mb']:.0f} MB); {lg['texts']} texts: {lg['peak_mb']:.0f} MB "
              f"(live at the end {lg['rss_end_mb']:.0f} MB); "
              f"flat: {'yes' if growth['flat'] else 'no'}")
    print(f"peak RSS of this process: {result['peak_rss_mb']:.0f} MB")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
