"""Dates of events read in their context (issue 16): counts are not years."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("text", [
    "Police detained 1503 people during the protests in Minsk.",
    "Security forces arrested 2019 protesters in Hong Kong.",
])
def test_a_count_is_not_read_as_a_year(coder, text):
    [ev] = [e for e in coder.code(text, published="2024-05-01") if e.event_type == "COERCE"]
    assert ev.date.time_precision != "year" and not (ev.date.value or "").startswith(("15", "20"))
    assert ev.attribution.certainty != "historical"


@pytest.mark.parametrize("text,year", [
    ("In 2014 protesters stormed the presidential palace in Kyiv.", "2014"),
    ("The 2019 protests in Hong Kong drew millions.", "2019"),
])
def test_a_year_before_a_noun_stays_a_year(coder, text, year):
    from dotterel.ingest import make_document

    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    assert [d.value for d in coded.dates] == [year]
    assert all(e.date.value == year for e in coded.events)
