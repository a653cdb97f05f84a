"""Options that would destroy or silently drop data are refused (issue 14, item 6), with one line and exit 2."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from dotterel.cli import main
from dotterel.outputs import check_output, same_file
from dotterel.store import EventStore

TEXT = "Police fired tear gas at protesters in Almaty on 5 January 2022.\n"


def one_error_line(capsys) -> str:
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture
def article(tmp_path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


@pytest.mark.parametrize("command", ["code", "run"])
def test_empty_db_is_refused_not_an_in_memory_store(command, article, capsys):
    status = main([command, str(article), "--db", "", *(["--format", "jsonl"] if command == "code" else [])])
    assert status == 2
    line = one_error_line(capsys)
    assert line == (
        "dotterel: error: --db is empty, which would keep the store in memory and lose it at exit; "
        "give the store's file name, e.g. --db events.duckdb"
    )


def test_export_over_the_store_is_refused_and_the_store_kept(tmp_path, capsys):
    db = tmp_path / "s.duckdb"
    EventStore(db).close()
    before = db.read_bytes()
    assert main(["export", "--db", str(db), "--format", "csv", "-o", str(db)]) == 2
    line = one_error_line(capsys)
    assert line.startswith(f"dotterel: error: {db}: -o is the store itself")
    assert db.read_bytes() == before


def test_export_over_the_store_by_another_spelling_is_refused(tmp_path, capsys, monkeypatch):
    db = tmp_path / "s.duckdb"
    EventStore(db).close()
    monkeypatch.chdir(tmp_path)
    assert main(["export", "--db", "s.duckdb", "--format", "acled", "-o", "./sub/../s.duckdb"]) == 2
    assert "-o is the store itself" in one_error_line(capsys)


def test_errors_file_that_is_an_input_is_refused_before_it_is_emptied(tmp_path, capsys):
    news = tmp_path / "news.jsonl"
    news.write_text('{"text": "Police fired tear gas at protesters in Almaty."}\n', encoding="utf-8")
    before = news.read_bytes()
    assert main(["run", str(news), "--db", str(tmp_path / "e.duckdb"), "--errors", str(news)]) == 2
    line = one_error_line(capsys)
    assert line.startswith(f"dotterel: error: {news}: --errors is also an input")
    assert news.read_bytes() == before
    assert not (tmp_path / "e.duckdb").exists()


def test_code_output_over_its_input_is_refused(article, capsys):
    assert main(["code", str(article), "--format", "jsonl", "-o", str(article)]) == 2
    assert "-o is also an input" in one_error_line(capsys)
    assert article.read_text(encoding="utf-8") == TEXT


def test_same_file_follows_links(tmp_path):
    target = tmp_path / "t.jsonl"
    target.write_text("x", encoding="utf-8")
    link = tmp_path / "l.jsonl"
    link.symlink_to(target)
    assert same_file(link, target)
    assert not same_file(tmp_path / "other.jsonl", target)
    check_output(str(tmp_path / "other.jsonl"), option="-o", inputs=[str(target)], store=str(tmp_path / "s"))


def test_serve_refuses_an_empty_allowed_host(capsys):
    assert main(["serve", "--allowed-host", " "]) == 2
    assert one_error_line(capsys) == (
        "dotterel: error: --allowed-host is empty; give a host name, e.g. --allowed-host events.example.org"
    )


def test_output_to_a_named_pipe_is_written_in_place_not_replaced(article, tmp_path, cli):
    import threading

    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    assert cli(["code", str(article), "--published", "2022-01-06", "--format", "jsonl", "-o", str(fifo)]) == 0
    reader.join(60)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # still the pipe: a rename over it made it a plain file
    assert b'"event_type"' in received[0]
