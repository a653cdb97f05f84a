"""A running total told with a toll is never merged into an earlier incident (issue 16, dates24, from nu23).

"Gunmen attacked a village. At least 30 people were killed, raising the
death toll so far this year to 500.": the bare toll joins the attack
(``events.merge.attach_toll``), but the 500 is a sum over a period (a count
flagged ``aggregate``, :mod:`dotterel.count_totals`), never one incident's
figure (README, counts; ACLED codebook 2023: fatalities are the event's
own). It had been merged into the attack's counts with the 30.

Sentences written for these tests.
"""

from __future__ import annotations

import pytest

PUB = "2025-04-10"

TEXTS = [
    ("Gunmen attacked a village in Kordofan on Monday. At least 30 people were killed, raising the death toll "
     "so far this year to 500.", "attacked", 30),
    ("Rioters looted shops in Mombasa on Tuesday. Twelve people were killed, bringing the toll from the "
     "unrest to 40.", "looted", 12),
    ("A mob ransacked the governor's office in Jos. At least 18 people were killed on Monday, police said, "
     "bringing the death toll since March to nearly 200.", "ransacked", 18),
]


@pytest.mark.parametrize("text,trigger,figure", TEXTS)
def test_a_running_total_stays_out_of_the_incident(coder, text, trigger, figure):
    events = coder.code(text, published=PUB)
    [ev] = [e for e in events if e.trigger.text == trigger]
    killed = [c for c in ev.counts if c.kind == "killed"]
    assert [(c.low if c.low is not None else c.best) for c in killed] == [figure], ev.counts
    assert all(c.aggregate is None for c in ev.counts)


SUMS_ONLY = [
    # a toll whose only figures are sums (review rev24x of f4ec6f1): no second record beside the assault
    ("Crowds ransacked the office in Jos. At least 56 people were killed nationwide on Monday, bringing the death "
     "toll since July to nearly 300.", "ransacked"),
    ("Police fired on protesters in Omdurman on Monday. Across the country, 40 people were killed during the week.",
     "fired"),
    ("Gunmen attacked a village in Kordofan on Monday. In total, 30 people were killed in the attack.", "attacked"),
]


@pytest.mark.parametrize("text,trigger", SUMS_ONLY)
def test_a_toll_of_sums_only_is_no_record_of_its_own(coder, text, trigger):
    events = coder.code(text, published=PUB)
    assert [e.trigger.text for e in events if e.event_type == "ASSAULT"] == [trigger], events
    [ev] = [e for e in events if e.trigger.text == trigger]
    assert all(c.aggregate is None for c in ev.counts), ev.counts
