"""Whole-output goldens of the coder on the real texts in ``../shared/corpus``.

What is pinned: for the seed article and every text of ``news.jsonl``, the
whole :class:`~dotterel.coder.CodedDocument` in debug mode (events with every
field, their ``reason`` texts included; abstentions; the document's places and
dates), as ``dotterel code --debug`` computes it. Left out: ``version`` and
``config_hash`` (provenance of the software and settings, not output), and the
``text`` of each event's ``sentence`` span, so that the goldens do not
reproduce the articles (the span's offsets still pin it exactly). The tests
skip when ``../shared`` is absent.

The seed article's golden runs in the quick suite (``-m "not slow"``); the news texts' goldens and
the whole-stream check are marked ``slow``: they run in the full suite (``python -m pytest``, CI).

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

from conftest import SEED_DOC_ID, SHARED

GOLDEN = Path(__file__).parent / "golden" / "corpus"
SEED = SEED_DOC_ID
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


def _inputs() -> list[tuple[str, str, str | None, str | None]]:
    """(golden name, text, published, source) for the seed and each news text; empty without ../shared."""
    corpus = SHARED / "corpus"
    if not corpus.exists():
        return []
    out = [(SEED, (corpus / f"{SEED}.txt").read_text(encoding="utf-8"),
            SEED_PUBLISHED, None)]
    for line in (corpus / "news.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            rec = json.loads(line)
            out.append((rec["id"], rec["text"], rec.get("published"), rec.get("source")))
    return out


_INPUTS = _inputs()


def _code(coder, inputs) -> dict:
    from dotterel.ingest import make_document

    docs = [make_document(text, doc_id=name, published=published, source=source)
            for name, text, published, source in inputs]
    return {c.document.doc_id: c for c in coder.code_documents(docs)}


@pytest.fixture(scope="module")
def coded_corpus(coder) -> dict:
    """Every input coded in one ``code_documents`` stream, by golden name, in input order."""
    return _code(coder, _INPUTS)


@pytest.fixture(scope="module")
def coded_seed(seed_coded) -> dict:
    """The seed article alone: the quick suite's representative golden (the 31 news texts are slow).

    It is the session's one coding of the seed (``seed_coded``: the same text, ``doc_id``, publication date and
    debug coder as ``_code`` would use, checked here), not a second one.
    """
    from dotterel.ingest import make_document

    [(name, text, published, source)] = [i for i in _INPUTS if i[0] == SEED]
    assert seed_coded.document == make_document(text, doc_id=name, published=published, source=source)
    return {SEED: seed_coded}


def coded_output(coded) -> dict:
    """The golden form of one coded text: events, abstentions, places and dates, stripped as above."""
    dump = lambda items: [_strip(json.loads(x.model_dump_json())) for x in items]  # noqa: E731
    return {
        "doc_id": coded.document.doc_id,
        "published": coded.document.published,
        "events": dump(coded.events),
        "abstentions": dump(coded.abstentions),
        "places": dump(coded.places),
        "dates": dump(coded.dates),
    }


@pytest.mark.shared
@pytest.mark.skipif(not _INPUTS, reason="../shared/corpus is absent: the corpus goldens need its texts")
@pytest.mark.parametrize("name", [pytest.param(i[0], marks=() if i[0] == SEED else pytest.mark.slow) for i in _INPUTS])
def test_corpus_output_matches_golden(request, name):
    """The seed article in the quick suite; each news text is a slow test (the whole corpus codes in ~3 s CPU)."""
    got = coded_output(request.getfixturevalue("coded_seed" if name == SEED else "coded_corpus")[name])
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


@pytest.mark.shared
@pytest.mark.slow  # a whole-corpus check
@pytest.mark.skipif(not _INPUTS, reason="../shared/corpus is absent: the corpus goldens need its texts")
def test_news_corpus_streams_in_order_and_every_span_slices_back(coded_corpus, coder):
    """All 31 news texts code in one stream without an error, in input order, and every span slices back."""
    assert list(coded_corpus) == [i[0] for i in _INPUTS]
    assert len(coded_corpus) == 32  # the seed and 31 news texts
    total = 0
    for c in coded_corpus.values():
        for ev in c.events:
            total += 1
            for span in (ev.trigger, ev.sentence):
                assert c.document.text[span.start : span.end] == span.text
            assert ev.event_type in coder.ontology.event_types
            if ev.location is not None and ev.location.span is not None:
                assert c.document.text[ev.location.span.start : ev.location.span.end] == ev.location.span.text
    assert total > 31
