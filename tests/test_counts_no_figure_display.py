"""A killed count with no figure is shown as such (rev24d, review of dates24).

dates24 made a bare plural victim ("murdered its own students") a killed
count with ``low``, ``best`` and ``high`` all empty. The table view showed it
as "killed >= (students, no no convention figure)" and the web view's
highlight as "count: killed None-None": neither says that the text gives no
figure. Both now write "no figure".
"""

from __future__ import annotations

from dotterel.records import Count, Span
from dotterel.render import _counts


def _no_figure() -> Count:
    return Count(kind="killed", approximate=True, vague="students", span=Span(start=30, end=38, text="students"),
                 reason="'students' in the plural: people died, and the text gives no figure")


def test_the_table_says_no_figure():
    assert _counts([_no_figure()]) == "killed no figure (students)"


def test_a_figure_is_still_shown():
    span = Span(start=0, end=2, text="12")
    assert _counts([Count(kind="killed", best=12, span=span)]) == "killed 12"
    assert _counts([Count(kind="killed", low=30, approximate=True, span=span)]) == "killed >=30"


def test_the_highlight_says_no_figure(coder):
    from dotterel.server.highlight import event_spans

    events = coder.code("The regime has murdered its own students in the streets of Tabriz.", published="2025-04-10")
    [ev] = [e for e in events if e.trigger.text == "murdered"]
    labels = [s.label for s in event_spans(ev) if s.field == "count"]
    assert labels == ["count: killed no figure"]
