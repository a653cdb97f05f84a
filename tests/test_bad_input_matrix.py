"""The bad-input matrix (issue 14): every kind of bad input through `dotterel code`, `dotterel run` and the API.

For each kind it asserts the exit status (or HTTP status), a one-line message
that names the file, the line where there is one, and what to do, no
traceback, and the store's contents before and after: the bad record adds
nothing, the good records beside it are all stored, and a run records the
error (errors file and ``errors`` table) with its file and line.

The model is loaded once per session: the commands are run in-process
through the ``cli`` fixture (``main(argv, coder=...)``).
"""

from __future__ import annotations

import asyncio
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest

from dotterel.ingest import content_doc_id
from dotterel.server import ServerSettings, create_app
from dotterel.store import EventStore
from conftest import copy_store, store_rows

pytestmark = pytest.mark.usefixtures("codes_each_document_once")  # reruns and pages code the same documents

GOOD = "Riot police fired tear gas at protesters in Almaty on 5 January 2022."
GOOD_LINE = json.dumps({"id": "good", "text": GOOD, "published": "2022-01-06"}).encode() + b"\n"
GOOD_ROW = f'good,"{GOOD}"\n'.encode()


@dataclass(frozen=True)
class Row:
    """One kind of bad input.

    ``name`` is the file written, ``data`` its bytes; ``reason`` must be in
    the message, ``line`` is the line it must name (None: the file as a
    whole); ``good`` is how many good documents the same input holds.
    """

    kind: str
    name: str
    data: bytes
    reason: str
    line: int | None
    good: int = 0
    options: tuple[str, ...] = field(default=())


