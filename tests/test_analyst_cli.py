"""Legible terminal output (issue 13): legend, file-name titles, vague dates, on whose word, first run, busy store."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dotterel.cli import main
from dotterel.records import Attribution, EventDate
from dotterel.wording import date_notation, date_sort_key, legend_lines, on_whose_word

TEXT = (
    "Police detained 27 people in Tbilisi on Tuesday, the interior ministry said. "
    "Several thousand protesters rallied outside parliament on Monday.\n\n"
    "The European Union condemned the arrests.\n"
)
SRC = str(Path(__file__).parents[1] / "src")


@pytest.mark.parametrize(
    "attribution, sentence",
    [
        (Attribution(), "the author asserts"),
        (Attribution(claimant="GEO interior ministry", claimant_type="government", certainty="reported"),
         "the GEO interior ministry says (reported)"),
        (Attribution(claimant="Human Rights Watch", claimant_type="ngo", certainty="alleged"), "Human Rights Watch alleges"),
        (Attribution(claimant="Kassym-Jomart Tokayev", claimant_type="official", certainty="reported", direct_quote=True),
         "Kassym-Jomart Tokayev says, quoted (reported)"),
        (Attribution(certainty="hypothetical"), "the author says it may happen (hypothetical)"),
        (Attribution(claimant="Kazakh authorities", claimant_type="government", certainty="denied"),
         "the Kazakh authorities deny"),
        (Attribution(claimant="witnesses", claimant_type="witness", certainty="reported"), "witnesses say (reported)"),
    ],
)
def test_claimant_and_certainty_read_as_a_sentence(attribution, sentence):
    assert on_whose_word(attribution) == sentence


def test_date_notations_keep_their_precision_and_sort_by_earliest_possible_day():
    assert date_notation(EventDate(value="2024-04", earliest="2024-04-01", latest="2024-04-30",
                                   time_precision="month", source="text")) == "2024-04 (month)"
    assert date_notation(EventDate(latest="2024-05-01", time_precision="range", source="publication")) == "<=2024-05-01"
    assert date_notation(EventDate(earliest="2024-04-30", latest="2024-05-01", time_precision="range",
                                   source="text")) == "2024-04-30/2024-05-01"
    assert date_notation(None) == ""
    keys = {"month": ("2024-04-01", "2024-04-30"), "day": ("2024-04-30", "2024-04-30"),
            "before": (None, "2024-01-01"), "none": (None, None)}
    assert sorted(keys, key=lambda k: date_sort_key(*keys[k])) == ["month", "day", "before", "none"]


def test_legend_explains_only_what_the_table_shows():
    assert legend_lines() == []
    lines = legend_lines(sectors=["CVL", "COP", "CVL"], igo=True, dates=["2024-04-30 (day)", "<=2024-05-01"])
    assert lines[0] == "sectors (PLOVER/CAMEO agent codes): COP police and security forces, CVL civilians"
    assert lines[1] == "IGO: an intergovernmental organisation, in place of a country code"
    assert lines[2:] == [
        "when 'D (precision)': a date known to a day, week, month or year, written to that precision",
        "when '<=D': no date in the text; on or before D, the publication date",
    ]


def _rows(table: str) -> list[list[str]]:
    """The cells of a rich table's body rows, a cell folded over several lines joined by spaces."""
    rows: list[list[list[str]]] = []
    for line in table.splitlines():
        if not line.startswith("│"):
            continue
        cells = [cell.strip() for cell in line.strip("│").split("│")]
        if cells[0][:1].isalpha() or not rows:  # a row starts with a type or an id; "(mode)" continues one
            rows.append([[c] if c else [] for c in cells])
        else:
            for parts, cell in zip(rows[-1], cells):
                if cell:
                    parts.append(cell)
    return [[" ".join(parts) for parts in row] for row in rows]


@pytest.fixture(scope="module")
def coded_store(tmp_path_factory, coder):
    """The table ``dotterel code --db`` printed and the store it filled, made once: the tests only read them."""
    folder = tmp_path_factory.mktemp("coded")
    article = folder / "tbilisi-night.txt"
    article.write_text(TEXT, encoding="utf-8")
    out = folder / "table.txt"
    db = folder / "events.duckdb"
    assert main(["code", str(article), "--published", "2024-05-01", "--format", "table", "-o", str(out),
                 "--db", str(db)], coder=coder) == 0
    return out.read_text(encoding="utf-8"), db


def test_code_table_is_titled_by_file_name_with_a_legend_and_sentences(coded_store):
    table, _ = coded_store
    first = table.splitlines()[0].strip()
    assert first == "tbilisi-night.txt: 3 events"
    assert "sha256:" not in table
    assert sorted(row[7] for row in _rows(table)) == [
        "the GEO interior ministry says (reported)", "the author asserts", "the author asserts"]
    legend = [line for line in table.splitlines() if not line.startswith(("┏", "┃", "┡", "│", "└")) and line.strip()][1:]
    # GOV: "rallied outside parliament" is aimed at the Georgian government (a protest at the seat of government)
    assert legend[0] == ("sectors (PLOVER/CAMEO agent codes): COP police and security forces, CVL civilians, "
                         "GOV government, IGO international and regional intergovernmental organisations")
    assert legend[1].startswith("IGO: ")
    assert legend[2:] == [
        "when 'D (precision)': a date known to a day, week, month or year, written to that precision",
        "when '<=D': no date in the text; on or before D, the publication date",
    ]


