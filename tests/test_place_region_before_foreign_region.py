"""A region's name before ", <a region of another country>" is a town there (issue 16: the wrong place).

"Students rallied in New Brunswick, New Jersey, on Wednesday" went to the
Canadian province (an exact, unshared first reading as a region was never
read again in its context), with Canadian students. The name before the
comma is the town of the place after it (AP stylebook, "state names": the
state closes a "City, State" pair), so it is read again there: New Brunswick,
New Jersey. A region before a region or country of its own country stays a
region ("Ontario, Canada"; "Washington, Oregon and California" a list).

Sentences written for this file.
"""

from __future__ import annotations

import pytest

from factories import coded_event

PUB = "2024-05-08"


@pytest.mark.parametrize("text, trigger", [
    ("Students rallied in New Brunswick, New Jersey, on Wednesday.", "rallied"),
    ("Students rallied at Rutgers University in New Brunswick, N.J., on Wednesday.", "rallied"),
])
def test_a_region_name_before_a_foreign_state_is_its_town(coder, text, trigger):
    loc = coded_event(coder, text, trigger, published=PUB).location
    assert (loc.name, loc.country, loc.feature_code, loc.admin1_code) == ("New Brunswick", "USA", "PPL", "US.NJ")


@pytest.mark.parametrize("text, trigger, name, country", [
    ("Police arrested 20 people in Ontario, Canada, on Wednesday.", "arrested", "Ontario", "CAN"),
    ("Workers struck in Victoria, Australia, on Wednesday.", "struck", "Victoria", "AUS"),
])
def test_a_region_before_its_own_country_stays_the_region(coder, text, trigger, name, country):
    loc = coded_event(coder, text, trigger, published=PUB).location
    assert (loc.name, loc.country, loc.feature_code) == (name, country, "ADM1")


def _place_of(coder, text, trigger, name):
    event = coded_event(coder, text, trigger, published=PUB)
    return next((p.name, p.country, p.feature_code) for p in event.places if p.span.text == name)


@pytest.mark.parametrize("text, trigger, name, expected", [
    # a list of regions across a border: the first stays its own region, never a town of the next
    ("Police arrested 12 smugglers in Quebec, Vermont and New York last week.", "arrested", "Quebec",
     ("Quebec", "CAN", "ADM1")),
    ("Customs officers seized 40 rifles in Quebec, Vermont, and Maine on Monday.", "seized", "Quebec",
     ("Quebec", "CAN", "ADM1")),
    # ... while "City, State, Country" is still a town of its state
    ("Students rallied in New Brunswick, New Jersey, United States, on Wednesday.", "rallied", "New Brunswick",
     ("New Brunswick", "USA", "PPL")),
])
def test_a_region_heading_a_list_across_a_border_stays_a_region(coder, text, trigger, name, expected):
    assert _place_of(coder, text, trigger, name) == expected
