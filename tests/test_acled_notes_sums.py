"""A running total in the ACLED notes is context, not a second toll (ACLED Codebook 2023, Fatalities).

"Gunmen killed 12 villagers ..., bringing the number killed this month to 130": the notes listed
"killed 12; killed 130" as two competing tolls. Sentences are our own.
"""

from __future__ import annotations

import csv
import io

import pytest

from dotterel.dedup import link_mentions
from dotterel.export.acled import write_acled
from dotterel.records.linked import MentionRef

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _row(coder, text):
    out = io.StringIO()
    refs = [MentionRef(event=e, doc_id=e.doc_id, published="2024-03-10", source="Outlet")
            for e in coder.code(text, published="2024-03-10")]
    write_acled(link_mentions(refs), out, timestamp=0)
    return next(csv.DictReader(io.StringIO(out.getvalue())))


@pytest.mark.parametrize("text, own, total", [
    ("Bandits killed 9 farmers in Katsina on Tuesday, bringing the number killed this month to 85.", 9, 85),
    ("Gunmen killed 7 worshippers in Plateau on Sunday, raising the death toll this year to 240.", 7, 240),
])
def test_a_running_total_is_context_in_the_notes(coder, text, own, total):
    row = _row(coder, text)
    assert row["fatalities"] == str(own)
    reported, _, context = row["notes"].partition("Context, a sum over many incidents:")
    assert f"killed {own} " in reported and f"killed {total} " not in reported
    assert f"killed {total} " in context
