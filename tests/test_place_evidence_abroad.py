"""A place abroad although the text names the right one (issue 16, from a new user's trial).

A near spelling with nothing in the text to agree with went to another
continent ("GOMA - The town of Bunagana" read Bulgan, Mongolia; "Kitchanga"
Gijang, South Korea): with no country of the text, no fuzzy candidate is
taken and the name stays as written. A name put inside another place
("City, State", "X in <town or country>") was read where the gazetteer had
it even outside that place ("Bole airport in Addis Ababa" read Bole, China;
"Springfield, Alaska" a Springfield of another state): now its reading must
lie there, else it stays as written in the holder's country (and region).
"Punjab, Pakistan" lost Punjab (the small model's NORP), "Georgia, United
States" was the country Georgia, and "Mexico, Missouri" gave Mexican actors.

Sentences written for this file.
"""

from __future__ import annotations

import pytest

from dotterel.ingest import make_document
from factories import coded_event

PUB = "2024-05-08"


def _place(event, name):
    return next(((p.name, p.country, p.geonameid is not None) for p in event.places if p.span.text == name), None)


@pytest.mark.parametrize("text, trigger, name", [
    ("GOMA - The town of Bunagana was seized by M23 rebels on Monday, local officials said.", "seized", "Bunagana"),
    ("Rebels attacked Kitchanga on Monday.", "attacked", "Kitchanga"),
    ("Militants torched a girls' school in Chakdara on Sunday.", "torched", "Chakdara"),
    ("Armed men killed four farmers in Catatumbo on Saturday.", "killed", "Catatumbo"),
])
def test_a_near_spelling_with_no_country_of_the_text_is_not_taken(coder, text, trigger, name):
    event = coded_event(coder, text, trigger, published=PUB)
    assert _place(event, name) == (name, None, False)
    assert event.location is None or event.location.geonameid is None


def test_a_near_spelling_in_the_named_country_is_still_taken(coder):
    event = coded_event(coder, "Police detained 30 strikers in Mangystan region of Kazakhstan on Monday.", "detained",
                        published=PUB)
    name, country, resolved = _place(event, "Mangystan region")
    assert (country, resolved) == ("KAZ", True)


@pytest.mark.parametrize("text, trigger, name, country, admin1", [
    ("Police arrested 12 protesters in Springfield, Alaska, on Monday.", "arrested", "Springfield", "USA", "US.AK"),
    ("Soldiers killed 12 villagers near Kitchanga, Congo, on Sunday.", "killed", "Kitchanga", "COD", None),
    ("Police fired tear gas at protesters in Kibera in Nairobi on Tuesday.", "fired", "Kibera", "KEN", None),
])
def test_a_name_put_inside_a_place_is_read_there_or_kept_as_written(coder, text, trigger, name, country, admin1):
    event = coded_event(coder, text, trigger, published=PUB)
    held = next(p for p in event.places if p.span.text == name)
    assert (held.name, held.country, held.geonameid, held.admin1_code) == (name, country, None, admin1)


def test_a_district_inside_a_capital_is_no_namesake_abroad(coder):
    event = coded_event(coder, "Intelligence agents detained the journalist at Bole airport in Addis Ababa on Friday.",
                        "detained", published=PUB)
    assert all(p.country == "ETH" for p in event.places if p.geonameid is not None)
    assert (event.location.name, event.location.country) == ("Addis Ababa", "ETH")


@pytest.mark.parametrize("text, trigger, name, expected", [
    ("Police arrested 12 protesters in Springfield, Illinois, on Monday.", "arrested", "Springfield",
     ("Springfield", "USA", True)),
    ("Students rallied in New Brunswick, New Jersey, on Wednesday.", "rallied", "New Brunswick",
     ("New Brunswick", "USA", True)),
    ("Police dispersed protesters in Kennedy, Bogota, on Sunday.", "dispersed", "Kennedy", ("Kennedy", "COL", True)),
])
def test_a_town_inside_its_place_keeps_its_reading(coder, text, trigger, name, expected):
    assert _place(coded_event(coder, text, trigger, published=PUB), name) == expected


