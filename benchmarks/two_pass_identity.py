"""Events of one pass against events of the two passes, field by field, on the dev corpora or the speed texts.

Usage::

    python benchmarks/two_pass_identity.py dev            # news corpus, fault cases, seed article
    python benchmarks/two_pass_identity.py speed 100      # the speed benchmark's first 100 texts
    python benchmarks/two_pass_identity.py speed 100 260  # its texts 100-259 (IndiaPoliceEvents articles)

Codes the texts with ``PipelineConfig()`` and with ``PipelineConfig(two_pass=True)``
and prints one line per difference: an event found by one and not the other
(by trigger offset, type and mode), or a field of a shared event that
differs, but for the fields ``tests/test_two_pass.py`` allows (``sentence``,
a place's ``reason``); then one JSON line with the counts and the second
pass's sentences by reason (:data:`dotterel.pipeline.two_pass.REASONS`).
A narrowing of the second pass keeps the events when its lines are those of
the two passes before it (issue 15).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from speed import SHARED, load_texts  # noqa: E402

ALLOWED = re.compile(r"^sentence(\.|$)|(^|\.)(places\.\d+|location)\.reason$")
"""Fields that may differ between the passes (the reasons are in ``tests/test_two_pass.py``)."""


def changed_fields(a, b, path: str = "") -> list[tuple[str, object, object]]:
    """The dotted paths where the JSON values ``a`` and ``b`` differ, with both values (leaves only)."""
    if isinstance(a, dict) and isinstance(b, dict):
        return [d for k in sorted(a.keys() | b.keys()) for d in changed_fields(a.get(k), b.get(k), f"{path}{k}.")]
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [d for i, (x, y) in enumerate(zip(a, b)) for d in changed_fields(x, y, f"{path}{i}.")]
    return [] if a == b else [(path.rstrip("."), a, b)]


def documents(which: str, start: int, stop: int | None) -> list:
    """The documents of ``dev`` (news corpus, cases, seed) or of ``speed`` (``load_texts``, ``start``-``stop``)."""
    from dotterel.ingest import make_document

    if which == "speed":
        return [make_document(t, published=p, doc_id=f"s{i}") for i, (t, p) in enumerate(load_texts(stop))
                if i >= start]
    docs = []
    for i, line in enumerate((SHARED / "corpus" / "news.jsonl").read_text(encoding="utf-8").splitlines()):
        d = json.loads(line)
        docs.append(make_document(d["text"], published=d.get("published"), doc_id=f"news{i}"))
    for line in (SHARED / "cases" / "cases.jsonl").read_text(encoding="utf-8").splitlines():
        c = json.loads(line)
        docs.append(make_document(c["text"], published=c.get("pub_date"), doc_id=c["id"]))
    seed = (SHARED / "corpus" / "seed_kazakhstan_2022.txt").read_text(encoding="utf-8")
    docs.append(make_document(seed, published="2022-02-01", doc_id="seed"))
    return docs


def compare(docs: list) -> tuple[list[str], dict]:
    """Code ``docs`` in one pass and in two; the differences and the counts."""
    from dotterel.coder import Coder
    from dotterel.pipeline.config import PipelineConfig

    one = Coder(PipelineConfig())
    two = Coder(PipelineConfig(two_pass=True), gazetteer=one.gazetteer, kb=one.kb, ontology=one.ontology,
                lang=one.lang, lexicon=one.lexicon)
    lines: list[str] = []
    events = 0
    for a_doc, b_doc in zip(one.code_documents(docs), two.code_documents(docs), strict=True):
        a, b = ({(e.trigger.start, e.event_type, e.mode): e.model_dump(mode="json", exclude={"config_hash", "event_id"})
                 for e in coded.events} for coded in (a_doc, b_doc))
        events += len(a)
        doc_id = a_doc.document.doc_id
        lines += [f"{doc_id} {k}: only in one pass" for k in sorted(a.keys() - b.keys(), key=str)]
        lines += [f"{doc_id} {k}: only in two passes" for k in sorted(b.keys() - a.keys(), key=str)]
        for k in sorted(a.keys() & b.keys(), key=str):
            lines += [f"{doc_id} {k} {f}: {json.dumps(x)} -> {json.dumps(y)}"
                      for f, x, y in changed_fields(a[k], b[k]) if not ALLOWED.search(f)]
    times = two.stage_times
    return lines, {"documents": len(docs), "events_one_pass": events, "lines": len(lines),
                   "first_pass_sentences": times.first_pass_sentences,
                   "second_pass_sentences": times.second_pass_sentences,
                   "reasons": dict(times.second_pass_reasons)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("which", choices=("dev", "speed"))
    parser.add_argument("bounds", type=int, nargs="*", help="speed: STOP, or START STOP (default all)")
    args = parser.parse_args(argv)
    start, stop = (0, None) if not args.bounds else (0, args.bounds[0]) if len(args.bounds) == 1 else args.bounds[:2]
    lines, counts = compare(documents(args.which, start, stop))
    for line in lines:
        print(line)
    print(json.dumps(counts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
