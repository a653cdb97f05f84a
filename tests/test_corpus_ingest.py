"""Corpus readers: JSON Lines, CSV/TSV, folders of .txt/.html, stdin; key mapping; line-numbered errors."""

from __future__ import annotations

import io
import json

import pytest

from dotterel.errors import InputError
from dotterel.ingest import content_doc_id
from dotterel.ingest.corpus import FieldMap, detect_format, iter_corpus, iter_delimited, iter_jsonl

ARTICLE_HTML = """<!doctype html>
<html><head><title>Students clash with police in Dhaka | Example News</title>
<meta property="article:published_time" content="2024-07-18T09:30:00+06:00">
<link rel="canonical" href="https://news.example/dhaka-clashes"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a> | Subscribe now</nav>
<article><h1>Students clash with police in Dhaka</h1>
<p>Police fired tear gas and rubber bullets at thousands of students who blocked highways in Dhaka on
Thursday, witnesses said, as protests against government job quotas spread to other cities.</p>
<p>At least 20 people were injured in the clashes near the university campus, according to hospital
officials, and the authorities suspended mobile internet services in parts of the capital.</p>
</article><footer>Copyright 2024 Example News. All rights reserved. Cookie settings.</footer></body></html>
"""


def records(items):
    return [(type(i).__name__, getattr(i, "doc_id", None), getattr(i, "line", None)) for i in items]


def test_jsonl_default_keys_and_metadata():
    line = {"id": "a1", "text": "Police fired tear gas.", "title": "T", "url": "http://x", "source": "Wire",
            "published": "2022-01-05T10:00:00Z"}
    (doc,) = iter_jsonl(io.BytesIO((json.dumps(line) + "\n").encode()), path="n.jsonl")
    assert (doc.doc_id, doc.text, doc.title, doc.url, doc.source, doc.published, doc.path) == (
        "a1", "Police fired tear gas.", "T", "http://x", "Wire", "2022-01-05", "n.jsonl:1"
    )


def test_jsonl_mapped_keys_numeric_id_and_content_hash():
    data = (
        json.dumps({"doc_id": 11, "doc_text": "Riots in Dhaka.", "outlet": "TOI", "day": "2002-03-10",
                    "headline": "H", "link": "u"}) + "\n"
        + json.dumps({"doc_text": "No id here."}) + "\n"
    ).encode()
    fields = FieldMap(text="doc_text", id="doc_id", source="outlet", date="day", title="headline", url="link")
    first, second = iter_jsonl(io.BytesIO(data), path="p.jsonl", fields=fields)
    assert (first.doc_id, first.source, first.published, first.title, first.url) == ("11", "TOI", "2002-03-10", "H", "u")
    assert second.doc_id == content_doc_id("No id here.") and second.published is None


def test_malformed_lines_are_errors_with_their_line_numbers():
    data = b"".join([
        b'{"text": "Police detained 14 protesters in Almaty."}\n',
        b"\n",                                                    # blank: skipped, still counted
        b'{"text": "Strikers marched in Paris." \n',              # line 3: bad JSON
        b'["not", "an", "object"]\n',                             # line 4
        b'{"body": "wrong key"}\n',                               # line 5
        b'{"text": "Soldiers fired on a crowd.", "published": "05/01/2022"}\n',  # line 6: ambiguous date
        b'{"text": "caf\xe9 riot"}\n',                            # line 7: not UTF-8
        b'{"text": "   "}\n',                                     # line 8: empty text
        b'{"text": "Farmers blocked roads in Punjab."}\n',
    ])
    items = list(iter_jsonl(io.BytesIO(data), path="c.jsonl"))
    assert [(kind, line) for kind, _, line in records(items)] == [
        ("Document", None), ("InputError", 3), ("InputError", 4), ("InputError", 5), ("InputError", 6),
        ("InputError", 7), ("InputError", 8), ("Document", None),
    ]
    errors = [i for i in items if isinstance(i, InputError)]
    assert str(errors[0]).startswith("c.jsonl:3: not valid JSON")
    assert "a JSON list, not an object" in str(errors[1])
    assert "no 'text' field (keys: body)" in str(errors[2]) and "--text-key" in str(errors[2])
    assert "not ISO 8601" in str(errors[3])
    assert "not UTF-8 (invalid byte 0xe9 at column 14)" in str(errors[4])
    assert items[-1].path == "c.jsonl:9"


def test_csv_multiline_field_bom_and_line_numbers():
    data = "\ufeffid,text,published,source\nk1,\"Strikers\nmarched in Paris.\",2022-01-01,AFP\nk2,,,\nk3,Riot in Lagos.,,\n"
    items = list(iter_delimited(io.BytesIO(data.encode()), path="x.csv"))
    assert records(items) == [("Document", "k1", None), ("InputError", None, 4), ("Document", "k3", None)]
    assert items[0].text == "Strikers\nmarched in Paris." and items[0].source == "AFP" and items[0].path == "x.csv:2"
    assert items[2].path == "x.csv:5"


def test_tsv_with_mapped_columns(tmp_path):
    path = tmp_path / "corpus.tsv"
    path.write_text("story\tday\nPolice fired tear gas in Nairobi.\t2023-07-07\n", encoding="utf-8")
    (doc,) = iter_corpus([str(path)], fields=FieldMap(text="story", date="day"))
    assert doc.text == "Police fired tear gas in Nairobi." and doc.published == "2023-07-07"