@pytest.mark.parametrize("text, trigger, name, country", [
    ("Police arrested 40 protesters in Punjab, Pakistan on Monday.", "arrested", "Punjab", "PAK"),
    ("Farmers blocked highways across Punjab, India, on Tuesday.", "blocked", "Punjab", "IND"),
])
def test_a_region_before_its_country_is_kept(coder, text, trigger, name, country):
    event = coded_event(coder, text, trigger, published=PUB)
    assert _place(event, name) == ("Punjab", country, True)
    assert (event.location.name, event.location.country, event.location.feature_code) == ("Punjab", country, "ADM1")


@pytest.mark.parametrize("text, trigger", [
    ("Police arrested 40 protesters in Georgia, United States on Monday.", "arrested"),
    ("Nurses went on strike in Georgia, USA, on Monday.", "went"),
])
def test_a_country_name_before_another_country_is_its_region(coder, text, trigger):
    loc = coded_event(coder, text, trigger, published=PUB).location
    assert (loc.name, loc.country, loc.feature_code) == ("Georgia", "USA", "ADM1")


def test_a_country_name_before_its_own_capital_stays_the_country(coder):
    event = coded_event(coder, "Police arrested 40 protesters in Tbilisi, Georgia on Monday.", "arrested",
                        published=PUB)
    assert _place(event, "Georgia") == ("Georgia", "GEO", True)


@pytest.mark.parametrize("text, trigger, expected", [
    ("Police arrested 40 protesters in Mexico, Missouri on Monday.", "arrested", "USA"),
    ("Police arrested 40 protesters in Mexico on Monday.", "arrested", "MEX"),
])
def test_the_actor_of_a_town_named_like_a_country_is_of_the_town(coder, text, trigger, expected):
    assert coded_event(coder, text, trigger, published=PUB).actor.country == expected


def test_a_near_spelling_far_from_the_places_named_beside_it_is_not_taken(coder):
    # a place the text names exactly agrees with a near spelling only when it lies near it (Mingora is in
    # Pakistan; the near spellings of Chakdara lie in India and Kazakhstan)
    event = coded_event(coder, "Militants torched a girls' school in Chakdara near Mingora on Sunday.", "torched",
                        published=PUB)
    assert _place(event, "Chakdara") == ("Chakdara", None, False)


# review rev24p: the holder's codes are GeoNames', not the text's politics. A country named as holding a place of
# its territory or of a bordering country it rules or claims, or a region named as holding a city that is its own
# first-level region, vetoed the one right reading at places24 (kept as written, no point, the holder's country).
@pytest.mark.parametrize("text, name, country", [
    ("Rioters burned cars and shops in Noumea, France, overnight on Tuesday.", "Noumea", "NCL"),
    ("Police detained 30 students in Kowloon, China on Monday.", "Kowloon", "HKG"),
    ("Soldiers arrested 10 Palestinians in Hebron in Israel on Saturday.", "Hebron", "PSE"),
    ("Israeli police detained four Druze men in Majdal Shams, Israel, on Friday.", "Majdal Shams",
     "SYR"),
    ("Russian police detained 40 protesters in Sevastopol, Crimea on Monday.", "Sevastopol", "UKR"),
    ("Police baton-charged lawyers marching in Islamabad, Punjab on Monday.", "Islamabad", "PAK"),
])
def test_a_holder_named_by_its_politics_keeps_the_gazetteer_reading(coder, text, name, country):
    # the document's reading of the name (the event stage may still place the event by the holder's country)
    coded = next(iter(coder.code_documents([make_document(text, published=PUB)])))
    placed = next(p for p in coded.places if p.span.text == name)
    assert (placed.country, placed.geonameid is not None) == (country, True)


# review rev24p: a bare compass word after a town ("Kansas City, North") was read as a foreign first-level region
# (Cameroon's North) and, as holder, vetoed the town's right reading (LGL's one toponym lost within 161 km).
@pytest.mark.parametrize("text, name", [
    ("Police arrested 12 men at a bar in Kansas City, North, on Monday.", "Kansas City"),
    ("Police arrested 12 men in Springfield, North, on Monday.", "Springfield"),
])
def test_a_compass_word_after_a_town_holds_nothing(coder, text, name):
    coded = next(iter(coder.code_documents([make_document(text, published=PUB)])))
    placed = next(p for p in coded.places if p.span.text == name)
    assert (placed.country, placed.geonameid is not None) == ("USA", True)
