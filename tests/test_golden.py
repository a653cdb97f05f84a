"""Whole-article golden output for the bundled example (examples/tbilisi_2024.txt).

After a deliberate change to the coder, read the diff of the new output and
update the golden file with:

    DOTTEREL_UPDATE_GOLDEN=1 python -m pytest tests/test_golden.py

The comparison leaves out `version`, `config_hash` and the `reason` texts, which explain
rather than code.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "tbilisi_2024.txt"
GOLDEN = Path(__file__).parent / "golden" / "tbilisi_2024.jsonl"


def _strip(obj):
    if isinstance(obj, dict):
        return {k: _strip(v) for k, v in obj.items() if k not in ("reason", "version", "config_hash")}
    if isinstance(obj, list):
        return [_strip(v) for v in obj]
    return obj


def test_example_article_matches_golden(coder):
    text = EXAMPLE.read_text(encoding="utf-8")
    events = coder.code(text, published="2024-05-01", doc_id="tbilisi_2024")
    got = [_strip(json.loads(e.model_dump_json())) for e in events]
    if os.environ.get("DOTTEREL_UPDATE_GOLDEN"):
        GOLDEN.write_text("".join(json.dumps(g, ensure_ascii=False, sort_keys=True) + "\n" for g in got), "utf-8")
    want = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines() if line]
    assert [(g["event_type"], g["trigger"]["text"]) for g in got] == [(w["event_type"], w["trigger"]["text"]) for w in want]
    assert got == want


def test_event_ids_are_stable_and_unique(coder):
    text = EXAMPLE.read_text(encoding="utf-8")
    first = [e.event_id for e in coder.code(text, published="2024-05-01", doc_id="tbilisi_2024")]
    second = [e.event_id for e in coder.code(text, published="2024-05-01", doc_id="tbilisi_2024")]
    assert first == second
    assert len(set(first)) == len(first)
    other = [e.event_id for e in coder.code(text, published="2024-05-01", doc_id="another-doc")]
    assert not set(first) & set(other)


def test_top_level_code_function_codes_with_a_default_coder(coder, monkeypatch):
    """``dotterel.code`` builds a default ``Coder`` and codes with it (the session's model stands in for the load)."""
    import dotterel
    import dotterel.coder
    from dotterel.pipeline import PipelineConfig

    built = []

    def default_coder(*args, **kwargs):
        built.append((args, kwargs))
        return coder.for_config(PipelineConfig())

    monkeypatch.setattr(dotterel.coder, "Coder", default_coder)
    text = EXAMPLE.read_text(encoding="utf-8")
    via_function = dotterel.code(text, published="2024-05-01", doc_id="tbilisi_2024")
    assert built == [((), {})]
    want = [_strip(json.loads(line)) for line in GOLDEN.read_text(encoding="utf-8").splitlines() if line]
    assert [_strip(json.loads(e.model_dump_json())) for e in via_function] == want
    assert all(isinstance(e, dotterel.Event) for e in via_function)


@pytest.mark.slow  # builds a second Coder: the model, knowledge base and place index load again (~3 s CPU)
def test_top_level_code_function_matches_the_coder(coder):
    import dotterel

    text = EXAMPLE.read_text(encoding="utf-8")
    via_function = dotterel.code(text, published="2024-05-01", doc_id="tbilisi_2024")
    via_coder = coder.code(text, published="2024-05-01", doc_id="tbilisi_2024")
    assert [e.event_id for e in via_function] == [e.event_id for e in via_coder]
    assert all(isinstance(e, dotterel.Event) for e in via_function)
