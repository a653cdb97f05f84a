"""A site named as where the event was places it at its town (issue 16, evloc23).

Sentences written for these tests. An institution or building ("X
University in Y", "X Hospital in Y") is no GeoNames place: it was kept as
written, an unresolved place with no coordinates, while the town it stands in
was resolved beside it; a town opening the site's name lost to the state named
after it ("X High School in Ohio" gave Ohio); and a town at the head of a
court's name placed nothing once the document's toponyms read it (the
mention was taken as another reading of the same words). ACLED codebook
2023: the location is a named populated place; the site belongs in the notes.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _event(coder, text: str, trigger: str):
    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    [ev] = [e for e in coded.events if e.trigger.text == trigger]
    return ev


@pytest.mark.parametrize(("text", "trigger", "name", "country"), [
    # the town the site stands in, named beside it
    ("Students rallied at Columbia University in New York on Monday.", "rallied", "New York City", "USA"),
    ("Doctors marched outside Mulago Hospital in Kampala on Monday.", "marched", "Kampala", "UGA"),
    ("Police fired tear gas at students outside Ahmadu Bello University in Zaria on Tuesday.", "fired", "Zaria", "NGA"),
    ("Inmates rioted at Kirikiri Prison in Lagos on Sunday.", "rioted", "Lagos", "NGA"),
    # the town opening the site's name, inside the state named beside it
    ("Nurses went on strike at Springfield Memorial Hospital in Illinois on Monday.", "went", "Springfield", "USA"),
    ("Parents protested outside Flint Central High School in Michigan on Monday.", "protested", "Flint", "USA"),
    # the town opening a court's name, no other place named
    ("Clerks protested outside the Kanpur District Court on Friday.", "protested", "Kanpur", "IND"),
    ("Advocates demonstrated outside the Lucknow District Court on Tuesday.", "demonstrated", "Lucknow", "IND"),
])
def test_a_site_is_placed_at_its_town(coder, text, trigger, name, country):
    loc = _event(coder, text, trigger).location
    assert loc is not None
    assert (loc.name, loc.country, loc.geo_precision) == (name, country, "city")
    assert loc.geonameid is not None


@pytest.mark.parametrize(("text", "trigger", "region"), [
    # a small town of the name is no evidence: sites are mostly named after people (review rev23e)
    ("Police arrested 20 students at Jefferson High School in Ohio on Tuesday.", "arrested", "Ohio"),
    ("Nurses went on strike at Jackson Memorial Hospital in Georgia on Monday.", "went", "Georgia"),
    ("Guards beat inmates at Franklin County Jail in Kentucky on Sunday, the families said.", "beat", "Kentucky"),
    # two towns of the name in the state (Ohio's Middletowns): the state, not one of them
    ("Police arrested 12 students at Middletown High School in Ohio on Tuesday.", "arrested", "Ohio"),
])
def test_a_small_namesake_town_does_not_take_a_site_from_its_region(coder, text, trigger, region):
    loc = _event(coder, text, trigger).location
    assert loc is not None
    assert (loc.name, loc.country, loc.geo_precision) == (region, "USA", "region")


def test_a_site_with_no_town_still_places_nothing(coder):
    # no town opens the name nor stands beside it: a person's name, not a place
    assert _event(coder, "Teachers protested outside Lincoln Memorial Hospital on Friday.", "protested").location is None


def test_a_named_part_of_a_town_is_still_kept_as_written(coder):
    # a district is a place, not a site: the finer name stays
    loc = _event(coder, "Gunmen killed four people in the Kafr Sousah district of Damascus on Monday.", "killed").location
    assert loc is not None and loc.name != "Damascus"
