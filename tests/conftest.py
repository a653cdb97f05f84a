"""Shared fixtures: one Coder per test session (loading the model takes seconds)."""

from __future__ import annotations

import ast
import contextlib
import functools
import gc
import importlib.util
import json
import os
import re
import sys
from pathlib import Path

import pytest


def _bytecode_cached_outside_the_tree() -> None:
    """Cache compiled modules in a private folder of the system's temp dir when bytecode writing is off.

    With ``PYTHONDONTWRITEBYTECODE`` set (as in the project's sessions), every run compiled the package and
    pytest rewrote and compiled every test module again: about half of the suite's collection (4.6 s of
    CPU -> 2.2 s cached). The variable keeps ``__pycache__`` folders out of the work tree; a
    ``sys.pycache_prefix`` outside it does too (pytest's assertion rewriting honours it). The folder is
    the user's own (mode 0700, checked), so no other user can plant compiled code in it; otherwise the
    suite runs as before. Only modules imported from here on are cached; child processes are untouched.
    """
    import tempfile

    if not sys.dont_write_bytecode or sys.pycache_prefix is not None or not hasattr(os, "getuid"):
        return
    folder = Path(tempfile.gettempdir()) / f"dotterel-tests-pycache-{os.getuid()}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
        info = folder.lstat()
    except OSError:
        return
    if folder.is_symlink() or info.st_uid != os.getuid() or info.st_mode & 0o077:
        return
    _prune_removed_folders(folder)
    sys.pycache_prefix = str(folder)
    sys.dont_write_bytecode = False


def _prune_removed_folders(cache: Path) -> int:
    """Delete the cached bytecode of folders that no longer exist; return how many subtrees went.

    ``sys.pycache_prefix`` mirrors each source folder's absolute path under ``cache``, so every clone,
    worktree and virtual environment the suite ever ran from kept its compiled modules there for good:
    about 200 MB per fresh clone with its venv, 4.1 GB after a season of CI clones, until the disk
    filled and a CI install failed with "No space left on device". A mirrored folder whose source
    folder is gone can never be read again; it is removed (errors ignored: another session may be
    pruning too). Only folders are walked, and not below a source folder's mirror that still exists
    and holds no subfolders, so the cost is one ``scandir`` per cached folder (a few ms).
    """
    import shutil

    removed = 0
    pending = [cache]
    while pending:
        mirror = pending.pop()
        try:
            entries = [entry for entry in os.scandir(mirror) if entry.is_dir(follow_symlinks=False)]
        except OSError:
            continue
        for entry in entries:
            source = Path("/", Path(entry.path).relative_to(cache))
            if source.is_dir():
                pending.append(Path(entry.path))
            else:
                shutil.rmtree(entry.path, ignore_errors=True)
                removed += 1
    return removed


_bytecode_cached_outside_the_tree()

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED_DOC_ID = "seed_kazakhstan_2022"  # the seed article's file stem, and the name of its golden


