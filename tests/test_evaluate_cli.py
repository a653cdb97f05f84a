"""`dotterel evaluate` on the command line, and the README figures that come from saved results."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest


from conftest import shared_path

REPO = Path(__file__).resolve().parents[1]


def test_unknown_gold_file_is_one_line_exit_2(tmp_path, capsys, cli):
    path = tmp_path / "notes.txt"
    path.write_text("just notes\n", encoding="utf-8")
    assert cli(["evaluate", str(path)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "notes.txt: not a gold format dotterel knows" in err[0]
    assert "Traceback" not in err[0]


def test_unknown_format_name(tmp_path, capsys, cli):
    path = tmp_path / "x.tsv"
    path.write_text("id\tEventSnippet\tSubType\n", encoding="utf-8")
    assert cli(["evaluate", str(path), "--format", "nope"]) == 2
    assert "unknown gold format 'nope'" in capsys.readouterr().err


def test_broken_xml_names_file_and_line(tmp_path, capsys, cli):
    path = tmp_path / "broken.xml"
    path.write_text("<articles>\n<article docid='x'>\n<text>a</tex>\n</article></articles>\n", encoding="utf-8")
    assert cli(["evaluate", str(path), "--format", "geo-xml"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "broken.xml:3: not well-formed XML" in err[0]


def _readme_script():
    spec = importlib.util.spec_from_file_location("readme_script", REPO / "benchmarks" / "readme.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_readme_figures_come_from_saved_results():
    """README.md's Accuracy and Speed blocks are exactly what `python benchmarks/readme.py` writes."""
    script = _readme_script()
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert script.rewrite(script.rewrite(readme, "accuracy", script.accuracy_block()), "speed",
                          script.speed_block()) == readme


@pytest.mark.shared
def test_evaluate_cases_end_to_end(tmp_path, cli):
    gold = shared_path("cases", "cases.jsonl")
    out = tmp_path / "r.json"
    assert cli(["evaluate", str(gold), "--limit", "3", "--report", "json", "-o", str(out)]) == 0
    [result] = json.loads(out.read_text(encoding="utf-8"))["results"]
    assert result["format"] == "dotterel-cases" and result["records"] == 3
    assert result["scores"]["event"]["tp"] >= 1
    md = tmp_path / "r.md"
    assert cli(["evaluate", str(gold), "--limit", "2", "-o", str(md)]) == 0
    assert "## dotterel-cases" in md.read_text(encoding="utf-8")
