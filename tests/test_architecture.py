"""Guards on the shape of the package: no import cycle inside dotterel, no module over 800 lines.

Both read the source with :mod:`ast` only (nothing is imported), so they run in
a fraction of a second and name the offending modules.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

import dotterel
from conftest import source_tree

SRC = Path(dotterel.__file__).resolve().parent
MAX_LINES = 800


def _modules() -> dict[str, tuple[Path, bool]]:
    """Dotted module name -> (file, is a package ``__init__``)."""
    out = {}
    for path in sorted(SRC.rglob("*.py")):
        parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
        is_pkg = parts[-1] == "__init__"
        out[".".join(parts[:-1] if is_pkg else parts)] = (path, is_pkg)
    return out


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _import_nodes(body: list[ast.stmt], *, lazy: bool) -> list[ast.Import | ast.ImportFrom]:
    """The import statements of ``body``.

    With ``lazy`` false, only the imports that run when the module is imported:
    those inside functions are lazy, and those under ``if TYPE_CHECKING:``
    never run, so neither can take part in an import cycle.
    """
    found: list[ast.Import | ast.ImportFrom] = []
    for node in body:
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            found.append(node)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if lazy:
                found.extend(_import_nodes(node.body, lazy=True))
        elif isinstance(node, ast.If) and _is_type_checking(node.test) and not lazy:
            found.extend(_import_nodes(node.orelse, lazy=False))
        else:
            for field in ("body", "orelse", "finalbody", "handlers", "cases"):
                for child in getattr(node, field, ()) or ():
                    found.extend(_import_nodes([child], lazy=lazy) if isinstance(child, ast.stmt)
                                 else _import_nodes(child.body, lazy=lazy))
    return found


def _targets(module: str, is_pkg: bool, node: ast.Import | ast.ImportFrom, known: set[str]) -> set[str]:
    """The dotterel modules an import statement loads (nearest existing module of each name)."""

    def nearest(name: str) -> str | None:
        while name and name not in known:
            name = name.rpartition(".")[0]
        return name or None

    names: list[str] = []
    if isinstance(node, ast.Import):
        names = [alias.name for alias in node.names]
    else:
        if node.level:
            package = module if is_pkg else module.rpartition(".")[0]
            base = package.split(".")[: len(package.split(".")) - node.level + 1]
            origin = ".".join(base + ([node.module] if node.module else []))
        else:
            origin = node.module or ""
        names = [f"{origin}.{alias.name}" if f"{origin}.{alias.name}" in known else origin for alias in node.names]
    return {t for t in (nearest(n) for n in names if n.startswith("dotterel")) if t}


@functools.cache
def import_graph(*, lazy: bool = False) -> dict[str, set[str]]:
    """Module -> the dotterel modules it imports (module-level imports unless ``lazy``).

    Importing ``a.b.c`` also runs the ``__init__`` of ``a.b``, so each target
    brings its parent packages, except those the importer is itself inside
    (they are already being imported).
    """
    mods = _modules()
    known = set(mods)
    graph: dict[str, set[str]] = {}
    for module, (path, is_pkg) in mods.items():
        tree = source_tree(path)
        deps: set[str] = set()
        for node in _import_nodes(tree.body, lazy=lazy):
            for target in _targets(module, is_pkg, node, known):
                deps.add(target)
                parent = target.rpartition(".")[0]
                while parent:
                    if not (module == parent or module.startswith(parent + ".")):
                        deps.add(parent)
                    parent = parent.rpartition(".")[0]
        deps.discard(module)
        graph[module] = deps
    return graph


def find_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One closed path per strongly connected component with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[set[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.add(w)
                if w == v:
                    break
            if len(component) > 1:
                components.append(component)

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return [_closed_path(graph, component) for component in components]


def _closed_path(graph: dict[str, set[str]], component: set[str]) -> list[str]:
    """A shortest path from the component's first module back to itself, inside the component."""
    start = min(component)
    paths = {start: [start]}
    frontier = [start]
    while frontier:
        nxt = []
        for v in frontier:
            for w in sorted(graph[v] & component):
                if w == start:
                    return paths[v] + [start]
                if w not in paths:
                    paths[w] = paths[v] + [w]
                    nxt.append(w)
        frontier = nxt
    raise AssertionError(f"no cycle through {start}")  # pragma: no cover - a component always has one


def test_no_import_cycle_inside_dotterel():
    cycles = find_cycles(import_graph())
    assert not cycles, "import cycles (module-level imports; move one import into the function that needs it, " \
        "or the shared names into a module both can import):\n" + "\n".join(" -> ".join(c) for c in cycles)


def test_the_cycle_finder_finds_and_names_a_cycle():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": set(), "e": {"e2"}, "e2": {"e"}}
    assert sorted(find_cycles(graph)) == [["a", "b", "c", "a"], ["e", "e2", "e"]]
    assert find_cycles({"a": {"b"}, "b": set()}) == []


def test_the_graph_reads_relative_imports_parents_and_skips_lazy_and_typing_imports():
    graph = import_graph()
    # `from .problems import ...` in server/views.py; a submodule import brings its package's __init__.
    assert "dotterel.server.problems" in graph["dotterel.server.views"]
    assert {"dotterel.records.how", "dotterel.records"} <= graph["dotterel.places.event_location"]
    assert "dotterel.places.gazetteer" in graph["dotterel.places.toponyms"]
    assert "dotterel.places" not in graph["dotterel.places.toponyms"]  # its own package is already importing
    # app.py imports api and views inside create_app (lazy); event_location's typing imports never run.
    assert "dotterel.server.views" not in graph["dotterel.server.app"]
    assert "dotterel.server.views" in import_graph(lazy=True)["dotterel.server.app"]
    assert "dotterel.pipeline.context" not in graph["dotterel.places.event_location"]


def test_the_two_circles_of_issue_11_stay_broken_even_lazily():
    lazy = import_graph(lazy=True)
    assert not lazy["dotterel.places.gazetteer"] & {"dotterel.places.toponyms", "dotterel.places.resolve"}
    assert "dotterel.server.app" not in lazy["dotterel.server.views"]


def test_no_module_over_800_lines():
    long = {}
    for path in sorted(SRC.rglob("*.py")):
        name = path.relative_to(SRC).as_posix()
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_LINES:
            long[name] = lines
    assert not long, f"modules over {MAX_LINES} lines (split them by concern): " + ", ".join(
        f"src/dotterel/{name} ({n})" for name, n in long.items())

