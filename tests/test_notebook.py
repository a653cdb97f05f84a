"""Notebooks (issue 13): dotterel.open as DataFrames with the CLI's filters, highlighted HTML of coded documents
and event lists, and the example notebook executed with nbclient."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

import dotterel
from dotterel.cli import main
from dotterel.ingest import make_document
from dotterel.notebook import EventList, load_ipython_extension, render
from dotterel.store import EventStore

REPO = Path(__file__).resolve().parents[1]
TEXT = (
    "Police detained 27 people in Tbilisi on Tuesday, the interior ministry said. "
    "Several thousand protesters rallied outside parliament on Monday.\n\n"
    "Thousands of protesters marched in Almaty on 5 January 2022.\n"
)


@pytest.fixture(scope="module")
def coded(coder):
    [result] = coder.code_documents([make_document(TEXT, published="2024-05-01", doc_id="nb", title="Two cities")])
    assert [e.event_type for e in result.events] == ["COERCE", "PROTEST", "PROTEST"]
    return result


@pytest.fixture()
def db(coded, tmp_path):
    path = tmp_path / "events.duckdb"
    with EventStore(path) as store:
        store.write_document(coded.document, coded.events)
    return path


def test_open_gives_the_events_of_dotterel_events_as_frames(db, capsys):
    pd = pytest.importorskip("pandas", reason="pandas is in the notebook extra (pip install -e '.[notebook]')")
    pl = pytest.importorskip("polars", reason="polars is in the notebook extra (pip install -e '.[notebook]')")
    assert main(["events", "--db", str(db), "--country", "GEO", "--format", "jsonl"]) == 0
    cli_ids = [json.loads(line)["event_id"] for line in capsys.readouterr().out.splitlines()]
    assert len(cli_ids) == 2
    with dotterel.open(db) as data:
        events = data.events(country="GEO")
        assert isinstance(events, EventList) and [e.event_id for e in events] == cli_ids
        table = data.to_arrow(country="GEO")
        frame = data.to_pandas(country="GEO")
        polars_frame = data.to_polars(country="GEO")
        everything = data.to_pandas()
        protests = data.to_polars(event_type="protest", since="2024-01-01")
    assert table.column("event_id").to_pylist() == cli_ids
    assert isinstance(frame, pd.DataFrame) and frame["event_id"].tolist() == cli_ids
    assert isinstance(polars_frame, pl.DataFrame) and polars_frame["event_id"].to_list() == cli_ids
    assert frame.set_index("event_type").loc["COERCE", "arrested"] == 27
    assert sorted(everything["country"]) == ["GEO", "GEO", "KAZ"]
    assert protests["location_name"].to_list() == ["Tbilisi"]  # the Almaty march is in 2022
    record = json.loads(frame["record"].iloc[0])
    assert record["event_id"] == cli_ids[0] and record["mentions"]


def test_open_a_missing_store_says_so(tmp_path):
    from dotterel.errors import StoreError

    with pytest.raises(StoreError, match="no such store"):
        dotterel.open(tmp_path / "none.duckdb")


def _marks(html: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for fields, words in re.findall(r'<mark class="hl hl-[a-z]+[^"]*" data-field="([^"]+)"[^>]*>([^<]*)</mark>', html):
        for field in fields.split():
            found.setdefault(field, set()).add(words)
    return found


def test_a_coded_document_renders_with_its_evidence_highlighted(coded):
    html = render(coded)._repr_html_()
    assert "<strong>Two cities</strong>: 3 events" in html
    marks = _marks(html)
    assert {"detained", "rallied", "marched"} <= marks["trigger"]
    assert "Tbilisi" in marks["location"] and "Almaty" in marks["location"]
    assert "27" in marks["count"]
    assert "the GEO interior ministry says (reported)" in html
    # the text is all there, escaped, between the marks
    assert re.sub(r"<[^>]+>", "", html.split('<div class="dn-text">')[1].split("</div>")[0]) == TEXT


def test_event_lists_render_each_sentence_highlighted(coded):
    html = EventList(coded.events)._repr_html_()
    assert html.count("<tr>") == 4  # header + 3 events
    sentences = re.findall(r"<li>(.*?)</li>", html, re.S)
    assert len(sentences) == 3
    assert re.sub(r"<[^>]+>", "", sentences[2]) == "Thousands of protesters marched in Almaty on 5 January 2022."
    assert '<mark class="hl hl-trigger' in sentences[2]
    assert render(coded.events[0])._repr_html_().count("<li>") == 1
    with pytest.raises(TypeError, match="cannot render a int"):
        render(3)


def test_the_ipython_extension_renders_coded_documents():
    pytest.importorskip("IPython", reason="IPython comes with ipykernel, in the notebook extra")
    from IPython.core.formatters import DisplayFormatter

    class Shell:
        display_formatter = DisplayFormatter()

    shell = Shell()
    load_ipython_extension(shell)
    html_formatter = shell.display_formatter.formatters["text/html"]
    from dotterel.coder import CodedDocument

    doc = CodedDocument(document=make_document("Nothing happened.", doc_id="x"), events=[])
    assert "<strong>x</strong>: 0 events" in html_formatter(doc) == doc._repr_html_()


def test_a_coded_document_renders_itself_in_jupyter(coded):
    assert coded._repr_html_() == render(coded)._repr_html_()
    assert '<mark class="hl hl-trigger' in coded._repr_html_()


@pytest.mark.slow
def test_the_example_notebook_runs(tmp_path):
    nbformat = pytest.importorskip("nbformat", reason="nbformat is in the notebook extra")
    nbclient = pytest.importorskip("nbclient", reason="nbclient is in the notebook extra")
    notebook = nbformat.read(REPO / "examples" / "dotterel_in_a_notebook.ipynb", as_version=4)
    client = nbclient.NotebookClient(notebook, timeout=600, kernel_name="python3",
                                     resources={"metadata": {"path": str(REPO / "examples")}})
    client.execute()
    outputs = {i: cell.outputs for i, cell in enumerate(notebook.cells) if cell.cell_type == "code"}
    errors = [o for cell in outputs.values() for o in cell if o.get("output_type") == "error"]
    assert errors == []
    results = [o for cell in outputs.values() for o in cell if o.get("output_type") == "execute_result"]
    texts = [o["data"].get("text/plain", "") for o in results]
    htmls = [o["data"].get("text/html", "") for o in results]
    assert texts[0] == "8"  # the example article's eight events
    assert any('<mark class="hl hl-trigger' in h and "Tbilisi, May 2024" in h for h in htmls)
    assert any("the GEO interior ministry says (reported)" in t for t in texts)
    assert any("participants" in h and "Tbilisi" in h for h in htmls)  # the polars frame of the protests
