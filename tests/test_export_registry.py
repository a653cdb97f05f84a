"""The export-format registry: one list of formats for write_export, the CLI and the server."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import types

import pytest

from dotterel.errors import ExportError
from dotterel.export import FORMATS, write_export
from dotterel.export.base import EXPORTERS, Exporter, WriterExporter, _Registry, cli_formats, served_formats
from dotterel.export.tabular import write_jsonl
from test_export import EVENTS, STAMP


def test_registry_lists_every_builtin_format_in_order():
    assert list(EXPORTERS) == ["plover", "acled", "plover-json", "cameo", "jsonl", "csv", "parquet"]
    assert FORMATS == tuple(EXPORTERS)
    assert all(isinstance(e, Exporter) for e in EXPORTERS.values())
    assert [name for name, e in EXPORTERS.items() if e.binary] == ["parquet"]


def test_cli_and_server_read_their_formats_from_the_registry():
    from dotterel.cli import ExportFormat
    from dotterel.server.service import ExportFormat as ServedFormat

    assert cli_formats() == ("plover", "acled", "cameo", "jsonl", "csv", "parquet")
    assert [f.value for f in ExportFormat] == list(cli_formats())
    served = served_formats()
    assert list(served) == ["acled", "plover", "jsonl"] == list(ServedFormat.__args__)
    assert {k: (e.name, e.media_type, e.suffix) for k, e in served.items()} == {
        "acled": ("acled", "text/csv; charset=utf-8", ".acled.csv"),
        "plover": ("plover-json", "application/json", ".plover.json"),
        "jsonl": ("jsonl", "application/x-ndjson", ".jsonl"),
    }


def test_importing_the_export_package_registers_nothing():
    # Registration is lazy: the format modules are imported when the registry is first read.
    code = ("import sys, dotterel.export, dotterel.export.base as b; "
            "print(sorted(m for m in sys.modules if m.startswith('dotterel.export.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert json.loads(out.replace("'", '"')) == ["dotterel.export._common", "dotterel.export.base"]


def test_plover_json_is_the_plover_records_as_one_array():
    lines, array = io.StringIO(), io.StringIO()
    jsonl_report = write_export(EVENTS, "plover", lines)
    report = write_export(EVENTS, "plover-json", array)
    records = [json.loads(line) for line in lines.getvalue().splitlines()]
    assert json.loads(array.getvalue()) == records and len(records) == report.rows_written > 0
    assert array.getvalue().startswith("[\n{") and array.getvalue().endswith("}\n]\n")
    assert (report.format, report.unmapped) == ("plover-json", jsonl_report.unmapped)
    empty = io.StringIO()
    assert write_export([], "plover-json", empty).rows_written == 0 and empty.getvalue() == "[]\n"


def _registry_with(monkeypatch, *hooks) -> _Registry:
    names = []
    for i, hook in enumerate(hooks):
        module = types.ModuleType(f"toy_exporters_{i}")
        module.register_exporters = hook
        monkeypatch.setitem(sys.modules, module.__name__, module)
        names.append(module.__name__)
    return _Registry(tuple(names), "dotterel.exporters.none")


def test_a_format_module_registers_itself_through_its_hook(monkeypatch):
    toy = WriterExporter("toy", "application/x-ndjson", ".toy.jsonl", write_jsonl, served_as="toy")
    registry = _registry_with(monkeypatch, lambda: (toy,))
    assert dict(registry) == {"toy": toy}
    out = io.StringIO()
    assert registry["toy"].write(EVENTS[:2], out, timestamp=STAMP).rows_written == 2
    assert len(out.getvalue().splitlines()) == 2


def test_a_bad_or_duplicate_registration_is_an_export_error(monkeypatch):
    toy = WriterExporter("toy", "text/plain", ".txt", write_jsonl)
    with pytest.raises(ExportError, match="second exporter named 'toy'"):
        dict(_registry_with(monkeypatch, lambda: (toy,), lambda: (toy,)))
    with pytest.raises(ExportError, match="is not an Exporter"):
        dict(_registry_with(monkeypatch, lambda: ("toy",)))
