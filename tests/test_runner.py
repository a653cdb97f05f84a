"""Corpus runs: re-runs add nothing, changed texts replace, a malformed line is recorded and skipped,
kill -9 and resume equals an uninterrupted run, the dask engine equals the local engine."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dotterel.runner import RunSettings, run_corpus
from dotterel.store import EventStore

from conftest import copy_store, store_rows

pytestmark = pytest.mark.usefixtures("codes_each_document_once")  # reruns and pages code the same documents

REPO = Path(__file__).resolve().parents[1]

CITIES = ["Almaty", "Tbilisi", "Nairobi", "Dhaka", "Lagos", "Yerevan", "Bishkek", "Karachi"]
TEMPLATES = [
    "Police detained {n} protesters in {city} on Tuesday, the interior ministry said.",
    "Thousands of workers rallied in {city} on Monday to demand higher wages, organisers said.",
    "Riot police fired tear gas at students who blocked a road in {city} on Friday; {n} people were injured.",
]


def corpus_lines(count: int) -> list[dict]:
    lines = []
    for i in range(count):
        city = CITIES[i % len(CITIES)]
        text = " ".join(t.format(n=10 + i, city=city) for t in TEMPLATES[: 1 + i % len(TEMPLATES)])
        lines.append({"id": f"doc-{i:03d}", "text": text, "source": f"Outlet {i % 3}", "published": "2024-05-01"})
    return lines


def write_jsonl(path: Path, lines: list) -> Path:
    path.write_text("".join((json.dumps(x) if isinstance(x, dict) else x) + "\n" for x in lines), encoding="utf-8")
    return path


CONTENT_QUERIES = {
    # Everything but times and run ids, which differ between any two runs.
    "documents": "SELECT doc_id, text, published, source, title, url, path, sha256 FROM documents",
    "mentions": "SELECT * EXCLUDE (run_id) FROM mentions",
    "actors": "SELECT * FROM actors",
    "places": "SELECT * FROM places",
    "events": "SELECT * FROM events",
    "event_mentions": "SELECT * FROM event_mentions",
    "errors": "SELECT error_id, path, line, doc_id, stage, reason, hint FROM errors",
}


def content(db: Path) -> dict[str, list]:
    with store_rows(db) as con:
        return {name: sorted(con.execute(sql).fetchall(), key=repr) for name, sql in CONTENT_QUERIES.items()}


def settings(**kw) -> RunSettings:
    return RunSettings(shard_size=kw.pop("shard_size", 2), **kw)


def test_malformed_line_in_the_middle_is_recorded_and_the_rest_coded(tmp_path, coder):
    lines = corpus_lines(5)
    raw = [json.dumps(x) for x in lines]
    raw.insert(2, '{"id": "broken", "text": "Police fired tear gas"')  # line 3: truncated JSON
    src = tmp_path / "c.jsonl"
    src.write_text("\n".join(raw) + "\n", encoding="utf-8")
    db = tmp_path / "e.duckdb"
    summary = run_corpus([str(src)], db=str(db), settings=settings(), coder=coder)
    assert (summary.documents, summary.errors) == (5, 1)
    with EventStore(db) as store:
        assert sorted(d.doc_id for d in store.documents()) == [x["id"] for x in lines]
        (err,) = store.errors()
        assert (err.stage, err.path, err.line) == ("ingest", str(src), 3)
        assert err.reason.startswith("not valid JSON")
        assert store.count_events() > 0 and summary.mentions == store.count_events()
    (line,) = Path(summary.errors_path).read_text(encoding="utf-8").splitlines()
    assert json.loads(line)["line"] == 3 and summary.errors_path == f"{db}.errors.jsonl"


def test_rerun_adds_nothing_and_changed_text_replaces(tmp_path, coder):
    lines = corpus_lines(4)
    src = write_jsonl(tmp_path / "c.jsonl", lines)
    db = tmp_path / "e.duckdb"
    first = run_corpus([str(src)], db=str(db), settings=settings(), coder=coder)
    before = content(db)
    again = run_corpus([str(src)], db=str(db), settings=settings(), coder=coder)
    assert (again.documents, again.unchanged, again.mentions) == (0, 4, 0)
    assert content(db) == before and first.documents == 4

    # doc-001 gets a new text under the same id: its old mentions go, the new ones come.
    lines[1] = dict(lines[1], text="Soldiers opened fire on demonstrators in Karachi on Sunday, killing 3 people.")
    write_jsonl(src, lines)
    changed = run_corpus([str(src)], db=str(db), settings=settings(), coder=coder)
    assert (changed.documents, changed.unchanged) == (1, 3)
    with EventStore(db) as store:
        (doc,) = [d for d in store.documents() if d.doc_id == "doc-001"]
        assert doc.text.startswith("Soldiers opened fire")
        mentions = store.events(doc_id="doc-001")
        assert mentions and all("Karachi" in m.sentence.text for m in mentions)
        assert {m.event_id for m in mentions}.isdisjoint(
            {row[0] for row in before["mentions"] if row[1] == "doc-001"}
        )
        assert len(store.documents()) == 4
        linked_ids = {ref.event.event_id for ev in store.linked_events() for ref in ev.mentions}
        assert linked_ids == {m.event_id for m in store.events()}


def test_csv_input_with_mapped_columns(tmp_path, coder):
    src = tmp_path / "c.csv"
    src.write_text(
        "story,outlet,day\n"
        '"Police detained 12 protesters in Almaty on Tuesday, the interior ministry said.",Wire,2022-01-05\n',
        encoding="utf-8",
    )
    db = tmp_path / "e.duckdb"
    run_corpus([str(src)], db=str(db), settings=settings(
        fields={"text": "story", "source": "outlet", "date": "day"}), coder=coder)
    with EventStore(db) as store:
        (doc,) = store.documents()
        assert (doc.source, doc.published) == ("Wire", "2022-01-05")
        (mention,) = store.events()
        assert mention.event_type == "COERCE" and mention.location.name == "Almaty"


def _start_run(src: Path, db: Path) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "dotterel", "run", str(src), "--db", str(db), "--shard-size", "2"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


@pytest.mark.slow
def test_kill_9_then_resume_equals_an_uninterrupted_run(tmp_path, coder, cli):
    lines = corpus_lines(40)
    lines.insert(17, "{not json")
    src = write_jsonl(tmp_path / "c.jsonl", lines)
    whole = tmp_path / "whole.duckdb"
    run_corpus([str(src)], db=str(whole), settings=settings(), coder=coder)

    db = tmp_path / "killed.duckdb"
    shards = Path(f"{db}.shards")
    proc = _start_run(src, db)
    deadline = time.monotonic() + 120
    # Kill once shards are being made: the first ones may be loaded, others written or half-written.
    while not (shards.is_dir() and any(shards.iterdir())):
        assert proc.poll() is None, proc.stderr.read().decode()
        assert time.monotonic() < deadline, "the run made no shard in 120 s"
        time.sleep(0.01)
    time.sleep(0.3)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    proc.stderr.close()
    with store_rows(db) as con:
        stored = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert stored < 40, "the run finished before it was killed; nothing was tested"

    # Resume with the real command line, then compare every content table.
    assert cli(["run", str(src), "--db", str(db), "--shard-size", "2"]) == 2  # 2: the bad line is an error
    assert content(db) == content(whole)
    assert not [p for p in shards.iterdir()], "loaded shards are deleted"
    with EventStore(db) as store:
        assert len(store.documents()) == 40 and [e.line for e in store.errors()] == [18]


@pytest.mark.slow
def test_dask_engine_gives_the_same_database_as_local(tmp_path, coder):
    pytest.importorskip("distributed", reason="dask is not installed (pip install 'dotterel[dask]')")
    src = write_jsonl(tmp_path / "c.jsonl", corpus_lines(8))
    local = tmp_path / "local.duckdb"
    run_corpus([str(src)], db=str(local), settings=settings(), coder=coder)
    dask_db = tmp_path / "dask.duckdb"
    summary = run_corpus([str(src)], db=str(dask_db), settings=settings(engine="dask", processes=2))
    assert summary.documents == 8
    assert content(dask_db) == content(local)
    assert len(content(local)["mentions"]) >= 8


@pytest.mark.slow
def test_two_local_processes_give_the_same_database_as_one(tmp_path, coder):
    src = write_jsonl(tmp_path / "c.jsonl", corpus_lines(6))
    one = tmp_path / "one.duckdb"
    run_corpus([str(src)], db=str(one), settings=settings(), coder=coder)
    two = tmp_path / "two.duckdb"
    summary = run_corpus([str(src)], db=str(two), settings=settings(processes=2, shard_size=1))
    assert summary.documents == 6 and content(two) == content(one)


def test_run_command_summary_on_stderr_and_quiet_when_piped(tmp_path, capsys, monkeypatch, cli):
    import io

    src = write_jsonl(tmp_path / "c.jsonl", corpus_lines(2) + ["[1, 2]"])
    db = tmp_path / "e.duckdb"
    errors = tmp_path / "errs.jsonl"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    assert cli(["run", str(src), "--db", str(db), "--errors", str(errors)]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    # not a terminal: no progress drawing, only the summary, then the run's first errors as one line each
    line, first = err.splitlines()
    assert line.startswith("dotterel run: 2 documents coded (") and f"1 error (see {errors})" in line
    assert first.startswith(f"dotterel: error: {src}:3: ") and "one JSON object" in first
    assert json.loads(errors.read_text(encoding="utf-8"))["line"] == 3
    assert cli(["run", str(src), "--db", str(db), "--scheduler", "tcp://x:1"]) == 2


QUERY_DOCS = [
    {"id": "a", "source": "Daily Trust", "published": "2024-03-08",
     "text": "Gunmen abducted 287 pupils from a school in Kaduna on Thursday, residents said."},
    {"id": "b", "source": "Premium Times", "published": "2024-03-08",
     "text": "Gunmen kidnapped 280 students from a school in Kaduna on Thursday, a teacher said."},
    {"id": "c", "source": "Wire", "published": "2022-01-06",
     "text": "Thousands of protesters rallied in Almaty last week against the rise in fuel prices."},
    {"id": "d", "source": "Wire", "published": "2023-07-08",
     "text": "Hundreds of protesters rallied in Nairobi on Friday against new taxes."},
    {"id": "e", "source": "Wire", "published": "2023-07-08",
     "text": "Hundreds of protesters rallied in Mombasa on Friday against new taxes."},
]


@pytest.fixture(scope="module")
def _query_template(tmp_path_factory, coder) -> Path:
    folder = tmp_path_factory.mktemp("query")
    src = write_jsonl(folder / "q.jsonl", QUERY_DOCS)
    db = folder / "q.duckdb"
    summary = run_corpus([str(src)], db=str(db), settings=settings(), coder=coder)
    assert (summary.documents, summary.mentions, summary.events) == (5, 5, 4)
    return db


@pytest.fixture
def query_db(_query_template, tmp_path) -> Path:
    """The five QUERY_DOCS run into a store once per module; each test gets its own copy."""
    return copy_store(_query_template, tmp_path / "q.duckdb")


def test_linked_events_and_their_filters(query_db):
    with EventStore(query_db) as store:
        everything = list(store.linked_events())
        (abduction,) = [e for e in everything if e.event_type == "ASSAULT"]
        # two outlets, one abduction: one event, both mentions kept with their sources
        assert sorted(ref.doc_id for ref in abduction.mentions) == ["a", "b"]
        assert abduction.sources == ["Daily Trust", "Premium Times"]

        def places(**filters):
            return sorted(e.location.name for e in store.linked_events(**filters))

        assert places() == ["Almaty", "Kaduna", "Mombasa", "Nairobi"]
        assert places(country="KEN") == ["Mombasa", "Nairobi"]  # same day, two cities: two events
        assert places(country="kaz") == ["Almaty"]
        assert places(event_type="protest") == ["Almaty", "Mombasa", "Nairobi"]
        assert places(since="2023-01-01") == ["Kaduna", "Mombasa", "Nairobi"]
        assert places(until="2022-12-31") == ["Almaty"]
        assert places(since="2023-07-07", until="2023-07-07") == ["Mombasa", "Nairobi"]
        assert places(event_type="PROTEST", country="NGA") == []
        (row,) = [s for s in store.event_summaries(country="NGA")]
        assert (row.event_id, row.n_mentions, row.n_documents, row.n_sources) == (abduction.event_id, 2, 2, 2)
        assert store.count_linked_events() == 4


def test_events_command_formats(query_db, capsys, cli):
    assert cli(["events", "--db", str(query_db), "--country", "KEN", "--format", "jsonl"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert sorted(json.loads(x)["location"]["name"] for x in lines) == ["Mombasa", "Nairobi"]
    assert cli(["events", "--db", str(query_db), "--type", "ASSAULT", "--format", "table"]) == 0
    out = capsys.readouterr().out
    assert ": 1 event" in out and ": 1 events" not in out and "ASSAULT (abduct)" in out and "Kaduna, NGA" in out
    assert cli(["events", "--db", str(query_db), "--since", "last week"]) == 2
    assert "--since: 'last week' is not a date YYYY-MM-DD" in capsys.readouterr().err


ACLED_COLUMNS = (
    "event_date year time_precision disorder_type event_type sub_event_type actor1 assoc_actor_1 inter1 actor2 "
    "assoc_actor_2 inter2 interaction civilian_targeting iso region country admin1 admin2 admin3 location latitude "
    "longitude geo_precision source source_scale notes fatalities tags timestamp"
).split()


def test_export_command_writes_every_format_and_reports_what_it_could_not_map(query_db, tmp_path, capsys, cli):
    import csv

    import pyarrow.parquet as pq

    written = {}
    for fmt in ("plover", "acled", "cameo", "jsonl", "csv", "parquet"):
        out = tmp_path / f"events.{fmt}"
        assert cli(["export", "--db", str(query_db), "--format", fmt, "-o", str(out)]) == 0
        line, *table = capsys.readouterr().err.splitlines()
        prefix = "dotterel export: "
        assert line.startswith(prefix) and f"of 4 events written as {fmt} to {out}" in line
        written[fmt] = int(line[len(prefix):].split(" of ")[0])
        skipped = 4 - written[fmt]
        if skipped:  # the table of reasons under it
            assert table[0] == f"{fmt}: {written[fmt]} of 4 events written; {skipped} left out, by reason"
        else:
            assert table == [f"{fmt}: 4 of 4 events written; none left out"]
    assert written["jsonl"] == written["csv"] == written["parquet"] == 4
    with open(tmp_path / "events.acled", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == ACLED_COLUMNS and len(rows) == written["acled"]
    assert {r["location"] for r in rows} >= {"Almaty", "Nairobi", "Mombasa"}
    plover = [json.loads(x) for x in (tmp_path / "events.plover").read_text(encoding="utf-8").splitlines()]
    assert len(plover) == written["plover"]
    jsonl = [json.loads(x) for x in (tmp_path / "events.jsonl").read_text(encoding="utf-8").splitlines()]
    with EventStore(query_db) as store:
        assert sorted(x["event_id"] for x in jsonl) == sorted(e.event_id for e in store.linked_events())
    assert pq.read_table(tmp_path / "events.parquet").num_rows == 4


def test_export_command_lists_each_left_out_event_with_its_reason(query_db, tmp_path, capsys, cli):
    import csv

    from dotterel.export import write_export

    with EventStore(query_db) as store:
        expected = write_export(store.linked_events(), "cameo", io.StringIO())
    assert expected.skipped, "the query store has events CAMEO cannot express"
    want = [(s.event_id, "cameo", s.reason) for s in expected.skipped]
    for name in ("left.csv", "left.jsonl"):
        out, left = tmp_path / "events.tsv", tmp_path / name
        assert cli(["export", "--db", str(query_db), "--format", "cameo", "-o", str(out), "--left-out", str(left)]) == 0
        err = capsys.readouterr().err
        if name.endswith(".csv"):
            with open(left, encoding="utf-8", newline="") as fh:
                rows = list(csv.reader(fh))
            assert rows[0] == ["event_id", "format", "reason"]
            assert [tuple(r) for r in rows[1:]] == want
        else:
            lines = [json.loads(x) for x in left.read_text(encoding="utf-8").splitlines()]
            assert [(x["event_id"], x["format"], x["reason"]) for x in lines] == want
        assert f"the {len(want)} left out are listed in {left}" in err
        # the table: one row per reason with its count
        for reason, n in expected.unmapped.items():
            assert any(row.strip("│ ").startswith(f"{n} ") and reason in row for row in err.splitlines()), (reason, err)
    assert cli(["export", "--db", str(query_db), "--format", "cameo", "-o", str(out), "--left-out", str(out)]) == 2
    assert "--left-out is also the export" in capsys.readouterr().err


def test_export_command_refusals(query_db, tmp_path, capsys, cli):
    assert cli(["export", "--db", str(query_db), "--format", "parquet"]) == 2
    assert "give a file with -o" in capsys.readouterr().err
    assert cli(["export", "--db", str(tmp_path / "none.duckdb"), "--format", "csv"]) == 2
    assert cli(["export", "--db", str(query_db), "--format", "xml"]) == 2
    assert cli(["export", "--db", str(query_db), "--format", "csv", "-o", str(tmp_path / "no" / "x.csv")]) == 2
    assert not (tmp_path / "no").exists()


def test_resume_loads_whole_leftover_shards_once_and_drops_half_written_ones(tmp_path, coder):
    from dotterel.ingest.corpus import iter_corpus
    from dotterel.runner.engines import LocalEngine
    from dotterel.runner.shards import read_shard, shard_name

    src = write_jsonl(tmp_path / "c.jsonl", corpus_lines(6))
    whole = tmp_path / "whole.duckdb"
    run_corpus([str(src)], db=str(whole), settings=settings(), coder=coder)

    # What a killed run can leave: a whole shard not loaded, a whole shard loaded but not yet
    # deleted (killed between commit and unlink), and a half-written temporary file.
    db = tmp_path / "e.duckdb"
    folder = Path(f"{db}.shards")
    folder.mkdir()
    docs = list(iter_corpus([str(src)]))
    engine = LocalEngine(lambda: coder)
    first, second = shard_name(1, 0, docs[:2]), shard_name(1, 1, docs[2:4])
    engine.submit(docs[:2], str(folder), first)
    engine.submit(docs[2:4], str(folder), second)
    with EventStore(db) as store:
        items, _ = read_shard(str(folder / second))
        store.write_batch(items, shard=second)
    (folder / f".{shard_name(1, 2, docs[4:])}.tmp-999").write_bytes(b"PAR1 half a file")

    summary = run_corpus([str(src)], db=str(db), settings=settings(), coder=coder)
    assert summary.resumed_shards == 1  # the loaded one is only deleted
    # 2 resumed + 2 coded; 2 already stored before. Each input counted once: the 2 resumed ones
    # were counted as coded and as unchanged too (351 inputs gave "351 coded, 96 unchanged").
    assert (summary.documents, summary.unchanged) == (2 + 2, 2)
    assert summary.documents + summary.unchanged == 6
    assert list(folder.iterdir()) == []
    assert content(db) == content(whole)
    with EventStore(db) as store:
        assert store.shard_loaded(first) and store.shard_loaded(second)


def test_run_command_reads_stdin_jsonl_and_txt_folders(tmp_path, monkeypatch, capsys, cli):
    import io

    lines = corpus_lines(2)
    stdin = io.TextIOWrapper(io.BytesIO("".join(json.dumps(x) + "\n" for x in lines).encode()))
    monkeypatch.setattr(sys, "stdin", stdin)
    db = tmp_path / "e.duckdb"
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "one.txt").write_text(TEMPLATES[0].format(n=5, city="Bishkek"), encoding="utf-8")
    assert cli(["run", "-", str(folder), "--db", str(db)]) == 0
    assert "dotterel run: 3 documents coded" in capsys.readouterr().err
    with EventStore(db) as store:
        docs = {d.doc_id: d for d in store.documents()}
    assert sorted(docs) == sorted(["doc-000", "doc-001", *(k for k in docs if k.startswith("sha256:"))])
    assert docs["doc-000"].path == "<stdin>:1" and docs["doc-001"].source == "Outlet 1"
    (txt,) = [d for d in docs.values() if d.doc_id.startswith("sha256:")]
    assert txt.path == str(folder / "one.txt") and "Bishkek" in txt.text
