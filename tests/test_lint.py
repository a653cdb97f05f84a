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
