"""One filter vocabulary: every face (store, CLI, API, HTML form, README) takes every EventFilter field."""

from __future__ import annotations

import re
import warnings
from pathlib import Path

import pytest
from pydantic import ValidationError

from dotterel.errors import StoreError
from dotterel.records.filters import CERTAINTIES, EventFilter, filter_face, filter_problems
from dotterel.store import EventStore

REPO = Path(__file__).resolve().parents[1]
NAMES = EventFilter.filter_names()


def _flag(name: str) -> str:
    return filter_face(name).flag or "--" + name.replace("_", "-")


def test_the_filters_are_the_model_fields_with_titles_and_help():
    assert NAMES == ("country", "geonameid", "event_type", "since", "until", "actor", "certainty", "claimant")
    for name in NAMES:
        field = EventFilter.model_fields[name]
        assert field.title and field.description, name


@pytest.mark.parametrize("command", ["events", "export"])
def test_cli_commands_offer_every_filter(command):
    import typer

    from dotterel.cli import app

    sub = typer.main.get_command(app).commands[command]
    offered = {opt: param for param in sub.params for opt in param.opts}
    for name in NAMES:
        assert _flag(name) in offered, f"dotterel {command} has no option for filter {name}"
        assert offered[_flag(name)].help == EventFilter.model_fields[name].description


def test_docs_document_every_filter():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    server = (REPO / "docs" / "server.md").read_text(encoding="utf-8")
    api_params = server[server.index("## `GET /api/v1/events`"):server.index("## `GET /api/v1/events/{event_id}`")]
    for name in NAMES:
        assert f"`{_flag(name)}`" in readme, f"README.md does not document the option {_flag(name)}"
        assert re.search(rf"^\| `{name}`|^\| `\w+`, `{name}`", api_params, re.M), f"docs/server.md: no row for {name}"


def _app():
    from starlette.exceptions import StarletteDeprecationWarning

    from dotterel.server import ServerSettings, create_app

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", StarletteDeprecationWarning)
        from fastapi.testclient import TestClient

        return TestClient(create_app(ServerSettings(), coder=object()), base_url="http://127.0.0.1")


def test_api_takes_every_filter_as_a_query_parameter():
    spec = _app().get("/api/v1/openapi.json").json()
    for path in ("/api/v1/events", "/api/v1/export"):
        params = {p["name"]: p for p in spec["paths"][path]["get"]["parameters"]}
        for name in NAMES:
            assert name in params, f"GET {path} has no query parameter {name}"
            assert params[name]["description"] == EventFilter.model_fields[name].description
    described = spec["paths"]["/api/v1/events"]["get"]["description"]
    assert all(f"`{name}`" in described for name in NAMES)


def test_html_form_has_a_control_for_every_filter():
    from dotterel.server.service import EventQuery
    from dotterel.server.views import filter_inputs

    inputs = {f.name: f for f in filter_inputs(EventQuery(certainty="alleged", event_type="protest"))}
    assert tuple(inputs) == NAMES
    assert (inputs["since"].input, inputs["until"].input) == ("date", "date")
    assert inputs["certainty"].choices == list(CERTAINTIES) and inputs["certainty"].value == "alleged"
    assert len(inputs["event_type"].choices) == 16 and inputs["event_type"].value == "PROTEST"
    assert (inputs["country"].label, inputs["country"].hint, inputs["country"].placeholder) == (
        "Country", "ISO alpha-3", "KAZ")
    template = (REPO / "src" / "dotterel" / "server" / "templates" / "events.html").read_text(encoding="utf-8")
    form = template[template.index('<form id="filters"'):template.index("</form>")]
    # the form's filter controls come from filter_inputs, not from names written into the template
    assert not [name for name in NAMES if re.search(rf'name="{name}"', form)]


def test_values_are_checked_and_canonical_wherever_a_filter_is_built():
    flt = EventFilter(country="Kazakhstan", event_type="demand", since=" 2022-01-01 ", certainty="ALLEGED", actor="")
    assert flt.given() == {"country": "KAZ", "event_type": "REQUEST", "since": "2022-01-01", "certainty": "alleged"}
    with pytest.raises(ValidationError) as caught:
        EventFilter(since="2022-1-5", certainty="sure", until="2022-01-01")
    assert filter_problems(caught.value) == [
        ("since", "'2022-1-5' is not a date YYYY-MM-DD; give e.g. 2022-01-05"),
        ("certainty", "'sure' is not one of " + ", ".join(CERTAINTIES)),
    ]
    with pytest.raises(ValidationError, match="since 2022-02-01 is after until 2022-01-01"):
        EventFilter(since="2022-02-01", until="2022-01-01")


def test_store_takes_one_filter_or_its_fields(tmp_path):
    with EventStore(tmp_path / "e.duckdb") as store:
        assert store.count_linked_events(EventFilter(country="KAZ")) == 0
        with pytest.raises(TypeError, match="not both"):
            store.count_linked_events(EventFilter(country="KAZ"), actor="police")
        with pytest.raises(TypeError, match="unknown filter place"):
            store.count_linked_events(place="Almaty")
        with pytest.raises(StoreError, match="e.duckdb: country 'Atlantis' is not an ISO 3166 country"):
            store.count_linked_events(country="Atlantis")
