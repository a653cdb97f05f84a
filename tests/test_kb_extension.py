"""Extending the knowledge base with a user's own file: the documented format, the API and ``--kb``."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from dotterel.actors.kb import KnowledgeBase, KnowledgeBaseError
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


@pytest.fixture(scope="module")
def kb_cli(coder, tmp_path_factory):
    """``main`` with a coder that has EXTRA loaded: any --kb file with EXTRA's contents reuses it.

    Its KB leaves out the packaged Phoenix names, which none of these tests is about (a third of the
    load): the coder is otherwise what ``--kb`` makes, and has that configuration's hash. Its pipeline is the
    one ``Coder`` loads for it, but with the model components of the session's pipeline (``base``) instead
    of a second load of the model; its KB names are its own.
    """
    import functools

    from dotterel.annotate import load_pipeline, ruler_patterns
    from dotterel.cli import main
    from dotterel.coder import Coder
    from dotterel.pipeline import PipelineConfig

    extra = _write(tmp_path_factory.mktemp("kb") / "extra.json", EXTRA)
    config = PipelineConfig(kb_files=[extra])
    kb = KnowledgeBase.load(extra=[extra], phoenix=False, lang=coder.lang)
    nlp = load_pipeline(lang=coder.lang, name=config.model, patterns=ruler_patterns(kb), two_pass=config.two_pass,
                        base=coder.nlp)
    with_extra = Coder(config, nlp=nlp, kb=kb, gazetteer=coder.gazetteer, ontology=coder.ontology, lang=coder.lang,
                       lexicon=coder.lexicon)
    return functools.partial(main, coder=with_extra)


def _write(path: Path, body: dict) -> str:
    path.write_text(json.dumps(body), encoding="utf-8")
    return str(path)


def test_every_json_example_of_the_docs_parses_and_the_complete_file_loads(tmp_path):
    blocks = re.findall(r"```json\n(.*?)```", DOCS.read_text(encoding="utf-8"), flags=re.S)
    assert len(blocks) >= 7
    examples = [json.loads(b) for b in blocks]
    complete = examples[-1]
    kb = KnowledgeBase.load(extra=[_write(tmp_path / "complete.json", complete)], phoenix=False)
    m = kb.person("Jane Doe", on=dt.date(2025, 1, 1))
    assert (m.country, m.sector, m.office) == ("KAZ", "GOV", "Akim of Mangystau Region")
    assert kb.organisation("Orda.kz").type == "media"


def test_invalid_extension_names_file_and_entry(tmp_path):
    path = _write(tmp_path / "bad.json", BAD)
    with pytest.raises(KnowledgeBaseError) as info:
        KnowledgeBase.load(extra=[path], phoenix=False)
    err = info.value
    assert isinstance(err, DotterelError)
    assert (err.path, err.entry) == (path, "people[0] ('Jane Doe') field terms.0.start")
    assert "\n" not in str(err) and "March 2024" in str(err)


def test_cli_kb_option_adds_people(tmp_path, capsys, kb_cli):
    text = tmp_path / "t.txt"
    text.write_text(TEXT, encoding="utf-8")
    extra = _write(tmp_path / "extra.json", EXTRA)
    assert kb_cli(["code", str(text), "--published", "2025-05-01", "--format", "jsonl", "--kb", extra]) == 0
    [record] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    recipient = record["recipient"]
    assert (recipient["name"], recipient["country"], recipient["sector"], recipient["kind"]) == (
        "Jane Doe", "KAZ", "GOV", "person")
    assert recipient["role"] == "Akim of Mangystau Region"


def test_cli_kb_option_rejects_an_invalid_file_in_one_line(tmp_path, capsys, cli):
    text = tmp_path / "t.txt"
    text.write_text(TEXT, encoding="utf-8")
    bad = _write(tmp_path / "bad.json", BAD)
    assert cli(["code", str(text), "--published", "2025-05-01", "--format", "jsonl", "--kb", bad]) == 2
    out = capsys.readouterr()
    assert out.out == ""
    lines = out.err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"dotterel: error: {bad}: people[0] ('Jane Doe')")
    assert "Traceback" not in out.err


# -- every face takes the same pipeline options: --kb on code, run, serve and evaluate ------------------------
def _jane_known(coder) -> bool:
    # from the extension file, not merely read as a person's name the knowledge base lacks (how "name")
    return any(e.recipient is not None and e.recipient.name == "Jane Doe" and e.recipient.how == "kb_person"
               for e in coder.code(TEXT, published="2025-05-01"))


def test_run_takes_kb(tmp_path, kb_cli):
    corpus = tmp_path / "in.jsonl"
    corpus.write_text(json.dumps({"id": "d1", "text": TEXT, "published": "2025-05-01"}) + "\n", encoding="utf-8")
    extra = _write(tmp_path / "extra.json", EXTRA)
    db = tmp_path / "s.duckdb"
    assert kb_cli(["run", str(corpus), "--db", str(db), "--kb", extra]) == 0
    from dotterel.store import EventStore

    with EventStore(str(db)) as store:
        [event] = store.events()
    assert event.recipient.name == "Jane Doe"
    assert event.config_hash is not None


def test_serve_takes_kb(tmp_path, kb_cli, monkeypatch):
    import uvicorn

    extra = _write(tmp_path / "extra.json", EXTRA)
    seen = {}

    def fake_run(server, sockets=None):  # instead of serving forever: look at the app the CLI built
        coder = server.config.app.state.dotterel.coder()
        seen["kb"] = [str(p) for p in coder.config.kb_files]
        seen["jane"] = _jane_known(coder)

    monkeypatch.setattr(uvicorn.Server, "run", fake_run)
    assert kb_cli(["serve", "--port", "0", "--kb", extra]) == 0
    assert seen == {"kb": [extra], "jane": True}


def test_evaluate_takes_kb(tmp_path, cli, kb_cli, monkeypatch):
    import dotterel.evaluate as evaluate

    gold = tmp_path / "gold.tsv"
    gold.write_text("id\tEventSnippet\tSubType\n1\tPolice detained Jane Doe in Aktau.\tArrests\n", encoding="utf-8")
    extra = _write(tmp_path / "extra.json", EXTRA)
    seen = {}
    real = evaluate.evaluate_gold

    def spy(path, *, coder, **kw):
        seen["jane"] = _jane_known(coder)
        return real(path, coder=coder, **kw)

    monkeypatch.setattr(evaluate, "evaluate_gold", spy)
    assert kb_cli(["evaluate", str(gold), "--kb", extra, "-o", str(tmp_path / "r.md")]) == 0
    assert seen == {"jane": True}
    assert cli(["evaluate", str(gold), "-o", str(tmp_path / "r2.md")]) == 0
    assert seen == {"jane": False}


def test_a_config_file_serves_every_face(tmp_path, kb_cli, capsys):
    extra = _write(tmp_path / "extra.json", EXTRA)
    cfg = tmp_path / "dotterel.toml"
    cfg.write_text('[pipeline]\nkb_files = ["extra.json"]\n', encoding="utf-8")
    text = tmp_path / "t.txt"
    text.write_text(TEXT, encoding="utf-8")
    assert kb_cli(["code", str(text), "--published", "2025-05-01", "--format", "jsonl", "--config", str(cfg)]) == 0
    [record] = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert record["recipient"]["name"] == "Jane Doe"
    assert extra  # the file the config names
    bad = tmp_path / "bad.toml"
    bad.write_text("stages = [\"detect.nothing.v9\"]\n", encoding="utf-8")
    assert kb_cli(["code", str(text), "--config", str(bad)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "unknown stage 'detect.nothing.v9'" in err[0]
