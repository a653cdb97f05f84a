"""Extending the knowledge base with a user's own file: the documented format, the API and ``--kb``."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from dotterel.actors.kb import KnowledgeBase, KnowledgeBaseError
from dotterel.cli import main
from dotterel.errors import DotterelError

DOCS = Path(__file__).resolve().parents[1] / "docs" / "knowledge_base.md"

EXTRA = {
    "format": "dotterel-actors",
    "version": 1,
    "as_of": "2026-01-15",
    "people": [
        {
            "id": "jane-doe",
            "name": "Jane Doe",
            "country": "KAZ",
            "aliases": ["J. Doe"],
            "terms": [{"office": "Akim of Mangystau Region", "sector": "GOV", "start": "2024-03-01", "local": True}],
        }
    ],
}
BAD = {
    "format": "dotterel-actors",
    "version": 1,
    "people": [{"id": "jane-doe", "name": "Jane Doe", "terms": [{"office": "Akim", "sector": "GOV", "start": "March 2024"}]}],
}
TEXT = "Police detained Jane Doe in Aktau on Tuesday.\n"


def _write(path: Path, body: dict) -> str:
    path.write_text(json.dumps(body), encoding="utf-8")
    return str(path)


def test_every_json_example_of_the_docs_parses_and_the_complete_file_loads(tmp_path):
    blocks = re.findall(r"```json\n(.*?)```", DOCS.read_text(encoding="utf-8"), flags=re.S)
    assert len(blocks) >= 7
    examples = [json.loads(b) for b in blocks]
    complete = examples[-1]
    kb = KnowledgeBase.load(extra=[_write(tmp_path / "complete.json", complete)])
    m = kb.person("Jane Doe", on=dt.date(2025, 1, 1))
    assert (m.country, m.sector, m.office) == ("KAZ", "GOV", "Akim of Mangystau Region")
    assert kb.organisation("Orda.kz").type == "media"


def test_invalid_extension_names_file_and_entry(tmp_path):
    path = _write(tmp_path / "bad.json", BAD)
    with pytest.raises(KnowledgeBaseError) as info:
        KnowledgeBase.load(extra=[path])
    err = info.value
    assert isinstance(err, DotterelError)
    assert (err.path, err.entry) == (path, "people[0] ('Jane Doe') field terms.0.start")
    assert "\n" not in str(err) and "March 2024" in str(err)


def test_cli_kb_option_adds_people(tmp_path, capsys):
    text = tmp_path / "t.txt"
    text.write_text(TEXT, encoding="utf-8")
    extra = _write(tmp_path / "extra.json", EXTRA)
    assert main(["code", str(text), "--published", "2025-05-01", "--format", "jsonl", "--kb", extra]) == 0
    [record] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    recipient = record["recipient"]
    assert (recipient["name"], recipient["country"], recipient["sector"], recipient["kind"]) == (
        "Jane Doe", "KAZ", "GOV", "person")
    assert recipient["role"] == "Akim of Mangystau Region"


def test_cli_kb_option_rejects_an_invalid_file_in_one_line(tmp_path, capsys):
    text = tmp_path / "t.txt"
    text.write_text(TEXT, encoding="utf-8")
    bad = _write(tmp_path / "bad.json", BAD)
    assert main(["code", str(text), "--published", "2025-05-01", "--format", "jsonl", "--kb", bad]) == 2
    out = capsys.readouterr()
    assert out.out == ""
    lines = out.err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"dotterel: error: {bad}: people[0] ('Jane Doe')")
    assert "Traceback" not in out.err
