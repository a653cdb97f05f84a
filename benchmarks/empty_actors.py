"""Share of event records with an empty actor where the text names the actor or refers back to one (issue 16).

Run by hand (not collected by pytest) from the repository root:

    PYTHONPATH=src python benchmarks/empty_actors.py [--list]

Input: the news corpus (../shared/corpus/news.jsonl, 31 texts, each with its
publication date and source, as the corpus goldens code them) and the seed
article (../shared/corpus/seed_kazakhstan_2022.txt, published 2022-02-01),
coded with the default pipeline.

Rule of counting. Every record the coder emits counts once in the
denominator. A record counts in the numerator when its actor is empty *and*
the text names its doer or refers back to one, as judged by hand in
``benchmarks/gold/empty_actor_judgements.tsv`` (the developers' own
judgement, one row per record keyed by document, trigger offset and event
type; the judgement is about the text, not about the coder's output, so it
stays valid when the coder changes). "Names or refers back" means a careful
coder would fill the actor from the text: the doer is the subject of the
event's clause, its "by" phrase, the possessor or a modifier of an event noun
("the military's seizure", "Burmese military detention"), the party pressed
to do a demanded act, or a pronoun, description or speaker ("It", "these
thuggish elements", "We" in a government statement) that refers to a named
actor. It does not when the text states the act with no doer: an agentless
passive ("A curfew was declared"), an event noun with no participant ("The
protests began"), a list of figures ("Arrested: 283") or a resolution's
headline gerund ("Condemning ...").

An empty record with no judgement yet is listed as unjudged and counted in
an upper bound (as if it referred back); judge it and add the row.

Prints the share, its upper bound and, with ``--list``, every empty record.
"""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared" / "corpus"
JUDGEMENTS = REPO / "benchmarks" / "gold" / "empty_actor_judgements.tsv"


def _documents():
    from dotterel.ingest import make_document

    for line in (SHARED / "news.jsonl").read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        yield make_document(rec["text"], doc_id=rec["id"], published=rec["published"], source=rec.get("source"))
    seed = (SHARED / "seed_kazakhstan_2022.txt").read_text(encoding="utf-8")
    yield make_document(seed, doc_id="seed_kazakhstan_2022", published="2022-02-01")


def _judgements() -> dict[tuple[str, int, str], tuple[bool, str]]:
    rows = [r for r in JUDGEMENTS.read_text(encoding="utf-8").splitlines() if not r.startswith("#")]
    out = {}
    for r in csv.DictReader(rows, delimiter="\t"):
        out[(r["doc_id"], int(r["trigger_start"]), r["event_type"])] = (r["refers"] == "yes", r["note"])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="print every record with an empty actor")
    args = parser.parse_args(argv)
    if not SHARED.exists():
        print(f"{SHARED} is absent: nothing to measure")
        return 0
    from dotterel.coder import Coder

    judged = _judgements()
    coder = Coder()
    total = empty = refers = unjudged = 0
    for coded in coder.code_documents(list(_documents())):
        for ev in coded.events:
            total += 1
            if ev.actor is not None:
                continue
            empty += 1
            key = (ev.doc_id, ev.trigger.start, ev.event_type)
            verdict = judged.get(key)
            if verdict is None:
                unjudged += 1
                label = "UNJUDGED"
            else:
                refers += verdict[0]
                label = "refers" if verdict[0] else "no doer"
            if args.list:
                print(f"{label:9} {ev.doc_id} {ev.trigger.start} {ev.event_type} {ev.trigger.text!r}")
    print(f"records {total}; empty actor {empty} ({empty / total:.1%}); "
          f"empty where the text names or refers back to the actor: {refers} ({refers / total:.1%}); "
          f"unjudged {unjudged} (upper bound {(refers + unjudged) / total:.1%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
