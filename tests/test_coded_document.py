"""CodedDocument.places and .dates: every toponym and date of a document."""

from pathlib import Path

from dotterel.ingest import make_document

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "tbilisi_2024.txt"


def _coded(coder):
    text = EXAMPLE.read_text(encoding="utf-8")
    doc = make_document(text, published="2024-05-01")
    return text, next(iter(coder.code_documents([doc])))


def test_places_in_text_order_with_dateline(coder):
    text, coded = _coded(coder)
    names = [(p.span.text, p.geonameid) for p in coded.places]
    assert names[:2] == [("TBILISI", 611717), ("Georgia", 614540)]
    assert ("Rustavi Avenue", None) in names  # unresolved, kept as text
    starts = [p.span.start for p in coded.places]
    assert starts == sorted(starts)
    for p in coded.places:
        assert text[p.span.start : p.span.end] == p.span.text


def test_dates_resolved_against_publication(coder):
    text, coded = _coded(coder)
    got = [(d.span.text, d.value, d.time_precision) for d in coded.dates]
    assert got == [
        ("Wednesday", "2024-05-01", "day"),
        ("Tuesday", "2024-04-30", "day"),
        ("Saturday", "2024-05-04", "day"),  # "threatened to block ... on Saturday": the next one (issue 16)
    ]
    for d in coded.dates:
        assert text[d.span.start : d.span.end] == d.span.text
