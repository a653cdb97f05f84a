"""Bad bytes, bad quotes and odd names in the inputs of a run (issue 14, items 1, 2, 7 and `code page.html`).

Each test names the defect it pins; each failed before its fix.
"""

from __future__ import annotations

import io
import json
import os

import pytest

from dotterel.annotate import normalise
from dotterel.errors import InputError, printable
from dotterel.ingest import iter_documents, make_document
from dotterel.ingest.corpus import iter_corpus, iter_delimited, iter_folder, iter_jsonl

GOOD = "Police fired tear gas at protesters in Almaty on 5 January 2022."


def _kinds(items) -> list[str]:
    return [f"error:{item.line}" if isinstance(item, InputError) else f"doc:{item.doc_id}" for item in items]


# -- messages that quote bad bytes can always be written ------------------------------------------


def test_printable_escapes_lone_surrogates_as_the_bytes_they_stand_for():
    assert printable("caf\udce9.csv") == "caf\\xe9.csv"
    assert printable("key \ud800 end") == "key \\ud800 end"
    assert printable("plain café") == "plain café"


def test_input_error_message_always_encodes_as_utf8():
    err = InputError("no 'text' field (keys: \udcff)", path="dir\udce9/a.jsonl", line=3, hint="see \ud800")
    message = str(err)
    message.encode("utf-8")  # raised UnicodeEncodeError before the fix
    assert message == "dir\\xe9/a.jsonl:3: no 'text' field (keys: \\xff); see \\ud800"
    assert err.path == "dir\\xe9/a.jsonl"


def test_jsonl_lone_surrogate_key_is_one_serialisable_error_and_the_run_goes_on():
    data = b'{"\\udcff": 1}\n{"text": "Police fired tear gas in Almaty."}\n'
    items = list(iter_jsonl(io.BytesIO(data), path="x.jsonl"))
    assert _kinds(items)[0] == "error:1"
    assert isinstance(items[1], type(make_document("x")))
    json.dumps({"reason": items[0].reason}, ensure_ascii=False).encode("utf-8")
    assert "\\xff" in items[0].reason


# -- encodings of CSV files --------------------------------------------------------------------


def test_utf16_csv_is_one_error_for_line_1_naming_the_encoding():
    data = "id,text\nk1,Police fired tear gas.\n".encode("utf-16")
    items = list(iter_delimited(io.BytesIO(data), path="u16.csv"))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert items[0].line == 1
    assert str(items[0]).startswith("u16.csv:1: UTF-16 text, not UTF-8")
    assert "iconv -f UTF-16 -t UTF-8" in str(items[0])
    str(items[0]).encode("utf-8")


def test_latin1_header_without_the_text_column_is_one_readable_error():
    data = b"id,t\xe9xte\nk1,Police fired tear gas.\n"
    items = list(iter_delimited(io.BytesIO(data), path="latin.csv"))
    assert len(items) == 1
    assert str(items[0]) == (
        "latin.csv:1: the header row is not UTF-8; convert the file to UTF-8, "
        "e.g. with iconv -f WINDOWS-1252 -t UTF-8 (use the file's real encoding)"
    )


def test_latin1_in_another_column_of_the_header_keeps_the_rows():
    data = b"id,r\xe9gion,text\nk1,x,Police fired tear gas.\n"
    assert _kinds(iter_delimited(io.BytesIO(data), path="x.csv")) == ["doc:k1"]


# -- unbalanced quotes ----------------------------------------------------------------------------


def test_csv_unclosed_quote_to_the_end_is_an_error_at_its_line_and_later_rows_are_kept():
    data = b'id,text\nk1,good one\nk2,"never closed\nk3,good three\nk4,good four\n'
    items = list(iter_delimited(io.BytesIO(data), path="q.csv"))
    assert _kinds(items) == ["doc:k1", "error:3", "doc:k3", "doc:k4"]
    assert str(items[1]).startswith("q.csv:3: unbalanced quote")
    assert items[2].path == "q.csv:4"
    assert items[2].text == "good three"


def test_csv_quote_closed_by_a_later_unrelated_quote_is_an_error_at_its_line():
    data = b'id,text\nk1,"never closed\nk2,"quoted" text\nk3,good three\n'
    items = list(iter_delimited(io.BytesIO(data), path="q.csv"))
    assert _kinds(items)[:1] == ["error:2"]
    assert "doc:k3" in _kinds(items)
    assert not any(isinstance(i, InputError) is False and "never closed" in i.text for i in items)


def test_tsv_unclosed_quote_is_caught_too():
    data = b'id\ttext\nk1\t"never closed\nk2\tgood two\n'
    items = list(iter_delimited(io.BytesIO(data), path="q.tsv", delimiter="\t"))
    assert _kinds(items) == ["error:2", "doc:k2"]


def test_csv_quoted_field_over_several_lines_is_still_one_document():
    data = b'id,text\nk1,"first line\nsecond line"\nk2,good two\n'
    items = list(iter_delimited(io.BytesIO(data), path="q.csv"))
    assert _kinds(items) == ["doc:k1", "doc:k2"]
    assert items[0].text == "first line\nsecond line"
    assert items[1].path == "q.csv:4"


def test_csv_text_after_a_closing_quote_is_an_error_for_that_row_only():
    data = b'id,text\nk1,"quoted"tail\nk2,good two\n'
    items = list(iter_delimited(io.BytesIO(data), path="q.csv"))
    assert _kinds(items) == ["error:2", "doc:k2"]
    assert "malformed row" in str(items[0])


# -- folders -------------------------------------------------------------------------------------


