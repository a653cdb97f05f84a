""""The strike" is held by who went on strike, not by marchers (review of actors17, rev17a).

PLOVER PROTEST mode strike: a work stoppage is its strikers'; the marchers of an earlier sentence hold no
strike, the protesters of the strike's own sentence may ("Since the general strike ..., protesters had been
blocking roads").
"""

from __future__ import annotations

import pytest

from factories import coded_event

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize("text", [
    "Students marched in Eldoret on Monday against fee rises. Separately, the strike spread to the port of "
    "Mombasa on Tuesday.",
    "Students marched in Eldoret on Monday against fee rises. The hunger strike spread to three prisons on Tuesday.",
    "Protesters marched through Eldoret on Monday. The strike spread to Mombasa on Tuesday.",
])
def test_marchers_of_an_earlier_sentence_hold_no_strike(coder, text):
    assert coded_event(coder, text, "strike", published="2024-05-10").actor is None


@pytest.mark.parametrize(("text", "sector"), [
    ("Dock workers in Eldoret went on strike on Monday. The strike spread to Mombasa on Tuesday.", "LAB"),
    ("Since the general strike that started on Monday, protesters in Eldoret had been blocking major roads.", "CVL"),
])
def test_strikers_and_the_protesters_of_its_sentence_hold_the_strike(coder, text, sector):
    ev = coded_event(coder, text, "strike", published="2024-05-10")
    assert ev.actor is not None and ev.actor.how == "implied" and ev.actor.sector == sector
