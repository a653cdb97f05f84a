r"""Read input documents: plain UTF-8 text files and standard input.

This is the first stage of the pipeline. It turns bytes into
:class:`~dotterel.records.Document` objects and refuses, with a one-line
:class:`~dotterel.errors.InputError` that says what to do, anything that is
not usable text: a missing path, a directory, an empty or whitespace-only
input, binary data, bytes that are not UTF-8, and inputs over a size limit.

What the text is, exactly
-------------------------
``Document.text`` is the input decoded as strict UTF-8, with one change: a
leading UTF-8 byte-order mark (``EF BB BF``, U+FEFF) is removed. **All span
offsets in dotterel are into the text after BOM removal**, so
``doc.text[span.start:span.end] == span.text`` always holds. Nothing else is
touched: line endings (``\\r\\n`` stays ``\\r\\n``), Unicode normalisation,
quotes and whitespace are kept as read; the annotation stage normalises a
copy and maps offsets back.

Document ids
------------
Without a caller-given id, ``doc_id`` is ``"sha256:"`` plus the first 16 hex
digits (64 bits) of the SHA-256 of the UTF-8 encoded text (after BOM
removal). It depends only on the content, so the same text always gets the
same id, whatever its file name (the content-hash idea of sqlite-utils
``hash_id``).

Examples
--------
>>> import io
>>> from dotterel.ingest import read_stdin, make_document
>>> text = read_stdin(io.BytesIO(b"\\xef\\xbb\\xbfProtesters marched in Almaty."))
>>> doc = make_document(text, published="2022-01-05")
>>> doc.text, doc.published, doc.doc_id
('Protesters marched in Almaty.', '2022-01-05', 'sha256:4c4ce5b8ff7baaf4')
"""

from __future__ import annotations

import datetime
import hashlib
import os
import re
import sys
from collections.abc import Iterator, Sequence
from typing import BinaryIO

from dotterel.errors import InputError
from dotterel.records import Document

__all__ = [
    "MAX_BYTES_DEFAULT",
    "BINARY_CONTROL_SHARE",
    "STDIN_NAME",
    "read_text_file",
    "read_stdin",
    "decode_text",
    "parse_published",
    "content_doc_id",
    "make_document",
    "iter_documents",
]

MAX_BYTES_DEFAULT = 1_000_000
"""Largest input accepted by default, in bytes (1 MB).

Why this number: a long news article or opinion piece is 5-50 KB and a
report rarely passes 1 MB, so anything over 1 MB is almost surely the wrong
file (a database dump, a log, a whole crawl in one file). The whole text is
held in memory and parsed, so a huge input would also take minutes and
gigabytes before failing; it is also spaCy's default ``nlp.max_length``
(1,000,000 characters), which the coder does not raise. Callers with
genuinely long texts should split them into articles.
"""

BINARY_CONTROL_SHARE = 0.10
"""Share of C0 control bytes above which an input is treated as binary.

Control bytes are 0x00-0x1F and 0x7F other than tab, line feed, vertical tab,
form feed and carriage return. Real text has essentially none; in UTF-8 they
can only be those single bytes, so counting bytes is exact. 10 % is our own
threshold: far above the odd stray control character in pasted text, far
below what compressed or encoded data shows (about 12 % for uniformly random
bytes, much more for typical binary formats, which also contain NUL bytes
and are caught earlier).
"""

STDIN_NAME = "<stdin>"
"""The ``path`` used in errors about standard input."""

_TEXT_CONTROLS = b"\t\n\x0b\x0c\r"
_CONTROL_BYTES = bytes(b for b in [*range(0x20), 0x7F] if b not in _TEXT_CONTROLS)
_UTF8_BOM = b"\xef\xbb\xbf"
# Checked longest first: the UTF-32 LE mark starts with the UTF-16 LE mark.
_OTHER_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32LE"),
    (b"\x00\x00\xfe\xff", "UTF-32BE"),
    (b"\xff\xfe", "UTF-16LE"),
    (b"\xfe\xff", "UTF-16BE"),
)
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_ISO_MONTH_OR_YEAR = re.compile(r"\d{4}(-\d{2})?")

