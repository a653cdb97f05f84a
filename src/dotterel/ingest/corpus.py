r"""Read corpora: JSON Lines, CSV/TSV, folders of .txt/.html files and standard input.

Every reader is a generator: it holds one record (one line, one CSV row, one
file) in memory at a time and yields, in input order, a
:class:`~dotterel.records.Document` or, for a record that cannot be used, an
:class:`~dotterel.errors.InputError` naming the file and the 1-based line.
A bad record never stops the stream; the caller reports it and goes on.

Which key holds what is given by a :class:`FieldMap` (defaults: ``text``,
``id``, ``title``, ``url``, ``source``, ``published``). A record without an
id gets the content-hash id of its text (:func:`dotterel.ingest.content_doc_id`),
so the same text always gets the same id. Dates are ISO 8601: a
``YYYY-MM-DD`` day, or a date-time whose first ten characters are that day
(``2022-01-05T10:00:00Z``); anything else is an error for that record,
because reading "05/01/2022" would be a guess between May and January.

Examples
--------
>>> import io
>>> from dotterel.ingest.corpus import iter_jsonl
>>> lines = io.BytesIO(b'{"text": "Police fired tear gas.", "published": "2022-01-05"}\\n{oops\\n')
>>> [type(item).__name__ for item in iter_jsonl(lines, path="a.jsonl")]
['Document', 'InputError']
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
from collections import deque
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, BinaryIO, Literal

from pydantic import BaseModel, ConfigDict

from dotterel.errors import InputError, printable
from dotterel.ingest import (
    MAX_BYTES_DEFAULT,
    STDIN_NAME,
    decode_text,
    make_document,
    read_text_file,
)
from dotterel.ingest.html import HTML_SUFFIXES  # re-exported: the endings read as HTML in a folder
from dotterel.records import Document

__all__ = [
    "FieldMap",
    "InputFormat",
    "TEXT_SUFFIXES",
    "HTML_SUFFIXES",
    "detect_format",
    "iter_jsonl",
    "iter_delimited",
    "iter_folder",
    "iter_corpus",
]

InputFormat = Literal["auto", "jsonl", "csv", "tsv", "txt", "html"]
"""Input formats of :func:`iter_corpus`; ``auto`` decides by file name."""

TEXT_SUFFIXES = (".txt",)
"""File name endings read as plain text in a folder."""


_JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
_ISO_DAY_PREFIX = re.compile(r"(\d{4}-\d{2}-\d{2})(?:$|[T ]\d{2}:\d{2})")
_SURROGATE = re.compile("[\udc80-\udcff]")
_HINT_JSONL = "each line must be one JSON object, e.g. {\"text\": \"...\", \"published\": \"2022-01-05\"}"


class FieldMap(BaseModel):
    """Which key (JSON Lines) or column (CSV/TSV) holds each document field.

    Attributes
    ----------
    text : str
        The article text (required in every record); default ``"text"``.
    id : str
        The document id; default ``"id"``. A record without it (or with an
        empty value) gets the content-hash id of its text.
    title, url, source : str
        Headline, address and outlet; defaults ``"title"``, ``"url"``,
        ``"source"``. Missing or empty values are ``None``.
    date : str
        Publication date, ISO 8601 (``YYYY-MM-DD`` or a date-time starting
        with it); default ``"published"``.

    Examples
    --------
    >>> FieldMap(text="doc_text", id="doc_id").text
    'doc_text'
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    text: str = "text"
    id: str = "id"
    title: str = "title"
    url: str = "url"
    source: str = "source"
    date: str = "published"


def detect_format(name: str) -> Literal["jsonl", "csv", "tsv", "txt", "html", "folder"]:
    """Tell the format of an input from its name.

    Parameters
    ----------
    name : str
        A path; ``"-"`` (standard input) is JSON Lines.

    Returns
    -------
    str
        ``folder`` for a directory; else by ending: ``.jsonl``/``.ndjson``/
        ``.json`` -> ``jsonl``, ``.csv`` -> ``csv``, ``.tsv``/``.tab`` ->
        ``tsv``, ``.html``/``.htm`` -> ``html``, anything else -> ``txt``.

    Examples
    --------
    >>> detect_format("news.ndjson"), detect_format("a.TSV"), detect_format("x.md")
    ('jsonl', 'tsv', 'txt')
    """
    if name == "-":
        return "jsonl"
    if os.path.isdir(name):
        return "folder"
    lower = name.lower()
    if lower.endswith(_JSONL_SUFFIXES):
        return "jsonl"
    if lower.endswith(".csv"):
        return "csv"
    if lower.endswith((".tsv", ".tab")):
        return "tsv"
    if lower.endswith(HTML_SUFFIXES):
        return "html"
    return "txt"