def test_events_table_shows_vague_dates_as_vague_after_the_dated_ones(coded_store, capsys):
    _, db = coded_store
    assert main(["events", "--db", str(db), "--format", "table"]) == 0
    rows = _rows(capsys.readouterr().out)
    # Monday (29th), Tuesday (30th), then the condemnation: no date in the text, only "before publication"
    assert [row[2] for row in rows] == ["2024-04-29 (day)", "2024-04-30 (day)", "<=2024-05-01"]
    assert [row[1] for row in rows] == ["PROTEST (demo)", "COERCE (arrest)", "ACCUSE (disapprove)"]
    assert [row[5] for row in rows] == ["participants 3,000", "arrested 27", ""]  # "several thousand": at least 3,000
    assert rows[1][6] == "the GEO interior ministry says (reported)"


VAGUE = ("Thousands of people rallied in Tbilisi on Monday. "
         "Police arrested dozens of protesters in Batumi on Tuesday.\n")


def test_tables_show_a_vague_quantity_with_its_words_and_its_conventions_figure(tmp_path, cli, capsys):
    article = tmp_path / "vague.txt"
    article.write_text(VAGUE, encoding="utf-8")
    db, out = tmp_path / "v.duckdb", tmp_path / "code.txt"
    assert cli(["code", str(article), "--published", "2024-05-01", "--format", "table", "-o", str(out),
                "--db", str(db)]) == 0
    coded = out.read_text(encoding="utf-8")
    assert [row[6] for row in _rows(coded)] == ["participants Thousands → 1,000 (ACLED)", "arrested dozens → 12 (ACLED)"]
    assert "counts 'words → N (convention)': a vague quantity as written" in coded
    assert main(["events", "--db", str(db), "--format", "table"]) == 0
    rows = _rows(capsys.readouterr().out)
    assert [(row[1], row[5]) for row in rows] == [("PROTEST (demo)", "participants Thousands → 1,000 (ACLED)"),
                                                  ("COERCE (arrest)", "arrested dozens → 12 (ACLED)")]


@pytest.mark.parametrize(("convention", "estimate", "low", "shown"), [
    ("ccc", 2000, 2000, "participants Thousands → 2,000 (CCC)"),
    ("ccc", None, 24, "participants 24 (dozens, no CCC figure)"),
    ("countlove", 20, 24, "participants dozens → 20 (Count Love)"),
])
def test_the_kept_figure_names_its_convention_or_says_it_gives_none(convention, estimate, low, shown):
    from dotterel.dedup import link_mentions
    from dotterel.records import Count, Span
    from dotterel.wording import kept_count

    from factories import mention

    words = shown.split(" ")[1] if estimate is not None else "dozens"
    count = Count(kind="participants", low=low, approximate=True, span=Span(start=0, end=len(words), text=words),
                  vague=words, convention=convention, estimate=estimate)
    (linked,) = link_mentions([mention("a", event_type="PROTEST", mode="demo", counts=(count,))])
    (kept,) = linked.conservative
    assert kept.value == (estimate if estimate is not None else low)
    assert kept_count(linked, kept) == shown


def _env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (SRC, os.environ.get("PYTHONPATH", "")) if p),
            **extra}


@pytest.mark.slow
def test_first_run_says_on_stderr_that_it_builds_the_place_index(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    cache = tmp_path / "empty-cache"
    cmd = [sys.executable, "-m", "dotterel", "code", str(article), "--published", "2024-05-01", "--format", "jsonl"]
    first = subprocess.run(cmd, capture_output=True, text=True, timeout=600, env=_env(XDG_CACHE_HOME=str(cache)))
    assert first.returncode == 0, first.stderr
    lines = first.stderr.splitlines()
    assert lines[0] == (f"dotterel: first run: building the place index from GeoNames data in {cache / 'dotterel'} "
                        "(once; about 15 s on an idle laptop, up to 1.5 min on a busy one)...")
    assert lines[1].startswith("dotterel: place index built in ") and lines[1].endswith(
        "later runs load it in about a second")
    assert len(first.stdout.splitlines()) == 3
    again = subprocess.run(cmd, capture_output=True, text=True, timeout=600, env=_env(XDG_CACHE_HOME=str(cache)))
    assert again.returncode == 0 and again.stderr == ""
    assert again.stdout == first.stdout


@pytest.mark.slow
def test_events_against_a_store_that_serve_holds_names_read_only(coded_store, tmp_path):
    _, db = coded_store
    server = subprocess.Popen([sys.executable, "-m", "dotterel", "serve", "--db", str(db), "--port", "0"],
                              stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=_env())
    try:
        deadline = time.monotonic() + 300
        line = ""
        while "serving http://" not in line and time.monotonic() < deadline:
            line = server.stderr.readline()
            assert line or server.poll() is None, "dotterel serve stopped before serving"
        events = subprocess.run([sys.executable, "-m", "dotterel", "events", "--db", str(db)], capture_output=True,
                                text=True, timeout=120, env=_env())
    finally:
        server.terminate()
        server.wait(timeout=60)
    assert events.returncode == 2
    (message,) = events.stderr.splitlines()
    assert message.startswith(f"dotterel: error: {db}: the store is open in another process")
    assert "restart it with --read-only" in message
