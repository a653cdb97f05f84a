"""Docs stay honest: every public function and class is documented, every CLI command is in the README."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

import dotterel

REPO = Path(__file__).resolve().parents[1]


def _modules():
    for info in pkgutil.walk_packages(dotterel.__path__, "dotterel."):
        yield importlib.import_module(info.name)


def test_public_api_has_docstrings():
    missing = []
    for module in _modules():
        if not module.__doc__:
            missing.append(module.__name__)
        for name, obj in vars(module).items():
            if name.startswith("_") or getattr(obj, "__module__", None) != module.__name__:
                continue
            if inspect.isfunction(obj) or inspect.isclass(obj):
                if not inspect.getdoc(obj):
                    missing.append(f"{module.__name__}.{name}")
                if inspect.isclass(obj):
                    for meth_name, meth in vars(obj).items():
                        if meth_name.startswith("_") or not inspect.isfunction(meth):
                            continue
                        if not inspect.getdoc(meth):
                            missing.append(f"{module.__name__}.{name}.{meth_name}")
    assert not missing, "undocumented public API: " + ", ".join(sorted(missing))


def test_every_cli_command_is_in_the_readme():
    import typer

    from dotterel.cli import app

    readme = (REPO / "README.md").read_text(encoding="utf-8")
    command = typer.main.get_command(app)
    for name in command.commands:
        assert f"dotterel {name}" in readme, f"`dotterel {name}` is not documented in README.md"
    for name, sub in command.commands.items():
        for param in sub.params:
            for opt in param.opts:
                if opt.startswith("--"):
                    assert f"`{opt}`" in readme, f"option {opt} of `dotterel {name}` is not documented in README.md"


def test_readme_output_sample_is_current(tmp_path, cli):
    """The table in README.md is the real output; regenerate it after a deliberate change with
    `dotterel code examples/tbilisi_2024.txt --published 2024-05-01 --format table -o sample.txt`."""
    import json

    out = tmp_path / "sample.txt"
    assert cli(["code", str(REPO / "examples" / "tbilisi_2024.txt"), "--published", "2024-05-01",
                 "--format", "table", "-o", str(out)]) == 0
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert out.read_text(encoding="utf-8").rstrip("\n") in readme
    jsonl = tmp_path / "sample.jsonl"
    assert cli(["code", str(REPO / "examples" / "tbilisi_2024.txt"), "--published", "2024-05-01",
                 "--format", "jsonl", "-o", str(jsonl)]) == 0
    first = json.loads(jsonl.read_text(encoding="utf-8").splitlines()[0])
    assert f'"event_id": "{first["event_id"]}"' in readme
    assert json.dumps(first["date"], ensure_ascii=False) in readme


def test_architecture_stage_table_matches_the_code():
    """docs/architecture.md lists the default stages in order with the slots each requires and provides."""
    from dotterel.pipeline import DEFAULT_STAGES
    from dotterel.pipeline.builtin import BUILTIN_STAGES

    text = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
    table = text.split("<!-- stages-table -->")[1].split("<!-- /stages-table -->")[0]
    rows = [line for line in table.strip().splitlines()[2:]]
    want = []
    for name in DEFAULT_STAGES:
        cls = BUILTIN_STAGES[name]
        slots = lambda xs: ", ".join(f"`{x}`" for x in xs)  # noqa: E731
        want.append(f"| `{name}` | `{cls.__module__}.{cls.__name__}` | {slots(cls.requires)} | {slots(cls.provides)} |")
    assert rows == want