_HINT_UTF8 = "convert it to UTF-8, e.g. with iconv -f WINDOWS-1252 -t UTF-8 (use the file's real encoding)"
_HINT_BINARY = "give a plain-text file; extract the text from PDF, Word or HTML files first (e.g. with pdftotext)"
_HINT_EMPTY = "give a file that contains the article text"
_HINT_DATE = "give the publication date as YYYY-MM-DD, e.g. 2022-02-01"


def decode_text(data: bytes, *, path: str | None = None, max_bytes: int = MAX_BYTES_DEFAULT) -> str:
    """Check raw input bytes and decode them to text.

    The checks shared by :func:`read_text_file` and :func:`read_stdin`, in
    this order: size limit, empty, UTF-16/UTF-32 byte-order mark, NUL bytes,
    share of control bytes (:data:`BINARY_CONTROL_SHARE`), strict UTF-8
    decoding, whitespace only. A leading UTF-8 BOM is removed; nothing else
    is changed.

    Parameters
    ----------
    data : bytes
        The raw input.
    path : str | None, optional
        Name used in error messages (a file path or ``"<stdin>"``).
    max_bytes : int, optional
        Largest accepted size in bytes; default :data:`MAX_BYTES_DEFAULT`.

    Returns
    -------
    str
        The decoded text, BOM removed.

    Raises
    ------
    InputError
        When the input is too large, empty, binary, not UTF-8 (the message
        gives the byte offset and value of the first invalid byte, and
        ``InputError.line`` its 1-based line) or only whitespace.

    Examples
    --------
    >>> decode_text("Grève à Paris".encode("utf-8"))
    'Grève à Paris'
    """
    if len(data) > max_bytes:
        raise InputError(
            f"input is over the {max_bytes:,}-byte limit",
            path=path,
            hint="split it into smaller documents, or raise the max_bytes limit if it really is one document",
        )
    if not data:
        raise InputError("empty input (0 bytes)", path=path, hint=_HINT_EMPTY)
    for bom, encoding in _OTHER_BOMS:
        if data.startswith(bom):
            raise InputError(
                f"{encoding} text, not UTF-8 (byte-order mark {bom.hex(' ').upper()})",
                path=path,
                hint=f"convert it to UTF-8, e.g. with iconv -f {encoding} -t UTF-8",
            )
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(
            f"binary data, not text (NUL byte at offset {nul})",
            path=path,
            hint=_HINT_BINARY,
        )
    n_control = len(data) - len(data.translate(None, _CONTROL_BYTES))
    if n_control / len(data) > BINARY_CONTROL_SHARE:
        raise InputError(
            f"binary data, not text ({n_control} of {len(data)} bytes are control characters)",
            path=path,
            hint=_HINT_BINARY,
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at offset {exc.start})",
            path=path,
            line=data.count(b"\n", 0, exc.start) + 1,
            hint=_HINT_UTF8,
        ) from None
    if data.startswith(_UTF8_BOM):
        # Offsets everywhere are into the text after this removal.
        text = text[1:]
    if not text.strip():
        raise InputError(
            f"no text, only whitespace ({len(data)} bytes)", path=path, hint=_HINT_EMPTY
        )
    return text