def shared_path(*parts: str) -> Path:
    """Path under ../shared, skipping the test with a reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared is absent ({path} not found): shared-data tests skipped")
    return path


def load_script(name: str):
    """The module of ``scripts/<name>.py`` (the build scripts are no package), loaded for a test."""
    spec = importlib.util.spec_from_file_location(name, REPO / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    try:
        spec.loader.exec_module(module)
    finally:
        del sys.modules[spec.name]
    return module


@functools.cache
def source_tree(path: Path) -> ast.Module:
    """The parsed source of one Python file, parsed once per session (several tests read the whole package).

    The tree is shared: read it, never change it. Like the session's model, it is kept out of the
    cyclic GC's reach (the package's trees are about a million nodes).
    """
    with _loaded_for_the_session():
        return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


@functools.cache
def source_nodes(path: Path) -> tuple[ast.AST, ...]:
    """Every node of :func:`source_tree` of ``path``, in ``ast.walk`` order, walked once per session.

    Several tests look through every node of the whole package (error classes, reads of ``reason``): the walk
    in Python is most of their CPU, so it is made once and shared. Read it, never change it.
    """
    with _loaded_for_the_session():
        return tuple(ast.walk(source_tree(path)))


def all_spans(event) -> list:
    """Every evidence span of an event record (trigger, sentence, actors, places, date, counts, attribution)."""
    spans = [event.trigger, event.sentence, *event.restatements, *(c.span for c in event.counts)]
    for a in (event.actor, event.recipient):
        if a is not None and a.span is not None:
            spans.append(a.span)
    for p in [event.location, *event.places]:
        if p is not None and p.span is not None:
            spans.append(p.span)
    if event.date is not None and event.date.span is not None:
        spans.append(event.date.span)
    att = event.attribution
    spans.extend(s for s in (att.claimant_span, att.verb, att.cue) if s is not None)
    return spans


@pytest.fixture(scope="session", autouse=True)
def _packaged_kb_files_parsed_once():
    """Parse and validate each packaged knowledge-base file once per session, not once per load.

    ``actors_phoenix.json`` is 7 MB: its parse is most of a ``KnowledgeBase.load`` (0.6 of 0.9 s).
    The parsed files are frozen pydantic models, so every later load in the session builds its own
    indexes from the same parse; a user's file (any path outside the package) is parsed every time,
    so the tests of bad files still see their errors.
    """
    from dotterel.actors import kb as kb_module

    real = kb_module._parse
    parsed: dict[tuple[str, str], object] = {}

    def parse_once(text: str, label: str):
        if not label.startswith("dotterel/data/"):
            return real(text, label)
        key = (label, text)
        if key not in parsed:
            parsed[key] = real(text, label)
        return parsed[key]

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(kb_module, "_parse", parse_once)
        yield


class _SuiteCollector:
    """The ``gc`` module as ``dotterel.coder`` sees it in this suite: the same, but told the freeze count.

    ``Coder.code_documents`` freezes the heap while it codes unless the caller froze objects itself, and
    asks ``gc.get_freeze_count()``, which walks the whole frozen list (~7 ms a million objects; the
    suite keeps ~3 M frozen, so ~20 ms a call, about a fifth of the quick suite's CPU over its ~2,000
    codings). This suite froze objects at collection (``pytest_collection_finish``) and after every
    test, and never unfreezes them, so the count is known to be positive: the coder takes the same
    branch (nothing frozen, nothing handed back) without the walk. ``tests/test_fast_paths.py`` checks
    with the real count that coding leaves the caller's frozen objects as it found them.
    """

    def __getattr__(self, name: str):
        return getattr(gc, name)

    @staticmethod
    def get_freeze_count() -> int:
        return 1  # at least one: see the class docstring


@pytest.fixture(scope="session", autouse=True)
def _coder_told_the_suite_froze_objects():
    from dotterel import coder as coder_module

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(coder_module, "gc", _SuiteCollector())
        yield


@pytest.fixture(scope="session", autouse=True)
def _cli_command_built_once():
    """Build the click command of ``dotterel.cli.app`` once per session, not on every ``main`` call (~10 ms each).

    ``main`` asks typer for the command each time it runs (``typer.main.get_command(app)``), which
    rebuilds every option from the signatures; the commands do not change within a session.
    """
    import typer.main

    real = typer.main.get_command
    built: dict[int, object] = {}

    def get_command(typer_instance):
        key = id(typer_instance)
        if key not in built:
            built[key] = (typer_instance, real(typer_instance))  # the instance is kept, so its id stays its own
        return built[key][1]

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(typer.main, "get_command", get_command)
        yield


@pytest.fixture(scope="session", autouse=True)
def _one_page_viewer_for_every_app():
    """Give every application of the session the same :class:`dotterel.server.views.Viewer`.

    An application makes its viewer on its first page (``app.state.viewer``): a Jinja environment
    that compiles each template on first use, the basemap and a blank spaCy sentencizer. The suite
    makes an application per test or module, so it compiled the same templates again and again
    (about 1 s of CPU in a py-spy profile of the quick suite, with the blank pipelines and basemaps).
    The viewer holds only what the package ships (templates, outlines, rules), the same for every
    application, so one per session renders the same pages.
    """
    from dotterel.server import views

    real = views.Viewer
    made: list = []

    def viewer():
        if not made:
            made.append(real())
        return made[0]

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(views, "Viewer", viewer)
        yield


@contextlib.contextmanager
def _loaded_for_the_session():
    """Load what lives to the end of the session with the cyclic GC paused, then freeze it.

    The knowledge base, the place index and the spaCy model are millions of long-lived objects with
    no garbage among them: while they load, each full collection scans all made so far (~0.6 s of
    CPU in six of them), and afterwards every full collection of the session (pytest runs five at the
    end) would scan them again. ``gc.freeze`` moves them out of the collector's reach.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if was_enabled:
            gc.enable()


