"""The one exception tree: every error class lives in dotterel.errors and is drawn in its docstring."""

from __future__ import annotations

import ast
import builtins
import pickle
import re
from pathlib import Path

import pytest

import dotterel.errors as errors
from conftest import source_nodes

SRC = Path(errors.__file__).resolve().parent

TREE_CLASSES = [
    obj for obj in vars(errors).values()
    if isinstance(obj, type) and issubclass(obj, BaseException) and obj.__module__ == errors.__name__
]
BUILTIN_EXCEPTIONS = {name for name, obj in vars(builtins).items()
                      if isinstance(obj, type) and issubclass(obj, BaseException)}


def _drawn_tree() -> dict[str, int]:
    """Class name -> depth, read from the hierarchy drawn in the module docstring."""
    drawing = errors.__doc__.split("Hierarchy::", 1)[1]
    out = {}
    for line in drawing.splitlines():
        m = re.match(r"^ {4}((?:[│ ] {3})*)(?:[├└]── )?([A-Z]\w+)", line)
        if m and (m.group(2) == "DotterelError" or "──" in line):
            out[m.group(2)] = len(m.group(1)) // 4 + (0 if m.group(2) == "DotterelError" else 1)
    return out


def test_every_error_class_is_drawn_in_the_tree_at_its_place():
    drawn = _drawn_tree()
    assert set(drawn) == {c.__name__ for c in TREE_CLASSES}
    assert set(errors.__all__) == set(drawn)
    for cls in TREE_CLASSES:
        # The drawn depth is the class's depth below DotterelError.
        depth = sum(1 for base in cls.__mro__ if base in TREE_CLASSES) - 1
        assert drawn[cls.__name__] == depth, cls.__name__
        assert issubclass(cls, errors.DotterelError), cls.__name__


def test_no_error_class_is_defined_outside_errors_py():
    tree_names = {c.__name__ for c in TREE_CLASSES}
    offenders = []
    for path in sorted(SRC.rglob("*.py")):
        if path.name == "errors.py" and path.parent == SRC:
            continue
        for node in source_nodes(path):
            if not isinstance(node, ast.ClassDef):
                continue
            bases = {b.id if isinstance(b, ast.Name) else getattr(b, "attr", "") for b in node.bases}
            if bases & (tree_names | BUILTIN_EXCEPTIONS):
                offenders.append(f"{path.relative_to(SRC)}:{node.lineno} {node.name}")
    assert offenders == [], "define error classes in dotterel/errors.py (and draw them in its docstring)"


@pytest.mark.parametrize(
    ("module", "name"),
    [
        ("dotterel.store", "NeedsWritingError"),
        ("dotterel.server.state", "NoDatasetError"),
        ("dotterel.ontology", "OntologyError"),
        ("dotterel.events.lexicon", "LexiconError"),
        ("dotterel.actors.kb_models", "KnowledgeBaseError"),
        ("dotterel.export._common", "ExportError"),
        ("dotterel.export._common", "Unmappable"),
        ("dotterel.evaluate.base", "GoldFormatError"),
    ],
)
def test_old_import_paths_give_the_tree_class(module, name):
    import importlib

    assert getattr(importlib.import_module(module), name) is getattr(errors, name)


@pytest.mark.parametrize(
    "exc",
    [
        errors.GoldFormatError("no header", path="gold.tsv", line=1, hint="give --format"),
        errors.TooLargeError("too long", hint="split it"),
        errors.NeedsWritingError("needs a migration", path="events.duckdb"),
        errors.NoDatasetError("no dataset"),
        errors.KnowledgeBaseError("bad date", path="kb.json", entry="people[0]"),
        errors.UnknownCountryError("XYZ"),
        errors.Unmappable("no actor"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_errors_pickle_as_their_own_class(exc):
    # Worker processes send errors back pickled: a subclass must not come back as its parent.
    back = pickle.loads(pickle.dumps(exc))
    assert type(back) is type(exc)
    assert str(back) == str(exc)
    assert getattr(back, "path", None) == getattr(exc, "path", None)
