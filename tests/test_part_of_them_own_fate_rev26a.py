"""'N of them' with a fate of its own is a toll of that fate, not a part of the count before it.

"19 of them" counts part of the group just counted; when its own verb names another fate ("police wounded 30
of them", "12 of them were injured", "killed six of them") the figure is that fate's toll (ACLED codebook
2023, Fatalities: a figure of the kind the report gives it). Sentences are our own.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _counts(coder, text):
    return sorted((c.kind, c.best, c.subgroup is not None)
                  for e in coder.code(text, published="2024-03-10") for c in e.counts)


@pytest.mark.parametrize("text, expected", [
    ("Students demonstrated in Dhaka on Sunday against the deaths of two classmates; police wounded 30 of them with "
     "rubber bullets.", [("injured", 30, False)]),
    ("Police arrested 40 protesters in Lahore on Monday; 12 of them were injured.",
     [("arrested", 40, False), ("injured", 12, False)]),
    ("Soldiers abducted 15 men in Kidal on Monday and killed six of them.", [("abducted", 15, False), ("killed", 6, False)]),
    # no fate of its own: still a part of the count before
    ("Police arrested 40 protesters in Lahore on Monday; 12 of them were women.",
     [("arrested", 12, True), ("arrested", 40, False)]),
    ("Gunmen killed 11 villagers in Bandiagara on Sunday; three of them were beheaded.",
     [("killed", 3, True), ("killed", 11, False)]),
])
def test_a_part_with_its_own_fate_is_that_fates_toll(coder, text, expected):
    assert _counts(coder, text) == expected
