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


def test_json_report_with_a_class_table_reads_back(tmp_path):
    """Every computed score a report holds (macro precision and recall of a class table included) is dropped
    on reading, so `benchmarks/readme.py` can read any report `dotterel evaluate --report json` writes."""
    from dotterel.evaluate.metrics import ClassTable, EvaluationResult
    from dotterel.evaluate.report import read_json_report, to_json

    table = ClassTable()
    table.add("Arrests", tp=2, fp=1)
    table.add("Attack", fn=1)
    out = tmp_path / "r.json"
    out.write_text(to_json([EvaluationResult(format="case-tsv", records=3, tables={"sub_event_type": table})]),
                   encoding="utf-8")
    assert '"macro_precision"' in out.read_text(encoding="utf-8")
    [back] = read_json_report(out)
    assert back.tables["sub_event_type"].macro_precision == table.macro_precision
    assert back.tables["sub_event_type"].classes["Attack"].fn == 1
