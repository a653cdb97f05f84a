"""A place that opens a paragraph as its scene is read by its own paragraph (issue 16).

A round-up's Texas paragraph, then "In Paris, police detained ...": Paris was
read as Paris, Texas (the regions named in the document moved the capital to
its namesake), and the French paragraph's event, its place and its actors'
country with it, was put in the United States. A name that opens its
paragraph as the scene ("In Paris, ...", "Meanwhile in Paris, ...") now
counts the region's support in its own paragraph only. A local story of
Paris, Texas, and a "Paris" inside a paragraph about Texas are left as they
were. Sentences written for this file.
"""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")

TEXAS = "Police in Austin, Texas, arrested 40 students at a protest on Monday. Students also rallied in Dallas.\n\n"


def _placed(coder, text):
    return [(e.event_type, e.location.name, e.location.country) for e in coder.code(text, published="2024-05-01")
            if e.location is not None]


@pytest.mark.parametrize("opening", ["In Paris", "Meanwhile in Paris"])
def test_a_capital_opening_a_paragraph_is_not_moved_to_the_last_paragraphs_region(coder, opening):
    evs = coder.code(TEXAS + f"{opening}, police detained 15 climate activists on Tuesday.", published="2024-05-01")
    (ev,) = [e for e in evs if e.location is not None and e.location.name == "Paris"]
    assert (ev.location.country, ev.location.admin1) == ("FRA", "Île-de-France")
    assert ev.actor.country == "FRA", ev.actor.reason


def test_the_texas_paragraph_keeps_its_places(coder):
    placed = _placed(coder, TEXAS + "In Paris, police detained 15 climate activists on Tuesday.")
    assert ("COERCE", "Austin", "USA") in placed and ("PROTEST", "Dallas", "USA") in placed


def test_a_local_story_of_paris_texas_stays_in_texas(coder):
    text = ("PARIS, Texas (AP) — Police in Paris, Texas, arrested 12 protesters outside the Lamar County courthouse "
            "on Monday.\n\nIn Paris, police also detained two men near the Lamar County jail, officials said.")
    assert {c for _t, name, c in _placed(coder, text) if name == "Paris"} == {"USA"}


def test_a_paris_inside_a_paragraph_about_texas_is_not_a_scene(coder):
    text = (TEXAS.replace(" Students also rallied in Dallas.", "") +
            "Officers also detained 12 protesters in Dallas and six in Paris on Tuesday.")
    assert ("COERCE", "Paris", "USA") in _placed(coder, text)
