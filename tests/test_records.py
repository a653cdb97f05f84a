"""Records: the checked-in JSON Schema is current, spans validate, ids are stable."""

from __future__ import annotations

import json
from importlib import resources

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from dotterel.annotate import normalise
from dotterel.records import Span, event_json_schema


def test_checked_in_schema_is_current():
    stored = json.loads(resources.files("dotterel").joinpath("schema/event.schema.json").read_text("utf-8"))
    assert stored == json.loads(json.dumps(event_json_schema())), (
        "src/dotterel/schema/event.schema.json is stale: regenerate with "
        "`python -m dotterel.records > src/dotterel/schema/event.schema.json`"
    )


def test_span_rejects_inconsistent_offsets():
    with pytest.raises(ValidationError):
        Span(start=5, end=3, text="")
    with pytest.raises(ValidationError):
        Span(start=0, end=4, text="abc")


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200), st.data())
def test_offset_map_spans_slice_back(text, data):
    omap = normalise(text)
    n = len(omap.normalised)
    start = data.draw(st.integers(min_value=0, max_value=n))
    end = data.draw(st.integers(min_value=start, max_value=n))
    span = omap.span(start, end)
    assert text[span.start : span.end] == span.text


def _normalise_by_character(text):
    """The per-character definition of ``normalise`` (the loop it replaced), as a reference."""
    import unicodedata

    from dotterel.offsets import _FOLD

    out, starts, ends, i = [], [], [], 0
    while i < len(text):
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        for ch in unicodedata.normalize("NFC", text[i:j]):
            if unicodedata.category(ch) != "Cf":
                out.append(_FOLD.get(ch, ch))
                starts.append(i)
                ends.append(j)
        i = j
    return "".join(out), (*starts, len(text)), (*ends, len(text))


@given(st.text(alphabet=st.sampled_from(list("ab .\n'") + ["\u0301", "\u0327", "\u200d", "\u00ad", "\ufeff",
                                                            "\u2019", "\u201c", "\u00a0", "\u2011", "\u00e9",
                                                            "\u212b", "\u0958", "\u1100", "\u1161"]),
               max_size=40))
def test_normalise_matches_the_per_character_definition(text):
    omap = normalise(text)
    assert (omap.normalised, omap.starts, omap.ends) == _normalise_by_character(text)


def test_normalise_folds_quotes_without_moving_offsets():
    text = "Tokayev\u2019s \u201ccoup\u201d in Zhanao\u0301zen"
    omap = normalise(text)
    assert "'" in omap.normalised and '"coup"' in omap.normalised
    i = omap.normalised.index("coup")
    assert omap.span(i, i + 4).text == "coup"
    j = omap.normalised.index("Zhana")
    assert "Zhana\u00f3zen" in omap.normalised  # NFC composed the accent
    span = omap.span(j, len(omap.normalised))
    assert span.text == "Zhanao\u0301zen"
