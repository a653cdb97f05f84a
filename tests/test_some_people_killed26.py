"""People killed with a determiner that gives no figure ("several farmers") are a toll with no figure.

As for a bare plural (``counts_victims``): the text says people died and writes no number, so the count
has none, never an assumed one (ACLED codebook 2023, Fatalities: the figure the reports give). Sentences
are our own.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _killed(coder, text):
    return [(c.low, c.best, c.high, c.vague) for e in coder.code(text, published="2024-03-10")
            for c in e.counts if c.kind == "killed"]


@pytest.mark.parametrize("text, words", [
    ("Several farmers were killed in Makurdi on Monday.", "Several farmers"),
    ("Gunmen killed several herders near Lafia on Sunday.", "several herders"),
    ("Bandits killed many villagers in Gusau on Friday.", "many villagers"),
])
def test_several_victims_are_a_toll_with_no_figure(coder, text, words):
    assert _killed(coder, text) == [(None, None, None, words)]


@pytest.mark.parametrize("text, killed", [
    ("Dozens of farmers were killed in Makurdi on Monday.", [(24, None, None, "Dozens")]),
    ("No one was killed when gunmen attacked a bus near Lafia on Sunday.", []),
    ("Gunmen killed four herders near Lafia on Sunday.", [(None, 4, None, None)]),
])
def test_figures_and_denials_keep_their_reading(coder, text, killed):
    assert _killed(coder, text) == killed