def pytest_sessionstart(session):
    # Collecting imports the package, spaCy, pydantic, DuckDB, FastAPI...: a growing heap of module-level
    # objects that never become garbage, which full collections would scan again and again (~1 s of CPU).
    gc.disable()


def pytest_collection_finish(session):
    gc.freeze()
    gc.enable()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_protocol(item, nextitem):
    """After each test (its teardown included), collect its garbage and freeze what outlives it.

    The coder runs a full collection after every zone (``Coder.code_documents``), so each ``coder.code``
    of a test walks every tracked object that is not frozen: the session's reports, module fixtures,
    caches (about 60k objects by the end, 7-25 ms a walk). Over ~500 codings that was 9-10 s of the
    quick suite's CPU (measured with a ``gc.callbacks`` timer). Frozen here, each walk covers only what
    the running test made (~0.5 ms). The collection first frees the test's own cycles, so no garbage is
    frozen; a module fixture frozen while alive is still freed by reference counting when it ends.
    """
    yield
    gc.collect()
    gc.freeze()


FULL_EXAMPLES = 100
"""Hypothesis's own default ``max_examples``: the scale of the ``full`` profile (``python -m pytest``, CI)."""

QUICK_EXAMPLES = 25
"""``max_examples`` of the ``quick`` profile: the quick lane (``-m "not slow ..."``) runs a quarter of the examples."""


def _register_hypothesis_profiles() -> None:
    """Register the ``full`` and ``quick`` Hypothesis profiles (loaded in :func:`pytest_configure`).

    The quick lane checks an install or a change in a minute; the full suite (the README's test
    command, which CI runs) draws every example. A property test asks :func:`examples` for its count.
    """
    from hypothesis import settings

    settings.register_profile("full", max_examples=FULL_EXAMPLES)
    settings.register_profile("quick", max_examples=QUICK_EXAMPLES)


_register_hypothesis_profiles()


