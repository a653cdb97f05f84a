"""A part of a stated toll told in a later sentence is within it: the toll stays the whole's.

ACLED Codebook 2023, Fatalities: the lowest credible total of the event, never a part of its victims. Sentences are our own.
"""

from __future__ import annotations

import pytest

from dotterel.dedup import link_mentions
from dotterel.records.linked import MentionRef

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _events(coder, text):
    return coder.code(text, published="2024-03-10")


def _fatalities(coder, text):
    refs = [MentionRef(event=e, doc_id=e.doc_id, published="2024-03-10", source="Outlet")
            for e in _events(coder, text)]
    return [linked.conservative_value("killed") for linked in link_mentions(refs)]


@pytest.mark.parametrize("text, toll", [
    ("Militants killed 12 soldiers in an ambush near Tillaberi on Monday. Three of the soldiers killed were "
     "beheaded.", 12),
    ("Insurgents killed 9 policemen near Maiduguri on Friday. Two of the policemen killed were officers.", 9),
])
def test_a_part_told_after_a_stated_toll_is_in_it(coder, text, toll):
    assert _fatalities(coder, text) == [toll]


def test_the_whole_toll_stays_on_the_event_beside_its_joined_part(coder):
    evs = _events(coder, "Militants killed 12 soldiers in an ambush near Tillaberi on Monday. Three of the soldiers "
                         "killed were beheaded.")
    assert [[(c.best, c.subgroup) for c in e.counts if c.kind == "killed"] for e in evs] == [
        [(12, None), (12, "security_forces"), (3, "security_forces")]]