def test_csv_without_the_text_column_is_one_error(tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("a,b\n1,2\n3,4\n", encoding="utf-8")
    (err,) = iter_corpus([str(path)])
    assert isinstance(err, InputError) and err.line == 1 and "no 'text' column (columns: a, b)" in str(err)


def test_folder_of_txt_and_html_files_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "page.html").write_text(ARTICLE_HTML, encoding="utf-8")
    (tmp_path / "a.txt").write_text("Protesters rallied in Tbilisi.", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("ignored", encoding="utf-8")
    items = list(iter_corpus([str(tmp_path)]))
    # sorted by path: a.txt, b/page.html, empty.txt
    assert [type(i).__name__ for i in items] == ["Document", "Document", "InputError"]
    txt, html, empty = items
    assert txt.text == "Protesters rallied in Tbilisi." and txt.doc_id == content_doc_id(txt.text)
    assert "empty input" in str(empty)
    assert html.title == "Students clash with police in Dhaka"
    assert html.published == "2024-07-18"
    assert html.url == "https://news.example/dhaka-clashes"
    assert "Police fired tear gas and rubber bullets" in html.text
    assert "Subscribe now" not in html.text and "Cookie settings" not in html.text


def test_html_page_without_article_text_is_an_error(tmp_path):
    path = tmp_path / "index.html"
    path.write_text("<html><body><nav>Home</nav><script>var x = 1;</script></body></html>", encoding="utf-8")
    (err,) = iter_corpus([str(path)])
    assert isinstance(err, InputError) and "no article text found" in str(err)


def test_stdin_is_jsonl_by_default_and_txt_on_request():
    stream = io.BytesIO(b'{"text": "Riots in Dhaka."}\n{"text": "Strike in Lagos."}\n')
    assert [d.text for d in iter_corpus(["-"], stdin=stream)] == ["Riots in Dhaka.", "Strike in Lagos."]
    (doc,) = iter_corpus(["-"], stdin=io.BytesIO(b"One article.\nTwo lines."), input_format="txt")
    assert doc.text == "One article.\nTwo lines." and doc.path == "<stdin>"


def test_missing_file_is_an_error_and_others_go_on(tmp_path):
    good = tmp_path / "g.jsonl"
    good.write_text('{"text": "Riots in Dhaka."}\n', encoding="utf-8")
    items = list(iter_corpus([str(tmp_path / "nope.jsonl"), str(good)]))
    assert isinstance(items[0], InputError) and "no such file" in str(items[0])
    assert items[1].text == "Riots in Dhaka."


def test_reader_is_lazy():
    class Endless(io.RawIOBase):
        def readable(self):
            return True

        def readinto(self, buffer):
            line = b'{"text": "Police fired tear gas."}\n'
            buffer[: len(line)] = line
            return len(line)

    stream = io.BufferedReader(Endless())
    first = next(iter_jsonl(stream, path="endless"))
    assert first.text == "Police fired tear gas."


@pytest.mark.parametrize(
    "name, kind",
    [("a.jsonl", "jsonl"), ("a.ndjson", "jsonl"), ("A.CSV", "csv"), ("a.tsv", "tsv"), ("a.htm", "html"),
     ("a.txt", "txt"), ("-", "jsonl")],
)
def test_detect_format(name, kind):
    assert detect_format(name) == kind


# -- bad records that once escaped as tracebacks: each is an error for its own line only --------


def test_jsonl_metadata_field_not_utf8_is_an_error_for_that_line():
    lines = [
        json.dumps({"id": "a", "text": "Police fired tear gas.", "title": "ok"}),
        '{"id": "b", "text": "Strikers marched.", "title": "x\\udce9"}',
        json.dumps({"id": "c", "text": "Troops withdrew.", "source": "Wire"}),
    ]
    items = list(iter_jsonl(io.BytesIO("\n".join(lines).encode()), path="m.jsonl"))
    assert records(items) == [("Document", "a", None), ("InputError", None, 2), ("Document", "c", None)]
    assert "field 'title' is not UTF-8" in str(items[1])


def test_csv_id_with_bytes_not_utf8_is_an_error_for_that_row():
    data = b"id,text\nk\xe9,Strikers marched in Paris.\nk2,Police fired tear gas.\n"
    items = list(iter_delimited(io.BytesIO(data), path="x.csv"))
    assert records(items) == [("InputError", None, 2), ("Document", "k2", None)]
    assert "field 'id' is not UTF-8" in str(items[0])


@pytest.mark.parametrize(
    ("bad", "reason"),
    [("[" * 100_000 + "]" * 100_000, "nested too deeply"), ('{"text": ' + "9" * 5000 + "}", "not readable JSON")],
)
def test_jsonl_unreadable_json_is_an_error_for_that_line(bad, reason):
    good = json.dumps({"id": "g", "text": "Police fired tear gas."})
    items = list(iter_jsonl(io.BytesIO(f"{bad}\n{good}\n".encode()), path="d.jsonl"))
    assert records(items) == [("InputError", None, 1), ("Document", "g", None)]
    assert reason in str(items[0])


def test_csv_long_quoted_text_is_one_document_not_a_false_one():
    long_text = "Protesters marched. " * 9000 + "\nLast paragraph, by staff"  # ~180,000 characters, two lines
    data = f'id,text\nlong,"{long_text}"\nk2,Police fired tear gas.\n'.encode()
    items = list(iter_delimited(io.BytesIO(data), path="x.csv"))
    assert records(items) == [("Document", "long", None), ("Document", "k2", None)]
    assert items[0].text == long_text
    assert items[1].path == "x.csv:4"


def test_csv_text_over_max_bytes_is_an_error_with_its_line():
    data = b'id,text\nbig,"' + b"x" * 2000 + b'"\nk2,Police fired tear gas.\n'
    items = list(iter_delimited(io.BytesIO(data), path="x.csv", max_bytes=1000))
    assert records(items) == [("InputError", None, 2), ("Document", "k2", None)]
    assert "over the 1,000-byte limit" in str(items[0])
