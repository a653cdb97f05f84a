"""Parts of a toll on different claimants' word compete: the lowest stays the figure, never the largest.

ACLED Codebook 2023, Fatalities: conflicting reports give the lowest credible figure. The largest part bounds
the whole only within one claim (tolls26's nested "Three of the soldiers killed"). Sentences are our own.
"""

from __future__ import annotations

import pytest

from dotterel.dedup import link_mentions
from dotterel.records.linked import MentionRef

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")

PUB = "2024-03-10"


def _fatalities(coder, text):
    refs = [MentionRef(event=e, doc_id=e.doc_id, published=PUB, source="Outlet") for e in coder.code(text, published=PUB)]
    return [linked.conservative_value("killed") for linked in link_mentions(refs)]


@pytest.mark.parametrize("text, toll", [
    ("Jihadists killed 15 soldiers near Djibo on Monday, the army said. Residents said 30 soldiers died.", 15),
    ("Rebels killed eight policemen in Kidal on Tuesday, officials said. A local chief said 14 policemen were killed.", 8),
    ("Gunmen shot dead six police officers in Zamfara on Friday, police said. Villagers said 11 officers were killed.", 6),
    # one claim: the part told after the toll is within it, and the toll stays the whole's
    ("Militants killed 12 soldiers in an ambush near Tillaberi on Monday. Three of the soldiers killed were beheaded.", 12),
])
def test_competing_claimants_parts_give_the_lowest(coder, text, toll):
    assert _fatalities(coder, text) == [toll]
