"""Events with and without the entity recogniser on the second pass's context sentences.

Usage::

    python benchmarks/context_ner.py [--limit N] [--texts FILE.jsonl] [--json OUT]

Codes the same texts twice with the two passes
(:mod:`dotterel.pipeline.two_pass`): once with
``PipelineConfig(two_pass=True)`` (the default ``context_ner=True``: the entity
recogniser on every sentence the parser reads) and once with
``context_ner=False`` (the recogniser on the lead, the trigger
sentences and the whole paragraphs only; the context sentences keep the KB
names of the first pass). It prints each event that is found by one and not
the other, or whose type, mode, actor, recipient, place, date, claimant or
counts differ, with
its sentence, and a count per field (claimant and certainty, and counts, too); the reason of each difference is read
from the sentence (the report of the session that built it lists them).

Inputs: the speed benchmark's texts (``benchmarks/speed.py``'s
:func:`load_texts`: the news corpus, the seed article, the India police
documents), or ``--texts``, a JSON-lines file of ``{"text": ..., "published":
...}`` records (for example the texts of a dev set).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speed import load_texts  # noqa: E402

FIELDS = ("event_type", "mode", "actor", "recipient", "location", "date", "claimant", "counts")


def _key(event) -> dict:
    """The fields compared, as plain values."""
    record = event.model_dump(mode="json")
    actor = record.get("actor") or {}
    recipient = record.get("recipient") or {}
    location = record.get("location") or {}
    date = record.get("date") or {}
    return {
        "event_type": record["event_type"],
        "mode": record.get("mode"),
        "actor": (actor.get("name"), actor.get("country"), actor.get("sector")),
        "recipient": (recipient.get("name"), recipient.get("country"), recipient.get("sector")),
        "location": (location.get("geonameid"), location.get("name")),
        "date": (date.get("value"), date.get("earliest"), date.get("latest")),
        "claimant": ((record.get("attribution") or {}).get("claimant"), (record.get("attribution") or {}).get("certainty")),
        "counts": sorted(((c["kind"], c.get("low"), c.get("best"), c.get("high")) for c in record.get("counts") or []), key=str),
    }


def compare(texts: list[tuple[str, str | None]]) -> dict:
    """Code ``texts`` both ways; the differences per event and a count per field."""
    from dotterel.coder import Coder
    from dotterel.pipeline.config import PipelineConfig
    from dotterel.ingest import make_document

    full = Coder(PipelineConfig(two_pass=True, context_ner=True))
    fast = Coder(PipelineConfig(two_pass=True, context_ner=False), nlp=full.nlp, kb=full.kb,
                 gazetteer=full.gazetteer, ontology=full.ontology, lang=full.lang, lexicon=full.lexicon)
    documents = [make_document(text, doc_id=f"t{i}", published=published) for i, (text, published) in enumerate(texts)]
    differences: list[dict] = []
    counts = {name: 0 for name in (*FIELDS, "only_full", "only_fast")}
    events = 0
    for before, after in zip(full.code_documents(documents), fast.code_documents(documents), strict=True):
        a = {(e.trigger.start, e.event_type, e.mode): e for e in before.events}
        b = {(e.trigger.start, e.event_type, e.mode): e for e in after.events}
        events += len(a)
        for key in sorted(set(a) | set(b), key=str):
            event = a.get(key) or b.get(key)
            row = {"doc": before.document.doc_id,
                   "trigger": event.trigger.text, "start": key[0], "sentence": event.sentence.text
                   if event.sentence is not None else None}
            if key not in b:
                counts["only_full"] += 1
                differences.append({**row, "change": "only with context_ner", "was": _key(a[key])})
                continue
            if key not in a:
                counts["only_fast"] += 1
                differences.append({**row, "change": "only without context_ner", "now": _key(b[key])})
                continue
            was, now = _key(a[key]), _key(b[key])
            changed = [name for name in FIELDS if was[name] != now[name]]
            for name in changed:
                counts[name] += 1
            if changed:
                differences.append({**row, "change": ", ".join(changed),
                                    "was": {n: was[n] for n in changed}, "now": {n: now[n] for n in changed}})
    return {"texts": len(texts), "events_with_context_ner": events, "counts": counts, "differences": differences}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--texts", type=Path, default=None)
    parser.add_argument("--json", type=Path, default=None)
    args = parser.parse_args(argv)
    if args.texts is not None:
        texts = [(d["text"], d.get("published")) for d in map(json.loads, args.texts.read_text("utf-8").splitlines())]
        texts = texts[:args.limit] if args.limit else texts
    else:
        texts = load_texts(args.limit)
    result = compare(texts)
    for row in result["differences"]:
        print(json.dumps(row, ensure_ascii=False))
    print(json.dumps({k: v for k, v in result.items() if k != "differences"}))
    if args.json is not None:
        args.json.write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
