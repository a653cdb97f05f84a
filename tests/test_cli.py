"""The command line: output formats, the DuckDB store, and bad input handled per file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dotterel.store import EventStore

from conftest import store_rows

pytestmark = pytest.mark.usefixtures("codes_each_document_once")  # reruns and pages code the same documents

GOOD = (
    "Police detained 27 people in Tbilisi on Tuesday, the interior ministry said. "
    "Several thousand protesters rallied outside parliament on Monday.\n"
)


@pytest.fixture()
def good_file(tmp_path: Path) -> Path:
    p = tmp_path / "good.txt"
    p.write_text(GOOD, encoding="utf-8")
    return p


def test_jsonl_output_is_one_event_per_line(good_file, capsys, cli):
    assert cli(["code", str(good_file), "--published", "2024-05-01", "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    records = [json.loads(line) for line in lines]
    types = sorted(r["event_type"] for r in records)
    assert types == ["COERCE", "PROTEST"]
    arrest = next(r for r in records if r["event_type"] == "COERCE")
    assert arrest["date"]["value"] == "2024-04-30"
    assert arrest["location"]["name"] == "Tbilisi"
    assert GOOD[arrest["trigger"]["start"] : arrest["trigger"]["end"]] == "detained"


def test_table_output_to_file(good_file, tmp_path, capsys, cli):
    out = tmp_path / "events.txt"
    assert cli(["code", str(good_file), "--published", "2024-05-01", "--format", "table", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert "COERCE (arrest)" in text and "PROTEST (demo)" in text
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize(
    "name, content, reason",
    [
        ("empty.txt", b"", "empty"),
        ("binary.bin", b"\x00\x01\x02PK\x03\x04" * 20, "binary"),
        ("latin1.txt", "Protesters marched in Bogot\u00e1.".encode("latin-1"), "not UTF-8"),
    ],
)
def test_bad_input_gets_one_line_error_and_exit_2(tmp_path, good_file, capsys, name, content, reason, cli):
    bad = tmp_path / name
    bad.write_bytes(content)
    status = cli(["code", str(bad), str(good_file), "--published", "2024-05-01", "--format", "jsonl"])
    captured = capsys.readouterr()
    assert status == 2
    err_lines = [line for line in captured.err.splitlines() if line.strip()]
    assert len(err_lines) == 1, captured.err
    assert name in err_lines[0] and reason in err_lines[0]
    assert "Traceback" not in captured.err
    # the good file after the bad one is still coded
    assert len(captured.out.strip().splitlines()) == 2


def test_oversized_input(tmp_path, capsys, cli):
    big = tmp_path / "big.txt"
    big.write_text("Protesters rallied in Minsk. " * 100, encoding="utf-8")
    assert cli(["code", str(big), "--max-bytes", "100", "--format", "jsonl"]) == 2
    err = capsys.readouterr().err
    assert "big.txt" in err and "Traceback" not in err


def test_missing_file_and_bad_date(tmp_path, capsys, cli):
    assert cli(["code", str(tmp_path / "nope.txt"), "--format", "jsonl"]) == 2
    assert "nope.txt" in capsys.readouterr().err
    assert cli(["code", "x.txt", "--published", "2022-13-01"]) == 2
    err = capsys.readouterr().err
    assert "2022-13-01" in err and "Traceback" not in err


def test_db_replaces_never_duplicates_and_keeps_other_documents(tmp_path, good_file, capsys, cli):
    db = tmp_path / "events.duckdb"
    other = tmp_path / "other.txt"
    other.write_text("Riot police used tear gas against protesters in Minsk on Sunday.\n", encoding="utf-8")
    assert cli(["code", str(good_file), str(other), "--published", "2024-05-01", "--db", str(db), "--format", "jsonl"]) == 0
    with EventStore(db) as store:
        first_docs = {d.doc_id for d in store.documents()}
        first_events = sorted(e.event_id for e in store.events())
    assert len(first_docs) == 2 and len(first_events) >= 3
    # the same document again, together with a bad file: nothing lost, nothing doubled
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"\x00" * 50)
    assert cli(["code", str(good_file), str(bad), "--published", "2024-05-01", "--db", str(db), "--format", "jsonl"]) == 2
    with EventStore(db) as store:
        assert {d.doc_id for d in store.documents()} == first_docs
        assert sorted(e.event_id for e in store.events()) == first_events
    capsys.readouterr()


def test_stdin(monkeypatch, capsys, cli):
    import io
    import sys

    class FakeStdin:
        buffer = io.BytesIO(GOOD.encode("utf-8"))

    monkeypatch.setattr(sys, "stdin", FakeStdin())
    assert cli(["code", "-", "--published", "2024-05-01", "--format", "jsonl"]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 2


def test_schema_and_version(capsys, cli):
    assert cli(["schema"]) == 0
    schema = json.loads(capsys.readouterr().out)
    assert schema["title"] == "Event"
    assert cli(["version"]) == 0
    assert capsys.readouterr().out.strip() == "0.1.0"


@pytest.mark.parametrize(
    "argv",
    [["code"], ["code", "x.txt", "--format", "csv"], ["bogus"], ["--version"], ["code", "x.txt", "--max-bytes", "0"]],
)
def test_usage_errors_have_no_traceback(argv, capsys, cli):
    assert cli(argv) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.strip()


def test_no_arguments_prints_help(capsys, cli):
    status = cli([])
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert "code" in captured.out + captured.err
    assert status in (0, 2)


def test_output_file_mode_and_missing_folder(good_file, tmp_path, capsys, cli):
    import os
    import stat

    out = tmp_path / "events.jsonl"
    assert cli(["code", str(good_file), "--published", "2024-05-01", "-o", str(out)]) == 0
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~umask
    missing = tmp_path / "nodir" / "x.jsonl"
    assert cli(["code", str(good_file), "-o", str(missing)]) == 2
    err = capsys.readouterr().err
    assert "nodir/x.jsonl" in err and "does not exist" in err and "Traceback" not in err


def test_each_db_run_is_recorded(tmp_path, good_file, capsys, cli):
    db = tmp_path / "runs.duckdb"
    for _ in range(2):
        assert cli(["code", str(good_file), "--published", "2024-05-01", "--db", str(db), "--format", "jsonl"]) == 0
    capsys.readouterr()
    with store_rows(db) as con:
        assert con.execute("select count(*) from runs").fetchone()[0] == 2