def examples(full: int) -> int:
    """``max_examples`` for a property test that draws ``full`` examples in the full suite.

    Scaled by the loaded profile (a quarter in the ``quick`` one), never below 10: every property
    still runs on several inputs in the quick lane, and on all of them in CI. Called when a test
    module is imported, which is after :func:`pytest_configure` loaded the profile.
    """
    from hypothesis import settings

    return max(10, full * settings.default.max_examples // FULL_EXAMPLES)


def _quick_lane(config) -> bool:
    """Whether the run leaves the slow tests out (``-m "not slow ..."``): the quick lane of the README."""
    return re.search(r"\bnot\s+slow\b", config.getoption("markexpr", "") or "") is not None


def pytest_configure(config):
    # The Hypothesis profile: the one named by --hypothesis-profile, else quick in the quick lane, else full.
    from hypothesis import settings

    if not config.getoption("hypothesis_profile", None):
        settings.load_profile("quick" if _quick_lane(config) else "full")
    # Hypothesis checks that a registered PRNG has a referrer with gc.get_referrers, which does not see
    # frozen objects (trio's module-level Random is one, see _loaded_for_the_session): the PRNG is
    # registered all the same, the warning is noise.
    config.addinivalue_line(
        "filterwarnings", "ignore:It looks like `register_random` was passed an object:hypothesis.errors.HypothesisWarning")


@pytest.fixture(scope="session")
def kb():
    """The packaged knowledge base (with Phoenix), loaded once: the coder's own."""
    from dotterel.actors.kb import KnowledgeBase

    with _loaded_for_the_session():
        return KnowledgeBase.load()


@pytest.fixture(scope="session")
def kb_no_phoenix():
    """The packaged knowledge base without the Phoenix file: for tests where Phoenix is not the point."""
    from dotterel.actors.kb import KnowledgeBase

    with _loaded_for_the_session():
        return KnowledgeBase.load(phoenix=False)


@pytest.fixture(scope="session")
def gazetteer():
    """The place index, loaded once: the coder's own."""
    from dotterel.places import Gazetteer

    with _loaded_for_the_session():
        return Gazetteer.load()


@pytest.fixture(scope="session")
def coder(kb, gazetteer):
    """The one Coder of the session (the model loads once); it shares ``kb`` and ``gazetteer``."""
    from dotterel.coder import Coder

    with _loaded_for_the_session():
        return Coder(debug=True, kb=kb, gazetteer=gazetteer)


def _str_value(node, names: dict[str, str]) -> str | None:
    """The string a node writes: a literal, or a name bound to one in ``names``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name):
        return names.get(node.id)
    return None


def _parametrized_rows(function: ast.FunctionDef) -> list[dict[str, str]]:
    """The string values of each case of ``function``'s ``parametrize`` decorators: one dict per case."""
    rows: list[dict[str, str]] = []
    for deco in function.decorator_list:
        if not (isinstance(deco, ast.Call) and getattr(deco.func, "attr", "") == "parametrize" and len(deco.args) >= 2):
            continue
        first = deco.args[0]
        if isinstance(first, (ast.List, ast.Tuple)):
            names = [_str_value(n, {}) for n in first.elts]
        else:
            names = [n.strip() for n in (_str_value(first, {}) or "").split(",")]
        if None in names or not isinstance(deco.args[1], (ast.List, ast.Tuple)):
            continue
        for case in deco.args[1].elts:
            if isinstance(case, ast.Call):  # pytest.param(...)
                case = ast.Tuple(elts=case.args)
            row = case.elts if len(names) > 1 and isinstance(case, (ast.List, ast.Tuple)) else [case]
            rows.append({name: text for name, node in zip(names, row, strict=False)
                         if (text := _str_value(node, {})) is not None})
    return rows


def _parametrized_strings(function: ast.FunctionDef) -> dict[str, list[str]]:
    """The string values each argument name of ``function``'s ``parametrize`` decorators takes."""
    values: dict[str, list[str]] = {}
    for row in _parametrized_rows(function):
        for name, text in row.items():
            values.setdefault(name, []).append(text)
    return values


def _texts_passed_to_calls(path: Path) -> dict[str, str | None]:
    """Each sentence the module at ``path`` hands to a call, with the ``published=`` date written beside it.

    A sentence is a string of three or more words written as a positional argument of a call, or a name
    bound to one (a module constant, a local ``text = "..."``, a ``parametrize`` argument); that takes in the
    sentences given to ``coder.code``, to a helper that codes them and to ``pytest.mark.parametrize``. Its date
    is the string literal (or module constant) of the call's ``published=`` keyword (a ``parametrize``
    argument there gives each case's text its own case's date), or else an ISO date
    literal among its positional arguments, None when there is neither.
    A keyword argument (an ``id=``) or an expected value compared outside a call is no sentence.
    """
    tree = source_tree(path)
    module_names = {t.id: v for node in tree.body if isinstance(node, ast.Assign)
                    for t in node.targets if isinstance(t, ast.Name)
                    and (v := _str_value(node.value, {})) is not None}
    texts: dict[str, str | None] = {}
    for function in [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)] + [tree]:
        names = dict(module_names)
        names.update((t.id, v) for node in ast.walk(function) if isinstance(node, ast.Assign)
                     for t in node.targets if isinstance(t, ast.Name)
                     and (v := _str_value(node.value, {})) is not None)
        rows = _parametrized_rows(function) if isinstance(function, ast.FunctionDef) else []
        params = _parametrized_strings(function) if isinstance(function, ast.FunctionDef) else {}
        for call in (n for n in ast.walk(function) if isinstance(n, ast.Call)):
            date = next((k.value for k in call.keywords if k.arg == "published"), None)
            published = _str_value(date, module_names) if date is not None else \
                next((v for a in call.args if re.fullmatch(r"\d{4}-\d\d-\d\d", _str_value(a, {}) or "")
                      for v in [a.value]), None)
            # a date that is a parametrize argument goes with the text of its own case
            date_param = date.id if isinstance(date, ast.Name) and date.id in params else None
            for arg in call.args[getattr(call.func, "attr", "") == "parametrize":]:  # not the argument names
                found = [(c.value, published) for c in ast.walk(arg)
                         if isinstance(c, ast.Constant) and isinstance(c.value, str)]
                if isinstance(arg, ast.Name):
                    found = [(row[arg.id], row.get(date_param) if date_param else published)
                             for row in rows if arg.id in row]
                    found += [(v, published) for v in [names.get(arg.id)] if v is not None]
                for text, dated in found:
                    if len(text.split()) >= 3 and texts.get(text) is None:
                        texts[text] = dated
    return texts


