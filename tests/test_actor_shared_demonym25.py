"""A demonym of two countries takes the one the text's places name (issue 16, session 25).

"Congolese troops killed five civilians near Goma" gave soldiers of no country: "Congolese" is declared ambiguous
(COG or COD). The clause's place, else the text's places, else its main country now decides when it is one of the
two; otherwise the reason names both and no country is guessed. Sentences written for this file.
"""

from __future__ import annotations

import pytest

from factories import coded_event


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text, trigger, country", [
    ("Congolese soldiers burned three huts near Bukavu on Sunday.", "burned", "COD"),
    ("Congolese troops shot two fishermen near Uvira on Monday.", "shot", "COD"),
    ("Congolese troops clashed with Ninja rebels in Brazzaville on Monday.", "clashed", "COG"),
])
def test_the_place_decides_between_the_two_congos(coder, text, trigger, country):
    a = coded_event(coder, text, trigger).actor
    assert a is not None and a.sector == "MIL" and a.country == country, a


def test_no_place_no_country(coder):
    a = coded_event(coder, "Congolese troops shot two fishermen on Monday.", "shot").actor
    assert a is not None and a.country is None and "COG or COD" in a.reason, a
