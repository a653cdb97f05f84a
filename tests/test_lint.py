"""The package passes ruff: pyflakes, pycodestyle and numpy-style docstrings (pyproject.toml ``[tool.ruff]``)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


def test_ruff_finds_nothing():
    if shutil.which("ruff") is None and subprocess.run([sys.executable, "-m", "ruff", "--version"],
                                                       capture_output=True).returncode != 0:
        pytest.fail("ruff is not installed: it is pinned in the test extra (pip install '.[test]')")
    result = subprocess.run([sys.executable, "-m", "ruff", "check", "--no-cache", "--output-format", "concise", "."],
                            cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_browser_module_skips_before_it_imports_selenium():
    # `pip install ".[test]"` has no selenium: a module importing it before require_selenium() stops the whole
    # collection with an ImportError instead of skipping the browser tests (test_cross_site.py did)
    import ast

    late = []
    for path in sorted((Path(__file__).parent / "browser").glob("test_*.py")):
        body = ast.parse(path.read_text(encoding="utf-8")).body
        guarded = False
        for node in body:
            if isinstance(node, ast.Expr) and isinstance(node.value, ast.Call) \
                    and getattr(node.value.func, "id", None) == "require_selenium":
                guarded = True
            names = [node.module or ""] if isinstance(node, ast.ImportFrom) else \
                [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if any(n.split(".")[0] == "selenium" for n in names) and not guarded:
                late.append(path.name)
                break
    assert late == []


def test_no_token_is_compared_by_identity_with_its_head():
    # spaCy makes a new Token object on every access: "tok.head is tok" never holds, so a climb that stops at the
    # root that way never stops when the root is no verb ("Police (in Almaty): 12 protesters killed ..." hung in
    # events/implied.py); tokens compare by position with == and !=
    import ast

    found = []
    for path in sorted((REPO / "src" / "dotterel").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Compare) and any(isinstance(op, (ast.Is, ast.IsNot)) for op in node.ops):
                sides = [node.left, *node.comparators]
                if any(isinstance(s, ast.Attribute) and s.attr == "head" for s in sides) \
                        and not any(isinstance(s, ast.Constant) for s in sides):
                    found.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert found == []


def test_a_sentence_whose_root_is_no_verb_is_coded(coder):
    from dotterel.ingest import make_document

    (coded,) = coder.code_documents([make_document(
        "Police (in Almaty): 12 protesters killed on Monday when officers opened fire.", published="2024-05-01")])
    assert "ASSAULT" in {e.event_type for e in coded.events}