@pytest.fixture(scope="module")
def codes_its_texts_in_one_stream(request, coder):
    """The module's sentences coded in one ``code_documents`` stream the first time any of them is coded.

    For modules whose tests code sentences written in the module
    (``pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")``): parsing them as one stream
    costs about half of parsing them one call at a time. The first time the module's tests ask the session's
    coder for one document ``make_document(text, published=P)`` (through ``coder.code(text, published=P)`` or
    ``coder.code_documents``) of a ``text`` of :func:`_texts_passed_to_calls`, every such text is coded in one
    stream, with the date written beside it or else ``P``; after that a request for exactly one of those documents returns a
    deep copy of what that stream coded for it (``tests/test_batched_coding.py`` checks that these records are
    the ones a call of its own makes), and any other request codes as usual. Only the session's coder is
    touched (not its ``for_config`` twins), so use it in modules that neither patch the pipeline nor change
    the coder's options.

    The stream is parsed with spaCy batches of a whole memory zone (``ZONE_DOCUMENTS``, 64 texts) rather than the
    coder's default 16: the model's batched parse gives each text the same tags, lemmas, parse, entities and
    sentence starts at any batch size (checked on all 1,677 texts of these modules against one ``nlp()`` call
    each), and the module's short texts parse in about four fifths of the CPU. The coding stages still run on
    every document as the coder runs them.
    """
    import copy

    from dotterel.coder import ZONE_DOCUMENTS
    from dotterel.ingest import make_document

    texts = _texts_passed_to_calls(Path(request.module.__file__))
    real = coder.code_documents
    coded: dict[str, tuple[object, object]] = {}  # text -> (the Document coded, its CodedDocument)
    batched = False

    def code_documents(documents, *, n_process=1):
        nonlocal batched
        documents = list(documents)
        if not batched and n_process == 1 and len(documents) == 1 and documents[0].text in texts:
            batched = True
            batch = [make_document(text, published=published or documents[0].published)
                     for text, published in texts.items()]
            with pytest.MonkeyPatch.context() as whole_zones:  # one spaCy batch per memory zone: see the docstring
                whole_zones.setattr(coder.annotator, "batch_size", ZONE_DOCUMENTS)
                coded.update((d.text, (d, c)) for d, c in zip(batch, real(batch), strict=True))
        hits = [coded.get(d.text, (None, None)) for d in documents]
        if n_process == 1 and all(done == d for (done, _), d in zip(hits, documents, strict=True)):
            return iter([copy.deepcopy(c) for _, c in hits])
        return real(documents, n_process=n_process)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(coder, "code_documents", code_documents)
        yield


@pytest.fixture(scope="session")
def _coded_documents_memo() -> dict:
    """What :func:`codes_each_document_once` coded: ``{(config hash, debug, Document): CodedDocument}``, copies."""
    return {}


@pytest.fixture(scope="module")
def codes_each_document_once(coder, _coded_documents_memo):
    """The session's coder codes each document once in the session; later requests get a copy of that coding.

    For modules whose tests code the same documents again through the CLI, the runner or the server
    (``pytestmark = pytest.mark.usefixtures("codes_each_document_once")``): a ``dotterel run`` per bad
    input of a matrix, a rerun that must add nothing, a page and the API coding the same text. A document
    is the whole :class:`~dotterel.records.Document` (text, id, date, source, title, url, path), coded with
    the same options (the coder's config hash and ``debug`` flag, which the server switches per request), and
    coding is per document (``tests/test_batched_coding.py`` checks that a document's records do not depend
    on the others of its call), so its coding is the same whenever it is asked for. A call of
    ``coder.code_documents`` (``coder.code`` makes one) whose documents were all coded before returns deep
    copies of those codings, so a test that changes what it gets changes nothing for the next; any other
    call codes as usual and remembers copies. Only the session's coder is touched (not its ``for_config``
    twins), so use it in modules that neither patch the pipeline nor change the coder's options.
    """
    import copy

    memo = _coded_documents_memo
    real = coder.code_documents

    def remember(keys, stream):
        for key, coded in zip(keys, stream, strict=False):
            memo[key] = copy.deepcopy(coded)
            yield coded

    def code_documents(documents, *, n_process=1):
        documents = list(documents)
        # The coder's options are part of the key: its config and the debug flag (the server switches it per request).
        keys = [(coder.config_hash, coder.debug, d) for d in documents]
        if n_process == 1 and keys and all(k in memo for k in keys):
            return iter([copy.deepcopy(memo[k]) for k in keys])
        return remember(keys, real(documents, n_process=n_process))

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(coder, "code_documents", code_documents)
        yield


