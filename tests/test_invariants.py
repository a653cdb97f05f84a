"""Property tests: whatever the text, every evidence span slices back to its text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import all_spans, examples

FRAGMENTS = [
    "Police detained 27 people in Tbilisi on Tuesday",
    "\u201cWe will not back down,\u201d the opposition leader said",
    "Protesters rallied outside parliament in Zhanao\u0301zen",
    "Riot police used tear gas against the crowd",
    "the interior ministry said",
    "About 225 people were killed, including 19 police officers",
    "Tokayev\u2019s government ordered a shutdown of the internet",
    "No arrests were made",
    "Blinken condemned the order",
    "\u00a0\t",
    "caf\u00e9 de\u0301ja\u0300",
]


@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    parts=st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=6),
    seps=st.lists(st.sampled_from([". ", ", ", "\n\n", " \u2014 ", "; ", ".\r\n"]), min_size=6, max_size=6),
)
def test_spans_slice_back(coder, parts, seps):
    text = "".join(p + s for p, s in zip(parts, seps)).strip() or "x"
    for ev in coder.code(text, published="2024-05-01"):
        for span in all_spans(ev):
            assert text[span.start : span.end] == span.text