def _published(value: Any, *, where: str, line: int | None) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    match = _ISO_DAY_PREFIX.match(str(value).strip())
    if not match:
        raise InputError(
            f"publication date {value!r} is not ISO 8601 (YYYY-MM-DD or a date-time starting with it)",
            path=where,
            line=line,
            hint="write dates as YYYY-MM-DD, or map another column with --date-key",
        )
    return match.group(1)


def _text_value(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, (dict, list)):
        return None
    text = str(value)
    return text if text.strip() else None


def _field_value(record: Mapping[str, Any], key: str, *, where: str, line: int | None) -> str | None:
    r"""A mapped metadata field as text, or InputError when it holds bytes that were not UTF-8.

    Undecodable bytes survive reading as lone surrogates (``surrogateescape``,
    or a JSON ``\\udcXX`` escape); they would fail later, when the document
    is serialised, and take its whole batch down with them.
    """
    text = _text_value(record.get(key))
    if text is not None:
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise InputError(
                f"field {key!r} is not UTF-8", path=where, line=line, hint="convert the file to UTF-8"
            ) from None
    return text


def _record_document(
    record: Mapping[str, Any], *, fields: FieldMap, where: str, line: int | None, max_bytes: int
) -> Document:
    """Build a Document from one mapped record, or raise InputError (with ``line``)."""
    raw = record.get(fields.text)
    if raw is None:
        keys = ", ".join(sorted(str(k) for k in record)[:8]) or "none"
        raise InputError(
            f"no {fields.text!r} field (keys: {keys})",
            path=where,
            line=line,
            hint="name the text field with --text-key",
        )
    if not isinstance(raw, str):
        raise InputError(
            f"field {fields.text!r} is not a string", path=where, line=line, hint="give the article text as a JSON string"
        )
    try:
        size = len(raw.encode("utf-8"))
    except UnicodeEncodeError:  # lone surrogates: bytes that were not UTF-8 (surrogateescape)
        raise InputError("text is not UTF-8", path=where, line=line, hint="convert the file to UTF-8") from None
    if size > max_bytes:
        raise InputError(
            f"text is over the {max_bytes:,}-byte limit",
            path=where,
            line=line,
            hint="split it into smaller documents, or raise --max-bytes",
        )
    if not raw.strip():
        raise InputError(
            f"field {fields.text!r} is empty", path=where, line=line, hint="fill in the text or remove the record"
        )
    doc_id = _field_value(record, fields.id, where=where, line=line)
    location = where if line is None else f"{where}:{line}"
    try:
        return make_document(
            raw,
            doc_id=doc_id.strip() if doc_id else None,
            published=_published(record.get(fields.date), where=where, line=line),
            source=_field_value(record, fields.source, where=where, line=line),
            title=_field_value(record, fields.title, where=where, line=line),
            url=_field_value(record, fields.url, where=where, line=line),
            path=location,
        )
    except InputError as exc:
        raise InputError(exc.reason, path=where, line=line, hint=exc.hint) from None


def iter_jsonl(
    stream: BinaryIO,
    *,
    path: str,
    fields: FieldMap | None = None,
    max_bytes: int = MAX_BYTES_DEFAULT,
) -> Iterator[Document | InputError]:
    """Read JSON Lines, one JSON object per line, lazily.

    Parameters
    ----------
    stream : BinaryIO
        Opened in binary mode; read line by line, never whole.
    path : str
        Name used in ``Document.path`` (``"path:line"``) and in errors.
    fields : FieldMap | None, optional
        Key mapping; default :class:`FieldMap()`.
    max_bytes : int, optional
        Longest accepted line, in bytes (default 1,000,000).

    Yields
    ------
    Document | InputError
        One per non-blank line, in order. An error (bad UTF-8, bad JSON, not
        an object, no text, bad date, over the limit) carries ``path`` and
        the 1-based ``line``.

    Examples
    --------
    >>> import io
    >>> docs = list(iter_jsonl(io.BytesIO(b'{"body": "Riots in Dhaka."}'), path="x", fields=FieldMap(text="body")))
    >>> docs[0].text, docs[0].path
    ('Riots in Dhaka.', 'x:1')
    """
    fields = fields or FieldMap()
    for number, raw in enumerate(stream, start=1):
        if number == 1 and raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            # UTF-16 or UTF-32: every line would be an error of its own; one for the file says it.
            yield InputError(
                "UTF-16 or UTF-32 text, not UTF-8 (byte-order mark at the start)", path=path, line=1,
                hint="convert the file to UTF-8, e.g. with iconv -f UTF-16 -t UTF-8",
            )  # fmt: skip
            return
        if not raw.strip():
            continue
        item: Document | InputError
        try:
            if len(raw) > max_bytes + 1:
                raise InputError(
                    f"line is over the {max_bytes:,}-byte limit",
                    path=path,
                    line=number,
                    hint="split it into smaller documents, or raise --max-bytes",
                )
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"not UTF-8 (invalid byte 0x{raw[exc.start]:02x} at column {exc.start + 1})",
                    path=path,
                    line=number,
                    hint="convert the file to UTF-8",
                ) from None
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(
                    f"not valid JSON: {exc.msg} (column {exc.colno})", path=path, line=number, hint=_HINT_JSONL
                ) from None
            except (ValueError, RecursionError) as exc:  # an integer over Python's digit limit; deep nesting
                reason = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
                raise InputError(f"not readable JSON: {reason}", path=path, line=number, hint=_HINT_JSONL) from None
            if not isinstance(record, dict):
                raise InputError(
                    f"a JSON {type(record).__name__}, not an object", path=path, line=number, hint=_HINT_JSONL
                )
            item = _record_document(record, fields=fields, where=path, line=number, max_bytes=max_bytes)
        except InputError as exc:
            item = exc
        yield item