@pytest.fixture(scope="session")
def seed_text() -> str:
    return shared_path("corpus", "seed_kazakhstan_2022.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_coded(coder, seed_text):
    """The seed article coded once (``doc_id="seed_kazakhstan_2022"``, published 2022-02-01): events, places, dates,
    abstentions.

    The doc_id is the seed's golden name, so ``tests/test_golden_corpus.py`` compares this very coding with its golden
    instead of coding the article a second time (~0.6 s of CPU).
    """
    from dotterel.ingest import make_document

    return next(iter(coder.code_documents([make_document(seed_text, doc_id=SEED_DOC_ID, published="2022-02-01")])))


@pytest.fixture(scope="session")
def seed_events(seed_coded):
    """``coder.code(seed_text, published="2022-02-01", doc_id=SEED_DOC_ID)``, from the one coding of the session."""
    return seed_coded.events


@pytest.fixture(scope="session")
def cases():
    path = shared_path("cases", "cases.jsonl")
    return {c["id"]: c for c in (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line)}


@pytest.fixture(scope="session")
def coder_for(coder):
    """``coder_for(config)``: a Coder for another ``PipelineConfig`` that shares the session's loaded data.

    For settings that leave the language, the model and the knowledge-base files alone (stages, count
    convention, batch size, ...): ``coder.for_config`` loads a whole new coder whenever the config hash
    differs (about 1 s of CPU); this one shares the model, KB, place index, ontology, profile and lexicon.
    """
    from dotterel.coder import Coder

    def make(config):
        same = (config.language, config.model, list(config.kb_files))
        assert same == (coder.config.language, coder.config.model, list(coder.config.kb_files)), (
            "coder_for shares the loaded model and KB: use coder.for_config for another language, model or KB")
        return Coder(config, nlp=coder.nlp, gazetteer=coder.gazetteer, kb=coder.kb, ontology=coder.ontology,
                     lang=coder.lang, lexicon=coder.lexicon)

    return make


@pytest.fixture
def cli(coder):
    """``dotterel.cli.main`` sharing the session's coder (``main(argv, coder=...)``): no model load per call."""
    import functools

    from dotterel.cli import main

    return functools.partial(main, coder=coder)


def copy_store(src: Path, dest: Path) -> Path:
    """Copy the DuckDB store ``src`` and its sidecars (``.errors.jsonl``, ``.shards``) to ``dest``.

    A copied file costs about a millisecond, a new store about 35 ms and a ``dotterel run`` that fills
    one much more: a test that needs a store in a given state makes it once (a session or module
    fixture) and works on a copy.
    """
    import shutil

    for path in src.parent.glob(src.name + "*"):
        target = dest.parent / (dest.name + path.name[len(src.name):])
        if path.is_dir():
            shutil.copytree(path, target)
        else:
            shutil.copyfile(path, target)
    return dest


@functools.cache
def _reader():
    """The session's one in-memory DuckDB database, that ``store_rows`` attaches store files to."""
    import duckdb

    return duckdb.connect(":memory:")


@contextlib.contextmanager
def store_rows(path: Path | str):
    """A connection reading the DuckDB file ``path`` read-only, for a test's own checks of a store's rows.

    ``duckdb.connect`` makes a new database instance each time (~25 ms of CPU, most of it setting up
    DuckDB's catalog), while attaching the file to one in-memory database of the session costs ~1.5 ms:
    the file is attached read-only as the default catalog (``USE``), so the test's SQL reads its tables
    by their plain names, and detached on leaving. The dotterel code under test opens its stores itself.
    """
    con = _reader()
    con.execute("ATTACH ? AS checked (READ_ONLY)", [str(path)])
    try:
        con.execute("USE checked")
        yield con
    finally:
        con.execute("USE memory")
        con.execute("DETACH checked")


@pytest.fixture(scope="session")
def _empty_store_template(tmp_path_factory) -> Path:
    from dotterel.store import EventStore

    path = tmp_path_factory.mktemp("empty-store") / "empty.duckdb"
    EventStore(path).close()
    return path


@pytest.fixture
def empty_store(_empty_store_template, tmp_path) -> Path:
    """The path of a new, empty store of the current schema (a copy of one made once per session)."""
    return copy_store(_empty_store_template, tmp_path / "store.duckdb")
