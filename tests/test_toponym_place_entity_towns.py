"""A place entity the gazetteer lacks, opened by a town's name, lies in that town (issue 16, "where").

Sentences written for these tests. The NER reads "Vancouver International
Airport" whole as a place; GeoNames has no such entry, so the place stayed
unresolved. The town that opens it is where it lies when what follows names
a setting or a town's body (Airport, School, City, District), the story
points to the town (a small town needs its state named or its name alone
elsewhere; a big city gives way to other states the story names), and it
is written as its GeoNames main name. A person's name read as a place
("Trent Olds"), a business ("Newark Live Bait") and a street ("Weir Road")
stay unresolved: they lie in no namesake town.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document


pytestmark = pytest.mark.usefixtures("codes_its_texts_in_one_stream")


def _places(coder, text: str):
    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    return {p.span.text: p for p in coded.places if p.span is not None}


@pytest.mark.parametrize("text, name, country, admin1", [
    ("Passengers were stranded for ten hours at Vancouver International Airport on Monday after a storm.",
     "Vancouver", "CAN", "CA.02"),
    ("A man was arrested at Denver International Airport on Friday, police said.", "Denver", "USA", "US.CO"),
])
def test_a_facility_the_gazetteer_lacks_lies_in_the_town_that_opens_its_name(coder, text, name, country, admin1):
    place = _places(coder, text)[name]
    assert (place.name, place.country, place.admin1_code, place.feature_code) == (name, country, admin1, "PPL")
    assert place.geonameid is not None


@pytest.mark.parametrize("text, name", [
    ("Team members include Trent Olds, Blake Allen and Preston Elmore of Ohio.", "Trent Olds"),
    ("He bought the inventory of Newark Live Bait in Ohio last year.", "Newark Live Bait"),
    ("The crash happened near the Weir Road exit of Interstate 40 in Arkansas.", "Weir Road"),
])
def test_a_person_a_business_or_a_street_read_as_a_place_gets_no_namesake_town(coder, text, name):
    places = _places(coder, text)
    assert name in places, f"{name!r} is no longer found whole"
    assert places[name].geonameid is None
    assert not any(p.geonameid is not None and p.feature_code == "PPL" and text.index(name) <= p.span.start
                   < text.index(name) + len(name) for p in places.values())


# A small town needs a local cue (its state named, or the town named alone): a country the story names is none,
# since any small namesake of that country would pass. A big city gives way to the story's other regions of its
# country. Facilities named after landmarks, people and towns (review sentences).
@pytest.mark.parametrize("text, part", [
    ("Protesters blocked traffic on the Golden Gate Bridge in the United States on Saturday.", "Golden Gate"),
    ("Fans gathered at the Golden Gate Park Stadium in the United States.", "Golden Gate"),
    ("But Kackie Eller, a guidance counselor at George Washington High School in the United States, said the "
     "rules could hurt students.", "George"),
    ("A man was shot outside Warren Buffett Elementary School in Omaha, Nebraska.", "Warren"),
    ("Thousands of protesters marched from Madison Square Garden to Times Square in New York on Saturday.",
     "Madison"),
])
def test_a_person_or_a_landmark_opening_a_facility_name_is_no_namesake_town(coder, text, part):
    places = _places(coder, text)
    assert part not in places, f"{part!r} -> {places[part].name}, {places[part].admin1_code}"


def test_a_facility_outside_a_big_namesake_city_is_placed_where_the_story_says(coder):
    text = "A man was shot outside Warren Buffett Elementary School in Omaha, Nebraska."
    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    assert {(e.location.name, e.location.admin1_code) for e in coded.events if e.location is not None} <= {
        ("Omaha", "US.NE"), ("Nebraska", "US.NE")}


@pytest.mark.parametrize("text, name, admin1", [
    ("Protesters gathered at Lake Placid High School in New York after a threat.", "Lake Placid", "US.NY"),
    ("A fight broke out at Ocala Middle School on Friday. Ocala Police said two boys were arrested.", "Ocala",
     "US.FL"),
])
def test_a_small_town_opening_a_facility_name_with_a_local_cue_is_that_town(coder, text, name, admin1):
    coded = next(iter(coder.code_documents([make_document(text, published="2024-05-01")])))
    place = next(p for p in coded.places if p.span is not None and p.span.start == text.index(name))
    assert (place.name, place.country, place.admin1_code, place.feature_code) == (name, "USA", admin1, "PPL")