class _Lines:
    """The physical lines of a text stream, numbered, with the lines of the record being read kept.

    The csv module reads a record from as many lines as its quotes take. When
    a quote is never closed, the lines it swallowed are handed back with
    :meth:`replay_after_first`, so the rows after a bad record are read
    again instead of being lost inside it.
    """

    def __init__(self, stream: Iterator[str]) -> None:
        self._source = stream
        self._pending: deque[tuple[int, str]] = deque()
        self._number = 0
        self.taken: list[tuple[int, str]] = []

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self._pending:
            number, line = self._pending.popleft()
        else:
            line = next(self._source)
            self._number += 1
            number = self._number
        self.taken.append((number, line))
        return line

    def next_number(self) -> int:
        """1-based number of the next physical line to be read."""
        return self._pending[0][0] if self._pending else self._number + 1

    def start_record(self) -> None:
        self.taken.clear()

    def spans_lines(self) -> bool:
        return len(self.taken) > 1

    def replay_after_first(self) -> None:
        """Read again every line of the current record but its first."""
        self._pending.extendleft(reversed(self.taken[1:]))
        self.taken.clear()


_HINT_QUOTES = 'close the quote, and write a quote inside a quoted field as two ("")'


def _unbalanced_quote(path: str, line: int) -> InputError:
    return InputError(
        "unbalanced quote: the quoted field that begins on this line is never closed where its row ends",
        path=path,
        line=line,
        hint=_HINT_QUOTES,
    )


def _header_problem(header: list[str]) -> tuple[str, str] | None:
    """What makes a header row unreadable as UTF-8 text, and the encoding it likely is; or None."""
    first = header[0] if header else ""
    if first.startswith(("\udcff\udcfe", "\udcfe\udcff")):
        return "UTF-16 text, not UTF-8 (byte-order mark at the start)", "UTF-16"
    if any("\x00" in name for name in header):
        return "NUL bytes in the header row (UTF-16 or binary data, not UTF-8 text)", "UTF-16"
    if any(_SURROGATE.search(name) for name in header):
        return "the header row is not UTF-8", "WINDOWS-1252"
    return None