def read_text_file(path: str | os.PathLike[str], *, max_bytes: int = MAX_BYTES_DEFAULT) -> str:
    r"""Read one UTF-8 text file.

    Parameters
    ----------
    path : str | os.PathLike
        The file to read.
    max_bytes : int, optional
        Largest accepted file size in bytes; default
        :data:`MAX_BYTES_DEFAULT` (1,000,000).

    Returns
    -------
    str
        The text, decoded as strict UTF-8, with a leading UTF-8 BOM removed
        and nothing else changed (``\\r\\n`` is kept).

    Raises
    ------
    InputError
        When the path does not exist, is a directory, cannot be read, or the
        content fails a check of :func:`decode_text` (too large, empty,
        whitespace only, binary, not UTF-8). ``InputError.path`` is the path
        as given.

    Examples
    --------
    >>> text = read_text_file("article.txt")  # doctest: +SKIP
    """
    name = os.fspath(path)
    try:
        if os.path.isdir(name):
            raise InputError(
                "is a directory, not a text file", path=name, hint="pass the files inside it, e.g. folder/*.txt"
            )
        size = os.stat(name).st_size
        if size > max_bytes:
            # Refuse before reading: the file may be gigabytes.
            raise InputError(
                f"file is {size:,} bytes, over the {max_bytes:,}-byte limit",
                path=name,
                hint="split it into smaller documents, or raise the max_bytes limit if it really is one document",
            )
        with open(name, "rb") as handle:
            # +1 so a file that grew since stat (or a pipe) is still caught.
            data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError("no such file", path=name, hint="check the path") from None
    except PermissionError:
        raise InputError("permission denied", path=name, hint="check that you may read the file") from None
    except IsADirectoryError:  # a race with the isdir check above
        raise InputError(
            "is a directory, not a text file", path=name, hint="pass the files inside it, e.g. folder/*.txt"
        ) from None
    except OSError as exc:
        raise InputError(
            f"cannot read the file ({exc.strerror or exc})", path=name, hint="check the file and the disk it is on"
        ) from None
    return decode_text(data, path=name, max_bytes=max_bytes)


def read_stdin(stream: BinaryIO, *, max_bytes: int = MAX_BYTES_DEFAULT) -> str:
    r"""Read a whole document from a binary stream such as ``sys.stdin.buffer``.

    Parameters
    ----------
    stream : BinaryIO
        A stream opened in binary mode; it is read to its end (at most
        ``max_bytes + 1`` bytes).
    max_bytes : int, optional
        Largest accepted size in bytes; default :data:`MAX_BYTES_DEFAULT`.

    Returns
    -------
    str
        The text, with the same rules as :func:`read_text_file`.

    Raises
    ------
    InputError
        On the same checks as :func:`read_text_file`, with ``path="<stdin>"``.
    TypeError
        When ``stream`` is a text stream (pass ``sys.stdin.buffer``, not
        ``sys.stdin``: decoding must be ours to report bad bytes).

    Examples
    --------
    >>> import io
    >>> read_stdin(io.BytesIO(b"Police fired tear gas.\\r\\n"))
    'Police fired tear gas.\\r\\n'
    """
    data = stream.read(max_bytes + 1)
    if isinstance(data, str):
        raise TypeError("read_stdin needs a binary stream, e.g. sys.stdin.buffer, not sys.stdin")
    try:
        return decode_text(bytes(data), path=STDIN_NAME, max_bytes=max_bytes)
    except InputError as exc:
        if exc.reason.startswith("empty input"):
            raise InputError("no input on standard input", path=STDIN_NAME, hint=_HINT_EMPTY) from None
        raise


def parse_published(value: str | datetime.date | None, *, path: str | None = None) -> str | None:
    """Validate a publication date and return it as ISO ``YYYY-MM-DD``.

    Parameters
    ----------
    value : str | datetime.date | datetime.datetime | None
        A ``YYYY-MM-DD`` string (surrounding whitespace is ignored), a date
        (a datetime gives its date part), or ``None`` (unknown).
    path : str | None, optional
        The document's file, named in the error message.

    Returns
    -------
    str | None
        ``"YYYY-MM-DD"``, or ``None`` when ``value`` is ``None``.

    Raises
    ------
    InputError
        When the string is not an ISO calendar date: another format (day and
        month order would be a guess), a month or year only (the anchor for
        relative dates must be a day), or an impossible date such as
        ``2022-13-01``.
    TypeError
        For any other type.

    Examples
    --------
    >>> parse_published("2022-02-01")
    '2022-02-01'
    >>> parse_published("2022-13-01")
    Traceback (most recent call last):
    ...
    dotterel.errors.InputError: published date '2022-13-01' is not a valid date (month must be in 1..12); give the publication date as YYYY-MM-DD, e.g. 2022-02-01
    """
    if value is None:
        return None
    if isinstance(value, datetime.datetime):
        return value.date().isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    if not isinstance(value, str):
        raise TypeError(f"published must be a str, datetime.date or None, not {type(value).__name__}")
    raw = value.strip()
    if _ISO_MONTH_OR_YEAR.fullmatch(raw):
        raise InputError(
            f"published date {value!r} is not a full date (the day is missing)", path=path, hint=_HINT_DATE
        )
    if not _ISO_DAY.fullmatch(raw):
        raise InputError(
            f"published date {value!r} is not in ISO form YYYY-MM-DD", path=path, hint=_HINT_DATE
        )
    try:
        return datetime.date.fromisoformat(raw).isoformat()
    except ValueError as exc:
        raise InputError(
            f"published date {value!r} is not a valid date ({exc})", path=path, hint=_HINT_DATE
        ) from None


