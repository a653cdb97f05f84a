"""CPU time of several coder configurations against bare spaCy, alternated on chunks of the speed benchmark's texts.

Run by hand (not collected by pytest), from the repository's root:

    python benchmarks/chunked_cpu.py [--limit 100] [--chunk 25] [--rounds 2] [--json OUT] LABEL=TREE[:CONFIG] ...

``benchmarks/speed.py`` alternates whole runs of one coder configuration (and two passes) with bare spaCy; this
compares any number of configurations, and of source trees, in one run. Each ``LABEL=TREE[:CONFIG]`` is a
persistent worker process with ``PYTHONPATH=TREE/src``, so two checkouts (before and after a change) can be timed
side by side. ``CONFIG`` is ``one`` (the default: ``PipelineConfig()``), ``two`` (``two_pass = true``), ``nonr``
(``two_pass = true``, ``context_ner = false``), ``spacy`` (bare ``nlp.pipe`` of the same model, no coding) or a TOML
file (``PipelineConfig.load``). The label ``spacy`` is the reference of the ratios. For example, the README's
context_ner table:

    python benchmarks/chunked_cpu.py --limit 100 --chunk 25 --rounds 2 spacy=.:spacy one=. two=.:two nonr=.:nonr

The texts are :func:`speed.load_texts`'s first ``--limit``, cut in chunks of ``--chunk``. In each round every chunk
goes to every worker in turn, in reversed order every other chunk, and each worker counts its own process CPU time
(``time.process_time``), which other jobs on a shared machine disturb less than wall time. Output: each label's
summed CPU per round, the fastest round's ratio ``spacy CPU / label CPU`` (the speed ratio of the README's Speed
block: 1.0 is as fast as bare spaCy), the 1-minute load average after each round, and a hash of each coder's output
per chunk (every field of every coded document, ``config_hash`` left out), to check that two trees code alike.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _dump(coded) -> dict:
    """Every field of a coded document as JSON data, ``config_hash`` left out (it names the configuration)."""
    def plain(value):
        if isinstance(value, list):
            return [plain(v) for v in value]
        if hasattr(value, "model_dump"):
            return value.model_dump(mode="json", exclude={"config_hash"})
        return repr(value)

    return {field.name: plain(getattr(coded, field.name)) for field in dataclasses.fields(coded)}


def _config(name: str):
    from dotterel.pipeline.config import PipelineConfig

    named = {"one": {}, "two": {"two_pass": True}, "nonr": {"two_pass": True, "context_ner": False}}
    return PipelineConfig(**named[name]) if name in named else PipelineConfig.load(name)


def _worker(config: str, limit: int) -> None:
    sys.path.insert(0, str(HERE))
    from speed import load_texts

    texts = load_texts(limit)
    if config == "spacy":
        import spacy

        from dotterel.pipeline.config import PipelineConfig

        nlp = spacy.load(PipelineConfig().model)
        list(nlp.pipe([t for t, _ in texts[:2]]))

        def run(a: int, b: int):
            return "", sum(1 for d in nlp.pipe((t for t, _ in texts[a:b]), batch_size=16) for _ in d.sents)
    else:
        from dotterel.coder import Coder
        from dotterel.ingest import make_document

        coder = Coder(_config(config))
        docs = [make_document(t, published=p, doc_id=f"d{i}") for i, (t, p) in enumerate(texts)]
        list(coder.code_documents(docs[:2]))  # warm-up

        def run(a: int, b: int):
            h, n = hashlib.sha256(), 0
            for coded in coder.code_documents(docs[a:b]):
                h.update(json.dumps(_dump(coded), sort_keys=True, default=str).encode())
                n += len(coded.events)
            return h.hexdigest()[:16], n
    print("ready", flush=True)
    for line in sys.stdin:
        a, b = map(int, line.split())
        c0 = time.process_time()
        h, n = run(a, b)
        print(json.dumps({"cpu": time.process_time() - c0, "hash": h, "n": n}), flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=100)
    ap.add_argument("--chunk", type=int, default=25)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--json", default=None, help="also write every round, ratio and hash to this file")
    ap.add_argument("--worker", default=None, help=argparse.SUPPRESS)
    ap.add_argument("specs", nargs="*", metavar="LABEL=TREE[:CONFIG]")
    a = ap.parse_args()
    if a.worker:
        _worker(a.worker, a.limit)
        return 0
    procs = {}
    for spec in a.specs:
        label, rest = spec.split("=", 1)
        tree, _, config = rest.partition(":")
        tree = str(Path(tree).resolve())
        env = dict(os.environ, PYTHONPATH=os.path.join(tree, "src"))
        procs[label] = subprocess.Popen(
            [sys.executable, __file__, "--limit", str(a.limit), "--worker", config or "one"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=env, cwd=tree)
    for label, p in procs.items():
        if p.stdout.readline().strip() != "ready":
            raise SystemExit(f"worker {label} did not start")
    chunks = [(i, min(a.limit, i + a.chunk)) for i in range(0, a.limit, a.chunk)]
    cpu = {label: [0.0] * a.rounds for label in procs}
    hashes = {label: [None] * len(chunks) for label in procs}
    loads = []
    for r in range(a.rounds):
        for ci, (x, y) in enumerate(chunks):
            order = list(procs) if (r + ci) % 2 == 0 else list(procs)[::-1]
            for label in order:
                p = procs[label]
                p.stdin.write(f"{x} {y}\n")
                p.stdin.flush()
                d = json.loads(p.stdout.readline())
                cpu[label][r] += d["cpu"]
                hashes[label][ci] = (d["hash"], d["n"])
        loads.append(os.getloadavg()[0])
        print(f"round {r}: " + ", ".join(f"{k} {v[r]:.2f}s" for k, v in cpu.items()) + f", load {loads[-1]:.1f}",
              flush=True)
    for p in procs.values():
        p.stdin.close()
        p.wait()
    best = {label: min(v) for label, v in cpu.items()}
    out = {"best_cpu_s": best, "rounds_cpu_s": cpu, "loads": loads, "chunk_hashes": hashes,
           "ratio_to_spacy": {k: best["spacy"] / v for k, v in best.items()} if "spacy" in best else {}}
    print(json.dumps({k: out[k] for k in ("best_cpu_s", "ratio_to_spacy", "loads", "chunk_hashes")}, indent=1))
    if a.json:
        Path(a.json).write_text(json.dumps(out, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