def iter_delimited(
    stream: BinaryIO,
    *,
    path: str,
    delimiter: str = ",",
    fields: FieldMap | None = None,
    max_bytes: int = MAX_BYTES_DEFAULT,
) -> Iterator[Document | InputError]:
    r"""Read CSV or TSV with a header row, lazily, one row per document.

    Parameters
    ----------
    stream : BinaryIO
        Opened in binary mode; decoded as UTF-8 (a byte-order mark is
        dropped). Quoted fields may span lines (RFC 4180); quotes are read
        strictly (Python's ``csv`` with ``strict=True``).
    path : str
        Name used in ``Document.path`` and in errors.
    delimiter : str, optional
        ``","`` for CSV, ``"\\t"`` for TSV.
    fields : FieldMap | None, optional
        Column mapping; default :class:`FieldMap()`.
    max_bytes : int, optional
        Largest accepted text, in bytes.

    Yields
    ------
    Document | InputError
        One per data row; ``line`` is the 1-based physical line where the
        row starts (the header is line 1). A row that is not UTF-8, has no
        text, or is malformed (e.g. a field over the csv module's limit) is
        an error for that row. A quote that is never closed (the row runs to
        the end of the file, or to a later, unrelated quote) is an error for
        the line where that quoted field began, and the lines it swallowed
        are read again as rows of their own, so no good row is lost inside
        it.

    Raises
    ------
    InputError
        Not raised: a header that is missing, not UTF-8 (e.g. UTF-16) or
        without the text column is yielded once, for line 1, and the file
        is skipped.

    Examples
    --------
    >>> import io
    >>> rows = io.BytesIO(b"id,text\\nk1,Strikers marched in Paris.\\n")
    >>> [d.doc_id for d in iter_delimited(rows, path="x.csv")]
    ['k1']
    >>> rows = io.BytesIO(b'id,text\\nk1,"Strikers marched\\nk2,Police fired tear gas.\\n')
    >>> [str(d) if isinstance(d, InputError) else d.doc_id for d in iter_delimited(rows, path="x.csv")][1]
    'k2'
    """
    fields = fields or FieldMap()
    # The csv module's field limit (131,072 characters by default) is process-wide; it must not be
    # below max_bytes, or a long quoted text is cut and the reader restarts inside it, making a
    # false document. Raising it only ever lets the byte check in _record_document decide.
    if csv.field_size_limit() <= max_bytes:
        csv.field_size_limit(max_bytes + 1)
    text_stream = io.TextIOWrapper(stream, encoding="utf-8-sig", errors="surrogateescape", newline="")
    lines = _Lines(iter(text_stream))
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    try:
        header = next(reader, None)
    except csv.Error as exc:
        yield InputError(f"cannot read the header row ({exc})", path=path, line=1, hint=_HINT_QUOTES)
        return
    if header is None:
        yield InputError("empty file (no header row)", path=path, line=1, hint="give a CSV/TSV file with a header row")
        return
    problem = _header_problem(header)
    if problem is not None and fields.text not in header:
        reason, encoding = problem
        yield InputError(
            reason, path=path, line=1,
            hint=f"convert the file to UTF-8, e.g. with iconv -f {encoding} -t UTF-8 (use the file's real encoding)",
        )  # fmt: skip
        return
    if fields.text not in header:
        yield InputError(
            f"no {fields.text!r} column (columns: {', '.join(header[:8])})",
            path=path,
            line=1,
            hint="name the text column with --text-key",
        )
        return
    while True:
        item: Document | InputError
        lines.start_record()
        line = lines.next_number()
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            # "unexpected end of data": the file ended inside a quoted field, even one on the last line.
            if lines.spans_lines() or "unexpected end of data" in str(exc):
                # Either the file ended inside the quotes, or a later quote closed them and the
                # text after it did not fit: the quote opened on the row's first line.
                lines.replay_after_first()
                reader = csv.reader(lines, delimiter=delimiter, strict=True)
                yield _unbalanced_quote(path, line)
            else:
                yield InputError(f"malformed row ({exc})", path=path, line=line, hint=_HINT_QUOTES)
            continue
        if not row:  # a blank line
            continue
        try:
            if len(row) > len(header):
                if lines.spans_lines():
                    lines.replay_after_first()
                    reader = csv.reader(lines, delimiter=delimiter, strict=True)
                    raise _unbalanced_quote(path, line)
                raise InputError(
                    f"{len(row)} fields, the header has {len(header)}", path=path, line=line,
                    hint=f"quote fields that contain the delimiter {delimiter!r}",
                )  # fmt: skip
            record = dict(zip(header, row))
            item = _record_document(record, fields=fields, where=path, line=line, max_bytes=max_bytes)
        except InputError as exc:
            item = exc
        yield item


def _file_document(name: str, kind: str, *, max_bytes: int) -> Document:
    # A name with bytes that are not UTF-8 is opened as it is but shown escaped: the document's
    # path is serialised (shard files, the store), and a lone surrogate would fail its whole batch.
    shown = printable(name)
    if kind == "html":
        from dotterel.ingest.html import read_html_file

        page = read_html_file(name, max_bytes=max_bytes)
        return make_document(page.text, published=page.published, title=page.title, url=page.url, path=shown)
    return make_document(read_text_file(name, max_bytes=max_bytes), path=shown)