def test_file_in_a_folder_with_a_non_utf8_name_is_coded_with_a_printable_path(tmp_path):
    folder = os.path.join(os.fsencode(tmp_path), b"caf\xe9")
    os.makedirs(folder)
    with open(os.path.join(folder, b"a\xe9.txt"), "w", encoding="utf-8") as handle:
        handle.write(GOOD)
    [doc] = list(iter_folder(str(tmp_path)))
    assert doc.path == f"{tmp_path}/caf\\xe9/a\\xe9.txt"
    doc.model_dump_json()  # raised PydanticSerializationError (surrogates) before the fix


def test_unreadable_sub_folder_is_an_error_not_a_silent_skip(tmp_path, monkeypatch):
    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.txt").write_text(GOOD, encoding="utf-8")
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(GOOD, encoding="utf-8")
    if os.geteuid() == 0:  # root reads anything: make the listing fail as it does for a user
        real_scandir = os.scandir

        def scandir(path="."):
            if os.fspath(path) == str(locked):
                raise PermissionError(13, "Permission denied", str(locked))
            return real_scandir(path)

        monkeypatch.setattr(os, "scandir", scandir)
    else:
        locked.chmod(0)
    try:
        items = list(iter_folder(str(tmp_path)))
    finally:
        locked.chmod(0o755)
    errors = [i for i in items if isinstance(i, InputError)]
    assert len(items) == 2 and len(errors) == 1
    assert str(errors[0]).startswith(f"{locked}: cannot read the folder (Permission denied)")
    assert "chmod u+rx" in str(errors[0])


# -- `dotterel code page.html` reads the article, not the markup ----------------------------------

PAGE = (
    "<html><head><title>Unrest</title><script>var riot = 'police fired on the crowd';</script></head>"
    "<body><nav>Home | World</nav><article><p>" + "Police fired tear gas at students in Dhaka. " * 3
    + "</p></article><script>document.write('protesters were killed')</script></body></html>"
)


def test_code_reads_html_through_trafilatura_like_run(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    [doc] = list(iter_documents([str(page)]))
    [same] = list(iter_corpus([str(page)]))
    assert doc.text == same.text
    assert doc.text.startswith("Police fired tear gas at students in Dhaka.")
    assert "script" not in doc.text and "document.write" not in doc.text and "Home" not in doc.text
    assert doc.title == "Unrest"


# -- invisible format characters -------------------------------------------------------------------


@pytest.mark.parametrize("mark", ["\u200d", "\u200c", "\u00ad", "\ufeff", "\u200b", "\u2060", "\u200e"])
def test_normalise_drops_invisible_format_characters_and_keeps_offsets(mark):
    text = f"Police fi{mark}red on pro{mark}testers{mark}."
    omap = normalise(text)
    assert omap.normalised == "Police fired on protesters."
    start = omap.normalised.index("protesters")
    span = omap.span(start, start + len("protesters"))
    assert span.text == f"pro{mark}testers"
    assert text[span.start:span.end] == span.text
    assert omap.to_original(len(omap.normalised)) == len(text)


@pytest.fixture(scope="module")
def plain_types(coder) -> list[str]:
    """The event types of GOOD without invisible characters, coded once for the eight cases below."""
    return [e.event_type for e in coder.code(GOOD, published="2022-01-06", doc_id="x")]


@pytest.mark.parametrize("mark", ["\u200d", "\u200c", "\u00ad", "\ufeff"])
@pytest.mark.parametrize("where", ["inside", "around"])
def test_invisible_characters_in_or_next_to_a_trigger_do_not_hide_the_event(coder, plain_types, mark, where):
    trigger = "fi" + mark + "red" if where == "inside" else mark + "fired" + mark
    text = GOOD.replace("fired", trigger)
    events = coder.code(text, published="2022-01-06", doc_id="x")
    assert [e.event_type for e in events] == plain_types
    assert len(events) >= 1
    for event in events:
        assert text[event.trigger.start:event.trigger.end] == event.trigger.text


# -- a long text is parsed in pieces, with the same result ---------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from conftest import examples  # noqa: E402

from dotterel.annotate import PIECE_CHARS, text_pieces  # noqa: E402


@settings(max_examples=examples(200), deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .\n\t"), max_size=300), st.integers(min_value=1, max_value=40))
def test_text_pieces_join_back_and_keep_the_limit(text, limit):
    pieces = text_pieces(text, limit)
    assert "".join(pieces) == text
    assert all(len(p) <= limit for p in pieces)
    assert all(pieces) or pieces == [""]  # no empty piece


def test_text_pieces_cut_after_line_breaks():
    text = "First paragraph here.\nSecond one.\n" + "x" * 10
    assert text_pieces(text, 30) == ["First paragraph here.\n", "Second one.\n" + "x" * 10]


def test_a_long_text_parsed_in_pieces_gives_the_events_of_the_whole_parse(coder):
    from tests.test_runner import corpus_lines

    text = "\n\n".join(line["text"] for line in corpus_lines(20))  # 3.4k characters, in 500-character pieces
    doc = make_document(text, published="2024-05-01", doc_id="long")

    def events(piece_chars: int):
        coder.annotator.piece_chars = piece_chars
        try:
            [result] = list(coder.code_documents([doc]))
        finally:
            coder.annotator.piece_chars = PIECE_CHARS
        return [e.model_dump(exclude={"event_id"}) for e in result.events]

    assert len(text) > 6 * 500
    whole, pieces = events(10**9), events(500)
    # the texts repeat 3 templates over 8 cities: a rally restated in the same city on the same weekday by the
    # same actors is one record with restatements, so fewer records than texts
    assert len(whole) >= 10
    assert pieces == whole