def content_doc_id(text: str) -> str:
    """Return the content-hash document id of ``text``.

    Parameters
    ----------
    text : str
        The document text (after BOM removal).

    Returns
    -------
    str
        ``"sha256:"`` + the first 16 hex digits of SHA-256 of the UTF-8 bytes.

    Examples
    --------
    >>> content_doc_id("abc")
    'sha256:ba7816bf8f01cfea'
    """
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _optional_str(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a str or None, not {type(value).__name__}")
    # An empty option (e.g. --source "") means "not given".
    return value if value.strip() else None


def make_document(
    text: str,
    *,
    doc_id: str | None = None,
    published: str | datetime.date | None = None,
    source: str | None = None,
    title: str | None = None,
    url: str | None = None,
    path: str | None = None,
) -> Document:
    """Build a :class:`~dotterel.records.Document` from text and metadata.

    The text is kept exactly as given (no normalisation; spans will point
    into it).

    Parameters
    ----------
    text : str
        The document text.
    doc_id : str | None, optional
        Caller-given id; default :func:`content_doc_id` of ``text``
        (``"sha256:"`` + 16 hex digits), stable for the same content.
    published : str | datetime.date | None, optional
        Publication date, validated by :func:`parse_published` and stored as
        ``YYYY-MM-DD``; it anchors relative dates ("on Tuesday").
    source, title, url : str | None, optional
        Outlet, headline and address; an empty string counts as ``None``.
    path : str | None, optional
        The file the text came from (also named in error messages).

    Returns
    -------
    Document

    Raises
    ------
    InputError
        When ``text`` is empty or only whitespace, ``doc_id`` is an empty
        string, or ``published`` is not a valid ``YYYY-MM-DD`` date.
    TypeError
        When ``text`` or a metadata value has the wrong type.

    Examples
    --------
    >>> make_document("abc", published="2022-02-01").doc_id
    'sha256:ba7816bf8f01cfea'
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    if not text.strip():
        raise InputError("no text, only whitespace" if text else "empty text", path=path, hint=_HINT_EMPTY)
    published_iso = parse_published(published, path=path)
    if doc_id is None:
        doc_id = content_doc_id(text)
    elif not isinstance(doc_id, str):
        raise TypeError(f"doc_id must be a str or None, not {type(doc_id).__name__}")
    elif not doc_id.strip():
        raise InputError("doc_id is empty", path=path, hint="give a non-empty id or leave it out to use the content hash")
    return Document(
        doc_id=doc_id,
        text=text,
        published=published_iso,
        source=_optional_str(source, "source"),
        title=_optional_str(title, "title"),
        url=_optional_str(url, "url"),
        path=_optional_str(path, "path"),
    )


def iter_documents(
    paths: Sequence[str | os.PathLike[str]],
    *,
    published: str | datetime.date | None = None,
    source: str | None = None,
    doc_id: str | None = None,
    stdin: BinaryIO | None = None,
    max_bytes: int = MAX_BYTES_DEFAULT,
) -> Iterator[Document | InputError]:
    """Read several inputs lazily, one :class:`Document` or error per input.

    Inputs are read one at a time, in the order given, so memory holds one
    document at a time. A bad input does not stop the others: its
    :class:`~dotterel.errors.InputError` is *yielded* (not raised) in its
    place, so the caller can report it and go on.

    Parameters
    ----------
    paths : Sequence[str | os.PathLike]
        Files to read; ``"-"`` means standard input (read at most once; a
        second ``"-"`` yields an InputError).
    published : str | datetime.date | None, optional
        Publication date given to every document (``YYYY-MM-DD``).
    source : str | None, optional
        Outlet given to every document.
    doc_id : str | None, optional
        Caller-given id. With one input it is used as is. With several, each
        document gets the id plus ``"#<n>"``, where ``n`` is the 1-based
        position of its input in ``paths`` (``"kz#1"``, ``"kz#2"``, ...);
        positions count bad inputs too, so ids do not shift when one input
        fails. Without it, each document gets its content-hash id.
    stdin : BinaryIO | None, optional
        The stream read for ``"-"``; default ``sys.stdin.buffer`` (looked up
        only when ``"-"`` is met).
    max_bytes : int, optional
        Size limit per input, in bytes; default :data:`MAX_BYTES_DEFAULT`.

    Returns
    -------
    Iterator[Document | InputError]
        One item per entry of ``paths``, in order. Documents read from
        stdin have ``path=None``; files keep the path as given.

    Raises
    ------
    InputError
        At call time (before anything is read) when ``published`` is not a
        valid ``YYYY-MM-DD`` date or ``doc_id`` is an empty string: these
        options apply to every input, so going on would be pointless.

    Examples
    --------
    >>> for item in iter_documents(["a.txt", "missing.txt"]):  # doctest: +SKIP
    ...     if isinstance(item, InputError):
    ...         print(item)            # "missing.txt: no such file; check the path"
    ...     else:
    ...         print(item.doc_id)
    """
    # Validated eagerly (this is not a generator function) so a bad option
    # fails once, at call time, instead of once per file.
    published_iso = parse_published(published)
    if doc_id is not None and not doc_id.strip():
        raise InputError("doc_id is empty", hint="give a non-empty id or leave it out to use the content hash")
    names = [os.fspath(p) for p in paths]
    return _iter_documents(
        names, published=published_iso, source=source, doc_id=doc_id, stdin=stdin, max_bytes=max_bytes
    )


def _iter_documents(
    names: list[str],
    *,
    published: str | None,
    source: str | None,
    doc_id: str | None,
    stdin: BinaryIO | None,
    max_bytes: int,
) -> Iterator[Document | InputError]:
    from dotterel.ingest.html import is_html_name, read_html_file

    stdin_used = False
    for position, name in enumerate(names, start=1):
        item_id = doc_id if doc_id is None or len(names) == 1 else f"{doc_id}#{position}"
        item: Document | InputError
        try:
            if name == "-":
                if stdin_used:
                    raise InputError(
                        "standard input was already read", path=STDIN_NAME, hint='give "-" only once'
                    )
                stdin_used = True
                stream = stdin if stdin is not None else sys.stdin.buffer
                text = read_stdin(stream, max_bytes=max_bytes)
                item = make_document(text, doc_id=item_id, published=published, source=source)
            elif is_html_name(name):
                # The same extraction as `dotterel run` and the server: the page's article, not its
                # markup and scripts.
                page = read_html_file(name, max_bytes=max_bytes)
                item = make_document(
                    page.text, doc_id=item_id, published=published or page.published, source=source,
                    title=page.title, url=page.url, path=name,
                )  # fmt: skip
            else:
                text = read_text_file(name, max_bytes=max_bytes)
                item = make_document(text, doc_id=item_id, published=published, source=source, path=name)
        except InputError as exc:
            item = exc
        # Yield outside the try so an error raised into the generator by the
        # consumer is never mistaken for a bad input.
        yield item