def _big(n: int) -> bytes:
    return ("Protesters marched. " * (n // 20 + 1)).encode()[:n]


# -- kinds that are one file of text: `code` and `run` both read them -----------------------------------

TEXT_FILES = [
    Row("encoding", "latin1.txt", "Grève générale à Paris.\nLa police a chargé.".encode("latin-1"), "not UTF-8 text", 1),
    Row("encoding", "utf16.txt", "Police fired tear gas.".encode("utf-16"), "UTF-16LE text, not UTF-8", None),
    Row("encoding", "late-bad-byte.txt", b"Police fired.\nThen \xff came.\n", "invalid byte 0xff", 2),
    Row("binary", "photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" * 20, "binary data, not text", None),
    Row("empty", "empty.txt", b"", "empty input (0 bytes)", None),
    Row("empty", "blank.txt", b" \n\t\n", "no text, only whitespace", None),
    Row("size", "big.txt", _big(5000), "over the 4,000-byte limit", None, options=("--max-bytes", "4000")),
    Row("html", "menu.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>",
        "no article text found in the HTML page", None),
]

# -- kinds of corpus files: `run` reads them (records beside the bad one are good) -----------------------

CORPUS_FILES = [
    Row("jsonl", "bad-json.jsonl", GOOD_LINE + b"{oops\n", "not valid JSON", 2, good=1),
    Row("jsonl", "bad-bytes.jsonl", GOOD_LINE + b'{"text": "caf\xe9"}\n', "not UTF-8", 2, good=1),
    Row("jsonl", "surrogate-key.jsonl", GOOD_LINE + b'{"\\udcff": 1}\n', "no 'text' field (keys: \\xff)", 2, good=1),
    Row("jsonl", "surrogate-text.jsonl", GOOD_LINE + b'{"text": "Riots \\ud800 in Dhaka."}\n', "text is not UTF-8", 2,
        good=1),
    Row("jsonl", "surrogate-title.jsonl", GOOD_LINE + b'{"text": "Riots in Dhaka.", "title": "\\udce9"}\n',
        "field 'title' is not UTF-8", 2, good=1),
    Row("jsonl", "utf16.jsonl", (GOOD_LINE + GOOD_LINE).decode().encode("utf-16"), "UTF-16 or UTF-32 text", 1),
    Row("jsonl", "array.jsonl", GOOD_LINE + b"[1, 2]\n", "a JSON list, not an object", 2, good=1),
    Row("jsonl", "deep.jsonl", GOOD_LINE + b"[" * 100_000 + b"\n", "nested too deeply", 2, good=1),
    Row("jsonl", "no-text.jsonl", GOOD_LINE + b'{"body": "Riots."}\n', "no 'text' field", 2, good=1),
    Row("jsonl", "empty-text.jsonl", GOOD_LINE + b'{"text": "  "}\n', "field 'text' is empty", 2, good=1),
    Row("jsonl", "number-text.jsonl", GOOD_LINE + b'{"text": 5}\n', "field 'text' is not a string", 2, good=1),
    Row("date", "us-date.jsonl", GOOD_LINE + b'{"text": "Riots in Dhaka.", "published": "05/01/2022"}\n',
        "is not ISO 8601", 2, good=1),
    Row("csv-quotes", "unclosed.csv", b"id,text\n" + GOOD_ROW + b'bad,"never closed\nlate,' + GOOD.encode() + b"\n",
        "unbalanced quote", 3, good=2),
    Row("csv-quotes", "unclosed.tsv", b"id\ttext\n" + GOOD_ROW.replace(b",", b"\t", 1) + b'bad\t"never closed\n',
        "unbalanced quote", 3, good=1),
    Row("csv-quotes", "after-quote.csv", b"id,text\n" + GOOD_ROW + b'bad,"quoted"tail\n', "malformed row", 3, good=1),
    Row("csv-fields", "extra.csv", b"id,text\n" + GOOD_ROW + b"bad,Riots,in Dhaka\n", "3 fields, the header has 2", 3,
        good=1),
    Row("csv-encoding", "utf16.csv", ("id,text\n" + GOOD_ROW.decode()).encode("utf-16"), "UTF-16 text, not UTF-8", 1),
    Row("csv-encoding", "latin1-header.csv", b"id,t\xe9xte\nk1,Riots.\n", "the header row is not UTF-8", 1),
    Row("csv-encoding", "bad-row.csv", b"id,text\n" + GOOD_ROW + b"bad,caf\xe9 riots\n", "text is not UTF-8", 3,
        good=1),
    Row("csv-header", "no-header.csv", b"", "empty file (no header row)", 1),
]


def store_content(db: Path) -> dict[str, list]:
    if not db.exists():
        return {}
    with store_rows(db) as con:
        return {
            "documents": sorted(con.execute("SELECT doc_id, text FROM documents").fetchall()),
            "errors": sorted(con.execute("SELECT path, line, reason, hint FROM errors").fetchall(), key=repr),
        }


@pytest.fixture(scope="module")
def _filled_template(tmp_path_factory, coder) -> Path:
    """A store holding one document already, made once by ``dotterel run``: each test gets a copy."""
    import functools

    from dotterel.cli import main

    folder = tmp_path_factory.mktemp("filled")
    db = folder / "store.duckdb"
    base = folder / "base.jsonl"
    base.write_bytes(json.dumps({"id": "base", "text": "Workers rallied in Lagos on Monday."}).encode() + b"\n")
    assert functools.partial(main, coder=coder)(["run", str(base), "--db", str(db)]) == 0
    return db


@pytest.fixture
def filled_store(_filled_template, tmp_path) -> Path:
    """A copy of the one-document store, so 'before' is not empty."""
    return copy_store(_filled_template, tmp_path / "store.duckdb")


@pytest.fixture(scope="module")
def filled_before(_filled_template) -> dict[str, list]:
    """``store_content`` of every ``filled_store`` before the test writes to it (a copy of one file, read once)."""
    return store_content(_filled_template)


def no_traceback(err: str) -> None:
    assert "Traceback" not in err and 'File "' not in err, err


def expected_location(path: Path, row: Row) -> str:
    return f"{path}:{row.line}" if row.line is not None else str(path)


# -- dotterel code --------------------------------------------------------------------------------------


@pytest.mark.parametrize("row", TEXT_FILES, ids=lambda r: f"{r.kind}-{r.name}")
def test_code(row, tmp_path, cli, capsys, filled_store, filled_before):
    bad = tmp_path / row.name
    bad.write_bytes(row.data)
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    db = filled_store
    before = filled_before
    capsys.readouterr()
    out = tmp_path / "events.jsonl"
    status = cli(["code", str(bad), str(good), "--published", "2022-01-06", "--format", "jsonl",
                   "-o", str(out), "--db", str(db), *row.options])
    err = capsys.readouterr().err
    assert status == 2
    no_traceback(err)
    [line] = err.splitlines()
    assert line.startswith(f"dotterel: error: {expected_location(bad, row)}: ")
    assert row.reason in line
    assert "; " in line.split(row.reason, 1)[1], "the message says what to do"
    events = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert events and {e["doc_id"] for e in events} == {content_doc_id(GOOD)}
    after = store_content(db)
    assert after["documents"] == sorted(before["documents"] + [(content_doc_id(GOOD), GOOD)])


def test_code_missing_file_and_folder(tmp_path, cli, capsys):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    status = cli(["code", str(tmp_path / "nope.txt"), str(tmp_path), str(good), "--format", "jsonl",
                   "-o", str(tmp_path / "o.jsonl")])
    err = capsys.readouterr().err
    assert status == 2
    no_traceback(err)
    assert err.splitlines() == [
        f"dotterel: error: {tmp_path / 'nope.txt'}: no such file; check the path",
        f"dotterel: error: {tmp_path}: is a directory, not a text file; pass the files inside it, e.g. folder/*.txt",
    ]


# -- dotterel run --------------------------------------------------------------------------------------


@pytest.mark.parametrize("row", TEXT_FILES + CORPUS_FILES, ids=lambda r: f"{r.kind}-{r.name}")
def test_run(row, tmp_path, cli, capsys, filled_store, filled_before):
    bad = tmp_path / row.name
    bad.write_bytes(row.data)
    db = filled_store
    before = filled_before
    capsys.readouterr()
    status = cli(["run", str(bad), "--db", str(db), *row.options])
    err = capsys.readouterr().err
    assert status == 2
    no_traceback(err)
    summary, shown = err.splitlines()
    assert summary.startswith("dotterel run: ") and ", 1 error (see " in summary
    [recorded] = [json.loads(x) for x in Path(f"{db}.errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert recorded["path"] == str(bad) and recorded["line"] == row.line
    # the error is also shown as dotterel code shows it: one line, file (and line), reason, hint
    where = str(bad) if row.line is None else f"{bad}:{row.line}"
    assert shown == f"dotterel: error: {where}: {recorded['reason']}; {recorded['hint']}"
    assert row.reason in recorded["reason"] and recorded["hint"], recorded
    after = store_content(db)
    assert len(after["documents"]) == len(before["documents"]) + row.good
    assert set(before["documents"]) <= set(after["documents"])
    assert after["errors"] == sorted(
        before["errors"] + [(str(bad), row.line, recorded["reason"], recorded["hint"])], key=repr
    )


def test_run_folder_with_unreadable_sub_folder_and_odd_names(tmp_path, cli, capsys, monkeypatch, filled_store, filled_before):
    corpus = tmp_path / "corpus"
    (corpus / "locked").mkdir(parents=True)
    (corpus / "locked" / "a.txt").write_text(GOOD, encoding="utf-8")
    odd = os.path.join(os.fsencode(corpus), b"caf\xe9")
    os.makedirs(odd)
    with open(os.path.join(odd, b"r\xe9cit.txt"), "w", encoding="utf-8") as handle:
        handle.write(GOOD)
    real_scandir = os.scandir

    def scandir(path="."):
        if os.fspath(path) == str(corpus / "locked"):
            raise PermissionError(13, "Permission denied", str(corpus / "locked"))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    db = filled_store
    before = filled_before
    capsys.readouterr()
    assert cli(["run", str(corpus), "--db", str(db)]) == 2
    no_traceback(capsys.readouterr().err)
    [recorded] = [json.loads(x) for x in Path(f"{db}.errors.jsonl").read_text(encoding="utf-8").splitlines()]
    assert recorded["path"] == str(corpus / "locked") and "cannot read the folder" in recorded["reason"]
    after = store_content(db)
    assert len(after["documents"]) == len(before["documents"]) + 1  # the file under the odd name
    with EventStore(db) as store:
        assert f"{corpus}/caf\\xe9/r\\xe9cit.txt" in {d.path for d in store.documents()}


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["run", "IN", "--db", ""], "--db is empty, which would keep the store in memory"),
        (["run", "IN", "--db", "DB", "--errors", "IN"], "--errors is also an input"),
        (["code", "IN", "--db", " "], "--db is empty"),
        (["code", "IN", "-o", "IN"], "-o is also an input"),
        (["export", "--db", "DB", "--format", "acled", "-o", "DB"], "-o is the store itself"),
    ],
    ids=["run-empty-db", "run-errors-is-input", "code-empty-db", "code-output-is-input", "export-over-store"],
)
def test_options_that_would_lose_data(argv, message, tmp_path, cli, capsys, filled_store):
    src = tmp_path / "in.jsonl"
    src.write_bytes(GOOD_LINE)
    db = filled_store
    before_db, before_src = db.read_bytes(), src.read_bytes()
    capsys.readouterr()
    status = cli([{"IN": str(src), "DB": str(db)}.get(a, a) for a in argv])
    err = capsys.readouterr().err
    assert status == 2
    no_traceback(err)
    [line] = err.splitlines()
    assert message in line and "; give " in line
    assert src.read_bytes() == before_src and db.read_bytes() == before_db


# -- the API and the code page ----------------------------------------------------------------------------


def api_call(app, method: str, url: str, *, base: str = "http://127.0.0.1:8000", **kwargs) -> httpx.Response:
    async def go() -> httpx.Response:
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(transport=transport, base_url=base) as client:
            return await client.request(method, url, **kwargs)

    return asyncio.run(go())


API_ROWS = [
    ("surrogate", {"content": b'{"text": "Riots \\ud800 in Dhaka.", "store": true}',
                   "headers": {"content-type": "application/json"}}, 422, "surrogate|UTF-8|unicode"),
    ("empty-text", {"json": {"text": "   ", "store": True}}, 422, "text"),
    ("no-text", {"json": {"store": True}}, 422, "text"),
    ("bad-date", {"json": {"text": GOOD, "published": "05/01/2022", "store": True}}, 422, "YYYY-MM-DD"),
    ("not-json", {"content": b"{oops", "headers": {"content-type": "application/json"}}, 422, "JSON"),
    ("wrong-type", {"json": {"text": 5, "store": True}}, 422, "text"),
    ("too-long", {"json": {"text": "Riots. " * 200, "store": True}}, 413, "over this server's limit"),
    ("body-too-big", {"content": b"x" * 5000, "headers": {"content-type": "application/json"}}, 413, "request body"),
    ("foreign-host", {"json": {"text": GOOD, "store": True}, "base": "http://evil.example"}, 400, "host name"),
    ("cross-site", {"json": {"text": GOOD, "store": True}, "headers": {"Origin": "http://evil.example"}}, 403,
     "another site"),
]

PAGE_UPLOADS = [
    ("binary", ("photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" * 20), 422, "binary data, not text"),
    ("latin1", ("old.txt", "Grève à Paris".encode("latin-1")), 422, "not UTF-8"),
    ("utf16", ("u16.txt", "Police fired.".encode("utf-16")), 422, "UTF-16LE text, not UTF-8"),
    ("empty", ("empty.txt", b""), 422, "empty"),
    ("html-no-article", ("menu.html", b"<html><body><nav>Home</nav></body></html>"), 422, "no article text"),
]


@pytest.fixture(scope="module")
def api_app(_empty_store_template, tmp_path_factory, coder):
    """One server over one empty store for the module: every test refuses its input, and each asserts the store is
    still empty after its own request (so a request that stored would fail the test that sent it)."""
    db = copy_store(_empty_store_template, tmp_path_factory.mktemp("api") / "store.duckdb")
    app = create_app(ServerSettings(db=str(db), max_text_chars=1000, max_body_bytes=4000), coder=coder)
    yield app, db
    app.state.dotterel.close()


def _documents(app) -> list:
    with app.state.dotterel.store() as store:
        return sorted(d.doc_id for d in store.documents())


@pytest.mark.parametrize(("kind", "request_args", "status", "words"), API_ROWS, ids=[r[0] for r in API_ROWS])
def test_api(kind, request_args, status, words, api_app):
    app, _ = api_app
    before = _documents(app)
    args = dict(request_args)
    base = args.pop("base", "http://127.0.0.1:8000")
    r = api_call(app, "POST", "/api/v1/code", base=base, **args)
    assert r.status_code == status
    body = r.json()
    text = json.dumps(body)
    assert "Traceback" not in text and 'File "' not in text
    detail = body["detail"]
    message = detail if isinstance(detail, str) else "; ".join(f"{'.'.join(p['loc'])}: {p['msg']}" for p in detail)
    assert "\n" not in message and re.search(words, message, flags=re.I), message
    assert _documents(app) == before == []


@pytest.mark.parametrize(("kind", "upload", "status", "words"), PAGE_UPLOADS, ids=[r[0] for r in PAGE_UPLOADS])
def test_code_page_upload(kind, upload, status, words, api_app):
    app, _ = api_app
    page = api_call(app, "GET", "/")
    token = re.search(r'name="form_token" value="([^"]+)"', page.text).group(1)
    r = api_call(app, "POST", "/code", data={"form_token": token, "store": "1"}, files={"file": upload})
    assert r.status_code == status
    assert "Traceback" not in r.text and words in r.text
    assert upload[0] in r.text or kind == "empty"
    assert _documents(app) == []