def iter_folder(folder: str, *, max_bytes: int = MAX_BYTES_DEFAULT) -> Iterator[Document | InputError]:
    r"""Read every ``.txt`` and ``.html``/``.htm`` file under a folder, lazily.

    Parameters
    ----------
    folder : str
        Walked recursively, in sorted order of paths (so the order is the
        same on every machine); hidden files and folders are skipped, and
        so are files with other endings.
    max_bytes : int, optional
        Size limit per file.

    Yields
    ------
    Document | InputError
        One per file. Text files are read by
        :func:`dotterel.ingest.read_text_file`; HTML files through
        trafilatura (main text, title, date; see
        :mod:`dotterel.ingest.html`). Ids are content hashes. A folder
        (the given one or one below it) that cannot be listed, e.g. for
        lack of permission, is one error naming it: its files are never
        skipped in silence. A file name that is not UTF-8 is read, and
        shown in ``Document.path`` and errors with its odd bytes escaped
        (``\\xe9``, see :func:`dotterel.errors.printable`).

    Examples
    --------
    >>> [d.doc_id for d in iter_folder("articles/")]  # doctest: +SKIP
    """
    unreadable: list[OSError] = []
    paths = []
    for root, dirs, files in os.walk(folder, onerror=unreadable.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if not name.startswith(".") and name.lower().endswith(TEXT_SUFFIXES + HTML_SUFFIXES):
                paths.append(os.path.join(root, name))
    for exc in unreadable:
        where = exc.filename if isinstance(exc.filename, str) else folder
        yield InputError(
            f"cannot read the folder ({exc.strerror or exc}); its files are not coded",
            path=where,
            hint="check that you may read and enter it (chmod u+rx), then run again",
        )
    for name in sorted(paths):
        item: Document | InputError
        try:
            item = _file_document(name, "html" if name.lower().endswith(HTML_SUFFIXES) else "txt", max_bytes=max_bytes)
        except InputError as exc:
            item = exc
        yield item


def iter_corpus(
    inputs: Sequence[str],
    *,
    fields: FieldMap | None = None,
    input_format: InputFormat = "auto",
    stdin: BinaryIO | None = None,
    max_bytes: int = MAX_BYTES_DEFAULT,
) -> Iterator[Document | InputError]:
    """Read every input of a corpus run, lazily, in the order given.

    Parameters
    ----------
    inputs : Sequence[str]
        Files, folders, or ``"-"`` for standard input.
    fields : FieldMap | None, optional
        Key/column mapping for JSON Lines and CSV/TSV.
    input_format : {"auto", "jsonl", "csv", "tsv", "txt", "html"}, optional
        ``auto`` (default) decides per input with :func:`detect_format`
        (standard input is JSON Lines); another value applies to every
        file input and to standard input (``txt``/``html`` read it as one
        document). Folders are always read with :func:`iter_folder`.
    stdin : BinaryIO | None, optional
        The stream read for ``"-"``; default ``sys.stdin.buffer``.
    max_bytes : int, optional
        Size limit per document (per line for JSON Lines).

    Yields
    ------
    Document | InputError
        In input order; an input that cannot be opened is one error.

    Examples
    --------
    >>> for item in iter_corpus(["news.jsonl", "articles/"]):  # doctest: +SKIP
    ...     print(item)
    """
    fields = fields or FieldMap()
    for name in inputs:
        kind = detect_format(name)
        if input_format != "auto" and kind != "folder":
            kind = input_format
        if kind == "folder":
            yield from iter_folder(name, max_bytes=max_bytes)
            continue
        if name == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from _read_stream(stream, STDIN_NAME, kind, fields=fields, max_bytes=max_bytes)
            continue
        if kind in ("txt", "html"):
            try:
                yield _file_document(name, kind, max_bytes=max_bytes)
            except InputError as exc:
                yield exc
            continue
        try:
            handle = open(name, "rb")
        except FileNotFoundError:
            yield InputError("no such file", path=name, hint="check the path")
            continue
        except OSError as exc:
            yield InputError(
                f"cannot open the file ({exc.strerror or exc})", path=name, hint="check that you may read the file"
            )
            continue
        with handle:
            yield from _read_stream(handle, printable(name), kind, fields=fields, max_bytes=max_bytes)


def _read_stream(
    stream: BinaryIO, name: str, kind: str, *, fields: FieldMap, max_bytes: int
) -> Iterator[Document | InputError]:
    if kind == "jsonl":
        yield from iter_jsonl(stream, path=name, fields=fields, max_bytes=max_bytes)
    elif kind in ("csv", "tsv"):
        yield from iter_delimited(
            stream, path=name, delimiter="," if kind == "csv" else "\t", fields=fields, max_bytes=max_bytes
        )
    else:
        try:
            text = decode_text(stream.read(max_bytes + 1), path=name, max_bytes=max_bytes)
            if kind == "html":
                from dotterel.ingest.html import extract_html

                page = extract_html(text, path=name)
                yield make_document(page.text, published=page.published, title=page.title, url=page.url, path=name)
            else:
                yield make_document(text, path=name)
        except InputError as exc:
            yield exc
