"""A state's strikes that hit a territory or a region of another country are its military (issue 16).

"Israeli strikes hit Gaza on Tuesday" was coded with no actor: a state's bare
"strikes" were its military only with harm to people or buildings, or hitting
another country or its capital, and Gaza is neither in the knowledge base.
GeoNames files the Gaza Strip and the West Bank as first-order regions of
Palestine (ISO 3166-1 PSE), as it files Kharkiv Oblast in Ukraine: a place the
places stage reads in another country than the strikes' own now counts like
that country. "The West Bank" is a place, not a bank. Labour strikes at home,
strikes of no state and strikes that hit no place are left alone. Sentences
written for this file.
"""

from __future__ import annotations

import pytest

from factories import coded_event

pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


@pytest.mark.parametrize(("text", "country"), [
    ("Israeli strikes hit Gaza on Tuesday.", "ISR"),
    ("Israeli strikes hit the Gaza Strip overnight.", "ISR"),
    ("Israeli strikes hit the West Bank on Tuesday.", "ISR"),
    ("Russian strikes hit Kharkiv region on Sunday.", "RUS"),
])
def test_strikes_on_a_territory_or_region_abroad_are_the_military(coder, text, country):
    actor = coded_event(coder, text, "hit").actor
    assert (actor.country, actor.sector, actor.inter) == (country, "MIL", 1), actor.reason


@pytest.mark.parametrize("text", [
    "Strikes hit the region on Tuesday.",  # no state named
    "French strikes hit rail services in Brussels on Tuesday.",  # the object is no place
    "French strikes hit London flights on Tuesday.",  # a thing of a place abroad: labour strikes hit it from home
    "Belgian strikes hit Paris trains on Tuesday.",
    "Italian strikes hit Munich flights on Friday.",
])
def test_strikes_that_hit_no_place_abroad_name_no_military(coder, text):
    actor = coded_event(coder, text, "hit").actor
    assert actor is None or actor.sector != "MIL", actor.reason


@pytest.mark.parametrize("text", [
    "Dock strikes hit Haifa on Tuesday.",  # workers' strikes
    "Israeli dock strikes hit Haifa on Tuesday.",  # a city of the strikes' own country
])
def test_dock_strikes_that_hit_are_no_attack(coder, text):
    # since evloc19: a labour word before the strikes makes them a work stoppage, no ASSAULT at all
    # (profile labour_strike_modifiers; tests/test_labour_strikes_and_scores.py)
    assert [e.trigger.text for e in coder.code(text, published="2024-03-01") if e.event_type == "ASSAULT"] == []


def test_the_west_bank_is_a_place_not_a_bank(coder):
    ev = coded_event(coder, "Israeli forces raided the West Bank on Tuesday.", "raided")
    assert ev.recipient is None or ev.recipient.sector != "BUS"
    assert (ev.location.name, ev.location.country) == ("West Bank", "PSE")
