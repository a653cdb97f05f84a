"""Whole-output goldens of the coder on the real texts in ``../shared/corpus``.

What is pinned: for the seed article and every text of ``news.jsonl``, the
whole :class:`~dotterel.coder.CodedDocument` in debug mode (events with every
field, their ``reason`` texts included; abstentions; the document's places and
dates), as ``dotterel code --debug`` computes it. Left out: ``version`` and
``config_hash`` (provenance of the software and settings, not output), and the
``text`` of each event's ``sentence`` span, so that the goldens do not
reproduce the articles (the span's offsets still pin it exactly). The tests
skip when ``../shared`` is absent.

These goldens guard refactors of the core: a difference is a bug in the move
unless a commit says why it is a fix. After a deliberate change, read the
diff of the new output and regenerate with::

    DOTTEREL_UPDATE_GOLDEN=1 python -m pytest tests/test_golden_corpus.py

then review ``git diff tests/golden/corpus`` before committing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from conftest import SHARED

GOLDEN = Path(__file__).parent / "golden" / "corpus"
SEED_PUBLISHED = "2022-02-01"  # ../shared/README.md: the seed prints no date; use 2022-02-01
_DROP = {"version", "config_hash"}


def _strip(obj, key=None):
    if isinstance(obj, dict):
        out = {k: _strip(v, k) for k, v in obj.items() if k not in _DROP}
        if key == "sentence":
            out.pop("text", None)
        return out
    if isinstance(obj, list):
        return [_strip(v) for v in obj]
    return obj


def _inputs() -> list[tuple[str, str, str | None]]:
    """(golden name, text, published) for the seed and each news text; empty without ../shared."""
    corpus = SHARED / "corpus"
    if not corpus.exists():
        return []
    out = [("seed_kazakhstan_2022", (corpus / "seed_kazakhstan_2022.txt").read_text(encoding="utf-8"),
            SEED_PUBLISHED)]
    for line in (corpus / "news.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            out.append((rec["id"], rec["text"], rec.get("published")))
    return out


def coded_output(coder, name: str, text: str, published: str | None) -> dict:
    """The golden form of one coded text: events, abstentions, places and dates, stripped as above."""
    from dotterel.ingest import make_document

    document = make_document(text, doc_id=name, published=published)
    coded = next(iter(coder.code_documents([document])))
    dump = lambda items: [_strip(json.loads(x.model_dump_json())) for x in items]  # noqa: E731
    return {
        "doc_id": name,
        "published": published,
        "events": dump(coded.events),
        "abstentions": dump(coded.abstentions),
        "places": dump(coded.places),
        "dates": dump(coded.dates),
    }


_INPUTS = _inputs()


@pytest.mark.shared
@pytest.mark.skipif(not _INPUTS, reason="../shared/corpus is absent: the corpus goldens need its texts")
@pytest.mark.parametrize("name,text,published", _INPUTS, ids=[i[0] for i in _INPUTS])
def test_corpus_output_matches_golden(coder, name, text, published):
    got = coded_output(coder, name, text, published)
    path = GOLDEN / f"{name}.json"
    if os.environ.get("DOTTEREL_UPDATE_GOLDEN"):
        path.write_text(json.dumps(got, ensure_ascii=False, sort_keys=True, indent=1) + "\n", encoding="utf-8")
    assert path.exists(), f"no golden for {name}: regenerate with DOTTEREL_UPDATE_GOLDEN=1"
    want = json.loads(path.read_text(encoding="utf-8"))
    # the event list first, so a lost or extra event reads plainly in the failure
    assert [(e["event_type"], e["trigger"]["start"]) for e in got["events"]] == [
        (e["event_type"], e["trigger"]["start"]) for e in want["events"]
    ]
    assert got == want
