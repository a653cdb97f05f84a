"""Rules only, model only and combined, on the dev sets: the table of ``data/models/MODEL.md``.

Run by hand from the repository root (needs ``../shared``; the NGEC held-out
split is written by ``scripts/train_event_classifier.py --heldout``)::

    python benchmarks/textcat/compare.py --ngec-heldout /tmp/ngec_heldout.jsonl \
        --propose 0.5 0.6 0.7 --limit 150 -o /tmp/textcat_compare.md

Each row is one ``dotterel evaluate --config ... --report json`` run. Other
propose / veto thresholds than the shipped ones are measured through a stage
subclass written to a temporary folder and listed by import reference, so
the shipped model file is never edited to try them.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1].parent / "shared"
from dotterel.pipeline import DEFAULT_STAGES

# the default stages around the rules' place, so the lists follow the defaults when they change
_AT = DEFAULT_STAGES.index("detect.rules.v1")
BASE = list(DEFAULT_STAGES[:_AT])
TAIL = list(DEFAULT_STAGES[_AT + 1:])
_VARIANT = '''
from dotterel.events.textcat import TextcatDetector

class Variant(TextcatDetector):
    def __init__(self, resources, classifier=None):
        super().__init__(resources, classifier)
        self.propose_at = {propose}
        self.veto_at = {veto}
'''


def gold_sets(ngec: Path | None) -> dict[str, Path]:
    sets = {"plover-gsr": SHARED / "gold/plover/PLOVER_GSR_examples.json",
            "cases": SHARED / "cases/cases.jsonl",
            "india_police": SHARED / "gold/india_police",
            "event_location_dev": SHARED / "gold/geo/event_location_dev.jsonl"}
    if ngec is not None:
        sets["ngec-heldout"] = ngec
    return sets


def run(stages: list[str], golds: dict[str, Path], limit: int, tmp: Path, label: str) -> dict[str, dict]:
    cfg = tmp / f"{label}.toml"
    cfg.write_text("stages = " + json.dumps(stages) + "\n", encoding="utf-8")
    out = tmp / f"{label}.json"
    cmd = [sys.executable, "-m", "dotterel", "evaluate", *map(str, golds.values()), "--config", str(cfg),
           "--report", "json", "-o", str(out), "--limit", str(limit)]
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, env={**__import__("os").environ, "PYTHONPATH": str(tmp)})
    secs = time.perf_counter() - t0
    report = json.loads(out.read_text(encoding="utf-8"))
    rows = {}
    for name, res in zip(golds, report["results"]):
        ev = res["scores"].get("event")
        hp = res.get("headline_pr", {})
        if ev is None:  # india-police, event-location: their own headline (police action, event found)
            key = next((k for k in ("ANY_ACTION F1 (sentence)", "event found") if k in res["headline"]), None)
            p_r = hp.get(key) or [None, None]
            ev = {"precision": p_r[0], "recall": p_r[1], "f1": res["headline"].get(key), "metric": key}
        pr = hp.get("type macro F1", [None, None])
        rows[name] = {"metric": ev.get("metric", "event"), "P": ev.get("precision"), "R": ev.get("recall"),
                      "F1": ev.get("f1"),
                      "type_macro_F1": res["headline"].get("type macro F1"), "type_macro_P": pr[0],
                      "type_macro_R": pr[1], "records": res["records"]}
    rows["_seconds"] = secs
    return rows


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--ngec-heldout", type=Path)
    ap.add_argument("--propose", type=float, nargs="+", default=[0.6])
    ap.add_argument("--veto", type=float, nargs="+", default=[1.01])
    ap.add_argument("--limit", type=int, default=150, help="records per gold set")
    ap.add_argument("--skip-model-only", action="store_true")
    ap.add_argument("-o", "--output", type=Path)
    args = ap.parse_args(argv)
    golds = gold_sets(args.ngec_heldout)
    results = {}
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        results["rules only"] = run(BASE + ["detect.rules.v1"] + TAIL, golds, args.limit, tmp, "rules")
        for p in args.propose:
            for v in args.veto:
                mod = f"variant_{int(p * 100)}_{int(v * 100)}"
                (tmp / f"{mod}.py").write_text(_VARIANT.format(propose=p, veto=v), encoding="utf-8")
                ref = f"{mod}:Variant"
                if not args.skip_model_only and v == args.veto[0]:
                    results[f"model only (p>={p})"] = run(BASE + [ref] + TAIL, golds, args.limit, tmp, mod + "_m")
                veto = "" if v > 1 else f", veto NONE>={v}"
                results[f"combined (p>={p}{veto})"] = run(BASE + ["detect.rules.v1", ref] + TAIL, golds,
                                                          args.limit, tmp, mod + "_c")
    lines = ["| dev set | pipeline | events P | events R | events F1 | type macro P/R/F1 |", "|---|---|---|---|---|---|"]
    fmt = lambda x: "-" if x is None else f"{x:.3f}"  # noqa: E731
    for name in golds:
        for label, rows in results.items():
            r = rows[name]
            lines.append(f"| {name} ({r['records']}; {r['metric']}) | {label} | {fmt(r['P'])} | {fmt(r['R'])} | {fmt(r['F1'])} | "
                         f"{fmt(r['type_macro_P'])}/{fmt(r['type_macro_R'])}/{fmt(r['type_macro_F1'])} |")
    lines.append("")
    lines.append("| pipeline | seconds (all sets) | vs rules only |")
    lines.append("|---|---|---|")
    base = results["rules only"]["_seconds"]
    for label, rows in results.items():
        lines.append(f"| {label} | {rows['_seconds']:.1f} | {rows['_seconds'] / base:.2f} |")
    text = "\n".join(lines) + "\n"
    if args.output is not None:
        args.output.write_text(text, encoding="utf-8")
        args.output.with_suffix(".json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
